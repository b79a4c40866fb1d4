"""Who sends and controls a figure's people (LABELING.md `by`), in named steps.

The passage is read once for its deployer cues (Mexico's government, the federal
government, a governor's own mission); each figure is then decided from its own noun
phrase and sentence first, the passage second:

    1. Mexico's forces      the phrase names Mexico's forces or government, or (naming no
                            state) the sentence does last before the figure
    2. Pentagon's troops    active-duty troops are federal
    3. pooled states        "troops from 14 states", "Iowa and Nebraska Guard": unclear
    4. the sender acting    Mexico or the federal government is the subject of the verb that
                            sends them, right before the figure ("Perry noted that President
                            Obama sent 1,200")
    5. a governor's mission the phrase or sentence names a governor, a state's own operation,
                            or a state's Guard in a passage about a governor's mission (of
                            two missions in one sentence, the one named nearer the figure)
    6. federal cue          a relative clause after the figure names who sent it ("the 10,000
                            that President Sheinbaum sent"), or the sentence names the
                            Pentagon, the President, Title 10/32, DHS
    7. the passage's        whichever deployer the passage names most (the headline counts
       deployer            twice); federal when it names none
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from extractors.lexicon import Deployers, Pattern
from extractors.lexicon.caseless import finds, matches, search
from extractors.model import Deployer, Force
from extractors.once import cached_property

FEDERAL: Deployer = "us_federal"
# How much of a story's opening is read for the deployers it names.
OPENING = 1500
MEXICO: Deployer = "mexico"
UNCLEAR: Deployer = "unclear"
NOWHERE = 1 << 30  # the distance to a cue a text does not name
# How far before or after a figure the words may say its people come from several states.
POOLED_REACH = 40


@dataclass(frozen=True)
class PassageDeployers:
    """How often a passage names each kind of deployer, and its most named state: counted
    from `text` (the story) and `title` only when a figure's deployer asks (most are decided
    by the figure's own words). Before governors ran their own border missions
    (`lex.state_missions_since`), a governor sending Guard served the federal mission: only a
    state mission said outright counts then."""

    text: str
    title: str | None
    lex: Deployers
    year: int | None = None  # the story's year

    @property
    def default(self) -> Deployer:
        return self.lex.default

    @cached_property
    def mexico(self) -> int:
        return mexico_mentions(self.text, self.title, self.lex)

    @cached_property
    def federal(self) -> int:
        return _count(self.lex.federal, self._both)

    @cached_property
    def state(self) -> int:
        """A governor's own mission, said outright ("Operation Lone Star")."""
        return _count(self.lex.state_mission, self._both)

    @cached_property
    def governors(self) -> int:
        """Governors and states' own Guards named: a state mission only when nothing federal
        outweighs them."""
        return sum(n.governor or n.own_guard for n in self._names) if self.own_missions else 0

    @property
    def state_code(self) -> str | None:
        return self._code if self.state or self.governors else None

    @cached_property
    def own_missions(self) -> bool:
        """Whether the story is from the years of governors' own missions."""
        return _own_missions(self._code, self.year, self.lex)

    @cached_property
    def _both(self) -> str:
        return _both(self.text, self.title)

    @cached_property
    def _names(self) -> list[_Name]:
        return _names(self._both, self.lex)

    @cached_property
    def _code(self) -> str | None:
        """The state the passage names most as a sender, or whose mission it names."""
        codes = Counter(n.code for n in self._names if n.sender)
        if codes:
            return codes.most_common(1)[0][0]
        return _mission_state(self._both, self.lex) if self.state else None

    @property
    def state_mission(self) -> int:
        if self.state or self.governors > self.federal:
            return self.state + self.governors
        return 0

    @property
    def main(self) -> Deployer:
        best = max(self.mexico, self.federal, self.state_mission)
        if best == 0:  # a story that names a US state's Guard or governor, or is told from the
            # US side, is of the federal mission when no governor runs one of their own
            us = finds(self.lex.us_side, self._both) or any(
                n.governor or n.own_guard for n in self._names
            )
            return FEDERAL if us else self.default
        if self.mexico == best:
            return MEXICO
        if self.state_mission == best and self.state_code:
            return f"state:{self.state_code}"
        return FEDERAL


