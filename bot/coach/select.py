"""Which card answers an ask: the ranker's pick, refined by the details and the lifter.

Refinements, in order: the programme named in the question (or else the lifter's own) picks
that programme's card of the same kind; a stated goal picks the same topic's card for that goal;
a beginner asking for a rep recipe gets the beginners' answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.coach.calculators import calculate
from bot.coach.cardbank import Bank, Card
from bot.coach.extract import Details
from bot.coach.ranker import Ranked, Ranker
from bot.coach.safety import ADULT_AGE
from bot.coach.vocabulary import GYM_WORDS, PAIN_WORDS

CONFIDENT = 0.15  # below this, and close to the runner-up, the coach asks which was meant
CLOSE = 0.15
SHORT_ASK = 7  # "now what?" means nothing without the sentences before it
SURE = 0.45  # a question with no training word at all is off-topic unless the ranker is this sure
PAIN_LEADS = 0.5  # a pain statement with no clear other ask is answered by the pain card
PROGRAMME_TOPICS = frozenset({"plateau", "programme", "programme_stall", "training_max"})
GZCLP_FAIL = {"1": "gzclp_t1_fail", "2": "gzclp_t2_fail", "3": "gzclp_t3"}
GZCLP_TOPICS = frozenset({"programme_stall", "plateau", "progression"})
MATHS = {"rts_load": "percent_of_max", "e1rm": "percent_of_max"}
LOAD_CARD = "load_for_reps_rpe"
OLDER_AGE = 40
GENERAL_SHARE = 0.5  # a general card this close beats an unnamed programme's card
PROGRAMME_SHARE = 0.2  # of the top score, for a named programme's card to take the lead
GZCLP_TIER_CARDS = frozenset(GZCLP_FAIL.values())
STRENGTH_REPS = 5
GOAL_TOPICS = frozenset({"rep_range", "rest", "weekly_sets", "failure", "frequency"})
BEGINNER_TOPICS = frozenset({"rep_range", "strength_vs_size"})


HEAVY_CARDS = frozenset({"athletes", "reps_strength"})
SAFETY_CARD = "injury"
MEDICAL_CARDS = frozenset({"injury", "special_conditions"})
RETURN_CARD = "layoff_return"
OFF_TOPIC = "off_topic"
_CLAUSES = re.compile(r",|\bbut\b|\band\b|\bso\b")


@dataclass(frozen=True)
class Pick:
    """The chosen card, the ranker's confidence and the runner-up readings."""

    card: Card
    confidence: float
    ranked: tuple[Ranked, ...]

    @property
    def unsure(self) -> bool:
        if len(self.ranked) < 2 or OFF_TOPIC in (self.ranked[0].card, self.ranked[1].card):
            return False
        runner_up = self.ranked[1].score
        return self.confidence < CONFIDENT and self.confidence - runner_up < CLOSE


def pick(
    bank: Bank,
    ranker: Ranker,
    ask: str,
    context: str,
    d: Details,
    program: str | None,
    message: str = "",
) -> Pick:
    ranked = ranker.rank(ask)
    if context:
        with_context = ranker.rank(f"{context} {ask}")
        if len(ask.split()) < SHORT_ASK or with_context[0].score > ranked[0].score:
            ranked = with_context
    ranked = _fit_age(ranked, d.age)
    ranked = _prefer_programme(bank, ranked, d.program or program)
    if ranked[0].score < SURE and not GYM_WORDS.search(f"{message or ask} {context}".lower()):
        ranked = [Ranked(OFF_TOPIC, 1.0), *ranked[:1]]
    if d.injury == "cleared" and ranked[0].card in MEDICAL_CARDS:  # "doc says I'm fine now"
        ranked = [Ranked(RETURN_CARD, max(ranked[0].score, CONFIDENT)), *ranked]
    if d.injury == "current" and ranked[0].card == SAFETY_CARD:
        ranked = _past_the_pain(ranker, ask) or ranked
    elif d.injury == "current" and ranked[0].score < PAIN_LEADS:
        ranked = [Ranked(SAFETY_CARD, 1.0 - ranked[0].score), *ranked]
    top = bank.get(ranked[0].card)
    assert top is not None
    card = refine(bank, top, d, program)
    sure = card.program is not None and card.program in (d.program, program)  # named or theirs
    sure = sure or card.id == _age_card(d.age)  # "is lifting safe at 13?" with the age stated
    sure = sure or calculate(card.calc, d, None, "kg") is not None  # its numbers are all there
    return Pick(card, max(ranked[0].score, CONFIDENT if sure else 0.0), tuple(ranked))


