"""The goal decision (SPEC "Coach", COACHING 4.8), separate from which card answers.

The label is the goal the asker's situation points to:

* a stated or clearly implied goal wins ("I don't want to get bulky" alone → strength,
  "toned" → hypertrophy, "both" → both); beginners asking what or how to train → both;
* definitions, comparisons and off-topic → `none`, unless the asker plainly says which goal they
  are choosing for ("which is better for size?");
* mechanics — e1RM/%1RM/RPE maths, a programme's rules or loads, warm-up ramps, stall, deload and
  layoff rules — → `none` unless the asker plainly states a goal in the same message: a lift's
  "max" or "1RM" in a load question is a number, not a wish;
* a pain card carries the goal the asker states ("my knee hurts, I want bigger quads");
* otherwise, with no goal stated, the goal the card implies.
"""

from __future__ import annotations

import re

from bot.coach import vocabulary as v
from bot.coach.cardbank import Card
from bot.coach.extract import Details
from bot.coach.models import GoalLabel

# Cards whose question is about how a rule or a number works, not about what to train for.
MECHANICS_TOPICS = frozenset(
    {
        "programme",
        "programme_stall",
        "training_max",
        "e1rm",
        "rts_chart",
        "percent",
        "warmup",
        "autoregulation",
        "testing",
        "plateau",
        "deload",
        "fatigue",
        "layoff",
        "progression",
        "indirect_volume",
        "rpe",
    }
)
# What a word means, the bot's own commands, or not lifting at all.
NEVER = frozenset({"definition", "help"})
NEVER_CARDS = frozenset({"off_topic", "supplements_scope", "creatine_steroids"})
MECHANICS_CARDS = frozenset({"lp_length"})  # how long linear progression lasts
# Goal asks after all: a target RPE, a size stall, RP's size mesocycle.
GOAL_CARDS = frozenset({"rpe_targets", "size_plateau", "strength_primer", "rp_mesocycle", "rp_mrv"})
CHOOSING = frozenset({"strength_or_size"})  # "which should I do?": the asker's wish is the answer
# A goal said as a goal: a wish or a purpose word shortly before the goal word.
_CUE = (
    r"\b(for|want|wants|wanted|wanna|need|trying|try|looking|goal|goals|care|cares|caring|focus"
    r"|focused|focusing|prioriti[sz]e|aim|aiming|hope|hoping|interested|prefer|rather|build"
    r"|building|builds|get|getting|be|become|gain|gaining|grow|grows|growing|keep|keeping|mainly|mostly|only|like)\b"
)
_LIFT = r"(squat|bench|deadlift|pull|press|ohp|total|lifts?|numbers|1rm|max)"
_STRENGTH_WORD = r"(strength|stronger|strong|powerlifting)"
_SIZE_WORD = (
    rf"(size|bigger(?! {_LIFT})|big(?! {_LIFT})|hypertrophy|muscles?|muscular|mass|grow|growth"
    r"|growing"
    r"|gains|toned|tone|aesthetics?|physique|jacked|huge|swole|bodybuilding"
    r"|looking good"
    r"|look good|look better)"
)
STRENGTH_SAID = re.compile(
    rf"{_CUE}(\W+\w+){{0,4}}?\W+{_STRENGTH_WORD}\b"
    rf"|\b{_STRENGTH_WORD} (goal|block|phase|focus|program|programme|cycle|sets)\b"
    rf"|\b(bigger|stronger|heavier) {_LIFT}\b"
    rf"|\b(increase|improve|raise|boost|up|push|add to|build|building|grow|keep building)"
    rf" (my |your |the )(\w+ )?{_LIFT}\b"
    rf"|\bget(ting)? my (\w+ )?{_LIFT} up\b"
    rf"|\b(keep|get|keeping|getting|want|need) my (\w+ )?{_LIFT} (to )?(go up|going up|climbing"
    r"|moving|increasing|progressing|up)\b"
    rf"|\b(want|wanna|hit|reach)( that| a| to hit| to get)? \d+ ?(kg|kgs|lbs?)? {_LIFT}\b"
    r"|\b(i am|im|i'm|as) an? (\w+ )?powerlift(er|ing)\b|\bpowerlift(er|ing) (here|for)\b"
    r"|\b(my|a|next) (powerlifting )?meet\b|\b(my|the) total\b"
)
# "are beginners accurate at RPE?" asks about beginners in general, not as one.
_BEGINNERS_IN_GENERAL = re.compile(
    r"\b(do|can|are|should|would|for|most|many|some|all|how do|why do) (\w+ )?beginners\b"
    r"|\bbeginners (are|can|do|should|get|need|really)\b|\b(novice|beginner) again\b"
)
SIZE_SAID = re.compile(
    rf"{_CUE}(\W+\w+){{0,4}}?\W+{_SIZE_WORD}\b"
    rf"|\b(size|hypertrophy|bodybuilding) (goal|block|phase|focus|program|programme|cycle)\b"
    r"|\b(arms?|legs?|chest|back|glutes?|quads?|shoulders?|biceps|triceps|calves) (to )?grow\b"
    r"|\b(not|stopped|never|no longer) (growing|getting bigger)\b"
    r"|\bto (grow|get bigger)\b"
    r"|\b(thicker|wider|fuller|rounder|bigger) (\w+ )?(back|arms?|chest|legs?|glutes?|quads?"
    r"|shoulders?|delts|lats|calves|traps|biceps|triceps|hamstrings|butt)\b"
    r"|\b(i am|im|i'm|as) an? (\w+ )?bodybuild(er|ing)\b|\b(years?|yrs?|training),? bodybuilding\b"
)
# "training for strength vs training for size" compares the two, it wishes for neither.
_COMPARED = re.compile(
    r"\b(training )?(for )?(a )?(strength|size|hypertrophy)( training)? (or|vs|versus|and)"
    r" (training )?(for )?(a )?(size|strength|hypertrophy)\b"
)
# What the asker says they don't care about is not a wish ("strength numbers do not matter").
_DISMISSED = re.compile(
    r"\b(have|has|need|needs) to be (\w+ )?(big|bigger|huge|strong|stronger)\b|"
    r"\b(been|was|have been|had been|used to be) (training|lifting|going) for \w+\b|"
    r"\bnot (to )?(look|looking) like( a)? \w+|\bthan (size|strength|hypertrophy|getting \w+)\b|"
    r"\b(do not|does not|dont|doesnt|never) care( at all)? about [\w ]{0,30}"
    r"|\b\w+( \w+)? (do not|does not) matter\b"
)
# "is 5x5 a strength or a size scheme?" asks which, it states nothing.
WHICH_OF = re.compile(
    r"\b(a|for|is it) (strength|size|hypertrophy) or (a )?(size|strength|hypertrophy)\b"
)