@lru_cache(maxsize=4)
def mexico_mentions(text: str, title: str | None, lex: Deployers) -> int:
    """How often the passage names Mexico's government or forces (the title twice); asked
    for a story's side as its sentences are read and again for who deploys. Where Mexico's
    people go ("in Tijuana") is not counted: a US story says where the migrants wait."""
    both = _both(text, title)
    mentions = _count(lex.mexico, both)
    # The places are among the `mexico` cues: a passage that names none of those names none.
    return mentions - _count(lex.mexico_places, both) if mentions else 0


def told_from_mexico(text: str, title: str | None, lex: Deployers) -> bool:
    """Whether a story is told from Mexico's side: it names Mexico's government or forces
    often, or it is in a language whose press is mostly Mexico's and names nothing of the
    US government's ("En la frontera sur operan 6 mil 500 guardias nacionales")."""
    if mexico_mentions(text, title, lex) >= lex.mexican_view:
        return True
    both = _both(text, title)
    return lex.default == MEXICO and not _count(lex.federal, both) and not finds(lex.us_side, both)


def read_passage(
    text: str, title: str | None, lex: Deployers, year: int | None = None
) -> PassageDeployers:
    """The deployer cues of the whole passage (the title twice), counted as they are asked."""
    return PassageDeployers(text, title, lex, year)


def _own_missions(code: str | None, year: int | None, lex: Deployers) -> bool:
    if year is None or year >= lex.state_missions_since:
        return True
    first, last = lex.earlier_state_missions.get(code or "", (0, 0))
    return first <= year <= last


def _count(pattern: Pattern, text: str) -> int:
    return sum(1 for _ in matches(pattern, text))


def _both(text: str, title: str | None) -> str:
    """The headline twice and the opening of the story: who deploys is said up front."""
    return f"{title or ''}\n{title or ''}\n{text[:OPENING]}"


def decide(
    phrase: str,
    sentence: str,
    force: Force,
    passage: PassageDeployers,
    lex: Deployers,
    whole_sentence: str = "",
    own: str = "",
) -> tuple[Deployer, str]:
    """The deployer of one figure and the name of the step that decided it: `phrase` is its
    noun phrase and the words right after it, `sentence` its own clause, `whole_sentence` the
    sentence that clause is part of, `own` the figure's words alone."""
    words = own or phrase
    if finds(lex.mexico, phrase):
        return MEXICO, "Mexico's forces"
    if force == "active_duty" or finds(lex.federal_mission, phrase):
        return FEDERAL, "the Pentagon's troops"
    if _federal_people(words, phrase, lex):
        return FEDERAL, "federal agents"  # Border Patrol is federal wherever it goes
    before = _sender_before(words, sentence, lex)
    if before == MEXICO and not _names(phrase, lex):
        # "Mexico's National Guard has posted about 200": no governor's mission
        return MEXICO, "Mexico named before"
    pooled = (
        finds(lex.pooled, phrase)
        or finds(lex.pooled, _just_after(words, sentence))
        or (not _names(words, lex) and _pooled_before(words, (sentence, whole_sentence), lex))
        or finds(lex.pooled_senders, sentence)
        or len({n.code for n in _names(phrase, lex) if n.sender}) > 1
    )
    if pooled and finds(lex.federal_mission, sentence):
        return FEDERAL, "pooled states on the federal mission"  # Title 32
    if pooled and passage.own_missions:
        return UNCLEAR, "pooled states"  # a total pooled over several sending states
    acting = _sender_acting(words, sentence, lex)
    if acting is not None:  # "Perry noted that President Barack Obama sent 1,200 in 2010"
        return acting, "the sender acting"
    state = _state_mission(phrase, sentence, passage, lex, whole_sentence)
    if state is not None:
        return state, "a governor's mission"
    sender = (
        _sender_after(words, sentence, lex) or before or _sender_before(words, whole_sentence, lex)
    )
    if sender is not None:  # the sender named last before its people ("Mexico sent 15,000")
        return sender, "the sender named"
    mexico, federal = _count(lex.mexico, sentence), _count(lex.federal, sentence)
    if not mexico and finds(lex.federal_mission, sentence):
        return FEDERAL, "a federal cue"  # "supporting Customs and Border Protection"
    if mexico != federal:
        return (MEXICO if mexico > federal else FEDERAL), "the side its clause names most"
    mexico, federal = _count(lex.mexico, whole_sentence), _count(lex.federal, whole_sentence)
    if bool(mexico) != bool(federal):
        return (MEXICO if mexico else FEDERAL), "the side its sentence names"
    if passage.main == MEXICO and any(n.own_guard for n in _names(phrase, lex)):
        # "la Guardia Nacional de Nuevo México" serves no Mexican mission
        return FEDERAL, "New Mexico's Guard"
    return passage.main, "the passage's deployer"


