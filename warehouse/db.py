"""Connections to the DuckDB file: short-lived, lock-aware, migrated at start-up."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from extractors.errors import TroopwatchError

Connection = duckdb.DuckDBPyConnection
_LOCK_MESSAGE = "Could not set lock"
_FIRST_WAIT = 0.05
_LONGEST_WAIT = 2.0
# No extension is ever downloaded: every call stays on this machine.
_OFFLINE: dict[str, str | bool | int | float | list[str]] = {"autoinstall_known_extensions": False}
_log = logging.getLogger(__name__)


class WarehouseError(TroopwatchError):
    """The database cannot be opened or written."""


class WarehouseLocked(WarehouseError):
    """Another process held the database for longer than the configured wait."""


@contextmanager
def writing(path: Path, lock_timeout: float) -> Iterator[Connection]:
    """One transaction on a read-write connection that is closed (lock released) at exit."""
    con = _connect(path, read_only=False, lock_timeout=lock_timeout)
    try:
        con.execute("BEGIN TRANSACTION")
        yield con
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()


@contextmanager
def reading(path: Path, lock_timeout: float) -> Iterator[Connection]:
    """A read-only connection; it cannot change the database whatever SQL it runs."""
    if not path.exists():
        raise WarehouseError(f"{path}: no database yet (run `troopwatch run` first)")
    con = _connect(path, read_only=True, lock_timeout=lock_timeout)
    try:
        yield con
    finally:
        con.close()


def _connect(path: Path, *, read_only: bool, lock_timeout: float) -> Connection:
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"{path}: cannot create its folder: {exc}") from exc
    deadline = time.monotonic() + lock_timeout
    wait = _FIRST_WAIT
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=_OFFLINE)
        except duckdb.IOException as exc:
            if _LOCK_MESSAGE not in str(exc):
                raise WarehouseError(f"{path}: cannot open: {exc}") from exc
            if time.monotonic() + wait > deadline:
                outcome = "nothing was read" if read_only else "nothing was written"
                raise WarehouseLocked(
                    f"{path}: locked by another process{_holder(str(exc))} "
                    f"for more than {lock_timeout:g} s; {outcome}"
                ) from exc
            if wait == _FIRST_WAIT:  # say once why this connection is waiting
                _log.warning(
                    "waiting for %s: locked by another process%s; retrying for up to %g s",
                    path,
                    _holder(str(exc)),
                    lock_timeout,
                )
        except duckdb.Error as exc:
            raise WarehouseError(f"{path}: cannot open: {exc}") from exc
        time.sleep(wait)
        wait = min(wait * 2, _LONGEST_WAIT)


def _holder(message: str) -> str:
    match = re.search(r"\(PID (\d+)\)", message)
    return f" (PID {match.group(1)})" if match else ""


def migrate(path: Path, lock_timeout: float) -> list[str]:
    """Apply the numbered migrations the database has not seen yet; return their names.

    A migration may have a Python step (warehouse/upgrades.py) that runs after its SQL, in
    the same transaction.
    """
    from warehouse.upgrades import STEPS  # it imports this module

    with writing(path, lock_timeout) as con:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
        )
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in _migrations():
            if version in done:
                continue
            con.execute(sql)
            if version in STEPS:
                STEPS[version](con)
            con.execute(
                "INSERT INTO schema_migrations VALUES ($1, $2, $3)",
                [version, name, datetime.now(UTC)],
            )
            applied.append(name)
    return applied


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("warehouse") / "migrations"
    found = []
    for item in folder.iterdir():
        match = re.fullmatch(r"(\d+)_\w+\.sql", item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


@contextmanager
def exclusive(path: Path, lock_timeout: float) -> Iterator[Connection]:
    """A read-write connection outside any transaction (CHECKPOINT needs one), closed at exit."""
    con = _connect(path, read_only=False, lock_timeout=lock_timeout)
    try:
        yield con
    finally:
        con.close()
