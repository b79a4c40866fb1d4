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
    langs: list[tuple[int, str]] = []
    deployers: list[tuple[int, int, str, str, str]] = []
    for article_id, text, title, published in rows:
        detection = detect(text, title, published.date() if published else None)
        langs.append((article_id, detection.lang))
        first = {(f.value, f.force, f.status): f.by for f in reversed(detection.figures)}
        deployers += [(article_id, *key, by) for key, by in first.items()]
    # A stored figure takes the deployer of the first detected figure with its (value,
    # force, status). Two set-based updates: one UPDATE per row would scan the tables once per row.
    con.execute(
        "UPDATE articles SET lang = l.lang FROM (SELECT unnest($1) AS id, unnest($2) AS lang) l"
        " WHERE articles.id = l.id",
        [[a for a, _ in langs], [lang for _, lang in langs]],
    )
    con.execute(
        'UPDATE figures SET "by" = d."by" FROM (SELECT unnest($1) AS article_id,'
        ' unnest($2) AS value, unnest($3) AS force, unnest($4) AS status, unnest($5) AS "by") d'
        " WHERE figures.article_id = d.article_id AND figures.value = d.value"
        " AND figures.force = d.force AND figures.status = d.status",
        [list(column) for column in zip(*deployers, strict=True)] if deployers else [[]] * 5,
    )
    con.execute('UPDATE alerts SET "by" = f."by" FROM figures f WHERE f.id = alerts.figure_id')


STEPS: dict[int, Callable[[Connection], None]] = {3: fill_deployers}
