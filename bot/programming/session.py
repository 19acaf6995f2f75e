"""Daily session generator (COACHING.md 4.6): split → slots → sets × reps @ load, rest, notes."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from bot.programming import blocks, catalog, templates
from bot.programming.blocks import BlockSpec, Scheme
from bot.programming.history import HistoryIndex
from bot.programming.models import Lifter, Prescription, Session
from bot.programming.params import DEFAULT, Params
from bot.programming.progression import double_progression
from bot.programming.rounding import round_load, step_kind
from bot.programming.rts import rts_percent
from bot.programming.state import ProgramState
from bot.units import fmt_number

REST: dict[tuple[str, int], tuple[int, int]] = {
    ("O", 1): (120, 180), ("O", 2): (60, 120), ("O", 3): (60, 120),
    ("H", 1): (120, 180), ("H", 2): (120, 180), ("H", 3): (60, 120),
    ("S", 1): (180, 300), ("S", 2): (120, 180), ("S", 3): (60, 120),
    ("P", 1): (180, 300), ("P", 2): (120, 180), ("P", 3): (60, 120),
}  # fmt: skip

CALIBRATE_LP = (
    "First time: work up in easy jumps to a weight you can move well for 5 with about 3 reps "
    "left (RPE 7). Log it — I'll add weight from there."
)


@dataclass(frozen=True)
class Week:
    """Where `day` falls: the block spec, the week number and whether it is a deload."""

    spec: BlockSpec
    number: int
    deload: bool
    planned_deload: bool


def week_of(state: ProgramState, day: date) -> Week:
    spec = state.block.spec
    number = state.block.week(day)
    planned = blocks.is_deload_week(spec, number)
    return Week(spec, number, planned or state.in_explicit_deload(day), planned)


def calibration_note(scheme: Scheme) -> str:
    top = scheme.reps_top or scheme.reps
    return (
        f"Find your weight: pick a load you can do for {top} reps with 2–3 left in the tank, "
        "and log it with its RPE."
    )


def slot_items(
    lifter: Lifter,
    state: ProgramState,
    index: HistoryIndex,
    exercise: str,
    tier: int,
    day: date,
    p: Params = DEFAULT,
) -> list[Prescription]:
    """Prescriptions for one template slot on `day` (one per scheme; S4 T1 has two)."""
    week = week_of(state, day)
    table_week = 1 if week.planned_deload else week.number
    info = catalog.info(exercise)
    lift = state.lifts.get(exercise)
    e1rm = None if info.bodyweight else index.e1rm_work(exercise, day, lift)
    rest = REST[(week.spec.kind, tier)]
    out = []
    for scheme in blocks.schemes(week.spec, table_week, tier, p):
        rpe = scheme.rpe
        if blocks.first_week(week.spec, week.number) and not week.deload:
            rpe = min(rpe, p.first_week_rpe)
        load, note = _load(lifter, state, index, exercise, tier, scheme, rpe, e1rm, day, p)
        item = Prescription(
            exercise=exercise,
            sets=scheme.sets,
            reps=scheme.reps,
            load_kg=load,
            rpe=rpe,
            rir=None,
            rest=rest,
            note=note,
            reps_top=scheme.reps_top,
        )
        if lift and lift.variation and tier == 1:
            item = replace(item, note=f"{lift.variation} — {item.note}".strip(" —"))
        if week.deload:
            item = deload_version(item, info.equipment, lifter, p)
        elif week.spec.kind == "H" or tier == 3 or (week.spec.kind == "O" and tier == 2):
            item = replace(item, rpe=None, rir=10 - rpe)
        out.append(item)
    return out


def _load(
    lifter: Lifter,
    state: ProgramState,
    index: HistoryIndex,
    exercise: str,
    tier: int,
    scheme: Scheme,
    rpe: float,
    e1rm: float | None,
    day: date,
    p: Params,
) -> tuple[float | None, str]:
    info = catalog.info(exercise)
    kind = step_kind(info.equipment)
    if info.bodyweight:
        return None, "Bodyweight: add a rep where you can before adding weight."
    if week_of(state, day).spec.kind == "O" and tier == 1:
        lift = state.lifts.get(exercise)
        if lift is None or lift.load_kg is None:
            return None, CALIBRATE_LP
        return lift.load_kg, "Add weight next time if every set gets all its reps."
    if e1rm is not None and tier <= 2 and scheme.reps <= 12:
        raw = e1rm * rts_percent(scheme.reps, rpe) / 100
        capped = min(raw, p.e1rm_cap_pct * e1rm)
        load = round_load(capped, kind, lifter.unit, "nearest", p)
        note = (
            f"Set 1 harder or easier than RPE {fmt_number(rpe)}? Move the rest about 4% per point."
        )
        return load, note
    past = [e for e in index.of(exercise) if e.day < day]
    if past:
        bottom, top = scheme.reps, scheme.reps_top or scheme.reps
        return double_progression(past[-1], info, bottom, top, lifter.unit, p)
    return None, calibration_note(scheme)


def deload_version(
    item: Prescription, equipment: str, lifter: Lifter, p: Params = DEFAULT
) -> Prescription:
    """Deload: half the sets (min 1), 90% of the load rounded down, RPE at most 6, no AMRAP."""
    d = p.deload
    load = item.load_kg
    if load is not None:
        load = round_load(load * d.load_factor, step_kind(equipment), lifter.unit, "down", p)
    return replace(
        item,
        sets=max(1, math.floor(item.sets * d.sets_factor)),
        load_kg=load,
        rpe=d.rpe_cap,
        rir=None,
        amrap=False,
        note="Deload: light and crisp, stop well short of hard.",
    )


def weekly_volume(
    days: tuple[templates.Day, ...], spec: BlockSpec, p: Params = DEFAULT
) -> dict[str, float]:
    """Fractional weekly sets per muscle from the template (1 primary, 0.5 helper)."""
    total: dict[str, float] = defaultdict(float)
    for day in days:
        for exercise, tier in day.slots:
            sets = sum(s.sets for s in blocks.schemes(spec, 1, tier, p))
            info = catalog.info(exercise)
            for m in info.primary:
                total[m] += sets
            for m in info.secondary:
                total[m] += sets * 0.5
    return total


def fit_volume(
    items: list[Prescription], days: tuple[templates.Day, ...], state: ProgramState, p: Params
) -> list[Prescription]:
    """Add or remove isolation sets so each muscle's week matches its target (4.6 step 5)."""
    if state.block.kind != "H" or not state.weekly_sets:
        return items
    have = weekly_volume(days, state.block.spec, p)
    t3_count: Counter[str] = Counter()
    for day in days:
        for exercise, tier in day.slots:
            if tier == 3:
                t3_count.update(catalog.info(exercise).primary[:1])
    out = []
    for item in items:
        info = catalog.info(item.exercise)
        muscle = info.primary[0] if info.primary else None
        if (
            muscle in state.weekly_sets
            and t3_count[muscle]
            and info.tier == 3
            and not item.sets < 1
        ):
            extra = round((state.weekly_sets[muscle] - have[muscle]) / t3_count[muscle])
            item = replace(item, sets=max(1, min(6, item.sets + extra)))
        out.append(item)
    return out


