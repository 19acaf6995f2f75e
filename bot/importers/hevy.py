"""Hevy's export: one row per set, newest workout first, `weight_kg` or `weight_lbs`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.importers.columns import Columns
from bot.importers.fields import app_note, read_number, read_reps, workout_time
from bot.importers.model import NotASet, RawSet, SetType
from bot.units import Unit, from_kg, to_kg

_SET_TYPES: dict[str, SetType] = {
    "normal": "normal",
    "warmup": "warmup",
    "warm_up": "warmup",
    "dropset": "drop",
    "drop": "drop",
    "failure": "failure",
}


def is_hevy(cols: Columns) -> bool:
    return cols.has("start_time", "exercise_title", "reps") and bool(
        cols.first("weight_kg", "weight_lbs")
    )


def hevy_unit(cols: Columns, default_unit: Unit) -> Unit:
    """Imperial accounts get `weight_lbs`; an old layout has both and the user's unit picks."""
    if not cols.has("weight_lbs"):
        return "kg"
    if not cols.has("weight_kg"):
        return "lb"
    return default_unit


def hevy_sets(cols: Columns, rows: Iterable[list[str]], unit: Unit) -> Iterator[RawSet | NotASet]:
    """Every set with reps; time- and distance-only sets (planks, runs) are not lifted sets
    and come out as NotASet, to be counted."""
    main, other = ("weight_lbs", "weight_kg") if unit == "lb" else ("weight_kg", "weight_lbs")
    measures = (main, other, *cols.named("distance_", "duration_"))
    for line, row in enumerate(rows, start=2):
        reps = read_reps(cols.cell(row, "reps"), line)
        exercise = cols.cell(row, "exercise_title")
        if reps is None or reps <= 0 or not exercise:
            if exercise and cols.measured(row, measures):
                yield NotASet(exercise, line)
            continue
        start = cols.cell(row, "start_time")
        title = cols.cell(row, "title")
        rpe = read_number(cols.cell(row, "rpe"), line, "RPE")
        yield RawSet(
            workout_id=f"{start}\x1f{title}",
            performed_at=workout_time(start, line),
            workout=title,
            raw_name=exercise,
            weight=_weight(cols, row, (main, other), unit, line),
            unit=unit,
            reps=reps,
            rpe=rpe if rpe else None,
            set_type=_SET_TYPES.get(cols.cell(row, "set_type").lower(), "normal"),
            line=line,
            notes=app_note(cols.cell(row, "exercise_notes")).replace("\\n", "\n"),  # Hevy's `\\n`
        )


def _weight(
    cols: Columns, row: list[str], names: tuple[str, str], unit: Unit, line: int
) -> float | None:
    main, other = names
    weight = read_number(cols.cell(row, main), line, "weight")
    if weight is not None or not cols.has(other):
        return weight
    fallback = read_number(cols.cell(row, other), line, "weight")
    if fallback is None:
        return None
    return round(from_kg(fallback, unit) if unit == "lb" else to_kg(fallback, "lb"), 3)
