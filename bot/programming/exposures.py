"""History grouped into exposures: one exercise on one day (4.1), in chronological order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.programming.models import LoggedSet


@dataclass(frozen=True)
class Exposure:
    """The working sets of one exercise on one day; `top` is the heaviest load used."""

    exercise: str
    day: date
    sets: tuple[LoggedSet, ...]

    @property
    def top(self) -> float:
        return max((s.weight_kg or 0.0) for s in self.sets)

    @property
    def top_sets(self) -> tuple[LoggedSet, ...]:
        top = self.top
        return tuple(s for s in self.sets if abs((s.weight_kg or 0.0) - top) < 1e-6)

    @property
    def top_reps(self) -> int:
        return sum(s.reps for s in self.top_sets)

    @property
    def top_rpe(self) -> float | None:
        rpes = [s.rpe for s in self.top_sets if s.rpe is not None]
        return max(rpes) if rpes else None

    @property
    def tonnage(self) -> float:
        return self.top * self.top_reps


def group(history: Iterable[LoggedSet], oldest: date | None = None) -> dict[str, list[Exposure]]:
    """Non-warm-up sets (from `oldest` on) by exercise, then by day (sorted)."""
    by_key: dict[str, dict[date, list[LoggedSet]]] = defaultdict(dict)
    for s in history:
        if not s.warmup and (oldest is None or s.day >= oldest):
            by_key[s.exercise].setdefault(s.day, []).append(s)
    return {
        exercise: [Exposure(exercise, day, tuple(days[day])) for day in sorted(days)]
        for exercise, days in sorted(by_key.items(), key=lambda kv: (min(kv[1]), kv[0]))
    }  # exercises in the order they first appear


def training_days(history: Iterable[LoggedSet]) -> list[date]:
    """Distinct days with at least one non-warm-up set."""
    return sorted({s.day for s in history if not s.warmup})


def between(exposures: Sequence[Exposure], start: date | None, end: date) -> list[Exposure]:
    """Exposures with start <= day < end."""
    return [e for e in exposures if (start is None or e.day >= start) and e.day < end]
