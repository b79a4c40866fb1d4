"""Reading one fetched page: text, metadata, relevance and figures.

This runs in the extraction worker processes, so it imports only what reading needs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from extractors.article import read_article
from extractors.detect import detect
from extractors.model import Article, Detection
from extractors.precheck import might_matter
from warehouse.records import PageOutcome, PageRequest, PageStatus

NOT_RELEVANT = Detection(relevant=False, score=0.0, figures=())


@dataclass(frozen=True)
class RawPage:
    request: PageRequest
    fetched_at: datetime
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


def page_outcome(
    request: PageRequest, fetched_at: datetime, status: PageStatus, **fields: object
) -> PageOutcome:
    return PageOutcome(
        feed_url=request.feed_url,
        outlet=request.outlet or _host(request.link),
        link=request.link,
        guid=request.guid,
        title=request.title,
        published=request.published,
        fetched_at=fetched_at,
        status=status,
        revisit=request.revisit,
        entry_date=request.entry_date,
        **fields,  # type: ignore[arg-type]
    )


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def from_feed(
    request: PageRequest, fetched_at: datetime, status: PageStatus, error: str
) -> PageOutcome:
    """A page with no article text (a redirect page, a paywall, a video) read from its feed
    entry's title and summary instead; its figures say they came from the feed."""
    outcome = page_outcome(request, fetched_at, status, error=error)
    if not request.summary:
        return outcome
    title = request.title
    text = request.summary
    if title and title not in text:
        text = f"{title}\n\n{text}"
    return replace(
        outcome,
        error=f"{error}; read from the feed entry",
        article=Article(text, title, request.published, None),
        detection=detect(text, title, _day(request.published)),
        text_source="feed",
    )


def ready() -> None:
    """Does nothing; submitting it to a process pool starts the pool's workers."""


def screened_out(request: PageRequest, fetched_at: datetime) -> PageOutcome:
    """A page whose raw HTML names no personnel: not relevant, and not read in full."""
    screened = "no personnel word in the page: not read in full"
    if request.summary:  # a paywall or redirect page: the feed entry may say more
        return from_feed(request, fetched_at, "screened_out", screened)
    return page_outcome(request, fetched_at, "screened_out", error=screened, detection=NOT_RELEVANT)


def read_page(page: RawPage) -> PageOutcome:
    """Extract text and metadata, then detect relevance and figures; runs in worker processes."""
    request = page.request
    if not might_matter(page.body):
        return screened_out(request, page.fetched_at)
    known = bool(request.title and request.published and request.outlet)
    try:
        article = read_article(page.body, request.link, with_metadata=not known)
    except Exception as exc:  # noqa: BLE001  the page is recorded as failed; the run goes on
        return page_outcome(request, page.fetched_at, "failed", error=f"unreadable page: {exc}")
    if article is None:
        return from_feed(request, page.fetched_at, "no_text", "no article text found")
    published = request.published or article.published
    outcome = page_outcome(
        request,
        page.fetched_at,
        "extracted",
        article=article,
        detection=detect(article.text, article.title or request.title, _day(published)),
        etag=page.etag,
        last_modified=page.last_modified,
    )
    return replace(
        outcome,
        outlet=request.outlet or article.site_name or _host(request.link),
        published=published,
    )


def _day(published: datetime | None) -> date | None:
    """The story's date: the detector reads figures dated to earlier years as past ones."""
    return published.date() if published else None
