"""Every write and lookup of a run, on a connection from `warehouse.db`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from extractors.model import Figure
from warehouse.changes import Reported, SeriesAlert, decide, superseded
from warehouse.db import Connection
from warehouse.records import (
    WATCH,
    ChannelRef,
    FeedOutcome,
    FeedState,
    PageOutcome,
    PageRequest,
    StoreSummary,
)

MAX_PAGE_ATTEMPTS = 5
OldFigure = tuple[int, int, str]  # figure id, value, qualifier


def sync_feeds(con: Connection, feeds: Iterable[tuple[str, str | None]]) -> None:
    """Make sure every configured feed has a row, keeping its name current."""
    for url, name in feeds:
        con.execute(
            "INSERT INTO feeds (url, name) VALUES ($1, $2)"
            " ON CONFLICT (url) DO UPDATE SET name = excluded.name",
            [url, name],
        )


def feed_states(con: Connection) -> dict[str, FeedState]:
    rows = con.execute(
        "SELECT url, etag, last_modified, not_before, last_status = 'gone' FROM feeds"
    ).fetchall()
    return {row[0]: FeedState(row[0], row[1], row[2], row[3], bool(row[4])) for row in rows}


def record_feed(con: Connection, outcome: FeedOutcome) -> None:
    """Store a poll's result: validators on success, health counters always."""
    failed = outcome.status in ("failed", "gone")
    con.execute(
        """
        UPDATE feeds SET
            title = coalesce($title, title),
            etag = CASE WHEN $failed THEN etag ELSE coalesce($etag, etag) END,
            last_modified = CASE WHEN $failed THEN last_modified
                                 ELSE coalesce($last_modified, last_modified) END,
            last_polled_at = $polled_at, last_status = $status, last_http_status = $http_status,
            consecutive_failures = CASE WHEN $failed THEN consecutive_failures + 1 ELSE 0 END,
            last_error = $error, not_before = $not_before
        WHERE url = $url
        """,
        {
            "title": outcome.title,
            "failed": failed,
            "etag": outcome.etag,
            "last_modified": outcome.last_modified,
            "polled_at": outcome.polled_at,
            "status": outcome.status,
            "http_status": outcome.http_status,
            "error": outcome.error,
            "not_before": outcome.not_before,
            "url": outcome.url,
        },
    )


def known_links(con: Connection, links: Sequence[str], guids: Sequence[str]) -> set[str]:
    """The links and guids among these that already have an article row."""
    rows = con.execute(
        "SELECT url, guid FROM articles"
        " WHERE list_contains($1, url) OR (guid IS NOT NULL AND list_contains($2, guid))",
        [list(links), list(guids)],
    ).fetchall()
    return {value for row in rows for value in row if value is not None}


def retry_requests(con: Connection) -> list[PageRequest]:
    rows = con.execute(
        "SELECT feed_url, outlet, url, guid, title, published_at, attempts"
        " FROM articles WHERE status = 'retry' ORDER BY id"
    ).fetchall()
    return [PageRequest(*row) for row in rows]


def start_run(con: Connection, started_at: datetime) -> int:
    row = con.execute(
        "INSERT INTO runs (started_at) VALUES ($1) RETURNING id", [started_at]
    ).fetchone()
    assert row is not None
    return int(row[0])


def finish_run(con: Connection, run_id: int, counts: dict[str, int]) -> None:
    columns = ", ".join(f"{name} = ${name}" for name in counts)
    con.execute(
        f"UPDATE runs SET finished_at = $finished_at, {columns} WHERE id = $run_id",  # noqa: S608
        {**counts, "finished_at": datetime.now(UTC), "run_id": run_id},
    )


