"""Today's plan from the last weeks of today's lifts, and the whole window only of the lifts
those weeks don't cover, is the plan from the whole window — for lifters who log RPE, who
don't, and who mix."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.programming import (
    Lifter,
    LoggedSet,
    prescribe,
    prescribed_lifts,
    start_state,
    templates,
    update,
)
from bot.programming.history import uncovered
from bot.training.loads import fill_loads

TODAY = date(2026, 6, 3)
LIFTS = (
    ("squat", 120.0), ("bench_press", 90.0), ("deadlift", 150.0), ("overhead_press", 55.0),
    ("barbell_row", 70.0), ("lat_pulldown", 60.0), ("romanian_deadlift", 100.0),
    ("bicep_curl", 25.0), ("leg_press", 180.0), ("pull_up", 0.0), ("lateral_raise", 10.0),
)  # fmt: skip


def logged(
    seed: int,
    rpe_share: float,
    weeks: int,
    lifts: tuple[tuple[str, float], ...] = LIFTS,
    per_session: int = 6,
) -> list[LoggedSet]:
    """`weeks` of three sessions a week of most of `lifts` up to yesterday; a share of
    sessions carries RPE."""
    rng = random.Random(seed)
    out: list[LoggedSet] = []
    for back in range(weeks * 7, 0, -1):
        day = TODAY - timedelta(days=back)
        if day.weekday() not in (0, 2, 4):
            continue
        for exercise, base in rng.sample(lifts, per_session):
            load = round(base * rng.uniform(0.85, 1.1) / 2.5) * 2.5 if base else None
            rpe = rng.choice((7.0, 8.0, 9.0)) if rng.random() < rpe_share else None
            reps = rng.choice((5, 8, 10))
            out += [LoggedSet(exercise, day, load, reps - (i == 2), rpe) for i in range(3)]
    return out


def template_lifts(lifter: Lifter) -> tuple[tuple[str, float], ...]:
    """Every lift the lifter's templates hold (any block), at a made-up base load."""
    loads = dict(LIFTS)
    lifts = {ex for kind in "OHSP" for d in templates.split(lifter.days, kind) for ex, _ in d.slots}
    return tuple((ex, loads.get(ex, 50.0)) for ex in sorted(lifts))


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    rpe_share=st.sampled_from((0.0, 0.5, 0.9, 1.0)),
    weeks=st.integers(2, 16),
    level=st.sampled_from(("novice", "intermediate")),
    goal=st.sampled_from(("strength", "hypertrophy", "both")),
    days=st.integers(2, 5),
    share=st.floats(0.3, 1.0),
)
def test_the_recent_read_plans_today_as_the_whole_window_would(
    seed: int, rpe_share: float, weeks: int, level: str, goal: str, days: int, share: float
) -> None:
    lifter = Lifter(goal, level, days)  # type: ignore[arg-type]
    every = template_lifts(lifter)
    history = logged(seed, rpe_share, weeks, every, max(1, round(share * len(every))))
    state = start_state(lifter, history, TODAY, since=min(s.day for s in history))
    state, _ = update(lifter, state, history, TODAY)  # judged through yesterday, as after a log
    lifts = prescribed_lifts(lifter, state, TODAY)
    assert lifts is not None
    recent = [s for s in history if s.exercise in lifts and s.day >= TODAY - timedelta(weeks=4)]
    further = uncovered(recent, state, lifts, TODAY)
    read = [s for s in recent if s.exercise not in further]
    read += [s for s in history if s.exercise in further]  # what /plan reads
    whole = prescribe(lifter, state, history, TODAY)
    assert prescribe(lifter, state, read, TODAY) == whole
    assert fill_loads(whole, read, TODAY, "kg") == fill_loads(whole, history, TODAY, "kg")


def judged(lifter: Lifter, rpe_share: float) -> bool:
    """Whether the last 4 weeks of 16 of every template lift, each session, cover today."""
    every = template_lifts(lifter)
    history = logged(1, rpe_share, 16, every, per_session=len(every))
    state, _ = update(
        lifter, start_state(lifter, history, TODAY, since=history[0].day), history, TODAY
    )
    lifts = prescribed_lifts(lifter, state, TODAY)
    assert lifts is not None
    recent = [s for s in history if s.day >= TODAY - timedelta(weeks=4)]
    return not uncovered(recent, state, lifts, TODAY)


def test_a_lifter_who_logs_rpe_is_planned_from_the_last_weeks() -> None:
    assert judged(Lifter("both", "intermediate", 3), rpe_share=1.0)


def test_without_rpe_the_last_weeks_are_not_enough() -> None:
    assert not judged(Lifter("both", "intermediate", 3), rpe_share=0.0)
