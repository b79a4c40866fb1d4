"""Sentence -> candidate figures: a number of people, its force, status and qualifier."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors import cues
from extractors.model import Force, Qualifier, Status
from extractors.numbers import Number, find_numbers
from extractors.places import places
from extractors.sentences import Sentence

_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*|\d[\d,.]*|\S")
_PHRASE_TOKENS = 7
_EXTENSION_TOKENS = 5
_WINDOW = 160
_MIN_VALUE, _MAX_VALUE = 2, 100_000
_MODIFIER_NOUNS = frozenset({"us", "u.s", "states", "forces", "marines", "arms", "operations"})
_PREDICATE_FORCE = re.compile(
    r"^\W*(?:\w+ ){0,2}?(?:are|were|is) (?:all |mostly )?(active[- ]duty|national guard)", re.I
)
_BARE_PREP = re.compile(
    r"\b(?:to|of|at|from|by)\s+(?:about |around |approximately |roughly |nearly |almost |"
    r"some |just |more than |over |up to |near |at least )?$",
    re.IGNORECASE,
)
_BARE_PREDICATE = re.compile(
    r"^\s*(?:were|are|was|is|have been|had been) (?:now |currently |already )?"
    r"(?:deployed|stationed|sent)\b",
    re.IGNORECASE,
)
_PAST_TIME = re.compile(
    r"\b(?:in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:19|20)\d\d)|last (?:year|month|week|spring|summer|fall|winter)|at the time|"
    r"at the (?:start|beginning|end|height) of \w+|earlier this (?:year|month))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:—–]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\b(?:service|military|guard|army|marines?|forces?)\b", re.I)
_QUALIFIER_WORDS = frozenset({"around", "approximately", "roughly", "nearly", "almost", "some"})
# "the Guard had about 2,100": a past holding, when the sentence dates it (_PAST_TIME).
_HAD_BEFORE = re.compile(
    r"\bhad\s+(?:about |around |roughly |nearly |some |approximately |more than |over |"
    r"at least |up to |close to )?$",
    re.IGNORECASE,
)
_STANDING = re.compile(
    r"\b(?:remaining|current|existing|present|leaving)\s+(?:(?:force|deployment|contingent|level|total|"
    r"number) of\s+)?(?:about |around |roughly |some |nearly )?$",
    re.I,
)
_LEVEL_TO = re.compile(
    r"(?<!\bup )\bto\s+(?:about |around |nearly |almost |roughly |approximately |some |"
    r"more than |over |just )?$",
    re.IGNORECASE,
)
_HYPHEN_UNIT = re.compile(
    r"-(?:strong|troops?|soldiers?|members?|personnel|person|man)\b"
    r"(?:\s+(?:active[- ]duty|national guard|guard|marine|army|federal|military|u\.?s\.?)){0,3}",
    re.IGNORECASE,
)
_APPROVE = re.compile(r"\bapprov\w*", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|announced|told|confirmed)\b", re.IGNORECASE)
_WOULD = re.compile(
    r"\bwould(?=\s+(?:send|deploy|dispatch|order|add|move|deploying))", re.IGNORECASE
)


@dataclass(frozen=True)
class Candidate:
    """A figure found in one sentence, before passage-level merging."""

    value: int
    force: Force
    force_stated: bool
    status: Status
    status_stated: bool
    qualifier: Qualifier
    start: int
    end: int
    headline: bool
    bare: bool


@dataclass(frozen=True)
class _Phrase:
    end: int
    text: str
    bare: bool


def find_candidates(text: str, sentence: Sentence) -> list[Candidate]:
    """Figures of one sentence, with offsets into `text`."""
    s = text[sentence.start : sentence.end]
    numbers = find_numbers(s)
    out: list[Candidate] = []
    phrases: list[tuple[int, int]] = []
    for i, number in enumerate(numbers):
        phrase = _noun_phrase(s, number) or _bare_level(s, numbers, i)
        if phrase is None or not _MIN_VALUE <= number.value <= _MAX_VALUE:
            continue
        phrases.append((number.start, phrase.end))
        if _not_deployment(s, numbers, i) or _elsewhere(s, numbers, i, phrase.end):
            continue
        out.append(_candidate(s, sentence, numbers, i, phrase))
    return [_with_inferred_force(s, c, sentence.start, phrases) for c in _elided(out)]


def _elided(candidates: list[Candidate]) -> list[Candidate]:
    """A bare number takes the stated force of the figure before it in its sentence:
    "up to 4,000 Guard troops ..., though only about 2,100 are deployed"."""
    out: list[Candidate] = []
    for c in candidates:
        before = next((p for p in reversed(out) if p.force_stated), None)
        if c.bare and not c.force_stated and before is not None:
            c = replace(c, force=before.force, force_stated=True)
        out.append(c)
    return out


def _candidate(
    s: str, sentence: Sentence, numbers: tuple[Number, ...], i: int, phrase: _Phrase
) -> Candidate:
    number = numbers[i]
    qualifier, q_start = _qualifier(s, number)
    limit = _next_start(s, numbers, i)
    force = cues.force_of(phrase.text) or _predicate_force(s, phrase.end, limit)
    status = _status(s, numbers, i, phrase, qualifier)
    return Candidate(
        value=number.value,
        force=force or "military",
        force_stated=force is not None,
        status=status or "deployed",
        status_stated=status is not None,
        qualifier=qualifier,
        start=sentence.start + q_start,
        end=sentence.start + phrase.end,
        headline=sentence.headline,
        bare=phrase.bare,
    )


# --- the noun phrase after a number -------------------------------------------------------


def _noun_phrase(s: str, number: Number) -> _Phrase | None:
    """ "1,500 further active-duty troops", "762 guard members from Texas" -> up to the head."""
    unit = _HYPHEN_UNIT.match(s, number.end)
    if unit:
        return _Phrase(unit.end(), s[number.start : unit.end()], bare=False)
    guard_end = None
    tokens = list(_TOKEN.finditer(s, number.end, min(len(s), number.end + _WINDOW)))
    for k, tok in enumerate(tokens[:_PHRASE_TOKENS]):
        word = _word(tok.group(0))
        if word in cues.PERSONNEL_HEADS:
            return _extend(s, number, tokens, k)
        if (word == "of" and _inside_name(tokens, k)) or _title_number(tokens, k):
            continue
        if not word or word in cues.STOP_WORDS or _other_noun(tok.group(0), word):
            break
        if word == "guard" or (word == "duty" and k and _word(tokens[k - 1].group(0)) == "active"):
            guard_end = tok.end()
    if guard_end is None:
        return None
    return _Phrase(guard_end, s[number.start : guard_end], bare=False)


def _inside_name(tokens: list[re.Match[str]], k: int) -> bool:
    """ "Department of Defense personnel": "of" between capitalised words."""
    return 0 < k < len(tokens) - 1 and all(tokens[j].group(0)[:1].isupper() for j in (k - 1, k + 1))


def _title_number(tokens: list[re.Match[str]], k: int) -> bool:
    """The "10" of "Title 10 forces"."""
    return k > 0 and tokens[k].group(0).isdigit() and _word(tokens[k - 1].group(0)) == "title"


def _word(token: str) -> str:
    word = token.lower().rstrip(".").replace("’", "'")
    word = word.removesuffix("'s").rstrip("'")
    return word if word[:1].isalpha() else ""


def _other_noun(token: str, word: str) -> bool:
    """A lowercase plural that is not a personnel word ends the phrase ("30 miles")."""
    return (
        token[:1].islower()
        and len(word) > 3
        and word.endswith("s")
        and word not in (_MODIFIER_NOUNS)
    )


def _extend(s: str, number: Number, tokens: list[re.Match[str]], head: int) -> _Phrase | None:
    """Carry the phrase over "and Marines" and "of the Texas National Guard"."""
    end = tokens[head].end()
    k = head + 1
    while k < len(tokens) and _word(tokens[k].group(0)) in {"and", "or", "of"}:
        nxt = _extension_end(tokens, k + 1)
        if nxt is None:
            break
        end, k = tokens[nxt].end(), nxt + 1
    text = s[number.start : end]
    if _word(tokens[head].group(0)) == "members" and cues.force_of(text) is None:
        context = s[max(0, number.start - 60) : end]
        if not _MEMBERS_OF.search(context):
            return None
    return _Phrase(end, text, bare=False)


def _extension_end(tokens: list[re.Match[str]], start: int) -> int | None:
    for k in range(start, min(len(tokens), start + _EXTENSION_TOKENS)):
        word = _word(tokens[k].group(0))
        if word in cues.PERSONNEL_HEADS or word in {"guard", "reserve", "army", "military"}:
            return k
        if not word or (word in cues.STOP_WORDS and word != "the"):
            return None
    return None


def _bare_level(s: str, numbers: tuple[Number, ...], i: int) -> _Phrase | None:
    """A number without a noun that states a level of a force: "the total to about 5,000"."""
    number = numbers[i]
    after = s[number.end : number.end + 40]
    if _BARE_PREDICATE.match(after) and cues.MILITARY_WORDS.search(s):
        return _Phrase(number.end, s[number.start : number.end], bare=True)
    if not _BARE_PREP.search(s[max(0, number.start - 40) : number.start]):
        return None
    if _content_word_next(after):
        return None
    left = s[max(_clause_start(s, numbers, i), number.start - 90) : number.start]
    level = (
        cues.LEVEL.search(left)
        or cues.TOTAL_TO.search(left)
        or _change_end(s, numbers, i)
        or _change_origin(s, numbers, i)
    )
    if not level or _names_things(left):
        return None
    if not (cues.MILITARY_WORDS.search(s) or re.search(r"\bforce\b", s, re.IGNORECASE)):
        return None
    return _Phrase(number.end, s[number.start : number.end], bare=True)


def _content_word_next(after: str) -> bool:
    nxt = next(_TOKEN.finditer(after), None)
    return (
        nxt is not None
        and nxt.group(0)[:1].isalpha()
        and _word(nxt.group(0)) not in (cues.STOP_WORDS)
    )


def _change_origin(s: str, numbers: tuple[Number, ...], i: int) -> bool:
    """The "2,400" of "fell to about 1,500 from 2,400"."""
    return (
        bool(i)
        and re.fullmatch(
            r"\s+from\s+(?:about |around |roughly |some |nearly )?",
            s[numbers[i - 1].end : numbers[i].start],
        )
        is not None
    )


def _change_end(s: str, numbers: tuple[Number, ...], i: int) -> bool:
    """The "1,600" of "climbed from 1,500 to 1,600"."""
    if not i or not re.fullmatch(r"\s+to\s+", s[numbers[i - 1].end : numbers[i].start]):
        return False
    before = s[max(0, numbers[i - 1].start - 8) : numbers[i - 1].start]
    return re.search(r"\bfrom\s+$", before) is not None


def _names_things(left: str) -> bool:
    """ "the number of firearms seized stands at 1,500" counts things, not people."""
    m = re.search(r"\b(?:number|total|count) of ([a-z]+)", left)
    if m is None or m.group(1) in cues.STOP_WORDS or m.group(1) in _QUALIFIER_WORDS:
        return False
    return m.group(1) not in cues.PERSONNEL_HEADS | {"troops", "u", "us"}


# --- filters ------------------------------------------------------------------------------


def _clause_start(s: str, numbers: tuple[Number, ...], i: int) -> int:
    return numbers[i - 1].end if i else 0


def _next_start(s: str, numbers: tuple[Number, ...], i: int) -> int:
    return numbers[i + 1].start if i + 1 < len(numbers) else len(s)


def _not_deployment(s: str, numbers: tuple[Number, ...], i: int) -> bool:
    start = max(_clause_start(s, numbers, i), numbers[i].start - 40)
    return cues.NOT_DEPLOYMENT.search(s[start : numbers[i].start]) is not None


def _elsewhere(s: str, numbers: tuple[Number, ...], i: int, phrase_end: int) -> bool:
    """The place this figure goes to is not the US-Mexico border."""
    found = places(s)
    after = [p for p in found if phrase_end <= p.start < _next_start(s, numbers, i)]
    if after:
        return after[0].kind == "elsewhere"
    before = [p for p in found if _clause_start(s, numbers, i) <= p.start < numbers[i].start]
    if before:
        return before[-1].kind == "elsewhere"
    kinds = {p.kind for p in found}
    return "elsewhere" in kinds and not kinds & {"usmx", "border"}


# --- qualifier, force, status -------------------------------------------------------------


def _qualifier(s: str, number: Number) -> tuple[Qualifier, int]:
    if number.ranged:
        return "upper", number.start
    left = s[max(0, number.start - 30) : number.start]
    for pattern, qualifier in cues.QUALIFIERS:
        m = pattern.search(left)
        if m:
            return qualifier, number.start - len(left) + m.start()
    return "exact", number.start


def _predicate_force(s: str, phrase_end: int, limit: int) -> Force | None:
    m = _PREDICATE_FORCE.match(s[phrase_end:limit])
    if m is None:
        return None
    return "national_guard" if "guard" in m.group(1).lower() else "active_duty"


def _with_inferred_force(
    s: str, c: Candidate, offset: int, phrases: list[tuple[int, int]]
) -> Candidate:
    """A figure with no component takes the last one its sentence names before it,
    outside other figures' phrases ("the first active-duty troops ..., which grew to 1,600")."""
    if c.force_stated:
        return c
    end = c.start - offset
    left = list(s[max(0, end - 2 * _WINDOW) : end])
    base = max(0, end - 2 * _WINDOW)
    for p_start, p_end in phrases:
        lo, hi = max(p_start - base, 0), min(p_end - base, len(left))
        if lo < hi:
            left[lo:hi] = " " * (hi - lo)
    force = cues.last_force("".join(left))
    if force in (None, "military", "law_enforcement"):
        return c
    return replace(c, force=force)


