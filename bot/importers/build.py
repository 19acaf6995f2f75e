"""Shared last step of every layout: map names, number sets, key rows, and summarise."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.e1rm import epley
from bot.importers.limits import check_values
from bot.importers.model import Format, ImportedSet, ImportFile, ImportSummary, SetType
from bot.importers.names import is_assisted, map_exercise
from bot.units import Unit, to_kg


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


def build_import(
    fmt: Format, raws: Iterable[RawSet], file_unit: Unit | None, default_unit: Unit
) -> ImportFile:
    """Turn a layout's raw sets into the ImportFile, in time order, with stable keys."""
    names: dict[str, str | None] = {}
    positions: Counter[tuple[datetime, str, str]] = Counter()
    sets: list[ImportedSet] = []
    mapped: list[bool] = []
    workouts: set[str] = set()
    for raw in raws:
        check_values(raw)
        if raw.raw_name not in names:
            names[raw.raw_name] = map_exercise(raw.raw_name)
        ex_id = names[raw.raw_name]
        slot = (raw.performed_at, raw.workout, raw.raw_name)
        positions[slot] += 1
        sets.append(_finish(fmt, raw, ex_id, positions[slot]))
        mapped.append(ex_id is not None)
        workouts.add(raw.workout_id)
    order = sorted(range(len(sets)), key=lambda i: sets[i].performed_at)
    ordered = tuple(sets[i] for i in order)
    unit = file_unit or _main_unit(ordered, default_unit)
    summary = summarize(fmt, unit, ordered, [mapped[i] for i in order], len(workouts))
    return ImportFile(format=fmt, unit=unit, sets=ordered, summary=summary)


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


def _main_unit(sets: tuple[ImportedSet, ...], default_unit: Unit) -> Unit:
    """The unit most loaded sets use, for files that name a unit per row."""
    counts = Counter(s.unit for s in sets if s.weight is not None)
    if not counts:
        return default_unit
    top = max(counts.values())
    return default_unit if counts[default_unit] == top else counts.most_common(1)[0][0]


def summarize(
    fmt: Format, unit: Unit, sets: tuple[ImportedSet, ...], mapped: list[bool], workouts: int
) -> ImportSummary:
    """The file's counts; warm-ups count apart and never feed the e1RM."""
    working: Counter[str] = Counter()
    unmapped: Counter[str] = Counter()
    best: dict[str, float] = {}
    warmups = 0
    for one, known in zip(sets, mapped, strict=True):
        if not one.working:
            warmups += 1
            continue
        if not known:
            unmapped[one.raw_name] += 1
            continue
        working[one.exercise] += 1
        e1rm = epley(None if one.weight is None else to_kg(one.weight, one.unit), one.reps)
        if e1rm is not None and e1rm > best.get(one.exercise, 0.0):
            best[one.exercise] = e1rm
    return ImportSummary(
        format=fmt,
        unit=unit,
        workouts=workouts,
        warmup_sets=warmups,
        working_sets_total=len(sets) - warmups,
        working_sets=dict(sorted(working.items())),
        unmapped=dict(sorted(unmapped.items())),
        best_e1rm_kg={ex: round(value, 3) for ex, value in sorted(best.items())},
    )