def _prefer_programme(bank: Bank, ranked: list[Ranked], program: str | None) -> list[Ranked]:
    """A question naming a programme (or from a lifter on one) is about that programme when one of
    its cards is near the top; one naming none prefers a general card that is nearly as likely."""
    top = bank.get(ranked[0].card)
    if top is not None and top.program is not None and top.program != program:
        general = [r for r in ranked if (c := bank.get(r.card)) is not None and c.program is None]
        if general and general[0].score >= GENERAL_SHARE * ranked[0].score:
            return [general[0], *(x for x in ranked if x is not general[0])]
    if program is None or (top is not None and top.program == program):
        return ranked
    for r in ranked:
        card = bank.get(r.card)
        if (
            card is not None
            and card.program == program
            and r.score >= PROGRAMME_SHARE * ranked[0].score
        ):
            return [r, *(x for x in ranked if x is not r)]
    return ranked


def _age_card(age: int | None) -> str | None:
    if age is None:
        return None
    return "teens" if age < ADULT_AGE else "older_lifters" if age >= OLDER_AGE else None


def _fit_age(ranked: list[Ranked], age: int | None) -> list[Ranked]:
    """Drop the teen / older-lifter cards a stated age rules out (a 34-year-old is neither)."""
    if age is None:
        return ranked
    wrong = {"older_lifters"} if age < OLDER_AGE else set()
    if age >= ADULT_AGE:
        wrong.add("teens")
    kept = [r for r in ranked if r.card not in wrong]
    return kept or ranked


def _past_the_pain(ranker: Ranker, ask: str) -> list[Ranked] | None:
    """'my knee hurts, how many reps for size?': rank what is asked once the pain clause is gone
    (the safety caveat still leads the answer)."""
    kept = " ".join(c for c in _CLAUSES.split(ask) if not PAIN_WORDS.search(c.lower()))
    if len(kept.split()) < 3:
        return None
    ranked = ranker.rank(kept)
    return ranked if ranked[0].card != SAFETY_CARD and ranked[0].score >= CONFIDENT else None


def refine(bank: Bank, card: Card, d: Details, program: str | None) -> Card:
    named = d.program or program
    on_tier = card.topic in GZCLP_TOPICS or card.id in GZCLP_TIER_CARDS
    if named == "gzclp" and d.tier in GZCLP_FAIL and on_tier:
        return bank.get(GZCLP_FAIL[d.tier]) or card
    if named and card.topic in PROGRAMME_TOPICS and card.program != named:
        card = _programme_card(bank, card, named) or card
    if d.percent is not None and card.calc in MATHS and (d.one_rm or d.load):
        card = bank.get(MATHS[card.calc]) or card
    elif d.one_rm and d.target_reps and not d.percent and card.topic in ("rep_range", "percent"):
        card = bank.get(LOAD_CARD) or card  # "my 1RM is 120, what for 4 sets of 6?"
    if d.age is not None and d.age < ADULT_AGE and card.id in HEAVY_CARDS:
        teens = bank.get("teens")  # minors get the general answer, not 80–100% loads
        return replace(teens, goal=card.goal) if teens else card
    if d.beginner and card.topic in BEGINNER_TOPICS:
        return bank.get("beginner_gains") or card
    if d.beginner and card.topic == "rest":
        return bank.get("rest_beginner") or card
    if "compare_goals" in d.asked.wants and card.topic in GOAL_TOPICS:
        return bank.sibling(card.topic, "both") or card  # "rest for strength vs size?"
    wanted = "strength" if d.avoids_size and d.wants != "both" else d.wants
    if wanted is None and card.topic == "rest" and d.target_reps is not None:
        wanted = "strength" if d.target_reps <= STRENGTH_REPS else "hypertrophy"  # sets of 12
    if wanted and card.topic in GOAL_TOPICS and card.goal not in ("none", wanted):
        return bank.sibling(card.topic, wanted) or card
    return card


def _programme_card(bank: Bank, card: Card, program: str) -> Card | None:
    """The programme's own card of the same kind (a stall card for a stall question)."""
    kinds = (card.topic,) if card.program else ("programme_stall",)
    if card.topic == "programme":
        kinds = ("programme",)
    for kind in kinds:
        for other in bank.cards:
            if other.program == program and other.topic == kind:
                return other
    return None
