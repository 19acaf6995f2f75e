"""One training day as the lifter sees it: lines, what is done, the next set, JSON, text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.programming import Prescription, Session
from bot.programming.catalog import info
from bot.programming.render import fmt_item, session_head
from bot.training.loads import effort
from bot.training.plates import PlateSetup, describe, fmt_weight, load_plates
from bot.units import Unit, fmt_load, from_kg


@dataclass(frozen=True)
class DayPlan:
    day: date
    session: Session
    setup: PlateSetup
    logged: Counter[str]
    rest_day: bool = False
    skipped_today: bool = False
    skipped_recently: tuple[date, ...] = ()
    reentry: bool = False
    warmup_index: int | None = None
    warmups: tuple[tuple[float, int], ...] = ()  # (load in kg, reps)

    @property
    def items(self) -> tuple[Prescription, ...]:
        return self.session.items

    def done(self, index: int) -> bool:
        """A line is done once its lift has as many working sets today as the lines so far ask."""
        item = self.items[index]
        needed = sum(i.sets for i in self.items[: index + 1] if i.exercise == item.exercise)
        return self.logged[item.exercise] >= needed


def is_barbell(item: Prescription) -> bool:
    return info(item.exercise).equipment == "barbell" and item.load_kg is not None


def next_set(plan: DayPlan) -> tuple[Prescription, int] | None:
    """The first prescribed set not yet logged today: (line, set number)."""
    used: Counter[str] = Counter()
    for item in plan.items:
        have = plan.logged[item.exercise] - used[item.exercise]
        used[item.exercise] += item.sets
        if have < item.sets:
            return item, max(0, have) + 1
    return None


def plan_json(plan: DayPlan, program: str, block: str, unit: Unit) -> dict[str, Any]:
    """SPEC.md "Plan": the day's prescription, loads in the lifter's unit."""
    exercises = []
    for i, item in enumerate(() if plan.rest_day else plan.items):
        weight = round(from_kg(item.load_kg, unit), 2) if item.load_kg is not None else None
        one = {"reps": item.reps, "weight": weight, "unit": unit, "rpe": effort(item),
               "amrap": item.amrap}  # fmt: skip
        sets = [dict(one) for _ in range(item.sets)]
        exercises.append(
            {"exercise": item.exercise, "rest_s": list(item.rest), "sets": sets}
            | {"done": plan.done(i)}
        )
    return {
        "date": plan.day.isoformat(),
        "program": program,
        "block": block,
        "week": plan.session.week,
        "deload": plan.session.deload,
        "rest_day": plan.rest_day,
        "skipped": plan.skipped_today,
        "reentry": plan.reentry,
        "exercises": exercises,
    }


Row = list[tuple[str, str, tuple[object, ...]]]


def stamp(day: date) -> str:
    return day.strftime("%Y%m%d")


def plan_rows(plan: DayPlan) -> list[Row]:
    """A button per line still to do (two a row), then one for the whole session."""
    todo: Row = [
        (f"✔ {info(item.exercise).name} {item.sets}×{item.reps}", "tap", (i, stamp(plan.day)))
        for i, item in enumerate(plan.items)
        if not plan.done(i) and (item.load_kg is not None or info(item.exercise).bodyweight)
    ]
    rows: list[Row] = [todo[i : i + 2] for i in range(0, len(todo), 2)]
    if len(todo) > 1:
        rows.append([("✔ Log the whole session", "tap", ("all", stamp(plan.day)))])
    return rows


def _plates_line(item: Prescription, setup: PlateSetup) -> str:
    loading = load_plates(from_kg(item.load_kg or 0, setup.unit), setup)
    return f"   Plates: {describe(loading)}"


def _warmup_line(plan: DayPlan) -> str:
    unit = plan.setup.unit
    steps = ", ".join(f"{fmt_weight(from_kg(w, unit))}×{r}" for w, r in plan.warmups)
    return f"   Warm-up ({unit}): {steps}"


def _head(plan: DayPlan) -> list[str]:
    lines = session_head(plan.session)
    if plan.rest_day:
        lines.append("Today is a rest day on your schedule; this is your next session.")
    if plan.skipped_today:
        lines.append("You skipped today — that's fine; this session waits for next time.")
    elif plan.skipped_recently:
        when = plan.skipped_recently[-1].strftime("%a %d %b")
        lines.append(f"Skipped on {when}: no harm done, this is the session you missed.")
    if plan.reentry:
        lines.append("Welcome back! This first week runs at 80% of your usual loads.")
    return lines


def render_plan(plan: DayPlan, unit: Unit) -> str:
    """/plan and the prompt: every line with its plates and warm-ups, done lines ticked."""
    lines = _head(plan)
    for i, item in enumerate(plan.items):
        text = fmt_item(item, unit)
        if plan.done(i):
            text = "✅ " + text[2:]
        lines.append(text)
        if is_barbell(item):
            lines.append(_plates_line(item, plan.setup))
        if i == plan.warmup_index and plan.warmups and not plan.done(i):
            lines.append(_warmup_line(plan))
    if plan.items and all(plan.done(i) for i in range(len(plan.items))):
        lines.append("\nAll done for today — great session! 💪")
    return "\n".join(lines)


def describe_set(item: Prescription, number: int, unit: Unit) -> str:
    """'Squat, set 2 of 3: 5 reps @ 140 kg'."""
    load = f" @ {fmt_load(item.load_kg, unit)}" if item.load_kg is not None else ""
    return f"{info(item.exercise).name}, set {number} of {item.sets}: {item.reps} reps{load}"
