"""Shared last step of every layout: map names, number sets, key rows, and summarise."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from bot.e1rm import epley
from bot.importers.limits import check_values
from bot.importers.model import (
    Format,
    ImportedSet,
    ImportFile,
    ImportSummary,
    NotASet,
    RawSet,
)
from bot.importers.names import is_assisted, map_exercise
from bot.units import Unit, to_kg


class ImportBuilder:
    """Turns a layout's raw sets into ImportedSets one at a time, keeping only the counts the
    summary needs, so a file of any length is read in bounded memory."""

    def __init__(self, fmt: Format, file_unit: Unit | None, default_unit: Unit) -> None:
        self.fmt = fmt
        self._file_unit = file_unit
        self._default_unit = default_unit
        self._names: dict[str, str | None] = {}
        self._positions: Counter[tuple[datetime, str, str]] = Counter()
        self._workouts: set[str] = set()
        self._units: Counter[Unit] = Counter()
        self._working: Counter[str] = Counter()
        self._unmapped: Counter[str] = Counter()
        self._best: dict[str, float] = {}
        self._not_sets: Counter[str] = Counter()
        self._warmups = 0
        self._total = 0

    def add(self, raw: RawSet) -> ImportedSet:
        """Check, map and number one set, and count it."""
        check_values(raw)
        if raw.raw_name not in self._names:
            self._names[raw.raw_name] = map_exercise(raw.raw_name)
        ex_id = self._names[raw.raw_name]
        slot = (raw.performed_at, raw.workout, raw.raw_name)
        self._positions[slot] += 1
        one = _finish(self.fmt, raw, ex_id, self._positions[slot])
        self._workouts.add(raw.workout_id)
        self._count(one, ex_id is not None)
        return one

    def skip(self, row: NotASet) -> None:
        """Count a row that is not a lifted set, so the summary can name it."""
        self._not_sets[row.raw_name] += 1

    def _count(self, one: ImportedSet, known: bool) -> None:
        """Warm-ups count apart and never feed the e1RM."""
        self._total += 1
        if one.weight is not None:
            self._units[one.unit] += 1
        if not one.working:
            self._warmups += 1
        elif not known:
            self._unmapped[one.raw_name] += 1
        else:
            self._working[one.exercise] += 1
            kg = None if one.weight is None else to_kg(one.weight, one.unit)
            e1rm = epley(kg, one.reps)
            if e1rm is not None and e1rm > self._best.get(one.exercise, 0.0):
                self._best[one.exercise] = e1rm

    @property
    def unit(self) -> Unit:
        """The file's unit, or the one most loaded sets use for files that name it per row."""
        if self._file_unit:
            return self._file_unit
        if not self._units:
            return self._default_unit
        top = max(self._units.values())
        if self._units[self._default_unit] == top:
            return self._default_unit
        return self._units.most_common(1)[0][0]

    def summary(self) -> ImportSummary:
        """The counts SPEC.md "Imports" prints, for the sets added so far."""
        return ImportSummary(
            format=self.fmt,
            unit=self.unit,
            workouts=len(self._workouts),
            warmup_sets=self._warmups,
            working_sets_total=self._total - self._warmups,
            working_sets=dict(sorted(self._working.items())),
            unmapped=dict(sorted(self._unmapped.items())),
            best_e1rm_kg={ex: round(value, 3) for ex, value in sorted(self._best.items())},
            not_sets=dict(sorted(self._not_sets.items())),
        )


def build_import(builder: ImportBuilder, stream: Iterable[ImportedSet]) -> ImportFile:
    """The whole file in memory, in time order (for tests and small files)."""
    sets = sorted(stream, key=lambda s: s.performed_at)
    return ImportFile(
        format=builder.fmt, unit=builder.unit, sets=tuple(sets), summary=builder.summary()
    )


def _finish(fmt: Format, raw: RawSet, ex_id: str | None, index: int) -> ImportedSet:
    weight = raw.weight or None  # a zero load is "no load" in every app
    if weight is not None and fmt != "spotter" and is_assisted(raw.raw_name):
        weight = -abs(weight)
    return ImportedSet(
        performed_at=raw.performed_at,
        workout=raw.workout,
        exercise=ex_id or raw.raw_name,
        raw_name=raw.raw_name,
        weight=weight,
        unit=raw.unit,
        reps=raw.reps,
        rpe=raw.rpe,
        set_type=raw.set_type,
        set_index=index,
        notes=raw.notes.strip(),
        key=row_key(fmt, raw.performed_at, raw.workout, raw.raw_name, index),
    )


def row_key(fmt: Format, at: datetime, workout: str, raw_name: str, index: int) -> str:
    """Identity of a set by where it sits (workout, exercise, position), not by its numbers,
    so the same history exported twice — even in another date style — keys the same."""
    ident = f"{at.isoformat()}\x1f{workout}\x1f{raw_name}\x1f{index}"
    digest = hashlib.blake2b(ident.encode(), digest_size=12).hexdigest()
    return f"{fmt}:{digest}"
