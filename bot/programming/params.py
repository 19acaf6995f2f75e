"""Every tunable number of the rule set (COACHING.md 4.0), in one place.

Defaults are exactly the documented ones; tests and experiments pass their own `Params`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Level = Literal["novice", "intermediate", "advanced"]
Goal = Literal["strength", "hypertrophy", "both"]
LEVELS: tuple[Level, ...] = ("novice", "intermediate", "advanced")


def _frozen(**values: float) -> MappingProxyType[str, float]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class DeloadParams:
    """How a deload week thins out training (4.0 `deload`)."""

    sets_factor: float = 0.5
    load_factor: float = 0.9
    rpe_cap: float = 6.0
    days: int = 7


@dataclass(frozen=True)
class Params:
    """COACHING.md 4.0 defaults; one frozen object so a rule never hides its own constant."""

    increment_kg: MappingProxyType[str, float] = field(
        default_factory=lambda: _frozen(
            barbell_upper=2.5,
            barbell_lower_first4wk=5.0,
            barbell_lower=2.5,
            dumbbell=2.0,
            machine=2.5,
            min=1.25,
        )
    )
    round_to_kg: MappingProxyType[str, float] = field(
        default_factory=lambda: _frozen(barbell=2.5, dumbbell=2.0, machine=2.5)
    )
    round_to_lb: MappingProxyType[str, float] = field(
        default_factory=lambda: _frozen(barbell=5.0, dumbbell=5.0, machine=5.0)
    )
    lb_increment_factor: float = 2.0  # 2.5 kg → 5 lb
    rpe_min_for_e1rm: float = 6.5
    max_eff_reps_rpe_known: int = 12
    max_eff_reps_rpe_unknown: int = 10
    e1rm_work_window: int = 3
    working_set_min_pct: float = 0.60
    strength_set_max_reps: int = 5
    stall_window_exposures: MappingProxyType[str, float] = field(
        default_factory=lambda: _frozen(intermediate=6, advanced=8)
    )
    stall_min_gain: float = 0.01
    stall_confirmations: int = 2
    fast_path_misses: int = 2
    lp_fail_limit: int = 3
    lp_reset_factor: float = 0.90
    lp_first_weeks: int = 4
    lp_exhausted_resets: int = 2
    lp_exhausted_window_weeks: int = 12
    lp_stall_progress: float = 0.05  # resets this far apart in load mean LP still works
    lp_target_reps: int = 5
    lp_amrap_double_at: int = 10
    lifts_exhausted_for_promotion: int = 2
    tm_reset_factor: float = 0.95
    tm_reset_factor_advanced: float = 0.90
    fatigue_drop: float = 0.95
    fatigue_best_weeks: int = 6
    rpe_creep: float = 1.0
    rpe_creep_min: float = 7.0  # creep counts only when the sets end up at RPE 7 or harder
    fatigue_min_points: int = 3  # sessions before the last two that S3(a) compares against
    rpe_creep_exposures: int = 3
    checkin_flags_for_fatigue: int = 2
    autoreg_pct_per_rpe: float = 0.04
    autoreg_cap: float = 0.10
    deload: DeloadParams = field(default_factory=DeloadParams)
    recent_deload_weeks: int = 3
    pull_deload_forward_weeks: int = 2
    weekly_sets_start: MappingProxyType[str, float] = field(
        default_factory=lambda: _frozen(novice=8, intermediate=10, advanced=12)
    )
    weekly_sets_cap: MappingProxyType[str, float] = field(
        default_factory=lambda: _frozen(novice=14, intermediate=20, advanced=24)
    )
    sets_step_stalled: int = 2
    sets_step_progress: int = 1
    s4_stalled_exposures: int = 3
    s4_muscle_stalled_share: float = 0.5
    s4_regression: float = 0.10
    s5_weeks: int = 8
    s5_min_gain_per_week: float = 0.0025
    s5_no_pr_share: float = 0.5
    e1rm_cap_pct: float = 0.95
    first_week_rpe: float = 7.0
    history_weeks: int = 16


DEFAULT = Params()
