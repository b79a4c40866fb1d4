"""The one writer of test configuration files."""

from __future__ import annotations

from pathlib import Path


def write_config(
    folder: Path,
    feeds: list[str],
    notify: list[str] | None = None,
    *,
    lock_timeout: float = 10,
    retries: int = 0,
    retry_waits: tuple[float, ...] = (0,),
    digest: bool = False,
    extra: str = "",
) -> Path:
    """`folder`/troopwatch.toml for loopback feeds; the database tw.duckdb sits beside it.

    `notify` entries are written as given inside `urls = [...]`: quoted URLs are added here,
    and an entry starting with `{` is taken as an inline table (a channel with tags)."""
    urls = ", ".join(u if u.startswith("{") else f'"{u}"' for u in notify or [])
    waits = ", ".join(f"{w:g}" for w in retry_waits)
    text = (
        f'[storage]\ndatabase = "tw.duckdb"\nlock_timeout = {lock_timeout:g}\n\n'
        + "".join(f'[[feeds]]\nurl = "{url}"\n\n' for url in feeds)
        + f"[notify]\nurls = [{urls}]\ndigest = {'true' if digest else 'false'}\n\n"
        + "[fetch]\nallow_private_hosts = true\nextract_workers = 1\n"
        + f"retries = {retries}\nretry_waits = [{waits}]\n\n"
        + extra
    )
    path = folder / "troopwatch.toml"
    path.write_text(text, encoding="utf-8")
    return path
