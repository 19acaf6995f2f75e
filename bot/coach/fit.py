"""Which of the ranker's cards can answer this message at all, before the best one is taken.

Two kinds of fit. A programme's card answers only a lifter who names that programme or runs it:
otherwise the closest general card does ("when do I add weight on my 3x10 pulldowns?" is double
progression, not GZCLP's T3 rule). And some cards are only ever asked with a word in the message
(their "needs"): without it, the message asks something else.
"""

from __future__ import annotations

import re

from bot.coach.cardbank import Bank
from bot.coach.ranker import Ranked
from bot.coach.vocabulary import PROGRAMS

PROGRAMME_SHARE = 0.2  # of the top score, for a named programme's card to take the lead
# Words only one programme's lifters use, so its cards may answer without its name.
PROGRAMME_WORDS = {
    "531": re.compile(r"\b(7th week|seventh week|leaders?|anchors?|jokers?|5s pro|plus sets?)\b"),
    "juggernaut": re.compile(r"\b(working max|realis\w*|realiz\w*|accumulation|intensification)\b"),
    "rp": re.compile(r"\b(mesocycles?|meso|landmarks?|maintenance volume|myo ?reps?)\b"),
    "texas": re.compile(r"\b(volume day|intensity day)\b"),
}

_SETS_WORD = re.compile(r"\b(sets?|volume)\b")
_REST_WORD = re.compile(r"\b(rest\w*|min\w*|mins|sec\w*|break\w*|wait\w*)\b")
NEEDS = {
    "sets_enough": _SETS_WORD,
    "sets_too_many": _SETS_WORD,
    "novice_volume": _SETS_WORD,
    "rest_long_size": re.compile(
        r"(?=.*\b(rest\w*|min\w*|mins)\b).*\b(size|grow\w*|hypertrophy|bulk\w*|muscle|pump"
        r"|bodybuild\w*|gains)\b"
    ),
    "rest_by_exercise_size": _REST_WORD,
    "frequency_same_volume": re.compile(
        r"\b(frequen\w*|\d ?x|times|once|twice|often|daily|every day|days?)\b"
    ),
    "high_reps_size": re.compile(r"\b(1[5-9]|[2-9]\d)\b|\bhigh|\bburn|\blight (weight|load)|%"),
    "low_reps_size": re.compile(r"\b[1-6]\b|\blow( |-)?reps?\b|\bheavy|\btriples|\bfives|\bfew"),
    "priority_first": re.compile(r"\b(first|before|start\w*|order|priority|pre)\b"),
    "strength_no_weight": re.compile(  # endurance athletes have their own card
        r"^(?!.*\b(run\w*|marathon\w*|cycl\w*|endurance|cross country|triathl\w*|swim\w*)\b)"
    ),
    "neural_gains": re.compile(r"\b(neural|nervous|neuro\w*|brain|mirror|without getting bigger)"),
}


def unmet_needs(text: str) -> set[str]:
    """The cards whose needed word the (lower-cased) message lacks."""
    return {card for card, need in NEEDS.items() if not need.search(text)}


def fit_programme(bank: Bank, ranked: list[Ranked], text: str, program: str | None) -> list[Ranked]:
    """Programme cards only for the programmes the (normalised) message names or uses the words
    of, or else the lifter's own; a named programme's card leads when it is near the top. With no
    card left, the ranking stands."""
    named = in_view(text)
    lead = named or ({program} if program else set())
    kept = [r for r in ranked if _programme(bank, r.card) in (None, *lead)]
    share = sum(r.score for r in kept)
    if not kept or share <= 0:
        return ranked
    if kept[0] is not ranked[0]:  # the likeliest reading of the cards that can answer
        kept = [Ranked(r.card, r.score / share) for r in kept]
    if not lead or _programme(bank, kept[0].card) in lead:
        return kept
    for r in kept:
        if _programme(bank, r.card) in lead and r.score >= PROGRAMME_SHARE * kept[0].score:
            return [r, *(x for x in kept if x is not r)]
    return kept


def in_view(text: str) -> set[str]:
    """Every programme the message names ("texas or 531?"), or uses a word only it has."""
    named = {name for name, pattern in PROGRAMS if pattern.search(text)}
    return named | {name for name, words in PROGRAMME_WORDS.items() if words.search(text)}


def _programme(bank: Bank, card_id: str) -> str | None:
    card = bank.get(card_id)
    return card.program if card is not None else None
