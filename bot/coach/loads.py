"""Load primitives the calculators share: plate rounding, a set's e1RM, 5/3/1 constants."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.coach.extract import Details
from bot.programming.e1rm import set_e1rm
from bot.programming.models import LoggedSet
from bot.programming.rounding import Mode, round_load
from bot.units import Unit, fmt_number, from_kg, to_kg

TM_FACTOR = 0.90  # 5/3/1 training max; Forever uses 0.85
TM_FOREVER = 0.85
WEEKS_531 = ((65, 75, 85), (70, 80, 90), (75, 85, 95))
# Spotter's strength block (COACHING 4.2): each week's T1 scheme and its RTS %e1RM
STRENGTH_BLOCK = (
    (("4×4 @ RPE 7.5", 82.4),),
    (("5×3 @ RPE 8", 86.3),),
    (("4×2 @ RPE 8.5", 90.7),),
    (("a single @ RPE 8.5", 93.9), ("3×3 @ RPE 7.5", 85.0)),
)

Calculator = Callable[[Details, float | None, Unit], str | None]


def plate_load(value: float, unit: Unit, mode: Mode = "nearest", kind: str = "barbell") -> float:
    """A load in `unit`, rounded to the step of that unit for the equipment (dumbbells 2 kg)."""
    return round(from_kg(round_load(to_kg(value, unit), kind, unit, mode), unit), 4)  # lb ↔ kg


def plates(value: float, unit: Unit, mode: Mode = "nearest", kind: str = "barbell") -> str:
    """`plate_load` as shown, with its unit."""
    return f"{fmt_number(plate_load(value, unit, mode, kind))} {unit}"


def set_estimate(load: float, reps: int, rpe: float | None) -> float | None:
    """e1RM of one set (RTS chart with an RPE, Epley without), same unit as the load."""
    return set_e1rm(LoggedSet("any", date.min, load, reps, rpe))
