"""Every write and lookup of a run, on a connection from `warehouse.db`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from extractors.model import Figure
from warehouse import corrections, outbox
from warehouse.changes import (
    Decision,
    Reported,
    Rules,
    SeriesAlert,
    decide,
    superseded,
)
from warehouse.db import Connection
from warehouse.outbox import OldFigure, SeriesKey
from warehouse.records import (
    WATCH,
    ChannelRef,
    FeedOutcome,
    FeedState,
    PageOutcome,
    PageRequest,
    Revisit,
    StoredEntry,
    StoreSummary,
)

MAX_PAGE_ATTEMPTS = 5


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


def known_entries(
    con: Connection, links: Sequence[str], guids: Sequence[str]
) -> dict[str, StoredEntry]:
    """The stored articles among these links and guids, by link and by guid."""
    rows = con.execute(
        "SELECT id, url, guid, status, coalesce(entry_updated_at, published_at), etag,"
        " last_modified, coalesce(checks, 0) FROM articles"
        " WHERE list_contains($1, url) OR (guid IS NOT NULL AND list_contains($2, guid))",
        [list(links), list(guids)],
    ).fetchall()
    known: dict[str, StoredEntry] = {}
    for row in rows:
        entry = StoredEntry(*row)
        known[entry.url] = entry
        if entry.guid:
            known[entry.guid] = entry
    return known


def recheck_requests(
    con: Connection, now: datetime, ages: Sequence[timedelta]
) -> list[PageRequest]:
    """Relevant stories due for a re-check: one that has reached an age in `ages` it was not
    checked at yet. Stories older than twice the last age are left alone."""
    if not ages:
        return []
    rows = con.execute(
        "SELECT id, feed_url, outlet, url, guid, title, coalesce(published_at, fetched_at),"
        " coalesce(checks, 0), etag, last_modified FROM articles"
        " WHERE relevant AND status = 'extracted' AND coalesce(checks, 0) < $1"
        " AND coalesce(published_at, fetched_at) >= $2 ORDER BY id",
        [len(ages), now - 2 * ages[-1]],
    ).fetchall()
    requests = []
    for article_id, feed_url, outlet, url, guid, title, published, checks, etag, modified in rows:
        reached = sum(1 for age in ages if published + age <= now)
        if reached > checks:
            revisit = Revisit(article_id, "recheck", reached, etag, modified)
            requests.append(PageRequest(feed_url, outlet, url, guid, title, None, revisit=revisit))
    return requests


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
    rules: Rules,
    *,
    alerting: bool = True,
) -> StoreSummary:
    """Store articles and figures, decide changes, and queue alerts, oldest article first.

    Without `alerting` (a backfill: history, not news) figures move their series silently,
    so that the next poll compares against them without telling the desk about the past.
    """
    ordered = sorted(pages, key=_published)
    fresh = [page for page in ordered if page.revisit is None]
    article_ids = _store_articles(con, fresh)
    revisions: dict[str, int] = {}  # link -> the new version's number
    for page in ordered:
        revision = _store_revisit(con, page) if page.revisit else None
        if page.revisit and revision:
            article_ids[page.link] = page.revisit.article_id
            revisions[page.link] = revision
    readable = [page for page in ordered if page.link in article_ids]
    bar = rules.min_confidence
    stored = _insert_figures(con, readable, article_ids, revisions, bar)
    batch = _series_in_batch(readable, article_ids, stored, bar)
    run = _Run(con, run_id, channels, rules, batch, alerting)
    run.undecided = [figure_id for ids in stored.values() for figure_id in ids.values()]
    figures = 0
    for page in readable:
        article_id = article_ids[page.link]
        revision = revisions.get(page.link, 1)
        ids = stored.get(page.link, {})
        figures += len(ids)
        found = list(ids.items())
        if revision > 1:
            found = corrections.reapply(con, article_id, found, _published(page))
        for figure, figure_id in _leading(found, bar):
            run.decide(figure, figure_id, _reported(figure, page, article_id))
        if revision > 1:
            _supersede(con, article_id, revision, _published(page))
    return StoreSummary(
        len(fresh), figures, tuple(run.alert_ids), run.corroborations, len(revisions)
    )


def _store_revisit(con: Connection, page: PageOutcome) -> int | None:
    """Record that a stored story was read again; when its text changed, keep the version
    it replaces and return the new version's number."""
    revisit = page.revisit
    assert revisit is not None
    row = con.execute(
        "SELECT text, title, revision FROM articles WHERE id = $1", [revisit.article_id]
    ).fetchone()
    assert row is not None
    old_text, old_title, revision = row
    con.execute(
        "UPDATE articles SET checks = greatest(coalesce(checks, 0), $checks),"
        " checked_at = $now, etag = coalesce($etag, etag),"
        " last_modified = coalesce($modified, last_modified),"
        " entry_updated_at = greatest(entry_updated_at, $entry) WHERE id = $id",
        {
            "checks": revisit.checks,
            "now": page.fetched_at,
            "etag": page.etag,
            "modified": page.last_modified,
            "entry": revisit.entry_date,
            "id": revisit.article_id,
        },
    )
    article, detection = page.article, page.detection
    if article is None or detection is None or article.text == old_text:
        return None
    revision = int(revision or 1) + 1
    con.execute(
        "INSERT INTO article_revisions VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [
            revisit.article_id,
            revision,
            page.fetched_at,
            revisit.entry_date,
            revisit.reason,
            old_title,
            old_text,
        ],
    )
    con.execute(
        "UPDATE articles SET text = $text, title = coalesce($title, title), revision = $revision,"
        " relevant = $relevant, relevance_score = $score, lang = $lang, text_source = $source"
        " WHERE id = $id",
        {
            "text": article.text,
            "title": article.title,
            "revision": revision,
            "relevant": detection.relevant,
            "score": detection.score,
            "lang": detection.lang,
            "source": page.text_source,
            "id": revisit.article_id,
        },
    )
    return revision


