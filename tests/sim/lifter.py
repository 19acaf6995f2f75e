"""A simulated lifter: the physiology the programme is judged against (seeded, no clock).

The model, in a few lines (every number is a `Physiology` field):

* **True 1RM per exercise** grows after each session by
  ``rate[level] × stimulus × headroom``: *stimulus* saturates with the session's hard sets
  (``1 − exp(−Σ w / 2)``, a set's weight ``w`` rising with effort — 1 at RIR ≤ 3, nothing past
  RIR 6 — and with intensity — full at ≥ 85 % of 1RM, half at 65 %); *headroom*
  ``1 − (1RM / ceiling)²`` gives diminishing returns as the lifter nears their ceiling
  (novice ceiling 1.7 × start, intermediate 1.3 ×, advanced 1.12 ×).
* **Fatigue** is one systemic fraction of performance: every session adds
  ``fatigue_per_stimulus × Σ w`` and a stressful week adds more every day; it decays by
  ``fatigue_decay`` a day, so normal training sits at 2–5 %, deload weeks clear it and three
  stressful weeks build 6–9 %.
* **Performance on a day** = true 1RM × (1 − fatigue) × day noise (normal, σ 2 %); each
  further set of a session is a little weaker (``set_fatigue`` per set).
* **Reps** come from the RTS chart: the reps to failure at a load are the RPE-10 reps whose
  %1RM matches load / performance (N reps @ RPE p = N + RIR reps to failure; Epley past 15).
  The lifter does the prescribed reps when they can, else as many as they can; in a rep
  range as many as the effort target leaves (bottom to top); an AMRAP set goes to one rep
  short of failure.
* **RPE** is honest (10 − reps left, σ 0.5 noise, half steps) or absent (`logs_rpe=False`).
* **A genuine plateau** (`plateau_from_week`) stops all growth from that week on;
  missed weeks and stressful weeks are persona fields the driver honours.
* **Calibration**: with no load prescribed the lifter picks one from the note (RPE 7 for 5,
  or the top of the range with 2–3 reps left), with their own ±5 % misjudgement.

Everything random comes from one `random.Random(seed)`, so a persona and a seed give the
same lifter every run.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from bot.programming.rts import RTS_SEQUENCE, rts_percent

Level = Literal["novice", "intermediate", "advanced"]

# Starting true 1RM of accessories as a share of the main lift they resemble.
ACCESSORY_RATIO: dict[str, tuple[str, float]] = {
    "barbell_row": ("bench_press", 0.80), "dumbbell_row": ("bench_press", 0.35),
    "seated_cable_row": ("bench_press", 0.75), "lat_pulldown": ("bench_press", 0.75),
    "face_pull": ("bench_press", 0.30), "lateral_raise": ("overhead_press", 0.22),
    "bicep_curl": ("bench_press", 0.40), "hammer_curl": ("bench_press", 0.20),
    "tricep_extension": ("bench_press", 0.35), "skullcrusher": ("bench_press", 0.40),
    "leg_curl": ("squat", 0.45), "leg_extension": ("squat", 0.55), "leg_press": ("squat", 1.8),
    "calf_raise": ("squat", 0.9), "romanian_deadlift": ("deadlift", 0.70),
    "hip_thrust": ("deadlift", 1.0), "front_squat": ("squat", 0.82),
    "incline_bench_press": ("bench_press", 0.82), "dumbbell_bench_press": ("bench_press", 0.38),
    "dumbbell_shoulder_press": ("overhead_press", 0.40), "bulgarian_split_squat": ("squat", 0.35),
    "power_clean": ("deadlift", 0.55), "close_grip_bench_press": ("bench_press", 0.88),
}  # fmt: skip
DEFAULT_ACCESSORY = ("bench_press", 0.40)
BODYWEIGHT = frozenset({"chin_up", "pull_up", "dip", "push_up"})


@dataclass(frozen=True)
class Physiology:
    """Every constant of the model (see the module docstring)."""

    rate: Mapping[str, float] = field(
        default_factory=lambda: {"novice": 0.03, "intermediate": 0.02, "advanced": 0.01}
    )
    ceiling: Mapping[str, float] = field(
        default_factory=lambda: {"novice": 1.7, "intermediate": 1.3, "advanced": 1.12}
    )
    saturation_sets: float = 2.0
    fatigue_per_stimulus: float = 0.001
    stress_fatigue_per_day: float = 0.012
    fatigue_decay: float = 0.85  # per day: a week of rest clears ~2/3 of it
    day_noise: float = 0.02
    set_fatigue: float = 0.008
    rpe_noise: float = 0.5
    calibration_error: float = 0.05


@dataclass(frozen=True)
class Persona:
    """Who is training: profile facts the app is told plus the hidden physiology inputs."""

    name: str
    level: Level
    goal: Literal["strength", "hypertrophy", "both"]
    start_1rm_kg: Mapping[str, float]  # squat, bench_press, deadlift, overhead_press
    days_per_week: int = 3
    unit: Literal["kg", "lb"] = "kg"
    logs_rpe: bool = True
    missed_weeks: frozenset[int] = frozenset()  # 1-based weeks with no training at all
    stress_weeks: frozenset[int] = frozenset()  # 1-based weeks of poor sleep and stress
    plateau_from_week: int | None = None  # a genuine plateau: no growth from this week on
    checkins: bool = False  # answers the weekly check-in honestly


@dataclass(frozen=True)
class Performed:
    """One set the lifter did: what they lifted, did, felt and would log."""

    exercise: str
    load_kg: float | None  # None = bodyweight
    reps: int
    rpe_true: float  # 10 − reps left, before noise
    rpe_logged: float | None
    target_reps: int
    amrap: bool = False

    @property
    def missed(self) -> bool:
        return self.reps < self.target_reps


def reps_to_failure(load_kg: float, one_rm: float) -> float:
    """Continuous reps a lifter with `one_rm` has at `load_kg`: the RTS chart read as
    "N reps @ RPE p = N + RIR reps @ RPE 10" (15 reps to failure at most), then Epley."""
    if load_kg <= 0:
        return 30.0
    pct = 100 * load_kg / one_rm
    if pct >= 100:
        return 1.0 - (pct - 100) / 3  # below one rep: a miss
    chart = RTS_SEQUENCE[::2]  # reps to failure 1, 2, … 15
    for r in range(1, len(chart)):
        hi, lo = chart[r - 1], chart[r]
        if lo <= pct <= hi:
            return r + (hi - pct) / (hi - lo)
    return min(30.0, max(float(len(chart)), 30 * (one_rm / load_kg - 1)))


class SimLifter:
    """The hidden truth about one persona: true 1RMs, fatigue, and how they perform sets."""

    def __init__(self, persona: Persona, seed: int, physiology: Physiology | None = None) -> None:
        self.persona = persona
        self.phys = physiology or Physiology()
        self.rng = random.Random(f"{persona.name}:{seed}")
        self.start: dict[str, float] = dict(persona.start_1rm_kg)
        self.true_1rm: dict[str, float] = dict(persona.start_1rm_kg)
        self.fatigue = 0.0
        self._last_day: date | None = None

    # ------------------------------------------------------------ truth

    def one_rm(self, exercise: str) -> float:
        """True 1RM today (an accessory starts as a share of the main lift it resembles)."""
        if exercise not in self.true_1rm:
            base, ratio = ACCESSORY_RATIO.get(exercise, DEFAULT_ACCESSORY)
            start = self.start.get(base, 60.0) * ratio
            self.start[exercise] = start
            self.true_1rm[exercise] = start
        return self.true_1rm[exercise]

    def rest_until(self, day: date, stressed: bool = False) -> None:
        """Let fatigue decay up to `day` (stress adds to it every day of a stressful week)."""
        if self._last_day is not None:
            for _ in range((day - self._last_day).days):
                self.fatigue *= self.phys.fatigue_decay
                if stressed:
                    self.fatigue += self.phys.stress_fatigue_per_day
        self._last_day = day
        self.fatigue = min(self.fatigue, 0.25)

    # ------------------------------------------------------------ a session

    def perform(
        self, exercise: str, sets: int, reps: int, load_kg: float | None, *,
        target_rpe: float | None = None, reps_top: int | None = None, amrap: bool = False,
        round_to: float = 2.5,
    ) -> list[Performed]:  # fmt: skip
        """Do `sets` × `reps` at `load_kg` (None: pick a load from the effort target)."""
        if exercise in BODYWEIGHT:
            return [Performed(exercise, None, reps_top or reps, 8.0,
                              8.0 if self.persona.logs_rpe else None, reps)
                    for _ in range(sets)]  # fmt: skip
        today = self.one_rm(exercise) * (1 - self.fatigue)
        today *= 1 + self.rng.gauss(0, self.phys.day_noise)
        if load_kg is None:
            load_kg = self.calibrate(today, reps_top or reps, target_rpe, round_to)
        done = []
        for i in range(sets):
            capacity = reps_to_failure(load_kg, today * (1 - self.phys.set_fatigue * i))
            goal = self._goal(reps, reps_top, capacity, target_rpe)
            if amrap and i == sets - 1:
                goal = max(reps, math.floor(capacity) - 1)
            got = max(0, min(goal, math.floor(capacity)))
            rpe_true = max(4.0, min(10.0, 10 - (capacity - got)))
            done.append(Performed(exercise, load_kg, got, rpe_true, self._logged(rpe_true),
                                  reps, amrap and i == sets - 1))  # fmt: skip
        return done

    @staticmethod
    def _goal(reps: int, top: int | None, capacity: float, rpe: float | None) -> int:
        """Reps aimed for: the prescribed reps; in a range, as many as the effort target
        leaves (never under the bottom, never over the top)."""
        if top is None:
            return reps
        reserve = 10 - rpe if rpe is not None else 2.0
        return max(reps, min(top, math.floor(capacity - reserve)))

    def calibrate(self, today: float, reps: int, rpe: float | None, round_to: float) -> float:
        """The load a lifter picks for `reps` at `rpe` (RPE 7.5 when none), misjudged a little."""
        target = rpe if rpe is not None else 7.5
        target = min(10.0, max(6.5, round(target * 2) / 2))
        pct = rts_percent(min(reps, 12), target) / 100
        guess = today * pct * (1 + self.rng.gauss(0, self.phys.calibration_error))
        return max(round_to, round(guess / round_to) * round_to)

    def _logged(self, rpe_true: float) -> float | None:
        if not self.persona.logs_rpe:
            return None
        noisy = rpe_true + self.rng.gauss(0, self.phys.rpe_noise)
        return min(10.0, max(5.0, round(noisy * 2) / 2))

    def adapt(self, sets: list[Performed], week: int) -> None:
        """Grow each exercise's true 1RM from this session's stimulus; add its fatigue."""
        by_ex: dict[str, list[Performed]] = {}
        for s in sets:
            by_ex.setdefault(s.exercise, []).append(s)
        total = 0.0
        for exercise, done in by_ex.items():
            if exercise in BODYWEIGHT:
                continue
            one_rm = self.one_rm(exercise)
            weight = sum(self._set_weight(s, one_rm) for s in done)
            total += weight
            plateau = self.persona.plateau_from_week
            if plateau is not None and week >= plateau:
                continue
            stimulus = 1 - math.exp(-weight / self.phys.saturation_sets)
            ceiling = self.start[exercise] * self.phys.ceiling[self.persona.level]
            headroom = max(0.0, 1 - (one_rm / ceiling) ** 2)
            self.true_1rm[exercise] = one_rm * (
                1 + self.phys.rate[self.persona.level] * stimulus * headroom
            )
        self.fatigue += self.phys.fatigue_per_stimulus * total

    @staticmethod
    def _set_weight(s: Performed, one_rm: float) -> float:
        """A set's share of a full hard set: by effort (reps left) and intensity (%1RM)."""
        if s.load_kg is None or s.reps == 0:
            return 0.0
        rir = 10 - s.rpe_true
        effort = 1.0 if rir <= 3 else max(0.0, 1 - (rir - 3) / 3)
        pct = s.load_kg / one_rm
        intensity = min(1.0, max(0.25, 0.5 + (pct - 0.65) / 0.4))
        return effort * intensity
