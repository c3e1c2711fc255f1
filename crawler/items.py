"""What the spiders hand to the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    """A fetched page, parsed; the pipelines decide whether it becomes an article."""

    url: str
    canonical_url: str
    source: str
    outlet: str | None
    title: str | None
    author: str | None
    published: str | None
    published_source: str
    language: str | None
    text: str
    fetched_at: str
    content_type: str = "text/html"
    flags: list[str] = field(default_factory=list)
    reason: str | None = None  # why the topic filter kept it (pages.reason)
    duplicate_of: str | None = None  # article id of the original this page copies
    duplicate_reason: str | None = None
    signature: bytes | None = None  # MinHash of the text, computed where the page was parsed
    # the publication date-time with the publisher's offset ("2020-05-01T22:30:00-04:00"),
    # when the page gives one; its day is `published`
    published_at: str | None = None
    # the URL requested, when a redirect led to `url`: the ledger records it too, so the
    # feed's link is not fetched again next run
    redirected_from: str | None = None


@dataclass
class FailedPage:
    """A URL that could not be fetched; recorded so the run reports it and the next run retries."""

    url: str
    source: str
    reason: str
    discovery: bool = False  # a feed or sitemap: fetched every run, never given up on
    child_sitemap: bool = False  # listed by a sitemap index: retried next run as a sitemap


@dataclass
class DiscoveryFetched:
    """A feed or sitemap that answered: an earlier failure of its URL no longer stands."""

    url: str
    source: str


@dataclass
class ContractAnnouncementItem:
    """One day's DoD contract announcement page, parsed into awards and explained rejections."""

    url: str
    source: str
    outlet: str | None
    title: str | None
    announcement_date: str | None
    text: str
    fetched_at: str
    records: list[dict] = field(default_factory=list)
    rejections: list[dict] = field(default_factory=list)
    paragraphs: int = 0


@dataclass
class FeedStateItem:
    """A feed's validators (ETag, Last-Modified), kept so the next run can ask "changed since?"."""

    url: str
    source: str
    etag: str | None
    last_modified: str | None
    status: int
