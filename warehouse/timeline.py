"""What the timeline report shows: each series' figures and alerts, and what the report covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from extractors.sentences import sentence_around
from warehouse.db import Connection
from warehouse.records import Side


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
    # The alert it raised (first, change, revision, conflict, settled), corroborates (it
    # repeats an alert's value), or "" (it changed nothing).
    effect: str
    alert_id: int | None
    old_value: int | None = None
    old_qualifier: str | None = None
    sentence: str = ""  # the whole sentence around the evidence, when the text has it
    counted: bool = True  # False: dismissed, held, or from a replaced version of a story
    dismissed: bool = False
    held: bool = False  # stored held (an aside, or below the desk's bar): it alerted no one
    aside: bool = False  # given beside the story's news: a part, a caption's, a restatement
    replaced: bool = False  # a later version of the same story replaced it
    corrected_from: int | None = None  # the value as detected, when the desk corrected it
    checked: str = ""  # "confirmed", "added" or "set aside": the desk stands behind it so
    disputed: bool = False  # one side of a conflict between outlets
    sides: tuple[Side, ...] = ()  # for the figure that raised a conflict: every side of it
    # The steps that read its status, force and deployer; None for a figure the desk added.
    steps: tuple[str | None, str | None, str | None] = (None, None, None)

    @property
    def context(self) -> str:
        return self.sentence or self.evidence


@dataclass(frozen=True)
class Step:
    """The series' current value from `since` until the next step: the value of the most
    recently published figure that counts (DESIGN's definition, as `latest_figures`)."""

    since: datetime
    value: int
    qualifier: str
    figure_id: int


@dataclass(frozen=True)
class SeriesTimeline:
    key: SeriesKey
    figures: tuple[TimelineFigure, ...]  # newest first
    steps: tuple[Step, ...]  # oldest first; none for `previous` figures, which never count

    @property
    def latest(self) -> datetime:
        return self.figures[0].published

    @property
    def alerts(self) -> int:
        return sum(1 for f in self.figures if f.effect not in ("", "corroborates"))


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
SELECT h.watch, h."by", h.force, h.status, h.figure_id, h.value, h.qualifier,
       coalesce(h.outlet, '') AS outlet, h.published_at, h.title, h.evidence, h.url,
       coalesce(al.kind, CASE WHEN c.alert_id IS NOT NULL THEN 'corroborates' ELSE '' END),
       coalesce(al.id, c.alert_id), al.old_value, al.old_qualifier,
       h.counted, f.dismissed, f.held, f.aside, f.superseded_at IS NOT NULL,
       cr.detected_value,
       CASE WHEN f.added THEN 'added' WHEN f.confirmed THEN 'confirmed'
            WHEN f.set_aside THEN 'set aside' ELSE '' END,
       d.figure_id IS NOT NULL, coalesce(sides.sides, []),
       CASE WHEN f.revision = ar.revision THEN ar.text END, f.start_offset, f.end_offset,
       h.status_step, h.force_step, h.by_step
FROM figure_history h
JOIN figures f ON f.id = h.figure_id
JOIN articles ar ON ar.id = h.article_id
LEFT JOIN (
    SELECT figure_id, min(id) AS id, arg_min(kind, id) AS kind,
           arg_min(old_value, id) AS old_value, arg_min(old_qualifier, id) AS old_qualifier
    FROM alerts WHERE figure_id IS NOT NULL GROUP BY figure_id
) al ON al.figure_id = h.figure_id
LEFT JOIN (SELECT figure_id, min(alert_id) AS alert_id FROM corroborations GROUP BY figure_id) c
       ON c.figure_id = h.figure_id
LEFT JOIN (
    SELECT figure_id, arg_max(detected_value, id) AS detected_value FROM corrections
    WHERE action = 'fix' GROUP BY figure_id
) cr ON cr.figure_id = h.figure_id AND f.corrected
LEFT JOIN (SELECT DISTINCT figure_id FROM conflict_reports) d ON d.figure_id = h.figure_id
LEFT JOIN (
    SELECT k.alert_id, list((r.outlet, r.value, r.qualifier) ORDER BY r.figure_id) AS sides
    FROM conflicts k JOIN conflict_reports r ON r.conflict_id = k.id GROUP BY k.alert_id
) sides ON sides.alert_id = al.id AND al.kind = 'conflict'
ORDER BY h.published_at DESC, h.figure_id DESC
"""


def series_timelines(con: Connection) -> list[SeriesTimeline]:
    """Every series with its figures, newest activity first."""
    figures: dict[SeriesKey, list[TimelineFigure]] = {}
    for row in con.execute(_FIGURES).fetchall():
        watch, by, force, status = row[:4]
        figures.setdefault(SeriesKey(watch, force, status, by), []).append(_figure(row[4:]))
    timelines = [
        SeriesTimeline(key, tuple(items), current_values(key, items))
        for key, items in figures.items()
    ]
    return sorted(timelines, key=lambda t: (t.latest, t.figures[0].figure_id), reverse=True)


def current_values(key: SeriesKey, figures: list[TimelineFigure]) -> tuple[Step, ...]:
    """Where the series' current value changed, oldest first. A story that reports the series
    more than once speaks by its first figure (as `latest_figures`)."""
    if key.status == "previous":
        return ()
    speaking: dict[tuple[datetime, str], TimelineFigure] = {}
    for figure in sorted(figures, key=lambda f: f.figure_id):
        if figure.counted:
            speaking.setdefault((figure.published, figure.url), figure)
    steps: list[Step] = []
    for (published, _), figure in sorted(speaking.items()):
        if not steps or steps[-1].value != figure.value:
            steps.append(Step(published, figure.value, figure.qualifier, figure.figure_id))
    return tuple(steps)


def _figure(row: tuple[Any, ...]) -> TimelineFigure:
    (figure_id, value, qualifier, outlet, published, headline, evidence, url, effect, alert_id,
     old_value, old_qualifier, counted, dismissed, held, aside, replaced, corrected_from,
     checked, disputed, sides, text, start, end, *steps) = row  # fmt: skip
    return TimelineFigure(
        figure_id,
        value,
        qualifier,
        outlet,
        published,
        headline,
        evidence,
        url,
        effect,
        alert_id,
        old_value,
        old_qualifier,
        sentence=sentence_around(text or "", start, end) or "",
        counted=counted,
        dismissed=dismissed,
        held=held,
        aside=aside,
        replaced=replaced,
        corrected_from=corrected_from,
        checked=checked,
        disputed=disputed,
        sides=tuple(Side(*side) for side in sides),
        steps=(steps[0], steps[1], steps[2]),
    )


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
