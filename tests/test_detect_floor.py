"""Accuracy floors: no change may lower them silently.

Two labelled sets, scored by shared/eval/score.py: the shared dev set the rules were
tuned on, and tests/data/heldout.jsonl, passages written for this project and labelled
by shared/eval/LABELING.md before the rules saw them. Floors sit a little below what
the rules score today; raise them when a change earns it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from extractors.detect import detect

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DEV = EVAL / "dev.jsonl"
HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"
FLOORS = {
    DEV: {
        "relevance": 0.95,
        "value_f1": 0.95,
        "tuple_f1": 0.87,
        "force_acc": 0.90,
        "status_acc": 0.95,
    },
    HELDOUT: {
        "relevance": 0.94,
        "value_f1": 0.95,
        "tuple_f1": 0.92,
        "force_acc": 0.95,
        "status_acc": 0.93,
    },
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("troopwatch_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(gold: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {}
    for gid, passage in gold.items():
        detection = detect(passage["text"], passage.get("title"))
        out[gid] = {
            "id": gid,
            "relevant": detection.relevant,
            "figures": [
                {"value": f.value, "force": f.force, "status": f.status, "qualifier": f.qualifier}
                for f in detection.figures
            ],
        }
    return out


def _scores(labelled: Path) -> dict[str, float]:
    if not EVAL.exists():
        pytest.skip(f"the scorer is not at {EVAL} (it ships with the shared eval folder)")
    scorer = _scorer()
    gold = scorer.load(str(labelled))
    out, _ = scorer.score(gold, _predict(gold))
    return {
        "relevance": out["relevance"]["accuracy"],
        "value_f1": out["value"]["f1"],
        "tuple_f1": out["tuple"]["f1"],
        "force_acc": out["force_acc"],
        "status_acc": out["status_acc"],
    }


@pytest.mark.parametrize("labelled", sorted(FLOORS), ids=lambda p: p.stem)
def test_floors(labelled: Path) -> None:
    scores = _scores(labelled)
    for metric, floor in FLOORS[labelled].items():
        assert scores[metric] >= floor, (metric, json.dumps(scores))
