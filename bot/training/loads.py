"""Loads from the first logged set: an e1RM from the lift's recent sets (today's included)
for every prescription the engine left without a load, so a new lifter's plan has numbers
as soon as one set of a lift is logged. Calibration notes stay only for lifts never logged."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.programming.catalog import info
from bot.programming.e1rm import session_e1rm, working_e1rm
from bot.programming.models import LoggedSet, Prescription, Session
from bot.programming.params import DEFAULT
from bot.programming.rounding import round_load, step_kind
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_load

DEFAULT_RPE = 8.0


def recent_e1rm(history: Sequence[LoggedSet], exercise: str, until: date) -> float | None:
    """Median of the lift's last three session e1RMs up to and including `until`."""
    by_day: dict[date, list[LoggedSet]] = defaultdict(list)
    for s in history:
        if s.exercise == exercise and s.day <= until and not s.warmup:
            by_day[s.day].append(s)
    values = [v for d in sorted(by_day) if (v := session_e1rm(by_day[d])) is not None]
    return working_e1rm(values)


def percent_of_e1rm(reps: int, rpe: float) -> float:
    """RTS chart where it has a value; Epley on reps + reps in reserve beyond it."""
    try:
        return rts_percent(reps, rpe) / 100
    except ValueError:
        return 1 / (1 + (reps + max(0.0, 10 - rpe)) / 30)


def effort(item: Prescription) -> float:
    """The RPE a prescription aims at (RIR targets read as 10 − RIR)."""
    if item.rpe is not None:
        return item.rpe
    return 10 - item.rir if item.rir is not None else DEFAULT_RPE


def load_from_e1rm(item: Prescription, e1rm: float, unit: Unit) -> float:
    """The prescription's load at its effort target, capped like the engine's, rounded."""
    pct = min(percent_of_e1rm(item.reps_top or item.reps, effort(item)), DEFAULT.e1rm_cap_pct)
    return round_load(e1rm * pct, step_kind(info(item.exercise).equipment), unit)


def fill_loads(session: Session, history: Sequence[LoggedSet], today: date, unit: Unit) -> Session:
    """The session with a load on every weighted line whose lift has an e1RM."""
    items = []
    for item in session.items:
        e1rm = None
        if item.load_kg is None and not info(item.exercise).bodyweight:
            e1rm = recent_e1rm(history, item.exercise, today)
        if e1rm is not None:
            note = f"From your logged sets (e1RM {fmt_load(e1rm, unit)}); adjust by feel."
            item = replace(item, load_kg=load_from_e1rm(item, e1rm, unit), note=note)
        items.append(item)
    return replace(session, items=tuple(items))


def scale_loads(session: Session, factor: float, unit: Unit, note: str) -> Session:
    """Every load × `factor`, rounded down to a loadable step (re-entry weeks)."""
    if factor >= 1:
        return session
    items = []
    for item in session.items:
        if item.load_kg is not None:
            kind = step_kind(info(item.exercise).equipment)
            scaled = round_load(item.load_kg * factor, kind, unit, "down")
            item = replace(item, load_kg=scaled, note=note)
        items.append(item)
    return replace(session, items=tuple(items))
