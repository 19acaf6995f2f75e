"""Load arithmetic and set checks every named programme uses (rounding, increments, caps)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.programming import catalog
from bot.programming.exposures import Exposure
from bot.programming.models import Prescription
from bot.programming.programmes.base import Ctx
from bot.programming.rounding import Mode, increment_in_unit, round_load, step_kind
from bot.programming.rts import rts_percent
from bot.units import fmt_load

EPS = 1e-6
MAIN_REST = (180, 300)
T2_REST = (120, 180)
ACC_REST = (60, 120)


def kind(exercise: str) -> str:
    return step_kind(catalog.info(exercise).equipment)


def rnd(ctx: Ctx, exercise: str, kg: float, mode: Mode = "nearest") -> float:
    """A loadable weight in the lifter's unit (resets and deloads round down)."""
    return round_load(kg, kind(exercise), ctx.lifter.unit, mode, ctx.p)


def step(ctx: Ctx, exercise: str, upper_kg: float = 2.5, lower_kg: float = 5.0) -> float:
    """A programme's per-success increment: lower-body barbell lifts jump more (lb users ×2)."""
    info = catalog.info(exercise)
    if info.equipment != "barbell":
        return increment_in_unit(
            ctx.p.increment_kg["dumbbell" if kind(exercise) == "dumbbell" else "machine"],
            ctx.lifter.unit,
            ctx.p,
        )
    nominal = lower_kg if info.lower_body else upper_kg
    return increment_in_unit(nominal, ctx.lifter.unit, ctx.p)


def e1rm(ctx: Ctx, exercise: str, before: date) -> float | None:
    """The working e1RM (median of recent sessions) from days before `before`."""
    if catalog.info(exercise).bodyweight:
        return None
    return ctx.index.e1rm_work(exercise, before, None)


def at_rpe(ctx: Ctx, exercise: str, reps: int, rpe: float, before: date) -> float | None:
    """The RTS load for reps @ RPE from the working e1RM, rounded; None without an e1RM."""
    e = e1rm(ctx, exercise, before)
    if e is None:
        return None
    return rnd(ctx, exercise, e * rts_percent(min(reps, 12), rpe) / 100, "down")


def best_e1rm(ctx: Ctx, exercise: str, before: date) -> float | None:
    """The best session e1RM of the last few weeks: what the lifter has shown they can do.

    Programmes mix heavy, light and volume days, so the median of the last three sessions
    (the engine's e1RM_work) would sit below a heavy day's own target."""
    since = before - timedelta(weeks=ctx.p.fatigue_best_weeks)
    points = [v for d, v in ctx.index.points(exercise, since, before) if d < before]
    return max(points) if points else None


def capped(ctx: Ctx, exercise: str, kg: float | None, day: date) -> float | None:
    """Never above 95% of the lifter's recent best e1RM (rounded down), whatever a rule says."""
    e = best_e1rm(ctx, exercise, day)
    if kg is None or e is None:
        return kg
    return min(kg, rnd(ctx, exercise, ctx.p.e1rm_cap_pct * e, "down"))


def last_top(ctx: Ctx, exercise: str, before: date) -> float | None:
    """The heaviest load of the last logged session of `exercise` before `before`."""
    past = [e for e in ctx.index.of(exercise) if e.day < before and e.top > 0]
    return past[-1].top if past else None


def reps_at(e: Exposure | None, load: float | None) -> list[int]:
    """Reps of each logged set at (or above) `load`."""
    if e is None or load is None:
        return []
    return [s.reps for s in e.sets if (s.weight_kg or 0.0) >= load - EPS]


def completed(e: Exposure | None, load: float | None, sets: int, reps: int) -> bool | None:
    """True when `sets` sets of `reps` were done at `load`; None when the lift wasn't done."""
    if e is None:
        return None
    if load is None:
        return True
    return sum(1 for r in reps_at(e, load) if r >= reps) >= sets


def item(
    exercise: str,
    sets: int,
    reps: int,
    load: float | None,
    rest: tuple[int, int],
    note: str = "",
    *,
    amrap: bool = False,
    rpe: float | None = None,
    rir: float | None = None,
    reps_top: int | None = None,
) -> Prescription:
    return Prescription(
        exercise, sets, reps, load, rpe, rir, rest, note, reps_top=reps_top, amrap=amrap
    )


def numbers(ctx: Ctx, lifts: tuple[str, ...], head: str, empty: str, prefix: str = "") -> str:
    """'Head: Squat 100 kg, Bench press 70 kg.' from the lifts' tracks, or `empty` if none.

    `prefix` picks a tier's tracks (GZCLP "t1:"); 5/3/1's training maxes come from `tm_kg`."""
    shown = []
    for lift in lifts:
        tr = ctx.run.tracks.get(prefix + lift)
        value = None if tr is None else (tr.tm_kg if tr.tm_kg is not None else tr.load_kg)
        if value is not None:
            shown.append(f"{catalog.info(lift).name} {fmt_load(value, ctx.lifter.unit)}")
    return f"{head}: " + ", ".join(shown) + "." if shown else empty


def calibration(reps: str, rpe: int = 8) -> str:
    return (
        f"No numbers for this lift yet: work up to a set of {reps} at about RPE {rpe} and log "
        "it — I'll set your weights from it."
    )


def rep_range_load(
    ctx: Ctx, exercise: str, bottom: int, rir: float, day: date, key: str
) -> float | None:
    """The load a rep-range slot uses: its track, else the e1RM at the target RIR, else the log."""
    tr = ctx.run.tracks.get(key)
    if tr is not None and tr.load_kg is not None:
        return tr.load_kg
    if not catalog.info(exercise).bodyweight:
        start = at_rpe(ctx, exercise, bottom, 10 - max(0.0, min(3.0, rir)), day)
        return start if start is not None else last_top(ctx, exercise, day)
    return None


def rep_range(
    ctx: Ctx,
    exercise: str,
    sets: int,
    span: tuple[int, int],
    rir: float,
    day: date,
    key: str | None = None,
) -> Prescription:
    """Double progression: sets × bottom–top at one load; every set at the top adds a step.

    `key` names the slot's track when one exercise has two slots (PPL's A and B days)."""
    bottom, top = span
    start = rep_range_load(ctx, exercise, bottom, rir, day, key or exercise)
    load = capped(ctx, exercise, start, day)
    info = catalog.info(exercise)
    if load is None and not info.bodyweight:
        note = f"Pick a weight you can do {top} times with {int(rir) + 1} reps to spare; log it."
    else:
        note = f"All sets at {top} reps → a little more weight next time."
    rest = T2_REST if info.tier <= 2 else ACC_REST
    return item(exercise, sets, bottom, load, rest, note, rir=rir, reps_top=top)


def judge_rep_range(ctx: Ctx, rx: Prescription, e: Exposure | None, key: str | None = None) -> None:
    """After a rep-range exposure: all prescribed sets at the top of the range → next step."""
    if e is None or catalog.info(rx.exercise).bodyweight:
        return
    tr = ctx.run.track(key or rx.exercise)
    load = rx.load_kg if rx.load_kg is not None else e.top
    if tr.load_kg is None:
        tr.load_kg = load
    if completed(e, load, rx.sets, rx.reps_top or rx.reps):
        tr.load_kg = rnd(ctx, rx.exercise, load + step(ctx, rx.exercise, 2.5, 2.5))
