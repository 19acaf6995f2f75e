"""Estimated 1RM for programming (COACHING.md 4.1): RPE-aware, conservative when RPE is unknown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from statistics import median

from bot.e1rm import epley
from bot.programming.models import LoggedSet
from bot.programming.params import DEFAULT, Params
from bot.programming.rts import rts_percent


def effective_rpe(s: LoggedSet) -> float | None:
    """Logged RPE rounded to 0.5; an AMRAP/to-failure set counts as RPE 10."""
    if s.rpe is not None:
        return round(s.rpe * 2) / 2
    return 10.0 if s.amrap else None


def set_e1rm(s: LoggedSet, p: Params = DEFAULT) -> float | None:
    """Set e1RM, or None when the set is too light, too long or unloaded to say anything."""
    if s.weight_kg is None or s.weight_kg <= 0 or s.reps < 1 or s.warmup:
        return None
    rpe = effective_rpe(s)
    if rpe is None:
        return epley(s.weight_kg, s.reps) if s.reps <= p.max_eff_reps_rpe_unknown else None
    if s.reps == 1 and rpe >= 10:
        return s.weight_kg
    if not p.rpe_min_for_e1rm <= rpe <= 10 or s.reps > p.max_eff_reps_rpe_known:
        return None
    return s.weight_kg / (rts_percent(s.reps, rpe) / 100)


def session_e1rm(sets: Iterable[LoggedSet], p: Params = DEFAULT) -> float | None:
    """Best set e1RM of one session (callers pass only working sets)."""
    values = [e for e in (set_e1rm(s, p) for s in sets) if e is not None]
    return max(values) if values else None


def working_e1rm(session_values: Sequence[float], p: Params = DEFAULT) -> float | None:
    """Median of the last few session e1RMs: one lucky or bad day cannot swing loads."""
    recent = list(session_values)[-p.e1rm_work_window :]
    return float(median(recent)) if recent else None
