"""The card that fits the asker: the ranker's card turned into its sibling for the asker's goal,
programme, experience, age or situation (a beginner, a cut, pain with a goal still in view).

Split from select.py, which picks the ranker's card; both are pure domain code.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.calculators import calculate
from bot.coach.cardbank import Bank, Card
from bot.coach.extract import Details
from bot.coach.goal import said_goal
from bot.coach.loads import set_estimate
from bot.coach.prog_situation import situated
from bot.coach.safety import HEAVY_CARDS, PUSHES_THE_LIFT, is_minor, postpartum

HEAVY_WORDS = re.compile(r"80–100%|1–5 reps|\bheavy singles\b")
# An adult size recipe: near-failure sets or a calorie surplus, which a minor is not given
# (COACHING 4.8: general advice only) — they get the teenager's size card instead.
SIZE_RECIPE = re.compile(r"\bsurplus\b|0–3 reps in reserve|close to failure|near failure")
TEEN_SIZE = "teens_size"
PROGRAMME_TOPICS = frozenset({"plateau", "programme", "programme_stall", "training_max"})
GZCLP_FAIL = {"1": "gzclp_t1_fail", "2": "gzclp_t2_fail", "3": "gzclp_t3"}
GZCLP_TOPICS = frozenset({"programme_stall", "plateau", "progression"})
MATHS = {"rts_load": "percent_of_max", "e1rm": "percent_of_max"}
LOAD_CARD = "load_for_reps_rpe"
E1RM_CARD = "e1rm_from_set"
OLDER_AGE = 40
GZCLP_TIER_CARDS = frozenset(GZCLP_FAIL.values())
STRENGTH_REPS = 5
GOAL_TOPICS = frozenset({"rep_range", "rest", "weekly_sets", "failure", "frequency"})
BEGINNER_TOPICS = frozenset({"rep_range", "strength_vs_size"})
BEGINNER_SIBLINGS = {"endurance_lifting": "endurance_beginner"}
# Pain, or the all-clear after it, with a goal still in view: the card that keeps that goal going.
PAIN_CARDS = {"strength": "pain_strength", "hypertrophy": "pain_size"}
CLEARED_CARDS = {"strength": "cleared_strength", "hypertrophy": "cleared_size"}
SAFETY_CARD = "injury"
RETURN_CARD = "layoff_return"
_YEARS_OFF = re.compile(
    r"\b(\d+|a few|many|several|ten|twenty) ?(yrs?|years?|decades?) (off|away|out|of not|without)"
)
CUT_CARDS = {"strength": "strength_on_cut", "hypertrophy": "muscle_on_cut"}
SPLIT_CARDS = frozenset({"ppl_split", "split_choice", "days_per_week"})
WEEKLY_CARDS = frozenset({"volume_size", "sets_enough", "sets_too_many", "volume_general"})
SETS_LOW, SETS_HIGH = 10, 20  # weekly hard sets per muscle for size (COACHING 1.8)
# Size-only answers and the strength answer to the same question.
SIZE_TO_STRENGTH = {
    "rest_long_size": "rest_strength",
    "rest_by_exercise_size": "rest_strength",
    "low_reps_size": "reps_strength",
    "high_reps_size": "high_reps_strength",
}
# "Strength is specific: the lift must stay in" — false for size, which any loaded exercise taken
# close to failure builds (COACHING 1.8): a size asker gets the equipment-doesn't-matter card.
SPECIFIC_CARDS = frozenset({"bench_accessories", "specific_lift_needed"})
_CUT = re.compile(r"\b(cut|cutting|deficit|diet\w*|shred\w*|lean out|leaning out)\b")
# On a diet, how to train is the cut card's answer: keep lifting heavy, keep the hard sets.
_DIET = re.compile(
    r"\b(on a cut|cutting|deficit|dieting|diet|shred\w*|lean(ing)? out|making weight|make weight"
    r"|cut (for|to|from|down to|phase|season)|lose weight|losing weight|weight cut)\b"
)
CUT_TRAINING = frozenset(
    {
        "reps_strength",
        "reps_size",
        "reps_general",
        "heavy_for_size",
        "heavy_or_light_size",
        "strength_percent",
        "periodisation",
        "meet_prep",
        "high_reps_size",
        "volume_general",
    }
)
WARMUP_CARDS = frozenset({"warmup_sets", "warmup_not_working", "warmup_easy"})
_NOT_SETS = WARMUP_CARDS | {"warmup_from_work"}  # a warm-up question, not a set to estimate from
_TONED = re.compile(r"\b(ton\w*|defin\w*|lean\w*|shape\w*|firm\w*|sculpt\w*|aesthetic\w*)\b")
_CLASS = re.compile(  # a weight class, not a spin class
    r"\b(weight class\w*|weigh ?ins?|\d+ ?(kg |lb )?class|(my|a|the|next|lower|higher) class)\b"
)
# Cards that judge one rep range or load; a beginner gets "you gain both, don't sweat it".
LOAD_CHECKS = frozenset(
    {"heavy_for_size", "heavy_or_light_size", "low_reps_size", "five_by_five_goal"}
)
HIGH_REPS = 12
_CHOICE = re.compile(r"\b(or|vs|versus|choose|choice|pick|between)\b")
_NO_GAIN = re.compile(
    r"\b(not|without|dont|don't|do not|cant|can't|cannot) (to )?(get(ting)?|gain(ing)?"
    r"|put(ting)? on|becom\w*) (heav\w*|weight|mass|bigger|size)"
)
_STEP = re.compile(
    r"\b(jump\w*|increment\w*|step|how much (weight )?(to |do i |should i )?(add|put)|next weight"
    r"|how many (kg|lbs?|pounds))\b"
)
# "do warm-ups count?", "are my 70 kg sets of 5 working sets?": whether, not how, to warm up
_COUNTS = re.compile(
    r"\b(count\w*|log\w*|toward\w*|include\w*|estimat\w*|part of)\b"
    r"|\b(are|is)\b[^.?!]*\bworking sets?\b"
)
_TWO = re.compile(r"\b(2|two|twice|2x|weekends?)\b")
_DAYS_SAID = re.compile(
    r"\b(?P<n>[2-6]|two|three|four|five|six) ?(?:days?|x)(?: a| per| each)? ?(?:week|wk)?\b"
    r"(?! ?(?:off|ago|rest|later|in a row))"
)
# A general card's version for the goal the asker gave.
GOAL_VERSION = {
    ("which_first", "strength"): "strength_block_order",
    ("split_choice", "hypertrophy"): "split_size_days",
    ("condition_size", "strength"): "special_conditions",  # "…and for strength?" after it
}
LONG_REST = re.compile(r"\b([3-9]|three|four|five|six)(?: ?(?:-|to) ?\d+)? ?(?:min\w*|mins?)\b")
SHORT_REST = re.compile(r"\b\d{2} ?s(?:ec\w*)?\b|\b(?:1|one|a) ?min\w*|\bor (?:1|one|2|two)\b")
THREE_DAY_CARDS = frozenset({"beginner_split"})  # its template is 3 full-body days
_SWAP = re.compile(r"\b(switch\w*|swap\w*|instead|replace\w*|alternatives?|change|variation|try)\b")


def refine(bank: Bank, card: Card, d: Details, program: str | None, text: str = "") -> Card:
    """The card that fits the asker; `text` is their normalised words (for a goal said plainly)."""
    said = said_goal(text)
    goal = said or _wanted(d)
    around = (
        _situation(bank, card, d, goal, text)
        or _closer(bank, card, d, text)
        or situated(bank, card, d, goal, text)
    )
    if around is not None:
        return _general_only(bank, around, d) or around
    named = d.program or program
    on_tier = card.topic in GZCLP_TOPICS or card.id in GZCLP_TIER_CARDS
    if named == "gzclp" and d.tier in GZCLP_FAIL and on_tier:
        return bank.get(GZCLP_FAIL[d.tier]) or card
    if named and card.topic in PROGRAMME_TOPICS and card.program != named:
        card = _programme_card(bank, card, named) or card
    if d.percent is not None and card.calc in MATHS and (d.one_rm or d.load):
        card = bank.get(MATHS[card.calc]) or card
    elif d.one_rm and d.target_reps and not d.percent and _loads_from_max(card, d):
        card = bank.get(LOAD_CARD) or card  # "my 1RM is 120, what for 4 sets of 6?"
    if d.beginner and card.id in BEGINNER_SIBLINGS:  # a runner's first lifting: the novice start
        return bank.get(BEGINNER_SIBLINGS[card.id]) or card
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
        card = bank.sibling(card.topic, wanted) or card
    card = bank.get(GOAL_VERSION.get((card.id, wanted or ""), "")) or card  # "…for a bigger total"
    if card.id == "rest_size" and LONG_REST.search(text) and not SHORT_REST.search(text):
        card = bank.get("rest_long_size") or card
    return _for_person(bank, card, d)


def _loads_from_max(card: Card, d: Details) -> bool:
    """A max given and reps asked for: a load to work out, even when the max is called an
    estimate ("my e1RM is 315, 5 @ 9 is how much?" has no set to estimate from)."""
    return card.topic in ("rep_range", "percent") or (card.id == E1RM_CARD and not d.sets)


def _for_person(bank: Bank, card: Card, d: Details) -> Card:
    """Minors and lifters with a medical condition get the general answer, not 80–100% loads,
    whichever way the heavy card was reached; a lifter in pain gets the pain card, not how to push
    on ("my shoulder hurts on bench: how do I keep it progressing?")."""
    if d.injury == "current" and card.id in PUSHES_THE_LIFT:
        return bank.get(PAIN_CARDS.get(said_goal(d.text) or _wanted(d) or "", SAFETY_CARD)) or card
    if postpartum(d.text) and card.id in ("pregnancy", "special_conditions", *HEAVY_CARDS):
        return bank.get("postpartum") or card  # had the baby: the return, not pregnancy's card
    minor = is_minor(d)
    loads = card.program or card.calc or card.id.endswith("_scope") or card.id == "off_topic"
    heavy = card.id in HEAVY_CARDS or bool(HEAVY_WORDS.search(card.text))
    if minor and d.program and (loads or card.id in ("teens", TEEN_SIZE)):
        return bank.get("teen_programme") or card  # "I'm 16, can I run 5/3/1?": general advice
    if d.pregnant and (loads or heavy):
        return bank.get("pregnancy") or card  # never a 1–5 rep prescription in pregnancy
    loads_asked = card.id in HEAVY_CARDS or (heavy and card.topic in ("rep_range", "percent"))
    if (general_card := _general_only(bank, card, d)) is not None:
        return general_card
    if minor and not d.medical and (loads_asked or card.id == "special_conditions"):
        general = bank.get("teens")  # "15yo, how heavy?": the teens' answer, not 80–100%
    elif card.id not in HEAVY_CARDS:
        return card
    elif d.medical or d.pregnant:
        general = bank.get("special_conditions")  # "a stent last year: heavy singles ok?"
    else:
        return card
    return replace(general, goal=card.goal) if general else card


def _general_only(bank: Bank, card: Card, d: Details) -> Card | None:
    """The general card a near-failure or surplus size recipe, or a cleared-to-train return
    card, becomes for a minor or for a lasting medical condition (COACHING 4.8); the after-birth
    card is for after a birth only."""
    general = None
    if is_minor(d) and not d.medical and card.goal == "hypertrophy":
        size = SIZE_RECIPE.search(card.text) and card.id not in PAIN_CARDS.values()
        general = bank.get(TEEN_SIZE) if size else None
    elif d.medical and card.topic == "cleared":  # "new knee, surgeon says fine": still general
        general = bank.get("special_conditions")
    elif card.id == "postpartum" and not postpartum(d.text):  # "hernia surgery 6 weeks ago"
        general = bank.get("special_conditions" if d.medical else RETURN_CARD)
    return replace(general, goal=card.goal) if general else None


def _days_card(bank: Bank, card: Card, d: Details, text: str) -> Card | None:
    """A beginner's split is the beginner template ("6-day PPL for a newbie?"), but not when the
    days said don't fit its 3 days ("I do 2 days", "4 days a week")."""
    split = bank.get("beginner_split") if d.beginner and card.id in SPLIT_CARDS else None
    days = [m["n"] for m in _DAYS_SAID.finditer(text)]  # "ppl 6x or full body 3x?": 3 is there
    if (split or card).id in THREE_DAY_CARDS and days and not {"3", "three"} & set(days):
        return bank.get("two_days_week" if days[0] in ("2", "two") else "days_per_week")
    return split


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
    if (estimate := _estimate(bank, card, d)) is not None:
        return estimate
    on_cut = _on_cut(bank, card, wanted, text)
    if on_cut is not None:
        return on_cut
    if card.id in WARMUP_CARDS and (d.load or d.one_rm) and not _COUNTS.search(text):
        return bank.get("warmup_from_work") or card  # "work sets at 120 today, warm-up pls"
    if card.id == "bulk_surplus" and "protein" in d.asked.wants:
        return bank.get("protein_target") or card
    if card.id == "two_days_week" and not _TWO.search(text):  # "3 days a week": numbers look alike
        card = bank.get("days_per_week") or card
    if d.beginner and card.id in WEEKLY_CARDS:
        return bank.get("novice_volume") or card  # "2 months in, 16 sets a week too much?"
    if (for_days := _days_card(bank, card, d, text)) is not None:
        return for_days
    n = d.asked.weekly_sets
    if card.id in WEEKLY_CARDS and n is not None and not SETS_LOW <= n <= SETS_HIGH:
        return bank.get("sets_too_many" if n > SETS_HIGH else "sets_enough")  # "32 sets a week?"
    swap = SIZE_TO_STRENGTH.get(card.id)
    if swap and wanted == "strength":  # "resting 5 min on bench, chasing a 140 bench"
        return bank.get(swap) or card
    if card.id == "bulky_myth" and wanted == "hypertrophy" and _TONED.search(text):  # "…toned"
        return bank.get("toned")
    older = d.age is not None and d.age >= OLDER_AGE
    explains = card.topic in ("definition", "comparison")  # "41, 3 weeks in: why no size yet?"
    plain = card.program is None and not explains and not calculate(card.calc, d, None, "kg")
    if older and d.beginner and plain:
        return bank.get("older_start")  # "58 and new to lifting, what reps?"
    if card.id == RETURN_CARD and _YEARS_OFF.search(text):  # decades away: start as a beginner
        return bank.get("older_start" if older else "beginner_split")
    return None


