"""Read-only queries behind the CLI's listings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractors.sentences import sentence_around
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
        SELECT al.id, CASE WHEN count(d.state) = 0 THEN 'no channel'
                           WHEN bool_and(d.state IN ('sent', 'rerouted')) THEN 'sent'
                           WHEN bool_or(d.state = 'orphaned') THEN 'channel no longer configured'
                           ELSE 'pending' END AS status,
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


@dataclass(frozen=True)
class RaisedAlert:
    """An alert with the story that raised it: its link, series and new value."""

    alert_id: int
    kind: str
    url: str
    by: str
    force: str
    status: str
    value: int
    qualifier: str


def raised_alerts(con: Connection) -> list[RaisedAlert]:
    """Every alert a figure raised (corrections by the desk left out), oldest first."""
    rows = con.execute(
        'SELECT al.id, al.kind, h.url, al."by", al.force, al.status, al.new_value,'
        " al.new_qualifier FROM alerts al JOIN figure_history h ON h.figure_id = al.figure_id"
        " WHERE al.kind <> 'correction' ORDER BY al.id"
    ).fetchall()
    return [RaisedAlert(*row) for row in rows]


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


def figure_list(con: Connection, limit: int, least_sure: bool = False) -> Rows:
    """The most recent figures (or the least sure first of those the desk has not checked
    yet) with their ids and the sentence that reports each, for the desk to check."""
    first = "h.confidence ASC NULLS LAST, " if least_sure else ""
    unchecked = (
        "WHERE NOT (f.dismissed OR f.corrected OR f.confirmed OR f.set_aside)"
        " AND f.superseded_at IS NULL"
        if least_sure
        else ""
    )
    columns, rows = query(
        con,
        f"""
        SELECT h.figure_id AS id, h."by" || ' ' || h.force || ' ' || h.status AS series,
               h.qualifier, h.value, round(h.confidence, 2) AS sure,
               h.status_step AS "status read by", h.outlet,
               h.published_at AS published,
               CASE WHEN f.dismissed THEN 'dismissed'
                    WHEN f.superseded_at IS NOT NULL THEN 'revised'
                    WHEN f.corrected THEN 'corrected'
                    WHEN f.added THEN 'added'
                    WHEN f.confirmed THEN 'confirmed'
                    WHEN f.set_aside THEN 'set aside'
                    WHEN f.held AND f.aside THEN 'held (aside)'
                    WHEN f.held THEN 'held (unsure)' ELSE '' END AS desk,
               h.evidence AS sentence, ar.text, f.start_offset, f.end_offset
        FROM figure_history h JOIN figures f ON f.id = h.figure_id
        JOIN articles ar ON ar.id = h.article_id
        {unchecked}
        ORDER BY {first}h.published_at DESC, h.figure_id DESC LIMIT {int(limit)}
        """,  # noqa: S608  an int and fixed clauses
    )
    return columns[:-3], [
        (*row[:-4], sentence_around(row[-3] or "", row[-2], row[-1]) or row[-4]) for row in rows
    ]


def story_list(con: Connection, limit: int, not_relevant: bool = False) -> Rows:
    """The most recent stories read, with how many figures of each count and the desk's
    verdict, for the desk to judge by link. Or only those read as not about the border,
    the closest calls first: where a story the detector missed hides."""
    only = "AND NOT a.relevant" if not_relevant else ""
    order = "a.relevance_score DESC NULLS LAST, " if not_relevant else ""
    return query(
        con,
        f"""
        WITH counted AS (
            SELECT article_id, count(*) AS figures FROM figures
            WHERE superseded_at IS NULL AND NOT dismissed AND NOT held GROUP BY article_id
        ), verdicts AS (
            SELECT article_id,
                   CASE WHEN bool_or(action = 'not_relevant') THEN 'judged not about it'
                        WHEN bool_or(action = 'relevant') THEN 'judged about it'
                        ELSE 'figures checked' END AS desk
            FROM corrections GROUP BY article_id
        )
        SELECT coalesce(a.published_at, a.fetched_at) AS published, a.outlet, a.lang,
               CASE WHEN a.relevant THEN 'yes' ELSE 'no' END AS "about the border",
               round(a.relevance_score, 2) AS score, coalesce(n.figures, 0) AS figures,
               coalesce(v.desk, '') AS desk, a.title, a.url AS link
        FROM articles a LEFT JOIN counted n ON n.article_id = a.id
        LEFT JOIN verdicts v ON v.article_id = a.id
        WHERE a.text IS NOT NULL {only}
        ORDER BY {order}published DESC, a.id DESC LIMIT {int(limit)}
        """,  # noqa: S608  an int and fixed clauses
    )


def open_conflicts(con: Connection) -> Rows:
    """Series whose outlets disagree and no later report settled it yet."""
    return query(
        con,
        """
        SELECT c.id AS conflict, c."by" || ' ' || c.force || ' ' || c.status AS series,
               c.opened_at AS opened,
               string_agg(r.outlet || ': ' || format('{:,}', r.value), '; '
                          ORDER BY r.figure_id) AS reports
        FROM conflicts c JOIN conflict_reports r ON r.conflict_id = c.id
        WHERE c.settled_at IS NULL
        GROUP BY ALL ORDER BY c.id
        """,
    )


def label_records(con: Connection) -> list[dict[str, Any]]:
    """Every article the desk checked (dismissed, corrected, confirmed or added a figure of, or
    found not about the border), as LABELING.md records: its current text, its relevance and
    the figures that count after the corrections; an aside the desk left held is optional."""
    articles = con.execute(
        """
        SELECT a.id, a.url, a.published_at, a.title, a.text, a.relevant, a.lang,
               string_agg(c.action || coalesce(' #' || c.figure_id, '')
                          || coalesce(': ' || c.reason, ''), '; ' ORDER BY c.id)
        FROM articles a JOIN corrections c ON c.article_id = a.id
        WHERE a.text IS NOT NULL GROUP BY ALL ORDER BY a.id
        """
    ).fetchall()
    records = []
    for article_id, url, published, title, text, relevant, lang, note in articles:
        figures = con.execute(
            'SELECT value, force, status, qualifier, evidence, "by", aside AND held FROM figures'
            " WHERE article_id = $1 AND superseded_at IS NULL AND NOT dismissed ORDER BY id",
            [article_id],
        ).fetchall()
        records.append(
            {
                "id": f"troopwatch-{article_id}",
                "url": url,
                "published": published.date().isoformat() if published else None,
                "title": title,
                "text": text,
                "relevant": bool(relevant),
                "figures": [
                    {
                        "value": value,
                        "force": force,
                        "status": status,
                        "qualifier": qualifier,
                        "evidence": evidence,
                        "optional": optional,
                        "by": by,
                    }
                    for value, force, status, qualifier, evidence, by, optional in figures
                ],
                "lang": lang or "en",
                "note": f"checked by the desk: {note}",
            }
        )
    return records
