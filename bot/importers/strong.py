"""Strong's exports: the `;`-quoted one with the unit in the header, the older `,` one with
no unit (the app setting decides), the one with a `Weight Unit` column and the 2016 one whose
weight column is named by its unit (`kg`, `lbs`). Localized headers arrive in English
(bot/importers/headers.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.importers.columns import Columns
from bot.importers.fields import app_note, read_number, read_reps, workout_time
from bot.importers.model import ImportFormatError, NotASet, RawSet, SetType
from bot.units import Unit, parse_unit

_WEIGHT_COLUMNS: dict[str, Unit | None] = {
    "weight (kg)": "kg",
    "weight (kgs)": "kg",
    "weight (lbs)": "lb",
    "weight (lb)": "lb",
    "weight": None,
    "kg": "kg",  # the 2016 layout names the weight column by its unit
    "kgs": "kg",
    "lbs": "lb",
    "lb": "lb",
}
NO_WEIGHT_COLUMN = (
    "This Strong file has no weight column I can read, so every load would come in empty. "
    "Nothing was imported — send the CSV just as Strong exported it."
)
_NOT_SETS = {"rest timer", "note", "notes"}
_SET_TYPES: dict[str, SetType] = {"w": "warmup", "d": "drop", "f": "failure"}
# A set's place (`3`, `W`, `D2`); any other text there (`Rest Timer`, `Minuteur de repos`) is a
# row of the app's own, whatever the language.
_SET_ORDER = re.compile(r"^(?:\d+|[wdf]\d*)$")


def is_strong(cols: Columns) -> bool:
    return cols.has("date", "exercise name", "set order", "reps")


def strong_unit(cols: Columns, default_unit: Unit) -> tuple[str | None, Unit | None, Unit]:
    """(weight column, the file's unit if the header names one, the unit rows fall back to)."""
    name = cols.first(*_WEIGHT_COLUMNS)
    header_unit = _WEIGHT_COLUMNS[name] if name else None
    if header_unit is None and cols.has("weight unit"):
        return name, None, default_unit
    unit = header_unit or default_unit
    return name, unit, unit


def strong_sets(
    cols: Columns, rows: Iterable[list[str]], default_unit: Unit
) -> Iterator[RawSet | NotASet]:
    """Every lifted set; rest timers and notes are not sets, and rows that measure something
    else (a timed plank, a run, a load with no reps) come out as NotASet to be counted."""
    weight_col, _, fallback = strong_unit(cols, default_unit)
    if weight_col is None:
        raise ImportFormatError(NO_WEIGHT_COLUMN)
    has_row_unit = cols.has("weight unit")
    measures = (weight_col, "seconds", *cols.named("distance", "km", "miles"))
    for line, row in enumerate(rows, start=2):
        exercise = cols.cell(row, "exercise name")
        order = cols.cell(row, "set order").lower()
        if order in _NOT_SETS or exercise.lower() in _NOT_SETS or not exercise:
            continue
        reps = read_reps(cols.cell(row, "reps"), line)
        if reps is None or reps <= 0:
            if _SET_ORDER.match(order or "1") and cols.measured(row, measures):
                yield NotASet(exercise, line)
            continue
        date_text = cols.cell(row, "date")
        name = cols.cell(row, "workout name")
        number = cols.cell(row, "workout #")
        unit = (parse_unit(cols.cell(row, "weight unit")) if has_row_unit else None) or fallback
        rpe = read_number(cols.cell(row, "rpe"), line, "RPE")
        yield RawSet(
            workout_id=f"#{number}" if number else f"{date_text}\x1f{name}",
            performed_at=workout_time(date_text, line),
            workout=name,
            raw_name=exercise,
            weight=read_number(cols.cell(row, weight_col), line, "weight"),
            unit=unit,
            reps=reps,
            rpe=rpe if rpe else None,
            set_type=_SET_TYPES.get(order[:1], "normal"),
            line=line,
            notes=app_note(cols.cell(row, "notes")),
        )
