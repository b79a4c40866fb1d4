"""The steps of one poll, as plain functions; flows/poll.py sequences them under Prefect."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import httpx
import tenacity

from extractors.feed import parse_feed
from extractors.model import FeedEntry
from flows.config import Config, FeedConfig, FetchConfig
from flows.errors import FetchError, NotAPage
from flows.fetch import fetch, new_client
from flows.reading import RawPage, from_feed, page_outcome
from warehouse import store
from warehouse.db import migrate, writing
from warehouse.records import (
    ChannelRef,
    FeedOutcome,
    FeedState,
    PageOutcome,
    PageRequest,
    PageStatus,
    Revisit,
    StoredEntry,
    StoreSummary,
)

PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")
FEED_THREADS = 8


@dataclass(frozen=True)
class Prepared:
    run_id: int
    states: dict[str, FeedState]
    retries: tuple[PageRequest, ...]
    rechecks: tuple[PageRequest, ...] = ()


@dataclass(frozen=True)
class Polled:
    outcome: FeedOutcome
    entries: tuple[FeedEntry, ...]


def prepare(config: Config, *, migrated: bool = False) -> Prepared:
    """Migrate (unless the caller has), register the configured feeds, open a run, and read
    what polling needs."""
    if not migrated:
        migrate(config.database, config.lock_timeout)
    with writing(config.database, config.lock_timeout) as con:
        store.sync_feeds(con, ((f.url, f.name) for f in config.feeds))
        now = datetime.now(UTC)
        run_id = store.start_run(con, now)
        ages = [timedelta(hours=h) for h in config.recheck_hours]
        return Prepared(
            run_id,
            store.feed_states(con),
            tuple(store.retry_requests(con)),
            tuple(store.recheck_requests(con, now, ages)),
        )


def poll_feed(
    client: httpx.Client,
    feed: FeedConfig,
    state: FeedState | None,
    config: FetchConfig,
    *,
    raise_transient: bool = False,
) -> Polled:
    """Fetch and parse one feed; a failure becomes the outcome.

    With `raise_transient`, a failure that a quick retry may cure (a dropped connection,
    a 5xx without Retry-After) is raised instead, for the caller to retry.
    """
    now = datetime.now(UTC)
    if state and state.gone:
        return Polled(
            FeedOutcome(feed.url, feed.name, now, "gone", error="feed is gone (HTTP 410)"), ()
        )
    if state and state.not_before and state.not_before > now:
        wait = f"server asked to wait until {state.not_before:%Y-%m-%d %H:%M} UTC"
        return Polled(
            FeedOutcome(
                feed.url, feed.name, now, "failed", error=wait, not_before=state.not_before
            ),
            (),
        )
    headers = _validators(state)
    try:
        response = fetch(client, feed.url, config, headers=headers)
    except FetchError as exc:
        if raise_transient and exc.transient and exc.retry_after is None:
            raise
        return Polled(failed_outcome(feed, exc), ())
    if response.status == 304:
        return Polled(FeedOutcome(feed.url, feed.name, now, "not_modified", http_status=304), ())
    parsed = parse_feed(response.body, response.url, response.headers)
    outcome = FeedOutcome(
        feed.url,
        feed.name,
        now,
        "ok" if not parsed.problem else "failed",
        http_status=response.status,
        title=parsed.title,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        error=parsed.problem,
    )
    return Polled(outcome, parsed.entries)


def poll_all(
    config: Config, states: dict[str, FeedState], log: Callable[[str], None]
) -> list[Polled]:
    """Every configured feed polled once, several at a time, in config order."""
    with new_client(config.fetch) as client, ThreadPoolExecutor(FEED_THREADS) as pool:
        return list(
            pool.map(
                lambda feed: poll_with_retries(
                    client, feed, states.get(feed.url), config.fetch, log
                ),
                config.feeds,
            )
        )


def poll_with_retries(
    client: httpx.Client,
    feed: FeedConfig,
    state: FeedState | None,
    config: FetchConfig,
    log: Callable[[str], None],
) -> Polled:
    """One feed; a transient failure is tried again up to `config.retries` times."""
    retrying = tenacity.Retrying(
        stop=tenacity.stop_after_attempt(config.retries + 1),
        wait=tenacity.wait_chain(*(tenacity.wait_fixed(s) for s in config.retry_waits)),
        retry=tenacity.retry_if_exception_type(FetchError),
        before_sleep=lambda attempt: log(_retry_line(feed, attempt)),
        reraise=True,
    )
    try:
        return retrying(poll_feed, client, feed, state, config, raise_transient=True)
    except FetchError as exc:
        return Polled(failed_outcome(feed, exc), ())


def _retry_line(feed: FeedConfig, attempt: tenacity.RetryCallState) -> str:
    error = attempt.outcome.exception() if attempt.outcome else None
    wait = attempt.next_action.sleep if attempt.next_action else 0
    return f"{feed.url}: {error}; trying again in {wait:g} s"


def _validators(state: FeedState | None) -> dict[str, str]:
    headers = {}
    if state and state.etag:
        headers["If-None-Match"] = state.etag
    if state and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def failed_outcome(feed: FeedConfig, exc: FetchError) -> FeedOutcome:
    now = datetime.now(UTC)
    not_before = now + timedelta(seconds=exc.retry_after) if exc.retry_after else None
    return FeedOutcome(
        feed.url,
        feed.name,
        now,
        "gone" if exc.http_status == 410 else "failed",
        http_status=exc.http_status,
        error=str(exc),
        not_before=not_before,
    )


def new_requests(
    config: Config, polled: Sequence[Polled], feeds: Sequence[FeedConfig]
) -> list[PageRequest]:
    """Entries no earlier run stored, once each, in feed order; and stored stories whose
    feed entry now carries a later date, to be read again as possible revisions."""
    names = {f.url: f.name for f in feeds}
    candidates = [(p.outcome, e) for p in polled for e in p.entries]
    with writing(config.database, config.lock_timeout) as con:
        known = store.known_entries(
            con, [e.link for _, e in candidates], [e.guid for _, e in candidates if e.guid]
        )
    requests: dict[str, PageRequest] = {}
    revisited: set[int] = set()
    for outcome, entry in candidates:
        stored = known.get(entry.link) or (known.get(entry.guid) if entry.guid else None)
        if entry.link in requests or (stored and not _updated(stored, entry)):
            continue
        request = PageRequest(
            feed_url=outcome.url,
            outlet=names.get(outcome.url) or outcome.title,
            link=entry.link,
            guid=entry.guid,
            title=entry.title,
            published=entry.published,
            summary=entry.summary,
            entry_date=entry.updated,
        )
        if stored is not None:
            if stored.article_id in revisited:
                continue
            revisited.add(stored.article_id)
            revisit = Revisit(
                stored.article_id,
                "feed_updated",
                stored.checks,
                stored.etag,
                stored.last_modified,
                entry.updated,
            )
            request = replace(request, published=entry.updated, revisit=revisit)
        requests[entry.link] = request
    return list(requests.values())


def _updated(stored: StoredEntry, entry: FeedEntry) -> bool:
    """Whether the feed entry of a stored story now carries a later date than it had."""
    return (
        stored.status in ("extracted", "no_text", "skipped")
        and entry.updated is not None
        and stored.entry_date is not None
        and entry.updated > stored.entry_date
    )


def rechecks(prepared: Prepared, skip: Sequence[PageRequest]) -> list[PageRequest]:
    """Relevant stories due for a re-check, unless this run already reads them again."""
    links = {r.link for r in skip}
    articles = {r.revisit.article_id for r in skip if r.revisit}
    return [
        r
        for r in prepared.rechecks
        if r.link not in links and r.revisit and r.revisit.article_id not in articles
    ]


def fetch_page(
    client: httpx.Client, request: PageRequest, config: FetchConfig
) -> RawPage | PageOutcome:
    """The page's bytes, or the outcome that explains why there are none."""
    now = datetime.now(UTC)
    try:
        response = fetch(
            client, request.link, config, accept=PAGE_TYPES, headers=_page_validators(request)
        )
    except FetchError as exc:
        if isinstance(exc, NotAPage):
            return from_feed(request, now, "skipped", str(exc))
        status: PageStatus = "retry" if exc.transient else "failed"
        return page_outcome(request, now, status, error=str(exc))
    if response.status == 304:
        return page_outcome(request, now, "not_modified")
    return RawPage(
        request,
        now,
        response.body,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )


def _page_validators(request: PageRequest) -> dict[str, str]:
    """Conditional-GET headers for a story read again, so that an unchanged page costs a 304."""
    revisit = request.revisit
    headers = {}
    if revisit and revisit.etag:
        headers["If-None-Match"] = revisit.etag
    if revisit and revisit.last_modified:
        headers["If-Modified-Since"] = revisit.last_modified
    return headers


def store_results(
    config: Config,
    run_id: int,
    feeds: Iterable[FeedOutcome],
    pages: Sequence[PageOutcome],
    channels: Sequence[ChannelRef],
) -> StoreSummary:
    """One transaction: feed health, articles, figures, alerts and their outbox rows."""
    with writing(config.database, config.lock_timeout) as con:
        for outcome in feeds:
            store.record_feed(con, outcome)
        return store.store_pages(con, run_id, pages, channels, config.rules)


def finish(config: Config, counts: dict[str, int], run_id: int) -> None:
    with writing(config.database, config.lock_timeout) as con:
        store.finish_run(con, run_id, counts)
