"""Lines that turn a card's answer into the lifter's own numbers (loads, recent reps, block)."""

from __future__ import annotations

from bot.coach.models import GoalLabel, LifterContext, LiftSnapshot
from bot.units import Unit, fmt_number, from_kg

STEP: dict[Unit, float] = {"kg": 2.5, "lb": 5.0}  # plate steps: 2.5 kg, or 5 lb (COACHING 4)


def personal_lines(
    kind: str | None, goal: GoalLabel, lift_id: str | None, ctx: LifterContext
) -> list[str]:
    """Up to three short lines quoting the lifter's data; empty when there is none to use.

    `kind` is the card's personal tag: "bands" (loads per goal and recent reps) or "e1rm".
    """
    lines: list[str] = []
    lift = pick_lift(lift_id, ctx.lifts)
    if lift is not None and kind in ("bands", "e1rm"):
        lines.append(load_line(lift, goal, ctx.unit, e1rm_only=kind == "e1rm"))
    if lift is not None and kind == "bands" and lift.recent_reps:
        lines.append(reps_line(lift))
    if ctx.block and kind == "bands":
        lines.append(f"You're currently in: {ctx.block}.")
    return lines


def goal_line(ctx: LifterContext) -> str:
    return f"Your goal is set to {_goal_word(ctx.goal)} — tap a button to change it."


def pick_lift(lift_id: str | None, lifts: tuple[LiftSnapshot, ...]) -> LiftSnapshot | None:
    """The lift the question names, else the lifter's first (main) lift."""
    if not lifts:
        return None
    for lift in lifts:
        if lift.exercise == lift_id:
            return lift
    return lifts[0]


def load_line(lift: LiftSnapshot, goal: GoalLabel, unit: Unit, *, e1rm_only: bool = False) -> str:
    """'Your bench press e1RM is 116 kg: strength work 92.5–115 kg …' in the lifter's unit."""
    head = f"Your {lift.name.lower()} e1RM is {_load(lift.e1rm_kg, unit, exact=True)}"
    if e1rm_only:
        return f"{head}."
    strength = f"strength work {_band(lift.e1rm_kg, 0.8, 1.0, unit)} for 1–5 reps"
    size = f"size work {_band(lift.e1rm_kg, 0.6, 0.8, unit)} for 6–15"
    if goal == "strength":
        return f"{head}: {strength}."
    if goal == "hypertrophy":
        return f"{head}: {size}."
    return f"{head}: {strength}, {size}."


def reps_line(lift: LiftSnapshot) -> str:
    """Say which zone the lifter's recent working sets fall in."""
    low, high = min(lift.recent_reps), max(lift.recent_reps)
    span = f"{low}" if low == high else f"{low}–{high}"
    return f"Your recent {lift.name.lower()} sets were {span} reps: {_zone(low, high)}."


def _zone(low: int, high: int) -> str:
    if high <= 5:
        return "that's the strength zone"
    if low >= 5 and high <= 10:
        return "that's the overlap zone, good for both strength and size"
    if low >= 6 and high <= 20:
        return "that's the size zone"
    if low > 20:
        return "very light — it only grows muscle if you go close to failure"
    return "a mix of strength and size work"


def _band(e1rm_kg: float, low: float, high: float, unit: Unit) -> str:
    return f"{_rounded(e1rm_kg * low, unit)}–{_load(e1rm_kg * high, unit)}"


def _load(weight_kg: float, unit: Unit, *, exact: bool = False) -> str:
    shown = fmt_number(round(from_kg(weight_kg, unit))) if exact else _rounded(weight_kg, unit)
    return f"{shown} {unit}"


def _rounded(weight_kg: float, unit: Unit) -> str:
    """Round to the nearest plate step in the lifter's unit (ties go down)."""
    step = STEP[unit]
    value = from_kg(weight_kg, unit) / step
    steps = int(value) + (1 if value - int(value) > 0.5 else 0)
    return fmt_number(steps * step)


def _goal_word(goal: str) -> str:
    return {"strength": "strength", "hypertrophy": "size", "both": "both"}.get(goal, goal)
