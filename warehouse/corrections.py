"""The desk's corrections: dismissing, fixing, confirming, setting aside or adding a figure,
or judging a whole story about the border or not, and applying them again whenever the story
is read again (a revision detects its figures afresh)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from extractors.model import Figure
from warehouse import outbox
from warehouse.changes import same_report
from warehouse.db import Connection, WarehouseError
from warehouse.outbox import SeriesKey
from warehouse.records import WATCH, ChannelRef


def reapply(
    con: Connection,
    article_id: int,
    figures: Sequence[tuple[Figure, int]],
    reported_at: datetime,
) -> list[tuple[Figure, int]]:
    """Apply the article's corrections to the figures of its new version (reported at
    `reported_at`), matched by what was detected (value, force, status, by); return the
    figures not dismissed, as corrected. A story the desk found not about the border keeps
    none. A figure the desk added and the detector did not find again is added again while
    the story still has its words. A figure the desk added, fixed or confirmed is one it
    stands behind: no aside, and sure; one it set aside is held as an aside. A story the
    desk found about the border stays relevant."""
    rules = _rules(con, article_id)
    if not rules:
        return list(figures)
    if any(action == "not_relevant" for action, _, _ in rules):
        _off_the_border(con, article_id)
        return []
    if any(action == "relevant" for action, _, _ in rules):
        _on_the_border(con, article_id)
    figures = [*figures, *_added_again(con, article_id, figures, reported_at)]
    kept = []
    for figure, figure_id in figures:
        current: Figure | None = figure
        matched = False
        for action, detected, fix in rules:
            if current is None or _reading(figure) != detected:
                continue
            matched = True
            current = None if action == "dismiss" else _backed(current, fix)
        if matched:
            _store(con, figure_id, figure, current)
        if current is not None:
            kept.append((current, figure_id))
    return kept


def _rules(con: Connection, article_id: int) -> list[tuple[str, tuple[Any, ...], Fix]]:
    """The article's corrections in the order given: each one's action, the figure as
    detected (value, force, status, by) and what the desk made of it."""
    rows = con.execute(
        "SELECT action, detected_value, detected_force, detected_status, detected_by,"
        ' value, force, status, "by", qualifier FROM corrections WHERE article_id = $1'
        " ORDER BY id",
        [article_id],
    ).fetchall()
    rules = []
    for action, *detected, value, force, status, by, qualifier in rows:
        fix = Fix(value, force, status, by, qualifier, aside=action == "aside")
        rules.append((action, tuple(detected), fix))
    return rules


def _added_again(
    con: Connection,
    article_id: int,
    found: Sequence[tuple[Figure, int]],
    reported_at: datetime | None,
) -> list[tuple[Figure, int]]:
    readings = {_reading(figure) for figure, _ in found}
    rows = con.execute(
        'SELECT c.value, c.force, c.status, f.qualifier, f.evidence, c."by", a.text,'
        " a.revision, a.text_source FROM corrections c JOIN figures f ON f.id = c.figure_id"
        " JOIN articles a ON a.id = c.article_id"
        " WHERE c.article_id = $1 AND c.action = 'add' ORDER BY c.id",
        [article_id],
    ).fetchall()
    again = []
    for value, force, status, qualifier, evidence, by, text, revision, source in rows:
        figure = _placed(Missed(value, force, status, by, qualifier, evidence), text or "")
        if figure is not None and _reading(figure) not in readings:
            again.append((figure, _insert(con, article_id, figure, revision, reported_at, source)))
    return again


def _backed(figure: Figure, fix: Fix) -> Figure:
    """The figure as the desk fixed, confirmed, added or set it aside (None leaves a field
    as read)."""
    return replace(
        figure,
        value=fix.value if fix.value is not None else figure.value,
        force=fix.force or figure.force,  # type: ignore[arg-type]
        status=fix.status or figure.status,  # type: ignore[arg-type]
        by=fix.by or figure.by,
        qualifier=fix.qualifier or figure.qualifier,  # type: ignore[arg-type]
        aside=fix.aside,
        confidence=1.0,
    )


def _store(con: Connection, figure_id: int, detected: Figure, now: Figure | None) -> None:
    if now is None:
        con.execute("UPDATE figures SET dismissed = true WHERE id = $1", [figure_id])
    else:
        fixed = (*_reading(now), now.qualifier) != (*_reading(detected), detected.qualifier)
        con.execute(
            'UPDATE figures SET value = $1, force = $2, status = $3, "by" = $4, qualifier = $5,'
            " corrected = $6, confirmed = NOT ($6 OR $7), held = $7, aside = aside OR $7,"
            " set_aside = $7 WHERE id = $8",
            [now.value, now.force, now.status, now.by, now.qualifier, fixed, now.aside, figure_id],
        )


def _reading(figure: Figure) -> tuple[int, str, str, str]:
    return figure.value, figure.force, figure.status, figure.by


@dataclass(frozen=True)
class Missed:
    """A figure the detector did not find, as the desk gives it: `evidence` is the story's
    own words for it."""

    value: int
    force: str
    status: str
    by: str
    qualifier: str
    evidence: str


def _placed(missed: Missed, text: str) -> Figure | None:
    """The missed figure at its words' first place in `text`; None if the text lacks them."""
    start = text.find(missed.evidence)
    if start < 0:
        return None
    return Figure(
        missed.value,
        missed.force,  # type: ignore[arg-type]
        missed.status,  # type: ignore[arg-type]
        missed.qualifier,  # type: ignore[arg-type]
        missed.evidence,
        start,
        start + len(missed.evidence),
        missed.by,
    )


