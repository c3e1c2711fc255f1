"""Scrapy settings for a Scrapyd worker: the crawl's own settings, plus where spiders live.

`tracker crawl` passes its spider class directly; Scrapyd finds spiders by module, so a
deployed egg needs SPIDER_MODULES, which crawler/settings.py does not set.
"""

from crawler.settings import *  # noqa: F403 - the same polite, bounded crawl

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