def store_pages(
    con: Connection,
    run_id: int,
    pages: Sequence[PageOutcome],
    channels: Sequence[ChannelRef],
    repeat_window: timedelta,
    *,
    alerting: bool = True,
) -> StoreSummary:
    """Store articles and figures, decide changes, and queue alerts, oldest article first.

    Without `alerting` (a backfill: history, not news) figures move their series silently,
    so that the next poll compares against them without telling the desk about the past.
    """
    ordered = sorted(pages, key=_published)
    batch = _series_in_batch(ordered)
    figures = 0
    alert_ids: list[int] = []
    corroborations = 0
    history: list[int] = []  # figures of this run that were out of date on arrival
    states: dict[tuple[str, str], _Series] = {}
    article_ids = _store_articles(con, ordered)
    for page in ordered:
        article_id = article_ids[page.link]
        figures += len(page.detection.figures) if page.detection and page.detection.relevant else 0
        for figure, figure_id in _insert_figures(con, article_id, page):
            series = (figure.force, figure.status)
            reported = _reported(figure, page)
            if superseded(reported, batch.get(series, [])):
                history.append(figure_id)
                continue
            if series not in states:
                states[series] = _load_series(con, series, article_id, history)
            state = states[series]
            decision = decide(reported, state.current_figure, state.alerts, repeat_window)
            if alerting and decision.kind in ("first", "change"):
                old = state.old if decision.kind == "change" else None
                alert_id = _raise_alert(
                    con, run_id, figure, figure_id, decision.kind, old, channels
                )
                alert_ids.append(alert_id)
                state.alerts.insert(
                    0,
                    SeriesAlert(
                        alert_id,
                        figure.value,
                        figure.qualifier,
                        reported.published,
                        frozenset({page.outlet}),
                    ),
                )
            elif decision.kind == "corroborate" and decision.alert_id is not None:
                corroborations += _corroborate(con, decision.alert_id, figure_id, page.outlet)
                state.add_outlet(decision.alert_id, page.outlet)
            if decision.kind != "stale":
                state.current = (figure_id, reported)
    return StoreSummary(len(pages), figures, tuple(alert_ids), corroborations)


@dataclass
class _Series:
    """A series during one run: its current figure and its alerts, newest first.

    Read from the database once per run and kept current in memory as figures arrive,
    so that a figure costs no scan of the whole history.
    """

    current: tuple[int, Reported] | None
    alerts: list[SeriesAlert]

    @property
    def current_figure(self) -> Reported | None:
        return self.current[1] if self.current else None

    @property
    def old(self) -> OldFigure | None:
        if self.current is None:
            return None
        figure_id, figure = self.current
        return figure_id, figure.value, figure.qualifier

    def add_outlet(self, alert_id: int, outlet: str) -> None:
        self.alerts = [
            replace(a, outlets=a.outlets | {outlet}) if a.alert_id == alert_id else a
            for a in self.alerts
        ]


def _leading_figures(page: PageOutcome) -> list[Figure]:
    """The figures that speak for their series: not `previous`, and the first of each series."""
    if page.detection is None or not page.detection.relevant:
        return []
    leading: dict[tuple[str, str], Figure] = {}
    for figure in page.detection.figures:
        if figure.status != "previous":
            leading.setdefault((figure.force, figure.status), figure)
    return list(leading.values())


def _series_in_batch(pages: Sequence[PageOutcome]) -> dict[tuple[str, str], list[Reported]]:
    batch: dict[tuple[str, str], list[Reported]] = {}
    for page in pages:
        for figure in _leading_figures(page):
            batch.setdefault((figure.force, figure.status), []).append(_reported(figure, page))
    return batch


def _insert_figures(
    con: Connection, article_id: int, page: PageOutcome
) -> list[tuple[Figure, int]]:
    """Store every figure of a relevant page; return the leading ones with their ids."""
    if page.detection is None or not page.detection.relevant:
        return []
    leading = _leading_figures(page)
    ids = [(figure, _insert_figure(con, article_id, figure)) for figure in page.detection.figures]
    return [(figure, figure_id) for figure, figure_id in ids if figure in leading]


def _reported(figure: Figure, page: PageOutcome) -> Reported:
    return Reported(figure.value, figure.qualifier, _published(page), page.outlet)


def _published(page: PageOutcome) -> datetime:
    return page.published or page.fetched_at


def _store_articles(con: Connection, pages: Sequence[PageOutcome]) -> dict[str, int]:
    """An article row for every page, by URL: new ones in one bulk insert, retried ones
    (already stored after a transient failure) updated."""
    known = {
        url: (int(article_id), int(attempts))
        for url, article_id, attempts in con.execute(
            "SELECT url, id, attempts FROM articles WHERE list_contains($1, url)",
            [[page.link for page in pages]],
        ).fetchall()
    }
    ids = {}
    new = []
    for page in pages:
        article_id, attempts = known.get(page.link, (None, 0))
        values = _article_values(page, attempts + 1)
        if article_id is None:
            new.append(values)
            continue
        sets = ", ".join(f"{key} = ${key}" for key in values if key != "url")
        con.execute(f"UPDATE articles SET {sets} WHERE url = $url", values)  # noqa: S608
        ids[page.link] = article_id
    if new:
        columns = list(new[0])
        unnested = ", ".join(f"unnest(${n})" for n in range(1, len(columns) + 1))
        inserted = con.execute(
            f"INSERT INTO articles ({', '.join(columns)}) SELECT {unnested}"  # noqa: S608
            " RETURNING url, id",
            [[values[column] for values in new] for column in columns],
        ).fetchall()
        ids.update((url, int(article_id)) for url, article_id in inserted)
    return ids


