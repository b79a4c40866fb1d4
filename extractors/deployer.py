"""Who sends and controls a figure's people (LABELING.md `by`), in named steps.

The passage is read once for its deployer cues (Mexico's government, the federal
government, a governor's own mission); each figure is then decided from its own noun
phrase and sentence first, the passage second:

    1. Mexico's forces      the phrase or sentence names Mexico's forces or government
    2. Pentagon's troops    active-duty troops are federal
    3. a governor's mission the phrase or sentence names a governor, a state's own operation,
                            or a state's Guard in a passage about a governor's mission
    4. federal cue          the sentence names the Pentagon, the President, Title 10/32, DHS
    5. the passage's        whichever deployer the passage names most (the headline counts
       deployer            twice); federal when it names none
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extractors.lexicon import Deployers
from extractors.model import Deployer, Force

FEDERAL: Deployer = "us_federal"
MEXICO: Deployer = "mexico"


@dataclass(frozen=True)
class PassageDeployers:
    """How often a passage names each kind of deployer, and its most named state."""

    mexico: int
    federal: int
    state: int
    state_code: str | None

    @property
    def main(self) -> Deployer:
        best = max(self.mexico, self.federal, self.state)
        if best == 0:
            return FEDERAL
        if self.mexico == best:
            return MEXICO
        if self.state == best and self.state_code:
            return f"state:{self.state_code}"
        return FEDERAL


def read_passage(text: str, title: str | None, lex: Deployers) -> PassageDeployers:
    """Count the deployer cues of the whole passage (the title twice)."""
    both = f"{title or ''}\n{title or ''}\n{text}"
    codes = Counter(_state_codes(both, lex))
    return PassageDeployers(
        mexico=len(lex.mexico.findall(both)),
        federal=len(lex.federal.findall(both)),
        state=len(lex.state_mission.findall(both)),
        state_code=codes.most_common(1)[0][0] if codes else None,
    )


def decide(
    phrase: str, sentence: str, force: Force, passage: PassageDeployers, lex: Deployers
) -> Deployer:
    """The deployer of one figure: `phrase` is its noun phrase and the words right after it."""
    if lex.mexico.search(phrase):
        return MEXICO
    if force == "active_duty":
        return FEDERAL
    state = _state_mission(phrase, sentence, passage, lex)
    if state is not None:
        return state
    mexico, federal = len(lex.mexico.findall(sentence)), len(lex.federal.findall(sentence))
    if mexico != federal:
        return MEXICO if mexico > federal else FEDERAL
    return passage.main


def _state_mission(
    phrase: str, sentence: str, passage: PassageDeployers, lex: Deployers
) -> Deployer | None:
    """A governor's own mission: the passage says so, and the phrase, the sentence or the
    passage names the sending state (a state named as the destination is not the sender)."""
    if passage.state == 0 or lex.federal_mission.search(sentence):
        return None
    if passage.federal > 2 * passage.state and not lex.state_mission.search(sentence):
        return None
    code = (
        _first(_state_codes(phrase, lex))
        or _first(_state_codes(sentence, lex))
        or passage.state_code
    )
    return f"state:{code}" if code else None


def _state_codes(text: str, lex: Deployers) -> list[str]:
    """The states that `text` names as senders, in order."""
    return [
        lex.states[m.group(1).lower()]
        for m in lex.state_name.finditer(text)
        if not lex.destination_before.search(text[max(0, m.start() - 12) : m.start()])
    ]


def _first(codes: list[str]) -> str | None:
    return codes[0] if codes else None