def _version_date(con: Connection, article_id: int, revision: int) -> datetime | None:
    """When a revised story's current version appeared, as its figures are dated: its feed
    entry's date, else when it was read. None for a first version, which is dated by the
    story."""
    row = con.execute(
        "SELECT coalesce(entry_date, seen_at) FROM article_revisions"
        " WHERE article_id = $1 AND revision = $2",
        [article_id, revision],
    ).fetchone()
    return row[0] if row else None


def _insert(
    con: Connection,
    article_id: int,
    figure: Figure,
    revision: int,
    reported_at: datetime | None,
    source: str | None,
) -> int:
    """Store a figure the desk added; the story it is in is relevant."""
    row = con.execute(
        "INSERT INTO figures (article_id, watch, value, force, status, qualifier, evidence,"
        ' start_offset, end_offset, "by", source, revision, reported_at, added, confirmed)'
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, true, true)"
        " RETURNING id",
        [
            article_id,
            WATCH,
            *(figure.value, figure.force, figure.status, figure.qualifier, figure.evidence),
            *(figure.start, figure.end, figure.by, source or "page", revision, reported_at),
        ],
    ).fetchone()
    assert row is not None
    _on_the_border(con, article_id)
    return int(row[0])


@dataclass(frozen=True)
class Current:
    """A series' current figure."""

    figure_id: int
    value: int
    qualifier: str


@dataclass(frozen=True)
class Fix:
    """What the desk corrects; None leaves a field as it is. `aside`: the figure is right,
    but beside the story's news (a part of a total, a caption's): held as an aside."""

    value: int | None = None
    force: str | None = None
    status: str | None = None
    by: str | None = None
    qualifier: str | None = None
    aside: bool = False

    def changes(self) -> dict[str, Any]:
        fields = {
            "value": self.value,
            "force": self.force,
            "status": self.status,
            "by": self.by,
            "qualifier": self.qualifier,
        }
        return {name: value for name, value in fields.items() if value is not None}


@dataclass(frozen=True)
class Corrected:
    """What a correction did: its id, and the correction alerts it queued (one for each
    series whose current value changed)."""

    correction_id: int
    alert_ids: tuple[int, ...]