def _status(
    s: str, numbers: tuple[Number, ...], i: int, phrase: _Phrase, qualifier: Qualifier
) -> Status | None:
    """The status the sentence gives the figure; None when nothing in it says."""
    number = numbers[i]
    clause = _reported_will(s, _clause(s, _clause_start(s, numbers, i), number.start))
    after = _after(s, phrase.end, _next_start(s, numbers, i))
    status = _level_status(s, numbers, i, s[: number.start])
    if status is None and _HAD_BEFORE.search(clause) and _PAST_TIME.search(s):
        status = "previous"
    status = status or ("deployed" if _STANDING.search(s[: number.start]) else None)
    status = status or (after if after != "ordered" else None) or _override(clause) or after
    status = status or _nearest(clause) or _nearest(s[number.end : phrase.end])
    left = s[max(0, number.start - 2 * _WINDOW) : number.start]
    status = status or _override(left) or _nearest(left)
    if status in (None, "ordered") and qualifier == "upper" and _APPROVE.search(clause):
        return "authorized"
    return status


def _reported_will(s: str, clause: str) -> str:
    """ "officials said the Pentagon would send 1,000": reported speech shifts "will" back to
    "would"; undone here, so that the announcement reads as the decision it reports."""
    if not _REPORTED.search(s):
        return clause
    return _WOULD.sub("will", clause)


