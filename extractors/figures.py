"""Sentence -> candidate figures: a number of people, its force, status and qualifier."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice

from extractors import status as status_steps
from extractors.forces import force_of, guard_alone, last_force
from extractors.lexicon import Lexicon, Pattern, Phrase
from extractors.lexicon.caseless import finds, matches, search
from extractors.model import Force, Qualifier, Status
from extractors.numbers import Number, find_numbers
from extractors.once import cached_property
from extractors.places import Place, places, seen_from, sentence_side
from extractors.sentences import Sentence
from extractors.status_model import UNCUED

_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|\d[\d,.]*|\S")
_PHRASE_TOKENS = 7
_EXTENSION_TOKENS = 5
_WINDOW = 160
_OBJECT_REACH = 60
_STAFFING_REACH, _FATE_REACH = 30, 80
_PART_OF_REACH = 50  # "as part of the more than " before a whole
_LEVEL_FROM_REACH = 30  # "cut the border force from about " before the level it starts from
_ORIGIN_REACH = 40  # "from sectors along the Canadian " before the place people come from
_FORCE_SIZE_REACH = 80  # "The National Guard formally began operating June 30 with about "
# Fewer than three people are the people of a scene ("two guards holding a woman's arm"),
# never a deployment's figure.
_MIN_VALUE, _MAX_VALUE = 3, 100_000
_GROUPS_BELOW = 10
_DASHES = frozenset("—–")
# What may open a numbers box's line before its number: a bullet, "About", "More than"
_BOX_LINE_START = re.compile(r"[\s•*·-]*(?:[^\W\d_]+\s+){0,2}")
# A quotation may close between a number and its noun: 'up to "15,000" troops'.
_QUOTES = "\"'“”‘’«»"
_RELATIVE_REACH = 90
_TOTAL_REACH = 120
# The names of the readings past a figure's own step that decide its status (Figure.status_step).
LEAVING = "leaving this border"  # "moved from the border to Los Angeles"
PART_LEAVES = "a part leaves its whole"  # "1,400 of the 5,400 troops ... will return home"
WHOLE_LEFT = "the whole a part leaves"  # the 5,400 there
PART_THERE = "a part there of a whole sent"  # "1,100 of the 1,500 approved are there now"
# And of the readings that decide its force (Figure.force_step).
NOUN = "its noun"  # "2,100 National Guard troops"
UNSTATED = "none stated"  # "about 5,900 troops": military
RAISED = "the total it raises"  # "3,750 more ..., bringing the active-duty troops to 4,350"
WHOLE = "the whole it is part of"  # "1,400 of the 5,400 active-duty troops"
BEFORE = "the figure before it"  # "4,000 Guard troops ..., though only about 2,100 are there"


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
    part: bool = False  # said to be a part of a total ("2,800 of them"), which may come before
    whole: int | None = None  # the total it is said to be a part of, given later in its sentence
    predicate: Status | None = None  # the whole of a part: what the words after it say
    sureness: status_steps.Sureness | None = field(default=None, compare=False, repr=False)
    step: str = field(default="", compare=False)  # the step that decided the status
    force_step: str = field(default="", compare=False)  # and the force


@dataclass(frozen=True)
class _Phrase:
    end: int
    text: str
    bare: bool
    verb_left_out: bool = False  # "... pledged 50 Guardsmen and Nebraska about 40"


@dataclass(frozen=True)
class _Scan:
    """One sentence being read: its text, its numbers, the language's catalogue."""

    s: str
    numbers: tuple[Number, ...]
    lex: Lexicon
    mexican_view: Callable[[], bool]
    # Whether the sentence before names personnel ("... troops. 8,000 remain."): asked only of
    # a number with no noun, so most sentences never search the one before.
    people_before: Callable[..., bool]
    # The words of the sentence before that ask how many people there are ("How many troops
    # are at the border?") or correct their number ("... misstated the number of active-duty
    # troops"): what a bare number opening this sentence counts; "" when it does neither
    counted_before: Callable[[], str] = lambda: ""

    def clause_start(self, i: int) -> int:
        return self.numbers[i - 1].end if i else 0

    @cached_property
    def military(self) -> re.Match[str] | None:
        """The sentence's first word for military personnel."""
        return search(self.lex.relevance.military_words, self.s)

    def names_people(self) -> bool:
        """Whether this sentence or the one before names the people a bare number counts:
        troops, or officers it sends ("moved 400 agents to Del Rio and will send 600 more")."""
        return self.military is not None or self.sends_officers or self.people_before()

    @cached_property
    def lists_respectively(self) -> bool:
        """ "50 and 100 Guard members, respectively": read once for all its numbers."""
        return finds(self.lex.phrase.respectively, self.s)

    @cached_property
    def sends_officers(self) -> bool:
        words = self.lex.relevance
        return finds(words.civilian_words, self.s) and finds(words.move_verbs, self.s)

    def next_start(self, i: int) -> int:
        return self.numbers[i + 1].start if i + 1 < len(self.numbers) else len(self.s)

    @cached_property
    def places(self) -> tuple[Place, ...]:
        """The sentence's places, each with its side: asked once for all its numbers."""
        return seen_from(places(self.s, self.lex.places), partial(_told_from_mexico, self))

    @cached_property
    def leaves(self) -> bool:
        """Whether the sentence says people leave a place ("withdraw", "moved ... from")."""
        return finds(self.lex.relevance.leave_verbs, self.s)


