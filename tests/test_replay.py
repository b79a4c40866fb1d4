"""The alert replay (evaluation/replay.py): how many alerts a desk would get are right.

The labelled sets are replayed through a real DuckDB file, one run per month, once with the
detector's figures and once with the labelled ones. Floors sit a little below what the
detector scores today; raise them when a change earns it. `make eval` prints the replay.
"""

from __future__ import annotations

import json

import pytest

from evaluation.replay import labelled, readable_set, replay
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
