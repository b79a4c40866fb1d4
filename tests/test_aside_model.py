"""The asides a story gives beside its news (extractors/aside_model.py) and the shipped weights."""

from __future__ import annotations

import math
from datetime import date

from extractors.aside_model import Weights
from extractors.detect import detect

STATES_SHARES = (
    "The Defense Department will deploy 3,000 more troops to the southern border, bringing the"
    " total there to about 9,000, officials said. Some 1,000 of the new troops will be stationed"
    " in Arizona, 1,200 in Texas and the rest in California."
)


def test_the_states_shares_of_a_deployment_are_asides_and_its_totals_news() -> None:
    figures = detect(STATES_SHARES, None, date(2025, 3, 1)).figures
    assert {f.value: f.aside for f in figures} == {3000: False, 9000: False, 1000: True, 1200: True}


def test_one_states_share_of_an_order_is_an_aside() -> None:
    text = (
        "The Pentagon has ordered 1,500 more active-duty troops to the southern border, bringing"
        " the total to about 5,000. Of those, 600 will go to Arizona."
    )
    figures = detect(text, None, date(2025, 3, 1)).figures
    assert {f.value: f.aside for f in figures} == {1500: False, 5000: False, 600: True}


def test_a_story_with_one_figure_gives_it_as_news() -> None:
    text = (
        "About 1,000 National Guard troops are deployed to the border in Arizona, officials said."
    )
    assert [f.aside for f in detect(text, None, date(2025, 3, 1)).figures] == [False]


def test_the_odds_are_the_logistic_of_the_features_weights() -> None:
    weights = Weights(intercept=-1.0, weights={"share:smaller": 2.0, "force:military": 1.0})
    assert math.isclose(weights.probability({"share:smaller"}), 1 / (1 + math.exp(-1.0)))
    assert weights.probability({"unknown"}) < 0.5 < weights.probability({"share:smaller"})
