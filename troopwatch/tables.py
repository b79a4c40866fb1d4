"""Terminal tables for the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.table import Column, Table

PIPED_WIDTH = 200  # tables written to a file or a pipe are not squeezed to 80 columns


def console() -> Console:
    """A console on the current sys.stdout."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else PIPED_WIDTH)


def show(columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> None:
    # A cell too long for its column folds onto more lines: a link is never cut short.
    table = Table(*(Column(name, overflow="fold") for name in columns), title=title)
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
    console().print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)
