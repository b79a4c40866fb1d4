"""Read and validate the TOML configuration once; pass the result down explicitly."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from flows.errors import ConfigError
from warehouse.changes import MIN_CONFIDENCE, Rules

DEFAULT_CONFIG = "troopwatch.toml"
NOTIFY_ENV = "TROOPWATCH_NOTIFY_URLS"
CONFIG_ENV = "TROOPWATCH_CONFIG"


@dataclass(frozen=True)
class FeedConfig:
    url: str
    name: str | None = None


@dataclass(frozen=True)
class Channel:
    """An apprise URL (a secret) and the alert tags it takes; no tags means every alert."""

    url: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class FetchConfig:
    allow_private_hosts: bool = False
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    user_agent: str = "troopwatch/0.1 (+https://github.com/troopwatch/troopwatch)"
    extract_workers: int = 2
    retries: int = 2
    # Seconds before the second attempt, and before every later one.
    retry_waits: tuple[float, ...] = (2.0, 10.0)


@dataclass(frozen=True)
class Config:
    path: Path
    database: Path
    lock_timeout: float
    feeds: tuple[FeedConfig, ...]
    channels: tuple[Channel, ...]
    digest: bool
    repeat_window_days: int
    fetch: FetchConfig
    report: Path | None = None  # the HTML report every run rewrites, when set
    conflict_window_hours: float = 48.0
    recheck_hours: tuple[float, ...] = (1.0, 6.0, 24.0, 72.0)
    feed_down_after: int = 8  # failed polls in a row before the desk hears a feed is down
    min_confidence: float = MIN_CONFIDENCE  # below it a figure is stored but held from alerting
    analytics: Path | None = None  # the analyst copy; None: `<database stem>.analytics.duckdb`

    @property
    def rules(self) -> Rules:
        """The change rules alerts follow, as configured (a backfill follows them silently)."""
        return Rules(
            timedelta(days=self.repeat_window_days),
            timedelta(hours=self.conflict_window_hours),
            self.min_confidence,
        )

    @property
    def analyst_copy(self) -> Path:
        """The snapshot analysts open, published after every run."""
        return self.analytics or self.database.with_name(f"{self.database.stem}.analytics.duckdb")


# section -> key -> (accepted types, default); a default of ... marks a required key.
_SCHEMA: dict[str, dict[str, tuple[tuple[type, ...], Any]]] = {
    "storage": {
        "database": ((str,), "data/troopwatch.duckdb"),
        "lock_timeout": ((int, float), 120.0),
        "analytics": ((str,), None),
    },
    "feeds": {"url": ((str,), ...), "name": ((str,), None)},
    "notify": {"urls": ((list,), []), "digest": ((bool,), False)},
    "report": {"path": ((str,), None)},
    "alerts": {
        "repeat_window_days": ((int,), 14),
        "conflict_window_hours": ((int, float), 48.0),
        "recheck_hours": ((list,), [1, 6, 24, 72]),
        "feed_down_after": ((int,), 8),
        "min_confidence": ((int, float), MIN_CONFIDENCE),
    },
    "fetch": {
        "allow_private_hosts": ((bool,), False),
        "timeout": ((int, float), FetchConfig.timeout),
        "max_bytes": ((int,), FetchConfig.max_bytes),
        "user_agent": ((str,), FetchConfig.user_agent),
        "extract_workers": ((int,), FetchConfig.extract_workers),
        "retries": ((int,), FetchConfig.retries),
        "retry_waits": ((list,), list(FetchConfig.retry_waits)),
    },
}


def config_path(explicit: str | None) -> Path:
    """--config, else $TROOPWATCH_CONFIG, else ./troopwatch.toml."""
    return Path(explicit or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


def load_config(path: Path, environ: dict[str, str] | None = None) -> Config:
    """Parse and validate `path`; every problem names the key and the file."""
    env = os.environ if environ is None else environ
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such configuration file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return _build(path, raw, env)


def _build(path: Path, raw: dict[str, Any], env: os._Environ[str] | dict[str, str]) -> Config:
    unknown = sorted(set(raw) - set(_SCHEMA))
    if unknown:
        raise ConfigError(f"{path}: unknown section [{unknown[0]}]")
    storage = _table(path, raw, "storage")
    notify = _table(path, raw, "notify")
    fetch = _table(path, raw, "fetch")
    alerts = _table(path, raw, "alerts")
    report = _table(path, raw, "report")
    database = _beside(path, storage["database"])
    return Config(
        path=path,
        database=database,
        lock_timeout=float(storage["lock_timeout"]),
        feeds=_feeds(path, raw.get("feeds", [])),
        channels=_channels(path, notify["urls"]) + _env_channels(env),
        digest=notify["digest"],
        repeat_window_days=_positive(
            path, "alerts.repeat_window_days", alerts["repeat_window_days"]
        ),
        fetch=FetchConfig(
            allow_private_hosts=fetch["allow_private_hosts"],
            timeout=_positive(path, "fetch.timeout", float(fetch["timeout"])),
            max_bytes=_positive(path, "fetch.max_bytes", fetch["max_bytes"]),
            user_agent=fetch["user_agent"],
            extract_workers=_positive(path, "fetch.extract_workers", fetch["extract_workers"]),
            retries=_at_least_zero(path, "fetch.retries", fetch["retries"]),
            retry_waits=_waits(path, "fetch.retry_waits", fetch["retry_waits"]),
        ),
        report=_beside(path, report["path"]) if report["path"] else None,
        conflict_window_hours=float(
            _positive(path, "alerts.conflict_window_hours", alerts["conflict_window_hours"])
        ),
        recheck_hours=_ages(path, "alerts.recheck_hours", alerts["recheck_hours"]),
        feed_down_after=_positive(path, "alerts.feed_down_after", alerts["feed_down_after"]),
        min_confidence=_share(path, "alerts.min_confidence", alerts["min_confidence"]),
        analytics=_beside(path, storage["analytics"]) if storage["analytics"] else None,
    )


def _beside(config: Path, value: str) -> Path:
    """A path from the config file; a relative one is taken from the file's folder."""
    target = Path(value).expanduser()
    return target if target.is_absolute() else config.parent / target


