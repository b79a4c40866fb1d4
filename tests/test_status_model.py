"""The second opinion on status (extractors/status_model.py) and the weights it ships with."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from evaluation import fitting, train
from extractors import status_model
from extractors.detect import detect
from extractors.model import Status
from extractors.status import Reading, second_opinion, steps_alone
from extractors.status_model import THRESHOLD, UNCUED, Weights, overrule, threshold


def test_the_shipped_weights_are_what_training_fits_today() -> None:
    """A stale or hand-edited weights file, the status model's or the aside model's, fails
    here; `make train` writes fresh ones."""
    assert train.main(["--check"]) == 0


@pytest.mark.parametrize(
    "text",
    [
        # A unit listed under an announcement is on its way, though no verb of its own says so.
        "The Pentagon said it would send troops to the border. The first wave: about 300"
        " soldiers from an engineer battalion to build roads.",
        "Under the plan, 400 Marines from Camp Pendleton to reinforce barriers along the border"
        " in San Diego.",
    ],
)
def test_the_second_opinion_overrules_steps_that_found_no_cue(text: str) -> None:
    def statuses() -> list[str]:
        return [f.status for f in detect(text, None, date(2025, 2, 1)).figures]

    with second_opinion(steps_alone):
        assert statuses() == ["deployed"]
    assert statuses() == ["ordered"]


def test_the_second_opinion_reads_every_step() -> None:
    """ "will build" after the figure is read as an order by the step that reads the
    predicate after a clause; the model, which weighs "arrived" before it, overrules."""
    text = (
        "The first Guard troops sent under the border plan arrived in Yuma on Thursday, a"
        " contingent of about 60 Ohio soldiers who will build roads near the Mexican line."
    )
    readings: list[tuple[str, str]] = []

    def record(r: Reading, status: Status, step: str) -> tuple[Status, str]:
        readings.append((status, step))
        return steps_alone(r, status, step)

    with second_opinion(record):
        assert [f.status for f in detect(text, None, date(2024, 5, 1)).figures] == ["ordered"]
    assert readings == [("ordered", "ordered after")]
    assert [f.status for f in detect(text, None, date(2024, 5, 1)).figures] == ["deployed"]


def test_the_desks_corrections_train_the_model(tmp_path: Path) -> None:
    """A file of `troopwatch figures export-labels` checked in with the training sets gives
    examples with the status the desk settled on."""
    text = (
        "The Pentagon said it would send troops to the border. The units include about 300"
        " soldiers from an engineer battalion to build roads, and 120 military police."
    )
    record = {
        "id": "troopwatch-7",
        "url": "https://courier.example/units",
        "published": "2025-02-01",
        "title": None,
        "text": text,
        "relevant": True,
        "lang": "en",
        "figures": [
            {"value": 300, "force": "military", "status": "ordered", "qualifier": "approx",
             "evidence": "about 300 soldiers", "by": "us_federal"},
        ],  # the desk dismissed the 120
    }  # fmt: skip
    (tmp_path / "night-desk.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    sets = fitting.training_sets(tmp_path)
    assert [p["id"] for p in sets["desk:night-desk"]] == ["troopwatch-7"]
    examples = train.examples("desk:night-desk", sets["desk:night-desk"])
    assert [(e.source, e.label) for e in examples] == [("desk:night-desk", "ordered")]
    assert not any(name.startswith("desk:") for name in fitting.training_sets(tmp_path / "none"))


def test_the_desks_labels_are_measured_where_the_model_was_not_fitted() -> None:
    """`make train` reports the desk's labels left out: each of their examples is read with
    weights fitted on every set but its own, as real news the model has not seen."""
    sources = ["dev", "heldout3", "desk:night", "desk:weekend"]
    training = [train.Example(s, frozenset(), "deployed", "otherwise", "deployed") for s in sources]
    desk = fitting.desk_sources(training)
    assert desk == ["desk:night", "desk:weekend"]
    tested = fitting.folded(training, lambda fitted: {e.source for e in fitted}, desk)
    assert sorted((e.source, sorted(fitted_on)) for fitted_on, e in tested) == [
        ("desk:night", ["desk:weekend", "dev", "heldout3"]),
        ("desk:weekend", ["desk:night", "dev", "heldout3"]),
    ]


def _weights(margin: float) -> Weights:
    """Two statuses and one feature that leans to the second by `margin` in score."""
    return Weights(("deployed", "ordered"), (0.0, 0.0), {"after:to": (0.0, margin)})


def test_only_a_confident_model_overrules() -> None:
    confident, unsure = _weights(2.0), _weights(0.2)  # p(ordered) 0.88 and 0.55
    assert unsure.probabilities({"after:to"})[1] < THRESHOLD
    assert confident.probabilities({"after:to"})[1] > THRESHOLD
    assert overrule(confident, {"after:to"}, "deployed") == "ordered"
    assert overrule(unsure, {"after:to"}, "deployed") is None
    assert overrule(confident, {"after:to"}, "ordered") is None  # it agrees
    assert overrule(confident, {"a feature it never saw"}, "deployed") is None


def test_where_the_steps_found_no_cue_the_likeliest_status_stands() -> None:
    unsure = _weights(0.2)  # p(ordered) 0.55: not enough to overrule a cue
    assert overrule(unsure, {"after:to"}, "deployed", least=threshold("nearest cue")) is None
    assert overrule(unsure, {"after:to"}, "deployed", least=threshold(UNCUED)) == "ordered"


def test_a_weights_file_with_a_status_labeling_does_not_know_is_named() -> None:
    data = {"statuses": ["deployed", "rumoured"], "intercept": [0, 0], "weights": {}}
    with pytest.raises(ValueError, match="rumoured"):
        status_model.parse(data)


def test_the_product_reads_the_features_training_names() -> None:
    """The product reads the sentence's words as a set (faster); training names each one:
    both give every reading of our pinned sentences the same probabilities."""
    readings = [r for case in fitting.training_sets()["figure_cases"] for r in train.readings(case)]
    weights = status_model.shipped()
    assert len(readings) > 400
    for r, status, step in readings:
        named = status_model.features(r, status, step)
        fast = weights.probabilities(
            status_model.around(r, status, step), status_model.sentence_words(r.sentence)
        )
        assert fast == pytest.approx(weights.probabilities(named))


def test_a_reporting_verb_and_its_tense_are_no_feature() -> None:
    said = "The Pentagon said it will send 1,500 troops to the border, a spokesman told reporters."
    says = "The Pentagon says it will send 1,500 troops to the border, a spokesman tells reporters."
    assert status_model.sentence_words(said) == status_model.sentence_words(says)
    added = "The Pentagon will send 1,500 troops to the border, according to a spokesman."
    assert status_model.sentence_words(added) == status_model.sentence_words(
        added.replace("according to", "said")
    )
    dijo = "El Pentágono enviará 1,500 soldados a la frontera, dijo un vocero."
    assert status_model.sentence_words(dijo) == status_model.sentence_words(
        dijo.replace("dijo", "detalló")
    )


def test_a_figure_says_how_sure_the_model_is_of_its_status() -> None:
    sure = "The Pentagon will send 1,500 active-duty troops to the southern border."
    (order,) = detect(sure, None, date(2025, 2, 1)).figures
    # A level in a sentence about troops leaving: the words around it speak of going home.
    mixed = "The Pentagon is sending home 2,000 of the 6,000 troops now at the southern border."
    level = next(f for f in detect(mixed, None, date(2025, 2, 1)).figures if f.value == 6000)
    assert level.status == "deployed"
    assert order.confidence > 0.99 > 0.9 > level.confidence > 0.5