# Next week's load from a logged set and a scheme: the load card's sum, not a progression's.
_NEXT_LOADS = frozenset({"lp_next_load", "sets_progression"})


def _estimate(bank: Bank, card: Card, d: Details) -> Card | None:
    """A set with its e1RM asked: the e1RM card, unless the card works the set out itself (its
    calculator has numbers for it); a warm-up set gets the card that says it feeds no max."""
    if not d.sets:
        return None
    if all(s.warmup for s in d.sets) and card.id in (E1RM_CARD, "e1rm_rpe_floor"):
        return bank.get("warmup_not_working")  # "my last warm-up 100x3 flew, count it for my max?"
    first = d.sets[0]
    known = set_estimate(first.load, first.reps, first.rpe)  # a load card works off the set's
    works = card.calc is not None and calculate(card.calc, d, known, "kg") is not None
    computes = works or card.program is not None or card.id in _NOT_SETS
    if card.id in _NEXT_LOADS and d.asked.scheme and not computes:
        return bank.get(LOAD_CARD)  # "100x5 @8, e1rm? and what for 4x8 next week?": off the set
    if "e1rm" in d.asked.wants and not computes and not d.sets[0].warmup:
        return bank.get(E1RM_CARD)  # "90x8 @7 on ohp, e1rm pls": the e1RM card computes it
    return None