def _table(path: Path, raw: dict[str, Any], section: str) -> dict[str, Any]:
    value = raw.get(section, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: [{section}] must be a table")
    return _checked(path, section, value)


def _checked(path: Path, section: str, table: dict[str, Any]) -> dict[str, Any]:
    schema = _SCHEMA[section]
    for key in table:
        if key not in schema:
            raise ConfigError(f"{path}: unknown key {section}.{key}")
    result: dict[str, Any] = {}
    for key, (types, default) in schema.items():
        if key not in table:
            if default is ...:
                raise ConfigError(f"{path}: {section}.{key} is required")
            result[key] = default
            continue
        value = table[key]
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            wanted = " or ".join(t.__name__ for t in types)
            raise ConfigError(f"{path}: {section}.{key} must be {wanted}, not {value!r}")
        result[key] = value
    return result


def _positive(path: Path, key: str, value: Any) -> Any:
    if value <= 0:
        raise ConfigError(f"{path}: {key} must be positive, not {value!r}")
    return value


def _share(path: Path, key: str, value: float) -> float:
    if not 0 <= value <= 1:
        raise ConfigError(f"{path}: {key} must be between 0 and 1, not {value!r}")
    return float(value)


def _at_least_zero(path: Path, key: str, value: Any) -> Any:
    if value < 0:
        raise ConfigError(f"{path}: {key} must be 0 or more, not {value!r}")
    return value


def _waits(path: Path, key: str, value: list[Any]) -> tuple[float, ...]:
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    if not value or not numbers or any(v < 0 for v in value):
        raise ConfigError(f"{path}: {key} must be a list of seconds (0 or more), not {value!r}")
    return tuple(float(v) for v in value)


def _ages(path: Path, key: str, value: list[Any]) -> tuple[float, ...]:
    """Growing ages in hours; an empty list turns re-checks off."""
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in value):
        raise ConfigError(f"{path}: {key} must be a list of positive numbers of hours")
    if list(value) != sorted(value):
        raise ConfigError(f"{path}: {key} must grow: {value!r}")
    return tuple(float(v) for v in value)


def _feeds(path: Path, raw: Any) -> tuple[FeedConfig, ...]:
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: feeds must be an array of tables ([[feeds]])")
    feeds = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise ConfigError(f"{path}: feeds[{index}] must be a table")
        table = _checked(path, "feeds", item)
        url = table["url"].strip()
        if not url.lower().startswith(("http://", "https://")):
            raise ConfigError(f"{path}: feeds[{index}].url must be an http or https URL: {url!r}")
        feeds.append(FeedConfig(url=url, name=table["name"]))
    return tuple(feeds)


def _channels(path: Path, urls: list[Any]) -> tuple[Channel, ...]:
    channels = []
    for index, item in enumerate(urls):
        if isinstance(item, str):
            channels.append(Channel(url=item))
        elif (
            isinstance(item, dict)
            and set(item) <= {"url", "tags"}
            and isinstance(item.get("url"), str)
        ):
            tags = item.get("tags", [])
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                raise ConfigError(f"{path}: notify.urls[{index}].tags must be a list of strings")
            channels.append(Channel(url=item["url"], tags=tuple(tags)))
        else:
            raise ConfigError(
                f"{path}: notify.urls[{index}] must be a URL string or a table "
                '{url = "...", tags = [...]}'
            )
    return tuple(channels)


def _env_channels(env: os._Environ[str] | dict[str, str]) -> tuple[Channel, ...]:
    return tuple(Channel(url=url) for url in env.get(NOTIFY_ENV, "").split())
