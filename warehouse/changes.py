"""The pure decision at the heart of alerting: what does a new figure mean for its series?

A series is (watch, by, force, status): who deploys (a state's own mission, the federal
government, Mexico) is part of it, so two honest reports of different missions never look
like a change. Its current value is the figure from the most recently published story that
reported it. Rules, in order:

1. Published before the current figure: a late or re-crawled story; stored, never alerted.
2. The series has an open conflict: a report that agrees with one side, from an outlet not
   yet in the conflict, settles it (an alert); a new value within the conflict window joins
   the conflict silently; a value after the window moves on (a change).
3. No current value yet: the series' first report (an alert), or a conflict if other
   outlets report other values within the conflict window in the same run.
4. The same value as the current one: not a change; if another outlet reports it, it
   corroborates the alert that introduced the value.
5. The same story, revised to a new value: a revision (an alert).
6. A value the series already had within the repeat window: outlets repeating an older
   figure; it corroborates that earlier alert instead of flip-flopping the desk.
7. Other outlets reported other values within the conflict window (default 48 h): a
   conflict, one alert naming each outlet and value.
8. Anything else is a change (an alert).

Within one run, a figure that a later-published article of the same run already
contradicts (the same outlet, or any outlet beyond the conflict window) is history by the
time troopwatch sees it: it is stored, not alerted.

Approximate figures compare loosely: two values are the same report when they are equal,
or when either is qualified (about, up to, at least) and they differ by at most 2 %.
"about 5,900" or "nearly 6,000" after "5,900" is no change; "about 2,600" after "about 2,200"
is, and so is 1,501 after 1,500 when both are exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

APPROX_TOLERANCE = 0.02
CONFLICT_WINDOW = timedelta(hours=48)
# Below this confidence in its status a figure is held: stored, never alerted. None is, unless
# the desk sets a bar: on real news the model's doubt did not single out the wrong alerts
# (docs/accuracy.md, "Holding unsure figures").
MIN_CONFIDENCE = 0.0


@dataclass(frozen=True)
class Rules:
    """How long a value stays news, how close in time two reports contradict, and how sure
    the detector must be of a figure's status for it to alert."""

    repeat_window: timedelta
    conflict_window: timedelta = CONFLICT_WINDOW
    min_confidence: float = MIN_CONFIDENCE


@dataclass(frozen=True)
class Reported:
    """A figure as the change rules see it."""

    value: int
    qualifier: str
    published: datetime
    outlet: str
    article_id: int = 0


@dataclass(frozen=True)
class SeriesAlert:
    """An earlier alert of the series, with the outlets that already stand behind it."""

    alert_id: int
    value: int
    qualifier: str
    published: datetime
    outlets: frozenset[str]


Kind = Literal[
    "first", "change", "revision", "conflict", "join", "settle", "corroborate", "none", "stale"
]


@dataclass(frozen=True)
class Decision:
    kind: Kind
    alert_id: int | None = None
    rivals: tuple[Reported, ...] = ()  # a conflict's other reports


def same_report(a_value: int, a_qualifier: str, b_value: int, b_qualifier: str) -> bool:
    """Whether two figures report the same number, allowing for rounding of qualified ones."""
    if a_value == b_value:
        return True
    if a_qualifier == "exact" and b_qualifier == "exact":
        return False
    return abs(a_value - b_value) <= APPROX_TOLERANCE * max(a_value, b_value)


def decide(
    new: Reported,
    current: Reported | None,
    alerts: list[SeriesAlert],
    window: timedelta,
    *,
    conflict: Sequence[Reported] = (),
    pending: Sequence[Reported] = (),
    conflict_window: timedelta = CONFLICT_WINDOW,
) -> Decision:
    """What a new figure means for its series.

    `alerts` are the series' alerts, newest first; `conflict` the sides of its open
    conflict; `pending` the reports of the same run not decided yet.
    """
    if current is not None and new.published < current.published:
        return Decision("stale")
    if conflict:
        return _within_conflict(new, conflict, conflict_window)
    if current is None:
        rivals = _rivals(new, pending, conflict_window)
        return Decision("conflict", rivals=rivals) if rivals else Decision("first")
    if same_report(new.value, new.qualifier, current.value, current.qualifier):
        return _corroboration(new, alerts, since=None) or Decision("none")
    if current.article_id and current.article_id == new.article_id:
        return Decision("revision")
    repeat = _corroboration(new, alerts, since=new.published - window)
    if repeat:
        return repeat
    rivals = _rivals(new, [current, *pending], conflict_window)
    return Decision("conflict", rivals=rivals) if rivals else Decision("change")


def _rivals(
    new: Reported, others: Sequence[Reported], conflict_window: timedelta
) -> tuple[Reported, ...]:
    """Other outlets' reports of other values close enough in time to contradict `new`."""
    return tuple(
        other
        for other in others
        if other.outlet != new.outlet
        and abs(other.published - new.published) <= conflict_window
        and not same_report(new.value, new.qualifier, other.value, other.qualifier)
    )


def _within_conflict(
    new: Reported, sides: Sequence[Reported], conflict_window: timedelta
) -> Decision:
    outlets = {side.outlet for side in sides}
    for side in sides:
        if same_report(new.value, new.qualifier, side.value, side.qualifier):
            return Decision("join" if new.outlet in outlets else "settle")
    if new.published - max(side.published for side in sides) <= conflict_window:
        return Decision("join")
    return Decision("change")


def _corroboration(
    new: Reported, alerts: list[SeriesAlert], since: datetime | None
) -> Decision | None:
    """The earlier alert whose value `new` repeats, if that value held at some time since `since`.

    An alert's value held from its publication until the next alert's (alerts are newest first).
    """
    held_until: datetime | None = None  # None: still current
    for alert in alerts:
        if since is not None and held_until is not None and held_until < since:
            return None
        if same_report(new.value, new.qualifier, alert.value, alert.qualifier):
            kind: Literal["none", "corroborate"] = (
                "none" if new.outlet in alert.outlets else "corroborate"
            )
            return Decision(kind, alert.alert_id)
        held_until = alert.published
    return None


def superseded(
    new: Reported, batch: list[Reported], conflict_window: timedelta = CONFLICT_WINDOW
) -> bool:
    """Whether a story published later in the same run already reports a different value:
    the same outlet's, or any outlet's beyond the conflict window (closer than that, two
    outlets disagreeing is a conflict, not history)."""
    return any(
        other.published > new.published
        and not same_report(new.value, new.qualifier, other.value, other.qualifier)
        and (other.outlet == new.outlet or other.published - new.published > conflict_window)
        for other in batch
    )