def _closer(bank: Bank, card: Card, d: Details, text: str) -> Card | None:
    """The neighbour that answers what is asked: a weight class in view, size to avoid, a
    beginner's rep question, sets of 12+ for strength, the step to add on double progression."""
    if card.id in ("bulky_myth", "toned") and _CLASS.search(text):  # "blow out of my class?"
        return bank.get("weight_classes")
    if card.id == "sport_off_season" and (d.avoids_size or _NO_GAIN.search(text)):
        return bank.get("strength_no_weight")
    beginners_choice = card.id == "toned" and _CHOICE.search(text)  # "tone or get strong?"
    if d.beginner and (card.id in LOAD_CHECKS or beginners_choice):  # "3x5 heavy or 3x12?"
        return bank.get("beginner_gains")
    if card.id == "eights_for_strength" and (d.target_reps or 0) >= HIGH_REPS:
        return bank.get("high_reps_strength")  # "are sets of 12 any good for getting strong?"
    if card.id == "double_progression" and _STEP.search(text):  # "24s going well, what jump?"
        return bank.get("double_progression_step")
    if card.id in SPECIFIC_CARDS and (said_goal(text) or _wanted(d)) == "hypertrophy":
        return bank.get("machines_free")  # "do i need barbell bench for chest size?"
    if card.id == FLAT_E1RM_CARD:
        return _flat_or_not(bank, d, text)
    return None


