"""The configuration contract: keys, defaults, and messages that name the key and the file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from flows.config import config_path, load_config
from flows.errors import ConfigError
from troopwatch.cli import main
from warehouse.changes import Rules


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tw.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_full_config_is_read(tmp_path: Path) -> None:
    path = config_file(
        tmp_path,
        """
[storage]
database = "data/tw.duckdb"

[[feeds]]
url = "https://example.org/rss"
name = "Example"

[notify]
urls = [
    "json://127.0.0.1:9000/hook",
    {url = "json://127.0.0.1:9000/guard", tags = ["national_guard"]},
]

[fetch]
allow_private_hosts = true
""",
    )
    config = load_config(path, environ={"TROOPWATCH_NOTIFY_URLS": "json://a/b json://c/d"})
    assert config.database == tmp_path / "data" / "tw.duckdb"
    assert [(f.url, f.name) for f in config.feeds] == [("https://example.org/rss", "Example")]
    assert [(c.url, c.tags) for c in config.channels] == [
        ("json://127.0.0.1:9000/hook", ()),
        ("json://127.0.0.1:9000/guard", ("national_guard",)),
        ("json://a/b", ()),
        ("json://c/d", ()),
    ]
    assert config.fetch.allow_private_hosts is True
    assert config.repeat_window_days == 14


def test_defaults_for_an_empty_file(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, ""), environ={})
    assert config.feeds == () and config.channels == ()
    assert config.database == tmp_path / "data" / "troopwatch.duckdb"
    assert config.fetch.allow_private_hosts is False
    assert config.conflict_window_hours == 48 and config.recheck_hours == (1, 6, 24, 72)
    assert config.rules == Rules(timedelta(days=14), timedelta(hours=48), min_confidence=0)


def test_the_alert_rules_come_from_the_config(tmp_path: Path) -> None:
    text = "[alerts]\nrepeat_window_days = 7\nconflict_window_hours = 12\nmin_confidence = 0.8\n"
    config = load_config(config_file(tmp_path, text), environ={})
    assert config.rules == Rules(timedelta(days=7), timedelta(hours=12), min_confidence=0.8)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[storage]\ndatabse = 'x'\n", "unknown key storage.databse"),
        ("[fetch]\nallow_private_hosts = 'yes'\n", "fetch.allow_private_hosts must be bool"),
        ("[fetch]\ntimeout = true\n", "fetch.timeout must be int or float"),
        ("[fetch]\ntimeout = -1\n", "fetch.timeout must be positive"),
        ("[[feeds]]\nname = 'no url'\n", "feeds.url is required"),
        ("[[feeds]]\nurl = 'ftp://example.org/rss'\n", "feeds[0].url must be an http or https URL"),
        ("[notify]\nurls = 'json://x/y'\n", "notify.urls must be list"),
        ("[notify]\nurls = [3]\n", "notify.urls[0] must be a URL string or a table"),
        ("[paths]\nx = 1\n", "unknown section [paths]"),
        ("[storage\n", "not valid TOML"),
        ("feeds = 3\n", "feeds must be an array of tables"),
        ("[alerts]\nconflict_window_hours = 0\n", "alerts.conflict_window_hours must be positive"),
        ("[alerts]\nrecheck_hours = [6, 1]\n", "alerts.recheck_hours must grow"),
        ("[alerts]\nrecheck_hours = ['1h']\n", "alerts.recheck_hours must be a list of positive"),
        ("[alerts]\nmin_confidence = 90\n", "alerts.min_confidence must be between 0 and 1"),
    ],
)
def test_errors_name_the_key_and_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = config_file(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path, environ={})
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_config_path_falls_back_to_environment_then_cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TROOPWATCH_CONFIG", raising=False)
    assert config_path(None) == Path("troopwatch.toml")
    monkeypatch.setenv("TROOPWATCH_CONFIG", "/etc/tw.toml")
    assert config_path(None) == Path("/etc/tw.toml")
    assert config_path("here.toml") == Path("here.toml")


def test_run_with_a_bad_config_exits_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config_file(tmp_path, "[fetch]\ntimeout = 'soon'\n")
    assert main(["run", "--config", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "fetch.timeout" in err and str(path) in err


def test_run_with_an_unknown_alert_url_names_the_channel_not_the_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config_file(tmp_path, "[notify]\nurls = ['nosuchscheme://user:hunter2@host/x']\n")
    assert main(["run", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "alert channel 1" in err and "hunter2" not in err


def test_run_with_an_unwritable_database_exits_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    path = config_file(tmp_path, f"[storage]\ndatabase = '{blocker}/tw.duckdb'\n")
    assert main(["run", "--config", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("troopwatch: ") and "tw.duckdb" in err and "\n" not in err


def test_retry_waits_come_from_the_config(tmp_path: Path) -> None:
    assert load_config(config_file(tmp_path, ""), environ={}).fetch.retry_waits == (2.0, 10.0)
    path = config_file(tmp_path, "[fetch]\nretry_waits = [0.5, 3]\n")
    assert load_config(path, environ={}).fetch.retry_waits == (0.5, 3.0)
    for bad in ("[]", "[-1]", '["soon"]', "[true]"):
        path = config_file(tmp_path, f"[fetch]\nretry_waits = {bad}\n")
        with pytest.raises(ConfigError, match="fetch.retry_waits"):
            load_config(path, environ={})
