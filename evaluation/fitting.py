"""What the two models of `make train` share: the passages they learn from and how they fit.

The training sets are the shared dev set, dev2's tuning part, our rounds (tests/data/heldout*.jsonl
less NEVER_TUNED), the pinned sentences of tests/data/figure_cases.jsonl, and the articles the
desk corrected: files written by `troopwatch figures export-labels` and checked in under
evaluation/desk_labels/, the closest labels there are to the news the product reads. dev2's
check part and the NEVER_TUNED rounds are never trained on: they measure. Both models are
logistic regressions (scikit-learn) over named features, fitted as they are, without tuning on
the measuring sets.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from evaluation.sets import DESK, NEVER_TUNED, OWN, Passage, desk_sets, labelled_sets, own_sets

CASES = OWN / "figure_cases.jsonl"
C = 1.0  # inverse strength of the L2 penalty; 0.3 to 3 score alike on the folds
DIGITS = 3  # weights are rounded
SMALLEST = 0.05  # a feature whose weights are all smaller is left out: it hardly moves a score
FOLDS = 5
MIN_EXAMPLES = 5  # a feature seen in fewer examples is left out: it would only fit those
AGREEMENT = 0.995  # --check: share of examples on which a fresh fit must agree with the file


class Example(Protocol):
    @property
    def source(self) -> str: ...

    @property
    def features(self) -> frozenset[str]: ...


E = TypeVar("E", bound=Example)
W = TypeVar("W")


def training_sets(desk: Path = DESK) -> dict[str, list[Passage]]:
    """The labelled passages by set; the desk's files in `desk` are sets "desk:<file name>"."""
    sets = labelled_sets()
    out = {name: list(sets[name].values()) for name in ("dev", "dev2-tune")}
    out.update((n, list(ps.values())) for n, ps in own_sets().items() if n not in NEVER_TUNED)
    with CASES.open(encoding="utf-8") as f:
        out["figure_cases"] = [_as_passage(json.loads(line)) for line in f if line.strip()]
    out.update((name, list(ps.values())) for name, ps in desk_sets(desk).items())
    return out


def _as_passage(case: dict[str, Any]) -> Passage:
    figures = [
        {"value": value, "force": force, "status": status, "qualifier": qualifier}
        for value, force, status, qualifier in case["figures"]
    ]
    return {**case, "figures": figures}


def logistic(training: Sequence[Example], labels: Sequence[object]) -> tuple[list[str], Any]:
    """A logistic regression over the features seen in MIN_EXAMPLES examples at least: the
    features' names in the order of the model's columns, and the model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for e in training for name in e.features)
    kept = [{name: 1 for name in e.features if seen[name] >= MIN_EXAMPLES} for e in training]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=C, max_iter=5000).fit(x, list(labels))
    return [str(name) for name in vectorizer.get_feature_names_out()], model


def folded(
    training: Sequence[E], fit: Callable[[Sequence[E]], W], among: Collection[str] | None = None
) -> list[tuple[W, E]]:
    """Each example of the sets `among` (default: all) with weights fitted on every example
    but those of its fold: the sets `among` are dealt into FOLDS folds."""
    sources = sorted({e.source for e in training} if among is None else among)
    tested: list[tuple[W, E]] = []
    for fold in range(min(FOLDS, len(sources))):
        held = set(sources[fold::FOLDS])
        weights = fit([e for e in training if e.source not in held])
        tested += [(weights, e) for e in training if e.source in held]
    return tested


def desk_sources(training: Sequence[Example]) -> list[str]:
    """The sets of the desk's labels among the training sets' examples."""
    return sorted({e.source for e in training if e.source.startswith("desk:")})
