"""What `troopwatch run` prints when a poll is done."""

from __future__ import annotations

from flows.backfill import BackfillReport
from flows.poll import RunReport
from troopwatch.tables import console, show


def print_run(report: RunReport) -> None:
    feeds = [
        (p.outcome.url, p.outcome.status, len(p.entries), p.outcome.error or "")
        for p in report.feeds
    ]
    show(["feed", "status", "entries", "problem"], feeds, title=f"Run {report.run_id}: feeds")
    figures = [
        (page.outlet, f.value, f.qualifier, f.force, f.status, f.evidence)
        for page in report.pages
        if page.detection and page.detection.relevant
        for f in page.detection.figures
    ]
    if figures:
        show(
            ["outlet", "value", "qualifier", "force", "status", "evidence"], figures, "New figures"
        )
    stored, delivery = report.stored, report.delivery
    console().print(
        f"{stored.articles} new articles, {stored.figures} figures, "
        f"{len(stored.alert_ids)} alerts ({stored.corroborations} corroborations), "
        f"{delivery.sent} messages delivered, {delivery.failed} failed"
    )
    for problem in delivery.problems:
        console().print(f"warning: {problem}")
    if report.page is not None:
        console().print(f"report: {report.page}")


def print_backfill(report: BackfillReport) -> None:
    console().print(
        f"{report.pages:,} pages read in {report.seconds:.1f} s: {report.stored:,} stored "
        f"({report.relevant:,} about the border, {report.figures:,} figures), "
        f"{report.screened_out:,} of them screened out unread; "
        f"{report.already_stored:,} already stored, {report.undated:,} without a date, "
        f"{report.unreadable:,} unreadable records or files (named above); no alerts sent"
    )