def find_candidates(
    text: str,
    sentence: Sentence,
    lex: Lexicon,
    story_year: int | None = None,
    mexican_view: Callable[[], bool] = lambda: False,
    people_before: Callable[..., bool] = lambda back=1: False,
    counted_before: Callable[[], str] = lambda: "",
) -> list[Candidate]:
    """Figures of one sentence, with offsets into `text`; `people_before()` when the sentence
    before it names personnel, whom a number with no noun may count."""
    s = text[sentence.start : sentence.end]
    numbers = tuple(_with_approx_after(s, n, lex) for n in find_numbers(s, lex.numbers))
    if not numbers:
        return []  # most sentences state no number
    if finds(lex.relevance.earlier_version, s):
        return []  # the mistake a correction names is no figure
    scan = _Scan(s, numbers, lex, mexican_view, people_before, counted_before)
    out: list[Candidate] = []
    ends: list[int] = []  # each candidate's number's end in the sentence
    phrases: list[tuple[int, int]] = []
    for i, number in enumerate(scan.numbers):
        phrase = (
            _noun_phrase(scan, number)
            or _listed(scan, i)
            or _parallel(scan, i)
            or _fact_line(scan, i)
            or _bare_level(scan, i)
        )
        if phrase is not None and phrase.bare:
            phrase = _level_from(scan, i) or phrase
        if phrase is None or not _MIN_VALUE <= number.value <= _MAX_VALUE:
            continue
        if number.value < _GROUPS_BELOW and _counts_groups(scan, phrase):
            continue  # "three forces, one border", "two military police companies": groups
        phrases.append((number.start, phrase.end))
        if _not_deployment(scan, i, phrase.end):
            continue
        leaves = _leaves_border(scan, i)
        if not leaves and _elsewhere(scan, i, phrase.end):
            continue
        part = _part(scan, i) and not _border_share(scan, i)
        found = _candidate(scan, sentence, i, phrase, story_year, part)
        if leaves:  # taken from this border to another place: they leave it (LABELING.md)
            found = replace(found, status="withdrawn", status_stated=True, step=LEAVING)
        if phrase.verb_left_out and out:  # the verb left out is that of the item before
            before = out[-1]
            found = replace(
                found, status=before.status, status_stated=before.status_stated, step=before.step
            )
        total = part and any(c.value > number.value and not c.part for c in out)
        if total and found.status != "withdrawn":
            continue  # a part of a total just given, unless it leaves ("1,000 of them will go")
        out.append(found)
        ends.append(number.end)
    out = _parts_of_wholes(scan, out, ends)
    inferred = [_with_inferred_force(scan, c, sentence.start, phrases) for c in _elided(out)]
    return _increments_of_totals(scan, inferred, sentence.start)


def _increments_of_totals(scan: _Scan, found: list[Candidate], offset: int) -> list[Candidate]:
    """ "about 3,750 more troops ..., bringing the total number of active-duty troops to about
    4,350": the people added are of the force the total they raise counts."""
    out = list(found)
    for k in range(len(out) - 1):
        added, total = out[k], out[k + 1]
        if added.force_stated or added.force != "military" or total.force == "military":
            continue
        between = scan.s[added.end - offset : total.start - offset]
        if finds(scan.lex.status.total_raised, between):
            out[k] = replace(added, force=total.force, force_stated=True, force_step=RAISED)
    return out


def _border_share(scan: _Scan, i: int) -> bool:
    """ "25,000 ... to its borders, including nearly 15,000 along the northern border": the
    part at this border of a total the sentence has not placed there is this border's figure."""
    number, lex = scan.numbers[i], scan.lex.places
    side = partial(_told_from_mexico, scan)
    own = seen_from(places(scan.s[number.end : scan.next_start(i)], lex), side)
    if not any(p.kind == "usmx" for p in own):
        return False
    return not any(p.kind == "usmx" for p in seen_from(places(scan.s[: number.start], lex), side))


def _whole_of_part(scan: _Scan, i: int) -> bool:
    """The "5,400" of "1,400 of the 5,400 troops"."""
    return i > 0 and scan.lex.phrase.part_of.match(scan.s, scan.numbers[i - 1].end) is not None


def _parts_of_wholes(scan: _Scan, found: list[Candidate], ends: list[int]) -> list[Candidate]:
    """ "1,400 of the 5,400 active-duty troops ... will return home": the part counts what the
    whole counts, and the verb after the whole is the part's (the whole is the force they
    leave)."""
    out = list(found)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if not scan.lex.phrase.part_of.match(scan.s, ends[k]) or part.value >= whole.value:
            continue
        if part.force == "military" and whole.force_stated:
            out[k] = part = replace(part, force=whole.force, force_stated=True, force_step=WHOLE)
        if whole.predicate == "withdrawn":
            out[k] = replace(part, status="withdrawn", status_stated=True, step=PART_LEAVES)
            out[k + 1] = replace(whole, status="deployed", step=WHOLE_LEFT)
        elif _there_of_sent(part, whole):
            out[k] = replace(part, status="deployed", status_stated=True, step=PART_THERE)
    return out


def _there_of_sent(part: Candidate, whole: Candidate) -> bool:
    """ "1,100 of the 1,500 approved are there now": a part with a fate of its own (not a
    share) is there, though the whole it is counted from was only sent."""
    there = whole.predicate == "deployed" and whole.status == "ordered"
    return there and part.whole is None and not part.status_stated


def _with_approx_after(s: str, number: Number, lex: Lexicon) -> Number:
    """ "3,000 or so": the words after the number belong to it."""
    m = lex.status.approx_after.match(s, number.end)
    return replace(number, end=m.end()) if m else number


def _elided(candidates: list[Candidate]) -> list[Candidate]:
    """A bare number takes the stated force of the figure before it in its sentence:
    "up to 4,000 Guard troops ..., though only about 2,100 are deployed"; after figures of two
    components it counts both ("5,900 active-duty troops and 2,100 Guard members, a combined
    force of about 8,000"), a mix."""
    out: list[Candidate] = []
    for c in candidates:
        stated = [p for p in out if p.force_stated]
        if c.bare and not c.force_stated and stated:
            mixed = len({p.force for p in stated}) > 1
            force = "military" if mixed else stated[-1].force
            c = replace(c, force=force, force_stated=True, force_step=BEFORE)
        out.append(c)
    return out


def _candidate(
    scan: _Scan, sentence: Sentence, i: int, phrase: _Phrase, story_year: int | None, part: bool
) -> Candidate:
    number = scan.numbers[i]
    qualifier, q_start = _qualifier(scan, number)
    force, force_step = _force_read(scan, i, phrase)
    reading = status_steps.Reading(
        scan.s, scan.numbers, i, phrase.end, qualifier, story_year, scan.lex.status
    )
    status, step, sureness = status_steps.decide(reading)
    return Candidate(
        value=number.value,
        force=force or "military",
        force_stated=force is not None,
        force_step=force_step,
        status=status,
        status_stated=not step.endswith(UNCUED),  # a second opinion is no cue
        qualifier=qualifier,
        start=sentence.start + q_start,
        end=sentence.start + phrase.end,
        headline=sentence.headline,
        bare=phrase.bare and not _people_counted_before(scan, number),
        part=part,
        whole=_whole_after(scan, i),
        predicate=reading.fate_after if _whole_of_part(scan, i) else None,
        sureness=sureness,
        step=step,
    )


