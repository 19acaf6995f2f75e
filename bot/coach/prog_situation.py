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
from bot.coach.loads import plates
from bot.units import Unit, fmt_number

# "stalled 3 times on squat at 120": that lift's third strike, so its reset load is asked too
THIRD_STALL = re.compile(
    r"\b(?:(?P<lift0>squat|bench|deadlift|ohp|press) )?(?:stall|fail|miss)\w* (?:3|three) times"
    r" (?:on |in )?(?:my |the )?(?P<lift>[a-z]+)? ?"
    r"(?:at|with) (?P<n>\d{2,4}(?:\.\d+)?)\b"
)

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
# "twice", "3 resets in 10 weeks", "reset three times": two resets or more
_TWICE_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:twice|thrice|[2-5]x|(?:[2-5]|two|three|four|five) (?:times|resets))\b"
)
_LP_OVER = re.compile(
    r"\b(lp|linear progression|novice (gains|phase|program\w*))\b[^.?]*\b(done|over|finished"
    r"|exhausted|used up|stalled out)\b"
)
_TWO_LIFTS = re.compile(r"\b(?:two|2|both|all|my) (?:main |big |of my )?lifts\b")
_JOINED = re.compile(r"^\W*(?:and|&|\+|or|,)?\W*(?:my\W+)?$")
_TWICE_ON = re.compile(r"\b(?:reset\w*|failed) (?:twice|2x|2 times|two times) (?:on|for|with) ")
_WEEKS_IN = re.compile(
    r"\b(?:in|within|over) (?:the )?(?:last |past )?(?P<n>\d+) ?(?P<unit>weeks?|wks?|months?)"
)
WEEKS_A_MONTH = 4.35
_CLAUSE = re.compile(r"[,;.!?]|\band\b|\bbut\b")
SEQUENCE_CARDS = frozenset(
    {"block_sequence", "hypertrophy_block", "which_first", "periodisation", "strength_block_order"}
    | {"seq_int_strength", "seq_int_size", "seq_adv_strength", "seq_adv_size", "seq_both"}
)  # a level's sequence read by the ranker is re-read for the asker's own level and goal
LP_DONE = frozenset({"lp_done_strength", "lp_done_size", "lp_done_both", "lp_exhausted"})
SPLIT_PLANS = frozenset(
    {
        "frequency_size",
        "split_choice",
        "split_size_days",
        "ppl_split",
        "days_per_week",
        "volume_size",
    }
)
SIZE_PLAN = frozenset({"reps_size", "frequency_size", "volume_size", "split_choice", "ppl_split"})
# A situated card already answers its family: a second card of it would say it again or
# contradict it ("…and what next?" read without the goal).
SITUATED_CLASHES: dict[str, frozenset[str]] = {
    **{card: LP_DONE | SEQUENCE_CARDS for card in LP_DONE},
    "split_arms": SIZE_PLAN,
    "size_week_setup": SIZE_PLAN | {"women_glutes", "days_per_week", "volume_general"},
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
    ("squat reset twice in 10 weeks bench twice too dl still moving"), a lift joined to the next
    ("squat and bench both reset twice"), or the lifts a "reset twice on" names."""
    found = sorted(
        (m.start(), m.end(), lift)
        for lift, words in _LIFTS.items()
        for m in re.finditer(rf"\b(?:{words})\b", text)
    )
    twice = [False] * len(found)
    for i in range(len(found) - 1, -1, -1):  # backwards: a joined lift shares the next one's
        end = found[i][1]
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        joined = i + 1 < len(found) and twice[i + 1] and _JOINED.match(text[end:stop])
        twice[i] = bool(joined or _TWICE_AFTER.search(text[end:stop]))
    on = _TWICE_ON.search(text)
    lifts: list[str] = []
    for (start, _, lift), said in zip(found, twice, strict=True):
        named = on is not None and on.end() <= start < on.end() + 40
        if (said or named) and lift not in lifts:
            lifts.append(lift)
    return lifts


def exhausted(text: str) -> tuple[list[str], int]:
    """The lifts named as reset twice and how many lifts that is ("two lifts reset twice": 2)."""
    lifts = reset_lifts(text)
    two = _TWO_LIFTS.search(text)
    unnamed = two is not None and _TWICE_AFTER.search(text[two.end() :]) is not None
    return lifts, max(len(lifts), 2 if unnamed else 0)


def lp_verdict_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Whether this lifter's LP is used up: 2 resets inside 12 weeks on a lift, on 2 main lifts."""
    lifts, count = exhausted(d.text)
    if not count or "reset" not in d.text:
        return None
    window = _WEEKS_IN.search(d.text)
    span = f"{window['n']} {window['unit'].replace('wk', 'week')}" if window else "12 weeks"
    weeks = (
        0.0
        if window is None
        else float(window["n"]) * (WEEKS_A_MONTH if "month" in window["unit"] else 1)
    )
    named = " and ".join(lifts) if len(lifts) >= 2 or count < 2 else "two main lifts"
    return _verdict(named, count, span, weeks, window is not None) + _third_reset(d.text, unit)


def _third_reset(text: str, unit: Unit) -> str:
    """The third stall's reset load (S1: 90%, rounded down), said beside the LP verdict."""
    if not (m := THIRD_STALL.search(text)):
        return ""
    load, lift = float(m["n"]), m["lift"] or m["lift0"] or "lift"
    reset, shown = plates(load * 0.9, unit, "down"), f"{fmt_number(load)} {unit}".rstrip()
    return (
        f" Your {lift}'s third stall at {shown} is a reset: 90% rounded down"
        f" → {reset}, and that counts toward its LP resets."
    )


def _verdict(named: str, count: int, span: str, weeks: float, windowed: bool) -> str:
    """The LP-used-up verdict from the number of exhausted lifts and the window given."""
    if weeks > LP_WINDOW_WEEKS + 1:
        return (
            f"Two resets over {span} is slower than the rule's 12 weeks: your LP isn't used up "
            "yet — keep going."
        )
    within = f"within {span}" if windowed else "inside 12 weeks"
    if count >= 2:
        return (
            f"Yes: {named} have each reset twice {within}, so linear progression is done"
            " on two main lifts — you're an intermediate now. No more resets."
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
    if card.id in LP_DONE | {"experience_levels"}:  # "reset twice on two lifts: intermediate?"
        said_done = card.id.startswith("lp_done") and _LP_OVER.search(text)  # "lp is done for me"
        if exhausted(text)[1] >= 2 or said_done:
            return f"lp_done_{goal or 'both'}"
        return "lp_exhausted" if card.id in LP_DONE else None
    lvl = level(d, text)
    if card.id == "meet_prep" and lvl == "advanced":
        return "meet_advanced"
    if card.id not in SEQUENCE_CARDS or goal is None or lvl not in ("intermediate", "advanced"):
        return None
    if card.id in BLOCK_FIRST and not _SEQUENCE_ASKED.search(text):
        return None
    if goal == "both":
        return "seq_both"
    return f"seq_{lvl[:3]}_{goal}"


BLOCK_FIRST = frozenset({"which_first", "periodisation", "strength_block_order"})
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
_OTHER_TEMPLATE = re.compile(
    r"\b(nsuns|or something else|which (is )?better|better for (size|that))\b"
)
_SIZE = re.compile(r"\b(size|hypertrophy|muscle|bigger|mass|jacked|grow\w*)\b")
SIZE_WEEK = frozenset({"split_choice", "days_per_week", "women_glutes", "frequency_size"})
_SETS_ASKED = re.compile(r"\bhow many (hard |weekly )?sets\b")
_WEEK_ASKED = re.compile(r"\b(set ?up|structure|lay ?out|plan|organi[sz]e)\b[^.?]*\bweek\b")
_PROGRESS = re.compile(r"\b(progress\w*|add(ing)? (weight|plates?|load)|heavier|overload)\b")
_STEP = re.compile(r"\bhow (?:much|big|many kg)\b[^.?]*\b(add|go up|jump|increase|step|heavier)\w*")
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
    for_size = wanted == "hypertrophy" or bool(_SIZE.search(text))
    dumbbells = bool(_DUMBBELLS.search(text) and _PROGRESS.search(text)) and for_size
    dumbbells = dumbbells and not d.beginner
    if card.id in ("progressive_overload", "home_training") and dumbbells:
        return "dumbbell_progress"
    step = _DUMBBELLS.search(text) and _STEP.search(text) and not for_size
    if card.id in ("progressive_overload", "home_training") and step:
        return "double_progression_step"  # "dumbbells, how much do I add": the 2 kg step
    if card.id == "dumbbell_progress" and not dumbbells:
        return "home_training"  # dumbbells at home in general, no size asker
    if card.id == "machines_free" and d.beginner and _MACHINE_PLAN.search(text):
        return "beginner_barbell" if _BARBELL.search(text) else None
    if card.id in ("which_first", "rpe_targets") and _CARRY.search(text):
        return "block_first_week"
    template = for_size and wanted != "strength" and bool(_OTHER_TEMPLATE.search(text))
    if card.program == "531" and card.id != "programme_for_size" and template:
        return "programme_for_size"  # "bbb or nsuns for size?"
    if card.id == "programme_for_size" and not template:
        return "w531_bbb"  # supplemental volume in general, not the size verdict
    week_sets = _SETS_ASKED.search(text) and _WEEK_ASKED.search(text)
    if card.id in SIZE_WEEK and wanted == "hypertrophy" and week_sets:
        return "size_week_setup"
    if card.id == "size_week_setup" and not week_sets:
        return "volume_size"  # sets alone, no week to set up
    if card.id in FREQUENCY_CARDS and _TWO_DAYS.search(text):
        return "two_days_week"  # "2 gym days a week, what does a week look like"
    if card.id in SPLIT_PLANS:
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


STRENGTH_WEEKS, SIZE_WEEKS = 5, 6  # S(4 + test week), H(5 + deload): COACHING 4.2


def meet_plan_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The meet plan laid on the asker's own countdown: the strength block's test week on meet
    day, the weeks before it size work (a full size block only when 11 or more are left)."""
    m = _WEEKS_OUT.search(d.text)
    if m is None or d.injury == "current":  # hurting now: the pain rule first, no block plan
        return None
    weeks = int(m["n"] or m["m"])
    if not 2 <= weeks <= 30:
        return None
    if weeks < STRENGTH_WEEKS:  # too close for a whole block: its last weeks only
        plural = "s" if weeks > 2 else ""
        return (
            f"{weeks} weeks out: too late for a whole strength block — run its last {weeks - 1}"
            f" week{plural} (ending 4×2 @ 8.5, a single @ 8.5) and test on meet day."
        )
    start = weeks - STRENGTH_WEEKS + 1
    return (
        f"{weeks} weeks out: {_size_lead(start - 1)}weeks {start}–{weeks - 1}: the strength"
        f" block (4×4 @ 7.5, 5×3 @ 8, 4×2 @ 8.5, a single @ 8.5); week {weeks}, its test week, is"
        " meet day."
    )


def _size_lead(weeks: int) -> str:
    """The weeks before the strength block: a size block when they hold one, else size work."""
    if weeks <= 0:
        return ""
    if weeks >= SIZE_WEEKS:
        more = ", then more size work" if weeks > SIZE_WEEKS else ""
        return f"weeks 1–{weeks}: a size block (5 weeks + a deload{more}); "
    span = f"weeks 1–{weeks}" if weeks > 1 else "week 1"
    return f"{span}: size work (too short for a whole size block); "


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
