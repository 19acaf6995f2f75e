"""The RPE side of asked figures: a guessed RPE's estimate, listed schemes, a set's % (COACHING 2).

Split from `asked_calcs` so each module stays small; these read the effort the asker names
("felt like 1 more", "what if it was RPE 9", "3x8 and 3x10 at 2 RIR", "5s at 8").
"""

from __future__ import annotations

from bot.coach.asked import SCHEME
from bot.coach.asked_words import EFFORT_SAID
from bot.coach.calculators import DEFAULT_RPE
from bot.coach.extract import SetNumbers
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number


def what_if_line(s: SetNumbers, rpe: float, unit: Unit) -> str | None:
    """With no RPE logged, the estimate the asker's guess at one gives ("felt like 1 more",
    "what if it was RPE 9"): read off the RTS chart, not Epley at failure."""
    if not 6.5 <= rpe <= 10:
        return None
    try:
        pct = rts_percent(s.reps, rpe)
    except ValueError:
        return None
    left = 10 - rpe
    shown = f"{fmt_number(left)} rep{'s' if left != 1 else ''} left" if left else "no reps left"
    value = fmt_number(round(s.load / (pct / 100), 1))
    return (
        f"If it was RPE {fmt_number(rpe)} ({shown}): {s.reps} @ {fmt_number(rpe)} = {pct}% →"
        f" {fmt_number(s.load)} / {pct / 100:.3f} ≈ {value} {unit}."
    )


def schemes(text: str, first: int) -> list[int]:
    """The rep counts of every sets × reps the asker lists ("3x8 … and 3x10 at 2 RIR")."""
    efforts = {m.group(0) for m in EFFORT_SAID.finditer(text)}
    if len(efforts) > 1:  # "3x5 @8 and 3x10 @7": each has its own effort, so only the first
        return [first]
    said = [int(m.group("reps")) for m in SCHEME.finditer(text)]
    return list(dict.fromkeys([first, *(r for r in said if 1 <= r <= 12)]))[:3]


def percent_of_reps(reps: int) -> str | None:
    """'What % is a set of 5?' with no effort said: at failure, and with 2 reps left."""
    try:
        limit, working = rts_percent(reps, 10.0), rts_percent(reps, DEFAULT_RPE)
    except ValueError:
        return None
    return (
        f"A set of {reps} to failure (your {reps}RM) ≈ {limit}% of your 1RM; stopped with 2 reps"
        f" left (RPE 8) ≈ {working}%."
    )
