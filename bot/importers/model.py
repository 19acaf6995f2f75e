"""What an import produces: the sets read from a file and the summary shown to the lifter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from bot.units import Unit

Format = Literal["strong", "hevy", "spotter"]
SetType = Literal["normal", "warmup", "drop", "failure"]


class ImportFormatError(ValueError):
    """The file is not an export we can read; `str(e)` is a sentence for the lifter."""


@dataclass(frozen=True)
class ImportedSet:
    """One set as the app recorded it, with the exercise mapped to our id when we know it."""

    performed_at: datetime  # naive local wall-clock time of the workout, as the app wrote it
    workout: str
    exercise: str  # canonical id when mapped, else the app's own name
    raw_name: str
    weight: float | None  # in `unit`; negative for assistance; None when no load
    unit: Unit
    reps: int
    rpe: float | None
    set_type: SetType
    set_index: int  # 1-based position of the set within its exercise in the workout
    notes: str
    key: str  # stable identity of the source row, so a re-import adds nothing twice

    @property
    def working(self) -> bool:
        """Drop and failure sets are hard work too; only warm-ups are not."""
        return self.set_type != "warmup"


@dataclass(frozen=True)
class ImportSummary:
    """The counts SPEC.md "Imports" prints for `spotter import --json`."""

    format: Format
    unit: Unit
    workouts: int
    warmup_sets: int
    working_sets_total: int
    working_sets: dict[str, int] = field(default_factory=dict)
    unmapped: dict[str, int] = field(default_factory=dict)
    best_e1rm_kg: dict[str, float] = field(default_factory=dict)
    not_sets: dict[str, int] = field(default_factory=dict)  # timed/distance rows, by name

    def to_json(self, added_sets: int) -> dict[str, object]:
        """The JSON object of SPEC.md; `added_sets` comes from the store, not the file.
        `not_sets` is there only when the file held rows that are not lifted sets."""
        payload: dict[str, object] = {
            "format": self.format,
            "unit": self.unit,
            "workouts": self.workouts,
            "warmup_sets": self.warmup_sets,
            "working_sets_total": self.working_sets_total,
            "added_sets": added_sets,
            "working_sets": dict(self.working_sets),
            "unmapped": dict(self.unmapped),
            "best_e1rm_kg": dict(self.best_e1rm_kg),
        }
        if self.not_sets:
            payload["not_sets"] = dict(self.not_sets)
        return payload


@dataclass(frozen=True)
class ImportFile:
    """A parsed export: its layout, main unit, sets in time order, and summary."""

    format: Format
    unit: Unit
    sets: tuple[ImportedSet, ...]
    summary: ImportSummary


@dataclass(frozen=True, slots=True)
class RawSet:
    """One set as a layout reader understood it, before names are mapped."""

    workout_id: str  # what makes two rows the same workout (for the workout count)
    performed_at: datetime
    workout: str
    raw_name: str
    weight: float | None
    unit: Unit
    reps: int
    rpe: float | None
    set_type: SetType
    notes: str
    line: int = 0  # the file's line, so an impossible value can be pointed at


@dataclass(frozen=True, slots=True)
class NotASet:
    """A row that logs something other than a lifted set (a run, a timed plank, a carry by
    distance, a load with no reps): not stored, but counted so the lifter is told."""

    raw_name: str
    line: int = 0
