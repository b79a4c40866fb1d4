"""The raw-HTML pre-check: cheap, selective, and never loses a relevant story."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from extractors.precheck import PERSONNEL_WORDS, might_matter
from flows.reading import RawPage, read_page
from tests.conftest import SHARED
from tests.support.feeds import page
from warehouse.records import PageRequest

EVAL_SETS = [SHARED / "eval" / "dev.jsonl", SHARED / "eval" / "dev2.jsonl"]
CORPUS = SHARED / "corpora" / "html"
# Of the 400 corpus pages (news and other sites), at least this many name no personnel.
CORPUS_SKIPPED_FLOOR = 340
WHEN = datetime(2025, 3, 3, tzinfo=UTC)


def relevant_passages() -> list[dict[str, str]]:
    missing = [path for path in EVAL_SETS if not path.exists()]
    if missing:
        pytest.fail(f"the labelled passages are not at {missing[0]} (shared eval folder)")
    rows = [json.loads(line) for path in EVAL_SETS for line in path.read_text().splitlines()]
    return [row for row in rows if row["relevant"]]


def test_every_relevant_labelled_passage_passes() -> None:
    passages = relevant_passages()
    assert len(passages) >= 150
    lost = [
        row["id"]
        for row in passages
        if not might_matter(
            page(row["title"] or "", "Outlet", row["published"] or "", [row["text"]]).encode()
        )
    ]
    assert lost == []


def test_most_corpus_pages_are_skipped() -> None:
    if not CORPUS.is_dir():
        pytest.fail(f"the page corpus is not at {CORPUS} (shared corpora folder)")
    pages = sorted(CORPUS.glob("*.html"))
    skipped = sum(1 for path in pages if not might_matter(path.read_bytes()))
    assert len(pages) == 400
    assert skipped >= CORPUS_SKIPPED_FLOOR


def story(sentence: str) -> bytes:
    return page("A story", "Outlet", WHEN.isoformat(), [sentence]).encode()


@pytest.mark.parametrize(
    "html",
    [
        story("About 2,100 National Guard troops are deployed."),
        story("The NATIONAL\n   GUARD was called up."),
        b"<p>the national&nbsp;guard arrived</p>",
        b"<p>el Ej&eacute;rcito envi\xc3\xb3 apoyo</p>",
        b"<p>el ej&#233;rcito lleg\xc3\xb3</p>",
        "<p>el Ejército llegó</p>".encode("latin-1"),
        story("Más de 500 elementos llegaron a Ciudad Juárez."),
        story("Officers from other departments were sent to help."),
    ],
)
def test_pages_naming_personnel_pass(html: bytes) -> None:
    assert might_matter(html)


@pytest.mark.parametrize(
    "html",
    [
        story("The city parade on Saturday drew a large crowd despite the rain."),
        b'<div style="border: 1px solid">Border crossings rose in March.</div>',
        b"<p>The Guardian's national desk says market forces shape the service.</p>",
        b"",
    ],
)
def test_pages_naming_no_personnel_are_screened_out(html: bytes) -> None:
    assert not might_matter(html)


def test_each_language_has_its_words() -> None:
    assert set(PERSONNEL_WORDS) == {"en", "es"}
    assert all(word == word.lower() for words in PERSONNEL_WORDS.values() for word in words)
    assert "border" not in {w for words in PERSONNEL_WORDS.values() for w in words}


def test_a_screened_page_is_stored_as_not_relevant_without_reading() -> None:
    request = PageRequest("http://x.example/rss", "X", "http://x.example/a", None, None, None)
    parade = story("The city parade on Saturday drew a large crowd despite the rain.")

    outcome = read_page(RawPage(request, WHEN, parade))

    assert outcome.status == "screened_out"
    assert outcome.article is None
    assert outcome.detection is not None and not outcome.detection.relevant