def _supersede(con: Connection, article_id: int, revision: int, at: datetime) -> None:
    """Figures of a story's earlier versions no longer count for their series."""
    con.execute(
        "UPDATE figures SET superseded_at = $1 WHERE article_id = $2 AND revision < $3"
        " AND superseded_at IS NULL",
        [at, article_id, revision],
    )


class _Run:
    """The series touched by one run, kept current in memory as its figures are decided."""

    def __init__(
        self,
        con: Connection,
        run_id: int,
        channels: Sequence[ChannelRef],
        rules: Rules,
        batch: dict[SeriesKey, list[Reported]],
        alerting: bool = True,
    ) -> None:
        self.con, self.run_id, self.channels, self.rules = con, run_id, channels, rules
        self.alerting = alerting
        self.batch = batch
        self.states: dict[SeriesKey, _Series] = {}
        self.history: list[int] = []  # figures of this run that were out of date on arrival
        self.undecided: list[int] = []  # figures of this run, stored before they are decided
        self.alert_ids: list[int] = []
        self.corroborations = 0

    def series(self, key: SeriesKey) -> _Series:
        """The series as the run found it (none of the run's own figures: a series is read
        when the run's first figure of it is decided), then as the run moved it."""
        if key not in self.states:
            self.states[key] = _load_series(self.con, key, self.undecided)
        return self.states[key]

    def decide(self, figure: Figure, figure_id: int, reported: Reported) -> None:
        key = _key(figure)
        batch = self.batch.get(key, [])
        if superseded(reported, batch, self.rules.conflict_window):
            self.history.append(figure_id)
            return
        state = self.series(key)
        pending = [
            other
            for other in batch
            if other.article_id != reported.article_id
            and other.published >= reported.published
            and (state.current is None or other.published >= state.current[1].published)
        ]
        decision = decide(
            reported,
            state.current_figure,
            state.alerts,
            self.rules.repeat_window,
            conflict=[side for _, side in state.conflict[1]] if state.conflict else (),
            pending=pending,
            conflict_window=self.rules.conflict_window,
        )
        self._apply(decision, key, state, figure, figure_id, reported)
        if decision.kind != "stale":
            state.current = (figure_id, reported)

    def _apply(
        self,
        decision: Decision,
        key: SeriesKey,
        state: _Series,
        figure: Figure,
        figure_id: int,
        reported: Reported,
    ) -> None:
        kind = decision.kind
        if not self.alerting and kind != "corroborate":
            return
        if kind in ("first", "change", "revision", "settle", "conflict"):
            sides = self._conflict_sides(decision, state, figure_id, reported)
            old = state.old if kind != "first" else None
            alert_id = outbox.raise_alert(
                self.con,
                self.run_id,
                outbox.AlertRow(
                    key, _ALERT_KIND[kind], figure_id, figure.value, figure.qualifier, old
                ),
                self.channels,
                detail=_sides_json(sides) if kind == "conflict" else None,
            )
            self.alert_ids.append(alert_id)
            if kind == "conflict":
                state.conflict = (_open_conflict(self.con, key, alert_id, sides), sides)
            elif state.conflict:
                _settle_conflict(self.con, state.conflict[0], figure_id)
                state.conflict = None
            state.alerts.insert(
                0,
                SeriesAlert(
                    alert_id,
                    figure.value,
                    figure.qualifier,
                    reported.published,
                    frozenset({reported.outlet}),
                ),
            )
        elif kind == "join" and state.conflict:
            _join_conflict(self.con, state.conflict[0], figure_id, reported)
            state.conflict[1].append((figure_id, reported))
        elif kind == "corroborate" and decision.alert_id is not None:
            self.corroborations += _corroborate(
                self.con, decision.alert_id, figure_id, reported.outlet
            )
            state.add_outlet(decision.alert_id, reported.outlet)

    def _conflict_sides(
        self, decision: Decision, state: _Series, figure_id: int, reported: Reported
    ) -> list[tuple[int, Reported]]:
        if decision.kind != "conflict":
            return []
        ids = {reported: figure_id}
        if state.current is not None:
            ids[state.current[1]] = state.current[0]
        sides = [(ids.get(rival, 0), rival) for rival in decision.rivals]
        return [(figure_id, reported), *sides]


