"""The series and change rules, on a real DuckDB file, one article at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import duckdb
import pytest

from extractors.model import Article, Detection, Figure
from warehouse import changes, corrections, reports, store, timeline
from warehouse.changes import Decision, Reported, SeriesAlert, decide, same_report
from warehouse.db import WarehouseError, migrate, writing
from warehouse.records import ChannelRef, PageOutcome, Revisit

WINDOW = timedelta(days=14)
_links = count(1)


def guard(
    value: int,
    status: str = "deployed",
    qualifier: str = "approx",
    confidence: float = 1.0,
    aside: bool = False,
) -> Figure:
    evidence = f"about {value:,} National Guard troops"
    return Figure(
        value, "national_guard", status, qualifier, evidence, 0, len(evidence),  # type: ignore[arg-type]
        confidence=confidence, aside=aside,
    )  # fmt: skip


def story(outlet: str, day: int, *figures: Figure, hour: int = 12) -> PageOutcome:
    published = datetime(2025, 3, day, hour, tzinfo=UTC)
    text = " ".join(f.evidence for f in figures) or "no figures"
    return PageOutcome(
        feed_url="http://feeds.example/rss",
        outlet=outlet,
        link=f"http://news.example/{next(_links)}",
        guid=None,
        title="Border deployment",
        published=published,
        fetched_at=datetime(2025, 4, 1, tzinfo=UTC),
        status="extracted",
        article=Article(text, "Border deployment", published, outlet),
        detection=Detection(True, 0.9, figures),
    )


class Desk:
    """A warehouse file that receives stories run by run, as the pipeline would store them."""

    def __init__(self, path: Path, channels: tuple[ChannelRef, ...] = ()) -> None:
        self.path = path
        self.channels = channels
        self.rules = changes.Rules(WINDOW)
        migrate(path, 5)

    def run(self, *stories: PageOutcome) -> tuple[int, ...]:
        with writing(self.path, 5) as con:
            run_id = store.start_run(con, datetime.now(UTC))
            return store.store_pages(con, run_id, stories, self.channels, self.rules).alert_ids

    def alerts(self) -> list[tuple[str, int | None, int]]:
        with duckdb.connect(str(self.path), read_only=True) as con:
            return con.execute(
                "SELECT kind, old_value, new_value FROM alerts ORDER BY id"
            ).fetchall()

    def corroborations(self) -> list[tuple[int, str]]:
        with duckdb.connect(str(self.path), read_only=True) as con:
            return con.execute(
                "SELECT alert_id, outlet FROM corroborations ORDER BY 1, 2"
            ).fetchall()


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return Desk(tmp_path / "tw.duckdb")


def test_first_figure_then_change(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Ledger", 6, guard(2600)))
    assert desk.alerts() == [("first", None, 2100), ("change", 2100, 2600)]


def test_same_value_from_other_outlets_corroborates_once_each(desk: Desk) -> None:
    (alert,) = desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Courier", 4, guard(2100)), story("Courier", 5, guard(2100)))
    desk.run(story("Ledger", 6, guard(2100)), story("Wire", 6, guard(2100, qualifier="exact")))
    assert desk.alerts() == [("first", None, 2100)]
    assert desk.corroborations() == [(alert, "Courier"), (alert, "Wire")]


def test_stale_story_is_stored_not_alerted(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Ledger", 10, guard(2600)))
    desk.run(story("Courier", 5, guard(1800)))
    assert desk.alerts() == [("first", None, 2100), ("change", 2100, 2600)]
    with duckdb.connect(str(desk.path), read_only=True) as con:
        assert con.execute("SELECT value FROM latest_figures").fetchall() == [(2600,)]
        assert con.execute("SELECT count(*) FROM figures").fetchone() == (3,)


def test_a_figure_contradicted_later_in_the_same_run_is_history(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(
        story("Wire", 5, guard(2300)),  # late: Ledger's newer story below already moved on
        story("Ledger", 9, guard(2600)),
        story("Wire", 10, guard(2600)),
    )
    assert desk.alerts() == [("first", None, 2100), ("change", 2100, 2600)]
    assert [outlet for _, outlet in desk.corroborations()] == ["Wire"]


def test_previous_figures_never_move_a_series(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Ledger", 8, guard(5900, status="previous"), guard(2100)))
    assert desk.alerts() == [("first", None, 2100)]


def test_repeating_a_recent_value_does_not_flip_flop(desk: Desk) -> None:
    desk.run(story("Ledger", 1, guard(5900)))
    desk.run(story("Ledger", 5, guard(4000)))
    desk.run(story("Courier", 7, guard(5900)))  # an older figure repeated: corroboration
    desk.run(story("Wire", 8, guard(4000)))
    assert desk.alerts() == [("first", None, 5900), ("change", 5900, 4000)]


def test_a_value_from_long_ago_is_news_again(desk: Desk) -> None:
    desk.run(story("Ledger", 1, guard(5900)))
    desk.run(story("Ledger", 2, guard(4000)))
    desk.run(story("Ledger", 25, guard(5900)))
    assert [a[2] for a in desk.alerts()] == [5900, 4000, 5900]


def test_each_force_and_status_is_its_own_series(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100), guard(4000, status="authorized", qualifier="upper")))
    assert desk.alerts() == [("first", None, 2100), ("first", None, 4000)]


def test_alerts_queue_one_delivery_per_matching_channel(tmp_path: Path) -> None:
    everything = ChannelRef("k1", "json://127.0.0.1/all")
    guard_only = ChannelRef("k2", "json://127.0.0.1/guard", tags=("national_guard",))
    troops_only = ChannelRef("k3", "json://127.0.0.1/active", tags=("active_duty",))
    desk = Desk(tmp_path / "tw.duckdb", (everything, guard_only, troops_only))
    desk.run(story("Ledger", 3, guard(2100)))
    with duckdb.connect(str(desk.path), read_only=True) as con:
        rows = con.execute("SELECT channel_key, state FROM deliveries ORDER BY 1").fetchall()
    assert rows == [("k1", "pending"), ("k2", "pending")]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((5900, "exact"), (5900, "approx"), True),
        ((5900, "exact"), (6000, "approx"), True),
        ((5900, "exact"), (6200, "approx"), False),
        ((4000, "approx"), (3950, "exact"), True),
        ((1500, "exact"), (1501, "exact"), False),
        ((2200, "approx"), (2600, "approx"), False),
    ],
)
def test_approximate_figures_compare_loosely(
    a: tuple[int, str], b: tuple[int, str], same: bool
) -> None:
    assert same_report(*a, *b) is same


def test_decide_names_the_alert_it_corroborates() -> None:
    when = datetime(2025, 3, 3, tzinfo=UTC)
    earlier = SeriesAlert(7, 2100, "approx", when, frozenset({"Ledger"}))
    current = Reported(2100, "approx", when, "Ledger")
    new = Reported(2100, "exact", when + timedelta(days=1), "Courier")
    assert decide(new, current, [earlier], WINDOW) == Decision("corroborate", 7)
    same_outlet = Reported(2100, "exact", when + timedelta(days=1), "Ledger")
    assert decide(same_outlet, current, [earlier], WINDOW) == Decision("none", 7)


def test_two_outlets_disagreeing_within_the_window_is_one_conflict(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Ledger", 9, guard(2600)), story("Courier", 9, guard(3400)))
    desk.run(story("Ledger", 10, guard(2600)))  # a side repeating itself: no news
    desk.run(story("Wire", 10, guard(3400)))  # another outlet sides with the Courier
    assert desk.alerts() == [
        ("first", None, 2100),
        ("conflict", 2100, 2600),
        ("settled", 2600, 3400),
    ]
    with duckdb.connect(str(desk.path), read_only=True) as con:
        reports = con.execute(
            "SELECT outlet, value FROM conflict_reports ORDER BY figure_id"
        ).fetchall()
        assert con.execute(
            "SELECT count(*) FROM conflicts WHERE settled_at IS NULL"
        ).fetchone() == (0,)
    assert reports == [("Ledger", 2600), ("Courier", 3400), ("Ledger", 2600)]


def test_reports_further_apart_than_the_window_are_changes(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Courier", 6, guard(2600)))
    assert desk.alerts() == [("first", None, 2100), ("change", 2100, 2600)]


def test_decide_conflicts_settles_and_revisions() -> None:
    when = datetime(2025, 3, 3, tzinfo=UTC)
    ledger = Reported(2600, "approx", when, "Ledger", article_id=1)
    courier = Reported(3400, "approx", when + timedelta(hours=3), "Courier", article_id=2)
    assert decide(courier, ledger, [], WINDOW).kind == "conflict"
    assert decide(courier, ledger, [], WINDOW).rivals == (ledger,)
    wire = Reported(3400, "approx", when + timedelta(days=1), "Wire", article_id=3)
    assert decide(wire, courier, [], WINDOW, conflict=[ledger, courier]).kind == "settle"
    late = Reported(5000, "approx", when + timedelta(days=4), "Wire", article_id=3)
    assert decide(late, courier, [], WINDOW, conflict=[ledger, courier]).kind == "change"
    revised = Reported(2000, "exact", when + timedelta(hours=1), "Ledger", article_id=1)
    assert decide(revised, ledger, [], WINDOW).kind == "revision"
    first = Reported(2600, "approx", when, "Ledger", article_id=1)
    assert decide(first, None, [], WINDOW, pending=[courier]).kind == "conflict"


def test_the_conflict_window_is_the_configured_one(tmp_path: Path) -> None:
    desk = Desk(tmp_path / "tw.duckdb")
    desk.rules = changes.Rules(WINDOW, conflict_window=timedelta(hours=1))
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Courier", 3, guard(2600), hour=14))  # two hours later: a change
    assert desk.alerts() == [("first", None, 2100), ("change", 2100, 2600)]


def test_an_unsure_figure_is_stored_held_and_never_speaks_for_its_series(desk: Desk) -> None:
    desk.rules = changes.Rules(WINDOW, min_confidence=0.8)
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Courier", 5, guard(4000, confidence=0.6)))
    assert desk.alerts() == [("first", None, 2100)]
    with duckdb.connect(str(desk.path), read_only=True) as con:
        assert con.execute("SELECT value FROM latest_figures").fetchall() == [(2100,)]
        assert con.execute(
            "SELECT value, confidence, held, counted FROM figure_history ORDER BY figure_id"
        ).fetchall() == [(2100, 1.0, False, True), (4000, 0.6, True, False)]
        columns, rows = reports.figure_list(con, 10)
        assert [row[columns.index("desk")] for row in rows] == ["held (unsure)", ""]
        assert [row[columns.index("sure")] for row in rows] == [0.6, 1.0]
    # A sure report of the held value is news: the series never had it.
    desk.run(story("Wire", 6, guard(4000)))
    assert desk.alerts()[-1] == ("change", 2100, 4000)
    with duckdb.connect(str(desk.path), read_only=True) as con:
        columns, rows = reports.figure_list(con, 10, least_sure=True)
    assert [row[columns.index("sure")] for row in rows] == [0.6, 1.0, 1.0]


def test_an_aside_is_stored_held_and_never_speaks_for_its_series(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    # The story leads with a part of its news: the part is held, the total it gives speaks.
    desk.run(story("Courier", 8, guard(400, aside=True), guard(2600)))
    assert desk.alerts() == [("first", None, 2100), ("change", 2100, 2600)]
    desk.run(story("Wire", 9, guard(300, aside=True)))
    assert len(desk.alerts()) == 2
    with duckdb.connect(str(desk.path), read_only=True) as con:
        assert con.execute("SELECT value FROM latest_figures").fetchall() == [(2600,)]
        assert con.execute(
            "SELECT value, aside, held, counted FROM figure_history ORDER BY figure_id"
        ).fetchall() == [
            (2100, False, False, True),
            (400, True, True, False),
            (2600, False, False, True),
            (300, True, True, False),
        ]
        columns, rows = reports.figure_list(con, 10)
    assert [row[columns.index("desk")] for row in rows] == ["held (aside)", "", "held (aside)", ""]


def test_an_aside_the_desk_leaves_held_is_exported_as_optional(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2600), guard(400, aside=True), guard(300, aside=True)))
    with writing(desk.path, 5) as con:
        ids = dict(con.execute("SELECT value, id FROM figures").fetchall())
        corrections.correct(con, ids[2600], corrections.Fix(value=2700), "read", "desk", ())
        corrections.correct(con, ids[300], corrections.Fix(status="deployed"), "news", "desk", ())
        (record,) = reports.label_records(con)
    assert [(f["value"], f["optional"]) for f in record["figures"]] == [
        (2700, False),
        (400, True),
        (300, False),  # released by the desk: news
    ]


def test_without_a_bar_every_figure_alerts(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100, confidence=0.05)))
    assert desk.alerts() == [("first", None, 2100)]


def revised(
    page: PageOutcome, article_id: int, day: int, *figures: Figure, text: str = ""
) -> PageOutcome:
    """The same story read again on `day` of March with new words and these figures."""
    when = datetime(2025, 3, day, 12, tzinfo=UTC)
    text = text or " ".join(f.evidence for f in figures) + " Updated."
    return replace(
        page,
        fetched_at=when,
        article=Article(text, page.title, page.published, page.outlet),
        detection=Detection(True, 0.9, figures),
        revisit=Revisit(article_id, "feed_updated", 0, entry_date=when),
    )


def test_the_desk_confirms_a_held_figure_and_it_stays_confirmed(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    courier = story("Courier", 5, guard(4000, aside=True), guard(300, aside=True))
    desk.run(courier)
    with writing(desk.path, 5) as con:
        ids = dict(con.execute("SELECT value, id FROM figures").fetchall())
        done = corrections.correct(con, ids[4000], corrections.Fix(), "news", "desk", ())
        assert done.alert_ids  # the series moved: 2,100 → 4,000
        columns, rows = reports.figure_list(con, 10)
        (record,) = reports.label_records(con)
        _, to_check = reports.figure_list(con, 10, least_sure=True)
    assert [row[columns.index("desk")] for row in rows] == ["held (aside)", "confirmed", ""]
    assert [row[columns.index("value")] for row in to_check] == [300, 2100]  # not the checked
    assert [(f["value"], f["optional"]) for f in record["figures"]] == [(4000, False), (300, True)]
    assert record["note"] == "checked by the desk: confirm #2: news"
    assert desk.alerts() == [("first", None, 2100), ("correction", 2100, 4000)]

    # The story is revised; the detector reads the 4,000 as an aside again: it stays released.
    (article,) = _rows(desk, "SELECT article_id FROM figures WHERE id = $1", ids[4000])
    desk.run(revised(courier, article[0], 7, guard(4000, aside=True), guard(4500)))
    second = "SELECT value, held, confirmed FROM figures WHERE revision = 2 ORDER BY id"
    assert _rows(desk, second) == [(4000, False, True), (4500, False, False)]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(4000,)]
    assert _rows(desk, "SELECT action FROM corrections") == [("confirm",)]


def test_a_released_figure_stays_released_when_its_story_is_revised(desk: Desk) -> None:
    desk.rules = changes.Rules(WINDOW, min_confidence=0.8)
    courier = story("Courier", 5, guard(4000, confidence=0.6))
    desk.run(courier)
    (held, article) = _rows(desk, "SELECT id, article_id FROM figures")[0]
    with writing(desk.path, 5) as con:
        corrections.correct(con, held, corrections.Fix(value=4100), "read", "desk", ())
    desk.run(revised(courier, article, 7, guard(4000, confidence=0.6)))
    assert _rows(desk, "SELECT value, held, corrected, confirmed FROM figures ORDER BY id") == [
        (4100, False, True, False),
        (4100, False, True, False),
    ]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(4100,)]


def test_the_desk_sets_aside_a_part_and_it_stays_aside(desk: Desk) -> None:
    desk.run(story("Ledger", 1, guard(2100)))
    courier = story("Courier", 5, guard(300), guard(2600))  # a part read as the news
    desk.run(courier)
    ids = dict(_rows(desk, "SELECT value, id FROM figures"))
    with writing(desk.path, 5) as con:
        done = corrections.correct(
            con, ids[300], corrections.Fix(aside=True), "Yuma's share", "desk", ()
        )
        columns, rows = reports.figure_list(con, 10)
        _, to_check = reports.figure_list(con, 10, least_sure=True)
        (record,) = reports.label_records(con)
        shown = {f.value: f.checked for t in timeline.series_timelines(con) for f in t.figures}
    assert shown == {300: "set aside", 2600: "", 2100: ""}  # the report's words for it
    assert done.alert_ids and desk.alerts()[-1] == ("correction", 300, 2600)
    assert [row[columns.index("desk")] for row in rows] == ["", "set aside", ""]
    assert [row[columns.index("value")] for row in to_check] == [2600, 2100]
    assert [(f["value"], f["optional"]) for f in record["figures"]] == [(300, True), (2600, False)]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(2600,)]

    # Revised, the detector reads the part as news again: it is set aside again.
    (article,) = _rows(desk, "SELECT article_id FROM figures WHERE id = $1", ids[300])
    desk.run(revised(courier, article[0], 7, guard(300), guard(2700)))
    second = "SELECT value, held, aside, set_aside, confirmed FROM figures WHERE revision = 2"
    assert _rows(desk, second + " ORDER BY id") == [
        (300, True, True, True, False),
        (2700, False, False, False, False),
    ]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(2700,)]
    assert desk.alerts()[-1] == ("revision", 2600, 2700)

    # The desk changes its mind and confirms it: released, it speaks for the story again.
    (part,) = _rows(desk, "SELECT id FROM figures WHERE revision = 2 AND value = 300")
    with writing(desk.path, 5) as con:
        corrections.correct(con, part[0], corrections.Fix(), "the news", "desk", ())
    assert _rows(desk, second + " AND value = 300") == [(300, False, True, False, True)]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(300,)]


def test_the_desk_fixes_a_qualifier_and_it_stays_fixed(desk: Desk) -> None:
    ledger = story("Ledger", 3, guard(2100))
    desk.run(ledger)
    (figure, article) = _rows(desk, "SELECT id, article_id FROM figures")[0]
    with writing(desk.path, 5) as con:
        fix = corrections.Fix(qualifier="upper")
        done = corrections.correct(con, figure, fix, "a cap", "desk", ())
        (record,) = reports.label_records(con)
    assert done.alert_ids == ()  # the same number: nothing new for the series
    assert [(f["value"], f["qualifier"]) for f in record["figures"]] == [(2100, "upper")]
    assert _rows(desk, "SELECT qualifier, corrected FROM figures") == [("upper", True)]

    # Revised, the detector reads "about" again: the desk's qualifier stays.
    desk.run(revised(ledger, article, 7, guard(2100)))
    assert _rows(desk, "SELECT qualifier, corrected FROM figures WHERE revision = 2") == [
        ("upper", True)
    ]
    assert _rows(desk, "SELECT qualifier FROM latest_figures") == [("upper",)]


MISSED = "The Pentagon ordered 1,500 active-duty troops to the southern border on Friday."


def untold(outlet: str, day: int, text: str) -> PageOutcome:
    """A story whose figures the detector missed: read as not relevant."""
    page = story(outlet, day)
    article = Article(text, page.title, page.published, outlet)
    return replace(page, article=article, detection=Detection(False, 0.1, ()))


MISSED_FIGURE = corrections.Missed(
    1500, "active_duty", "ordered", "us_federal", "exact", "1,500 active-duty troops"
)


def test_the_desk_adds_a_figure_the_detector_missed(desk: Desk) -> None:
    courier = untold("Courier", 5, MISSED)
    desk.run(courier)
    missed = MISSED_FIGURE  # its words are in MISSED
    with writing(desk.path, 5) as con:
        with pytest.raises(WarehouseError, match="no stored story"):
            corrections.add(con, "http://news.example/none", missed, None, "desk", ())
        with pytest.raises(WarehouseError, match="has no '1,600 troops'"):
            corrections.add(
                con, courier.link, replace(missed, evidence="1,600 troops"), None, "desk", ()
            )
        done = corrections.add(con, courier.link, missed, "the lede", "desk", ())
        (record,) = reports.label_records(con)
    assert done.alert_ids and desk.alerts() == [("correction", None, 1500)]
    assert record["relevant"] and [(f["value"], f["force"]) for f in record["figures"]] == [
        (1500, "active_duty")
    ]
    (figure,) = _rows(desk, "SELECT id, start_offset, added, confirmed, held FROM figures")
    assert figure[1:] == (MISSED.index("1,500"), True, True, False)

    # The desk corrects the figure it added; revised, the story still says it: it is added
    # again, as corrected.
    with writing(desk.path, 5) as con:
        corrections.correct(con, figure[0], corrections.Fix(value=1600), "typo", "desk", ())
    (article,) = _rows(desk, "SELECT id FROM articles")
    desk.run(revised(courier, article[0], 7, text=MISSED + " More soon."))
    assert _rows(desk, "SELECT value, added, corrected FROM figures WHERE revision = 2") == [
        (1600, True, True)
    ]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(1600,)]
    # Revised again, the detector now finds the figure: it is not added twice.
    found = replace(guard(1500), force="active_duty", status="ordered", by="us_federal")
    desk.run(revised(courier, article[0], 8, found, text=MISSED + " Updated."))
    assert _rows(desk, "SELECT value, added, corrected FROM figures WHERE revision = 3") == [
        (1600, False, True)
    ]


def test_a_figure_added_to_a_revised_story_is_dated_by_its_version(desk: Desk) -> None:
    ledger = story("Ledger", 3, guard(2100))
    desk.run(ledger)
    (article,) = _rows(desk, "SELECT id FROM articles")
    desk.run(revised(ledger, article[0], 9, text=MISSED))  # the detector finds nothing in it
    with writing(desk.path, 5) as con:
        corrections.add(con, ledger.link, MISSED_FIGURE, None, "desk", ())
    ((revision, published),) = _rows(
        desk, "SELECT revision, published_at FROM figure_history WHERE value = 1500"
    )
    assert (revision, published) == (2, datetime(2025, 3, 9, 12, tzinfo=UTC))


def test_the_desk_dismisses_a_story_that_is_not_about_the_border(desk: Desk) -> None:
    desk.run(story("Ledger", 3, guard(2100)))
    courier = story("Courier", 5, guard(2600), guard(500, status="ordered"))
    desk.run(courier)
    ids = dict(_rows(desk, "SELECT value, id FROM figures"))
    with writing(desk.path, 5) as con:
        corrections.dismiss_story(con, ids[500], "about Poland", "desk", ())
        (record,) = reports.label_records(con)
        with pytest.raises(WarehouseError, match="not about the border"):
            corrections.add(con, courier.link, MISSED_FIGURE, None, "desk", ())
    assert desk.alerts()[3:] == [("correction", 2600, 2100), ("correction", 500, None)]
    assert not record["relevant"] and record["figures"] == []
    assert _rows(desk, "SELECT action FROM corrections") == [("not_relevant",)]

    # Revised, it is still not about the border.
    (article,) = _rows(desk, "SELECT article_id FROM figures WHERE id = $1", ids[500])
    desk.run(revised(courier, article[0], 7, guard(2600), guard(700, status="ordered")))
    assert _rows(desk, "SELECT value FROM latest_figures") == [(2100,)]
    assert _rows(desk, "SELECT relevant FROM articles WHERE id = $1", article[0]) == [(False,)]
    assert len(desk.alerts()) == 5


UNREAD = "Mexico will keep its soldiers along the northern frontier, its president said."


def test_the_desk_judges_a_story_the_detector_missed_about_the_border(desk: Desk) -> None:
    courier = untold("Courier", 5, UNREAD)
    textless = replace(story("Ledger", 6), article=None, status="no_text")
    closer = untold("Herald", 4, "Soldiers were seen near the crossing.")
    desk.run(courier, textless, replace(closer, detection=Detection(False, 0.4, ())))
    with writing(desk.path, 5) as con:
        columns, listed = reports.story_list(con, 10, not_relevant=True)
        # The closest call first, though older; the page without text is not listed.
        assert [(row[-1], row[columns.index("score")]) for row in listed] == [
            (closer.link, 0.4),
            (courier.link, 0.1),
        ]
        with pytest.raises(WarehouseError, match="no stored story"):
            corrections.judge_story(con, "http://news.example/none", True, None, "desk", ())
        with pytest.raises(WarehouseError, match="no text of this story"):
            corrections.judge_story(con, textless.link, True, None, "desk", ())
        done = corrections.judge_story(con, courier.link, True, "Mexico's troops", "desk", ())
        (record,) = reports.label_records(con)
        columns, listed = reports.story_list(con, 10)
    assert done.alert_ids == () and desk.alerts() == []
    assert (record["relevant"], record["figures"]) == (True, [])
    assert record["note"] == "checked by the desk: relevant: Mexico's troops"
    verdict = [
        (row[columns.index("about the border")], row[columns.index("desk")]) for row in listed
    ]
    assert verdict == [("yes", "judged about it"), ("no", "")]  # the newest first
    assert _rows(desk, "SELECT action, figure_id FROM corrections") == [("relevant", None)]

    # Revised, the detector still reads it as not relevant: it stays about the border.
    (article,) = _rows(desk, "SELECT id FROM articles WHERE url = $1", courier.link)
    again = revised(courier, article[0], 7, text=UNREAD + " Updated.")
    desk.run(replace(again, detection=Detection(False, 0.1, ())))
    assert _rows(desk, "SELECT relevant, revision FROM articles WHERE id = $1", article[0]) == [
        (True, 2)
    ]


def test_the_desk_judges_a_story_not_about_the_border_by_its_link(desk: Desk) -> None:
    desk.run(story("Ledger", 1, guard(2100)))
    courier, quiet = story("Courier", 5, guard(2600)), story("Herald", 6)
    desk.run(courier, quiet)
    with writing(desk.path, 5) as con:
        corrections.judge_story(con, courier.link, False, "about Poland", "desk", ())
        done = corrections.judge_story(con, quiet.link, False, "about Canada", "desk", ())
        for judged in (courier, quiet):
            with pytest.raises(WarehouseError, match="dismissed this story"):
                corrections.judge_story(con, judged.link, True, None, "desk", ())
        records = reports.label_records(con)
    assert done.alert_ids == ()  # a story with no figure moves no series
    assert desk.alerts() == [
        ("first", None, 2100),
        ("change", 2100, 2600),
        ("correction", 2600, 2100),
    ]
    assert [(r["relevant"], r["figures"], r["note"]) for r in records] == [
        (False, [], "checked by the desk: not_relevant: about Poland"),
        (False, [], "checked by the desk: not_relevant: about Canada"),
    ]
    assert _rows(desk, "SELECT value FROM latest_figures") == [(2100,)]
    assert _rows(desk, "SELECT count(*) FROM corrections WHERE figure_id IS NULL") == [(2,)]


def _rows(desk: Desk, sql: str, *params: object) -> list[tuple[object, ...]]:
    with duckdb.connect(str(desk.path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_the_desk_releases_a_held_figure_by_correcting_it(desk: Desk) -> None:
    desk.rules = changes.Rules(WINDOW, min_confidence=0.8)
    desk.run(story("Ledger", 3, guard(2100)))
    desk.run(story("Courier", 5, guard(4000, confidence=0.6)))
    with writing(desk.path, 5) as con:
        (held,) = con.execute("SELECT id FROM figures WHERE held").fetchone()  # type: ignore[misc]
        corrections.correct(con, held, corrections.Fix(status="deployed"), "read", "desk", ())
    with duckdb.connect(str(desk.path), read_only=True) as con:
        assert con.execute("SELECT value, held FROM latest_figures").fetchall() == [(4000, False)]
        assert con.execute("SELECT kind, new_value FROM alerts ORDER BY id").fetchall() == [
            ("first", 2100),
            ("correction", 4000),
        ]
