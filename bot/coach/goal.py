"""The goal decision (SPEC "Coach", COACHING 4.8), separate from which card answers.

The label is the goal the asker's situation points to:

* a stated or clearly implied goal wins ("I don't want to get bulky" alone → strength,
  "toned" → hypertrophy, "both" → both); beginners asking what or how to train → both;
* definitions, comparisons and off-topic → `none`, unless the asker plainly says which goal they
  are choosing for ("which is better for size?");
* mechanics — e1RM/%1RM/RPE maths, a programme's rules or loads, warm-up ramps, stall, deload and
  layoff rules — → `none` unless the asker plainly states a goal in the same message: a lift's
  "max" or "1RM" in a load question is a number, not a wish;
* the training the asker says they are in counts as stated even there: a meet or strength block
  ahead → strength, their own mesocycle or weekly sets → hypertrophy; a novice LP (SS, GSLP,
  GZCLP) → a beginner's, so both, and 5/3/1, Texas or Juggernaut → strength, for their rules as
  for one's own run (the dev sets' recent writers label them so), unless programmes are compared;
* a pain card carries the goal the asker states ("my knee hurts, I want bigger quads");
* otherwise, with no goal stated, the goal the card implies.
"""

from __future__ import annotations

from bot.coach import goal_words as gw
from bot.coach.cardbank import Card
from bot.coach.extract import ADULT_AGE, Details
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
        "soreness_doms",
    }
)
# What a word means, the bot's own commands, or not lifting at all.
NEVER = frozenset({"definition", "help"})
NEVER_CARDS = frozenset({"off_topic", "supplements_scope", "creatine_steroids", "steroids"})
MECHANICS_CARDS = frozenset({"lp_length"})  # how long linear progression lasts
# "reset twice, is LP over?": whether they are past the novice stage, so the LP alone isn't one.
LP_ENDING_CARDS = frozenset(
    {"lp_exhausted", "lp_length", "lp_done_strength", "lp_done_size", "lp_done_both"}
)
# Goal asks after all: a target RPE, a size stall, RP's size mesocycle.
GOAL_CARDS = frozenset({"rpe_targets", "size_plateau", "strength_primer", "rp_mesocycle", "rp_mrv"})
CHOOSING = frozenset({"strength_or_size"})  # "which should I do?": the asker's wish is the answer


def decide_goal(card: Card, d: Details, text: str = "", message: str = "") -> GoalLabel:
    """The goal label for one answered ask: `text` is its own normalised words, `message` the
    whole message's (a goal said anywhere in it counts when the ask itself says none)."""
    said = _said(text) or _said(message)
    if said == "both" and gw.AVOID_SIZE.search(message):
        said = "strength"  # "stronger, not big, more toned": the ask's looks word is no size wish
    ask, text = text, f"{text} {message}"
    if _no_goal(card, d, said, ask, text):
        return "none"
    training = training_goal(text) or _session_goal(card, text)  # the block they are in
    beginner = d.beginner or bool(gw.NEW_LIFTER.search(text))
    beginner = beginner and not gw.OWN_BLOCK.search(text)  # in their own block: past novice
    if card.topic == "safety":  # "knee hurts, meet in 3 weeks"; a new lifter's wish gains both
        goal = said or _stated(card, d) or training
        return "both" if goal and beginner and not d.injury else goal or "none"
    if card.id in LP_ENDING_CARDS and said:
        return said  # "LP is done, I want to get jacked": past the novice stage, their goal
    on_lp = said is None and card.id not in LP_ENDING_CARDS and _on_novice_lp(text, d)
    beginner = beginner or on_lp  # a goal they say outweighs the programme's label
    if card.id in CHOOSING:
        return said or ("both" if beginner else "none")  # novices get both (4.8)
    if (d.medical or d.injury) and not (said or _stated(card, d)):
        return training or "none"  # general advice only, and no goal of theirs to add
    if beginner and (card.goal != "none" or not gw.BEGINNERS_IN_GENERAL.search(text)):
        return "both"  # beginners gain both from the same training (COACHING 4.8)
    if d.medical or d.injury:
        return said or _stated(card, d) or training or "none"  # general advice, no goal of ours
    if _general_knowledge(card, d, said, text):
        return "none"  # a comparison, or a claim weighed
    mechanics = card.goal == "none" or card.topic in MECHANICS_TOPICS or card.id in MECHANICS_CARDS
    if mechanics and card.id not in GOAL_CARDS:
        return said or training or "none"
    return said or _stated(card, d) or training or card.goal


