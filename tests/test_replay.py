"""The alert replay (evaluation/replay.py): how many alerts a desk would get are right.

The labelled sets are replayed through a real DuckDB file, one run per month, once with the
detector's figures and once with the labelled ones. Floors sit a little below what the
detector scores today; raise them when a change earns it. `make eval` prints the replay.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation import fitting
from evaluation.replay import labelled, named_sets, readable_set, replay
from evaluation.score import scores
from evaluation.sets import EVAL, Passage, labelled_sets

PRECISION_FLOORS = {"dev": 0.75, "dev2-tune": 0.87}


def _sets() -> dict[str, dict[str, Passage]]:
    if not EVAL.exists():
        pytest.fail(f"the labelled sets are not at {EVAL} (they ship with the shared folder)")
    return labelled_sets()


@pytest.mark.parametrize("name", sorted(PRECISION_FLOORS))
def test_alert_precision_floor(name: str) -> None:
    result = replay(_sets()[name].values())
    assert result.sent > 0, name
    assert result.precision >= PRECISION_FLOORS[name], json.dumps(
        {"precision": result.precision, "alerts": result.sent, "wrong": dict(result.causes)}
    )


def test_labels_judged_against_themselves_are_all_right() -> None:
    result = replay(_sets()["dev"].values(), detector=labelled)
    assert result.sent == result.gold_sent > 0
    assert (result.precision, result.recall, result.figure_precision) == (1.0, 1.0, 1.0)
    assert not result.causes


@pytest.mark.parametrize("name", ["dev2-check", "dev+dev2", "dev2-tune+dev2-check"])
def test_wrong_alerts_of_the_check_part_are_never_listed(name: str) -> None:
    with pytest.raises(SystemExit, match="dev2-check is scored, never read"):
        readable_set(name)


def _desk_record(
    n: int, day: str, text: str, value: int, status: str, host: str = "ledger.example"
) -> dict[str, Any]:
    """An article as `troopwatch figures export-labels` writes it."""
    figure = {"value": value, "force": "active_duty", "status": status, "qualifier": "approx",
              "evidence": f"{value:,}", "by": "us_federal"}  # fmt: skip
    return {
        "id": f"troopwatch-{n}", "url": f"https://{host}/{n}", "published": day,
        "title": None, "text": text, "relevant": True, "lang": "en", "figures": [figure],
    }  # fmt: skip


def test_the_desks_labels_are_scored_replayed_and_readable(tmp_path: Path) -> None:
    """Files of `export-labels` checked in are the set "desk", the closest labels there are to
    the news the product reads: `make eval` scores and replays it, and its wrong alerts may be
    listed. An article exported twice (by its link) counts once, as the later file has it (the
    desk's later word), in evaluation and training alike; another database's article of the
    same id is another article."""
    _sets()
    deployed = "The Pentagon has deployed about 2,500 active-duty troops to the U.S.-Mexico border."
    plan = "The Pentagon will send 3,000 more active-duty troops to the U.S.-Mexico border."
    other = "About 2,500 active-duty troops are deployed at the U.S.-Mexico border."
    first = [_desk_record(1, "2025-01-10", deployed, 2500, "deployed"),
             _desk_record(2, "2025-03-12", plan, 3000, "ordered")]  # fmt: skip
    later = [_desk_record(2, "2025-03-12", plan, 3000, "proposed"),  # only a plan, the desk says
             _desk_record(1, "2025-02-03", other, 2500, "deployed", "courier.example")]  # fmt: skip
    for name, records in (("2025-03-night", first), ("2025-04-night", later)):
        lines = "".join(json.dumps(r) + "\n" for r in records)
        (tmp_path / f"{name}.jsonl").write_text(lines, encoding="utf-8")
    desk = readable_set("desk", desk=tmp_path)
    assert {k: r["figures"][0]["status"] for k, r in desk.items()} == {
        "https://ledger.example/1": "deployed",
        "https://ledger.example/2": "proposed",
        "https://courier.example/1": "deployed",
    }
    assert named_sets(tmp_path)["desk"] == desk
    assert "desk" not in named_sets(tmp_path / "none")
    training = fitting.training_sets(tmp_path)
    assert [p["url"] for p in training["desk:2025-03-night"]] == ["https://ledger.example/1"]
    assert len(training["desk:2025-04-night"]) == 2
    assert scores(desk)["status_acc"] == 0.6667  # the scorer rounds to four places
    result = replay(desk.values())
    assert (result.sent, result.right, dict(result.causes)) == (2, 1, {"wrong status": 1})
