"""History from news archives: WARC files and saved pages read like polled pages, stored
with their published dates, alerting no one.

Pages are read in batches, on this machine's extraction workers or, given the address of
a Dask cluster, as Prefect tasks on that cluster; only this process writes the database.
"""

from __future__ import annotations

import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

from extractors.errors import TroopwatchError
from extractors.precheck import might_matter
from flows.archives import ArchivedPage, Item, archived_pages, check_sources, total_bytes
from flows.config import Config, load_config
from flows.pages import readers
from flows.reading import RawPage, read_page, screened_out
from warehouse import store
from warehouse.db import migrate, writing
from warehouse.records import PageOutcome, PageRequest

BATCH = 32  # pages to read in full per read task and per write transaction
MAX_RECORDS = 1024  # pages per batch at most, however few of them need reading in full
IN_FLIGHT = 3  # batches being read while the oldest is stored: bounds the HTML in memory
CONNECT_TIMEOUT = 5  # seconds to wait for a Dask scheduler to answer
NO_RUN = 0  # backfills raise no alerts, so no poll run is named on them


class BackfillError(TroopwatchError):
    """A backfill cannot start: e.g. no Dask scheduler at the given address."""


Pending = Callable[[], list[PageOutcome]]
BatchReader = Callable[[list[RawPage]], Pending]


@dataclass(frozen=True)
class BackfillReport:
    """What a backfill found and stored."""

    pages: int  # HTML pages found in the sources
    stored: int  # new articles stored
    relevant: int  # of those, stories about the border
    figures: int
    screened_out: int  # stored as not relevant without being read in full
    already_stored: int  # pages whose URL the database already had
    undated: int  # pages with no date in their metadata nor in the archive: skipped
    unreadable: int  # records and files that are not readable HTML pages: skipped
    seconds: float


@dataclass(frozen=True)
class PageBatch:
    """Pages handed to a task as one object: Dask takes a bare list or tuple among a task's
    arguments for a graph of its own and rebuilds it."""

    pages: tuple[RawPage, ...]


@task(name="read-pages", cache_policy=NO_CACHE)
def read_batch(batch: PageBatch) -> list[PageOutcome]:
    """Text, relevance and figures of a batch of pages; runs where the task runner puts it."""
    return [read_page(page) for page in batch.pages]


@flow(name="backfill", log_prints=False)
def backfill(config_path: str, sources: list[str], on_dask: bool = False) -> BackfillReport:
    """Read every page of the archives, store articles and figures as history, alert no one."""
    began = datetime.now(UTC)
    logger = get_run_logger()
    config = load_config(Path(config_path))
    paths = [Path(source) for source in sources]
    check_sources(paths)
    migrate(config.database, config.lock_timeout)
    tally: Counter[str] = Counter()
    pending: deque[tuple[list[Found], Pending, int]] = deque()
    items = archived_pages(paths, config.fetch.max_bytes)
    with progress(total_bytes(paths)) as advance, batch_reader(config, on_dask) as read:
        for batch in _batches(items, logger.warning, tally):
            fresh = _unknown(config, batch, tally)
            to_read = [_raw(found.page) for found in fresh if found.to_read]
            reading = read(to_read) if to_read else _nothing_to_read
            pending.append((fresh, reading, batch[-1].page.done_bytes))
            while len(pending) > IN_FLIGHT:
                _store_batch(config, *pending.popleft(), logger.warning, tally, advance)
        while pending:
            _store_batch(config, *pending.popleft(), logger.warning, tally, advance)
    report = _report(tally, (datetime.now(UTC) - began).total_seconds())
    logger.info(
        "backfill: %d pages, %d stored (%d relevant, %d figures), %d screened out, "
        "%d already stored, %d undated, %d unreadable",
        report.pages,
        report.stored,
        report.relevant,
        report.figures,
        report.screened_out,
        report.already_stored,
        report.undated,
        report.unreadable,
    )
    return report


def run_backfill(
    config_path: Path, sources: Sequence[Path], dask_address: str | None = None
) -> BackfillReport:
    """The backfill flow, its reading on the Dask cluster at `dask_address` if one is given."""
    names = [str(source) for source in sources]
    if dask_address is None:
        return backfill(str(config_path), names)
    from prefect_dask.task_runners import DaskTaskRunner

    check_cluster(dask_address)
    runner: Any = DaskTaskRunner(address=dask_address)  # a TaskRunner of Dask's own futures
    on_cluster = backfill.with_options(task_runner=runner)
    return on_cluster(str(config_path), names, on_dask=True)


def check_cluster(address: str) -> None:
    """A Dask scheduler answers at `address`, and its workers can import troopwatch; checked
    before the flow starts, so that either fails in one line. The import also loads what
    reading needs on every worker once, before the first batch (a no-op when warm)."""
    from distributed import Client

    try:
        with Client(address, timeout=CONNECT_TIMEOUT) as client:  # type: ignore[no-untyped-call]
            client.run(import_module, __name__)
    except ImportError as exc:
        raise BackfillError(
            f"{address}: the Dask workers cannot import troopwatch ({exc}); install it there"
        ) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise BackfillError(f"{address}: no Dask scheduler answered: {exc}") from exc


