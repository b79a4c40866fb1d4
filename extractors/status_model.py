"""The second opinion on a figure's status: a linear model over the words around its number.

Each step of extractors/status.py reads one kind of cue at one place; the model weighs them
all at once: the words just before and after the number, the words of its sentence, what
the steps decided and which step decided it. Where it is confident (THRESHOLD) that another
status is meant, its reading stands; otherwise the steps' does. Where the steps found no cue
at all, their `deployed` is only a default, and the model's likeliest status stands. It reads
every step's decision: over five folds of the training sets, overruling the steps that go by a
change of level, a year, a cap or a journey as well read 0.931 against 0.929 for the steps that
go by the nearest words alone.

Its weights (status_model.json) are fitted by `make train` (evaluation/train.py) on labelled
passages. They include the steps' decisions as features, so a change to the steps or the
catalogue is followed by `make train`. The product needs only this module and the file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, cast

from extractors.lexicon import words
from extractors.model import STATUSES, Status
from extractors.once import cached_property

if TYPE_CHECKING:
    from extractors.status import Reading

WEIGHTS = "status_model.json"
UNCUED = "otherwise"  # the last step's name: no cue decided, the figure is deployed
THRESHOLD = 0.6  # chosen with dev and dev2's tuning part left out of the training
STEP = "second opinion"  # named with the step it overrules: "second opinion on otherwise"
BEFORE_REACH, AFTER_REACH = 120, 80  # characters read before the number, after its noun
WORDS_AROUND, WORDS_NEAR = 10, 4
SINCE_REACH = 30  # characters before a year read for "since" ("since early 2019")
SENTENCE = "sentence:"  # the prefix of the features that are the sentence's words

_WORD = re.compile(r"[^\W\d_][\w'’]*|\d{4}")
_ASCII_WORD = re.compile(_WORD.pattern, re.ASCII)  # the same words of plain ASCII, found faster
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Weights:
    """A multinomial logistic regression: one score per status, softmax to probabilities."""

    statuses: tuple[Status, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(
        self, features: AbstractSet[str], sentence_words: AbstractSet[str] = frozenset()
    ) -> list[float]:
        """The probability of each status. `sentence_words` are the "sentence:" features
        given as bare words: a set is intersected with the known ones faster than each word
        is named and looked up, and most of a long sentence's words are unknown."""
        rows = [row for row in map(self.weights.get, features) if row is not None]
        rows += [
            self.sentence_weights[word] for word in sentence_words & self.sentence_weights.keys()
        ]
        if not rows:
            rows = [tuple(0.0 for _ in self.intercept)]
        scores = [
            b + sum(column)
            for b, column in zip(self.intercept, zip(*rows, strict=True), strict=True)
        ]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [e / total for e in exps]

    @cached_property
    def sentence_weights(self) -> dict[str, tuple[float, ...]]:
        cut = len(SENTENCE)
        return {k[cut:]: row for k, row in self.weights.items() if k.startswith(SENTENCE)}


def features(r: Reading, status: Status, step: str) -> set[str]:
    """The named features of one reading, as the model was trained on them."""
    return around(r, status, step) | {SENTENCE + word for word in sentence_words(r.sentence)}


def around(r: Reading, status: Status, step: str) -> set[str]:
    """All the features but the sentence's words."""
    s, start = r.sentence, r.number.start
    before = words_of(s[max(0, start - BEFORE_REACH) : start])[-WORDS_AROUND:]
    after = words_of(s[r.phrase_end : r.phrase_end + AFTER_REACH])[:WORDS_AROUND]
    named = {
        f"decided:{status}",
        f"step:{step}",
        f"decided:{status}|{step}",
        f"qualifier:{r.qualifier}",
        *["before:" + word for word in before],
        *["just before:" + word for word in before[-WORDS_NEAR:]],
        *["after:" + word for word in after],
        *["just after:" + word for word in after[:WORDS_NEAR]],
        *[f"before:{a} {b}" for a, b in zip(before, before[1:], strict=False)],
        *[f"after:{a} {b}" for a, b in zip(after, after[1:], strict=False)],
    }
    if _earlier_year(r):
        named.add("an earlier year in the sentence")
    return named


