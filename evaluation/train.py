"""`make train`: fit the status model's weights (extractors/status_model.json), then the
aside model's (evaluation/train_asides.py), on the training sets of evaluation/fitting.py.

Each number the detector reads in a relevant passage is one example: its features
(extractors/status_model.py) and the labelled status of the passage's figure with that
value (a value labelled with two statuses, or none, is left out). The model is a
multinomial logistic regression (scikit-learn), fitted as is, without tuning on the
measuring sets. The script prints how often the status is right with the steps alone and
with the second opinion where the model was not trained: five folds of the training sets,
the desk's labels left out (when there are any), dev2's tuning part left out, and the
NEVER_TUNED rounds.

usage: python -m evaluation.train           fit both models, report, write the weights
       python -m evaluation.train --check   fit both, compare with the shipped ones, write nothing
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evaluation import train_asides
from evaluation.fitting import (
    AGREEMENT,
    DIGITS,
    FOLDS,
    SMALLEST,
    desk_sources,
    folded,
    logistic,
    training_sets,
)
from evaluation.sets import NEVER_TUNED, Passage, own_sets
from extractors import aside_model, status_model
from extractors.detect import detect
from extractors.model import Status
from extractors.status import Reading, second_opinion
from extractors.status_model import Weights

OUT = Path(status_model.__file__).with_name(status_model.WEIGHTS)


@dataclass(frozen=True)
class Example:
    source: str
    features: frozenset[str]
    steps: Status  # what the steps alone decided
    step: str  # the step that decided it
    label: Status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.train")
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights")
    args = parser.parse_args(argv)
    sets = training_sets()
    training = [e for source, ps in sets.items() for e in examples(source, ps)]
    weights = fit(training)
    asides = [e for source, ps in sets.items() for e in train_asides.examples(source, ps)]
    aside_weights = train_asides.fit(asides)
    if args.check:
        agreement = agree(weights, status_model.shipped(), training)
        aside_agreement = train_asides.agree(aside_weights, aside_model.shipped(), asides)
        print(f"a fresh fit agrees with {OUT.name} on {agreement:.1%} of {len(training)} numbers")
        print(
            f"a fresh fit agrees with {train_asides.OUT.name} on {aside_agreement:.1%}"
            f" of {len(asides)} figures"
        )
        return 0 if min(agreement, aside_agreement) >= AGREEMENT else 1
    report(training, weights)
    OUT.write_text(dump(weights), encoding="utf-8")
    print(f"wrote {OUT} ({len(weights.weights)} features, {len(training)} numbers)")
    train_asides.report(asides, aside_weights)
    train_asides.OUT.write_text(train_asides.dump(aside_weights), encoding="utf-8")
    print(
        f"wrote {train_asides.OUT} ({len(aside_weights.weights)} features, {len(asides)} figures)"
    )
    return 0


def examples(source: str, passages: Iterable[Passage]) -> list[Example]:
    """One example per number read in a relevant passage whose value has one labelled status."""
    out: list[Example] = []
    for passage in passages:
        if not passage.get("relevant"):
            continue
        for reading, status, step in readings(passage):
            value = reading.number.value
            labels = {f["status"] for f in passage["figures"] if f["value"] == value}
            if len(labels) == 1:
                named = frozenset(status_model.features(reading, status, step))
                out.append(Example(source, named, status, step, labels.pop()))
    return out


def readings(passage: Passage) -> list[tuple[Reading, Status, str]]:
    """Every number the detector reads in a passage, with the steps' status and step."""
    seen: list[tuple[Reading, Status, str]] = []

    def record(r: Reading, status: Status, step: str) -> tuple[Status, str]:
        seen.append((r, status, step))
        return status, step

    published = passage.get("published")
    day = date.fromisoformat(published[:10]) if published else None
    with second_opinion(record):
        detect(passage["text"], passage.get("title"), day)
    return seen


def fit(training: Sequence[Example]) -> Weights:
    names, model = logistic(training, [e.label for e in training])
    rows = {
        name: [round(float(w), DIGITS) for w in model.coef_[:, j]] for j, name in enumerate(names)
    }
    return status_model.parse(
        {
            "statuses": [str(s) for s in model.classes_],
            "intercept": [round(float(b), DIGITS) for b in model.intercept_],
            "weights": {n: row for n, row in rows.items() if max(map(abs, row)) >= SMALLEST},
        }
    )


def decided(weights: Weights, example: Example) -> Status:
    """The status with the second opinion, as the product reads it."""
    least = status_model.threshold(example.step)
    overruled = status_model.overrule(weights, example.features, example.steps, least=least)
    return overruled or example.steps


def agree(a: Weights, b: Weights, sample: Sequence[Example]) -> float:
    return sum(decided(a, e) == decided(b, e) for e in sample) / len(sample)


def report(training: Sequence[Example], weights: Weights) -> None:
    """Status accuracy, steps alone -> with the second opinion, where the model was not fitted
    (`weights` are fitted on all of `training`)."""
    _line(f"{FOLDS} folds of the training sets", folded(training, fit))
    if desk := desk_sources(training):
        _line("the desk's labels, left out", folded(training, fit, desk))
    without = fit([e for e in training if e.source != "dev2-tune"])
    _line("dev2-tune, left out", [(without, e) for e in training if e.source == "dev2-tune"])
    rounds = {n: ps.values() for n, ps in own_sets().items() if n in NEVER_TUNED}
    measured = [e for n, ps in sorted(rounds.items()) for e in examples(n, ps)]
    _line("rounds never trained on", [(weights, e) for e in measured])


def _line(name: str, tested: Sequence[tuple[Weights, Example]]) -> None:
    steps = sum(e.steps == e.label for _, e in tested) / len(tested)
    second = sum(decided(w, e) == e.label for w, e in tested) / len(tested)
    print(f"{name}: {len(tested)} numbers, status right {steps:.3f} -> {second:.3f}")


def dump(weights: Weights) -> str:
    """One feature per line, sorted, so that a retrained file diffs readably."""
    head = {"statuses": list(weights.statuses), "intercept": list(weights.intercept)}
    rows = [
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(list(row))}"
        for name, row in sorted(weights.weights.items())
    ]
    return json.dumps(head)[:-1] + ', "weights": {\n' + ",\n".join(rows) + "\n}}\n"


if __name__ == "__main__":
    sys.exit(main())
