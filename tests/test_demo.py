"""The offline demo runs the real pipeline over the bundled corpus and tells its story."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from troopwatch.demo import run_demo
from troopwatch.demo_site import load_timeline

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_demo_finds_figures_and_raises_a_change_alert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # run_demo quiets Prefect through the environment; undone after this test, so that
    # commands later tests start still log at their usual level.
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
    outlets, stories = load_timeline()
    assert len(stories) >= 8 and len(outlets) >= 2 and len({s.step for s in stories}) >= 3

    assert run_demo(tmp_path) == 0

    out = capsys.readouterr().out
    assert "Poll 3 of 3" in out and "2,600" in out
    report = tmp_path / "report.html"
    assert f"  {report}\n" in out
    assert 500_000 < report.stat().st_size < 2_000_000  # Vega inlined; small enough to attach
    with duckdb.connect(str(tmp_path / "troopwatch.duckdb"), read_only=True) as con:
        changes = con.execute(
            "SELECT force, status, old_value, new_value FROM alerts WHERE kind = 'change'"
        ).fetchall()
        irrelevant = con.execute(
            "SELECT count(*) FROM articles a JOIN figures f ON f.article_id = a.id"
            " WHERE NOT a.relevant"
        ).fetchone()
        stale_alerts = con.execute(
            "SELECT count(*) FROM alerts al JOIN figure_history h ON h.figure_id = al.figure_id"
            " WHERE h.url LIKE '%bootheel%'"
        ).fetchone()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()
        corroborations = con.execute("SELECT count(*) FROM corroborations").fetchone()
    assert ("national_guard", "deployed", 2100, 2600) in changes
    assert irrelevant == (0,)
    assert stale_alerts == (0,)
    assert articles == (len(stories),)
    assert corroborations is not None and corroborations[0] >= 2
