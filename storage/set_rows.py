"""The rows of the logbook: a set to store, a stored set, a best, and how rows map to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

WORKING = "set_type != 'warmup'"  # the SQL of a working set: what bests, tops and /stats count
Unit = Literal["kg", "lb"]
SetType = Literal["normal", "warmup", "drop", "failure"]


@dataclass(frozen=True)
class NewSet:
    """A set about to be stored; loads are already in kg."""

    exercise: str
    performed_at: datetime
    local_date: date
    weight_kg: float | None
    unit: str
    reps: int
    rpe: float | None = None
    bodyweight: bool = False
    set_type: str = "normal"
    notes: str = ""
    group_idx: int = 0
    set_idx: int = 0
    import_key: str | None = None


@dataclass(frozen=True)
class StoredSet:
    id: int
    exercise: str
    performed_at: datetime
    local_date: date
    weight_kg: float | None
    unit: Unit
    bodyweight: bool
    reps: int
    rpe: float | None
    set_type: SetType
    notes: str
    source: str
    message_id: int | None
    group_idx: int

    @property
    def warmup(self) -> bool:
        return self.set_type == "warmup"


@dataclass(frozen=True)
class RepBest:
    exercise: str
    reps: int
    weight_kg: float
    local_date: date


@dataclass(frozen=True)
class DayBest:
    """One exercise's best working set of a day, for charts."""

    local_date: date
    top_load_kg: float
    best_e1rm_kg: float | None


def stored_set(row: Any) -> StoredSet:
    return StoredSet(
        id=row["id"],
        exercise=row["exercise"],
        performed_at=datetime.fromisoformat(row["performed_at"]),
        local_date=date.fromisoformat(row["local_date"]),
        weight_kg=row["weight_kg"],
        unit=row["unit"],
        bodyweight=bool(row["bodyweight"]),
        reps=row["reps"],
        rpe=row["rpe"],
        set_type=row["set_type"],
        notes=row["notes"],
        source=row["source"],
        message_id=row["message_id"],
        group_idx=row["group_idx"],
    )


def row_params(
    user_id: int, s: NewSet, source: str, chat_id: int | None, message_id: int | None, now: datetime
) -> tuple[Any, ...]:
    return (
        user_id, s.exercise, s.performed_at.isoformat(), s.local_date.isoformat(), s.weight_kg,
        s.unit, int(s.bodyweight), s.reps, s.rpe, s.set_type, s.notes, source, chat_id,
        message_id, s.group_idx, s.set_idx, s.import_key, now.isoformat(),
    )  # fmt: skip


INSERT_HEAD = (
    "INSERT INTO sets (user_id, exercise, performed_at, local_date, weight_kg, unit, bodyweight,"
    " reps, rpe, set_type, notes, source, chat_id, message_id, group_idx, set_idx, import_key,"
    " created_at)"
)
ROW_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
INSERT = f"{INSERT_HEAD} VALUES {ROW_VALUES}"
IMPORT_CHUNK = 500  # 18 parameters a row: well under SQLite's and PostgreSQL's limits
