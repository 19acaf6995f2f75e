"""Today's plan as the lifter trains it: the engine's session plus loads from the first logged
set, the re-entry rule, loads the lifter's plates can make, warm-ups, and what is done."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from bot.programming import Session
from bot.programming.reentry import LAYOFF, reentry_factor
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.program import planned
from bot.services.programmes import current_program
from bot.training.day import DayPlan, is_barbell, plan_json
from bot.training.loads import fill_loads, scale_loads
from bot.training.plates import DEFAULTS, PlateSetup, load_plates
from bot.training.warmups import ramp
from bot.units import Unit, from_kg, to_kg
from storage.training import TrainingPrefs
from storage.users import User

REENTRY_NOTE = "Re-entry week after a long break: 80% of your usual loads."
WARMUP_MIN_REPS = 6  # a "heavy" lift: loaded barbell work of at most this many reps


def plate_setup(prefs: TrainingPrefs, unit: Unit) -> PlateSetup:
    """The lifter's bar and plates in `unit` (their own when set in that unit)."""
    base = DEFAULTS[unit]
    if prefs.plate_unit != unit:
        return base
    return PlateSetup(unit, prefs.bar or base.bar, prefs.plates or base.plates)


def _loadable(session: Session, setup: PlateSetup) -> Session:
    """Every barbell load moved to the nearest one the lifter's plates make."""
    items = []
    for item in session.items:
        if is_barbell(item) and item.load_kg is not None:
            made = load_plates(from_kg(item.load_kg, setup.unit), setup).load
            item = replace(item, load_kg=to_kg(made, setup.unit))
        items.append(item)
    return replace(session, items=tuple(items))


def _warmups(
    session: Session, setup: PlateSetup
) -> tuple[int | None, tuple[tuple[float, int], ...]]:
    for i, item in enumerate(session.items):
        if is_barbell(item) and item.load_kg is not None and item.reps <= WARMUP_MIN_REPS:
            work = from_kg(item.load_kg, setup.unit)
            sets = ramp(work, setup.bar, lambda w: load_plates(w, setup).load)
            return i, tuple((to_kg(w, setup.unit), r) for w, r in sets)
    return None, ()


def _rest_day(user: User, day: date) -> bool:
    return bool(user.training_days) and not user.training_days & (1 << day.weekday())


async def day_plan(svc: Services, user: User, day: date | None = None) -> DayPlan:
    """What /plan, the daily prompt and `spotter plan` prescribe for `day` (default today)."""
    today = day or local_today(svc.now(), user.timezone)
    session, history = await planned(svc, user, today)
    session = fill_loads(session, [s for s in history if s.day <= today], today, user.unit)
    days = await svc.training.training_days(user.id, today - LAYOFF - timedelta(days=7), today)
    factor = reentry_factor([d for d in days if d < today], today)
    session = scale_loads(session, factor, user.unit, REENTRY_NOTE)
    prefs = await svc.training.prefs(user.id)
    setup = plate_setup(prefs, user.unit)
    session = _loadable(session, setup)
    index, warmups = _warmups(session, setup) if prefs.warmups else (None, ())
    skipped = await svc.training.skipped_since(user.id, today - timedelta(days=14))
    last_trained = max((d for d in days if d < today), default=None)
    recent = tuple(d for d in skipped if d < today and (last_trained is None or d > last_trained))
    return DayPlan(
        day=today,
        session=session,
        setup=setup,
        logged=await svc.training.logged_today(user.id, today),
        rest_day=_rest_day(user, today),
        skipped_today=today in skipped,
        skipped_recently=recent,
        reentry=factor < 1,
        warmup_index=index,
        warmups=warmups,
    )


async def plan_document(svc: Services, user: User, day: date | None = None) -> dict[str, Any]:
    """`spotter plan --json`: exactly what /plan would prescribe for `day` from the store."""
    plan = await day_plan(svc, user, day)
    name = await current_program(svc, user)
    return plan_json(plan, name, plan.session.block_label, user.unit)
