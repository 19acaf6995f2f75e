"""The few exercise facts the engine needs, read from the shared catalogue (`bot.exercises`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot import exercises

MAIN_LIFTS = frozenset(exercises.MAIN_LIFTS)


@dataclass(frozen=True)
class LiftInfo:
    """Equipment class, tier, muscles and body half of one exercise id."""

    id: str
    name: str
    equipment: str
    tier: int
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    lower_body: bool
    bodyweight: bool


@lru_cache(maxsize=512)
def info(exercise_id: str) -> LiftInfo:
    """Catalogue facts; an unmapped (imported) name is treated as an isolation machine move."""
    ex = exercises.get(exercise_id)
    if ex is None:
        name = exercise_id.replace("_", " ").strip().capitalize() or exercise_id
        return LiftInfo(exercise_id, name, "machine", 3, (), (), False, False)
    tier = 1 if exercise_id in MAIN_LIFTS else max(2, int(ex.tier))
    return LiftInfo(
        id=exercise_id,
        name=exercises.display_name(exercise_id),
        equipment=str(ex.equipment),
        tier=tier,
        primary=tuple(ex.primary),
        secondary=tuple(ex.secondary),
        lower_body=bool(ex.lower_body),
        bodyweight=bool(ex.bodyweight),
    )
