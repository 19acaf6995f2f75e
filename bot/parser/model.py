"""Parser output types and the sanity bounds every accepted group respects."""

from __future__ import annotations

from dataclasses import dataclass

from bot.units import Unit

MAX_LOAD: dict[Unit | None, float] = {"kg": 500.0, "lb": 1100.0, None: 1100.0}
MAX_REPS = 100
MAX_SETS = 20
RPE_MIN, RPE_MAX = 1.0, 10.0


def json_number(value: float) -> int | float:
    """Whole numbers as ints (100, not 100.0) so the JSON reads like the lifter wrote it."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class SetGroup:
    """Consecutive sets of one exercise at one load (and RPE)."""

    exercise: str
    weight: float | None
    unit: Unit | None
    bodyweight: bool
    reps: tuple[int, ...]
    rpe: float | None

    def to_json(self) -> dict[str, object]:
        """The SPEC.md "Parser" shape of one group."""
        return {
            "exercise": self.exercise,
            "weight": None if self.weight is None else json_number(self.weight),
            "unit": self.unit,
            "bodyweight": self.bodyweight,
            "reps": list(self.reps),
            "rpe": None if self.rpe is None else json_number(self.rpe),
        }


@dataclass(frozen=True)
class ParseResult:
    """Either the groups a message logged, or a friendly reason it logged nothing."""

    ok: bool
    groups: tuple[SetGroup, ...] = ()
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        """`{"ok": true, "sets": [...]}` or `{"ok": false, "error": "..."}`."""
        if self.ok:
            return {"ok": True, "sets": [g.to_json() for g in self.groups]}
        return {"ok": False, "error": self.error or "I couldn't read that as a workout."}

    @classmethod
    def fail(cls, error: str) -> ParseResult:
        """A rejection with its explanation."""
        return cls(ok=False, groups=(), error=error)