def current(con: Connection, key: SeriesKey) -> Current | None:
    """The series' current figure: the counted one from the most recently published story,
    the first of it if the story gives several (as `latest_figures`)."""
    row = con.execute(
        "SELECT figure_id, value, qualifier FROM figure_history"
        ' WHERE watch = $1 AND "by" = $2 AND force = $3 AND status = $4 AND counted'
        " ORDER BY published_at DESC, figure_id LIMIT 1",
        [WATCH, *key],
    ).fetchone()
    return Current(*row) if row else None


def correct(
    con: Connection,
    figure_id: int,
    fix: Fix | None,
    reason: str | None,
    who: str,
    channels: Sequence[ChannelRef],
) -> Corrected:
    """Dismiss a figure (`fix` None), correct it, confirm it (a fix that changes nothing:
    the figure is right as read) or set it aside; recompute its series, and queue one
    correction alert for every series whose current value changed (releasing a held figure
    or holding a counted one can)."""
    figure = _figure(con, figure_id)
    article_id, value, force, status, by, qualifier, outlet = figure
    changes = fix.changes() if fix else {}
    was: SeriesKey = (by, force, status)
    now: SeriesKey = (
        changes.get("by", by),
        changes.get("force", force),
        changes.get("status", status),
    )
    keys = list(dict.fromkeys([was, now]))
    before = {key: current(con, key) for key in keys}
    detected = _detected(con, figure_id, (value, force, status, by))
    action = "dismiss" if fix is None else "aside" if fix.aside else "fix" if changes else "confirm"
    if fix is None:
        con.execute("UPDATE figures SET dismissed = true WHERE id = $1", [figure_id])
    elif fix.aside:
        con.execute(
            "UPDATE figures SET held = true, aside = true, set_aside = true, confirmed = false"
            " WHERE id = $1",
            [figure_id],
        )
    else:
        con.execute(
            'UPDATE figures SET value = $1, force = $2, status = $3, "by" = $4, qualifier = $5,'
            " corrected = corrected OR $6, confirmed = NOT (corrected OR $6), held = false,"
            " set_aside = false WHERE id = $7",  # the desk stands behind it
            [
                *(changes.get("value", value), now[1], now[2], now[0]),
                *(changes.get("qualifier", qualifier), bool(changes), figure_id),
            ],
        )
    at = datetime.now(UTC)
    correction_id = _record(con, figure_id, article_id, detected, changes, action, reason, who, at)
    note = {
        "action": action,
        "value": value,
        "qualifier": qualifier,
        "outlet": outlet,
        "reason": reason or "",
        "changes": changes,
    }
    return _alerts(con, correction_id, before, note, channels)


def add(
    con: Connection,
    link: str,
    missed: Missed,
    reason: str | None,
    who: str,
    channels: Sequence[ChannelRef],
) -> Corrected:
    """Add a figure the detector missed to the stored story at `link`; queue a correction
    alert if its series' current value changed."""
    article_id, text, revision, source, outlet = _story(con, link)
    figure = _placed(missed, text or "")
    if figure is None:
        raise WarehouseError(
            f"{link}: the story's text has no {missed.evidence!r}; give --evidence as it is"
            " written there"
        )
    key: SeriesKey = (missed.by, missed.force, missed.status)
    before = {key: current(con, key)}
    reported_at = _version_date(con, article_id, revision)
    figure_id = _insert(con, article_id, figure, revision, reported_at, source)
    reading = (missed.value, missed.force, missed.status, missed.by)
    changes = dict(zip(("value", "force", "status", "by"), reading, strict=True))
    at = datetime.now(UTC)
    correction_id = _record(con, figure_id, article_id, reading, changes, "add", reason, who, at)
    note = {
        "action": "add",
        "value": missed.value,
        "qualifier": missed.qualifier,
        "outlet": outlet,
        "reason": reason or "",
    }
    return _alerts(con, correction_id, before, note, channels)