def _force_read(scan: _Scan, i: int, phrase: _Phrase) -> tuple[Force | None, str]:
    """The force a figure's own words give (None: they name none), and what gave it."""
    force = force_of(phrase.text, scan.lex.phrase)
    step = NOUN if force else UNSTATED
    if phrase.bare and force is None and _total_of_all(scan, scan.numbers[i]):
        force, step = "military", "a total of every force"
    if force in (None, "military"):
        said = _predicate_force(scan, phrase.end, i)
        if said:
            force, step = said, "the words after it"
    elif _joined_force(scan, phrase.end) not in (None, force):
        force, step = "military", "a stated mix"
    if force is None and _agency_staff(scan, i, phrase):
        force, step = "law_enforcement", "an agency's staff"
    if force == "active_duty" and _names_only_mexico(scan):
        # "Mexico will send 3,000 army soldiers": Mexico's army (LABELING.md)
        force, step = "military", "Mexico's army"
    return force, step


# --- the noun phrase after a number -------------------------------------------------------


def _total_of_all(scan: _Scan, number: Number) -> bool:
    """ "push the total military presence there past 9,000", not "the total of active-duty
    troops to about 4,350": a total that names no one force counts every force."""
    total = search(scan.lex.phrase.total_before, _words_before(scan, number))
    return total is not None and last_force(total.group(0), scan.lex.phrase) is None


def _people_counted_before(scan: _Scan, number: Number) -> bool:
    """ "the number of troops there topped 6,000": its people are named before it."""
    return search(scan.lex.phrase.number_of_people, _words_before(scan, number)) is not None


def _words_before(scan: _Scan, number: Number) -> str:
    """The words a level's noun may stand in before its number ("the total ... to 4,350")."""
    return scan.s[max(0, number.start - _TOTAL_REACH) : number.start]


def _noun_phrase(scan: _Scan, number: Number) -> _Phrase | None:
    """ "1,500 further active-duty troops", "762 guard members from Texas" -> up to the head."""
    s, lex = scan.s, scan.lex.phrase
    unit = lex.hyphen_unit.match(s, number.end)
    if unit:  # "a 400-member Texas National Guard unit": the component named after it
        tokens = list(_TOKEN.finditer(s, unit.end(), unit.end() + _WINDOW))
        named = _extension_end(scan, tokens, 0)
        end = _end(tokens[named]) if named is not None else unit.end()
        return _Phrase(end, s[number.start : end], bare=False)
    whole = _whole(scan, number)
    if whole is not None:
        return _Phrase(whole.end, s[number.start : whole.end], bare=False)
    own = lex.part_of_people.match(s, number.end)
    people = _noun_phrase(scan, replace(number, end=own.end())) if own else None
    if people is not None:
        return _Phrase(people.end, s[number.start : people.end], bare=False)
    of_force = _of_force(scan, number)
    if of_force is not None:
        return of_force
    guard_end = None
    # Up to the next number: "2,900 active duty and two thousand National Guard" are two.
    next_number = next((n.start for n in scan.numbers if n.start >= number.end), len(s))
    found = _TOKEN.finditer(s, number.end, min(next_number, number.end + _WINDOW))
    tokens = list(islice(found, _PHRASE_TOKENS + 1))  # the rest only for a phrase with a head
    for k, tok in enumerate(tokens[:_PHRASE_TOKENS]):
        word = _word(tok.group(0))
        if k == 0 and (
            _plus(s, number) or _box_label(s, number, tok.group(0)) or tok.group(0) in _QUOTES
        ):
            continue  # "2,000+ troops"; "6,000 — Guard members" (a numbers box); '"15,000" troops'
        if word in lex.personnel_heads:
            return _extend(scan, number, [*tokens, *found], k)
        if (word in lex.of_words and _inside_name(tokens, k)) or _named_number(tokens, k, lex):
            continue
        if not word or word in lex.stop_words or _other_noun(tok.group(0), word, scan):
            break
        if tok.group(0).endswith(("s'", "s’")):
            break  # "the three states' Guard commands": the number counts what owns the rest
        if word in lex.elided_heads:
            guard_end = _end(tok)
    if guard_end is None:
        return None
    return _Phrase(guard_end, s[number.start : guard_end], bare=False)


def _of_force(scan: _Scan, number: Number) -> _Phrase | None:
    """ "1,200 elementos de la Guardia Nacional, 800 del Ejército y 300 de la Marina": people
    counted by the force they belong to, its name the last word of its part of a list."""
    lex = scan.lex.phrase
    first = _NEXT_WORD.match(scan.s, number.end)
    if first is None or first.group(1).lower() not in lex.of_words:
        return None  # most numbers: read before the words after them are split
    tokens = list(_TOKEN.finditer(scan.s, number.end, number.end + _WINDOW))[:_OF_FORCE_TOKENS]
    words = [_word(t.group(0)) for t in tokens]
    if len(words) < 2:
        return None
    k = 2 if words[1] in lex.articles and len(words) > 2 else 1
    if words[k] not in lex.component_heads or not scan.names_people():
        return None
    end = _end(tokens[k])
    while k + 1 < len(tokens) and words[k + 1] in lex.name_continuations:
        k += 1
        end = _end(tokens[k])
    if not _ends_part(scan, end):
        return None  # "300 de la Marina" ends its part; "2,000 of the Guard's troops" goes on
    return _Phrase(end, scan.s[number.start : end], bare=False)


def _ends_part(scan: _Scan, end: int) -> bool:
    """Whether a part of a list ends at `end`: a stop, a comma or the next part's "and"."""
    rest = scan.s[end : end + _WINDOW].lstrip()
    if not rest or rest[0] in ",;.:)":
        return True
    word = _NEXT_WORD.match(scan.s, end)
    return word is not None and word.group(1).lower() in scan.lex.phrase.and_words


