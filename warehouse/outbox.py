"""The alert outbox: what is due for delivery, and what happened when it was tried."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from extractors.sentences import sentence_around
from warehouse.db import Connection
from warehouse.records import WATCH, AlertView, ChannelRef, CorrectionNote, Delivery, Side

SeriesKey = tuple[str, str, str]  # by, force, status (the watch is WATCH)
OldFigure = tuple[int, int, str]  # figure id, value, qualifier


@dataclass(frozen=True)
class AlertRow:
    """An alert to queue: its series, kind, the figure current after it and the one before."""

    key: SeriesKey
    kind: str
    figure_id: int | None
    value: int | None
    qualifier: str | None
    old: OldFigure | None
    current_figure_id: int | None = None  # a correction's: the figure current after it


FIRST_BACKOFF = timedelta(minutes=1)
LONGEST_BACKOFF = timedelta(hours=6)

_DUE = """
SELECT al.id, al.kind, al.watch, al.force, al.status, al.old_value, al.old_qualifier,
       al.new_value, al.new_qualifier, h.outlet, h.published_at, h.title, h.evidence, h.url,
       coalesce((SELECT list(c.outlet ORDER BY c.created_at) FROM corroborations c
                 WHERE c.alert_id = al.id), []),
       d.channel_key, d.attempts, ar.text, f.start_offset, f.end_offset,
       al."by", f.source, al.detail