def _just_before(words: str, sentence: str) -> str:
    """The words of `sentence` right before `words` ("Guard members from 10 other states, about
    1,100 in all": the people a bare number counts)."""
    at = sentence.find(words)
    return sentence[max(0, at - POOLED_REACH) : at] if at > 0 else ""


def _pooled_before(words: str, sentences: tuple[str, ...], lex: Deployers) -> bool:
    """Several states named right before a bare total, in its clause or, for a total set off by
    dashes ("Troops from a dozen states — roughly 1,100 in all — will head"), in its sentence."""
    return any(finds(lex.pooled, _just_before(words, s)) for s in sentences)


def _just_after(words: str, sentence: str) -> str:
    """The words of `sentence` right after `words` ("1,500 Guard members from a dozen
    Republican-led states": where its people come from)."""
    at = sentence.find(words)
    return sentence[at + len(words) : at + len(words) + POOLED_REACH] if at >= 0 else ""


def _sender_after(words: str, sentence: str, lex: Deployers) -> Deployer | None:
    """The side that a relative clause right after the figure says sent its people ("the
    10,000 that President Claudia Sheinbaum sent there")."""
    said = lex.sender_after.match(_just_after(words, sentence))
    return _last_sender(said.group(1), lex) if said else None


def _sender_acting(words: str, sentence: str, lex: Deployers) -> Deployer | None:
    """Mexico or the federal government as the subject of the verb that sends the figure's
    people, right before it: a governor named earlier in the sentence is not the sender."""
    at = sentence.find(words)
    said = lex.acting_sender.search(sentence[:at]) if at > 0 else None
    return _last_sender(said.group(1), lex) if said else None


def _federal_people(own: str, phrase: str, lex: Deployers) -> bool:
    """ "150 Border Patrol agents", "500 agentes de la Patrulla Fronteriza": the figure's own
    people are a federal agency's (not "troops to help Border Patrol agents")."""
    named = search(lex.federal_people, phrase)
    return named is not None and named.start() < len(own)


def _sender_before(words: str, sentence: str, lex: Deployers) -> Deployer | None:
    """The side `sentence` names last up to the end of `words` in it."""
    at = sentence.find(words)
    return _last_sender(sentence[: at + len(words)] if at >= 0 else sentence, lex)


def told_apart(first: str, second: str, lex: Deployers) -> bool:
    """Whether two sentences speak of different senders: Mexico, the US federal government,
    or a governor's own mission, whichever each names last."""
    here, there = _last_named(first, lex), _last_named(second, lex)
    return here is not None and there is not None and here != there


def other_side(context: str, sentence: str, lex: Deployers) -> bool:
    """Whether `sentence` speaks of the other country's forces than `context` does."""
    here, there = _last_sender(sentence, lex), _last_sender(context, lex)
    return here is not None and there is not None and here != there


def other_mission(context: str, sentence: str, lex: Deployers) -> bool:
    """Whether `context` speaks of a governor's own mission and `sentence` of the federal one
    ("... scales back Lone Star Guard" over "the Pentagon's border force reached 9,600 troops")."""
    return (
        finds(lex.state_mission, context)
        and finds(lex.federal, sentence)
        and not finds(lex.state_mission, sentence)
    )


def _last_sender(words: str, lex: Deployers) -> Deployer | None:
    """Mexico or the US federal government, whichever `words` names last."""
    return _last_of(words, ((MEXICO, lex.mexico), (FEDERAL, lex.federal)))


