"""Spotter's own export read back (see bot/export.py), so export → import is lossless."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import get_args

from bot.export import EXPORT_COLUMNS, restore
from bot.importers.columns import Columns
from bot.importers.fields import read_number, read_reps, workout_time
from bot.importers.model import RawSet, SetType
from bot.units import Unit, parse_unit

_SET_TYPES: dict[str, SetType] = {kind: kind for kind in get_args(SetType)}


def is_spotter(cols: Columns) -> bool:
    return cols.has(*EXPORT_COLUMNS)


def spotter_sets(cols: Columns, rows: Iterable[list[str]], default_unit: Unit) -> Iterator[RawSet]:
    """One set per row; a day's sets make one workout, as they do in chat."""
    for line, row in enumerate(rows, start=2):
        reps = read_reps(cols.cell(row, "reps"), line)
        exercise = restore(cols.cell(row, "exercise")).strip()
        if reps is None or reps <= 0 or not exercise:
            continue
        when = workout_time(cols.cell(row, "date"), line)
        set_type = _SET_TYPES.get(cols.cell(row, "set_type").lower(), "normal")
        if cols.cell(row, "warmup") == "1":
            set_type = "warmup"
        yield RawSet(
            workout_id=when.date().isoformat(),
            performed_at=when,
            workout="",
            raw_name=exercise,
            weight=read_number(cols.cell(row, "weight"), line, "weight"),
            unit=parse_unit(cols.cell(row, "unit")) or default_unit,
            reps=reps,
            rpe=read_number(cols.cell(row, "rpe"), line, "RPE"),
            set_type=set_type,
            line=line,
            notes=_raw_cell(cols, row, "notes"),
        )


def _raw_cell(cols: Columns, row: list[str], name: str) -> str:
    """Notes exactly as written (the shared reader trims, which notes must survive)."""
    i = cols.index.get(name, -1)
    return restore(row[i]) if 0 <= i < len(row) else ""