@contextmanager
def batch_reader(config: Config, on_dask: bool) -> Iterator[BatchReader]:
    """Reads a batch as one task of the flow's task runner (Dask), or page by page on this
    machine's extraction workers; either way the result is collected later, in order."""
    if on_dask:
        yield lambda pages: read_batch.submit(PageBatch(tuple(pages))).result
        return
    with readers(config.fetch.extract_workers) as read:

        def submit(pages: list[RawPage]) -> Pending:
            futures = [read(page) for page in pages]
            return lambda: [future.result() for future in futures]

        yield submit


@contextmanager
def progress(total: int) -> Iterator[Callable[[int, int], None]]:
    """A progress bar over the sources' bytes, on a terminal only; yields `advance(done,
    pages)`."""
    bar = Progress(
        TextColumn("backfill"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[pages]:,} pages"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not sys.stderr.isatty(),
    )
    with bar:
        job = bar.add_task("backfill", total=total, pages=0)
        yield lambda done, pages: bar.update(job, completed=done, pages=pages)


@dataclass(frozen=True)
class Found:
    """A page of an archive, and whether it names personnel (else it is not read in full,
    and its bytes are not kept)."""

    page: ArchivedPage
    to_read: bool


def _batches(
    items: Iterable[Item], warn: Callable[[str], None], tally: Counter[str]
) -> Iterator[list[Found]]:
    """Pages in batches of BATCH pages to read in full, or of MAX_RECORDS pages, whichever
    comes first; unreadable records are named and counted here."""
    batch: list[Found] = []
    to_read = 0
    for item in items:
        if not isinstance(item, ArchivedPage):
            tally["unreadable"] += 1
            warn(f"skipped {item.line()}")
            continue
        tally["pages"] += 1
        matters = might_matter(item.body)
        batch.append(Found(item if matters else replace(item, body=b""), matters))
        to_read += matters
        if to_read >= BATCH or len(batch) >= MAX_RECORDS:
            yield batch
            batch, to_read = [], 0
    if batch:
        yield batch


def _unknown(config: Config, batch: Sequence[Found], tally: Counter[str]) -> list[Found]:
    """The pages whose URL the database does not have yet, each URL once."""
    with writing(config.database, config.lock_timeout) as con:
        known = store.known_links(con, [found.page.link for found in batch], [])
    fresh: dict[str, Found] = {}
    for found in batch:
        if found.page.link not in known:
            fresh.setdefault(found.page.link, found)
    tally["already_stored"] += len(batch) - len(fresh)
    return list(fresh.values())


def _raw(page: ArchivedPage) -> RawPage:
    request = PageRequest(
        feed_url=page.source, outlet=None, link=page.link, guid=None, title=None, published=None
    )
    return RawPage(request, page.captured or datetime.now(UTC), page.body)


def _store_batch(
    config: Config,
    batch: list[Found],
    pending: Pending,
    done_bytes: int,
    warn: Callable[[str], None],
    tally: Counter[str],
    advance: Callable[[int, int], None],
) -> None:
    read = iter(pending())
    outcomes = [
        _dated(next(read) if found.to_read else _screened(found.page), found.page, warn)
        for found in batch
    ]
    tally["undated"] += sum(1 for o in outcomes if o.status == "skipped")
    tally["screened_out"] += sum(1 for o in outcomes if o.status == "screened_out")
    with writing(config.database, config.lock_timeout) as con:
        # Another batch still being read when this one was checked may have had the same URL.
        known = store.known_links(con, [o.link for o in outcomes], [])
        new = [o for o in outcomes if o.link not in known]
        stored = store.store_pages(con, NO_RUN, new, (), config.rules, alerting=False)
    tally["already_stored"] += len(outcomes) - len(new)
    tally["relevant"] += sum(1 for o in new if o.detection and o.detection.relevant)
    tally["stored"] += stored.articles
    tally["figures"] += stored.figures
    advance(done_bytes, tally["pages"])


def _nothing_to_read() -> list[PageOutcome]:
    return []


def _screened(page: ArchivedPage) -> PageOutcome:
    raw = _raw(page)
    return screened_out(raw.request, raw.fetched_at)


def _dated(outcome: PageOutcome, page: ArchivedPage, warn: Callable[[str], None]) -> PageOutcome:
    """The page's own date (its metadata), else when the archive captured it; a story with
    neither cannot be placed in a series' history and is skipped."""
    published = outcome.published or page.captured
    if published is None and outcome.status == "extracted":
        warn(f"skipped {page.source}: {page.link}: no publication date in the page")
        return replace(
            outcome,
            status="skipped",
            error="no publication date in the page or the archive",
            detection=None,
        )
    return replace(outcome, published=published)


def _report(tally: Counter[str], seconds: float) -> BackfillReport:
    fields: dict[str, Any] = {name: tally[name] for name in BackfillReport.__dataclass_fields__}
    return BackfillReport(**{**fields, "seconds": seconds})