def _general_knowledge(card: Card, d: Details, said: GoalLabel | None, text: str) -> bool:
    """A comparison or a claim weighed with no goal said; or a claim weighed ("does the research
    say it matters for size?") with no wish of the asker's own: general knowledge, none."""
    weighed = gw.WHICH_OF.search(text) or gw.EVIDENCE.search(text)
    if said is None and ("compare_goals" in d.asked.wants or weighed):
        return True
    claim = gw.EVIDENCE.search(text) and not gw.OWN_WISH.search(text)
    return bool(claim and card.id not in GOAL_CARDS)


def _session_goal(card: Card, text: str) -> GoalLabel | None:
    """A session of heavy sets of 1–4 planned ("target 5x3 @8 at 150") and adjusted to how the
    first set felt: strength-block work (COACHING 4.2's S weeks), not a bare calculation."""
    heavy = card.topic == "autoregulation" and gw.HEAVY_SETS.search(text)
    return "strength" if heavy else None


def _no_goal(card: Card, d: Details, said: GoalLabel | None, ask: str, text: str) -> bool:
    """Asks that carry no training goal of the asker's: a word's meaning, the bot's help, a
    drug cycle, pain down a limb (a doctor first), someone else's training (their wish is not
    the asker's), or, with no goal said, a minor's training and the bulky fear alone ("will
    heavy lifting make me bulky?")."""
    if _never(card) or d.red_flag or gw.DRUGS.search(ask):
        return True
    if d.beginner:
        return False  # a new lifter's training is both (COACHING 4.8)
    if _someone_else(text) and not gw.OWN_WISH.search(text):
        return True  # "my wife wants toned arms": her wish, no goal of the asker's own
    if said is not None:
        return False
    minor = (d.age is not None and d.age < ADULT_AGE) or d.child_age is not None
    fear = gw.FEAR.search(text) and gw.OWN_FEAR.search(text)
    feared = card.topic == "bulky" and fear and not gw.REFUSED_SIZE.search(text)
    return bool((minor and d.wants is None) or feared)


def _said(text: str) -> GoalLabel | None:
    """The goal said, leaving out claims weighed and questions about people in general."""
    kept = gw.GENERAL_ASK.sub(" ", text)
    return said_goal(kept) or ("strength" if gw.LIFT_WISH.search(kept.lower()) else None)


def message_goal(cards: list[Card], goals: list[GoalLabel], message: str = "") -> GoalLabel:
    """The whole message's label from its asks' labels, in order: an ask that can carry none
    (off-topic, scope, the bot's help: "creatine? and sets for a wider back?") gives way to the
    next; asks that each name a different goal ("failure for size? and for strength?") compare
    the two, so the message states none."""
    labelled = [g for c, g in zip(cards, goals, strict=True) if not _aside(c)] or goals
    if {"strength", "hypertrophy"} <= set(labelled) and not gw.BOTH_WISH.search(message):
        return "none"
    return labelled[0]


def _aside(card: Card) -> bool:
    return card.topic == "help" or card.id in NEVER_CARDS


def _never(card: Card) -> bool:
    return card.topic in NEVER or card.id in NEVER_CARDS