_OF_FORCE_TOKENS = 5  # "de la Guardia Nacional mexicana"
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _listed(scan: _Scan, i: int) -> _Phrase | None:
    """ "will send 50 and 100 Guard members, respectively": a number of a list counts what the
    list's last number does."""
    lex = scan.lex.phrase
    if not scan.lists_respectively:
        return None
    k = i
    while k + 1 < len(scan.numbers) and lex.listed_next.fullmatch(
        scan.s, scan.numbers[k].end, scan.numbers[k + 1].start
    ):
        k += 1
    last = _noun_phrase(scan, scan.numbers[k]) if k > i else None
    if last is None:
        return None
    number = scan.numbers[i]
    noun = scan.s[scan.numbers[k].end : last.end]
    return _Phrase(number.end, scan.s[number.start : number.end] + noun, bare=False)


def _parallel(scan: _Scan, i: int) -> _Phrase | None:
    """ "10 mil 500 elementos en la frontera sur y alrededor de 15 mil en la frontera norte",
    "6.000 guardias ... y Barack Obama, 1.200 en 2010": a number listed after a counted one,
    then a place or a year, counts what that one counts; so does one after the state whose
    people it counts ("Oklahoma has pledged 50 Guardsmen and Nebraska about 40")."""
    lex = scan.lex.phrase
    number = scan.numbers[i]
    if not i:
        return None
    if lex.parallel_after.match(scan.s, number.end) is not None:
        between = lex.parallel_between
    elif search(lex.parallel_named, scan.s, max(0, number.start - 40), number.start):
        if _content_word_next(scan, scan.s[number.end : number.end + 30]):
            return None
        between = lex.parallel_named
    else:
        return None
    before = scan.numbers[i - 1]
    counted = _noun_phrase(scan, before) or _parallel(scan, i - 1)
    if counted is None or counted.bare or counted.end > number.start:
        return None
    if not between.fullmatch(scan.s, counted.end, number.start):
        return None
    noun = counted.text[before.end - before.start :]
    text = scan.s[number.start : number.end] + noun
    return _Phrase(number.end, text, bare=False, verb_left_out=between is lex.parallel_named)


def _level_from(scan: _Scan, i: int) -> _Phrase | None:
    """ "cut from 6,000 to 3,000 Guard members", "redujo de mil 200 a 700 los agentes": the
    level a change starts from counts the component the level it reaches names."""
    if i + 1 >= len(scan.numbers):
        return None
    number, reached = scan.numbers[i], scan.numbers[i + 1]
    before = scan.s[max(0, number.start - _LEVEL_FROM_REACH) : number.start]
    if scan.lex.numbers.from_before.search(before) is None:
        return None
    if not scan.lex.phrase.level_to_next.fullmatch(scan.s, number.end, reached.start):
        return None
    counted = _noun_phrase(scan, reached)
    if counted is None or force_of(counted.text, scan.lex.phrase) is None:
        return None
    noun = scan.s[reached.end : counted.end]
    return _Phrase(number.end, scan.s[number.start : number.end] + noun, bare=False)


def _whole(scan: _Scan, number: Number) -> _Phrase | None:
    """ "2,000 of the 5,000 troops": the part counts what the whole that follows counts."""
    if not scan.lex.phrase.part_of.match(scan.s, number.end):
        return None
    after = next((n for n in scan.numbers if n.start > number.end), None)
    return _noun_phrase(scan, after) if after is not None else None


def _whole_after(scan: _Scan, i: int) -> int | None:
    """ "524 of the 1,200 Guard troops", "400 soldiers ... as part of the 1,500": the value of
    the later total this number is said to be a part of."""
    number, phrase = scan.numbers[i], scan.lex.phrase
    later = scan.numbers[i + 1 :]
    if later and phrase.part_of.match(scan.s, number.end):
        # "1,100 of the 1,500 will remain": a part with a fate of its own is news, not a share
        fate = search(phrase.own_fate, scan.s, later[0].end, scan.next_start(i + 1))
        return None if fate else later[0].value
    return next((w.value for w in later if _said_part_of(scan, number.end, w.start)), None)


def _said_part_of(scan: _Scan, start: int, whole: int) -> bool:
    """ "... as part of the " ends right before the whole (read in the words just before it)."""
    window = max(start, whole - _PART_OF_REACH)
    return search(scan.lex.phrase.part_of_later, scan.s, window, whole) is not None


def _box_label(s: str, number: Number, token: str) -> bool:
    """The dash or colon of a numbers box: "6,000 — Guard members", "1,200 - Guard troops to be
    sent", "About 6,000: Guard soldiers still assigned" (a colon or a spaced hyphen only after
    a number that opens its line, maybe after a bullet and a qualifier)."""
    if token in _DASHES:
        return True
    if token == "-" and not s.startswith(" - ", number.end):
        return False
    return token in ":-" and _BOX_LINE_START.fullmatch(s, 0, number.start) is not None


def _plus(s: str, number: Number) -> bool:
    """ "2,000+ troops": more than the number."""
    return s.startswith("+", number.end)


def _inside_name(tokens: list[re.Match[str]], k: int) -> bool:
    """ "Department of Defense personnel": "of" between capitalised words."""
    return 0 < k < len(tokens) - 1 and all(tokens[j].group(0)[:1].isupper() for j in (k - 1, k + 1))


def _named_number(tokens: list[re.Match[str]], k: int, lex: Phrase) -> bool:
    """The "10" of "Title 10 forces"."""
    previous = _word(tokens[k - 1].group(0)) if k else ""
    return tokens[k].group(0).isdigit() and previous in lex.names_before_number


def _end(token: re.Match[str]) -> int:
    """Where a word ends, without the full stop that ends its sentence ("U.S." keeps its own)."""
    text = token.group(0)
    if text.endswith(".") and "." not in text[:-1]:
        return token.end() - 1
    return token.end()


def _word(token: str) -> str:
    word = token.lower().rstrip(".").replace("’", "'")
    word = word.removesuffix("'s").rstrip("'")
    return word if word[:1].isalpha() else ""


