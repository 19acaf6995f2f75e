"""The exercise facts the engine reads: the shared catalogue's `Exercise` (bot/exercises.py),
with the engine's tiers (every main lift is tier 1) and a stand-in for unmapped names."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from bot import exercises
from bot.exercises import Exercise

MAIN_LIFTS = frozenset(exercises.MAIN_LIFTS)


@lru_cache(maxsize=512)
def info(exercise_id: str) -> Exercise:
    """Catalogue facts; an unmapped (imported) name is treated as an isolation machine move."""
    ex = exercises.get(exercise_id)
    if ex is None:
        name = exercise_id.replace("_", " ").strip().capitalize() or exercise_id
        return Exercise(exercise_id, name, "machine", 3, (), (), ())
    return replace(ex, tier=1 if exercise_id in MAIN_LIFTS else max(2, int(ex.tier)))
