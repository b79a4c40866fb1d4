"""The pure decision at the heart of alerting: does a new figure change its series?

A series is (watch, force, status). Its current value is the figure from the most
recently published article that reported it. Rules, in order:

1. No current value yet: the figure is the series' first report (an alert).
2. Published before the current figure: a late or re-crawled story; stored, never alerted.
3. The same value as the current one: not a change; if another outlet reports it, it
   corroborates the alert that introduced the value.
4. A value the series already had within the repeat window: outlets repeating an older
   figure; it corroborates that earlier alert instead of flip-flopping the desk.
5. Anything else is a change (an alert).

Within one run, a figure that a later-published article of the same run already
contradicts is history by the time troopwatch sees it: it is stored, not alerted.

Approximate figures compare loosely: two values are the same report when they are equal,
or when either is qualified (about, up to, at least) and they differ by at most 2 %.
"about 5,900" or "nearly 6,000" after "5,900" is no change; "about 2,600" after "about 2,200"
is, and so is 1,501 after 1,500 when both are exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

APPROX_TOLERANCE = 0.02


@dataclass(frozen=True)
class Reported:
    """A figure as the change rules see it."""

    value: int
    qualifier: str
    published: datetime
    outlet: str


@dataclass(frozen=True)
class SeriesAlert:
    """An earlier alert of the series, with the outlets that already stand behind it."""

    alert_id: int
    value: int
    qualifier: str
    published: datetime
    outlets: frozenset[str]


@dataclass(frozen=True)
class Decision:
    kind: Literal["first", "change", "corroborate", "none", "stale"]
    alert_id: int | None = None


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
) -> Decision:
    """What a new figure means for its series; `alerts` are the series' alerts, newest first."""
    if current is None:
        return Decision("first")
    if new.published < current.published:
        return Decision("stale")
    if same_report(new.value, new.qualifier, current.value, current.qualifier):
        return _corroboration(new, alerts, since=None) or Decision("none")
    return _corroboration(new, alerts, since=new.published - window) or Decision("change")


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


def superseded(new: Reported, batch: list[Reported]) -> bool:
    """Whether an article published later in the same run reports a different value."""
    return any(
        other.published > new.published
        and not same_report(new.value, new.qualifier, other.value, other.qualifier)
        for other in batch
    )
