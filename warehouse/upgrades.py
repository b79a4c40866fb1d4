"""Migration steps that need Python as well as SQL: they run right after their numbered
SQL file, in the same transaction.

Filling `figures.by` and the steps that read a figure (`status_step`, `force_step`,
`by_step`) needs the detector: they are read from the article's sentences, which SQL cannot
do. The detector is pure (text in, figures out), so calling it here keeps the warehouse free
of network and Prefect, and an old database is complete the moment `migrate` returns,
whichever command opened it first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from extractors.detect import detect
from extractors.model import Figure
from warehouse.db import Connection

Reread = tuple[int, str, tuple[Figure, ...]]  # an article's id, language and figures


def read_again(con: Connection) -> Iterator[Reread]:
    """Every relevant stored article read again by today's detector."""
    rows = con.execute(
        "SELECT id, text, title, published_at FROM articles WHERE text IS NOT NULL AND relevant"
    ).fetchall()
    for article_id, text, title, published in rows:
        detection = detect(text, title, published.date() if published else None)
        yield article_id, detection.lang, detection.figures


def fill_deployers(con: Connection) -> None:
    """Re-read every relevant article; give each stored figure the deployer the detector
    reads for the same (value, force, status), and each article its language."""
    langs: list[tuple[int, str]] = []
    deployers: list[tuple[int, int, str, str, str]] = []
    for article_id, lang, figures in read_again(con):
        langs.append((article_id, lang))
        first = {(f.value, f.force, f.status): f.by for f in reversed(figures)}
        deployers += [(article_id, *key, by) for key, by in first.items()]
    # A stored figure takes the deployer of the first detected figure with its (value,
    # force, status). Two set-based updates: one UPDATE per row would scan the tables once per row.
    con.execute(
        "UPDATE articles SET lang = l.lang FROM (SELECT unnest($1) AS id, unnest($2) AS lang) l"
        " WHERE articles.id = l.id",
        [[a for a, _ in langs], [lang for _, lang in langs]],
    )
    _fill_figures(con, ('"by"',), deployers)
    con.execute('UPDATE alerts SET "by" = f."by" FROM figures f WHERE f.id = alerts.figure_id')


STEP_COLUMNS = ("status_step", "force_step", "by_step")


def fill_steps(con: Connection) -> None:
    """Give each stored figure the steps that decide the status, force and deployer of the
    first detected figure with its (value, force, status) when its article is read again."""
    rows: list[tuple[Any, ...]] = []
    for article_id, _, figures in read_again(con):
        first = {
            (f.value, f.force, f.status): (f.status_step, f.force_step, f.by_step)
            for f in reversed(figures)
        }
        rows += [(article_id, *key, *steps) for key, steps in first.items()]
    _fill_figures(con, STEP_COLUMNS, rows)


def _fill_figures(con: Connection, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Set `columns` of the figures matching each row's (article, value, force, status) to the
    row's remaining fields, in one set-based update."""
    filled = ", ".join(f"unnest(${n + 5}) AS fill{n}" for n in range(len(columns)))
    assign = ", ".join(f"{column} = d.fill{n}" for n, column in enumerate(columns))
    con.execute(
        f"UPDATE figures SET {assign} FROM (SELECT unnest($1) AS article_id,"  # noqa: S608
        f" unnest($2) AS value, unnest($3) AS force, unnest($4) AS status, {filled}) d"
        " WHERE figures.article_id = d.article_id AND figures.value = d.value"
        " AND figures.force = d.force AND figures.status = d.status",
        [list(values) for values in zip(*rows, strict=True)] if rows else [[]] * (4 + len(columns)),
    )


STEPS: dict[int, Callable[[Connection], None]] = {3: fill_deployers, 10: fill_steps}