def training_muscles(days: tuple[templates.Day, ...]) -> list[str]:
    """Muscles trained directly by the split (their weekly sets are tracked in H blocks)."""
    return sorted({m for d in days for ex, _ in d.slots for m in catalog.info(ex).primary})


def swapped(state: ProgramState, exercise: str) -> str:
    """The exercise done in a slot: its S4 swap, except a competition lift when the goal
    includes strength (those are never swapped out)."""
    if state.goal in ("strength", "both") and exercise in catalog.MAIN_LIFTS:
        return exercise
    return state.swaps.get(exercise, exercise)


def build(
    lifter: Lifter,
    state: ProgramState,
    index: HistoryIndex,
    today: date,
    session_index: int,
    p: Params = DEFAULT,
) -> Session:
    """Today's session for the running block."""
    week = week_of(state, today)
    days = templates.split(lifter.days, state.block.kind)
    day = days[session_index % len(days)]
    items: list[Prescription] = []
    for exercise, tier in day.slots:
        chosen = swapped(state, exercise)
        items.extend(slot_items(lifter, state, index, chosen, tier, today, p))
    if not week.deload:
        items = fit_volume(items, days, state, p)
    return Session(
        title=day.title,
        block_label=blocks.block_name(week.spec),
        week=week.number,
        weeks=week.spec.weeks,
        deload=week.deload,
        items=tuple(items),
    )
