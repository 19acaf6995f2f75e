"""Stall and fatigue detectors S1–S5 (COACHING.md 4.3): pure functions over exposures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import Enum
from statistics import median

from bot.programming.e1rm import session_e1rm
from bot.programming.exposures import Exposure
from bot.programming.models import CheckIn
from bot.programming.params import DEFAULT, Params


class LpOutcome(Enum):
    SUCCESS = "success"
    DOUBLE = "double"  # AMRAP well past target: double step
    FAIL = "fail"


def lp_outcome(exposure: Exposure, p: Params = DEFAULT) -> LpOutcome:
    """S1 judgement of one session at its top load (AMRAP variant: AMRAP < 5 fails)."""
    sets = exposure.top_sets
    amraps = [s for s in sets if s.amrap]
    if any(s.reps < p.lp_target_reps for s in sets):
        return LpOutcome.FAIL
    if amraps and max(s.reps for s in amraps) >= p.lp_amrap_double_at:
        return LpOutcome.DOUBLE
    return LpOutcome.SUCCESS


def lp_exhausted(resets: Sequence[tuple[date, float]], today: date, p: Params = DEFAULT) -> bool:
    """LP is used up for a lift after enough resets within the window (S1) that stalled at
    about the same load: a reset the lifter then climbed well past was a run-up, not the end."""
    window = timedelta(weeks=p.lp_exhausted_window_weeks)
    recent = [load for day, load in resets if today - day <= window]
    if len(recent) < p.lp_exhausted_resets:
        return False
    span = recent[-p.lp_exhausted_resets :]
    return span[-1] < (1 + p.lp_stall_progress) * span[0]


def s2_condition(values: Sequence[float], n: int, p: Params = DEFAULT) -> bool:
    """cond_j for the last strength exposure: last-n best < (1 + min gain) × previous-n best."""
    if len(values) < 2 * n:
        return False
    recent = max(values[-n:])
    before = max(values[-2 * n : -n])
    return recent < (1 + p.stall_min_gain) * before


def s2_stalled(values: Sequence[float], n: int, p: Params = DEFAULT) -> bool:
    """S2 STALL: cond true at the last `stall_confirmations` consecutive strength exposures."""
    return all(s2_condition(values[: len(values) - k], n, p) for k in range(p.stall_confirmations))


def fatigue_e1rm_drop(points: Sequence[tuple[date, float]], p: Params = DEFAULT) -> bool:
    """S3(a): the last two session e1RMs both under 95% of the median of the sessions before
    them (the caller passes the last 6 weeks; one lucky day can't set the bar)."""
    if len(points) < 2 + p.fatigue_min_points:
        return False
    usual = median(v for _, v in points[:-2])
    return all(v < p.fatigue_drop * usual for _, v in points[-2:])


def fatigue_rpe_creep(exposures: Sequence[Exposure], p: Params = DEFAULT) -> bool:
    """S3(b): same load × reps on the last 3 exposures, RPE up by ≥ 1 in total to RPE 7+."""
    last = list(exposures)[-p.rpe_creep_exposures :]
    if len(last) < p.rpe_creep_exposures:
        return False
    shapes = {(round(e.top, 2), tuple(s.reps for s in e.top_sets)) for e in last}
    rpes = [e.top_rpe for e in last]
    if len(shapes) != 1 or any(r is None for r in rpes):
        return False
    first, final = rpes[0], rpes[-1]
    return (
        first is not None
        and final is not None
        and final - first >= p.rpe_creep
        and final >= p.rpe_creep_min
    )


def fatigue_checkin(checkin: CheckIn, p: Params = DEFAULT) -> bool:
    """S3(c): at least two warning signs in a weekly check-in."""
    return checkin.fatigue_flags >= p.checkin_flags_for_fatigue


def improves(
    exposure: Exposure,
    earlier: Sequence[Exposure],
    bottom: int,
    rir_target: float,
    p: Params = DEFAULT,
) -> bool:
    """S4: a heavier top load with every set in range, or more reps at the best load so far.

    With RPE logged, a heavier load must also mean a better e1RM: the block's own load ramp
    (RIR falling week to week) lifted at the same strength is not progress."""
    rpe = exposure.top_rpe
    if rpe is not None and 10 - rpe > rir_target + 1:
        return False
    if not earlier:
        return True
    rated = rpe is not None and all(e.top_rpe is not None for e in earlier)
    best_load = max(e.top for e in earlier)
    if exposure.top > best_load + 1e-6:
        in_range = all(s.reps >= bottom for s in exposure.top_sets)
        return in_range and (not rated or _stronger(exposure, earlier, p))
    if abs(exposure.top - best_load) < 1e-6:
        best_reps = max(e.top_reps for e in earlier if abs(e.top - best_load) < 1e-6)
        return exposure.top_reps > best_reps
    return False


def _stronger(exposure: Exposure, earlier: Sequence[Exposure], p: Params) -> bool:
    """With RPE logged, progress is a better e1RM: the block's planned rise in load (RIR
    falling week to week) is not progress by itself."""
    now = session_e1rm(exposure.sets, p)
    before = [v for e in earlier if (v := session_e1rm(e.sets, p)) is not None]
    if now is None or not before:
        return now is not None
    return now >= (1 + p.stall_min_gain) * max(before)


def exercise_stalled(
    exposures: Sequence[Exposure], bottom: int, rir_target: float, p: Params = DEFAULT
) -> bool:
    """S4: the last 3 exposures in the block all failed to improve."""
    k = p.s4_stalled_exposures
    if len(exposures) < k + 1:
        return False
    return not any(
        improves(exposures[i], exposures[:i], bottom, rir_target, p)
        for i in range(len(exposures) - k, len(exposures))
    )


def regressed(exposures: Sequence[Exposure], p: Params = DEFAULT) -> bool:
    """S4 Regression: load × reps fell by ≥ 10% against the previous exposure."""
    if len(exposures) < 2 or exposures[-2].tonnage <= 0:
        return False
    return exposures[-1].tonnage <= (1 - p.s4_regression) * exposures[-2].tonnage


def muscle_stalled(stalled_flags: Sequence[bool], p: Params = DEFAULT) -> bool:
    """S4: half or more of a muscle's exercises stalled in the same week."""
    return bool(stalled_flags) and sum(stalled_flags) >= p.s4_muscle_stalled_share * len(
        stalled_flags
    )


def weekly_gain(
    bodyweights: Sequence[tuple[date, float]], today: date, p: Params = DEFAULT
) -> float | None:
    """Average body-weight change per week over the last 8 weeks, as a fraction; None if unknown."""
    start = today - timedelta(weeks=p.s5_weeks)
    pts = sorted((d, w) for d, w in bodyweights if start <= d <= today)
    if len(pts) < 2 or pts[-1][0] == pts[0][0] or pts[0][1] <= 0:
        return None
    weeks = (pts[-1][0] - pts[0][0]).days / 7
    return (pts[-1][1] / pts[0][1] - 1) / weeks


def had_pr(exposures: Sequence[Exposure], since: date) -> bool:
    """A load/rep PR on or after `since`: a set no earlier set beats on both load and reps."""
    frontier: list[tuple[float, int]] = []
    for e in exposures:
        for s in e.sets:
            load = s.weight_kg or 0.0
            beaten = any(w >= load and r >= s.reps for w, r in frontier)
            if not beaten and frontier and e.day >= since:
                return True
            if not beaten:
                frontier.append((load, s.reps))
    return False


def size_plateau(
    bodyweights: Sequence[tuple[date, float]],
    exposures: dict[str, list[Exposure]],
    since: date,
    today: date,
    p: Params = DEFAULT,
) -> tuple[bool, float | None]:
    """S5: slow weight gain and no PR on half the tracked lifts since `since` (two H blocks)."""
    gain = weekly_gain(bodyweights, today, p)
    if gain is None or gain >= p.s5_min_gain_per_week:
        return False, gain
    tracked = [exs for exs in exposures.values() if any(e.day >= since for e in exs)]
    if not tracked:
        return False, gain
    no_pr = sum(1 for exs in tracked if not had_pr(exs, since))
    return no_pr >= p.s5_no_pr_share * len(tracked), gain
