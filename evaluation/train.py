"""`make train`: fit the status model's weights (extractors/status_model.json).

It is trained on the shared dev set, dev2's tuning part, our rounds (tests/data/heldout*.jsonl
less NEVER_TUNED), the pinned sentences of tests/data/figure_cases.jsonl, and the articles the
desk corrected: files written by `troopwatch figures export-labels` and checked in under
evaluation/desk_labels/, the closest labels there are to the news the product reads. dev2's
check part and the NEVER_TUNED rounds are never trained on: they measure.

Each number the detector reads in a relevant passage is one example: its features
(extractors/status_model.py) and the labelled status of the passage's figure with that
value (a value labelled with two statuses, or none, is left out). The model is a
multinomial logistic regression (scikit-learn), fitted as is, without tuning on the
measuring sets. The script prints how often the status is right with the steps alone and
with the second opinion where the model was not trained: five folds of the training sets,
dev2's tuning part left out, and the NEVER_TUNED rounds.

usage: python -m evaluation.train           fit, report, write the weights
       python -m evaluation.train --check   fit, compare with the shipped weights, write nothing
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from evaluation.sets import NEVER_TUNED, OWN, Passage, labelled_sets, load, own_sets
from extractors import status_model
from extractors.detect import detect
from extractors.model import Status
from extractors.status import Reading, second_opinion
from extractors.status_model import Weights

OUT = Path(status_model.__file__).with_name(status_model.WEIGHTS)
CASES = OWN / "figure_cases.jsonl"
DESK = Path(__file__).with_name("desk_labels")
C = 1.0  # inverse strength of the L2 penalty; 0.3 to 3 score alike on the folds
DIGITS = 3  # weights are rounded
SMALLEST = 0.05  # a feature whose weights are all smaller is left out: it hardly moves a score
FOLDS = 5
MIN_EXAMPLES = 5  # a feature seen in fewer examples is left out: it would only fit those
AGREEMENT = 0.995  # --check: share of examples on which a fresh fit must agree with the file


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
    training = [e for source, ps in training_sets().items() for e in examples(source, ps)]
    weights = fit(training)
    if args.check:
        agreement = agree(weights, status_model.shipped(), training)
        print(f"a fresh fit agrees with {OUT.name} on {agreement:.1%} of {len(training)} examples")
        return 0 if agreement >= AGREEMENT else 1
    report(training, weights)
    OUT.write_text(dump(weights), encoding="utf-8")
    print(f"wrote {OUT} ({len(weights.weights)} features, {len(training)} examples)")
    return 0


def training_sets(desk: Path = DESK) -> dict[str, list[Passage]]:
    """The labelled passages by set; the desk's files in `desk` are sets "desk:<file name>"."""
    sets = labelled_sets()
    out = {name: list(sets[name].values()) for name in ("dev", "dev2-tune")}
    out.update((n, list(ps.values())) for n, ps in own_sets().items() if n not in NEVER_TUNED)
    with CASES.open(encoding="utf-8") as f:
        out["figure_cases"] = [_as_passage(json.loads(line)) for line in f if line.strip()]
    out.update(
        (f"desk:{path.stem}", list(load(path).values())) for path in sorted(desk.glob("*.jsonl"))
    )
    return out


def _as_passage(case: dict[str, Any]) -> Passage:
    figures = [
        {"value": value, "force": force, "status": status, "qualifier": qualifier}
        for value, force, status, qualifier in case["figures"]
    ]
    return {**case, "figures": figures}


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
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for e in training for name in e.features)
    kept = [{name: 1 for name in e.features if seen[name] >= MIN_EXAMPLES} for e in training]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [e.label for e in training])
    names = vectorizer.get_feature_names_out()
    rows = {
        str(name): [round(float(w), DIGITS) for w in model.coef_[:, j]]
        for j, name in enumerate(names)
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
    sources = sorted({e.source for e in training})
    tested: list[tuple[Weights, Example]] = []
    for fold in range(FOLDS):
        held = set(sources[fold::FOLDS])
        folded = fit([e for e in training if e.source not in held])
        tested += [(folded, e) for e in training if e.source in held]
    _line(f"{FOLDS} folds of the training sets", tested)
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
