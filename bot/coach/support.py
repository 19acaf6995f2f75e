"""Whether a later ask's own words support the card read into it.

A second or third card is worth its paragraph only when its ask asks for it: the ranker is sure
of it, or the ask names something the card is about. "…and does it matter for 1rm" read, unsure,
as the effective-reps card shares no word with it but "rm": that card is a runner-up guess, and
its paragraph would be an unrelated one appended to a right answer (judged wrong_card).
"""

from __future__ import annotations

from bot.coach.calculators import calculate
from bot.coach.cardbank import Card
from bot.coach.compose import tokens
from bot.coach.extract import Details

SUPPORTED = 0.3  # this sure a reading, the ask needs no word of the card's own
# Words that ask but name no topic ("is that a real thing", "or something better", "whats the
# number"): sharing one of them with a card's phrasings says nothing about what is asked.
FILLER = tokens(
    "what whats how should i my me do much many there way does matter that which when why is"
    " would will im get need even actually just like or one also any thing be have good best"
    " more less really real something else anything not sure say use x number numbers mean"
    " doesnt dont cant can could instead still ok okay u we they she he her his them their"
    " those these go going want know tell help work lol pls please thanks rm worried worry"
    " change wrong normal fine bad"
)
# Words every lifting card's phrasings use: shared alone, they tie an ask to no card in particular.
COMMON = tokens("weight train training lift lifting week reps rep set sets gym")


def topic_words(text: str) -> frozenset[str]:
    """The words of a text that name what it is about: no fillers, numbers or common gym words."""
    return frozenset(
        t for t in tokens(text) if t not in FILLER | COMMON and not t[0].isdigit() and len(t) > 1
    )


def supported(part: str, card: Card, confidence: float, own: Details) -> bool:
    """The ask supports the card on its own: the ranker is sure of it, the card works out the
    ask's numbers, the ask states the goal the card is for ("…and if I'm chasing a bigger total
    instead?"), or the ask shares a word naming a topic with the card's title or phrasings."""
    if confidence >= SUPPORTED or (own.wants is not None and own.wants == card.goal):
        return True
    figures = own.sets or own.target_reps or own.one_rm or own.asked.scheme
    if card.calc is not None and (figures or calculate(card.calc, own, None, "kg") is not None):
        return True  # "…and what for 4x8 next week?" off the set before
    return bool(topic_words(part) & topic_words(" ".join((card.title, *card.asks))))