FROM deliveries d
JOIN alerts al ON al.id = d.alert_id
LEFT JOIN figure_history h ON h.figure_id = coalesce(al.figure_id, al.current_figure_id)
LEFT JOIN figures f ON f.id = coalesce(al.figure_id, al.current_figure_id)
LEFT JOIN articles ar ON ar.id = f.article_id
WHERE d.state = 'pending' AND ($force OR d.next_attempt_at <= $now)
ORDER BY al.id, d.channel_key
"""


def due(con: Connection, now: datetime, force: bool = False) -> list[Delivery]:
    """Pending deliveries whose backoff has passed (all pending ones when `force`)."""
    rows = con.execute(_DUE, {"now": now, "force": force}).fetchall()
    return [Delivery(_view(row), row[15], row[16]) for row in rows]


def _view(row: tuple[Any, ...]) -> AlertView:
    detail = json.loads(row[22]) if row[22] else {}
    sentence = sentence_around(row[17] or "", row[18], row[19]) if row[18] is not None else None
    return AlertView(
        alert_id=row[0],
        kind=row[1],
        watch=row[2],
        force=row[3],
        status=row[4],
        old_value=row[5],
        old_qualifier=row[6],
        new_value=row[7],
        new_qualifier=row[8],
        outlet=row[9],
        published=row[10],
        title=row[11],
        evidence=row[12],
        url=row[13],
        corroborated_by=tuple(row[14]),
        sentence=sentence or row[12] or "",
        by=row[20],
        source=row[21] or "page",
        sides=tuple(Side(s["outlet"], s["value"], s["qualifier"]) for s in detail.get("sides", [])),
        correction=_correction(detail.get("correction")),
    )


def _correction(data: dict[str, Any] | None) -> CorrectionNote | None:
    if not data:
        return None
    return CorrectionNote(
        action=data["action"],
        value=data["value"],
        qualifier=data["qualifier"],
        outlet=data["outlet"],
        reason=data.get("reason") or "",
        changes=tuple((k, str(v)) for k, v in data.get("changes", {}).items()),
    )


def mark_sent(con: Connection, delivery: Delivery, at: datetime) -> None:
    con.execute(
        "UPDATE deliveries SET state = 'sent', sent_at = $at, attempts = attempts + 1,"
        " last_error = NULL WHERE alert_id = $alert AND channel_key = $channel",
        {"at": at, "alert": delivery.alert.alert_id, "channel": delivery.channel_key},
    )


def mark_failed(con: Connection, delivery: Delivery, at: datetime, error: str) -> None:
    """Keep it pending, with the error and a doubling wait before the next attempt."""
    wait = min(FIRST_BACKOFF * 2 ** min(delivery.attempts, 16), LONGEST_BACKOFF)
    con.execute(
        "UPDATE deliveries SET attempts = attempts + 1, last_error = $error,"
        " next_attempt_at = $next WHERE alert_id = $alert AND channel_key = $channel",
        {
            "error": error,
            "next": at + wait,
            "alert": delivery.alert.alert_id,
            "channel": delivery.channel_key,
        },
    )


def raise_alert(
    con: Connection,
    run_id: int | None,
    alert: AlertRow,
    channels: Sequence[ChannelRef],
    detail: str | None = None,
) -> int:
    """Insert the alert and one pending delivery per channel whose tags it matches."""
    now = datetime.now(UTC)
    by, force, status = alert.key
    row = con.execute(
        'INSERT INTO alerts (watch, "by", force, status, kind, old_figure_id, old_value,'
        " old_qualifier, figure_id, new_value, new_qualifier, created_at, run_id, detail,"
        " current_figure_id)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
        " RETURNING id",
        [
            WATCH,
            by,
            force,
            status,
            alert.kind,
            *(alert.old or (None, None, None)),
            alert.figure_id,
            alert.value,
            alert.qualifier,
            now,
            run_id,
            detail,
            alert.current_figure_id,
        ],
    ).fetchone()
    assert row is not None
    alert_id = int(row[0])
    _queue(con, alert_id, alert.key, channels, now)
    return alert_id


def _queue(
    con: Connection,
    alert_id: int,
    key: SeriesKey,
    channels: Sequence[ChannelRef],
    now: datetime,
) -> int:
    """One pending delivery per channel whose tags the alert matches (none twice)."""
    by, force, status = key
    tags = {
        WATCH,
        by,
        force,
        status,
        f"{WATCH}/{force}/{status}",
        f"{WATCH}/{by}/{force}/{status}",
    }
    queued = 0
    for channel in channels:
        if not channel.tags or tags & set(channel.tags):
            inserted = con.execute(
                "INSERT INTO deliveries (alert_id, channel_key, channel, next_attempt_at)"
                " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1",
                [alert_id, channel.key, channel.label, now],
            ).fetchall()
            queued += len(inserted)
    return queued


def orphan(con: Connection, configured: Sequence[str]) -> list[tuple[str, int]]:
    """Mark pending deliveries whose channel is not among `configured` (channel keys) as
    orphaned, and revive orphaned ones whose channel is back; (masked channel, count)
    for each channel newly orphaned."""
    keys = list(configured)
    con.execute(
        "UPDATE deliveries SET state = 'pending', last_error = NULL"
        " WHERE state = 'orphaned' AND list_contains($1, channel_key)",
        [keys],
    )
    rows = con.execute(
        "UPDATE deliveries SET state = 'orphaned', last_error = 'channel no longer configured'"
        " WHERE state = 'pending' AND NOT list_contains($1, channel_key) RETURNING channel",
        [keys],
    ).fetchall()
    counts: dict[str, int] = {}
    for (channel,) in rows:
        counts[channel] = counts.get(channel, 0) + 1
    return sorted(counts.items())


def reroute(con: Connection, channels: Sequence[ChannelRef]) -> int:
    """Hand every orphaned delivery to the channels configured now whose tags its alert
    matches; the old rows become 'rerouted'. Returns the deliveries queued."""
    now = datetime.now(UTC)
    orphaned = con.execute(
        'SELECT DISTINCT al.id, al."by", al.force, al.status FROM deliveries d'
        " JOIN alerts al ON al.id = d.alert_id WHERE d.state = 'orphaned' ORDER BY al.id"
    ).fetchall()
    queued = sum(
        _queue(con, alert_id, (by, force, status), channels, now)
        for alert_id, by, force, status in orphaned
    )
    con.execute(
        "UPDATE deliveries SET state = 'rerouted', last_error = NULL WHERE state = 'orphaned'"
    )
    return queued
