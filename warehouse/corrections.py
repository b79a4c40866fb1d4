"""The desk's corrections: dismissing or fixing a figure, and applying them again whenever
the figure's story is read again (a revision detects its figures afresh)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extractors.model import Figure
from warehouse.db import Connection


def reapply(
    con: Connection, article_id: int, revision: int, figures: Sequence[tuple[Figure, int]]
) -> list[tuple[Figure, int]]:
    """Apply the article's corrections to the figures of its new version, matched by what
    was detected (value, force, status, by); return the figures that still count, as
    corrected."""
    rules = con.execute(
        "SELECT action, detected_value, detected_force, detected_status, detected_by,"
        ' value, force, status, "by" FROM corrections WHERE article_id = $1 ORDER BY id',
        [article_id],
    ).fetchall()
    if not rules:
        return list(figures)
    kept = []
    for figure, figure_id in figures:
        current: Figure | None = figure
        for action, d_value, d_force, d_status, d_by, value, force, status, by in rules:
            if current is None or (figure.value, figure.force, figure.status, figure.by) != (
                d_value,
                d_force,
                d_status,
                d_by,
            ):
                continue
            current = None if action == "dismiss" else _fixed(current, value, force, status, by)
        _store(con, figure_id, figure, current)
        if current is not None:
            kept.append((current, figure_id))
    return kept


def _fixed(
    figure: Figure, value: int | None, force: str | None, status: str | None, by: str | None
) -> Figure:
    return replace(
        figure,
        value=value if value is not None else figure.value,
        force=force or figure.force,  # type: ignore[arg-type]
        status=status or figure.status,  # type: ignore[arg-type]
        by=by or figure.by,
    )


def _store(con: Connection, figure_id: int, detected: Figure, now: Figure | None) -> None:
    if now is None:
        con.execute("UPDATE figures SET dismissed = true WHERE id = $1", [figure_id])
    elif now != detected:
        con.execute(
            'UPDATE figures SET value = $1, force = $2, status = $3, "by" = $4,'
            " corrected = true WHERE id = $5",
            [now.value, now.force, now.status, now.by, figure_id],
        )
