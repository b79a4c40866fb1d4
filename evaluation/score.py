"""The detector's predictions for a labelled set, scored by ../shared/eval/score.py."""

from __future__ import annotations

import importlib.util
from datetime import date
from types import ModuleType
from typing import Any

from evaluation.sets import EVAL, Passage
from extractors.detect import detect

Scores = dict[str, float]


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("troopwatch_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(passage: Passage) -> dict[str, Any]:
    """One prediction line, as `troopwatch extract` writes it."""
    published = passage.get("published")
    when = date.fromisoformat(published[:10]) if published else None
    detection = detect(passage["text"], passage.get("title"), when)
    figures = [
        {
            "value": f.value,
            "force": f.force,
            "status": f.status,
            "qualifier": f.qualifier,
            "by": f.by,
        }
        for f in detection.figures
    ]
    return {
        "id": passage["id"],
        "relevant": detection.relevant,
        "figures": figures,
        "lang": detection.lang,
    }


def scores(gold: dict[str, Passage]) -> Scores:
    """The scorer's headline numbers, plus how many Spanish relevant stories were recognised."""
    predictions = {gid: predict(p) for gid, p in gold.items()}
    out, _ = scorer().score(gold, predictions)
    spanish = [gid for gid, p in gold.items() if p.get("lang") == "es" and p["relevant"]]
    return {
        "relevance": out["relevance"]["accuracy"],
        "value_f1": out["value"]["f1"],
        "tuple_f1": out["tuple"]["f1"],
        "force_acc": out["force_acc"],
        "status_acc": out["status_acc"],
        "by_acc": out.get("by_acc", 0.0),
        "series_f1": out.get("series", {}).get("f1", 0.0),
        "spanish_recognised": sum(predictions[g]["relevant"] for g in spanish) / len(spanish)
        if spanish
        else 1.0,
    }
