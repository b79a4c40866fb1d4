"""The scheduled job: poll every feed once, store what is new, deliver the alerts."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from extractors.errors import TroopwatchError
from flows import monitor, pipeline
from flows.config import Config, FetchConfig, load_config
from flows.deliver import DeliveryReport, channel_refs, deliver_pending
from flows.pages import Reader, readers
from flows.pages import fetch_and_read as fetch_and_read_pages
from warehouse import analytics
from warehouse.records import ChannelRef, FeedState, PageOutcome, PageRequest, StoreSummary

Batch = TypeVar("Batch", bound=list[Any])


@dataclass(frozen=True)
class RunReport:
    """What one poll did, for the CLI and the demo."""

    run_id: int
    feeds: tuple[pipeline.Polled, ...]
    pages: tuple[PageOutcome, ...]
    stored: StoreSummary
    delivery: DeliveryReport
    page: Path | None = None  # the HTML report this run wrote


@task(name="poll-all-feeds", cache_policy=NO_CACHE)
def poll_all(config: Config, states: dict[str, FeedState]) -> list[pipeline.Polled]:
    return pipeline.poll_all(config, states, log=get_run_logger().warning)


@task(name="fetch-and-read-pages", cache_policy=NO_CACHE)
def fetch_and_read(
    requests: list[PageRequest], fetch: FetchConfig, read: Reader
) -> list[PageOutcome]:
    return fetch_and_read_pages(requests, fetch, read)


@task(name="store", cache_policy=NO_CACHE)
def store(
    config: Config,
    run_id: int,
    polled: list[pipeline.Polled],
    pages: list[PageOutcome],
    channels: list[ChannelRef],
) -> StoreSummary:
    feeds = [p.outcome for p in polled]
    return pipeline.store_results(config, run_id, feeds, pages, channels)


@task(name="deliver-alerts", cache_policy=NO_CACHE)
def deliver(config: Config) -> DeliveryReport:
    logger = get_run_logger()
    return deliver_pending(config, log=logger.warning)


@task(name="write-report", cache_policy=NO_CACHE)
def write_report(config: Config) -> Path | None:
    """The HTML report rewritten from the database; a failure is a warning, not a failed run."""
    from troopwatch.report import write_report as write

    if config.report is None:
        return None
    try:
        return write(config.database, config.report, config.lock_timeout)
    except TroopwatchError as exc:
        get_run_logger().warning("report not written: %s", exc)
        return None


@task(name="publish-analyst-copy", cache_policy=NO_CACHE)
def publish_analyst_copy(config: Config) -> Path | None:
    """The snapshot analysts open, replaced in one rename; a failure is a warning."""
    try:
        return analytics.publish(config.database, config.analyst_copy, config.lock_timeout)
    except TroopwatchError as exc:
        get_run_logger().warning("%s", exc)
        return None


@flow(name="poll-feeds", log_prints=False)
def poll_feeds(config_path: str, migrated: bool = False) -> RunReport:
    """Poll every configured feed once; store articles, figures and alerts; deliver alerts.

    `migrated` says the caller has already brought the database's schema up to date (the
    command line does, so that a locked database fails in one line before Prefect starts).
    """
    logger = get_run_logger()
    config = load_config(Path(config_path))
    channels = channel_refs(config)  # a bad alert URL stops the run before anything is fetched
    try:
        report = _poll(config, channels, migrated)
    except Exception as exc:
        monitor.run_failed(config, one_line(exc), logger.warning)
        raise
    try:
        monitor.after_run(config, logger.warning)
    except TroopwatchError as exc:  # everything is stored and sent: the run still completed
        logger.warning("monitoring state not updated: %s", exc)
    return report


def _poll(config: Config, channels: list[ChannelRef], migrated: bool) -> RunReport:
    logger = get_run_logger()
    # Extraction workers start before the feeds are polled, and are ready for the first page.
    with readers(config.fetch.extract_workers if config.feeds else 1) as read:
        prepared = pipeline.prepare(config, migrated=migrated)
        polled = poll_all(config, prepared.states)
        for item in polled:
            failed_feed = item.outcome.status in ("failed", "gone")
            logger.log(logging.WARNING if failed_feed else logging.INFO, _feed_line(item))
        requests = pipeline.new_requests(config, polled, config.feeds) + list(prepared.retries)
        requests += pipeline.rechecks(prepared, requests)
        pages = fetch_and_read(unwalked(requests), config.fetch, read) if requests else []
    stored = store(config, prepared.run_id, unwalked(polled), unwalked(pages), channels)
    delivery = deliver(config)
    report = RunReport(prepared.run_id, tuple(polled), tuple(pages), stored, delivery)
    pipeline.finish(config, report_counts(report), prepared.run_id)
    publish_analyst_copy(config)
    page = write_report(config) if config.report else None
    report = replace(report, page=page)
    create_markdown_artifact(
        markdown=artifact(report, page),
        key="troopwatch-run",
        description="New figures and alerts of this poll",
    )
    logger.info(
        "run %s: %d feeds, %d new articles, %d figures, %d alerts, %d delivered, %d failed",
        report.run_id,
        len(polled),
        stored.articles,
        stored.figures,
        len(stored.alert_ids),
        delivery.sent,
        delivery.failed,
    )
    return report


def one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def unwalked(batch: Batch) -> Batch:
    """The batch as a task argument Prefect hands over as is, instead of walking every
    item in it looking for futures (there are none, and a run's pages are thousands of
    objects); `quote` is Prefect's own way to say so."""
    return cast(Batch, quote(batch))


def _feed_line(polled: pipeline.Polled) -> str:
    outcome = polled.outcome
    if outcome.status == "ok":
        return f"{outcome.url}: {len(polled.entries)} entries"
    if outcome.status == "not_modified":
        return f"{outcome.url}: not modified"
    return f"{outcome.url}: {outcome.status}: {outcome.error}"


def report_counts(report: RunReport) -> dict[str, int]:
    return {
        "feeds_polled": len(report.feeds),
        "feeds_failed": sum(1 for p in report.feeds if p.outcome.status in ("failed", "gone")),
        "articles_new": report.stored.articles,
        "figures_new": report.stored.figures,
        "alerts_new": len(report.stored.alert_ids),
        "deliveries_sent": report.delivery.sent,
        "deliveries_failed": report.delivery.failed,
    }


def artifact(report: RunReport, page: Path | None = None) -> str:
    """A markdown summary of the run: feeds, new figures, alerts, a link to the report page;
    never a channel URL."""
    lines = [f"# troopwatch run {report.run_id}", "", "| feed | outcome |", "|---|---|"]
    lines += [f"| {_cell(p.outcome.url)} | {_cell(_feed_line(p))} |" for p in report.feeds]
    figures: list[Any] = [
        (page, f)
        for page in report.pages
        if page.detection
        for f in page.detection.figures
        if page.detection.relevant
    ]
    lines += ["", "| outlet | value | force | status | evidence |", "|---|---|---|---|---|"]
    lines += [
        f"| {_cell(p.outlet)} | {f.value:,} | {f.force} | {f.status} | {_cell(f.evidence)} |"
        for p, f in figures
    ]
    lines += [
        "",
        f"Alerts raised: {len(report.stored.alert_ids)}; delivered: "
        f"{report.delivery.sent}; failed deliveries: {report.delivery.failed}.",
    ]
    if page is not None:
        lines += ["", f"Report: [{_cell(page.name)}]({page.resolve().as_uri()})"]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
