"""Pinned behaviour of `detect` on invented news sentences (tests/data/figure_cases.jsonl).

Each case lists the whole expected set of (value, force, status, qualifier) figures and the
relevance flag; the sentences are written for these tests, not taken from any source.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractors.detect import _story_year, detect
from extractors.lexicon import LANGUAGES, lexicon
from extractors.model import Detection
from extractors.numbers import find_numbers
from extractors.relevance import passage_score
from extractors.status import STEPS
from extractors.status_model import UNCUED

CASES = Path(__file__).parent / "data" / "figure_cases.jsonl"


def _detect(case: dict[str, Any]) -> Detection:
    published = date.fromisoformat(case["published"]) if "published" in case else None
    return detect(case["text"], case.get("title"), published)


def _cases() -> list[dict[str, Any]]:
    with CASES.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["name"])
def test_case(case: dict[str, Any]) -> None:
    detection = _detect(case)
    got = sorted([f.value, f.force, f.status, f.qualifier] for f in detection.figures)
    assert detection.relevant is case["relevant"]
    assert got == sorted(case["figures"])


@pytest.mark.parametrize("case", [c for c in _cases() if "by" in c], ids=lambda c: c["name"])
def test_who_deploys(case: dict[str, Any]) -> None:
    detection = _detect(case)
    assert sorted(f.by for f in detection.figures) == sorted(case["by"])


@pytest.mark.parametrize("case", [c for c in _cases() if "lang" in c], ids=lambda c: c["name"])
def test_language(case: dict[str, Any]) -> None:
    assert _detect(case).lang == case["lang"]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["name"])
def test_evidence_is_the_span_of_the_text(case: dict[str, Any]) -> None:
    for figure in _detect(case).figures:
        assert case["text"][figure.start : figure.end] == figure.evidence
        assert any(ch.isdigit() or ch.isalpha() for ch in figure.evidence)
        assert not figure.evidence.endswith(".") or "." in figure.evidence[:-1].split()[-1]


# LABELING.md's examples of each status, in sentences of our own.
STATUS_EXAMPLES = [
    ("There are around 8,600 troops at the southern border.", "deployed"),
    ("The new units bring the total at the southern border to nearly 4,000 troops.", "deployed"),
    ("The Marines will join about 2,350 troops already there at the southern border.", "deployed"),
    ("The Pentagon will cut the border force from the current number of about 5,900 troops.",
     "deployed"),
    ("Another 1,115 troops were approved for the southern border mission on Friday.", "ordered"),
    ("The Pentagon will deploy 2,000 more troops to the southern border.", "ordered"),
    ("The Pentagon weighs sending 10,000 troops to the southern border.", "proposed"),
    ("The border force could climb to 2,500 troops, officials said.", "proposed"),
    ("The Pentagon is likely to reduce the southern border force to around 4,000 troops.",
     "proposed"),
    ("Up to 4,000 troops are authorized for the southern border mission.", "authorized"),
    ("About 2,000 troops at the southern border will return home next month.", "withdrawn"),
    ("In December about 5,900 troops were deployed at the southern border.", "previous"),
    ("The 2,500 Guardsmen Biden had stationed at the southern border at the end of his term "
     "have left.", "previous"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "status"), STATUS_EXAMPLES)
def test_labeling_examples(sentence: str, status: str) -> None:
    assert [f.status for f in detect(sentence).figures] == [status]


@pytest.mark.parametrize(
    "attribution",
    ["officials said", "according to officials", "a spokesman added", "the agency noted"],
)
def test_what_someone_reported_would_happen_is_ordered_whoever_reported_it(
    attribution: str,
) -> None:
    text = f"The Pentagon would send 1,500 more troops to the southern border, {attribution}."
    assert [f.status for f in detect(text).figures] == ["ordered"]


@pytest.mark.parametrize("verb", ["dijo", "aseguró", "detalló", "precisó"])
def test_what_someone_reported_would_happen_is_ordered_in_spanish_too(verb: str) -> None:
    text = f"El Ejército desplegaría 2,000 soldados más en la frontera norte, {verb} el secretario."
    assert [f.status for f in detect(text).figures] == ["ordered"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 5,000 Guard troops that the governor promised to send to the border with Mexico"
            " are now in place, officials said.",
            [(5000, "deployed")],
        ),
        (
            "Los 4 mil elementos que la Defensa prometió enviar a la frontera norte ya están en"
            " Sonora, informó el general.",
            [(4000, "deployed")],
        ),
        # The whole a part was counted from keeps its own clause.
        (
            "About 700 of the 1,200 soldiers that the Pentagon approved last week are now at the"
            " southern border.",
            [(700, "deployed"), (1200, "ordered")],
        ),
        # An arrival that opens a sentence is its first people's; where they come from is
        # not where they go.
        (
            "Llegaron a Nogales 300 guardias y otros 60 llegarán el martes a la frontera norte.",
            [(300, "deployed"), (60, "ordered")],
        ),
        (
            "Llegaron a Nogales 300 guardias procedentes de Puebla y Michoacán para reforzar la"
            " frontera norte.",
            [(300, "deployed")],
        ),
    ],
)
def test_where_people_are_and_whether_they_have_arrived(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.value, f.status) for f in detect(text).figures] == expected


def test_troops_at_an_inland_base_awaiting_orders_are_not_yet_at_the_border() -> None:
    text = (
        "About 900 active-duty soldiers were at Fort Bliss on Monday awaiting orders to move"
        " to the border with Mexico, while 200 others had already reached the Rio Grande Valley,"
        " Northern Command said."
    )
    assert [(f.value, f.status) for f in detect(text).figures] == [
        (900, "ordered"),
        (200, "deployed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump told reporters he wanted between 2,000 and 4,000 troops on the southern border"
        " and that they might stay until a wall is built.",
        "Trump dijo que quería 4 mil soldados en la frontera con México.",
    ],
)
def test_a_wish_for_troops_at_the_border_is_a_proposal(text: str) -> None:
    assert [f.status for f in detect(text).figures] == ["proposed"]


def test_a_level_the_forces_will_be_around_is_ordered() -> None:
    text = (
        "Con el refuerzo, las tropas federales en la frontera con México rondarán los 9 mil,"
        " según un funcionario de Defensa."
    )
    assert [(f.value, f.status) for f in detect(text).figures] == [(9000, "ordered")]
    past = "En 2019, el despliegue en la frontera con México llegó a rondar los 6 mil efectivos."
    figures = detect(past, published=date(2025, 3, 2)).figures
    assert [(f.value, f.status) for f in figures] == [(6000, "previous")]


def test_a_figure_dated_before_the_story_is_previous() -> None:
    text = "In 2006, President Bush deployed 6,000 National Guard troops to the southern border."
    (figure,) = detect(text, published=date(2025, 3, 1)).figures
    assert (figure.value, figure.status) == (6000, "previous")
    (same_year,) = detect(text, published=date(2006, 6, 1)).figures
    assert same_year.status != "previous"


def test_irrelevant_passage_reports_no_figures() -> None:
    text = "The Pentagon will send 3,000 troops to Romania. They join 1,000 troops in Germany."
    detection = detect(text)
    assert detection.relevant is False
    assert detection.figures == ()
    assert 0.0 <= detection.score < 0.5


def test_asides_after_a_story_that_opens_at_this_border_take_nothing_from_it() -> None:
    # Sentence weights: the lede places troops at the border; three later sentences send
    # troops to Los Angeles, Chicago and Poland.
    assert passage_score([2, 0, -4, -4, -4], title_evidence=0) == passage_score([2], 0) > 0.5
    # A story that opens elsewhere is still weighed whole.
    assert passage_score([-4, 2, 2], title_evidence=0) < 0.5


def test_people_leaving_this_border_for_elsewhere_are_news_of_this_border() -> None:
    left = (
        "About 250 Guard members who had patrolled the border in Nogales since March were pulled"
        " out and sent to Sinaloa, city officials said."
    )
    assert [(f.value, f.status) for f in detect(left).figures] == [(250, "withdrawn")]
    elsewhere = "About 250 Guard members in Nogales were sent to Sinaloa, city officials said."
    assert detect(elsewhere).relevant is False


@pytest.mark.parametrize(
    "text",
    [
        "Texas's allied states now have about 800 Guard members on the border with Mexico under"
        " Operation Lone Star, Gov. Greg Abbott's office said.",
        "En conjunto, los estados aliados suman unos 800 elementos de sus guardias nacionales en"
        " la frontera de Texas con México, según la oficina del gobernador Greg Abbott.",
    ],
)
def test_a_total_of_allied_states_is_pooled(text: str) -> None:
    assert [(f.value, f.by) for f in detect(text, published=date(2024, 2, 5)).figures] == [
        (800, "unclear")
    ]


def test_the_federal_sender_of_a_clause_is_not_outvoted_by_the_governors_next_clause() -> None:
    text = (
        "The Department of Homeland Security announced 400 more agents for the Border Patrol in"
        " Del Rio, while Gov. Greg Abbott ordered Texas National Guard soldiers to line the"
        " riverbank under Operation Lone Star."
    )
    figures = detect(text, published=date(2021, 9, 20)).figures
    assert [(f.value, f.by) for f in figures] == [(400, "us_federal")]


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Rick Perry has asked Washington to send 1,000 Guard troops to the Rio Grande at"
        " federal expense.",
        "Unos 3 mil guardias de varios estados, pagados por Washington, apoyan en la frontera"
        " con México bajo el mando de sus gobernadores.",
    ],
)
def test_guard_at_federal_expense_is_on_the_federal_mission(text: str) -> None:
    figures = detect(text, published=date(2014, 7, 22)).figures
    assert [f.by for f in figures] == ["us_federal"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Guard a state keeps at its own expense is its own, beside the federal mission.
        (
            "The Guard members now arriving serve on the federal mission under Title 32. They"
            " join the roughly 100 Texas Guard members the state has kept on the border with"
            " Mexico at its own expense since 2014.",
            date(2018, 4, 11),
            [(100, "deployed", "state:TX")],
        ),
        # A number that would deploy counts the people named before it.
        (
            "Governors pledged National Guard troops for the border with Mexico on Friday."
            " Arizona Gov. Doug Ducey said about 150 would deploy next week.",
            date(2018, 4, 7),
            [(150, "ordered", "us_federal")],
        ),
        # Where people come from is not where they are, unless they are said to leave it.
        (
            "About 300 Mexican Guard members reached Nogales on the northern border this week."
            " Another 200 Guard members will arrive on Monday from Sinaloa, officials said."
            " Trump said he would also withdraw all 2,000 U.S. troops from Syria.",
            date(2025, 3, 5),
            [(300, "deployed", "mexico"), (200, "ordered", "mexico")],
        ),
        # What Mexico did is told from Mexico's side, whoever else the sentence names.
        (
            "Mexican National Guard troops began arriving in Tijuana on Tuesday. Mexico made a"
            " similar pledge in 2019, when it sent about 12,000 soldiers to the northern border"
            " after Trump threatened tariffs.",
            date(2025, 2, 5),
            [(12000, "previous", "mexico")],
        ),
    ],
)
def test_who_sends_and_where_people_are(
    text: str, published: date, expected: list[tuple[int, str, str]]
) -> None:
    figures = detect(text, published=published).figures
    assert [(f.value, f.status, f.by) for f in figures] == expected


def test_a_total_that_names_no_one_force_counts_every_force() -> None:
    text = (
        "The Pentagon will send 3,000 more active-duty troops to the southern border, a move"
        " that will push the total military presence there past 9,000."
    )
    figures = detect(text).figures
    assert [(f.value, f.force) for f in figures] == [(3000, "active_duty"), (9000, "military")]
    named = text.replace("total military presence", "total of active-duty troops")
    assert [f.force for f in detect(named).figures] == ["active_duty", "active_duty"]


def test_mexicos_defense_secretary_speaks_for_mexico() -> None:
    text = (
        "Defense Secretary Gen. Ricardo Trevilla said the ministry was studying a proposal to"
        " add about 2,000 soldiers to patrol the desert along the border with the United States."
    )
    assert [(f.value, f.status, f.by) for f in detect(text).figures] == [
        (2000, "proposed", "mexico")
    ]


def test_a_datelines_state_is_where_the_story_was_filed_not_who_sends() -> None:
    text = (
        "EL PASO, Texas — A bill in the Arizona Legislature would require the governor to keep"
        " at least 500 National Guard members on the border with Mexico at all times.\n\n"
        "Gov. Doug Ducey now has about 150 Guard members there under a state emergency"
        " declaration."
    )
    figures = detect(text, None, date(2022, 3, 15)).figures
    assert [(f.value, f.by) for f in figures] == [(500, "state:AZ"), (150, "state:AZ")]


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: This story has been updated with reaction from state lawmakers.",
        "Published: Nov. 5, 2024 at 3:45 p.m.",
        "Updated 10:14 AM EST, Tue November 5, 2024",
    ],
)
def test_a_line_above_the_story_does_not_take_its_opening(line: str) -> None:
    story = (
        "PHOENIX — The Republican candidate promised Tuesday that she would put the National"
        " Guard on Arizona's border with Mexico on her first day in office.\n\n"
        '"We will secure the state," she told supporters at a rally. Her rival called the plan'
        " a stunt. Polls show a close race, and both campaigns are spending heavily on ads."
        " Turnout among young voters is expected to be high."
    )
    assert detect(story).relevant is True
    assert detect(f"{line}\n\n{story}").relevant is True


def test_an_undated_story_is_of_the_latest_year_that_stands_alone() -> None:
    assert _story_year("In 1999 and A2030, 20251 or 2024x; by 2020, 2019.", lexicon("en")) == 2020


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("en", "The Pentagon sent 5,200 troops in November 2018, and 2,100 since.", 2019),
        ("en", "Troops have served there since 2019. The mission runs through 2019.", 2019),
        ("en", "No year at all.", None),
        ("es", "Los elementos llegaron desde marzo de 2019 a la frontera.", 2020),
        ("es", "El presupuesto 2019 prevé 1,500 elementos.", 2019),
    ],
)
def test_an_undated_story_that_names_its_latest_year_as_past_is_of_a_later_one(
    lang: str, text: str, year: int | None
) -> None:
    assert _story_year(text, lexicon(lang)) == year


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_places_of_mexicos_people_are_mexico_cues(lang: str) -> None:
    # A passage that names no `mexico` cue is not searched for the places (mexico_mentions).
    deployers = lexicon(lang).deployers
    places = deployers.mexico_places.pattern.removeprefix("(?<!\\w)").removesuffix("\\b")
    assert places in deployers.mexico.pattern


def test_one_figure_per_value_force_status() -> None:
    text = (
        "The Pentagon is sending 1,500 active-duty troops to the southern border.\n"
        "The 1,500 troops will arrive at the border with Mexico next week, and the "
        "deployment of 1,500 active-duty troops was approved on Monday."
    )
    figures = detect(text).figures
    assert [(f.value, f.force, f.status) for f in figures] == [(1500, "active_duty", "ordered")]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "The Pentagon will send up to 1,500 active-duty troops to the U.S.-Mexico border.",
            {1500: "nearest cue"},
        ),
        (
            "How it unfolded:\nJan. 22: The Pentagon orders 1,500 active-duty troops to the"
            " southern border.\nJune 2: About 2,000 troops remain at the border.",
            {1500: "past timeline entry", 2000: "predicate after"},
        ),
        (
            "About 700 National Guard troops were moved from the U.S.-Mexico border to Los"
            " Angeles, officials said.",
            {700: "leaving this border"},
        ),
        (
            "Officials said 1,400 of the 5,400 active-duty troops at the southern border will"
            " return home this month.",
            {1400: "a part leaves its whole", 5400: "the whole a part leaves"},
        ),
    ],
)
def test_a_figure_names_the_step_that_decided_its_status(text: str, steps: dict[int, str]) -> None:
    """So that the desk's corrections can be counted by the step that went wrong."""
    figures = detect(text, None, date(2025, 6, 10)).figures
    assert {f.value: f.status_step for f in figures} == steps


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "Texas Gov. Greg Abbott has deployed about 4,100 Texas National Guard soldiers to"
            " the border under Operation Lone Star. The Pentagon has ordered 1,500 more troops"
            " to the southern border. They are all active duty.",
            {
                4100: ("its noun", "a governor's mission"),
                1500: ("the next sentence", "the Pentagon's troops"),
            },
        ),
        (
            "Mexico sent 10,000 troops to its northern border with the United States.",
            {10000: ("none stated", "Mexico named before")},
        ),
    ],
)
def test_a_figure_names_what_decided_its_force_and_deployer(
    text: str, steps: dict[int, tuple[str, str]]
) -> None:
    figures = detect(text, None, date(2025, 2, 10)).figures
    assert {f.value: (f.force_step, f.by_step) for f in figures} == steps


