"""Scrapy settings for every crawl: polite, bounded, and safe by default."""

import os

from core import __version__
from core.errors import ConfigError


def _bound(name: str, default: int) -> int:
    """A whole number from the environment (0 = no bound), or a configuration error."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise ConfigError(f"{name}={raw!r}: must be a whole number, 0 for no bound")
    return value


BOT_NAME = "news-timeline-tracker"
USER_AGENT = os.environ.get(
    "TRACKER_USER_AGENT",
    f"news-timeline-tracker/{__version__} (news research crawler; respects robots.txt)",
)
ROBOTSTXT_OBEY = True

# Politeness: adaptive delays, few connections per site, back off on 429/503.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # a dead URL is recorded in `pages`, not a failed run
TRACKER_RETRY_BACKOFF_BASE = 1.0  # seconds; doubled on each retry when no Retry-After is given
TRACKER_RETRY_MAX_DELAY = 60.0  # a longer Retry-After is a give-up for this run, not a wait

# Safety: only http(s), never the operator's own network (see crawler/middlewares/guard.py).
TWISTED_DNS_RESOLVER = "crawler.middlewares.guard.GuardedResolver"
TRACKER_LOCAL_NETLOCS: list[str] = []  # host:port of sources marked `local: true`
# A local source is the operator's own server (the demo, a mirror, a benchmark site):
# politeness protects other people's servers, so it gets this many connections and no delay.
TRACKER_LOCAL_CONCURRENCY = 16
TRACKER_DNS_STUB: dict[str, str] = {}  # tests only: fixed DNS answers, no network
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.guard.AddressGuardMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry.BackoffRetryMiddleware": 550,
}

# Scrapy starts this many asyncio tasks for every response's output; ours yield one item per
# page (pipelines are synchronous SQLite), and 100 idle tasks per page cost a fifth of the
# crawl's CPU.
CONCURRENT_ITEMS = 4

# Parsing pages beside the crawl (crawler/parsing.py): worker processes (0 = in process),
# used after this many pages so a small crawl never starts one.
TRACKER_PARSE_PROCESSES = 1
TRACKER_PARSE_WARMUP = 50

# Bounds on the crawl as a whole, so no source can hold the run lock for ever: Scrapy's
# CloseSpider extension stops the crawl after this many responses or seconds (0 = no bound).
# What was not fetched is found again in its feed or sitemap next run. An hourly schedule
# wants the time bound below the hour; see docs/crawling.md.
CLOSESPIDER_PAGECOUNT = _bound("TRACKER_CRAWL_MAX_PAGES", 20_000)
CLOSESPIDER_TIMEOUT = _bound("TRACKER_CRAWL_MAX_SECONDS", 45 * 60)
# A sitemap index's children are followed this many levels down (the protocol allows one;
# some sites nest an index or two); each sitemap is read once per source and crawl.
TRACKER_SITEMAP_MAX_DEPTH = 3

# Bounds: news pages are kilobytes; nothing legitimate needs Scrapy's 1 GiB default.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 15
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidatePipeline": 100,
    "crawler.pipelines.topic.TopicPipeline": 200,
    "crawler.pipelines.near_duplicates.NearDuplicatePipeline": 300,
    "crawler.pipelines.feed_state.FeedStatePipeline": 700,
    "crawler.pipelines.contracts.ContractsPipeline": 800,
    "crawler.pipelines.store.StorePipeline": 900,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("TRACKER_SCRAPY_LOG_LEVEL", "WARNING")
# A skipped page is routine and recorded with its reason in `pages`; not a warning.
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
