"""A figure's status (LABELING.md `status`), decided by a documented sequence of named steps.

Each step reads one kind of cue from the language's catalogue (extractors/lexicon) at one
place around the number, and either decides or passes. The first step that decides wins;
when none does, the figure is `deployed` (a number of people reported at the border).

    1. change of level     "from the current 5,900", "cut from 6,000 to 3,000", "bring the total to"
    2. dated holding       "the Guard had about 2,100 (in March)"
    3. earlier year        "Bush sent 6,000 troops in 2006" in a story of a later year
    4. standing force      "the remaining force of 2,000"
    5. cap                 "authorized up to 4,000", "raise the cap to 10,000": a cap, not an order
    6. withdrawn object    "will bring home the 112 soldiers stationed there"
    7. in transit          "en route", "arrived at Fort Bliss" (a staging base): ordered
    8. predicate after     "... 1,000 troops are going home", "... remain at the border"
    9. anteriority         "previously", "at its peak" in the figure's clause
   10. former leader       "Obama ordered 1,200" in a story written after he left office
   11. compared            "fewer than the 2,000 DHS had asked for": the compared number's own
                           words after it, not the verb of the figure it is compared with
   12. modality in clause  "could send", "requested", "is weighing"
   13. arrived first       "Llegaron a Reynosa los 600 elementos que reforzarán ...": arrived
   14. ordered after       "... 500 troops will be deployed"
   15. nearest cue         the verb or adverb nearest the number in its clause, then "another",
                           "additional", then a cue before the clause
   16. shared predicate    "1,000 Guard soldiers and 500 troopers will head to the border": the
                           predicate after the next figure, joined to this one by "and"
   17. otherwise           deployed
    An order in a sentence that says nothing is decided yet ("no order has been signed", "is
    awaiting the secretary's signature") or makes it hang on a condition ("would send 10,000
    if the caravan did not turn back") is read as a proposal, whichever step found it, and an
    expectation in a sentence that names the decision behind it ("expected to reach 7,000 under
    orders already signed") an order; an authorization with no bound ("approved the deployment
    of 1,500") is an order.

Last, a second opinion reads the steps' decision: a model trained on labelled passages
(extractors/status_model.py) weighs the words around the number, the step and its status
together, and overrules the step where it is confident another status is meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache, partial

from extractors.lexicon import Cue, StatusCues
from extractors.lexicon.alternation import alternatives
from extractors.lexicon.caseless import finds, matches, search
from extractors.model import Qualifier, Status
from extractors.numbers import Number
from extractors.once import cached_property
from extractors.status_model import UNCUED, confidence, reconsider

# How far before a number its clause and its wider context reach, in characters.
CLAUSE_REACH = 160
CONTEXT_REACH = 320
AFTER_REACH = 120
LEVEL_REACH = 120
YEAR_AFTER_REACH = 40
NOW_BEFORE_PAST = 40  # "al 30 de julio había": a date of now right before a past verb
YEAR_NAMED_AFTER_REACH = 50  # a year said outright dates a figure a little further on
# "previously", "had sent" speak of the figure only close before it ("the tariffs he had
# threatened, after Sheinbaum promised ... 10,000" is not a past 10,000).
ANTERIORITY_REACH = 90
# How far past the words that may date a figure a verb can still say the leader only began the
# mission ("... the Trump administration launched").
LEADER_BEGAN_REACH = 20
# How far before a word of anteriority a future verb makes it the first step of a plan ("will
# initially send 1,500").
FUTURE_AROUND_PAST = 25
# How far before a year "a year after" can say the story counts from it.
COUNTED_FROM_REACH = 80


# Where the words a compared number has of its own end: "the 1,200 DHS had requested, two
# officials said".
_OWN_WORDS = re.compile(r"[,;.:]")
# Words set off by dashes right after a figure ("About 1,600 troops — 1,100 soldiers and 500
# Marines — are assigned ..."): its predicate comes after them.
_ASIDE = re.compile(r"\s*(—|–|--)[^—–.;]{1,120}?(?:—|–|--)")


@dataclass(frozen=True, eq=False)  # compared by identity: the model's odds are cached by reading
class Reading:
    """One number of one sentence, and what surrounds it."""

    sentence: str
    numbers: tuple[Number, ...]
    index: int
    phrase_end: int
    qualifier: Qualifier
    story_year: int | None
    cues: StatusCues

    @property
    def number(self) -> Number:
        return self.numbers[self.index]

    @property
    def clause_start(self) -> int:
        return self.numbers[self.index - 1].end if self.index else 0

    @cached_property
    def next_start(self) -> int:
        """Where the next number starts that may count people ("two years ago", "the four
        border states" do not end the words after a figure)."""
        return self._next_start(self.number.end)

    def _next_start(self, at: int) -> int:
        counts = self.cues.counts_no_people
        later = (n for n in self.numbers[self.index + 1 :] if n.start >= at)
        starts = (n.start for n in later if not counts.match(self.sentence, n.end))
        return next(starts, len(self.sentence))

    @cached_property
    def level_near(self) -> str:
        """The words of its clause a change of level names before the number."""
        return self.sentence[
            max(self.clause_start, self.number.start - LEVEL_REACH) : self.number.start
        ]

    @cached_property
    def clause(self) -> str:
        """The words from the previous number or clause break up to this number."""
        s = self.sentence
        text = s[max(self.clause_start, self.number.start - CLAUSE_REACH) : self.number.start]
        breaks = list(matches(self.cues.clause_break, text))
        return self.as_reported(text[breaks[-1].end() :] if breaks else text)

    @cached_property
    def reports_speech(self) -> bool:
        """Whether the sentence reports what someone said ("said", "announced")."""
        return finds(self.cues.reported, self.sentence)

    @cached_property
    def reports_own_speech(self) -> bool:
        """Whether the number's own words are reported: "said" before it, or after it in its
        own clause, not in one joined after it ("a bill that would put 10,000 Guard members on
        the border, and Gov. Rick Perry said the state needs boots": the bill's "would")."""
        s = self.sentence
        own_after = self.cues.coordination.split(s[self.phrase_end :], maxsplit=1)[0]
        return finds(self.cues.reported, s[: self.phrase_end]) or finds(
            self.cues.reported, own_after
        )

    def as_reported(self, words: str) -> str:
        """Reported speech shifts tenses back: "said it would send" reports "will send", "said
        they had arrived" reports "have arrived"."""
        if self.reports_speech:  # each tense found first on the words lower-cased
            if self.reports_own_speech and finds(self.cues.reported_would, words):
                words = self.cues.reported_would.sub(self.cues.reported_will, words)
            if finds(self.cues.reported_had, words):
                words = self.cues.reported_had.sub(self.cues.reported_have, words)
        return words

    @cached_property
    def left(self) -> str:
        return self.sentence[max(0, self.number.start - CONTEXT_REACH) : self.number.start]

    @property
    def whole_of_part(self) -> bool:
        """ "1,100 of the 1,500": the number is the whole the number before is part of."""
        if not self.index:
            return False
        between = self.sentence[self.numbers[self.index - 1].end : self.number.start]
        return self.cues.whole_after_part.fullmatch(between) is not None

    @cached_property
    def after(self) -> str:
        """The words after the noun phrase, up to the next number, semicolon or clause of
        another subject ("550 have arrived; the rest are in transit": the rest's words are
        not the 550's), or the clause that leads to the next number ("and will send 500")."""
        aside = _ASIDE.match(self.sentence, self.phrase_end)
        start = aside.end() if aside else self.phrase_end
        next_start = self._next_start(start) if aside else self.next_start
        end = min(next_start, start + AFTER_REACH)
        after = self.sentence[start:end]
        if not self.whole_of_part:
            relative = search(self.cues.sent_relative, after)
            after = after[relative.end() :] if relative else after
        if end == next_start < len(self.sentence):
            turn = search(self.cues.next_clause, after)
            after = after[: turn.start() if turn else None]
        subset = search(self.cues.subset_after, after)
        after = after[: subset.start() if subset else None]
        other = search(self.cues.other_subject_after, after)
        return self.as_reported(after[: other.start() if other else None].split(";", 1)[0])

    @cached_property
    def after_status(self) -> Status | None:
        """What the predicate after the noun phrase says; for the whole a part is counted
        from, how it was sent ("3,000 of the 10,000 Mexico promised have arrived": ordered)."""
        sent = self._whole_sent
        return sent[0] if sent else self._there_after_sent(self._predicate(self.after))

    def _there_after_sent(self, status: Status | None) -> Status | None:
        """ "the 1,500 troops Trump ordered to the border last month are now in place": how
        they were sent is past when the predicate after it says they are there."""
        if status not in (None, "ordered") or finds(self.cues.whole_before, self.left):
            return status
        sent = search(self.cues.sent_participle, self.after)
        there = sent and self._predicate(self.after[sent.end() :]) == "deployed"
        return "deployed" if there else status

    @cached_property
    def fate_after(self) -> Status | None:
        """What the predicate after a whole says of its part, past how the whole was sent."""
        sent = self._whole_sent
        return self._predicate(self.after[sent[1] :]) if sent else self.after_status

    @cached_property
    def _whole_sent(self) -> tuple[Status, int] | None:
        if not self.whole_of_part:
            return None
        found = ((p.match(self.after), s) for p, s in self.cues.whole_sent)
        return next(((s, m.end()) for m, s in found if m), None)

    def predicate_of(self, words: str) -> Status | None:
        """What a predicate in `words` says, as reported."""
        return self._predicate(self.as_reported(words))

    def _predicate(self, after: str) -> Status | None:
        if not finds(_any_after(self.cues), after):
            return None  # most figures: one search instead of one per cue
        for pattern, status in self.cues.after:
            m = search(pattern, after)
            if m is None:
                continue
            said = after[m.start() : m.end()]  # as written: the match may be in lower case
            if status == "previous" and self.cues.were_predicate.search(said):
                own = self.sentence[: self.next_start]  # not "..., against 10,000 in April"
                dated = finds(self.cues.past_time, own) or _former_leader_before(self)
                return "previous" if dated else "deployed"
            return status
        return None


# What opens most cues after a figure: a few words skipped ("^\W*(?:\S+ ){0,3}?").
_WORDS_SKIPPED = re.compile(r"\^\\W\*(?:\(\?![^)]*\))?\(\?:\\[Sw]\+ \)\{0,\d+\}\?")


@cache
def _any_after(cues: StatusCues) -> re.Pattern[str]:
    """One pattern that matches where any cue of `cues.after` does (they share their flags).
    The cues' alternatives that skip the same words first share the skip: the engine walks
    those words once for all of them, not once for each."""
    shared: dict[str, list[str]] = {}
    alone: list[str] = []
    for pattern, _ in cues.after:
        for alternative in alternatives(pattern.pattern):
            skip = _WORDS_SKIPPED.match(alternative)
            if skip:
                shared.setdefault(skip.group(0), []).append(alternative[skip.end() :])
            else:
                alone.append(alternative)
    merged = [f"{skip}(?:{'|'.join(rest)})" for skip, rest in shared.items()]
    return re.compile("|".join(f"(?:{a})" for a in [*alone, *merged]), cues.after[0][0].flags)


Step = Callable[[Reading], Status | None]


def change_of_level(r: Reading) -> Status | None:
    """ "from the current number of about 5,900" is deployed, and so is the level a cut yet to
    come starts from ("weighs cutting the roughly 8,500 troops there to about 6,000"); "from
    6,000" or "began with 5,200" previous; "bring the total to N" is ordered when the sentence
    looks ahead, proposed when it only might, previous when it had already happened ("had
    shrunk to 2,350")."""
    near = r.level_near
    if finds(r.cues.changing_object, near) and r.cues.changed_to_after.match(r.after):
        return "deployed"  # "weighs cutting the roughly 8,500 troops there to about 6,000"
    m = search(r.cues.level_from, near)
    if m is not None:
        said = near[m.start() : m.end()]  # as written: the match may be in lower case
        if r.cues.current.search(said) or r.cues.now_after.match(r.after):
            return "deployed"  # "up from about 6,000 now", "frente a los 8,500 que hay actualmente"
        return None if _compared_with_now(r, said) else "previous"
    if not finds(r.cues.level_to, near) or _cap_changed(r):
        return None
    if not (finds(r.cues.level_change, near) or _change_before_object(r)):
        return None
    verb_left = r.as_reported(r.sentence[: r.number.start][-CONTEXT_REACH:])
    if finds(r.cues.expected_drop, verb_left):
        return "ordered"  # a drawdown that is expected has been decided
    if _closest(verb_left, r.cues.modal_and_past) == "proposed" or r.after_status == "proposed":
        return "proposed"  # "could fall to 3,000", "a cut to 6,000 has been discussed"
    had = finds(r.cues.past_perfect, r.as_reported(near))
    if had and r.cues.now_after.match(r.after):
        return "deployed"  # "had grown to about 2,500 by this week"
    if had or _dated_after(r) or _earlier_year_after(r):
        return "previous"  # "had shrunk to 2,350 by January", "was cut to 3,000 a year later"
    change = r.cues.past_change.search(near)
    if change:  # "..., when the mission grew to about 10,000 at its height"
        dated = r.cues.past_time.match(r.after.lstrip()) or _former_leader_before(r)
        dated = dated or finds(r.cues.past_time, near[change.start() :])  # "cut last summer, to"
        dated = dated or earlier_year(r) == "previous"  # "en julio de 2007 se redujo a 3 mil"
        dated = dated or finds(r.cues.sequel, near)  # "the number later shrank to 2,300"
        # "at its height in mid-November the force numbered close to 5,900"
        dated = dated or any(finds(pattern, near) for pattern, _ in r.cues.anteriority)
        return "previous" if r.after_status == "previous" or dated else "deployed"
    future = finds(r.cues.future, verb_left) or r.cues.future_after.match(r.after)
    return "ordered" if future else "deployed"  # "... to 3,300 by the end of June"


def _cap_changed(r: Reading) -> bool:
    """ "approved raising the cap on active-duty forces to 10,000": the level is a cap's."""
    near = r.level_near
    return finds(r.cues.cap_change, near) and finds(r.cues.level_to, near)


def _former_leader_before(r: Reading) -> bool:
    """ "Bush sent about 6,000 ..., a force that was later halved to 3,000": a change told of
    a leader no longer in office is of their time."""
    if r.story_year is None:
        return False
    before = r.sentence[: r.number.start]
    leaders = [next(g for g in m.groups() if g) for m in r.cues.leader_acts.finditer(before)]
    return bool(leaders) and not any(_in_office(name, r.story_year, r.cues) for name in leaders)


def _change_before_object(r: Reading) -> bool:
    """ "reducirá ... del nivel actual de unos 4.000 soldados a cerca de 2.500": the verb of
    the change stands before the level it changes (not "from 5,500 to 4,000", read above)."""
    if not r.index:
        return False
    previous = r.numbers[r.index - 1]
    start = max(0, previous.start - 2 * LEVEL_REACH)
    changed = search(r.cues.level_change, r.sentence, start, previous.start) is not None
    if not r.sentence[previous.end : r.number.start].split()[:-1]:
        # nothing but the "to" between the two levels: "se redujo de 3 mil 100 a 2 mil 500"
        from_level = r.cues.level_from.search(r.sentence, start, previous.start) is not None
        return changed and from_level and not finds(r.cues.cap_limit, r.sentence)
    return changed


def _compared_with_now(r: Reading, words: str) -> bool:
    """ "3,300 Guard soldiers, compared with the roughly 9,600 the Pentagon has": two levels
    of today; "compared with 2,500 in January" is a past one."""
    if not finds(r.cues.comparison, words):
        return False
    dated = [r.cues.past_time, *(pattern for pattern, _ in r.cues.anteriority)]
    return not any(finds(pattern, r.after) for pattern in dated)


def _earlier_year_after(r: Reading) -> bool:
    """ "shrank to about 2,300 by early 2019" in a story of a later year."""
    if r.story_year is None:
        return False
    after = r.after[:YEAR_NAMED_AFTER_REACH]
    place = search(r.cues.place_clause, after)
    after = after[: place.start() if place else None]
    years = [  # not "the lowest since the buildup began in early 2025"
        int(m.group(1))
        for m in r.cues.earlier_year.finditer(after)
        if not r.cues.since.search(after, 0, m.start(1))  # "began in 2018" is in the match
    ]
    return bool(years) and max(years) < r.story_year


def _dated_after(r: Reading) -> bool:
    """ "... 3,000 a year later": dated by the words right after it, unless they only say when
    the mission began ("since it began last year")."""
    after = r.after[:YEAR_AFTER_REACH]
    dated = search(r.cues.year_before, after)
    return dated is not None and not r.cues.since.search(after, 0, dated.start())


def dated_holding(r: Reading) -> Status | None:
    """ "the Guard had about 2,100" in a sentence that dates it ("in March", not the story's
    own year) is previous."""
    if finds(r.cues.now, r.clause):
        return None  # "the count as of Thursday was 10,109"
    if finds(r.cues.had_before, r.clause) and any(
        str(r.story_year) not in m.group(0) for m in matches(r.cues.past_time, r.sentence)
    ):
        return "previous"
    return None


def earlier_year(r: Reading) -> Status | None:
    """A figure dated to a year before the story's own ("in 2006 Bush sent 6,000", "sent
    1,200 in 2010") is previous: the year stands before it in its sentence or right after,
    or it is dated by what follows it ("1,200 troops under the plan last year"), unless what
    follows says they are still there."""
    if _dated_after(r) and not (
        finds(r.cues.future, r.clause)
        or _still_there(r)
        or finds(r.cues.joining, r.clause)  # "have joined 2,100 sent earlier this year"
    ):
        return "previous"
    if r.story_year is None:
        return None
    before = [
        m
        for m in r.cues.earlier_year.finditer(r.left)
        if int(m.group(1)) < r.story_year
        and not r.cues.counted_from.search(
            r.left, max(0, m.start() - COUNTED_FROM_REACH), m.start()
        )
        and not _dates_figure_before(r, m)
    ]
    if before and not _moves_on(r, before[-1].end()) and not r.cues.now_after.match(r.after):
        return "previous"
    future = finds(r.cues.future, r.clause)
    return "previous" if _earlier_year_after(r) and not (future or _still_there(r)) else None


def _still_there(r: Reading) -> bool:
    """ "2,300 troops sent by the Pentagon last fall remain": the clause after the figure
    says they are still there, so the date after it is of their sending."""
    own = r.sentence[r.number.end : r.next_start].split(",", 1)[0]
    return finds(r.cues.now, r.cues.clause_break.split(own, maxsplit=1)[0])


def _dates_figure_before(r: Reading, year: re.Match[str]) -> bool:
    """A year after the number before, in its clause, is that figure's ("down from 10,000 at
    its peak in 2022, while the federal force numbers about 8,500")."""
    previous_end = r.clause_start - (r.number.start - len(r.left))  # in `r.left`
    after_it = r.index > 0 and year.start() >= previous_end
    return after_it and search(r.cues.clause_break, r.left, year.end()) is not None


def _moves_on(r: Reading, year_end: int) -> bool:
    """Between the year and the number the sentence turns to the present or the future:
    "peaked in 2022 and now has 6,000", "in 2019 it said it will send 500"."""
    return any(c.search(r.left, year_end) for c in (r.cues.now, r.cues.future))


def standing_force(r: Reading) -> Status | None:
    """ "the remaining force of 2,000", "the current 5,900", "half of the 5,600 troops" hold as
    of the story; "part of the 3,750 additional troops" or "part of the 1,500 troops ordered
    to the border" are more people on the way, "half of the 4,000 the Pentagon authorized" a
    cap."""
    if search(r.cues.more, r.sentence, r.number.end, r.phrase_end):
        return None
    before = r.sentence[: r.number.start]
    # "will release 1,200, leaving roughly 3,800": the level a decided cut will leave
    if finds(r.cues.left_by_cut, before):
        verbs = r.as_reported(before[-CONTEXT_REACH:])
        if _closest(verbs, r.cues.modal_and_past) == "proposed" or finds(r.cues.planned, verbs):
            return "proposed"  # "could cut 40 percent, leaving about 3,600"
        return "ordered" if finds(r.cues.future, verbs) else "deployed"
    if finds(r.cues.standing, before):  # unless "the remaining 1,200 ... will go home"
        if r.cues.will_stay.match(r.after):
            return "ordered"  # what a decided drawdown leaves: "the remaining 11 will stay"
        return None if r.after_status == "withdrawn" else "deployed"
    joined = finds(r.cues.joining, before) or finds(r.cues.part_of_group, before)
    if not joined or r.after_status in ("ordered", "authorized"):
        return None
    # "will join the 2,500 Guard members Biden had stationed at the end of his term": a past
    # level, but not "... who had been sent to the border since April"
    dated = r.after_status == "previous" and finds(r.cues.past_time, r.after)
    dated = dated and not _still_there(r)  # "... who were sent in April and remain there"
    return None if dated else "deployed"


def withdrawn_object(r: Reading) -> Status | None:
    """ "will bring home the 112 soldiers stationed there": the people a withdrawal verb takes
    are leaving, whatever the words after them say about where they are now."""
    return "withdrawn" if finds(r.cues.withdrawn_object, r.clause) else None


def in_transit(r: Reading) -> Status | None:
    """On the way or at an inland staging base ("arrived at Fort Bliss") is not yet there,
    unless the words after the figure place it ("they will reinforce the 4,000 already on
    Operation Lone Star": the travel is the others'), or say they are leaving ("began leaving
    the river for Guanajuato": the way is home)."""
    if r.after_status == "withdrawn":
        return None
    if finds(r.cues.in_transit, r.after):
        return "ordered"
    if r.after_status == "deployed":
        return None
    return "ordered" if finds(r.cues.in_transit, r.clause) else None


def predicate_after(r: Reading) -> Status | None:
    """The predicate right after the noun phrase, unless it only says the people are coming."""
    return r.after_status if r.after_status != "ordered" else None


def anteriority(r: Reading) -> Status | None:
    """ "previously", "initially", "at its peak" in the figure's clause: it no longer holds,
    unless a request or plan is said after it ("who asked last year for 1,000": a request) or
    the clause turns to the present ("at its height ..., now has about 2,000")."""
    clause = r.clause[-ANTERIORITY_REACH:]
    past = _last_end(clause, r.cues.anteriority)
    if past < 0 or r.cues.now.search(clause, past) or r.cues.now_after.match(r.after):
        return None  # "at its height in 2022, now has about 2,000", "sumaban 8 mil el viernes"
    if r.cues.this_week.search(clause, past):
        return None  # "había anunciado el lunes el envío de 5 mil 200": this week's news
    if r.cues.now.search(clause, max(0, past - NOW_BEFORE_PAST), past):
        return None  # "al 30 de julio había 10 mil 106", "todavía había"
    if r.cues.future.search(clause, max(0, past - FUTURE_AROUND_PAST)):
        return None  # "will initially send", "inicialmente se desplegarán"
    plans = tuple(cue for cue in r.cues.modal_and_past if cue[1] == "proposed")
    return None if _last_end(clause, plans) >= past else "previous"


def _last_end(text: str, table: tuple[Cue, ...]) -> int:
    return max((m.end() for cue, _ in table for m in matches(cue, text)), default=-1)


def modality_in_clause(r: Reading) -> Status | None:
    """Modality, requests, caps and anteriority reach over a later verb ("could send"), and
    over a verb joined to the one before the previous number ("would fund 3,000 more agents
    and send 1,000 Guard troops")."""
    found = _closest(r.clause, r.cues.modal_and_past)
    if found is None and r.index and finds(r.cues.joined_verb, r.clause):
        return _closest(replace(r, index=r.index - 1).clause, r.cues.modal_and_past)
    return found


def compared(r: Reading) -> Status | None:
    """ "fewer than the 1,200 DHS had requested", "far more than the 5,200 the Pentagon
    announced": a number compared with the figure before it is sent as the words after it say
    (a request, an announcement), not as that figure was."""
    if not finds(r.cues.compared, r.clause):
        return None
    own = _OWN_WORDS.split(r.after, maxsplit=1)[0]
    return _closest(own, r.cues.modal_and_past) or _closest(own, r.cues.nearest)


def former_leader(r: Reading) -> Status | None:
    """What a leader no longer in office sent or kept ("Obama ordered 1,200", "under Bush")
    is a past figure in a story written after they left; a leader who only began the mission
    ("on a mission the Trump administration launched in 2018") does not date it."""
    if r.story_year is None:
        return None
    after = r.after[:YEAR_AFTER_REACH]
    if r.cues.since.search(r.after, 0, YEAR_AFTER_REACH + LEADER_BEGAN_REACH):
        after = ""
    text = f"{r.clause} {after}"
    leaders = [next(g for g in m.groups() if g) for m in r.cues.leader_acts.finditer(text)]
    if leaders and not any(_in_office(name, r.story_year, r.cues) for name in leaders):
        return "previous"
    return None


def _in_office(name: str, year: int, cues: StatusCues) -> bool:
    terms = cues.leaders_in_office.get(" ".join(name.lower().split()), ())
    return not terms or any(first <= year <= last for first, last in terms)


def cap(r: Reading) -> Status | None:
    """ "authorized up to 4,000 troops", "allowing up to 5,500": an upper bound the sentence
    authorizes, approves or limits is a cap, and so is the level a cap is changed to."""
    if _cap_changed(r):  # "asked the Pentagon to raise the cap to 4,000": a proposal
        said = tuple((p, s) for p, s in r.cues.modal_and_past if s != "authorized")
        return "proposed" if _closest(r.clause, said) == "proposed" else "authorized"
    if r.qualifier != "upper" or r.number.ranged:
        return None
    if finds(r.cues.possible_bound, r.clause):
        return None  # "could add up to 2,000": a possibility, whatever else the sentence allows
    after = r.cues.coordination.split(r.after, 1)[0]  # ", and Iowa approved sending 28"
    own = r.sentence[r.clause_start : r.phrase_end] + " " + after
    return "authorized" if finds(r.cues.cap_words, own) else None


def arrived_first(r: Reading) -> Status | None:
    """A sentence that opens with the people's arrival ("Llegaron a Reynosa los 600 elementos
    que reforzarán los puentes"): they are there, whatever their relative clause says they
    will do. Only the first people it counts: "... y otros 80 llegarán el lunes" are others."""
    if r.index:
        return None
    return "deployed" if r.cues.arrived_first.match(r.sentence, 0, r.number.start) else None


def ordered_after(r: Reading) -> Status | None:
    """ "... 500 troops will be deployed", "... are headed to the border"."""
    return r.after_status


def nearest_cue(r: Reading) -> Status | None:
    """The status word nearest the number: in its clause, inside its phrase, then before it."""
    phrase = r.sentence[r.number.end : r.phrase_end]
    return (
        _closest(r.clause, r.cues.nearest)
        or _closest(phrase, r.cues.nearest)
        or _listed(r)
        or _more(f"{r.clause} {phrase}", r.cues.more)
        or _closest(r.left, r.cues.modal_and_past)
        or _closest(r.left, r.cues.nearest)
    )


def shared_predicate(r: Reading) -> Status | None:
    """ "About 1,000 Guard soldiers and 500 state troopers will head to the border": a figure
    joined by "and" to the next one shares the predicate after that one's noun."""
    k = r.index + 1
    if k == len(r.numbers) or not r.cues.joined_next.fullmatch(
        r.sentence, r.phrase_end, r.numbers[k].start
    ):
        return None
    end = r.numbers[k + 1].start if k + 1 < len(r.numbers) else len(r.sentence)
    return r.predicate_of(r.sentence[r.numbers[k].end : end])


def _more(text: str, more: re.Pattern[str]) -> Status | None:
    """ "another 500", "1,000 additional troops": more people on the way, when no verb of
    the clause says where they are ("another 500 arrived")."""
    return "ordered" if finds(more, text) else None


def _listed(r: Reading) -> Status | None:
    """ "There are now about 2,600 active-duty troops ... and another 2,400 Guard members": one
    more in a list of the people a sentence says are there is there too, not ordered."""
    if r.index == 0 or not finds(r.cues.more_listed, r.clause):
        return None
    return "deployed" if _closest(r.left, r.cues.nearest) == "deployed" else None


STEPS: tuple[tuple[str, Step], ...] = (
    ("change of level", change_of_level),
    ("dated holding", dated_holding),
    ("earlier year", earlier_year),
    ("standing force", standing_force),
    ("cap", cap),
    ("withdrawn object", withdrawn_object),
    ("in transit", in_transit),
    ("predicate after", predicate_after),
    ("anteriority", anteriority),
    ("former leader", former_leader),
    ("compared", compared),
    ("modality in clause", modality_in_clause),
    ("arrived first", arrived_first),
    ("ordered after", ordered_after),
    ("nearest cue", nearest_cue),
    ("shared predicate", shared_predicate),
)


Opinion = Callable[[Reading, Status, str], tuple[Status, str]]
# What reads the steps' decision last: the shipped model's second opinion; training plugs in
# one that records the readings and keeps the steps' decision (evaluation/train.py).
SECOND_OPINION: ContextVar[Opinion] = ContextVar("second_opinion", default=reconsider)


@contextmanager
def second_opinion(opinion: Opinion) -> Iterator[None]:
    """Read the steps' decisions with `opinion` instead of the shipped model, within."""
    token = SECOND_OPINION.set(opinion)
    try:
        yield
    finally:
        SECOND_OPINION.reset(token)


def steps_alone(r: Reading, status: Status, step: str) -> tuple[Status, str]:
    """An opinion that keeps the steps' decision."""
    return status, step


# How sure the reading is of a status: the model's probability of it, asked only of the
# figures a story keeps (a status may still change after the steps, "2,000 of them leave").
Sureness = Callable[[Status], float]


def decide(r: Reading) -> tuple[Status, str, Sureness]:
    """The status of the figure, the name of the step that decided it, and how sure that is."""
    status, step = by_steps(r)
    final, named = SECOND_OPINION.get()(r, status, step)
    return final, named, partial(confidence, r, status, step)


def by_steps(r: Reading) -> tuple[Status, str]:
    """The status the named steps give, and the step. An order in a sentence that says
    nothing is decided yet ("no order has been signed") is a proposal."""
    for name, step in STEPS:
        status = step(r)
        if status is not None:
            if status == "authorized" and not _capped(r):
                return "ordered", name
            if status == "ordered" and finds(r.cues.undecided, _coordinate(r)):
                return "proposed", "undecided"
            if status == "proposed" and _expected_as_decided(r):
                return "ordered", "expected as decided"
            return status, name
    return "deployed", UNCUED


def _coordinate(r: Reading) -> str:
    """The figure's own part of a sentence that joins two reports with ", and": "Iowa approved
    sending 28 troopers, and Nebraska had not decided" leaves Iowa's order decided."""
    joints = list(matches(r.cues.coordination, r.sentence))
    start = max((m.end() for m in joints if m.end() <= r.number.start), default=0)
    end = min((m.start() for m in joints if m.start() >= r.phrase_end), default=len(r.sentence))
    return r.sentence[start:end]


def _expected_as_decided(r: Reading) -> bool:
    """ "Officials expect the total to reach 7,000 under orders Mattis has already signed":
    the expected level of a decision already made is an order (LABELING.md). A decision in
    another report of the sentence ("it has approved 5,200, and officials expect ...") is not
    this level's."""
    return (
        finds(r.cues.expected, r.clause)
        and finds(r.cues.decided, _coordinate(r))
        and not finds(r.cues.undecided, r.sentence)  # "though no new orders have been signed"
    )


def _capped(r: Reading) -> bool:
    """Authorizing a deployment orders it; only a bound ("up to", "capped at") or a level named
    by its authorization ("the 4,000 the Pentagon authorized") is a cap."""
    return (
        r.qualifier == "upper"
        or finds(r.cues.cap_limit, r.sentence)
        or r.cues.authorized_after.match(r.after) is not None
    )


def _closest(text: str, table: tuple[Cue, ...]) -> Status | None:
    """The status of the cue ending last in `text`; the longer cue wins a tie."""
    best: tuple[int, int, Status] | None = None
    for cue, status in table:
        for m in matches(cue, text):
            if best is None or (m.end(), m.end() - m.start()) > best[:2]:
                best = (m.end(), m.end() - m.start(), status)
    return best[2] if best else None
