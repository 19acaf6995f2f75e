"""Spotter's own CSV export: every set a lifter logged, readable back by `read_export`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.units import Unit

if TYPE_CHECKING:  # typing only: bot.importers reads this module's columns
    from bot.importers.model import SetType

EXPORT_COLUMNS = (
    "date",
    "exercise",
    "weight",
    "unit",
    "reps",
    "rpe",
    "warmup",
    "set_type",
    "notes",
)
EXPORT_HEADER = ",".join(EXPORT_COLUMNS)
# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportRow:
    """One stored set, with its load in the unit the lifter used for it."""

    performed_at: datetime  # local wall-clock time; any tzinfo is dropped on export
    exercise: str  # canonical id, or the raw name when unmapped
    weight: float | None  # negative for assistance, None for no load
    unit: Unit
    reps: int
    rpe: float | None
    set_type: SetType
    notes: str = ""


def format_number(value: float | None) -> str:
    """Up to three decimals, no trailing zeros; blank for none (lb loads stored in kg
    come back as 224.99999…, which must read 225 again)."""
    if value is None:
        return ""
    text = f"{round(value, 3) + 0.0:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def neutralise(cell: str) -> str:
    """A leading `'` makes a spreadsheet show the text instead of running it; a cell that
    already starts with quotes before such a character gets one more, so `restore` is exact."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def restore(cell: str) -> str:
    """The text `neutralise` was given."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


class ExportWriter:
    """Spotter CSV written batch by batch (header first), so an export never needs every
    row at once; quoting keeps commas, quotes and newlines in notes intact."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")
        self._writer.writerow(EXPORT_COLUMNS)

    def write(self, rows: Iterable[ExportRow]) -> None:
        self._writer.writerows(_cells(row) for row in rows)

    def text(self) -> str:
        return self._buffer.getvalue()


def _cells(row: ExportRow) -> tuple[object, ...]:
    return (
        row.performed_at.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds"),
        neutralise(row.exercise),
        format_number(row.weight),
        row.unit,
        row.reps,
        format_number(row.rpe),
        1 if row.set_type == "warmup" else 0,
        row.set_type,
        neutralise(row.notes.replace("\x00", "")),  # a NUL would make the file unreadable
    )


def write_export(rows: Iterable[ExportRow]) -> str:
    """The whole CSV text, header first."""
    writer = ExportWriter()
    writer.write(rows)
    return writer.text()
