"""Both sides of a comparison: "GZCLP or 5/3/1?", "SS vs GreySkull", "original TM or Forever's?".

The ranker picks one card per ask, so a comparison comes back with one programme's card. Here the
other named programmes get their card of the same kind (shortened, as the second side of one
answer), and a closing line says which fits the asker (COACHING part 3: linear programmes for
lifters still adding weight each session; 5/3/1, Texas and Juggernaut once that stops).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.cardbank import Bank, Card
from bot.coach.extract import Details
from bot.coach.vocabulary import PROGRAMS

_VS = re.compile(r"\b(or|vs|versus|compared?|comparison|difference|differ\w*|between|better)\b")
LINEAR = ("gzclp", "greyskull", "ss", "stronglifts")  # in the order one is recommended
LATER = ("531", "texas", "juggernaut")
NAMES = {
    "ss": "Starting Strength",
    "greyskull": "GreySkull LP",
    "stronglifts": "StrongLifts",
    "gzclp": "GZCLP",
    "531": "5/3/1",
    "texas": "the Texas Method",
    "juggernaut": "Juggernaut",
}
SAME_KIND = frozenset({"programme_stall", "training_max"})  # else the other side's basics
SIDE_SENTENCES = 2  # the other side in brief: the answer stays about 130 words
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_ORIGINAL = re.compile(r"\b(original|orig|classic|regular|normal|old|standard)\b")
FOREVER, ORIGINAL_TM = "w531_forever", "w531_tm"
TM_VERSIONS = (
    "So both numbers are right for their version: the original 5/3/1 sets the training max at 90% "
    "of your 1RM, Forever at 85%."
)


def named_sides(text: str) -> list[str]:
    """The programmes a comparison names, in the order it names them; none without a 'vs'."""
    if not _VS.search(text):
        return []
    found = [(m.start(), name) for name, rx in PROGRAMS if name in NAMES and (m := rx.search(text))]
    return [name for _, name in sorted(found)]


def other_sides(bank: Bank, cards: list[Card], text: str) -> list[Card]:
    """The cards for the sides the chosen cards leave out, each cut to its first sentences."""
    if FOREVER in {c.id for c in cards} and _ORIGINAL.search(text) and _VS.search(text):
        tm = bank.get(ORIGINAL_TM)
        return [brief(tm)] if tm is not None and tm not in cards else []
    sides = named_sides(text)
    covered = {c.program for c in cards}
    if len(sides) < 2 or not covered & set(sides):
        return []
    kind = next(c.topic for c in cards if c.program in sides)
    added: list[Card] = []
    for side in (s for s in sides if s not in covered):
        same = [c for c in bank.cards if c.program == side and c.topic == kind in SAME_KIND]
        basics = [c for c in bank.cards if c.program == side and c.topic == "programme"]
        if card := next(iter(same or basics), None):
            added.append(brief(card))
    return added


def which_fits(cards: list[Card], text: str, d: Details) -> str:
    """One line on which side suits this asker; empty when the sides are not programmes."""
    if FOREVER in {c.id for c in cards} and ORIGINAL_TM in {c.id for c in cards}:
        return TM_VERSIONS
    sides = [s for s in named_sides(text) if s in {c.program for c in cards}]
    linear = [s for s in LINEAR if s in sides]
    later = [s for s in LATER if s in sides]
    if d.wants == "both" and "gzclp" in linear:
        linear = ["gzclp"]  # heavy and volume work in every session (COACHING 1.13)
    if linear and later:
        lp, nxt = NAMES[linear[0]], NAMES[later[0]]
        if d.beginner or (d.months is not None and d.months < 12):
            return (
                f"Which fits you: {lp}. As a newer lifter you can still add weight every "
                f"session, which is faster than {nxt}'s slower steps; move on when resets pile up."
            )
        return (
            f"Which fits: if you can still add weight every session, {lp}; once that stalls "
            f"and resets pile up, {nxt}."
        )
    if len(linear) > 1:
        return "Both suit a lifter still adding weight every session: pick the one you'll stick to."
    if len(later) > 1:
        return "Both are for lifters whose session-to-session gains have stopped."
    return ""


def brief(card: Card) -> Card:
    """The card cut to its first sentences: one side of a comparison."""
    return replace(card, text=" ".join(_SENTENCE.split(card.text)[:SIDE_SENTENCES]))
