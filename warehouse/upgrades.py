"""Migration steps that need Python as well as SQL: they run right after their numbered
SQL file, in the same transaction.

Filling `figures.by` needs the detector: the deployer is read from the article's sentences,
which SQL cannot do. The detector is pure (text in, figures out), so calling it here keeps
the warehouse free of network and Prefect, and an old database is complete the moment
`migrate` returns, whichever command opened it first.
"""

from __future__ import annotations

from collections.abc import Callable

from extractors.detect import detect
from warehouse.db import Connection


def fill_deployers(con: Connection) -> None:
    """Re-read every relevant article; give each stored figure the deployer the detector
    reads for the same (value, force, status), and each article its language."""
    rows = con.execute(
        "SELECT id, text, title, published_at FROM articles WHERE text IS NOT NULL AND relevant"
    ).fetchall()
    for article_id, text, title, published in rows:
        detection = detect(text, title, published.date() if published else None)
        con.execute("UPDATE articles SET lang = $1 WHERE id = $2", [detection.lang, article_id])
        for figure in detection.figures:
            con.execute(
                'UPDATE figures SET "by" = $1 WHERE article_id = $2 AND value = $3'
                " AND force = $4 AND status = $5",
                [figure.by, article_id, figure.value, figure.force, figure.status],
            )
    con.execute('UPDATE alerts SET "by" = f."by" FROM figures f WHERE f.id = alerts.figure_id')


STEPS: dict[int, Callable[[Connection], None]] = {3: fill_deployers}