def _earlier_year(r: Reading) -> bool:
    """Whether the sentence names a year before the story's, other than one it counts from
    ("the most since 2019")."""
    s = r.sentence
    return r.story_year is not None and any(
        int(year.group()) < r.story_year
        and not r.cues.since.search(s, max(0, year.start() - SINCE_REACH), year.start())
        for year in _YEAR.finditer(s)
    )


def words_of(text: str) -> list[str]:
    """The words of `text` as the models name them: lowercased, reporting verbs as one."""
    lower = text.lower()
    found = (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)
    return [_SAME.get(w, w) for w in found]


# A reporting verb says nothing of a figure's status, nor does its tense: "says", "added" and
# "according" are read as "said", "aseguró" and "detalló" as "dijo".
_SAME = {
    "tells": "told",
    **dict.fromkeys(
        words(
            "says say added adds noted notes explained wrote stressed emphasized insisted"
            " acknowledged according"
        ),
        "said",
    ),
    **dict.fromkeys(
        words(
            "dice aseguró detalló precisó explicó declaró agregó añadió sostuvo comentó expuso"
            " refirió destacó subrayó puntualizó reconoció"
        ),
        "dijo",
    ),
}


@lru_cache(maxsize=64)
def sentence_words(sentence: str) -> frozenset[str]:
    """Read once for all the numbers of a sentence."""
    return frozenset(words_of(sentence))


def reconsider(r: Reading, status: Status, step: str) -> tuple[Status, str]:
    """The model's status when it is confident another is meant, else the steps'."""
    overruled = _chosen(shipped().statuses, odds(r, status, step), status, threshold(step))
    return (overruled, f"{STEP} on {step}") if overruled else (status, step)


def confidence(r: Reading, status: Status, step: str, meant: Status) -> float:
    """How likely the model finds `meant` for a reading the steps decided as `status` by
    `step`: a figure's confidence, asked of the figures a story keeps."""
    statuses = shipped().statuses
    return odds(r, status, step)[statuses.index(meant)] if meant in statuses else 0.0


@lru_cache(maxsize=1024)
def odds(r: Reading, status: Status, step: str) -> tuple[float, ...]:
    """The shipped model's probability of each status, read once per reading: by the second
    opinion, then for the confidence of the figure it becomes."""
    return tuple(shipped().probabilities(around(r, status, step), sentence_words(r.sentence)))


def threshold(step: str) -> float:
    """How sure the model must be to overrule `step`: any margin where it found no cue."""
    return 0.0 if step == UNCUED else THRESHOLD


def overrule(
    weights: Weights,
    named: AbstractSet[str],
    status: Status,
    words: AbstractSet[str] = frozenset(),
    least: float = THRESHOLD,
) -> Status | None:
    """The status `weights` give features `named` (and the sentence's `words`) when it differs
    from the steps' `status` with a probability of at least `least`."""
    return _chosen(weights.statuses, weights.probabilities(named, words), status, least)


def _chosen(
    statuses: tuple[Status, ...], probabilities: Sequence[float], status: Status, least: float
) -> Status | None:
    """The likeliest status, where it is not `status` and has a probability of `least`."""
    best = max(range(len(probabilities)), key=probabilities.__getitem__)
    if statuses[best] != status and probabilities[best] >= least:
        return statuses[best]
    return None


@cache
def shipped() -> Weights:
    return parse(json.loads(files("extractors").joinpath(WEIGHTS).read_text(encoding="utf-8")))


def parse(data: dict[str, object]) -> Weights:
    statuses = tuple(cast(list[str], data["statuses"]))
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise ValueError(f"{WEIGHTS}: unknown statuses {unknown}")
    rows = cast(dict[str, list[float]], data["weights"])
    return Weights(
        statuses=cast(tuple[Status, ...], statuses),
        intercept=tuple(cast(list[float], data["intercept"])),
        weights={name: tuple(row) for name, row in rows.items()},
    )
