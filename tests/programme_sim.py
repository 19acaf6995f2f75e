"""A seeded simulated lifter for the named programmes: follows each plan, as strong as it is.

True 1RMs grow weekly (or stop at a set week and then slide); each set gets as many reps as
Epley says the lifter has at that load, capped at the plan's reps (AMRAP sets go to the limit).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.programming import (
    Event,
    Lifter,
    LoggedSet,
    ProgramState,
    Session,
    prescribe,
    start_state,
    update,
)
from bot.programming.programmes import runner

STRENGTH = {"squat": 150.0, "bench_press": 105.0, "deadlift": 185.0, "overhead_press": 65.0,
            "barbell_row": 90.0, "power_clean": 90.0}  # fmt: skip
OTHER = 70.0
START = date(2026, 3, 2)  # a Monday
WEEKDAYS = {2: (1, 4), 3: (0, 2, 4), 4: (0, 1, 3, 4), 6: (0, 1, 2, 3, 4, 5)}


@dataclass
class SimLifter:
    """Weekly gain, an optional plateau week and an optional week off."""

    gain: float = 0.01
    stall_week: int | None = None
    slide: float = 0.02  # weekly loss after the stall (a stall that also eats recovery)
    skip_week: int | None = None
    seed: int = 1
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def one_rm(self, ex: str, week: int) -> float:
        stall = week if self.stall_week is None else min(week, self.stall_week)
        after = week - stall
        return STRENGTH.get(ex, OTHER) * (1 + self.gain) ** stall * (1 - self.slide) ** after

    def reps(self, ex: str, load: float, week: int) -> int:
        rm = self.one_rm(ex, week) * (1 + self.rng.uniform(-0.005, 0.005))
        return 0 if load > rm else max(1, int(30 * (rm / load - 1)))


@dataclass
class Day:
    day: date
    week: int
    session: Session
    events: list[Event]


@dataclass
class Result:
    """Every training day (plus a final judging day), the end state, and the whole log."""

    days: list[Day]
    state: ProgramState
    history: list[LoggedSet]


def history_for(lifter: SimLifter, pct: float = 0.8) -> list[LoggedSet]:
    """Three weeks of 3×5 @ RPE 8 at `pct` of 1RM before the programme (so e1RMs exist)."""
    out = []
    for w in range(3):
        day = START - timedelta(weeks=3 - w)
        for ex in STRENGTH:
            load = round(lifter.one_rm(ex, 0) * pct / 2.5) * 2.5
            out += [LoggedSet(ex, day, load, 5, 8.0) for _ in range(3)]
    return out


def run(
    programme: str,
    lifter: SimLifter,
    weeks: int = 14,
    days: int = 4,
    unit: str = "kg",
    options: tuple[str, ...] = (),
    start_pct: float = 0.8,
) -> Result:
    """Switch to `programme`, then train every training day for `weeks`, logging each plan."""
    who = Lifter("strength", "intermediate", days, unit)  # type: ignore[arg-type]
    history = history_for(lifter, start_pct)
    state = start_state(who, history, START)
    state, _, _ = runner.switch(who, state, history, START, programme, list(options))
    out: list[Day] = []
    for week in range(weeks):
        if week == lifter.skip_week:
            continue
        for wd in WEEKDAYS[days]:
            day = START + timedelta(weeks=week, days=wd)
            state, events = update(who, state, history, day)
            session = prescribe(who, state, history, day)
            out.append(Day(day, week, session, events))
            history += _log(lifter, session, day, week)
    state, events = update(who, state, history, START + timedelta(weeks=weeks))
    out.append(Day(START + timedelta(weeks=weeks), weeks, session, events))
    return Result(out, state, history)


def _log(lifter: SimLifter, session: Session, day: date, week: int) -> list[LoggedSet]:
    sets = []
    for item in session.items:
        load = item.load_kg
        if load is None:  # calibration: a hard set at the plan's reps
            load = round(lifter.one_rm(item.exercise, week) * 0.75 / 2.5) * 2.5
        for i in range(item.sets):
            can = lifter.reps(item.exercise, load, week)
            last = i == item.sets - 1
            want = item.reps_top or item.reps
            reps = min(can, 30 if item.amrap and last else want)
            if reps > 0:
                sets.append(LoggedSet(item.exercise, day, load, reps, None))
    return sets