def _other_noun(token: str, word: str, scan: _Scan) -> bool:
    """A lowercase plural that is not a personnel word ends the phrase ("30 miles")."""
    return (
        token[:1].islower()
        and len(word) > 3
        and word.endswith("s")
        and word not in scan.lex.phrase.modifier_nouns
    )


def _extend(scan: _Scan, number: Number, tokens: list[re.Match[str]], head: int) -> _Phrase | None:
    """Carry the phrase over "and Marines" and "of the Texas National Guard"."""
    lex = scan.lex.phrase
    end = _end(tokens[head])
    k = head + 1
    while k < len(tokens) and _word(tokens[k].group(0)) in lex.name_continuations:
        end, k = _end(tokens[k]), k + 1  # "guardias nacionales"
    if k + 1 < len(tokens) and _word(tokens[k].group(0)) in lex.more_after_head:
        k += _word(tokens[k + 1].group(0)) in lex.of_words  # "elementos más de la Guardia"
    while k < len(tokens) and _word(tokens[k].group(0)) in lex.and_words | lex.of_words:
        nxt = _extension_end(scan, tokens, k + 1)
        if nxt is None:
            break
        end, k = _end(tokens[nxt]), nxt + 1
        while k < len(tokens) and _word(tokens[k].group(0)) in lex.name_continuations:
            end, k = _end(tokens[k]), k + 1
    text = scan.s[number.start : end]
    if _word(tokens[head].group(0)) in lex.needs_context and force_of(text, lex) is None:
        context = scan.s[max(0, number.start - 60) : end + 30]  # "... miembros de la Guardia"
        if not finds(lex.members_context, context):
            return None
    return _Phrase(end, text, bare=False)


def _extension_end(scan: _Scan, tokens: list[re.Match[str]], start: int) -> int | None:
    lex, vague = scan.lex.phrase, scan.lex.numbers.never_numbers
    for k in range(start, min(len(tokens), start + _EXTENSION_TOKENS)):
        word = _word(tokens[k].group(0))
        if word in vague and word not in lex.articles:
            return None  # "... and hundreds of DPS troopers": another group, of no number
        if word in lex.personnel_heads or word in lex.component_heads:
            return k
        if word in lex.of_words:
            continue  # "y de las Fuerzas Armadas"
        if not word or (word in lex.stop_words and word not in lex.articles):
            return None
    return None


def _bare_level(scan: _Scan, i: int) -> _Phrase | None:
    """A number without a noun that states a level of a force: "the total to about 5,000"."""
    s, cues = scan.s, scan.lex.status
    number = scan.numbers[i]
    if _agency_level(scan, i):
        return None
    after = s[number.end : number.end + 40]
    if cues.bare_predicate.match(after) and scan.names_people():
        return _Phrase(number.end, s[number.start : number.end], bare=True)
    more = cues.bare_more.match(after)
    rest = after[more.end() :] if more else ""
    said = not _content_word_next(scan, rest) or cues.bare_predicate.match(rest)
    if more and said and scan.names_people():  # "300 más arribarán", not "300 more hospitals"
        end = number.end + more.end()
        return _Phrase(end, s[number.start : end], bare=True)
    if (
        cues.bare_relative.match(s[number.end : number.end + _RELATIVE_REACH])
        and scan.names_people()
    ):
        return _Phrase(number.end, s[number.start : number.end], bare=True)
    another = search(cues.bare_another, s, max(0, number.start - 40), number.start)
    if (
        another
        and scan.names_people()
        and not _content_word_next(scan, after)
        and not _counts_things_before(scan, i)
    ):
        return _Phrase(number.end, s[number.start : number.end], bare=True)
    if _in_brackets_after_people(scan, number):
        return _Phrase(number.end, s[number.start : number.end], bare=True)
    if _ANSWER_OPENING.fullmatch(s, 0, number.start) and scan.counted_before():
        # "About 9,600.", "It is 1,150, not 1,500.": the people the sentence before names count
        return _Phrase(number.end, scan.counted_before(), bare=True)
    military = scan.military
    named_before = military is not None and military.start() < number.start
    sent = (named_before or scan.people_before()) and _sent_object(
        scan, i, military.start() if military and named_before else 0
    )
    things = partial(_things_changed, scan, s[max(0, number.start - _WINDOW) : number.start])
    if sent and not _content_word_next(scan, after) and not things():
        if _repeats_things_before(scan, i):
            return None  # "has about 1,250 miles of border ...; Arizona has about 370"
        return _Phrase(number.end, s[number.start : number.end], bare=True)
    cut = search(cues.bare_cut, s, max(0, number.start - _OBJECT_REACH), number.start)
    people = cut and (scan.names_people() or finds(cues.force_word, s))
    if people and not _content_word_next(scan, after):
        return _Phrase(number.end, s[number.start : number.end], bare=True)  # "cut by 1,000"
    before = s[max(0, number.start - 40) : number.start]
    if not finds(cues.bare_prep, before) or finds(cues.change_amount, before):
        return None  # "a drop of 1,500 from the previous cap" is no level
    if _content_word_next(scan, after):
        return None
    left = s[max(scan.clause_start(i), number.start - 90) : number.start]
    level = (
        finds(cues.level_words, left)
        or finds(cues.level_change, left)
        or _change_end(scan, i)
        or _change_origin(scan, i)
        or _changed_object(scan, i, left)
    )
    if not level or _names_things(scan, left) or cues.per_period.match(after):
        return None
    if things():
        return None
    if _after_staff(scan, i):
        return None
    if not (
        scan.names_people()
        or finds(cues.force_word, s)
        or (finds(cues.level_words, left) and scan.people_before(2))  # "the total could reach"
    ):
        return None
    return _Phrase(number.end, s[number.start : number.end], bare=True)


def _fact_line(scan: _Scan, i: int) -> _Phrase | None:
    """ "Guard members deployed: about 6,500": a fact box's line, its people named in the
    label before the colon (not "Migrants arrested: more than 2,000")."""
    number = scan.numbers[i]
    line = _FACT_LINE.fullmatch(scan.s, 0, number.start)
    if line is None:
        return None
    label, relevance = line.group(1), scan.lex.relevance
    if not (finds(relevance.military_words, label) or finds(relevance.civilian_words, label)):
        return None
    return _Phrase(number.end, label, bare=False)  # its noun is the label's