def said_goal(text: str) -> GoalLabel | None:
    """The goal the asker plainly states as a goal ("for size", "I want a bigger bench")."""
    if gw.WANT_BOTH.search(text.lower()):
        return "both"
    kept = gw.PROGRAMME_NAME.sub(" ", gw.COMPARED.sub(" ", text.lower()))
    kept = gw.DISMISSED.sub(" ", gw.NOT_WANTED.sub(" ", kept))
    strength = bool(gw.STRENGTH_SAID.search(kept))
    size = bool(gw.SIZE_SAID.search(kept))
    if strength and size and gw.AVOID_SIZE.search(text.lower()):
        return "strength"  # "stronger but not big, more toned": looks without size
    if (strength and size) or gw.BOTH_WISH.search(kept):
        return "both"
    return "strength" if strength else "hypertrophy" if size else None


def training_goal(text: str) -> GoalLabel | None:
    """The goal of the training the asker says they are in: a meet or a strength block ahead →
    strength, a mesocycle of their own → hypertrophy (a programme's rules alone stay `none`)."""
    kept = gw.SHOW.sub(" ", text.lower())
    if gw.IN_STRENGTH_TRAINING.search(kept) or _on_strength_programme(kept):
        return "strength"
    if gw.OWN_HISTORY.search(kept) and gw.LOW_REP_SETS.search(kept):
        return "strength"  # their own sessions feeding a planned week of heavy triples
    if gw.MAIN_LIFT_STALL.search(kept) and not gw.IN_SIZE_TRAINING.search(kept):
        return "strength"  # "my bench has been stuck for 6 weeks": the number they want up
    size = gw.IN_SIZE_TRAINING.search(kept) or gw.ACCESSORY_STALL.search(kept)
    return "hypertrophy" if size else None


def _someone_else(text: str) -> bool:
    """The asker asks for someone else and says nothing of their own training."""
    return bool(gw.SOMEONE_ELSE.search(text) and not gw.ASKER_TRAINS.search(text))


def _on_strength_programme(text: str) -> bool:
    """An intermediate strength programme (5/3/1, Texas, Juggernaut) run or asked how to run:
    strength work, its rules as much as one's own run (a TM, a missed AMRAP); not a term's
    meaning asked by someone not on it, nor programmes weighed against each other."""
    mine = gw.OWN.search(text) or gw.OWN_RUN.search(text) or gw.OWN_NUMBERS.search(text)
    named = gw.STRENGTH_PROGRAMME.search(text) and (mine or not gw.TERM_ASKED.search(text))
    return bool(named and not _programmes_weighed(text))


def _programmes_weighed(text: str) -> bool:
    """Two programmes, or two versions of one (5/3/1 forever vs the original), weighed against
    each other: "the working max vs a 1RM" inside one programme weighs no programmes."""
    two = len({m.group() for m in gw.PROGRAMME.finditer(text)}) > 1 or gw.VERSIONS.search(text)
    return bool(two and gw.PROGRAMMES_COMPARED.search(text))


def _on_novice_lp(text: str, d: Details) -> bool:
    """A novice linear progression (SS, StrongLifts, GreySkull, GZCLP, "my LP") the asker runs
    or asks how to run: a beginner's programme, so a beginner's label (both), whether they ask
    about their own run or its rules; not when they are past it or weigh it against others."""
    if d.months is not None and d.months >= 12:
        return False
    lp = gw.NOVICE_LP.search(text) or gw.LP_RUN.search(text) or _failed_five_by_five(text)
    past = gw.PAST_LP.search(text) and not gw.LP_STARTED.search(text)
    weighed = _programmes_weighed(text) and not gw.ON_PROGRAMME.search(text)
    return bool(lp and not past and not weighed)  # "531 or gzclp?" weighs the two


def _failed_five_by_five(text: str) -> bool:
    """ "failed 5x5 at 100kg 3 sessions in a row": a 5x5 linear progression of their own (not
    Texas Method's Monday, which is an intermediate's)."""
    five = gw.FIVE_BY_FIVE.search(text) and gw.FAILED.search(text)
    return bool(five and not gw.STRENGTH_PROGRAMME.search(text))


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
