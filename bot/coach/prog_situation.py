"""The asker's programme situation (level, resets, days, weeks out) and the card that applies the
rule to it (COACHING 4.1, 4.3 S1/S3, 4.5): "am I intermediate now?" answered for their lifts,
an advanced lifter's block sequence rather than the intermediate one, a check-in with two fatigue
signs as the deload rule rather than "soreness is normal".

Pure domain code, used by refine.py (which card) and calculators.py (the verdict line).
"""

from __future__ import annotations

import re

from bot.coach.cardbank import Bank, Card
from bot.coach.extract import Details
from bot.units import Unit

LP_WINDOW_WEEKS = 12  # two resets inside this many weeks use a lift's LP up (4.3 S1)
INTERMEDIATE_MONTHS, ADVANCED_MONTHS = 6, 24  # 4.1: novice < 6, intermediate 6–24, advanced > 24
_ADVANCED = re.compile(r"\badvanced\b")
_INTERMEDIATE = re.compile(r"\bintermediate\b")
_YEARS = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*\+?\s*(?:yrs?|years?)\b")
_LIFTS = {
    "squat": r"squats?",
    "bench": r"bench(?:ing)?",
    "deadlift": r"deadlifts?|dl|dead",
    "press": r"ohp|overhead press|press",
    "row": r"rows?",
}
_TWICE_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:twice|2x|2 times|two times|(?:two|2) resets)\b")
_TWICE_ON = re.compile(r"\b(?:reset\w*|failed) (?:twice|2x|2 times|two times) (?:on|for|with) ")
_WEEKS_IN = re.compile(r"\b(?:in|within|over) (?:the )?(?:last |past )?(?P<n>\d+) ?(?:weeks?|wks?)")
_CLAUSE = re.compile(r"[,;.!?]|\band\b|\bbut\b")
SEQUENCE_CARDS = frozenset({"block_sequence", "hypertrophy_block", "which_first", "periodisation"})
LP_DONE = frozenset({"lp_done_strength", "lp_done_size", "lp_done_both", "lp_exhausted"})
SIZE_PLAN = frozenset({"reps_size", "frequency_size", "volume_size", "split_choice", "ppl_split"})
# A situated card already answers its family: a second card of it would say it again or
# contradict it ("…and what next?" read without the goal).
SITUATED_CLASHES: dict[str, frozenset[str]] = {
    **{card: LP_DONE | SEQUENCE_CARDS for card in LP_DONE},
    "split_arms": SIZE_PLAN,
    "fatigue_checkin": frozenset({"doms", "injury", "bad_day", "rpe_targets", "autoregulation"}),
}
GOAL_KEY = {"strength": "strength", "hypertrophy": "size", "both": "both"}


def level(d: Details, text: str) -> str | None:
    """novice / intermediate / advanced from the words said, else from the years trained."""
    if _ADVANCED.search(text):
        return "advanced"
    if _INTERMEDIATE.search(text):
        return "intermediate"
    if d.beginner:
        return "novice"
    months = d.months
    if months is None and (m := _YEARS.search(text)):
        months = int(float(m["n"]) * 12)
    if months is None:
        return None
    if months > ADVANCED_MONTHS:
        return "advanced"
    return "intermediate" if months >= INTERMEDIATE_MONTHS else "novice"


def reset_lifts(text: str) -> list[str]:
    """The lifts said to have reset twice, in order: each lift's words up to the next lift
    ("squat reset twice in 10 weeks bench twice too dl still moving"), or the lifts a "reset
    twice on" names ("reset twice on squat and bench")."""
    found = sorted(
        (m.start(), m.end(), lift)
        for lift, words in _LIFTS.items()
        for m in re.finditer(rf"\b(?:{words})\b", text)
    )
    lifts: list[str] = []
    for i, (_, end, lift) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        if _TWICE_AFTER.search(text[end:stop]) and lift not in lifts:
            lifts.append(lift)
    on = _TWICE_ON.search(text)
    for start, _, lift in found:
        if on and on.end() <= start < on.end() + 40 and lift not in lifts:
            lifts.append(lift)
    return lifts


