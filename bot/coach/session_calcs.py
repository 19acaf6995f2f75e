"""Figures from one lifter's recent sessions: RPE creep at the same load (COACHING S3b), one
e1RM per set of a session (4.1) and the change between two session e1RMs (2.1 noise, S3a)."""

from __future__ import annotations

import re

from bot.coach.extract import Details, SetNumbers
from bot.coach.loads import plates, set_estimate
from bot.coach.stall_calcs import FATIGUE_DROP
from bot.units import Unit, fmt_number

_N = r"(\d{2,4}(?:\.\d+)?)"
RPE_TAIL = re.compile(r"\brpe\b.*?(?=[.?!](?:\s|$)|$)")
RPE_VALUE = re.compile(
    r"(?<![\d.x])(?<!x )(?<!for )(\d+(?:\.5)?)(?![\d.]| ?(?:x|kg|lb|reps?|weeks?|sets?|%))"
)
CREEP = 1.0  # COACHING S3(b): RPE up by 1.0 or more at the same load × reps


def rpe_list(text: str) -> list[float]:
    """The RPEs listed after the first 'rpe' of a sentence ("rpe went 7, 7.5, 8.5")."""
    tail = RPE_TAIL.search(text)
    said = [float(x) for x in RPE_VALUE.findall(tail[0])] if tail else []
    return [x for x in said if 6 <= x <= 10]


# "keeps going up" spans sessions; "do I keep 120 for sets 2-3" does not
ACROSS_SESSIONS = re.compile(
    r"\b(weeks?|sessions|every|each (?:time|week)|in a row|straight|lately|workouts|keeps"
    r"|keep (?:going|getting|climbing|rising|creeping|feeling|dropping|falling))\b"
)


SCHEME_AT_RPE = re.compile(r"\b[1-9] ?x ?\d{1,2} (?:at )?rpe\b")  # a planned "4x2 @8.5"


def creep_line(text: str, load: float | None, reps: int | None, unit: Unit) -> str | None:
    """S3(b) on the asker's own sessions ("120x5, rpe went 7 → 7.5 → 8"): the rise, the e1RMs it
    implies and, at +1.0 or more, the deload week's load (90%, rounded down)."""
    rpes = rpe_list(text)
    if not ACROSS_SESSIONS.search(text) or SCHEME_AT_RPE.search(text):
        return None  # one session's sets ("4 sets of 3, rpe 7 then 8") or a plan ("4x2 @8.5")
    if load is None or reps is None or len(rpes) < 2 or rpes[-1] <= rpes[0]:
        return None
    rise = rpes[-1] - rpes[0]
    head = f"RPE {fmt_number(rpes[0])} → {fmt_number(rpes[-1])} at {fmt_number(load)} × {reps}"
    first, last = set_estimate(load, reps, rpes[0]), set_estimate(load, reps, rpes[-1])
    drift = f" (e1RM {fmt_number(first)} → {fmt_number(last)} {unit})" if first and last else ""
    if rise < CREEP:
        return (
            f"{head}: +{fmt_number(rise)}{drift}, under the 1-point mark — not a fatigue flag yet."
        )
    deload = plates(load * 0.9, unit, "down")
    return (
        f"{head}: {rise:+.1f}{drift} — that's RPE creep, a fatigue sign: deload week at"
        f" {deload} (90%, rounded down), half the sets, nothing above RPE 6."
    )


def creep_calc(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The same set logged at rising RPEs: the rise against S3's 1-point mark."""
    if len({(s.load, s.reps) for s in d.sets}) > 1:
        return None  # "185x8 last week, 195x6 @ 9 this week": two sets, not one set creeping
    s = d.sets[0] if d.sets else None
    return creep_line(d.text, s.load if s else d.load, s.reps if s else None, unit)


def each_set_line(s: SetNumbers, rpes: list[float], unit: Unit) -> str | None:
    """One e1RM per set's RPE; the session's e1RM is the best of them (COACHING 4.1)."""
    found = [(rpe, e) for rpe in rpes if (e := set_estimate(s.load, s.reps, rpe)) is not None]
    if not found:
        return None
    each = ", ".join(f"@ {fmt_number(rpe)} → {fmt_number(round(e, 1))}" for rpe, e in found)
    best = max(e for _, e in found)
    return (
        f"{fmt_number(s.load)} {unit} × {s.reps}, one e1RM per set (RTS chart): {each}."
        f" The session's e1RM is the best set's: {fmt_number(round(best, 1))} {unit}."
    )


E1RM_CHANGE = re.compile(
    r"\b(?:e1rm|max|1rm)\b(?: \w+){0,3}? (?:went|gone|moved|dropped|fell|jumped|rose|from)"
    r"(?: from| up| down)?(?: from)? ~?" + _N + r"(?: ?(?:kg|lb))? (?:to|-|then|->) ~?" + _N
)
NOISE_PCT = 4.0  # a tested 1RM varies by a median 4.2% (COACHING 2.1): single-session noise


def change_line(text: str, unit: Unit) -> str | None:
    """'e1rm went 142 to 139': the change in %, judged against the 2–4% single-session noise and
    the 95%-of-best fatigue mark (S3a)."""
    m = E1RM_CHANGE.search(text)
    if m is None:
        return None
    before, now = float(m.group(1)), float(m.group(2))
    change = (now / before - 1) * 100
    head = f"e1RM {fmt_number(before)} → {fmt_number(now)} {unit}: {change:+.1f}%"
    mark = round(before * FATIGUE_DROP, 1)
    if abs(change) < NOISE_PCT:
        noise = "within the 2–4% a single session moves by (a tested 1RM varies a median 4.2%)"
        flag = f"; the fatigue mark is 95% of your best, {fmt_number(mark)}" if change < 0 else ""
        return f"{head}, {noise}{flag} — one session decides nothing."
    if change < 0:
        return (
            f"{head}. A fatigue flag needs the last 2 sessions both under 95% of your 6-week best"
            f" ({fmt_number(mark)} {unit} from {fmt_number(before)}) — then deload."
        )
    return f"{head}: beyond day-to-day noise — real progress."