def dismiss_story(
    con: Connection,
    figure_id: int,
    reason: str | None,
    who: str,
    channels: Sequence[ChannelRef],
) -> Corrected:
    """The figure's story is not about the border: dismiss every figure of it and mark it
    not relevant; queue a correction alert for every series whose current value changed."""
    article_id, value, force, status, by, qualifier, outlet = _figure(con, figure_id)
    detected = _detected(con, figure_id, (value, force, status, by))
    verdict = Verdict(article_id, outlet, reason, who, figure_id, detected, qualifier)
    return _not_about_the_border(con, verdict, channels)


def judge_story(
    con: Connection,
    link: str,
    about_the_border: bool,
    reason: str | None,
    who: str,
    channels: Sequence[ChannelRef],
) -> Corrected:
    """The desk's verdict on the whole stored story at `link`, whatever the detector read.
    About the border, it is relevant (it may have no figure; `add` gives a missed one). Not
    about the border, it is dismissed as by `dismiss_story`."""
    article_id, text, _, _, outlet = _story(con, link)
    if text is None:
        raise WarehouseError(f"{link}: no text of this story was stored; there is nothing to judge")
    verdict = Verdict(article_id, outlet, reason, who)
    if not about_the_border:
        return _not_about_the_border(con, verdict, channels)
    _on_the_border(con, article_id)
    return Corrected(_record_verdict(con, verdict, "relevant"), ())


@dataclass(frozen=True)
class Verdict:
    """The desk's verdict on a story: given on one of its figures (`figure_id`, as
    `detected`), or on the story by its link (no figure)."""

    article_id: int
    outlet: str
    reason: str | None
    who: str
    figure_id: int | None = None
    detected: tuple[Any, ...] = (None, None, None, None)
    qualifier: str | None = None


def _not_about_the_border(
    con: Connection, verdict: Verdict, channels: Sequence[ChannelRef]
) -> Corrected:
    """Dismiss every figure of the story and mark it not relevant; queue a correction alert
    for every series whose current value changed."""
    rows = con.execute(
        'SELECT DISTINCT "by", force, status FROM figures WHERE article_id = $1'
        " AND superseded_at IS NULL AND NOT dismissed",
        [verdict.article_id],
    ).fetchall()
    keys: list[SeriesKey] = [(row[0], row[1], row[2]) for row in rows]
    before = {key: current(con, key) for key in keys}
    _off_the_border(con, verdict.article_id)
    correction_id = _record_verdict(con, verdict, "not_relevant")
    note = {
        "action": "not_relevant",
        "value": verdict.detected[0],
        "qualifier": verdict.qualifier,
        "outlet": verdict.outlet,
        "reason": verdict.reason or "",
    }
    return _alerts(con, correction_id, before, note, channels)


def _record_verdict(con: Connection, verdict: Verdict, action: str) -> int:
    return _record(
        con,
        verdict.figure_id,
        verdict.article_id,
        verdict.detected,
        {},
        action,
        verdict.reason,
        verdict.who,
        datetime.now(UTC),
    )


def _story(con: Connection, link: str) -> tuple[int, str | None, int, str | None, str]:
    """The stored story at `link` (id, text, revision, text source, outlet), unless the desk
    dismissed it as not about the border."""
    row = con.execute(
        "SELECT a.id, a.text, a.revision, a.text_source, a.outlet FROM articles a"
        " WHERE a.url = $1 AND NOT EXISTS (SELECT 1 FROM corrections c"
        " WHERE c.article_id = a.id AND c.action = 'not_relevant')",
        [link],
    ).fetchone()
    if row is not None:
        return row
    if con.execute("SELECT 1 FROM articles WHERE url = $1", [link]).fetchone():
        raise WarehouseError(f"{link}: the desk dismissed this story as not about the border")
    raise WarehouseError(f"{link}: no stored story has this link (see `troopwatch stories`)")


