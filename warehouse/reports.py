"""Read-only queries behind the CLI's listings."""

from __future__ import annotations

from typing import Any

from warehouse.db import Connection

Rows = tuple[list[str], list[tuple[Any, ...]]]


def query(con: Connection, sql: str) -> Rows:
    """Any analyst query; the connection is read-only, so it cannot change the database."""
    cursor = con.execute(sql)
    if cursor.description is None:
        return [], []
    return [column[0] for column in cursor.description], cursor.fetchall()


def feed_health(con: Connection) -> Rows:
    return query(
        con,
        "SELECT coalesce(name, title, url) AS feed, url, last_polled_at AS last_poll,"
        " last_status AS status, consecutive_failures AS failures, last_error"
        " FROM feeds ORDER BY feed",
    )


def alert_list(con: Connection) -> Rows:
    return query(
        con,
        """
        SELECT al.id, CASE WHEN bool_and(d.state = 'sent') THEN 'sent'
                           WHEN count(d.state) = 0 THEN 'no channel' ELSE 'pending' END AS status,
               al."by" || ' ' || al.force || ' ' || al.status AS series, al.kind,
               CASE al.kind WHEN 'first' THEN 'first: '
                            ELSE coalesce(format('{:,}', al.old_value), '') || ' → ' END
                   || coalesce(format('{:,}', al.new_value), 'none') AS change,
               h.outlet, h.published_at AS published, max(d.sent_at) AS sent_at,
               max(d.attempts) AS attempts, any_value(d.last_error) AS last_error
        FROM alerts al LEFT JOIN figure_history h ON h.figure_id = al.figure_id
        LEFT JOIN deliveries d ON d.alert_id = al.id
        GROUP BY ALL ORDER BY al.id
        """,
    )


def series_history(con: Connection) -> Rows:
    return query(
        con,
        """
        SELECT h.watch, h."by", h.force, h.status, h.published_at AS published, h.qualifier,
               h.value,
               h.outlet, CASE WHEN al.id IS NOT NULL THEN al.kind
                              WHEN c.alert_id IS NOT NULL THEN 'corroborates #' || c.alert_id
                              ELSE '' END AS effect
        FROM figure_history h
        LEFT JOIN alerts al ON al.figure_id = h.figure_id
        LEFT JOIN corroborations c ON c.figure_id = h.figure_id
        ORDER BY h.watch, h."by", h.force, h.status, h.published_at, h.figure_id
        """,
    )
