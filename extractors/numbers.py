"""Sentence -> the cardinal numbers it states, in digits or in words, with their spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from extractors.lexicon import Numbers
from extractors.lexicon.caseless import caseless, finds


@dataclass(frozen=True)
class Number:
    """A number stated in a sentence; `ranged` when it is the upper end of "A to B"."""

    value: int
    start: int
    end: int
    ranged: bool = False
    scaled: bool = False  # ends with a thousands word ("10 mil", "cuatro mil"): may take "500"


_DIGITS = (
    # A digit first: the look-behinds are then tried only where a number may start.
    r"(?=\d)(?<![\w.,$£€:/#])(?<![^\W\d_]-)(\d{1,3}(?:([,.{spaces}])\d{3})(?:\2\d{3})*|\d+)"
    r"([.,]\d+)?(?![%/]|:\d|[.,]\d)"  # "10:30" is a time; "1,000: Guard soldiers" a numbers box
)
_DIGIT = re.compile(r"\d")  # found by a fast scan, where _DIGITS tries every position
# A sentence of plain ASCII is scanned in ASCII mode: the same digits and letters, tested
# faster than by their Unicode categories.
_ASCII_DIGIT = re.compile(r"\d", re.ASCII)
_PHONE = re.compile(r"(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)")
_HYPHEN_WORD = re.compile(r"-[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ASCII_WORD = re.compile(_WORD.pattern, re.ASCII)
_TAIL = re.compile(r" (\d{1,3})(?![\w%:/]|[.,]\d)")
_MAX_DIGITS = 15
_DOZEN = 12
_DAY_DIGITS = 2  # a day of the month after its name: "March 3", "Dec. 14"
_THOUSAND = 1000


def find_numbers(sentence: str, lex: Numbers) -> tuple[Number, ...]:
    """Numbers of the sentence in order; a range "A to B" becomes one Number valued B."""
    digits = _digit_numbers(sentence, lex)
    taken = {i for n in digits for i in range(n.start, n.end)}
    words = [n for n in _word_numbers(sentence, lex) if n.start not in taken]
    found = sorted(digits + words, key=lambda n: n.start)
    return tuple(_join_ranges(sentence, [_with_tail(sentence, n) for n in found], lex))


def _digit_numbers(sentence: str, lex: Numbers) -> list[Number]:
    plain_ascii = sentence.isascii()
    first = (_ASCII_DIGIT if plain_ascii else _DIGIT).search(sentence)
    if first is None:
        return []
    out: list[Number] = []
    phone_end = 0
    for m in _digits(lex.thousands_separators, plain_ascii).finditer(sentence, first.start()):
        whole, separator, fraction = m.groups()
        if len(whole) > _MAX_DIGITS or (separator and separator not in lex.thousands_separators):
            continue
        phone = _PHONE.match(sentence, m.start() - (sentence[m.start() - 1 : m.start()] == "("))
        phone_end = phone.end() if phone and len(whole) == 3 else phone_end
        if m.start() < phone_end:
            continue  # "402-309-7331", "(915) 555-1234"
        scale_m = lex.word_scale.match(sentence, m.end())
        scale_word = next((g for g in scale_m.groups() if g), "") if scale_m else ""
        scale = lex.scales.get(scale_word.lower(), 1)
        if (scale == 1 and fraction) or (scale == 1 and _glued(sentence, m.end())):
            continue
        digits = whole.replace(separator or ",", "")
        value = int(float(digits + (fraction or "").replace(",", ".")) * scale)
        named = scale == 1 and _is_name(sentence, m.start(), m.end(), lex)  # not "martes 10 mil"
        if named or (_is_year(whole, scale) and not _counts_people(sentence, m.start(), lex)):
            continue
        if _HYPHEN_WORD.match(sentence, m.end()) and not lex.hyphen_unit.match(sentence, m.end()):
            continue
        end = scale_m.end() if scale_m and scale > 1 else m.end()
        out.append(Number(value, m.start(), end, scaled=scale == _THOUSAND))
    return out


@lru_cache(maxsize=4)
def _digits(separators: str, plain_ascii: bool) -> re.Pattern[str]:
    """Digits grouped by the language's separators; spaces group thousands only where the
    language says so ("1 500" in Spanish), since in English "on March 3 500 troops" is two.
    In ASCII mode for a sentence of plain ASCII."""
    spaces = "".join(c for c in separators if c.isspace())
    return re.compile(_DIGITS.replace("{spaces}", spaces), re.ASCII if plain_ascii else 0)


def _glued(sentence: str, end: int) -> bool:
    """ "3rd", "9mm": digits that run into a word are not a count."""
    return end < len(sentence) and (sentence[end].isalnum() or sentence[end] == "_")


def _is_year(whole: str, scale: int) -> bool:
    return scale == 1 and len(whole) == 4 and whole.isdigit() and 1800 <= int(whole) <= 2099


def _counts_people(sentence: str, start: int, lex: Numbers) -> bool:
    """ "about 2000", "2000 elementos": a number written like a year that counts people."""
    before = sentence[max(0, start - 16) : start]
    if lex.year_count_before.search(before):
        return True
    counted = lex.year_count_after.match(sentence, start + 4)  # right after its four digits
    return counted is not None and not lex.dates_before.search(before)


def _is_name(sentence: str, start: int, end: int, lex: Numbers) -> bool:
    """ "Title 10", "March 3", "Highway 90", "6 de febrero": the number names something."""
    if lex.not_count_after.match(sentence, end):
        return True
    before = sentence[max(0, start - 12) : start]
    if end - start <= _DAY_DIGITS and finds(lex.day_before, before):
        return True  # "March 3", not "in January 1,500 troops"
    return finds(lex.not_count_before, before)


def _word_numbers(sentence: str, lex: Numbers) -> list[Number]:
    number_words, text = caseless(lex.number_words, sentence)
    if not number_words.search(text):
        return []
    out: list[Number] = []
    run: list[re.Match[str]] = []
    for m in (_ASCII_WORD if sentence.isascii() else _WORD).finditer(sentence):
        word = m.group(0).lower()
        if run and sentence[run[-1].end() : m.start()].strip(" -"):
            out.extend(_run_number(sentence, run, lex))  # "mil 650, mil 200": two numbers
            run = []
        if _is_number_word(word, lex) or (run and word in lex.joiners):
            run.append(m)
            continue
        if run:
            out.extend(_run_number(sentence, run, lex))
        run = [m] if word in lex.article_one else []
    if run:
        out.extend(_run_number(sentence, run, lex))
    return out


@lru_cache(maxsize=8192)
def _is_number_word(word: str, lex: Numbers) -> bool:
    if word in lex.dozen:
        return True
    if word in lex.never_numbers or word in lex.article_one or word in lex.joiners:
        return False
    return _parse(word, lex.text2num_lang) is not None


@lru_cache(maxsize=8192)
def _parse(words: str, lang: str) -> int | None:
    try:
        return int(text2num(words, lang))
    except ValueError:
        return None


def _run_number(sentence: str, run: list[re.Match[str]], lex: Numbers) -> list[Number]:
    while run and not _is_number_word(run[-1].group(0).lower(), lex):
        run = run[:-1]
    words = [m.group(0).lower() for m in run]
    if not words or all(w in lex.article_one for w in words):
        return []
    start, end = run[0].start(), run[-1].end()
    if lex.vague_before.search(sentence[max(0, start - 12) : start]) and words[0] not in (
        lex.article_one
    ):
        return []
    if len(words) == 1 and words[0] in lex.multipliers and words[0] not in lex.standalone:
        return []  # a bare "million" belongs to a digit number or is no count at all
    value = _words_value(words, lex)
    if value is None and lex.joiners & set(words):
        return _side_by_side(sentence, run, lex)
    if value is not None and lex.half_before.search(sentence[max(0, start - 6) : start]):
        value //= 2
    scaled = lex.scales.get(words[-1]) == _THOUSAND
    return [] if value is None else [Number(value, start, end, scaled=scaled)]


def _side_by_side(sentence: str, run: list[re.Match[str]], lex: Numbers) -> list[Number]:
    """ "entre diez mil y quince mil", "two thousand and four thousand": numbers joined by
    a word that also joins the parts of one number. From each part on, the longest stretch
    that reads as one number is one ("treinta y cinco mil y diez mil": 35,000 and 10,000)."""
    joins = [i for i, m in enumerate(run) if m.group(0).lower() in lex.joiners]
    starts, ends = [0, *(i + 1 for i in joins)], [*joins, len(run)]
    out: list[Number] = []
    part = 0
    while part < len(starts):
        last = next(
            (
                last
                for last in range(len(ends) - 1, part, -1)
                if _reads(run[starts[part] : ends[last]], lex)
            ),
            part,
        )
        out.extend(_run_number(sentence, run[starts[part] : ends[last]], lex))
        part = last + 1
    return out


def _reads(run: list[re.Match[str]], lex: Numbers) -> bool:
    return bool(run) and _words_value([m.group(0).lower() for m in run], lex) is not None


def _words_value(words: list[str], lex: Numbers) -> int | None:
    if words[0] in lex.article_one:
        words = [lex.one, *words[1:]]
    if words[-1] in lex.dozen:
        count = _parse(" ".join(words[:-1]), lex.text2num_lang) if len(words) > 1 else 1
        return None if count is None else count * _DOZEN
    return _parse(" ".join(words), lex.text2num_lang)


def _with_tail(sentence: str, number: Number) -> Number:
    """ "cuatro mil 500", "3 mil 10": digits after a thousands word add to it."""
    if not number.scaled:
        return number
    tail = _TAIL.match(sentence, number.end)
    if tail is None:
        return number
    return Number(number.value + int(tail.group(1)), number.start, tail.end())


def _join_ranges(sentence: str, numbers: list[Number], lex: Numbers) -> list[Number]:
    out: list[Number] = []
    for number in numbers:
        if out and number.start < out[-1].end:
            continue  # the tail of "cuatro mil 500" was also read on its own
        if out and _is_range(sentence, out[-1], number, lex):
            low = out.pop()
            number = Number(number.value, low.start, number.end, ranged=True)
        out.append(number)
    return out


def _is_range(sentence: str, low: Number, high: Number, lex: Numbers) -> bool:
    join = sentence[low.end : high.start]
    if not lex.range_join.fullmatch(join) or low.value >= high.value:
        return False
    before = sentence[max(0, low.start - 30) : low.start]
    if lex.joiners & set(join.lower().split()):
        return lex.between_before.search(before) is not None
    return lex.from_before.search(before) is None
