"""What the timeline report shows: each series' figures and alerts, and what the report covers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from extractors.sentences import sentence_around
from warehouse.db import Connection


@dataclass(frozen=True)
class SeriesKey:
    """A series: what is watched, who sends the people, which force, in which status."""

    watch: str
    force: str
    status: str
    by: str | None = None


@dataclass(frozen=True)
class TimelineFigure:
    """One reported figure with its source, and what it did to its series."""

    figure_id: int
    value: int
    qualifier: str
    outlet: str
    published: datetime
    headline: str | None
    evidence: str
    url: str
    effect: str  # first or change (it raised an alert), corroborates (an alert's value), or ""
    alert_id: int | None
    old_value: int | None = None
    old_qualifier: str | None = None
    sentence: str = ""  # the whole sentence around the evidence, when the text has it

    @property
    def context(self) -> str:
        return self.sentence or self.evidence


@dataclass(frozen=True)
class Step:
    """The series' value as the desk was alerted to it, from `since` until the next step."""

    since: datetime
    value: int
    qualifier: str
    alert_id: int


@dataclass(frozen=True)
class SeriesTimeline:
    key: SeriesKey
    figures: tuple[TimelineFigure, ...]  # newest first
    steps: tuple[Step, ...]  # oldest first

    @property
    def latest(self) -> datetime:
        return self.figures[0].published


@dataclass(frozen=True)
class FeedHealth:
    name: str
    url: str
    status: str | None  # None: never polled
    error: str | None
    failures: int
    last_polled: datetime | None

    @property
    def failing(self) -> bool:
        return self.status in ("failed", "gone")


@dataclass(frozen=True)
class Coverage:
    """What the report covers: the feeds, the articles and the span of their dates."""

    feeds: tuple[FeedHealth, ...]
    articles: int
    relevant_articles: int
    first_published: datetime | None
    last_published: datetime | None


_FIGURES = """
SELECT h.watch, h.force, h.status, h.figure_id, h.value, h.qualifier,
       coalesce(h.outlet, '') AS outlet, h.published_at, h.title, h.evidence, h.url,
       CASE WHEN al.id IS NOT NULL THEN al.kind
            WHEN c.alert_id IS NOT NULL THEN 'corroborates' ELSE '' END AS effect,
       coalesce(al.id, c.alert_id) AS alert_id, al.old_value, al.old_qualifier,
       ar.text, f.start_offset, f.end_offset
FROM figure_history h
JOIN figures f ON f.id = h.figure_id
JOIN articles ar ON ar.id = h.article_id
LEFT JOIN alerts al ON al.figure_id = h.figure_id
LEFT JOIN (SELECT figure_id, min(alert_id) AS alert_id FROM corroborations GROUP BY figure_id) c
       ON c.figure_id = h.figure_id
ORDER BY h.published_at DESC, h.figure_id DESC
"""

_STEPS = """
SELECT al.watch, al.force, al.status, h.published_at, al.new_value, al.new_qualifier, al.id
FROM alerts al JOIN figure_history h ON h.figure_id = al.figure_id
ORDER BY h.published_at, al.id
"""


def series_timelines(con: Connection) -> list[SeriesTimeline]:
    """Every series with its figures, newest activity first."""
    figures: dict[SeriesKey, list[TimelineFigure]] = {}
    for row in con.execute(_FIGURES).fetchall():
        figures.setdefault(SeriesKey(*row[:3]), []).append(_figure(row[3:]))
    steps: dict[SeriesKey, list[Step]] = {}
    for row in con.execute(_STEPS).fetchall():
        steps.setdefault(SeriesKey(*row[:3]), []).append(Step(*row[3:]))
    timelines = [
        SeriesTimeline(key, tuple(items), tuple(steps.get(key, [])))
        for key, items in figures.items()
    ]
    return sorted(timelines, key=lambda t: (t.latest, t.figures[0].figure_id), reverse=True)


def _figure(row: tuple[Any, ...]) -> TimelineFigure:
    *fields, text, start, end = row
    figure = TimelineFigure(*fields)
    sentence = sentence_around(text or "", start, end)
    return replace(figure, sentence=sentence) if sentence else figure


def coverage(con: Connection) -> Coverage:
    feeds = con.execute(
        "SELECT coalesce(name, title, url), url, last_status, last_error,"
        " consecutive_failures, last_polled_at FROM feeds ORDER BY 1"
    ).fetchall()
    counts = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE relevant),"
        " min(coalesce(published_at, fetched_at)), max(coalesce(published_at, fetched_at))"
        " FROM articles"
    ).fetchone()
    assert counts is not None
    return Coverage(tuple(FeedHealth(*row) for row in feeds), *counts)