def lp_verdict_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Whether this lifter's LP is used up: 2 resets inside 12 weeks on a lift, on 2 main lifts."""
    lifts = reset_lifts(d.text)
    if not lifts or "reset" not in d.text:
        return None
    weeks = _WEEKS_IN.search(d.text)
    named = " and ".join(lifts)
    if weeks and int(weeks["n"]) > LP_WINDOW_WEEKS:
        return (
            f"Two resets over {weeks['n']} weeks is slower than the rule's 12: your LP isn't "
            "used up yet — keep going."
        )
    within = f"within {weeks['n']} weeks" if weeks else "inside 12 weeks"
    if len(lifts) >= 2:
        return (
            f"Yes: {named} have each reset twice {within}, so linear progression is done on two "
            "main lifts — you're an intermediate now. No more resets."
        )
    return (
        f"Only your {named} has reset twice {within}: LP is done on that lift, not yet on the "
        "rest — keep them on LP, and move on once a second main lift gets there."
    )


def situated(bank: Bank, card: Card, d: Details, wanted: str | None, text: str) -> Card | None:
    """The card that applies the ranker's rule to what the asker said about themselves."""
    for route in (_sequence, _checkin, _routed):
        found = route(card, d, wanted, text)
        if found and (chosen := bank.get(found)) is not None:
            return chosen
    return None


def _sequence(card: Card, d: Details, wanted: str | None, text: str) -> str | None:
    """LP used up → the intermediate sequence for the goal; an advanced or intermediate lifter
    asking for a block order → their level's sequence; an advanced meet → leader, leader, anchor."""
    goal = GOAL_KEY.get(wanted or "")
    if card.id == "lp_exhausted" and len(reset_lifts(text)) >= 2:
        return f"lp_done_{goal or 'both'}"
    lvl = level(d, text)
    if card.id == "meet_prep" and lvl == "advanced":
        return "meet_advanced"
    if card.id not in SEQUENCE_CARDS or goal is None or lvl not in ("intermediate", "advanced"):
        return None
    if card.id == "which_first" and not _SEQUENCE_ASKED.search(text):
        return None
    if goal == "both":
        return "seq_both"
    return f"seq_{lvl[:3]}_{goal}"


_SEQUENCE_ASKED = re.compile(r"\b(sequence|order|blocks?|mesos?|mesocycles?|periodi[sz]\w*)\b")
_POOR_SLEEP = re.compile(
    r"\b(slept (like )?(crap|badly|bad|poorly|terribly|awful\w*)|poor sleep"
    r"|bad sleep|(barely|hardly|not) sleep\w*|insomnia|sleep (is|was|has been)"
    r" (bad|awful|crap|terrible))"
)
_JOINT = re.compile(
    r"\b(elbows?|knees?|shoulders?|wrists?|hips?|joints?)\b[^.,;]*\b(ache|aches"
    r"|aching|achy|hurts?|sore|pain\w*)\b|\b(achy|aching|sore) (elbows?|knees?"
    r"|shoulders?|wrists?|joints?)\b"
)
_LONG_SORE = re.compile(
    r"\bsore\w*\b[^.,;]*\b([4-9]|four|five|six) days\b|\bsore\w* (for|after)"
    r" (more than|over) (3|three) days|\bstill sore\b"
)
_LOW_DRIVE = re.compile(
    r"\b(no|zero|low|lost (my|all)?) ?(motivation|drive|desire)\b"
    r"|\bunmotivated\b|\bdread\w*\b"
)
FATIGUE_SIGNS = (_POOR_SLEEP, _JOINT, _LONG_SORE, _LOW_DRIVE)
CHECKIN_CARDS = frozenset(
    {"doms", "injury", "fatigue_signs", "deload_when", "bad_day", "pain_swap"}
)


def fatigue_signs(text: str) -> int:
    """How many of S3(c)'s four check-in signs the message reports."""
    return sum(bool(sign.search(text)) for sign in FATIGUE_SIGNS)


