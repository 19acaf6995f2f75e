"""Figures a question carries the numbers for and no card works out itself (COACHING Parts 2–4):
plates per side for a bar load, GZCLP's T2 start, an N-rep max or a %-single from a max.

Each returns one line, or None when the question doesn't ask for it or its numbers aren't all
there; `asked_calcs` runs them with the rest of the asked-for calculators.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from bot.coach import vocabulary as v
from bot.coach.asked import read_asked
from bot.coach.asked_words import FORMULA_NAMES
from bot.coach.extract import Details
from bot.coach.layoff_calcs import lift_numbers
from bot.coach.loads import TM_FACTOR, TM_FOREVER, plates, set_estimate
from bot.coach.rule_calcs import weeks_of_531
from bot.coach.session_calcs import ACROSS_SESSIONS
from bot.coach.stall_calcs import lp_step
from bot.programming.rts import rts_percent
from bot.training.plates import DEFAULTS, describe, load_plates
from bot.units import Unit, fmt_number, to_kg

_LOAD = r"(?P<n>\d{2,3}(?:\.\d+)?)"
PLATES_ASKED = re.compile(
    r"\b(?:plates?|pl8s?) (?:per|a|each|on each|for each) side\b|\b(?:per|each|a) side\b"
    r"|\b(?:what|which|how many) plates\b|\bplates? (?:do i|to) (?:need|put|load)"
    r"|\bplates? for (?:a |my )?\d|\bplate math\b|\bload the bar\b"
    r"|\bput on (?:the|each|my) side\b|\bput on (?:the|my) bar\b(?! for (?:the )?\d)"  # not loads
)
BAR_LOAD = re.compile(r"\b" + _LOAD + r" ?(?P<unit>kg|lb)?\b(?! ?(?:x|reps?|%|sets?|rm|bar\b))")
GZCLP_T2 = re.compile(r"\b(?:t2|tier 2)\b")
T1_LOAD = re.compile(r"\b(?:t1|tier 1)(?: \w+)?(?: is| at| of| =| was)? " + _LOAD + r"\b")
REP_MAX_SAID = re.compile(
    r"\b(?P<reps>[1-9]|1[0-2]) ?rm(?: \w+)?(?: is| was| of| =| at)?(?: around| about| like| ~)?"
    r" (?P<load>\d{2,4}(?:\.\d+)?)\b"
)
STEP_UP: dict[str, float] = {"kg": 2.5, "lb": 5.0}  # an upper-body jump; lower body is twice it
T2_RPE = 8.0  # "moderate": 3×10 with about 2 reps left, Spotter's T2-style loading (4.2)
T2_REPS = 10
T1_OF_5RM = 0.85
FIVE_RM_PCT = 86.3  # 5 reps @ RPE 10 on the RTS chart


def plates_per_side(d: Details, known: float | None, unit: Unit) -> str | None:
    """'how many plates per side for 140 kg?': the fewest plates on a 20 kg (45 lb) bar."""
    if not PLATES_ASKED.search(d.text):
        return None
    m = next((b for b in BAR_LOAD.finditer(d.text) if float(b["n"]) != d.bodyweight), None)
    if m is None:
        return None  # "29m, 78kg": the asker's weight is no bar load
    used: Unit = "lb" if m["unit"] == "lb" or (m["unit"] is None and unit == "lb") else "kg"
    setup = DEFAULTS[used]
    load = float(m["n"])
    if load < setup.bar:
        return None
    loading = load_plates(load, setup)
    bar = f"{fmt_number(setup.bar)} {used} bar"
    if loading.exact:
        return f"{fmt_number(load)} {used} on a {bar}: {describe(loading)}."
    return (
        f"{fmt_number(load)} {used} can't be made exactly on a {bar}; nearest"
        f" {fmt_number(loading.load)} {used}: {describe(loading)}."
    )


def _max_for_t2(d: Details, known: float | None, unit: Unit) -> tuple[float, str] | None:
    """The e1RM a T2 load comes from, and where it came from."""
    if d.one_rm:
        return d.one_rm, f"a 1RM of {fmt_number(d.one_rm)} {unit}"
    if rm := REP_MAX_SAID.search(d.text):
        reps, load = int(rm["reps"]), float(rm["load"])
        top = load / (rts_percent(reps, 10.0) / 100)
        return top, f"a {reps}RM of {fmt_number(load)} {unit} (e1RM ≈ {fmt_number(top)} {unit})"
    if t1 := T1_LOAD.search(d.text):
        load = float(t1["n"])
        top = load / T1_OF_5RM / (FIVE_RM_PCT / 100)
        return top, (
            f"a T1 of {fmt_number(load)} {unit} (85% of a 5RM → e1RM ≈ {fmt_number(top)} {unit})"
        )
    if d.sets and (est := set_estimate(d.sets[0].load, d.sets[0].reps, d.sets[0].rpe)):
        return est, f"an e1RM of {fmt_number(round(est, 1))} {unit}"
    return (known, f"your e1RM of {fmt_number(known)} {unit}") if known else None


def gzclp_t2(d: Details, known: float | None, unit: Unit) -> str | None:
    """GZCLP T2 start: 3×10 at a moderate load (about 2 reps left = 68.0% of e1RM), and its
    jumps (+5 lb / 2.5 kg upper, +10 lb / 5 kg lower per success, some halve them)."""
    if d.program != "gzclp" or not GZCLP_T2.search(d.text):
        return None
    base = _max_for_t2(d, known, unit)
    if base is None:
        return None
    top, said = base
    pct = rts_percent(T2_REPS, T2_RPE)
    lower = d.lift in ("squat", "deadlift")
    step = (
        ("5 kg (10 lb)" if lower else "2.5 kg (5 lb)")
        if unit == "kg"
        else ("10 lb" if lower else "5 lb")
    )
    return (
        f"T2 start from {said}: 3×10 with about 2 reps left = {pct}% →"
        f" {plates(top * pct / 100, unit)}; add {step} each time you make all 3×10."
    )


RM_ASKED = re.compile(
    r"\b(?:what(?:'s| is| would)?|my|a|est\w*)(?: \w+){0,2}? (?P<r>[2-9]|1[0-2]) ?rm\b"
    r"(?! ?(?:is|was|of|=|at)? ?\d)"
)


def rep_max_from_max(d: Details, known: float | None, unit: Unit) -> str | None:
    """'what would a 3rm be if my 1rm is 180?': N reps @ RPE 10 on the RTS chart."""
    m = RM_ASKED.search(d.text)
    top = d.one_rm or known
    if m is None or top is None:
        return None
    reps = int(m["r"])
    pct = rts_percent(reps, 10.0)
    return (
        f"A {reps}RM is {reps} reps @ RPE 10 = {pct}% of your 1RM → {fmt_number(top)} × {pct}%"
        f" ≈ {plates(top * pct / 100, unit)} (a chart estimate: people vary)."
    )


_NAMED = {"single": 1, "double": 2, "triple": 3}
PLANNED = re.compile(
    r"\b(?:an? |the )?(?P<what>singles?|doubles?|triples?|\d{1,2}s?(?: reps?)?)"
    r" (?:(?:at |@ )?rpe ?|at )(?P<rpe>\d(?:\.5)?|10)\b(?! ?(?:kg|lb|%|x|\.\d))"
)


def planned_from_set(d: Details, known: float | None, unit: Unit) -> str | None:
    """'315x3 @9 … what would a single @9 be and a 5 @8?': each planned set from the set's
    e1RM (RTS chart), when two or more are asked (one is the rts_load line's)."""
    if not d.sets or d.sets[0].rpe is None:
        return None
    s = d.sets[0]
    top = set_estimate(s.load, s.reps, s.rpe)
    plans = []
    for m in PLANNED.finditer(d.text):
        what = m["what"].rstrip("s").split()[0]
        reps = _NAMED.get(what) or int(what.rstrip("s"))
        rpe = float(m["rpe"])
        if (reps, rpe) != (s.reps, s.rpe) and 1 <= reps <= 12 and 6.5 <= rpe <= 10:
            plans.append((reps, rpe))
    plans = list(dict.fromkeys(plans))
    if top is None or len(plans) < 2:
        return None
    parts = [
        f"{reps} @ {fmt_number(rpe)} = {rts_percent(reps, rpe)}% →"
        f" {plates(top * rts_percent(reps, rpe) / 100, unit)}"
        for reps, rpe in plans
    ]
    return f"From that e1RM of {fmt_number(round(top, 1))} {unit}: " + "; ".join(parts) + "."


def amrap_progress(d: Details, known: float | None, unit: Unit) -> str | None:
    """Juggernaut working-max change and the GreySkull double jump."""
    a = d.asked
    lower = d.lift in ("squat", "deadlift")
    standard = a.standard or (a.wave if a.wave in (10, 8, 5, 3) else None)
    if d.program == "juggernaut" and (each := _juggernaut_each(d, unit)):
        return each
    if d.program == "juggernaut" and standard is not None and a.got_reps is not None:
        return _juggernaut(d, a.got_reps, standard, unit)
    said = lift_numbers(d.text)  # "bench 135 and the amrap i only got 4": the set's load
    if d.program == "greyskull" and not d.load and said:
        d = replace(d, load=said[0][1])
    if d.program == "greyskull" and a.got_reps is not None and d.load and a.got_reps < 5:
        reset = plates(d.load * 0.9, unit, "down")
        return (
            f"AMRAP {a.got_reps} at {fmt_number(d.load)} {unit} is under 5: a failed session."
            f" GreySkull's rule: next session at 90% → {reset} (Spotter's own plans repeat the"
            " weight twice first and reset on the third miss)."
        )
    if d.program == "greyskull" and a.got_reps is not None and d.load:
        step = lp_step(d.lift, unit, d.text)[0] or STEP_UP[unit] * (2 if lower else 1)
        jump = step * (2 if a.got_reps >= 10 else 1)
        kind = "double jump" if a.got_reps >= 10 else "normal jump"
        after = fmt_number(d.load + jump)
        why = " (an AMRAP of 10+ doubles the step)" if a.got_reps >= 10 else ""
        return f"{a.got_reps} reps at {fmt_number(d.load)} {unit}: {kind} → {after} {unit}{why}."
    return amrap_fails(d, unit)


def amrap_fails(d: Details, unit: Unit) -> str | None:
    """'AMRAP 4, 4, 3 three sessions straight at 70': each AMRAP under 5 is a failed session,
    so the linear rule counts them — the third in a row resets to 90%, rounded down."""
    reps = d.asked.rep_list
    if d.load is None or "amrap" not in d.text or not ACROSS_SESSIONS.search(d.text):
        return None
    if len(reps) < 2 or max(reps) >= 5:
        return None
    said = ", ".join(str(r) for r in reps)
    load = f"{fmt_number(d.load)} {unit}"
    if len(reps) >= 3:
        reset = plates(d.load * 0.9, unit, "down")
        return (
            f"AMRAPs of {said} at {load}: each is under 5, so each is a failed session — three in a"
            f" row is a stall: reset to 90% (rounded down) → {reset}, then build back up."
        )
    return (
        f"AMRAPs of {said} at {load}: two failed sessions in a row (under 5) — repeat {load}"
        " with half the jump; a third miss resets to 90%."
    )


def _juggernaut_each(d: Details, unit: Unit) -> str | None:
    """'squat … 15 reps, bench 8s wave got 8': each lift its own wave, reps and increment."""
    starts = sorted((m.start(), lift) for lift, rx in v.LIFTS for m in rx.finditer(d.text))
    if len({lift for _, lift in starts}) < 2:
        return None
    lines = []
    for (at, lift), (end, _) in zip(starts, [*starts[1:], (len(d.text), "")], strict=True):
        part = d.text[at:end]
        a = read_asked(part)
        standard = a.standard or (a.wave if a.wave in (10, 8, 5, 3) else None)
        if standard is None or a.got_reps is None:
            continue
        own = d.one_rm if d.one_rm and fmt_number(d.one_rm) in part else None
        one = replace(d, lift=lift, asked=a, one_rm=own)
        name = lift.replace("_", " ").capitalize()
        lines.append(f"{name}: " + _juggernaut(one, a.got_reps, standard, unit))
    return " ".join(lines) if len(lines) > 1 else None


def _juggernaut(d: Details, got: int, standard: int, unit: Unit) -> str:
    """WM += (reps − standard) × 2.5 lb upper / 5 lb lower; a kg WM takes the converted step."""
    over = got - standard
    head = f"{got} reps vs the {standard}s wave's standard of {standard}: ({over:+d}) ×"
    sign = "+" if over >= 0 else "−"
    if d.lift is None:  # the lift is not said here: both of Juggernaut's increments
        return (
            f"{head} 5 lb on squat or deadlift → working max {sign}{abs(over * 5):g} lb; × 2.5 lb"
            f" on bench or press → {sign}{abs(over * 2.5):g} lb."
        )
    per = 5.0 if d.lift in ("squat", "deadlift") else 2.5
    wm = d.asked.working_max or (round(d.one_rm * 0.9, 1) if d.one_rm else None)  # 90% of 1RM
    kg = d.unit == "kg"
    step = round(to_kg(over * per, "lb"), 1) if kg else over * per
    new = f" (≈ {sign}{abs(step):g} kg)" if kg else ""
    if wm:
        new += f" → {fmt_number(wm)} {sign} {abs(step):g} = {fmt_number(wm + step)} {unit}"
    line = f"{head} {fmt_number(per)} lb → working max {sign}{abs(over * per):g} lb{new}."
    if wm and not d.asked.working_max and d.one_rm:  # the WM itself: 90% of the stated 1RM
        shown = f"{fmt_number(d.one_rm)} = {fmt_number(wm)} {unit}"
        line = f"Working max = 90% of your 1RM {shown}. {line}"
    if wm and (other := WHAT_IF_GOT.search(d.text)) and int(other["n"]) != got:
        change = (int(other["n"]) - standard) * per
        change = round(to_kg(change, "lb"), 1) if kg else change  # "and what if I'd got 7?"
        sign = "+" if change >= 0 else "−"
        line += (
            f" With {other['n']}: {fmt_number(wm)} {sign} {abs(change):g}"
            f" = {fmt_number(wm + change)} {unit}."
        )
    return line


WHAT_IF_GOT = re.compile(
    r"\bwhat if (?:i'?d |i would |i had |i )?(?:only |just )?(?:got|get|gotten|hit|did|done|made)"
    r" (?P<n>\d{1,2})\b(?! ?(?:kg|lb|%|x))"
)


def tm_each(d: Details, known: float | None, unit: Unit) -> str | None:
    """'1rm bench 100, squat 140: TMs and week 1?': every lift past the first gets its own TM
    (90%, Forever 85%) and asked weeks; the first is the TM card's own line."""
    if d.program != "531" or d.asked.training_maxes or not d.one_rm:
        return None
    others = [(lift, v) for lift, v in lift_numbers(d.text) if v != d.one_rm]
    if not others:
        return None
    factor = TM_FOREVER if d.asked.forever else TM_FACTOR
    asked_weeks = "weeks" in d.asked.wants or d.asked.weeks
    parts = []
    for lift, top in others:
        tm = round(top * factor, 1)
        weeks = f" → {weeks_of_531(tm, unit, d.asked.weeks)}" if asked_weeks else ""
        parts.append(f"{lift}: 1RM {fmt_number(top)} → TM {fmt_number(tm)} {unit}{weeks}")
    return ". ".join(parts) + "."


FORMULAS: dict[str, tuple[str, Callable[[float, int], float]]] = {
    "epley": ("Epley", lambda w, r: w if r == 1 else w * (1 + r / 30)),
    "brzycki": ("Brzycki", lambda w, r: w * 36 / (37 - r)),
    "lombardi": ("Lombardi", lambda w, r: w * r**0.10),
    "mayhew": ("Mayhew", lambda w, r: 100 * w / (52.2 + 41.9 * math.exp(-0.055 * r))),
    "oconner": ("O'Conner", lambda w, r: w * (1 + 0.025 * r)),
    "wathan": ("Wathan", lambda w, r: 100 * w / (48.8 + 53.8 * math.exp(-0.075 * r))),
}
SIDE_BY_SIDE = ("epley", "brzycki", "mayhew")  # named in another part of the message
APPS_COMPARED = ("epley", "brzycki", "lombardi")  # the highest, the steepest, the flattest
APPS = re.compile(  # two sources disagreeing, or an app's max beside a set
    r"\b(?:one|another|other|two|different|second) (?:apps?|calculators?|sites?)\b"
    r"|\bwhich (?:one|formula) is (?:right|correct)\b"
    r"|\b(?:e?1rm|max)\b[^.?]{0,20}\bapp (?:says|gives|shows)\b"
)
MAX_SHOWN = 20  # past 20 reps even the spread is meaningless


def formulas_line(d: Details, known: float | None, unit: Unit) -> str | None:
    """'mayhew or epley? my 1rm from 100x5 using both': each named formula on the set (2.1)."""
    said = (m.replace("'", "").replace("conor", "conner") for m in FORMULA_NAMES.findall(d.text))
    apps = APPS.search(d.text) is not None  # "one app says 133, another 126": which formula
    names = list(dict.fromkeys(said)) or (
        SIDE_BY_SIDE if "formulas" in d.asked.wants else APPS_COMPARED if apps else []
    )
    if not names or not d.sets or not 1 <= d.sets[0].reps <= (MAX_SHOWN if apps else 10):
        return None
    s = d.sets[0]
    parts = []
    for key in names:
        if key in FORMULAS:
            label, formula = FORMULAS[key]
            parts.append(f"{label} ≈ {fmt_number(round(formula(s.load, s.reps), 1))} {unit}")
    if not parts:
        return None
    spread = (
        " — past 10 reps they drift apart, so I make no e1RM from this set (12 reps with an RPE):"
        " use a heavier set of 3–8 reps."
        if s.reps > 10
        else " — the formulas agree within about ±4% between 3 and 10 reps; Mayhew isn't"
        " anchored at 1 rep."
    )
    return f"{fmt_number(s.load)} {unit} × {s.reps}: " + ", ".join(parts) + spread


DAYS_A_WEEK = re.compile(
    r"\b(?P<n>[2-6]|two|three|four|five|six) ?(?:days?|x|sessions?)(?: a| per| each) ?(?:week|wk)\b"
)
# "team does conditioning 3x a week": another activity's days, not the lifting week
OTHER_DAYS = re.compile(
    r"\b(conditioning|cardio|runs?|running|practi[cs]e|classes|swim\w*|cycling|games?|soccer"
    r"|football|rugby|basketball|hockey|tennis|boxing|bjj|jiu ?jitsu|climbing|yoga)\b[^.?!,]*$"
)
BARE_DAYS = re.compile(
    r"\b(?P<n>[2-6]|two|three|four|five|six) days\b(?! ?(?:off|ago|rest|later|in))"
)


def _not_lifting(text: str, at: int) -> bool:
    return bool(OTHER_DAYS.search(text[max(0, at - 30) : at]))


PLAN_ASKED = re.compile(r"\b(program\w*|routine|split|plan|schedule|set ?up|template)\b")
SPLITS = {
    2: "2 full-body sessions (A/B)",
    3: "3 full-body sessions (rotate A/B/C)",
    4: "upper/lower, each twice",
    5: "push/pull/legs plus an upper/lower pair",
    6: "push/pull/legs, each twice",
}
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def split_for_days(d: Details, known: float | None, unit: Unit) -> str | None:
    """'a good programme for 4 days a week?': the split those days call for (COACHING 4.6)."""
    lifting = [m for m in DAYS_A_WEEK.finditer(d.text) if not _not_lifting(d.text, m.start())]
    m = lifting[0] if lifting else BARE_DAYS.search(d.text)  # "… linebacker. 4 days."
    if m is None or not PLAN_ASKED.search(d.text):
        return None
    days = _DAY_WORDS.get(m["n"]) or int(m["n"])
    return f"{days} days a week → {SPLITS[days]}, so every muscle gets trained about 2× a week."
