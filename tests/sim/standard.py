"""Plain standard programmes run on the same simulator: the bar the engine must clear.

* `StartingStrength` — A: squat 3×5, press 3×5, deadlift 1×5; B: squat 3×5, bench 3×5
  (the original's power clean is left out — the engine doesn't programme it either);
  +5 kg squat/deadlift and +2.5 kg presses per success (squat/deadlift halved after the
  first four weeks, like the engine's 4.0 increments; presses 1.25 kg with microplates once
  they have failed, as Starting Strength advises), three failed sessions at a load → reset
  to 90 %. Starts at the lifter's RPE-7 five (as the app's calibration asks).
* `FiveThreeOne` — Wendler's original: TM = 90 % of 1RM, weeks 5/3/1 with a "+" set, week 4
  deload, TM +2.5 kg upper / +5 kg lower per cycle; main lifts on their own day each
  (4 days; with 3 days the lifts rotate), plus 5×10 @ 50 % "boring but big" style
  supplemental sets of the same lift.

Both only see what a lifter logs (loads, reps) — never the simulated truth — except the
starting point, which stands in for the lifter's first test session.
"""

from __future__ import annotations

from datetime import date

from tests.sim.driver import Item, Planned, SimEvent
from tests.sim.lifter import Performed, reps_to_failure

UPPER = ("bench_press", "overhead_press")


def _round(kg: float, step: float = 2.5) -> float:
    return max(step, round(kg / step) * step)


def five_rep_start(one_rm: float) -> float:
    """The load a lifter moves for 5 with about 3 in reserve (RPE 7: 8 reps to failure)."""
    load = one_rm
    while reps_to_failure(load, one_rm) < 8:
        load -= 0.5
    return _round(load)


class StartingStrength:
    """Novice linear progression, A/B alternating, as the simulation's yardstick."""

    def __init__(self, start_1rm: dict[str, float], step: float = 2.5) -> None:
        self.load = {lift: five_rep_start(v) for lift, v in start_1rm.items()}
        self.fails = dict.fromkeys(start_1rm, 0)
        self.slowed: set[str] = set()
        self.step = step
        self.sessions = 0
        self.first: date | None = None

    async def plan(self, day: date) -> Planned:
        self.first = self.first or day
        b = self.sessions % 2
        lifts = ("squat", "bench_press") if b else ("squat", "overhead_press", "deadlift")
        items = tuple(Item(ex, 1 if ex == "deadlift" else 3, 5, self.load[ex]) for ex in lifts)
        return Planned("A" if b == 0 else "B", "Starting Strength", False, items)

    async def log(self, day: date, sets: list[Performed]) -> list[SimEvent]:
        self.sessions += 1
        weeks = (day - (self.first or day)).days // 7
        for ex in {s.exercise for s in sets}:
            mine = [s for s in sets if s.exercise == ex]
            if all(not s.missed for s in mine):
                big = ex not in UPPER and weeks < 4
                small = ex in UPPER and ex in self.slowed  # microplates once presses slow
                step = self.step / 2 if small else (2 if big else 1) * self.step
                self.load[ex] = _round(self.load[ex] + step, self.step / 2)
                self.fails[ex] = 0
                continue
            self.fails[ex] += 1
            if ex in UPPER:
                self.slowed.add(ex)
            if self.fails[ex] >= 3:
                self.load[ex] = _round(self.load[ex] * 0.9, self.step)
                self.fails[ex] = 0
        return []


WAVES = {
    1: ((0.65, 5), (0.75, 5), (0.85, 5)),
    2: ((0.70, 3), (0.80, 3), (0.90, 3)),
    3: ((0.75, 5), (0.85, 3), (0.95, 1)),
    4: ((0.40, 5), (0.50, 5), (0.60, 5)),
}


class FiveThreeOne:
    """Wendler 5/3/1 with a training max of 90 % and a supplemental 5×10."""

    ORDER = ("overhead_press", "deadlift", "bench_press", "squat")

    def __init__(self, start_1rm: dict[str, float], step: float = 2.5) -> None:
        self.tm = {lift: 0.9 * v for lift, v in start_1rm.items()}
        self.step = step
        self.sessions = 0

    def _week(self) -> int:
        """A 5/3/1 "week" is one session of each lift (four sessions, whatever the calendar)."""
        return (self.sessions // len(self.ORDER)) % 4 + 1

    async def plan(self, day: date) -> Planned:
        lift = self.ORDER[self.sessions % len(self.ORDER)]
        week = self._week()
        tm = self.tm[lift]
        items = [Item(lift, 1, reps, _round(tm * pct, self.step), amrap=(i == 2 and week < 4))
                 for i, (pct, reps) in enumerate(WAVES[week])]  # fmt: skip
        if week < 4:
            items.append(Item(lift, 5, 10, _round(tm * 0.5, self.step)))
        return Planned(f"5/3/1 {lift}", "5/3/1", week == 4, tuple(items))

    async def log(self, day: date, sets: list[Performed]) -> list[SimEvent]:
        self.sessions += 1
        if self.sessions % (4 * len(self.ORDER)) == 0:
            for lift in self.tm:
                self.tm[lift] += self.step if lift in UPPER else 2 * self.step
        return []