def _checkin(card: Card, d: Details, wanted: str | None, text: str) -> str | None:
    """Two or more check-in signs are the fatigue flag: deload now, not 'soreness is normal'."""
    if card.id in CHECKIN_CARDS and fatigue_signs(text) >= 2:
        return "fatigue_checkin"
    return None


FREQUENCY_CARDS = frozenset({"frequency_strength", "frequency_size", "days_per_week"})
_TWO_DAYS = re.compile(
    r"\b(2|two) (gym |training |lifting )?(days?|sessions?)( a| per)? ?(week|wk)\b"
)
_REST = re.compile(r"\brest\w*\b")
_DUMBBELLS = re.compile(r"\b(dumbbells?|dbs?|db only|adjustable)\b")
_MACHINE_PLAN = re.compile(r"\b(machine|machines|circuit)\b")
_BARBELL = re.compile(r"\b(barbell|3x5|5x5|free weights?)\b")
_CARRY = re.compile(
    r"\b(carry|carries|carried|transfer\w*|keep)\b[^.?]*\be1rm|\be1rm\b[^.?]*\bcarr"
)
_ARMS = re.compile(
    r"\b(arms?|biceps|triceps|bis|tris)\b[^.?]*\b(extra|more|additional|own)\b"
    r"|\b(extra|more|additional)\b[^.?]*\b(arms?|biceps|triceps)\b"
)


def _routed(card: Card, d: Details, wanted: str | None, text: str) -> str | None:
    """A neighbour card that answers the asker's own case (their equipment, days, block)."""
    if card.id in ("lift_tiers", "rest_general", "rest_strength") and "block" in text:
        return "block_rest" if _REST.search(text) else None
    if card.id == "progressive_overload" and _DUMBBELLS.search(text) and not d.beginner:
        return "dumbbell_progress"
    if card.id == "machines_free" and d.beginner and _MACHINE_PLAN.search(text):
        return "beginner_barbell" if _BARBELL.search(text) else None
    if card.id in ("which_first", "rpe_targets") and _CARRY.search(text):
        return "block_first_week"
    if card.id in FREQUENCY_CARDS and _TWO_DAYS.search(text):
        return "two_days_week"  # "2 gym days a week, what does a week look like"
    if card.id in ("frequency_size", "split_choice", "ppl_split", "days_per_week", "volume_size"):
        return "split_arms" if _ARMS.search(text) else None
    return None


ADVANCED_PEAK_WEEKS = 15  # H(4+1) → H(4+1) → S(4+1), leader, leader, anchor (4.5)
_WEEKS_OUT = re.compile(
    r"\b(?P<n>\d+) ?(?:weeks?|wks?) (?:from now|out|away|to go|till|until|before)"
    r"|\bin (?P<m>\d+) ?(?:weeks?|wks?)\b"
)


def meet_blocks_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The advanced peak laid on the asker's calendar, counted back from meet day."""
    m = _WEEKS_OUT.search(d.text)
    if m is None:
        return None
    weeks = int(m["n"] or m["m"])
    spare = weeks - ADVANCED_PEAK_WEEKS
    if spare < 0 or spare > 4:
        return None
    lead = f"weeks 1–{spare}: easy lead-in at about RPE 7; " if spare > 1 else ""
    lead = "week 1: an easy lead-in at about RPE 7; " if spare == 1 else lead
    s = spare + 1
    return (
        f"{weeks} weeks out: {lead}weeks {s}–{s + 4} H 4+1, {s + 5}–{s + 9} H 4+1, "
        f"{s + 10}–{s + 14} S 4+1, with week {weeks} — its test week — on meet day."
    )


SIGN_NAMES = ("poor sleep", "an aching joint", "soreness past 72 h", "low motivation")


def fatigue_count_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Name the check-in signs the asker reported: two or more of four is the fatigue flag."""
    said = [
        name for name, sign in zip(SIGN_NAMES, FATIGUE_SIGNS, strict=True) if sign.search(d.text)
    ]
    if len(said) < 2:
        return None
    listed = ", ".join(said[:-1]) + f" and {said[-1]}"
    return f"{listed[:1].upper()}{listed[1:]}: {len(said)} of the 4 fatigue signs — deload now."
