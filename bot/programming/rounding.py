"""Loads a lifter can actually load: plate/dumbbell steps in their own unit."""

from __future__ import annotations

import math
from typing import Literal

from bot.programming.params import DEFAULT, Params
from bot.units import Unit, from_kg, to_kg

Mode = Literal["nearest", "down"]
_EPS = 1e-6


def step_kind(equipment: str) -> str:
    """Rounding class of an exercise's equipment: barbell, dumbbell or machine."""
    if equipment in ("barbell", "dumbbell"):
        return equipment
    return "machine"


def load_step(kind: str, unit: Unit, p: Params = DEFAULT) -> float:
    """Smallest load change in the lifter's unit."""
    table = p.round_to_lb if unit == "lb" else p.round_to_kg
    return table.get(kind, table["machine"])


def round_load(
    kg: float, kind: str, unit: Unit, mode: Mode = "nearest", p: Params = DEFAULT
) -> float:
    """Round to the equipment step in the lifter's unit (ties down); resets and deloads use 'down'.

    Returns kilograms of a whole step, so 225 lb stays exactly 225 lb on display.
    """
    step = load_step(kind, unit, p)
    shown = from_kg(kg, unit) / step
    steps = math.floor(shown + _EPS) if mode == "down" else math.ceil(shown - 0.5 - _EPS)
    return to_kg(max(steps, 0) * step, unit)


def increment_in_unit(nominal_kg: float, unit: Unit, p: Params = DEFAULT) -> float:
    """A 4.0 kg increment as kg to add: lb users get ×2 in pounds (2.5 kg → 5 lb)."""
    return to_kg(nominal_kg * p.lb_increment_factor, "lb") if unit == "lb" else nominal_kg
