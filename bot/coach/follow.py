"""Follow-ups ("and for size?", "what about deadlifts?", "and for 3 reps?", "why?"): read
against the question answered just before, so its goal, lift, numbers and safety stay."""

from __future__ import annotations

from dataclasses import replace

from bot.coach.asked import fill
from bot.coach.asks import BARE_WHY
from bot.coach.cardbank import Bank, Card
from bot.coach.extract import Details
from bot.coach.ranker import default_ranker
from bot.coach.refine import refine
from bot.coach.set_count import names_muscle

SAFETY_TOPIC = "safety"
NEW_TOPIC = 0.75  # a follow-up-shaped message read this surely as another topic is a new question
# The numbers a follow-up may switch while the previous card still answers it.
_NUMBERS = ("sets", "one_rm", "load", "target_reps", "target_rpe", "percent", "felt_rpe")


def merge(part: Details, whole: Details) -> Details:
    """An ask's own details, filled in from the whole message where the ask is silent."""
    filled = {
        name: getattr(whole, name)
        for name in part.__dataclass_fields__
        if getattr(part, name) in (None, False, ())
        and getattr(whole, name) not in (None, False, ())
        and name not in ("wants", "avoids_size", "asked")
    }
    filled["asked"] = fill(part.asked, whole.asked)
    if part.wants is None and not part.avoids_size:
        filled.update(wants=whole.wants, avoids_size=whole.avoids_size)
    return Details(**{**part.__dict__, **filled})


def in_context(own: Details, before: Details) -> Details:
    """The follow-up's details, the previous question's filling what it leaves out (its goal,
    lift, 1RM, injury, age); the words are both, so the safety line still names the condition."""
    if own.sets and before.sets:  # "and 110x3?": the new set replaces the old, not joins it
        before = replace(before, sets=(), load=None)
    rpe = own.felt_rpe or own.target_rpe
    if rpe and not own.sets and before.sets:  # "what if it was @9?": the same set at that RPE
        before = replace(before, sets=tuple(replace(s, rpe=rpe) for s in before.sets))
    merged = merge(own, replace(before, asked=own.asked))
    return replace(merged, text=f"{before.text} {own.text}".strip())


def follow_up(
    bank: Bank,
    previous: str,
    own: Details,
    d: Details,
    program: str | None,
    question: str = "",
) -> Card | None:
    """'and for size?' → the previous card's topic for that goal; 'what about deadlifts?' or
    'and for 3 reps?' → the same card with the new lift or numbers; `own` are the follow-up's
    own details (what it switches), `d` the details in context (what the card is worked with);
    `question`, when given, may be a new question of its own ("what about squat depth?")."""
    card = bank.get(previous)
    if card is None:
        return None
    if own.wants or own.program or own.avoids_size or own.beginner:
        return refine(bank, card, replace(d, wants=own.wants or d.wants), program)
    if BARE_WHY.search(question):
        return card
    switched = own.lift or any(getattr(own, name) not in (None, ()) for name in _NUMBERS)
    switched = switched or names_muscle(question)  # "and for back?" after chest sets
    return card if switched and not _elsewhere(bank, card, question) else None


def _elsewhere(bank: Bank, card: Card, question: str) -> bool:
    """The ranker reads the message alone surely as another topic than the previous card's."""
    if not question:
        return False
    top = default_ranker().rank(question, top=1)[0]
    other = bank.get(top.card)
    return top.score >= NEW_TOPIC and other is not None and other.topic != card.topic


def other_lift(card: Card, own: Details) -> str | None:
    """After the pain card, another lift ("what about deadlifts?") gets the same caution applied
    to it, not the pain card again."""
    if card.topic != SAFETY_TOPIC or own.lift is None or own.wants:
        return None
    name = own.lift.replace("_", " ")
    return (
        f"For the {name}, the same rule: if it hurts, stop it and get it looked at by a doctor or "
        f"physio; if it's pain-free, train it as normal, and stop if pain starts."
    )