def _last_named(words: str, lex: Deployers) -> str | None:
    """Mexico, the US federal government or a governor's own mission, whichever `words` names
    last."""
    sides = ((MEXICO, lex.mexico), (FEDERAL, lex.federal), ("state", lex.state_mission))
    return _last_of(words, sides)


def _last_of(words: str, sides: tuple[tuple[str, Pattern], ...]) -> str | None:
    """The side whose cue `words` names last (None for none, or a tie)."""
    ends = {side: max((m.end() for m in matches(cue, words)), default=-1) for side, cue in sides}
    last = max(ends.values())
    if last < 0 or list(ends.values()).count(last) > 1:
        return None
    return next(side for side, end in ends.items() if end == last)


def _state_mission(
    phrase: str, sentence: str, passage: PassageDeployers, lex: Deployers, whole_sentence: str
) -> Deployer | None:
    """A governor's own mission: the passage says so, and the phrase, the sentence or the
    passage names the sending state (a state named as the destination is not the sender).
    When the sentence names both missions, the one named nearer the figure is its own ("the
    federal mission is separate from Texas' operation, which has grown to 4,000")."""
    at = max(sentence.find(phrase), 0)
    span = (at, at + len(phrase))
    federal_mission = _distance(lex.federal_mission, sentence, span)
    said = _distance(lex.state_mission, sentence, span)
    if finds(lex.state_mission, phrase):
        said = 0
    if federal_mission < NOWHERE and federal_mission <= said:
        return None
    here = f"{phrase} {sentence}"
    if said == NOWHERE and not passage.own_missions:
        return None
    federal_sender = search(lex.federal, sentence, 0, at) is not None  # named before the figure
    mission_here = (
        said < NOWHERE
        or (not federal_sender and _only_state_mission(whole_sentence, lex))
        or any(n.governor for n in _names(here, lex))
        or (not federal_sender and _state_acts_before(phrase, whole_sentence or sentence, lex))
        or (not federal_sender and _state_people(phrase, passage, lex))
    )
    if not mission_here and (
        passage.state_mission <= passage.federal
        or finds(lex.federal, sentence)
        or finds(lex.mexico, whole_sentence or sentence)
    ):
        return None  # nothing says this sentence's people serve a governor's mission
    code = (
        _sender(phrase, lex)
        or _sender(sentence[:at], lex, last=True)
        or _sender(sentence, lex)
        or _sender(whole_sentence, lex)
        or passage.state_code
        or _mission_state(here, lex)
    )
    return f"state:{code}" if code else None


def _state_acts_before(phrase: str, sentence: str, lex: Deployers) -> bool:
    """ "Texas has cut the number of Guard members ... to about 6,500": a state named before
    the figure as the one that sends or keeps people."""
    before = sentence[: max(sentence.find(phrase), 0)]
    return any(n.acts and n.sender for n in _names(before, lex))


def _only_state_mission(sentence: str, lex: Deployers) -> bool:
    """The sentence names a governor's own mission and not the federal one ("Texas has
    deployed its Tactical Border Force — about 400 Texas Guard soldiers — to Brownsville")."""
    return finds(lex.state_mission, sentence) and not finds(lex.federal_mission, sentence)


def _distance(pattern: Pattern, text: str, span: tuple[int, int]) -> int:
    """How far from `span` the nearest match of `pattern` in `text` is (NOWHERE for none)."""
    start, end = span
    return min(
        (max(m.start() - end, start - m.end(), 0) for m in matches(pattern, text)),
        default=NOWHERE,
    )


def _state_people(phrase: str, passage: PassageDeployers, lex: Deployers) -> bool:
    """ "4,100 Texas National Guard soldiers" in a story about a state's own mission, "75
    Tennessee soldiers" in a story mostly about states' own missions: the state's people."""
    names = _names(phrase, lex)
    if passage.state and any(n.own_guard for n in names):
        return True
    return passage.state_mission >= max(passage.federal, 1) and any(n.sender for n in names)


def _mission_state(text: str, lex: Deployers) -> str | None:
    """The state of a mission named without it ("Operation Lone Star" is Texas's)."""
    lowered = text.lower()
    return next((code for name, code in lex.mission_states.items() if name in lowered), None)