def _clause(s: str, start: int, end: int) -> str:
    text = s[max(start, end - _WINDOW) : end]
    breaks = list(_CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def _level_status(s: str, numbers: tuple[Number, ...], i: int, sentence_left: str) -> Status | None:
    """ "from the current number of about 5,900", "climbed from 1,500 to 1,600"."""
    number = numbers[i]
    near = s[max(_clause_start(s, numbers, i), number.start - 120) : number.start]
    m = cues.FROM_BEFORE.search(near)
    if m is not None:
        return "deployed" if cues.CURRENT.search(m.group(0)) else "previous"
    if not _LEVEL_TO.search(near) or not cues.TOTAL_TO.search(near):
        return None
    override = _override(sentence_left[-_WINDOW:])
    if override == "proposed":
        return "proposed"
    verb_left = sentence_left[-_WINDOW:]
    return (
        "ordered" if re.search(r"\b(?:will|would|set to|plans? to)\b", verb_left) else ("deployed")
    )


def _override(text: str) -> Status | None:
    return _closest(text, cues.OVERRIDES)


def _after(s: str, start: int, limit: int) -> Status | None:
    right = s[start : min(limit, start + 80)]
    for pattern, status in cues.AFTER:
        m = pattern.search(right)
        if m:
            if status == "previous" and "were" in m.group(0).lower():
                return "previous" if _PAST_TIME.search(s) else "deployed"
            return status
    return None


def _nearest(text: str) -> Status | None:
    return _closest(text, cues.NEAREST)


def _closest(text: str, table: tuple[tuple[re.Pattern[str], Status], ...]) -> Status | None:
    """The status of the cue ending last in `text`; the longer cue wins a tie."""
    best: tuple[int, int, Status] | None = None
    for pattern, status in table:
        for m in pattern.finditer(text):
            if best is None or (m.end(), m.end() - m.start()) > best[:2]:
                best = (m.end(), m.end() - m.start(), status)
    return best[2] if best else None