def _article_values(page: PageOutcome, attempts: int) -> dict[str, Any]:
    article, detection = page.article, page.detection
    status = page.status
    if status == "retry" and attempts >= MAX_PAGE_ATTEMPTS:
        status = "failed"
    return {
        "url": page.link,
        "guid": page.guid,
        "feed_url": page.feed_url,
        "outlet": page.outlet,
        "title": (article.title if article and article.title else page.title),
        "published_at": _published(page) if article or page.published else None,
        "fetched_at": page.fetched_at,
        "status": status,
        "error": page.error,
        "attempts": attempts,
        "relevant": detection.relevant if detection else None,
        "relevance_score": detection.score if detection else None,
        "text": article.text if article else None,
    }


def _insert_figure(con: Connection, article_id: int, figure: Figure) -> int:
    # No ON CONFLICT: a detection never repeats a (value, force, status), and the clause
    # costs a probe of the whole unique index (5 ms a row at a million figures).
    row = con.execute(
        "INSERT INTO figures (article_id, watch, value, force, status, qualifier, evidence,"
        " start_offset, end_offset) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        [
            article_id,
            WATCH,
            figure.value,
            figure.force,
            figure.status,
            figure.qualifier,
            figure.evidence,
            figure.start,
            figure.end,
        ],
    ).fetchone()
    assert row is not None
    return int(row[0])


def _load_series(
    con: Connection, series: tuple[str, str], article_id: int, history: list[int]
) -> _Series:
    """The series as the database has it, leaving out this article and out-of-date figures."""
    key = [WATCH, *series]
    current = con.execute(
        "SELECT figure_id, value, qualifier, published_at, outlet FROM figure_history"
        " WHERE watch = $1 AND force = $2 AND status = $3 AND article_id <> $4"
        " AND NOT list_contains($5, figure_id)"
        " ORDER BY published_at DESC, figure_id DESC LIMIT 1",
        [*key, article_id, history],
    ).fetchone()
    alerts = con.execute(
        """
        SELECT al.id, al.new_value, al.new_qualifier, h.published_at,
               list_value(h.outlet) || coalesce(
                   (SELECT list(c.outlet) FROM corroborations c WHERE c.alert_id = al.id), [])
        FROM alerts al JOIN figure_history h ON h.figure_id = al.figure_id
        WHERE al.watch = $1 AND al.force = $2 AND al.status = $3
        ORDER BY h.published_at DESC, al.id DESC
        """,
        key,
    ).fetchall()
    return _Series(
        (current[0], Reported(current[1], current[2], current[3], current[4])) if current else None,
        [SeriesAlert(a[0], a[1], a[2], a[3], frozenset(a[4])) for a in alerts],
    )


def _raise_alert(
    con: Connection,
    run_id: int,
    figure: Figure,
    figure_id: int,
    kind: str,
    old: OldFigure | None,
    channels: Sequence[ChannelRef],
) -> int:
    now = datetime.now(UTC)
    row = con.execute(
        "INSERT INTO alerts (watch, force, status, kind, old_figure_id, old_value, old_qualifier,"
        " figure_id, new_value, new_qualifier, created_at, run_id)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        [
            WATCH,
            figure.force,
            figure.status,
            kind,
            *(old if old and kind == "change" else (None, None, None)),
            figure_id,
            figure.value,
            figure.qualifier,
            now,
            run_id,
        ],
    ).fetchone()
    assert row is not None
    alert_id = int(row[0])
    tags = {WATCH, figure.force, figure.status, f"{WATCH}/{figure.force}/{figure.status}"}
    for channel in channels:
        if not channel.tags or tags & set(channel.tags):
            con.execute(
                "INSERT INTO deliveries (alert_id, channel_key, channel, next_attempt_at)"
                " VALUES ($1, $2, $3, $4)",
                [alert_id, channel.key, channel.label, now],
            )
    return alert_id


def _corroborate(con: Connection, alert_id: int, figure_id: int, outlet: str) -> int:
    row = con.execute(
        "INSERT INTO corroborations VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1",
        [alert_id, figure_id, outlet, datetime.now(UTC)],
    ).fetchone()
    return 1 if row else 0