_ALERT_KIND = {
    "first": "first",
    "change": "change",
    "revision": "revision",
    "settle": "settled",
    "conflict": "conflict",
}


@dataclass
class _Series:
    """A series during one run: its current figure, its alerts (newest first) and its open
    conflict with the reports on each side.

    Read from the database once per run and kept current in memory as figures arrive,
    so that a figure costs no scan of the whole history.
    """

    current: tuple[int, Reported] | None
    alerts: list[SeriesAlert]
    conflict: tuple[int, list[tuple[int, Reported]]] | None = None

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


def _key(figure: Figure) -> SeriesKey:
    return (figure.by, figure.force, figure.status)


def _leading(found: Sequence[tuple[Figure, int]], bar: float) -> list[tuple[Figure, int]]:
    """The figures (with their ids) that speak for their series: not `previous`, not held
    (`bar`), and the first of each series in the story, the one it leads with (as
    `latest_figures` and the next poll read it)."""
    leading: dict[SeriesKey, tuple[Figure, int]] = {}
    for figure, figure_id in found:
        if figure.status != "previous" and not _held(figure, bar):
            leading.setdefault(_key(figure), (figure, figure_id))
    return list(leading.values())


def _held(figure: Figure, bar: float) -> bool:
    """A figure the detector reads as an aside, or whose status it is not sure enough of to
    tell the desk."""
    return figure.aside or figure.confidence < bar


def _series_in_batch(
    pages: Sequence[PageOutcome],
    article_ids: dict[str, int],
    stored: dict[str, dict[Figure, int]],
    bar: float,
) -> dict[SeriesKey, list[Reported]]:
    batch: dict[SeriesKey, list[Reported]] = {}
    for page in pages:
        for figure, _ in _leading(list(stored.get(page.link, {}).items()), bar):
            reported = _reported(figure, page, article_ids[page.link])
            batch.setdefault(_key(figure), []).append(reported)
    return batch


def _insert_figures(
    con: Connection,
    pages: Sequence[PageOutcome],
    article_ids: dict[str, int],
    revisions: dict[str, int],
    bar: float,
) -> dict[str, dict[Figure, int]]:
    """Store every figure of the relevant pages in one statement; their ids, by page link."""
    rows: list[tuple[Any, ...]] = []
    owners: list[tuple[str, Figure]] = []
    for page in pages:
        if page.detection is None or not page.detection.relevant:
            continue
        revision = revisions.get(page.link, 1)
        reported_at = _published(page) if revision > 1 else None
        for figure in dict.fromkeys(page.detection.figures):
            owners.append((page.link, figure))
            rows.append(
                _figure_row(article_ids[page.link], figure, page, revision, reported_at, bar)
            )
    if not rows:
        return {}
    ids = [
        int(row[0])
        for row in con.execute(
            "SELECT nextval('figure_ids') FROM range($1)", [len(rows)]
        ).fetchall()
    ]
    columns = list(zip(*rows, strict=True))
    unnested = ", ".join(f"unnest(${n})" for n in range(1, len(columns) + 2))
    con.execute(
        "INSERT INTO figures (id, article_id, watch, value, force, status, qualifier, evidence,"
        ' start_offset, end_offset, "by", source, revision, reported_at, confidence, held,'
        " aside, status_step, force_step, by_step)"
        f" SELECT {unnested}",  # noqa: S608
        [ids, *(list(column) for column in columns)],
    )
    stored: dict[str, dict[Figure, int]] = {}
    for (link, figure), figure_id in zip(owners, ids, strict=True):
        stored.setdefault(link, {})[figure] = figure_id
    return stored


def _figure_row(
    article_id: int,
    figure: Figure,
    page: PageOutcome,
    revision: int,
    reported_at: datetime | None,
    bar: float,
) -> tuple[Any, ...]:
    return (
        article_id,
        WATCH,
        figure.value,
        figure.force,
        figure.status,
        figure.qualifier,
        figure.evidence,
        figure.start,
        figure.end,
        figure.by,
        page.text_source,
        revision,
        reported_at,
        figure.confidence,
        _held(figure, bar),
        figure.aside,
        figure.status_step or None,
        figure.force_step or None,
        figure.by_step or None,
    )


