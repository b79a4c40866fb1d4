"""The analyst copy: a snapshot of the pipeline's database that analysts open instead.

DuckDB lets no other process open a file while one holds it, even read-only, so analysts
never open the pipeline's own file. After each run the pipeline writes a fresh copy beside
the old one and renames it over the analysts' file: a process holding the old copy keeps
reading it undisturbed, a new connection opens the new one, and the run waits for nobody.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from warehouse.db import WarehouseError, exclusive, reading

PARQUET_VIEWS_AND_TABLES = """
SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main'
UNION ALL
SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'
ORDER BY 1
"""


def publish(database: Path, target: Path, lock_timeout: float) -> Path:
    """Checkpoint `database` (everything in the one file), copy it beside `target`, and
    rename the copy over `target` in one step."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with exclusive(database, lock_timeout) as con:
            con.execute("CHECKPOINT")
            # Copied while this connection holds the file, so no other writer can start.
            shutil.copyfile(database, temporary)
        os.replace(temporary, target)
    except OSError as exc:
        raise WarehouseError(f"{target}: analyst copy not written: {exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target


def export_parquet(copy: Path, folder: Path, lock_timeout: float) -> list[Path]:
    """Every table and view of `copy` as `folder`/NAME.parquet; the files written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"{folder}: cannot create the folder: {exc}") from exc
    written = []
    with reading(copy, lock_timeout) as con:
        names = [row[0] for row in con.execute(PARQUET_VIEWS_AND_TABLES).fetchall()]
        for name in names:
            target = folder / f"{name}.parquet"
            quoted = str(target).replace("'", "''")
            # Names come from DuckDB's own catalogue; COPY takes no parameter for its file.
            con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{quoted}' (FORMAT parquet)")  # noqa: S608
            written.append(target)
    return written
