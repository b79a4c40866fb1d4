"""Sentence spans of any text: in order, within one line, trimmed, and covering every word."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors.sentences import MAX_SENTENCE, Sentence, split_sentences

_PIECES = st.sampled_from(
    ["Troops", "arrived", "Gen.", "U.S.", "5,000", ".", "!", "?", "”", ")", " ", "  ", "\n"]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=4), max_size=60).map("".join)


def _line_length(text: str, sentence: Sentence) -> int:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    return len(text[line_start : line_end if line_end >= 0 else len(text)].strip())


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("He said.” Troops arrived.")  # a closing quote belongs to the sentence it closes
def test_sentence_spans(text: str) -> None:
    sentences = split_sentences(text)
    covered: set[int] = set()
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text)
        assert "\n" not in text[s.start : s.end]
        assert s.end - s.start <= MAX_SENTENCE
        if _line_length(text, s) <= MAX_SENTENCE:  # a longer line is cut anywhere
            assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        covered.update(range(s.start, s.end))
        previous_end = s.end
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered


def test_a_long_line_is_cut_into_pieces() -> None:
    text = "  " + "x" * (2 * MAX_SENTENCE + 5) + " \n"
    spans = [(s.start, s.end) for s in split_sentences(text)]
    end = 2 + 2 * MAX_SENTENCE + 5
    assert spans == [
        (2, 2 + MAX_SENTENCE),
        (2 + MAX_SENTENCE, 2 + 2 * MAX_SENTENCE),
        (2 + 2 * MAX_SENTENCE, end),
    ]


def test_sentences_and_headlines() -> None:
    text = "Troops head south\n\n Gen. Smith said 500 U.S. troops left. More follow!  \n"
    found = [(text[s.start : s.end], s.headline) for s in split_sentences(text)]
    assert found == [
        ("Troops head south", True),
        ("Gen. Smith said 500 U.S. troops left.", False),
        ("More follow!", False),
    ]


def test_a_date_ending_a_sentence_ends_it() -> None:
    text = "The force will fall to 3,000 by Sept. 1. At its height it had 6,000. Ask J. Smith."
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found == [
        "The force will fall to 3,000 by Sept. 1.",
        "At its height it had 6,000.",
        "Ask J. Smith.",
    ]