# A fact box's line up to its number: a label of up to ten words (a number or a bracket among
# them: "Guard on the Title 32 mission", "Texas Guard (state orders)"), a colon, at most a
# qualifier's words.
_LABEL_WORD = r"(?:[^\W\d_][\w'’.-]*|\d+|\([^()]{1,40}\))"
_FACT_LINE = re.compile(
    rf"[^\w(]*([^\W\d_][\w'’.-]*(?:\s+{_LABEL_WORD}){{0,9}})\s*:\s*(?:[^\W\d_]+\s+){{0,3}}"
)
# The words a number that answers a question may open its sentence with ("About 9,600, ...",
# "HEGSETH: Right now, Senator, roughly 10,000").
_ANSWER_OPENING = re.compile(r"\W*(?:[A-Z][A-Z .'-]*:\s*)?(?:[^\W\d_]+,?\s+){0,4}")
_BRACKET_OPEN = re.compile(r"([^\W\d_]+)\s*(?:\(|,)\s*(?:[^\W\d_]+\s+){0,2}$")
_BRACKET_CLOSE = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:\)|,)")


def _in_brackets_after_people(scan: _Scan, number: Number) -> bool:
    """ "sent troops (about 1,500) to the border", "the remaining Guardsmen, about 1,300, are
    packing up": the count of the people just named."""
    if _BRACKET_CLOSE.match(scan.s, number.end) is None:
        return False  # read first: one try after the number, where the opening is searched for
    before = _BRACKET_OPEN.search(scan.s, max(0, number.start - 40), number.start)
    return before is not None and _word(before.group(1)) in scan.lex.phrase.personnel_heads


def _sent_object(scan: _Scan, i: int, people_at: int) -> bool:
    """ "weighs sending as many as 10,000": the object of a sending verb, once the sentence
    has named the people it sends."""
    start = max(scan.clause_start(i), scan.numbers[i].start - _OBJECT_REACH)
    sent = search(scan.lex.status.bare_object, scan.s, start, scan.numbers[i].start)
    return sent is not None and people_at < sent.start()


def _counts_things_before(scan: _Scan, i: int) -> bool:
    """ "for 90 days, and could ask for another 90": the number before counts something other
    than people, which "another" repeats ("the four border states" names groups, not a unit)."""
    if not i or scan.numbers[i - 1].value < _GROUPS_BELOW:
        return False
    before = scan.numbers[i - 1]
    word = _next_word(scan, before.end)
    return bool(word) and word not in scan.lex.phrase.stop_words and not _noun_phrase(scan, before)


def _repeats_things_before(scan: _Scan, i: int) -> bool:
    """ "Texas has about 1,250 miles of border; Arizona has about 370": the words before the
    number repeat those before a number of things, whose noun it leaves out."""
    if not _counts_things_before(scan, i):
        return False
    before, number = scan.numbers[i - 1], scan.numbers[i]
    lead = _LEAD.search(scan.s, 0, number.start)
    return lead is not None and scan.s.endswith(lead.group(0), 0, before.start)


# The two words before a number.
_LEAD = re.compile(r"[^\W\d_]+\s+[^\W\d_]+\s+$")


def _counts_groups(scan: _Scan, phrase: _Phrase) -> bool:
    heads = scan.lex.phrase.group_heads
    return _last_word(phrase.text) in heads or _next_word(scan, phrase.end) in heads


def _next_word(scan: _Scan, at: int) -> str:
    nxt = next(_TOKEN.finditer(scan.s, at), None)
    return _word(nxt.group(0)) if nxt else ""


def _last_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def _content_word_next(scan: _Scan, after: str) -> bool:
    nxt = next(_TOKEN.finditer(after), None)
    return (
        nxt is not None
        and nxt.group(0)[:1].isalpha()
        and _word(nxt.group(0)) not in scan.lex.phrase.stop_words
        and _word(nxt.group(0)) not in scan.lex.phrase.and_words  # "about 5,700 and a peak of"
    )


def _changed_object(scan: _Scan, i: int, left: str) -> bool:
    """The "4,000" of "reducing the roughly 5,200 now assigned to about 4,000": the verb of
    the change stands before the level it changes."""
    if not i or not finds(scan.lex.status.level_to, left):
        return False
    previous = scan.numbers[i - 1].start
    return (
        search(scan.lex.status.level_change, scan.s, max(0, previous - _WINDOW), previous)
        is not None
    )


def _after_staff(scan: _Scan, i: int) -> bool:
    """ "about 15,000 agents ..., up from roughly 12,000": a level of the staffing just named."""
    if not i:
        return False
    previous = scan.numbers[i - 1]
    phrase = _noun_phrase(scan, previous)
    if phrase is None:
        return False
    before = scan.s[max(scan.clause_start(i - 1), previous.start - 40) : previous.start]
    return _staff(scan, i - 1, before, phrase.end)


def _agency_level(scan: _Scan, i: int) -> bool:
    """ "The Border Patrol, which had about 12,000 agents ..., now has more than 15,000": a
    level of the agency's staff, the last people its sentence names before the number."""
    relevance = scan.lex.relevance
    before = scan.s[: scan.numbers[i].start]
    if not finds(relevance.border_agency, before) or not finds(relevance.staff_count, before):
        return False  # the agency first: few sentences name it, many say "has"
    heads = [_word(w) for w in before.split() if _word(w) in scan.lex.phrase.personnel_heads]
    return bool(heads) and heads[-1] in relevance.staff_heads


def _change_origin(scan: _Scan, i: int) -> bool:
    """The "2,400" of "fell to about 1,500 from 2,400"."""
    if not i:
        return False
    between = scan.s[scan.numbers[i - 1].end : scan.numbers[i].start]
    return scan.lex.status.change_from.fullmatch(between) is not None


def _change_end(scan: _Scan, i: int) -> bool:
    """The "1,600" of "climbed from 1,500 to 1,600"."""
    if not i:
        return False
    between = scan.s[scan.numbers[i - 1].end : scan.numbers[i].start]
    if not scan.lex.status.change_to.fullmatch(between):
        return False
    before = scan.s[max(0, scan.numbers[i - 1].start - 40) : scan.numbers[i - 1].start]
    return finds(scan.lex.status.from_word, before)