def _on_the_border(con: Connection, article_id: int) -> None:
    con.execute("UPDATE articles SET relevant = true WHERE id = $1", [article_id])


def _off_the_border(con: Connection, article_id: int) -> None:
    """The story is not about the border: not relevant, and none of its figures count."""
    con.execute("UPDATE articles SET relevant = false WHERE id = $1", [article_id])
    con.execute(
        "UPDATE figures SET dismissed = true WHERE article_id = $1 AND superseded_at IS NULL",
        [article_id],
    )


def _alerts(
    con: Connection,
    correction_id: int,
    before: dict[SeriesKey, Current | None],
    note: dict[str, Any],
    channels: Sequence[ChannelRef],
) -> Corrected:
    """One correction alert for every series whose current value moved since `before`."""
    alert_ids = []
    for key, was in before.items():
        after = current(con, key)
        if key[2] == "previous" or not _moved(was, after):
            continue
        alert_ids.append(_alert(con, key, was, after, note, channels))
    if alert_ids:
        con.execute(
            "UPDATE corrections SET alert_id = $1 WHERE id = $2", [alert_ids[0], correction_id]
        )
    return Corrected(correction_id, tuple(alert_ids))


def _figure(con: Connection, figure_id: int) -> tuple[Any, ...]:
    row = con.execute(
        'SELECT f.article_id, f.value, f.force, f.status, f."by", f.qualifier, a.outlet,'
        " f.dismissed, f.superseded_at FROM figures f JOIN articles a ON a.id = f.article_id"
        " WHERE f.id = $1",
        [figure_id],
    ).fetchone()
    if row is None:
        raise WarehouseError(f"figure {figure_id}: no such figure (see `troopwatch figures`)")
    if row[7]:
        raise WarehouseError(f"figure {figure_id}: already dismissed")
    if row[8] is not None:
        raise WarehouseError(
            f"figure {figure_id}: from an earlier version of its story, which was revised;"
            " correct the figure of the current version"
        )
    return tuple(row[:7])


def _moved(before: Current | None, after: Current | None) -> bool:
    """Whether the series' current value changed (not merely which story carries it)."""
    if before is None or after is None:
        return before is not after
    return not same_report(before.value, before.qualifier, after.value, after.qualifier)


def _detected(con: Connection, figure_id: int, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The figure as the detector read it: before any earlier correction of it."""
    row = con.execute(
        "SELECT detected_value, detected_force, detected_status, detected_by FROM corrections"
        " WHERE figure_id = $1 ORDER BY id LIMIT 1",
        [figure_id],
    ).fetchone()
    return tuple(row) if row else values


def _record(
    con: Connection,
    figure_id: int | None,
    article_id: int,
    detected: tuple[Any, ...],
    changes: dict[str, Any],
    action: str,
    reason: str | None,
    who: str,
    at: datetime,
) -> int:
    row = con.execute(
        "INSERT INTO corrections (figure_id, article_id, action, detected_value, detected_force,"
        ' detected_status, detected_by, value, force, status, "by", qualifier, reason,'
        " corrected_by, corrected_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        [
            figure_id,
            article_id,
            action,
            *detected,
            changes.get("value"),
            changes.get("force"),
            changes.get("status"),
            changes.get("by"),
            changes.get("qualifier"),
            reason,
            who,
            at,
        ],
    ).fetchone()
    assert row is not None
    return int(row[0])


def _alert(
    con: Connection,
    key: SeriesKey,
    before: Current | None,
    after: Current | None,
    note: dict[str, Any],
    channels: Sequence[ChannelRef],
) -> int:
    row = outbox.AlertRow(
        key,
        "correction",
        None,
        after.value if after else None,
        after.qualifier if after else None,
        (before.figure_id, before.value, before.qualifier) if before else None,
        current_figure_id=after.figure_id if after else None,
    )
    return outbox.raise_alert(con, None, row, channels, json.dumps({"correction": note}))