FLAT_E1RM_CARD = "h_block_flat_e1rm"
_FLAT = re.compile(
    r"\b(flat(?! (?:bench|db|dumbbell|press|barbell))|stall\w*|stuck|plateau\w*"
    r"|not (?:moving|going up)|hasn'?t (?:moved|gone up))\b"
)
_E1RM_WORDS = re.compile(
    r"\b(e1rms?|estimated max\w*|estimates?|1rms?|maxes|s2|strength (?:stall|test|thing))\b"
)


def _flat_or_not(bank: Bank, d: Details, text: str) -> Card | None:
    """The flat-e1RM card answers only a flat e1RM: schemes at an RPE to load ("3x8 @ 2 RIR,
    weights?") are the load card's, and one exercise's flat sessions (same weight, same reps)
    are S4's exercise stall."""
    if not _FLAT.search(text) and d.target_reps and (d.target_rpe or d.asked.rir_rpe):
        return bank.get(LOAD_CARD)
    if _FLAT.search(text) and not _E1RM_WORDS.search(text):
        return bank.get("size_stall_definition")
    return None


def _on_cut(bank: Bank, card: Card, wanted: str | None, text: str) -> Card | None:
    """On a diet, the cut card for the goal answers how to train ("cutting for a meet, keep
    lifting heavy?", "cutting: switch to light weights?")."""
    cut = CUT_CARDS.get(wanted or "")
    if cut and card.id in ("cutting", *CUT_CARDS.values()):
        return bank.get(cut) or card  # "can I get stronger on a cut? powerlifting goal"
    if (card.id == "light_weights" and _CUT.search(text)) or (
        card.id in CUT_TRAINING and _DIET.search(text)
    ):
        return bank.get(cut or "cutting") or card
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
