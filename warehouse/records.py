"""What the shell hands the warehouse, and what it gets back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from extractors.model import Article, Detection

WATCH = "us_mexico_border"

FeedStatus = Literal["ok", "not_modified", "failed", "gone"]
PageStatus = Literal[
    "extracted", "screened_out", "no_text", "skipped", "failed", "retry", "not_modified"
]
RevisitReason = Literal["feed_updated", "recheck"]
# Where an article's text came from: its page, or (a page with no article text) the feed
# entry's title and summary.
TextSource = Literal["page", "feed"]


@dataclass(frozen=True)
class FeedState:
    """What the last polls left behind for one feed."""

    url: str
    etag: str | None
    last_modified: str | None
    not_before: datetime | None
    gone: bool


@dataclass(frozen=True)
class FeedOutcome:
    """The result of polling one feed."""

    url: str
    name: str | None
    polled_at: datetime
    status: FeedStatus
    http_status: int | None = None
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    not_before: datetime | None = None


@dataclass(frozen=True)
class PageOutcome:
    """One feed entry after its page was fetched and read."""

    feed_url: str
    outlet: str
    link: str
    guid: str | None
    title: str | None
    published: datetime | None
    fetched_at: datetime
    status: PageStatus
    error: str | None = None
    article: Article | None = None
    detection: Detection | None = None
    text_source: TextSource = "page"
    revisit: Revisit | None = None
    etag: str | None = None
    last_modified: str | None = None
    entry_date: datetime | None = None


@dataclass(frozen=True)
class ChannelRef:
    """A delivery channel as the warehouse knows it: a hash and a masked label, no secret."""

    key: str
    label: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Revisit:
    """A stored story read again: its feed entry carries a later date, or a re-check is due."""

    article_id: int
    reason: RevisitReason
    checks: int  # scheduled re-checks done once this one is
    etag: str | None = None
    last_modified: str | None = None
    entry_date: datetime | None = None


@dataclass(frozen=True)
class StoredEntry:
    """What the warehouse knows of a feed entry it already stored."""

    article_id: int
    url: str
    guid: str | None
    status: str
    entry_date: datetime | None  # the latest date its feed entry gave
    etag: str | None
    last_modified: str | None
    checks: int


@dataclass(frozen=True)
class PageRequest:
    """A page to fetch: a new feed entry, or one whose last fetch failed and may succeed now."""

    feed_url: str
    outlet: str | None
    link: str
    guid: str | None
    title: str | None
    published: datetime | None
    attempts: int = 0
    summary: str | None = None  # the feed entry's own words, read when the page has none
    revisit: Revisit | None = None
    entry_date: datetime | None = None  # the latest date the feed entry gives


@dataclass(frozen=True)
class StoreSummary:
    articles: int
    figures: int
    alert_ids: tuple[int, ...]
    corroborations: int
    revisions: int = 0


@dataclass(frozen=True)
class Side:
    """One outlet's report in a conflict."""

    outlet: str
    value: int
    qualifier: str


@dataclass(frozen=True)
class CorrectionNote:
    """What the desk did to a figure, for the correction message."""

    action: str  # dismiss, fix, confirm, aside, add, not_relevant (the whole story)
    value: int | None  # None: a verdict on a whole story, given by its link
    qualifier: str | None
    outlet: str
    reason: str
    changes: tuple[tuple[str, str], ...] = ()  # (field, corrected value) of a fix


@dataclass(frozen=True)
class AlertView:
    """Everything a message about one alert says."""

    alert_id: int
    kind: str
    watch: str
    force: str
    status: str
    old_value: int | None
    old_qualifier: str | None
    new_value: int | None
    new_qualifier: str | None
    outlet: str | None
    published: datetime | None
    title: str | None
    evidence: str | None
    url: str | None
    corroborated_by: tuple[str, ...] = ()
    sentence: str = ""  # the whole sentence around the evidence
    by: str = "unclear"
    source: str = "page"
    sides: tuple[Side, ...] = ()  # a conflict's reports
    correction: CorrectionNote | None = None


@dataclass(frozen=True)
class Delivery:
    """One pending message: an alert for one channel."""

    alert: AlertView
    channel_key: str
    attempts: int
