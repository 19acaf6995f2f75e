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
from bot.coach.conditions import CONDITION, names_condition
from bot.coach.extract import Details
from bot.coach.goal import said_goal
from bot.coach.normalize import normalize
from bot.coach.ranker import Ranked, Ranker
from bot.coach.safety import ADULT_AGE, MAX_EFFORT_CARDS, PUSHES_THE_LIFT
from bot.coach.vocabulary import GYM_WORDS, PAIN_WORDS

CONFIDENT = 0.12  # below this, and close to the runner-up, the coach asks which was meant
CLOSE = 0.15
SHORT_ASK = 7  # "now what?" means nothing without the sentences before it
SURE = 0.45  # a question with no training word at all is off-topic unless the ranker is this sure
PAIN_ASIDE = 0.35  # with the pain cards left out, the share the best other card needs
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


HEAVY_CARDS = frozenset({"athletes", "reps_strength"}) | MAX_EFFORT_CARDS
# Pain, or the all-clear after it, with a goal still in view: the card that keeps that goal going.
PAIN_CARDS = {"strength": "pain_strength", "hypertrophy": "pain_size"}
CLEARED_CARDS = {"strength": "cleared_strength", "hypertrophy": "cleared_size"}
SAFETY_CARD = "injury"
MEDICAL_CARDS = frozenset(
    {"injury", "special_conditions", "pain_strength", "pain_size", "pain_swap"}
)
RETURN_CARD = "layoff_return"
OFF_TOPIC = "off_topic"
YOUTH_CARDS = frozenset({"teens", "teen_programme"})
OLDER_CARDS = frozenset({"older_lifters", "older_start", "older_recovery", "older_heavy"})
_YOUNG = re.compile(
    r"\b(teen\w*|high ?school|school|son|daughter|kids?|minor|young|junior|y/?o|years? old)\b"
)
_OLDER = re.compile(
    r"\b(old|older|age|aging|ageing|senior|masters?|retired|grand\w*|decades?|sixties|fifties"
    r"|forties|[4-9]0s|over [4-9]0|[4-9]0\+|y/?o|years? old)\b"
)
WOMEN_CARDS = frozenset({"women_reps", "women_glutes"})
_FEMALE = re.compile(
    r"\b(wom[ae]n|female|girls?|lady|ladies|she|her|wife|girlfriend|gf|moms?|mums?|mother"
    r"|daughter|sister|f)\b|\b\d+ ?f\b"
)
_YEARS_OFF = re.compile(
    r"\b(\d+|a few|many|several|ten|twenty) ?(yrs?|years?|decades?) (off|away|out|of not|without)"
)
CUT_CARDS = {"strength": "strength_on_cut", "hypertrophy": "muscle_on_cut"}
SPLIT_CARDS = frozenset({"ppl_split", "split_choice", "days_per_week"})
WEEKLY_CARDS = frozenset({"volume_size", "sets_enough", "sets_too_many", "volume_general"})
SETS_LOW, SETS_HIGH = 10, 20  # weekly hard sets per muscle for size (COACHING 1.8)
_HURT = re.compile(
    r"\b(ach\w*|click\w*|pop\w*|twing\w*|pinch\w*|tendon\w*|impinge\w*|rehab|surgery|tore|torn"
    r"|injured|injury|strain\w*)\b"
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
# Size-only answers and the strength answer to the same question.
SIZE_TO_STRENGTH = {
    "rest_long_size": "rest_strength",
    "rest_by_exercise_size": "rest_strength",
    "low_reps_size": "reps_strength",
    "high_reps_size": "high_reps_strength",
}
_CUT = re.compile(r"\b(cut|cutting|deficit|diet\w*|shred\w*|lean out|leaning out)\b")
_TWO = re.compile(r"\b(2|two|twice|2x|weekends?)\b")
_BAR = re.compile(r"\b(barbell|squat rack|power rack|rack)\b")
PAIN_RANKED = frozenset({"injury", "pain_strength", "pain_size", "pain_swap"})
_SWAP = re.compile(r"\b(switch\w*|swap\w*|instead|replace\w*|alternatives?|change|variation|try)\b")
_CLAUSES = re.compile(r",|\bbut\b|\band\b|\bso\b")


_SETS_WORD = re.compile(r"\b(sets?|volume)\b")
_REST_WORD = re.compile(r"\b(rest\w*|min\w*|mins|sec\w*|break\w*|wait\w*)\b")
# A card whose question always carries a word: without it, the message asks something else.
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
    ranked = _fit_age(ranked, d.age, f"{message or ask} {context}".lower())
    ranked = _fit_injury(ranked, d, f"{message or ask} {context}".lower())
    ranked = _prefer_programme(bank, ranked, d.program or program)
    if ranked[0].score < SURE and not GYM_WORDS.search(f"{message or ask} {context}".lower()):
        ranked = [Ranked(OFF_TOPIC, 1.0), *ranked[:1]]
    if d.injury == "cleared" and ranked[0].card in MEDICAL_CARDS:  # "doc says I'm fine now"
        ranked = [Ranked(RETURN_CARD, max(ranked[0].score, CONFIDENT)), *ranked]
    said = said_goal(normalize(f"{message or ask} {context}"))
    kept_goal = ranked[0].card == PAIN_CARDS.get(said or "")  # "knee aches, keep growing quads"
    if d.injury == "current" and ranked[0].card in PAIN_RANKED and not kept_goal:
        ranked = _past_the_pain(ranker, ask) or ranked
    elif (d.injury == "current" or d.red_flag) and ranked[0].score < PAIN_LEADS:
        ranked = [Ranked(SAFETY_CARD, 1.0 - ranked[0].score), *ranked]
    top = bank.get(ranked[0].card)
    assert top is not None
    card = refine(bank, top, d, program, normalize(f"{message or ask} {context}"))
    sure = card.program is not None and card.program in (d.program, program)  # named or theirs
    sure = sure or card.id in (
        _age_card(d.age),
        "older_start" if d.age else None,
    )  # "is lifting safe at 13?" with the age stated
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
    hurts = PAIN_WORDS.search(text) or _HURT.search(text) or names_condition(text)
    wrong = set() if hurts or d.red_flag else set(PAIN_RANKED)  # "pulled 180" is a deadlift
    if not _GLUTES.search(text):
        wrong.add("women_glutes")
    if d.sets or d.asked.single or d.asked.wants & {"e1rm", "load", "percent"}:
        wrong |= PLAN_CARDS  # "90x8 @7 on ohp, e1rm?" is maths, not how to raise the press
    if _BAR.search(text):
        wrong.add("home_training")
    if d.injury != "cleared":
        wrong |= set(CLEARED_CARDS.values())
    wrong |= {card for card, need in NEEDS.items() if not need.search(text)}
    kept = [r for r in ranked if r.card not in wrong]
    return kept or ranked


def _past_the_pain(ranker: Ranker, ask: str) -> list[Ranked] | None:
    """'my knee hurts, how many reps for size?': rank what is asked once the pain clause is gone
    (the safety caveat still leads the answer); the pain cards themselves are left out."""
    clauses = [c for c in _CLAUSES.split(ask) if not PAIN_WORDS.search(c.lower())]
    kept = " ".join(c for c in clauses if not CONDITION.search(c.lower()))
    if len(kept.split()) < 3:
        return None
    ranked = [r for r in ranker.rank(kept, top=10) if r.card not in PAIN_RANKED]
    share = sum(r.score for r in ranked)
    if not ranked or share <= 0 or ranked[0].score / share < PAIN_ASIDE:
        return None
    return [Ranked(r.card, r.score / share) for r in ranked]


def refine(bank: Bank, card: Card, d: Details, program: str | None, text: str = "") -> Card:
    """The card that fits the asker; `text` is their normalised words (for a goal said plainly)."""
    said = said_goal(text)
    around = _situation(bank, card, d, said or _wanted(d), text)
    if around is not None:
        return around
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
    if d.beginner and card.topic in BEGINNER_TOPICS:
        return bank.get("beginner_gains") or card
    if d.beginner and card.topic == "rest":
        return bank.get("rest_beginner") or card
    if "compare_goals" in d.asked.wants and card.topic in GOAL_TOPICS:
        return bank.sibling(card.topic, "both") or card  # "rest for strength vs size?"
    wanted = _wanted(d)
    if wanted is None and card.topic == "rest" and d.target_reps is not None:
        wanted = "strength" if d.target_reps <= STRENGTH_REPS else "hypertrophy"  # sets of 12
    if wanted and card.topic in GOAL_TOPICS and card.goal not in ("none", wanted):
        return _for_person(bank, bank.sibling(card.topic, wanted) or card, d)
    return _for_person(bank, card, d)


def _for_person(bank: Bank, card: Card, d: Details) -> Card:
    """Minors and lifters with a medical condition get the general answer, not 80–100% loads,
    whichever way the heavy card was reached; a lifter in pain gets the pain card, not how to push
    on ("my shoulder hurts on bench: how do I keep it progressing?")."""
    if d.injury == "current" and card.id in PUSHES_THE_LIFT:
        return bank.get(PAIN_CARDS.get(said_goal(d.text) or _wanted(d) or "", SAFETY_CARD)) or card
    if card.id not in HEAVY_CARDS:
        return card
    if d.age is not None and d.age < ADULT_AGE:
        general = bank.get("teens")
    elif d.medical or d.pregnant:
        general = bank.get("special_conditions")  # "a stent last year: heavy singles ok?"
    else:
        return card
    return replace(general, goal=card.goal) if general else card


def _wanted(d: Details) -> str | None:
    return "strength" if d.avoids_size and d.wants != "both" else d.wants


def _situation(bank: Bank, card: Card, d: Details, wanted: str | None, text: str) -> Card | None:
    """'my shoulder hurts, I want to keep building my bench' → the pain card for that goal; the
    all-clear with a goal → the return card for it; a goal-specific one with no goal → the plain."""
    if card.id == SAFETY_CARD or card.id in PAIN_CARDS.values():
        return bank.get(PAIN_CARDS.get(wanted or "", SAFETY_CARD))
    if card.id == "pain_swap" and not _SWAP.search(text):
        return bank.get(PAIN_CARDS.get(wanted or "", SAFETY_CARD))
    if card.id in CLEARED_CARDS.values() or (card.id == RETURN_CARD and d.injury == "cleared"):
        return bank.get(CLEARED_CARDS.get(wanted or "", RETURN_CARD))
    if d.sets and "e1rm" in d.asked.wants and card.calc is None and card.program is None:
        return bank.get("e1rm_from_set")  # "90x8 @7 on ohp, e1rm pls": the e1RM card computes it
    cut = CUT_CARDS.get(wanted or "")
    if cut and card.id in ("cutting", *CUT_CARDS.values()):
        return bank.get(cut) or card  # "can I get stronger on a cut? powerlifting goal"
    if card.id == "light_weights" and _CUT.search(text):  # "cutting: switch to light weights?"
        return bank.get(cut or "cutting") or card
    if card.id == "bulk_surplus" and "protein" in d.asked.wants:
        return bank.get("protein_target") or card
    if card.id == "two_days_week" and not _TWO.search(text):  # "3 days a week": numbers look alike
        card = bank.get("days_per_week") or card
    if d.beginner and card.id in WEEKLY_CARDS:
        return bank.get("novice_volume") or card  # "2 months in, 16 sets a week too much?"
    if d.beginner and card.id in SPLIT_CARDS:
        return bank.get("beginner_split") or card  # "6-day PPL for a newbie?"
    n = d.asked.weekly_sets
    if card.id in WEEKLY_CARDS and n is not None and not SETS_LOW <= n <= SETS_HIGH:
        return bank.get("sets_too_many" if n > SETS_HIGH else "sets_enough")  # "32 sets a week?"
    swap = SIZE_TO_STRENGTH.get(card.id)
    if swap and wanted == "strength":  # "resting 5 min on bench, chasing a 140 bench"
        return bank.get(swap) or card
    if card.id == "bulky_myth" and wanted == "hypertrophy":  # "will I get bulky? I want toned"
        return bank.get("toned")
    older = d.age is not None and d.age >= OLDER_AGE
    if older and d.beginner and card.program is None and not calculate(card.calc, d, None, "kg"):
        return bank.get("older_start")  # "58 and new to lifting, what reps?"
    if card.id == RETURN_CARD and _YEARS_OFF.search(text):  # decades away: start as a beginner
        return bank.get("older_start" if older else "beginner_split")
    return None


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
