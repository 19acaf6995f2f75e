"""Public value types: what storage hands in and what the engine hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

from bot.programming.params import Goal, Level


class LoggedSet(NamedTuple):
    """One logged set as storage gives it (loads in kg; None = bodyweight only).

    A named tuple, not a dataclass: every refresh and /plan builds one per set of the 16-week
    window, and a tuple is built several times faster (it is immutable and hashable alike)."""

    exercise: str
    day: date
    weight_kg: float | None
    reps: int
    rpe: float | None
    warmup: bool = False
    amrap: bool = False


@dataclass(frozen=True)
class Lifter:
    """The profile facts the engine needs."""

    goal: Goal
    experience: Level
    days_per_week: int
    unit: Literal["kg", "lb"] = "kg"
    equipment: str = "gym"

    @property
    def days(self) -> int:
        """Training days clamped to 2..6; 0 or unknown means 3."""
        if self.days_per_week <= 0:
            return 3
        return min(6, max(2, self.days_per_week))


@dataclass(frozen=True)
class CheckIn:
    """A weekly check-in answer; muscles still sore are 'not recovered' (4.1)."""

    day: date
    sore_muscles: frozenset[str] = frozenset()
    poor_sleep: bool = False
    joint_pain: bool = False
    soreness_over_72h: bool = False
    low_motivation: bool = False

    @property
    def fatigue_flags(self) -> int:
        return sum((self.poor_sleep, self.joint_pain, self.soreness_over_72h, self.low_motivation))


@dataclass(frozen=True)
class Event:
    """An adjustment the lifter is told about (stored by the caller in program_events)."""

    day: date
    exercise: str | None
    rule: str
    action: str
    details: dict[str, float | str]
    message: str


@dataclass(frozen=True)
class Prescription:
    """One line of a session: sets × reps at a load and effort target."""

    exercise: str
    sets: int
    reps: int
    load_kg: float | None
    rpe: float | None
    rir: float | None
    rest: tuple[int, int]
    note: str = ""
    reps_top: int | None = None  # top of a rep range (double progression), else None
    amrap: bool = False


@dataclass(frozen=True)
class Session:
    """Today's prescribed session."""

    title: str
    block_label: str
    week: int
    weeks: int
    deload: bool
    items: tuple[Prescription, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class BlockView:
    """What /block shows."""

    name: str
    week: int
    weeks: int
    next_block: str
    summary: str