def test_a_second_opinion_is_named_with_the_step_it_overrules() -> None:
    second = [
        f.status_step
        for case in _cases()
        for f in _detect(case).figures
        if f.status_step.startswith("second opinion on ")
    ]
    assert second, "the model overrules no step of the pinned cases"
    steps = {name for name, _ in STEPS} | {UNCUED}
    assert {step.removeprefix("second opinion on ") for step in second} <= steps


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("eight hundred troops", [800]),
        ("a dozen agents", [12]),
        ("two hundred and fifty Marines", [250]),
        ("5.2K troops", [5200]),
        ("12,500 troops", [12500]),
        ("2,000 to 4,000 troops", [4000]),
        ("between 2,000 and 4,000 troops", [4000]),
        ("2,000-4,000 troops", [4000]),
        ("climbed from 1,500 to 1,600", [1500, 1600]),
        ("thousands of troops, hundreds of agents, several thousand soldiers", []),
        ("in 2019, on Oct. 29, a 90-day mission, $2.5 billion, Title 10", []),
        ("the 82nd Airborne and M-4 rifles", []),
        ("on March 3 500 troops arrived", [500]),
        ("between two thousand and four thousand troops", [4000]),
        ("a goal of six thousand troops, tens of thousands of migrants", [6000]),
        ("a couple of hundred agents, dozens of soldiers", []),
        # Written like a year, a number may still count people
        ("about 2000 troops; sent 1800 soldiers", [2000, 1800]),
        ("In 2019 troops arrived for the 2018 deployment", []),
    ],
)
def test_numbers(sentence: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(sentence, lexicon("en").numbers)] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("1.500 elementos", [1500]),
        ("1,500 elementos", [1500]),
        ("1 500 elementos", [1500]),
        ("10\u00a0000 efectivos", [10000]),
        ("mil 500 elementos", [1500]),
        ("en 2019 500 elementos", [500]),
        ("entre diez mil y quince mil efectivos", [15000]),
        ("treinta y cinco mil y diez mil efectivos", [35000, 10000]),
        ("unos 2000 elementos y 1949 guardias", [2000, 1949]),
        ("en 2019 elementos de la Guardia, desde 2020 soldados", []),
    ],
)
def test_spanish_numbers(sentence: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(sentence, lexicon("es").numbers)] == values
