"""Which figures a story gives beside its news: a linear model over the words around each.

A story gives its news (how many are sent, ordered, proposed) and often figures beside it: a
part of a total it also gives (one state's share, one unit's, one city's), a photo caption's,
a rounded restatement, a figure whose link to the border is only implied. LABELING.md calls
them optional. The model gives each figure the probability that it is such an aside; where
that reaches THRESHOLD the figure is stored as an aside: it raises no alert and does not speak
for its series, as a held figure (docs/accuracy.md, "Asides").

Its weights (aside_model.json) are fitted by `make train` (evaluation/train_asides.py) on the
labelled passages, with the figures the detector reads as examples, so a change to the
detector is followed by `make train`. The product needs only this module and the file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import cast

from extractors.model import Figure
from extractors.status_model import words_of

WEIGHTS = "aside_model.json"
# Chosen over five folds of the training rounds' alerts, never on the rounds that measure: 0.6
# and 0.7 tie on F1, and 0.6 sends the desk fewer wrong alerts.
THRESHOLD = 0.6
BEFORE_REACH, AFTER_REACH, WORDS_AROUND = 100, 80, 8  # characters read, words kept
# A figure's share of the largest in its story, as the feature names it: the first bound it reaches.
SHARES = ((1.0, "all"), (0.5, "over half"), (0.2, "over a fifth"), (0.05, "over a twentieth"))


@dataclass(frozen=True)
class Weights:
    """A binary logistic regression: the log-odds of an aside are the intercept plus the
    weights of the features a figure has."""

    intercept: float
    weights: dict[str, float]

    def probability(self, features: AbstractSet[str]) -> float:
        known = features & self.weights.keys()
        score = self.intercept + sum(map(self.weights.__getitem__, known))
        return 1 / (1 + math.exp(-score))


def features(text: str, figure: Figure, figures: Sequence[Figure]) -> set[str]:
    """The named features of one of a story's figures, as the model was trained on them."""
    before = words_of(text[max(0, figure.start - BEFORE_REACH) : figure.start])[-WORDS_AROUND:]
    after = words_of(text[figure.end : figure.end + AFTER_REACH])[:WORDS_AROUND]
    named = {
        *["before:" + word for word in before],
        *["after:" + word for word in after],
        *["evidence:" + word for word in words_of(figure.evidence)],
        f"share:{_share(figure.value, max(f.value for f in figures))}",
        f"force:{figure.force}",
        f"status:{figure.status}",
        f"by:{figure.by.split(':')[0]}",  # a state's own mission, whichever state
    }
    larger = [other for other in figures if other.value > figure.value]
    if any(other.by == figure.by for other in larger):
        named.add("a larger figure by the same deployer")
    if any(other.start < figure.start for other in larger):
        named.add("a larger figure before it")
    return named


def _share(value: int, largest: int) -> str:
    share = value / largest if largest else 1.0
    return next((name for bound, name in SHARES if share >= bound), "smaller")


def marked(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The story's figures, those the model finds asides marked so."""
    weights = shipped()
    return tuple(
        replace(f, aside=True)
        if weights.probability(features(text, f, figures)) >= THRESHOLD
        else f
        for f in figures
    )


@cache
def shipped() -> Weights:
    return parse(json.loads(files("extractors").joinpath(WEIGHTS).read_text(encoding="utf-8")))


def parse(data: dict[str, object]) -> Weights:
    return Weights(
        intercept=float(cast(float, data["intercept"])),
        weights=dict(cast(dict[str, float], data["weights"])),
    )
