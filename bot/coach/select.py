"""Which card answers an ask: the ranker's pick, refined by the details and the lifter.

Refinements, in order: the programme named in the question (or else the lifter's own) picks
that programme's card of the same kind; a stated goal picks the same topic's card for that goal;
a beginner asking for a rep recipe gets the beginners' answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.calculators import calculate
from bot.coach.cardbank import Bank, Card
from bot.coach.conditions import CONDITION, names_condition
from bot.coach.extract import Details
from bot.coach.fit import fit_programme, unmet_needs
from bot.coach.goal import said_goal
from bot.coach.gym_words import GYM_WORDS
from bot.coach.health_words import NO_PAIN, PAIN_WORDS
from bot.coach.normalize import normalize
from bot.coach.ranker import Ranked, Ranker
from bot.coach.refine import (
    CLEARED_CARDS,
    OLDER_AGE,
    PAIN_CARDS,
    RETURN_CARD,
    SAFETY_CARD,
    refine,
)
from bot.coach.routing import bare_lift
from bot.coach.safety import ADULT_AGE

CONFIDENT = 0.12  # below this, and close to the runner-up, the coach asks which was meant
CLOSE = 0.15
SHORT_ASK = 7  # "now what?" means nothing without the sentences before it
SURE = 0.45  # a question with no training word at all is off-topic unless the ranker is this sure
PAIN_ASIDE = 0.3  # with the pain cards left out, the share the best other card needs
PAIN_ASKED = 0.25  # the rest of an ask past its pain clause, this sure, asks something else
PAIN_LEADS = 0.5  # a pain statement with no clear other ask is answered by the pain card
MEDICAL_CARDS = frozenset(
    {"injury", "special_conditions", "pain_strength", "pain_size", "pain_swap"}
)
OFF_TOPIC = "off_topic"
# Never the answer beside a pain: the medical cards, and soreness-is-normal, which would talk down
# the pain the caveat says to stop for ("wrists hurt on bench… wraps or something wrong?").
TALKS_PAIN_DOWN = MEDICAL_CARDS | {"doms"}
# A pain told now: never "a bad day, repeat the weight" or the about-the-bot card.
NEVER_FOR_PAIN = frozenset({"bad_day", "about_bot"})
YOUTH_CARDS = frozenset({"teens", "teen_programme", "teens_size"})
OLDER_CARDS = frozenset({"older_lifters", "older_start", "older_recovery", "older_heavy"})
_YOUNG = re.compile(
    r"\b(teen\w*|high ?school|school|son|daughter|kids?|minor|young|junior|y/?o|years? old)\b"
)
_OLDER = re.compile(
    r"\b(old|older|age|aging|ageing|senior|masters?|retired|grand\w*|decades?|sixties|fifties"
    r"|forties|[4-9]0s|over [4-9]0|[4-9]0\+|y/?o|years? old)\b"
    r"|\b(?:is|she's|hes|he's|shes|turned|turning|aged?) [4-9]\d\b"  # "my mum is 70"
)
WOMEN_CARDS = frozenset({"women_reps", "women_glutes"})
_FEMALE = re.compile(
    r"\b(wom[ae]n|female|girls?|lady|ladies|she|her|wife|girlfriend|gf|moms?|mums?|mother"
    r"|daughter|sister|f)\b|\b\d+ ?f\b|\bf ?\d\d\b"  # "34f", "F28"
)
_HURT = re.compile(
    r"\b(ach\w*|click\w*|pop\w*|twing\w*|pinch\w*|stab\w*|tendon\w*|impinge\w*|rehab|surgery|tore|torn"
    r"|injured|injury|strain\w*|sprain\w*|tweak\w*|tendin\w*|bursitis|sciatica|herniat\w*"
    r"|(tennis|golfer'?s?|jumper'?s?|runner'?s?) (elbow|knee)|shin splints|rotator cuff|meniscus"
    r"|labrum|(bulging|slipped) disc|inflam\w*|swell\w*|swollen)\b"
)
_GLUTES = re.compile(r"\b(glutes?|butt|booty|bum|hips?|legs?|lower body|thighs?|hip thrusts?)\b")
# Plan-level practical cards: never the answer to a question carrying a set to compute with.
PLAN_CARDS = frozenset(
    {
        "lift_specific",
        "home_training",
        "sets_progression",
        "two_days_week",
        "rest_days",
        "lagging_muscle",
        "older_heavy",
        "split_choice",
        "beginner_split",
        "doms",
        "substitutes",
        "machines_free",
        "compound_isolation",
        "exercises_per_session",
        "exercise_pick",
        "maintain_gains",
        "one_set_enough",
        "sets_per_session",
    }
)
_BAR = re.compile(r"\b(barbell|squat rack|power rack|rack)\b")
PAIN_RANKED = frozenset({"injury", "pain_strength", "pain_size", "pain_swap"})
_CLAUSES = re.compile(r",|\bbut\b|\band\b|\bso\b")
# "can i keep doing curls through the pain?": the pain itself is the ask, nothing lies past it.
_THROUGH_PAIN = re.compile(r"\b(through|thru|despite|with)\s+(the\s+|a\s+|some\s+)?(pain|ache)")
# "tweaked my elbow, can i keep squatting?": training around the injury is the pain card's ask
_AROUND_IT = re.compile(
    r"\bcan i (still |keep |carry on )(\w+ing|train\w*|lift\w*|go|squat|bench|deadlift|press"
    r"|pull|do)\b"
    r"|\b(keep going|push on|carry on|stretch\w*)\b"  # "switch exercise or keep going?"
    r"|\b(something|is it|is this|is that) (wrong|serious|bad)\b|\bshould i (worry|see)\b"
    r"|\bwhen can i (\w+ )?(again|back)\b"
    r"|\b(ice it|rest it|rest a week|push through|train around)\b"
)


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
    ranked = ranker.rank(ask, top=10)
    if context:
        with_context = ranker.rank(f"{context} {ask}", top=10)
        if len(ask.split()) < SHORT_ASK or with_context[0].score > ranked[0].score:
            ranked = with_context
    words = f"{message or ask} {context}"
    lower, norm = words.lower(), normalize(words)
    age = d.child_age if d.child_age is not None else d.age  # "my son is 13": his age fits
    ranked = _fit_age(ranked, age, lower)
    ranked = _fit_injury(ranked, d, lower)
    ranked = fit_programme(bank, ranked, norm, program)
    if ranked[0].score < SURE and not (GYM_WORDS.search(lower) or GYM_WORDS.search(norm)):
        ranked = [Ranked(OFF_TOPIC, 1.0), *ranked[:1]]
    if d.injury == "cleared" and ranked[0].card in MEDICAL_CARDS:  # "doc says I'm fine now"
        ranked = [Ranked(RETURN_CARD, max(ranked[0].score, CONFIDENT)), *ranked]
    ranked = _around_pain(ranker, ask, d, ranked, said_goal(norm))
    top = bank.get(ranked[0].card)
    assert top is not None
    card = refine(bank, top, d, program, norm)
    sure = card.program is not None and card.program in (d.program, program)  # named or theirs
    sure = sure or card.id in (
        _age_card(age),
        "older_start" if age else None,
    )  # "is lifting safe at 13?" with the age stated
    sure = sure or calculate(card.calc, d, None, "kg") is not None  # its numbers are all there
    return Pick(card, max(ranked[0].score, CONFIDENT if sure else 0.0), tuple(ranked))


def _age_card(age: int | None) -> str | None:
    if age is None:
        return None
    return "teens" if age < ADULT_AGE else "older_lifters" if age >= OLDER_AGE else None


def _fit_age(ranked: list[Ranked], age: int | None, text: str = "") -> list[Ranked]:
    """Drop the teen / older-lifter cards a stated age rules out (a 34-year-old is neither), and
    with no age stated, the ones nothing in the message points to (ages read as numbers alike)."""
    wrong: set[str] = set()
    if age is not None and age < OLDER_AGE:
        wrong |= OLDER_CARDS
    if age is not None and age >= ADULT_AGE:
        wrong |= YOUTH_CARDS
    if age is None and not _OLDER.search(text):
        wrong |= OLDER_CARDS - {"older_lifters"}
    if age is None and not _YOUNG.search(text):
        wrong |= YOUTH_CARDS - {"teens"}
    if not _FEMALE.search(text):
        wrong |= WOMEN_CARDS
    kept = [r for r in ranked if r.card not in wrong]
    return kept or ranked


def _fit_injury(ranked: list[Ranked], d: Details, text: str) -> list[Ranked]:
    """The pain cards need a pain word, the all-clear cards an all-clear ("want big arms" is
    neither)."""
    said = NO_PAIN.sub(" ", text)  # "i dont want him getting hurt" is a worry, not a pain
    hurts = d.injury == "current" or bool(PAIN_WORDS.search(said) or _HURT.search(said))
    hurts = hurts or bool(names_condition(text))  # "my elbow kills on skullcrushers" too
    wrong = set() if hurts or d.red_flag else set(PAIN_RANKED)  # "pulled 180" is a deadlift
    if not _GLUTES.search(text):
        wrong.add("women_glutes")
    if d.sets or d.asked.single or d.asked.wants & {"e1rm", "load", "percent"}:
        wrong |= PLAN_CARDS  # "90x8 @7 on ohp, e1rm?" is maths, not how to raise the press
    if _BAR.search(text):
        wrong.add("home_training")
    if d.injury != "cleared":
        wrong |= set(CLEARED_CARDS.values())
    if d.injury == "current" or d.red_flag:  # "knees hurt after squats, what do i do?"
        wrong |= NEVER_FOR_PAIN
    wrong |= unmet_needs(text)
    kept = [r for r in ranked if r.card not in wrong]
    return kept or ranked


def _around_pain(
    ranker: Ranker, ask: str, d: Details, ranked: list[Ranked], said: str | None
) -> list[Ranked]:
    """A pain told: what else is asked ("my knee hurts, how many reps for size?") or beside it
    ("…shoulders kinda achy. too much volume?") still answers; with nothing else, the pain card."""
    kept_goal = ranked[0].card == PAIN_CARDS.get(said or "")  # "knee aches, keep growing quads"
    if d.injury == "current" and ranked[0].card in PAIN_RANKED and not kept_goal:
        return _past_the_pain(ranker, ask) or ranked
    if (d.injury == "current" or d.red_flag) and ranked[0].score < PAIN_LEADS:
        aside = _asked_aside(ranker, ask, ranked)
        return aside or [Ranked(SAFETY_CARD, 1.0 - ranked[0].score), *ranked]
    return ranked


def _asked_aside(ranker: Ranker, ask: str, ranked: list[Ranked]) -> list[Ranked] | None:
    """A pain told beside a clear ask of its own ("is it too much volume?"): that ask's card
    answers, and the pain is the caveat in front of it (safety is a caveat, not a replacement)."""
    lower = ask.lower()
    if PAIN_WORDS.search(lower) or _THROUGH_PAIN.search(lower) or _AROUND_IT.search(lower):
        return None
    alone = ranker.rank(ask, top=1)[0]
    fits = next((r for r in ranked if r.card == alone.card), None)
    if fits is None or alone.score < PAIN_ASIDE or alone.card in PAIN_RANKED | TALKS_PAIN_DOWN:
        return None
    return [Ranked(alone.card, alone.score), *(r for r in ranked if r is not fits)]


def _past_the_pain(ranker: Ranker, ask: str) -> list[Ranked] | None:
    """'my knee hurts, how many reps for size?': rank what is asked once the pain clause is gone
    (the safety caveat still leads the answer); the pain cards themselves are left out."""
    if _THROUGH_PAIN.search(ask.lower()) or _AROUND_IT.search(ask.lower()):
        return None
    clauses = [c for c in _CLAUSES.split(ask) if not PAIN_WORDS.search(c.lower())]
    kept = " ".join(c for c in clauses if not CONDITION.search(c.lower()))
    if len(kept.split()) < 3 or bare_lift(kept):  # "knee hurts on squats, what about deadlifts?"
        return None  # another lift is the pain card's ask: its rule, for that lift
    never = PAIN_RANKED | NEVER_FOR_PAIN | unmet_needs(ask.lower())  # "what would you cut": no diet
    ranked = [r for r in ranker.rank(kept, top=10) if r.card not in never]
    share = sum(r.score for r in ranked)
    said = bool(ranked) and ranked[0].score >= PAIN_ASKED  # "…what do i do?" asks nothing else
    if not said or share <= 0 or ranked[0].score / share < PAIN_ASIDE:
        return None
    return [Ranked(r.card, r.score / share) for r in ranked]
