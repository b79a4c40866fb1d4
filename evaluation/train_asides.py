"""The aside model's fit (extractors/aside_model.json), the second part of `make train`.

Trained on the same sets as the status model (evaluation/fitting.py). Each figure the
detector reads in a relevant passage is one example: an aside when every labelled figure with
its value is optional, news when one of them is required (a value nobody labelled is left
out). The report says, where the model was not fitted (five folds of the training sets, and
the NEVER_TUNED rounds), how many asides and how many news figures it marks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from evaluation.fitting import DIGITS, FOLDS, SMALLEST, desk_sources, folded, logistic
from evaluation.sets import NEVER_TUNED, Passage, own_sets
from extractors import aside_model
from extractors.aside_model import THRESHOLD, Weights
from extractors.detect import detect

OUT = Path(aside_model.__file__).with_name(aside_model.WEIGHTS)


@dataclass(frozen=True)
class Example:
    source: str
    features: frozenset[str]
    aside: bool


def examples(source: str, passages: Iterable[Passage]) -> list[Example]:
    """One example per figure read in a relevant passage whose value is labelled."""
    out: list[Example] = []
    for passage in passages:
        if not passage.get("relevant"):
            continue
        published = passage.get("published")
        day = date.fromisoformat(published[:10]) if published else None
        figures = detect(passage["text"], passage.get("title"), day).figures
        for figure in figures:
            labels = [f for f in passage["figures"] if f["value"] == figure.value]
            if labels:
                named = frozenset(aside_model.features(passage["text"], figure, figures))
                aside = all(f.get("optional") for f in labels)
                out.append(Example(source, named, aside))
    return out


def fit(training: Sequence[Example]) -> Weights:
    names, model = logistic(training, [e.aside for e in training])
    rows = zip(names, model.coef_[0], strict=True)
    return Weights(
        intercept=round(float(model.intercept_[0]), DIGITS),
        weights={n: round(float(w), DIGITS) for n, w in rows if abs(w) >= SMALLEST},
    )


def marks(weights: Weights, example: Example) -> bool:
    return weights.probability(example.features) >= THRESHOLD


def agree(a: Weights, b: Weights, sample: Sequence[Example]) -> float:
    return sum(marks(a, e) == marks(b, e) for e in sample) / len(sample)


def report(training: Sequence[Example], weights: Weights) -> None:
    """Asides and news figures marked where the model was not fitted (`weights` are fitted on
    all of `training`)."""
    _line(f"{FOLDS} folds of the training sets", folded(training, fit))
    if desk := desk_sources(training):
        _line("the desk's labels, left out", folded(training, fit, desk))
    rounds = {n: ps.values() for n, ps in own_sets().items() if n in NEVER_TUNED}
    measured = [e for n, ps in sorted(rounds.items()) for e in examples(n, ps)]
    _line("rounds never trained on", [(weights, e) for e in measured])


def _line(name: str, tested: Sequence[tuple[Weights, Example]]) -> None:
    asides = [marks(w, e) for w, e in tested if e.aside]
    news = [marks(w, e) for w, e in tested if not e.aside]
    print(
        f"{name}: asides marked {sum(asides)} of {len(asides)},"
        f" news figures marked {sum(news)} of {len(news)}"
    )


def dump(weights: Weights) -> str:
    """One feature per line, sorted, so that a retrained file diffs readably."""
    rows = [
        f"  {json.dumps(n, ensure_ascii=False)}: {w}" for n, w in sorted(weights.weights.items())
    ]
    return f'{{"intercept": {weights.intercept}, "weights": {{\n' + ",\n".join(rows) + "\n}}\n"
