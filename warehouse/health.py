"""Feed health as the monitor reads it."""

from __future__ import annotations

from warehouse.db import Connection


def failure_streaks(con: Connection) -> dict[str, tuple[int, str | None]]:
    """Every feed's failed polls in a row (0 after a success) and its last error."""
    rows = con.execute("SELECT url, consecutive_failures, last_error FROM feeds").fetchall()
    return {url: (int(streak), error) for url, streak, error in rows}