def _things_changed(scan: _Scan, left: str) -> bool:
    """ "apprehensions rose to more than 37,000": a level of things named after any people."""
    relevance = scan.lex.relevance
    things = _last_end(scan.lex.status.things_changed, left)
    people = max(
        _last_end(relevance.military_words, left), _last_end(relevance.civilian_words, left)
    )
    return things > people


def _last_end(pattern: Pattern, text: str) -> int:
    return max((m.end() for m in matches(pattern, text)), default=-1)


def _names_things(scan: _Scan, left: str) -> bool:
    """ "the number of firearms seized stands at 1,500" counts things, not people."""
    lex = scan.lex.phrase
    m = scan.lex.status.things_counted.search(left)
    noun = next((g for g in m.groups() if g), "") if m else ""
    if not noun or noun[:1].isupper():  # "the number of National Guard troops"
        return False
    if noun in lex.stop_words or noun in lex.qualifier_words:
        return False
    return noun not in lex.personnel_heads | lex.modifier_nouns


# --- filters ------------------------------------------------------------------------------


def _not_deployment(scan: _Scan, i: int, phrase_end: int) -> bool:
    """People counted for something else: "made up of 1,200", "5,000 agents were hired",
    "17 members of the Guard ... have died", a city's own police."""
    start = max(scan.clause_start(i), scan.numbers[i].start - 40)
    relevance = scan.lex.relevance
    before = scan.s[start : scan.numbers[i].start]
    number_end = scan.numbers[i].end
    if finds(relevance.not_deployment, before) or _staff(scan, i, before, phrase_end):
        return True
    if relevance.local_police.match(scan.s, number_end) and not finds(
        relevance.move_verbs, scan.s[scan.clause_start(i) : scan.next_start(i)]
    ):
        return True  # "Tijuana's 2,300 municipal police": a city's own, unless sent
    if _force_size(scan, i, phrase_end) or _share(scan, i):
        return True
    if (
        finds(relevance.transport, before)
        and search(relevance.military_words, scan.s, number_end, phrase_end) is None
    ):
        return True  # "a plane carrying 150 migrants"; "convoys carrying 1,650 Guard members" go
    after = scan.s[phrase_end : scan.next_start(i)]
    own = relevance.subordinate.split(after, maxsplit=1)[0]
    # within the reach, its words read to their end: "se incorporen a la misión" is no hiring
    staffing = search(relevance.staffing, own)
    return (
        (staffing is not None and staffing.end() <= _STAFFING_REACH)
        or relevance.rate.match(after) is not None
        or finds(relevance.fate, after[:_FATE_REACH])
    )


def _share(scan: _Scan, i: int) -> bool:
    """Either number of "four in 10 of the troops", "4 de cada 10 elementos": a share."""
    numbers, share = scan.numbers, scan.lex.relevance.share
    pairs = ((k, k + 1) for k in (i - 1, i) if k >= 0 and k + 1 < len(numbers))
    return any(
        numbers[a].value < numbers[b].value <= 100
        and share.fullmatch(scan.s, numbers[a].end, numbers[b].start)
        for a, b in pairs
    )


def _force_size(scan: _Scan, i: int, phrase_end: int) -> bool:
    """ "Arizona's Guard numbers about 7,500 soldiers and airmen", "The National Guard began
    operating June 30 with about 70,000 members": a whole force's size, unless the words after
    it move them or place them at the border ("The Guard has 2,500 troops on the border")."""
    relevance = scan.lex.relevance
    start = max(scan.clause_start(i), scan.numbers[i].start - _FORCE_SIZE_REACH)
    before = scan.s[start : scan.numbers[i].start]
    if not (
        finds(relevance.force_size, before)
        or relevance.force_size_after.match(scan.s, phrase_end) is not None
    ):
        return False
    start = scan.numbers[i].start
    own = scan.s[start : min(scan.next_start(i), start + _FORCE_SIZE_REACH)]
    if finds(relevance.move_verbs, own) or relevance.placed_there.match(scan.s, phrase_end):
        return False
    end = start + len(own)  # the places with their side: "the southern border" is this one
    return not any(p.kind in ("usmx", "border") and start <= p.start < end for p in scan.places)


def _staff(scan: _Scan, i: int, before: str, phrase_end: int) -> bool:
    """ "the sector has about 1,000 agents", "24,000 Border Patrol agents are on the border":
    an agency's own staff where it works, not people sent there (unless the figure's own words
    say they were moved)."""
    relevance = scan.lex.relevance
    words = (_word(w) for w in scan.s[scan.numbers[i].end : phrase_end].split())
    head = next((w for w in words if w in scan.lex.phrase.personnel_heads), None)
    if head not in relevance.staff_heads:
        return False  # "76 state troopers and wildlife officers": named by their first head
    if relevance.state_officers.match(scan.s, scan.numbers[i].end):
        return False  # a state's officers are sent by it, never an agency's staff
    if finds(relevance.staff_count, before):
        return True
    own = scan.s[scan.clause_start(i) : scan.next_start(i)]
    if relevance.staff_new.match(scan.s, scan.numbers[i].end):
        return not finds(relevance.move_verbs, own)  # "14,000 new agents": hired, unless sent
    if finds(scan.lex.status.more, before[-25:]):
        return False  # "an additional 300 CBP agents": more people for the border
    agency = search(relevance.border_agency, scan.s, scan.numbers[i].end, phrase_end)
    return agency is not None and not finds(relevance.move_verbs, own)


def _part(scan: _Scan, i: int) -> bool:
    """ "about 6,000 troops ... include about 2,100 Guard", "About 2,800 of them are in
    Texas": said to be a part of a total (LABELING.md: parts of a stated total are optional,
    and alerting on them would report a change that did not happen)."""
    number = scan.numbers[i]
    left = scan.s[scan.clause_start(i) : number.start]
    phrase = scan.lex.phrase
    if finds(phrase.breakdown, left) or phrase.part_after.match(scan.s, number.end):
        return True
    return i > 0 and bool(phrase.breakdown_goes_on.match(left)) and _part(scan, i - 1)