def decide_goal(card: Card, d: Details, text: str = "", message: str = "") -> GoalLabel:
    """The goal label for one answered ask: `text` is its own normalised words, `message` the
    whole message's (a goal said anywhere in it counts when the ask itself says none)."""
    said = said_goal(text) or said_goal(message)
    text = f"{text} {message}"
    if card.topic in NEVER or card.id in NEVER_CARDS:
        return "none"
    if card.topic == "safety":
        return said or _stated(card, d) or "none"  # "my knee hurts, I want to get stronger"
    if card.id in CHOOSING:
        return said or "none"
    if d.beginner and (card.goal != "none" or not _BEGINNERS_IN_GENERAL.search(text)):
        return "both"  # beginners gain both from the same training (COACHING 4.8)
    if said is None and ("compare_goals" in d.asked.wants or WHICH_OF.search(text)):
        return "none"  # a comparison of strength and size work is general knowledge
    mechanics = card.goal == "none" or card.topic in MECHANICS_TOPICS or card.id in MECHANICS_CARDS
    if mechanics and card.id not in GOAL_CARDS:
        return said or "none"
    return said or _stated(card, d) or card.goal


def said_goal(text: str) -> GoalLabel | None:
    """The goal the asker plainly states as a goal ("for size", "I want a bigger bench")."""
    kept = _DISMISSED.sub(" ", v.NOT_WANTED.sub(" ", _COMPARED.sub(" ", text.lower())))
    strength = bool(STRENGTH_SAID.search(kept))
    size = bool(SIZE_SAID.search(kept))
    if (strength and size) or v.BOTH_WISH.search(kept):
        return "both"
    return "strength" if strength else "hypertrophy" if size else None


def _stated(card: Card, d: Details) -> GoalLabel | None:
    """The goal the extracted details point to, or None when they state none."""
    if d.wants == "both":
        return "both"
    if d.wants == "strength":
        return "strength"
    if d.wants == "hypertrophy":
        return "strength" if d.avoids_size and card.goal == "strength" else "hypertrophy"
    if d.avoids_size:
        return "strength"
    return None