@dataclass(frozen=True)
class _Name:
    code: str
    governor: bool
    own_guard: bool  # "Texas National Guard"
    sender: bool  # not named as where people go ("to Texas")
    asked: bool = False  # named as the governor who asked ("answering Abbott's plea")
    acts: bool = False  # named as the one who sends or keeps ("Texas has kept 4,000")


# A state or a governor is named with capitals: "New Mexico", "Gov. Bill Lee", "DeSantis".
_CAPITALISED = re.compile(r"[A-Z][^\W\d_]+")
# The small words inside a state's name in Spanish ("Dakota del Sur").
_NAME_JOINS = ("del", "de")
# "to Eagle Pass, ": a place's name and its comma right before a state's (group 1: its last
# word).
_CITY_BEFORE = re.compile(
    r"\b(?:to|in|at|near|outside|into|toward|towards|reached|reaches|a|en|hacia|cerca de|"
    r"llegaron a|lleg[oó] a) "
    r"(?:[A-Z][\w.'’-]* )*([A-Z][\w.'’-]*), $"
)
CITY_REACH = 40
# "to Texas and Arizona": a state listed after a destination is one too.
_LISTED = re.compile(r",?\s+(?:and|or|y|o)\s+|,\s+")


def _names(text: str, lex: Deployers) -> list[_Name]:
    """The states and governors `text` names, in order (names of one or two capitalised words)."""
    words = list(_CAPITALISED.finditer(text))
    starts = _first_words(lex)
    out, k = [], 0
    destination_end = -1  # where the last state named as a destination ends
    while k < len(words):
        first = last = words[k]
        key = first.group(0).lower()
        if key not in starts or _inside_other_name(text, words, k, lex):
            k += 1
            continue  # no state or governor name starts with this word
        between = text[first.end() : words[k + 1].start()] if k + 1 < len(words) else ""
        if between.isspace() or between.strip() in _NAME_JOINS:  # "Dakota del Sur"
            pair = " ".join(f"{key} {between} {words[k + 1].group(0).lower()}".split())
            if pair in lex.states or pair in lex.governors:
                key, last = pair, words[k + 1]
        code = lex.states.get(key) or lex.governors.get(key)
        if code:
            before = text[max(0, first.start() - 12) : first.start()]
            start = max(0, first.start() - 30)
            listed = destination_end >= 0 and bool(
                _LISTED.fullmatch(text, destination_end, first.start())
            )
            sender = (
                not listed
                and not finds(lex.destination_before, before)
                and not _after_city(text, first.start(), starts)
            )
            out.append(
                _Name(
                    code,
                    governor=key in lex.governors
                    or lex.governor_of.search(text, start, first.start()) is not None,
                    own_guard=lex.own_guard.match(text, last.end()) is not None
                    or lex.own_guard_before.search(text, start, first.start()) is not None,
                    sender=sender,
                    asked=lex.asked_after.match(text, last.end()) is not None,
                    acts=lex.state_acts.match(text, last.end()) is not None,
                )
            )
            destination_end = -1 if sender else last.end()
        k += 1 if last is first else 2
    return out


def _after_city(text: str, at: int, starts: frozenset[str]) -> bool:
    """ "to Eagle Pass, Texas": a state named after a city is where the city is, not a sender
    ("Virginia, Texas and Florida" lists states)."""
    city = _CITY_BEFORE.search(text, max(0, at - CITY_REACH), at)
    return city is not None and city.group(1).lower() not in starts


def _inside_other_name(text: str, words: list[re.Match[str]], k: int, lex: Deployers) -> bool:
    """ "Baja California": the word ends another place's name that holds a state's."""
    if not k or text[words[k - 1].end() : words[k].start()] != " ":
        return False
    return f"{words[k - 1].group(0)} {words[k].group(0)}".lower() in lex.not_states


@cache
def _first_words(lex: Deployers) -> frozenset[str]:
    """The first word of every state and governor name."""
    return frozenset(name.split()[0] for name in [*lex.states, *lex.governors])


def _sender(text: str, lex: Deployers, last: bool = False) -> str | None:
    """The first state that `text` names as a sender, or the last ("Abbott said Florida would
    send 1,000" before the figure is Florida's)."""
    names = _names(text, lex)
    ordered = reversed(names) if last else names
    return next((n.code for n in ordered if n.sender and not n.asked), None)