def _elsewhere(scan: _Scan, i: int, phrase_end: int) -> bool:
    """The place this figure goes to is not the US-Mexico border."""
    found = scan.places
    destinations = [p for p in found if not _is_origin(scan, p)]
    if len(destinations) < len(found) and not scan.leaves:
        # Where people come from is not where they are, unless they are said to leave it
        # ("will withdraw 2,000 troops from Syria": the troops are in Syria).
        found = tuple(destinations)
    turn = search(scan.lex.status.clause_break, scan.s, phrase_end, scan.next_start(i))
    end = turn.start() if turn else scan.next_start(i)  # "..., mientras que en la frontera sur"
    after = [p for p in found if phrase_end <= p.start < end]
    after = [p for p in after if p in destinations] or after
    start = scan.clause_start(i)
    before = [p for p in found if start <= p.start < scan.numbers[i].start]
    if after and before and _next_item(scan, after[0]):
        after = []  # "en la frontera norte hay 15 mil elementos y en la frontera sur, 10 mil"
    if after:
        return after[0].kind == "elsewhere"
    if before:
        return before[-1].kind == "elsewhere"
    kinds = {p.kind for p in found}
    return "elsewhere" in kinds and not kinds & {"usmx", "border"}


def _leaves_border(scan: _Scan, i: int) -> bool:
    """ "moved about 4,000 Guard members from the northern border to Guanajuato": the figure's
    clause takes its people from this border to another place."""
    if not scan.leaves:
        return False
    start, end = scan.clause_start(i), scan.next_start(i)
    mine = [p for p in scan.places if start <= p.start < end]
    here = [p for p in mine if p.kind in ("usmx", "border")]
    there = [p for p in mine if p.kind == "elsewhere" and not _is_origin(scan, p)]
    return any(_is_origin(scan, h) or _left_for(scan, h, t) for h in here for t in there)


def _left_for(scan: _Scan, here: Place, there: Place) -> bool:
    """ "800 guardias que reforzaban la garita de San Ysidro partieron rumbo a Culiacán": a
    verb of leaving between the border where they were and the place they go."""
    between, words = scan.s[here.end : there.start], scan.lex.relevance
    if "," in between or finds(words.subordinate, between) or finds(words.purpose, between):
        # another clause's move ("..., mientras que los retirados serían reasignados a
        # Guanajuato") or a purpose's ("para desalojar los campamentos y trasladar a los
        # migrantes a Monterrey")
        return False
    return finds(words.leave_verbs, between)


def _is_origin(scan: _Scan, place: Place) -> bool:
    """Whether the place is where people come from ("from the northern border")."""
    origin = scan.lex.places.origin_before
    return search(origin, scan.s, max(0, place.start - _ORIGIN_REACH), place.start) is not None


def _next_item(scan: _Scan, place: Place) -> bool:
    """Whether a place opens the next item of a list ("... y en la frontera sur")."""
    opening = scan.lex.places.next_item_before
    return search(opening, scan.s, max(0, place.start - 20), place.start) is not None


# --- qualifier, force ---------------------------------------------------------------------


def _qualifier(scan: _Scan, number: Number) -> tuple[Qualifier, int]:
    if number.ranged:
        return "upper", number.start
    if _plus(scan.s, number):
        return "lower", number.start
    if scan.lex.status.approx_after.search(scan.s, number.start, number.end):
        return "approx", number.start
    left_start = max(0, number.start - 30)
    left = scan.s[left_start : number.start].rstrip(_QUOTES)
    for pattern, qualifier in scan.lex.status.qualifiers:
        m = search(pattern, left)
        if m:
            return qualifier, left_start + m.start()
    return "exact", number.start


def _joined_force(scan: _Scan, phrase_end: int) -> Force | None:
    joined = scan.lex.phrase.joined_component.match(scan.s, phrase_end)
    return force_of(joined.group(1), scan.lex.phrase) if joined else None


def _agency_staff(scan: _Scan, i: int, phrase: _Phrase) -> bool:
    """ "CBP said it had moved about 200 personnel": the bare staff of a civilian agency."""
    words = {_word(w) for w in phrase.text.split()}
    if not words & scan.lex.phrase.staff_words:
        return False
    return finds(scan.lex.phrase.agency_staff, scan.s[scan.clause_start(i) : phrase.end])


def _predicate_force(scan: _Scan, phrase_end: int, i: int) -> Force | None:
    m = scan.lex.phrase.predicate_force.match(scan.s[phrase_end : scan.next_start(i)])
    if m is None:
        return None
    force = force_of(next(g for g in m.groups() if g), scan.lex.phrase)
    joined = _joined_force(scan, phrase_end + m.end())
    # "10,000 soldados en servicio activo y guardias nacionales": a stated mix
    return "military" if force and joined not in (None, force) else force


def _names_only_mexico(scan: _Scan) -> bool:
    """The sentence names Mexico's government or forces and not the US's."""
    deployers = scan.lex.deployers
    return finds(deployers.mexico, scan.s) and not finds(deployers.federal, scan.s)


def _told_from_mexico(scan: _Scan) -> bool:
    deployers = scan.lex.deployers
    return sentence_side(scan.s, deployers.federal, deployers.mexico, scan.mexican_view)()


def _with_inferred_force(
    scan: _Scan, c: Candidate, offset: int, phrases: list[tuple[int, int]]
) -> Candidate:
    """A figure with no component takes the last one its sentence names before it,
    outside other figures' phrases ("the first active-duty troops ..., which grew to 1,600")."""
    if c.force_stated:
        return c
    end = c.start - offset
    base = max(0, end - 2 * _WINDOW)
    left = list(scan.s[base:end])
    for p_start, p_end in phrases:
        lo, hi = max(p_start - base, 0), min(p_end - base, len(left))
        if lo < hi:
            left[lo:hi] = " " * (hi - lo)
    context = "".join(left)
    force = last_force(context, scan.lex.phrase)
    if force in (None, "military", "law_enforcement"):
        return c
    if force == "national_guard" and not guard_alone(context, scan.lex.phrase):
        return c
    if force == "active_duty" and _told_from_mexico(scan):
        return c  # Mexico's army is military (LABELING.md)
    return replace(c, force=force, force_step="its sentence before it")
