"""Load arithmetic shared by the generator and the engine: LP steps, double progression, autoreg."""

from __future__ import annotations

from bot.exercises import Exercise
from bot.programming.exposures import Exposure
from bot.programming.params import DEFAULT, Params
from bot.programming.rounding import increment_in_unit, round_load, step_kind
from bot.units import Unit, fmt_load


def nominal_increment(
    lift: Exercise, weeks_in: int, override: float | None, p: Params = DEFAULT
) -> float:
    """The 4.0 increment (kg, before lb doubling): lower-body barbell jumps 5 kg for 4 weeks."""
    if override is not None:
        return override
    inc = p.increment_kg
    if lift.equipment == "barbell":
        if lift.lower_body:
            return (
                inc["barbell_lower_first4wk"]
                if weeks_in < p.lp_first_weeks
                else inc["barbell_lower"]
            )
        return inc["barbell_upper"]
    return inc["dumbbell"] if lift.equipment == "dumbbell" else inc["machine"]


def double_progression(
    last: Exposure, lift: Exercise, bottom: int, top: int, unit: Unit, p: Params = DEFAULT
) -> tuple[float | None, str]:
    """Next load after a rep-range exposure: every set at the top → one step up, else stay."""
    load = last.top if last.top > 0 else None
    reps = [s.reps for s in last.top_sets]
    if load is None:
        return None, f"Add a rep where you can; at {top} on every set, add a little weight."
    if all(r >= top for r in reps):
        inc = increment_in_unit(nominal_increment(lift, 99, None, p), unit, p)
        new = round_load(load + inc, step_kind(lift.equipment), unit, "nearest", p)
        return (
            new,
            f"You hit {top} on every set — up to {fmt_load(new, unit)}, aim for {bottom}+ reps.",
        )
    return load, f"Stay at {fmt_load(load, unit)} and beat last time by a rep on any set."


def autoregulate(
    load_kg: float, logged_rpe: float, target_rpe: float, kind: str, unit: Unit, p: Params = DEFAULT
) -> float:
    """Load for the next sets when set 1 felt harder/easier than planned (4% per RPE, ±10%)."""
    change = -p.autoreg_pct_per_rpe * (logged_rpe - target_rpe)
    change = max(-p.autoreg_cap, min(p.autoreg_cap, change))
    return round_load(load_kg * (1 + change), kind, unit, "nearest", p)
