"""Load units: conversion, rounding to plate steps and display formatting."""

from __future__ import annotations

from typing import Literal

Unit = Literal["kg", "lb"]
KG_PER_LB = 0.45359237


def to_kg(weight: float, unit: Unit) -> float:
    """Convert a load to kilograms (storage unit)."""
    return weight * KG_PER_LB if unit == "lb" else weight


def from_kg(weight_kg: float, unit: Unit) -> float:
    """Convert a stored kilogram load to the display unit."""
    return weight_kg / KG_PER_LB if unit == "lb" else weight_kg


def parse_unit(text: str) -> Unit | None:
    """Read `kg` / `lb` and their spellings; None when not a unit."""
    word = text.strip().lower()
    if word in {"kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"}:
        return "kg"
    if word in {"lb", "lbs", "pound", "pounds", "#"}:
        return "lb"
    return None


def fmt_number(value: float) -> str:
    """Short human number: 100, 102.5, 116.7 (no trailing zeros); a quarter step keeps both
    decimals (1.25 kg plates, 101.25), which one decimal would misstate as 1.2."""
    quarters = value * 4
    if abs(quarters - round(quarters)) < 1e-9 and round(quarters) % 2:
        return f"{value:.2f}"
    rounded = round(value, 1)
    if abs(rounded - round(rounded)) < 1e-9:
        return str(round(rounded))
    return f"{rounded:.1f}"


def fmt_load(weight_kg: float | None, unit: Unit) -> str:
    """A stored kilogram load shown in the user's unit, e.g. `225 lb`."""
    if weight_kg is None:
        return "bodyweight"
    shown = from_kg(weight_kg, unit)
    # Loads entered in lb round-trip through kg; snap float noise back to 0.1.
    return f"{fmt_number(shown)} {unit}"