def _reported(figure: Figure, page: PageOutcome, article_id: int) -> Reported:
    return Reported(figure.value, figure.qualifier, _published(page), page.outlet, article_id)


def _published(page: PageOutcome) -> datetime:
    """When the story (or, read again, this version of it) appeared."""
    if page.revisit is not None:
        return page.revisit.entry_date or page.fetched_at
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
        "lang": detection.lang if detection and article else None,
        "text_source": page.text_source if article else None,
        "entry_updated_at": page.entry_date,
        "etag": page.etag,
        "last_modified": page.last_modified,
        "revision": 1,
        "checks": 0,
    }


def _load_series(con: Connection, key: SeriesKey, history: list[int]) -> _Series:
    """The series as the database has it, leaving out figures that were out of date."""
    params = [WATCH, *key]
    current = con.execute(
        "SELECT figure_id, value, qualifier, published_at, outlet, article_id FROM figure_history"
        ' WHERE watch = $1 AND "by" = $2 AND force = $3 AND status = $4 AND counted'
        " AND NOT list_contains($5, figure_id)"
        " ORDER BY published_at DESC, figure_id LIMIT 1",
        [*params, history],
    ).fetchone()
    alerts = con.execute(
        """
        SELECT al.id, al.new_value, al.new_qualifier, h.published_at,
               list_value(h.outlet) || coalesce(
                   (SELECT list(c.outlet) FROM corroborations c WHERE c.alert_id = al.id), [])
        FROM alerts al JOIN figure_history h ON h.figure_id = al.figure_id
        WHERE al.watch = $1 AND al."by" = $2 AND al.force = $3 AND al.status = $4
          AND al.kind <> 'correction'
        ORDER BY h.published_at DESC, al.id DESC
        """,
        params,
    ).fetchall()
    return _Series(
        (current[0], Reported(*current[1:])) if current else None,
        [SeriesAlert(a[0], a[1], a[2], a[3], frozenset(a[4])) for a in alerts],
        _load_conflict(con, key),
    )


def _load_conflict(
    con: Connection, key: SeriesKey
) -> tuple[int, list[tuple[int, Reported]]] | None:
    row = con.execute(
        'SELECT id FROM conflicts WHERE watch = $1 AND "by" = $2 AND force = $3 AND status = $4'
        " AND settled_at IS NULL ORDER BY id DESC LIMIT 1",
        [WATCH, *key],
    ).fetchone()
    if row is None:
        return None
    sides = con.execute(
        "SELECT r.figure_id, r.value, r.qualifier, h.published_at, r.outlet, h.article_id"
        " FROM conflict_reports r JOIN figure_history h ON h.figure_id = r.figure_id"
        " WHERE r.conflict_id = $1 ORDER BY h.published_at",
        [row[0]],
    ).fetchall()
    return int(row[0]), [(side[0], Reported(*side[1:])) for side in sides]


def _open_conflict(
    con: Connection, key: SeriesKey, alert_id: int, sides: list[tuple[int, Reported]]
) -> int:
    row = con.execute(
        'INSERT INTO conflicts (watch, "by", force, status, alert_id, opened_at)'
        " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        [WATCH, *key, alert_id, datetime.now(UTC)],
    ).fetchone()
    assert row is not None
    conflict_id = int(row[0])
    for figure_id, side in sides:
        if figure_id:  # a report later in this run joins when its turn comes
            _join_conflict(con, conflict_id, figure_id, side)
    return conflict_id


def _join_conflict(con: Connection, conflict_id: int, figure_id: int, side: Reported) -> None:
    con.execute(
        "INSERT INTO conflict_reports VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        [conflict_id, figure_id, side.outlet, side.value, side.qualifier],
    )


def _settle_conflict(con: Connection, conflict_id: int, figure_id: int) -> None:
    con.execute(
        "UPDATE conflicts SET settled_at = $1, settled_figure_id = $2 WHERE id = $3",
        [datetime.now(UTC), figure_id, conflict_id],
    )


def _sides_json(sides: list[tuple[int, Reported]]) -> str:
    latest: dict[str, Reported] = {}
    for _, side in sorted(sides, key=lambda s: s[1].published):
        latest[side.outlet] = side
    return json.dumps(
        {
            "sides": [
                {"outlet": s.outlet, "value": s.value, "qualifier": s.qualifier}
                for s in latest.values()
            ]
        }
    )


def _corroborate(con: Connection, alert_id: int, figure_id: int, outlet: str) -> int:
    row = con.execute(
        "INSERT INTO corroborations VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1",
        [alert_id, figure_id, outlet, datetime.now(UTC)],
    ).fetchone()
    return 1 if row else 0
