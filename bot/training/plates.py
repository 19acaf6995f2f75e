"""Plate maths: what goes on each side of the bar, and the nearest load the plates can make.

Plates are assumed to come in as many pairs as needed (a gym, not a home rack); a lifter
whose gym lacks a size removes it from their list and the nearest loadable weight follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import gcd

from bot.units import Unit

CENTS = 100  # plate sizes are handled in hundredths: 1.25 kg = 125, 2.5 lb = 250
MAX_LOAD: dict[Unit, float] = {"kg": 500.0, "lb": 1100.0}
MAX_PLATE_KINDS = 12


@dataclass(frozen=True)
class PlateSetup:
    """A bar and the plate sizes available, all in `unit`."""

    unit: Unit
    bar: float
    plates: tuple[float, ...]


DEFAULTS: dict[Unit, PlateSetup] = {
    "kg": PlateSetup("kg", 20.0, (25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25)),
    "lb": PlateSetup("lb", 45.0, (45.0, 35.0, 25.0, 10.0, 5.0, 2.5)),
}


@dataclass(frozen=True)
class Loading:
    """How to load `load` (the nearest loadable weight to what was asked)."""

    asked: float
    load: float
    per_side: tuple[float, ...]
    setup: PlateSetup

    @property
    def exact(self) -> bool:
        return abs(self.asked - self.load) < 1e-6


def _cents(value: float) -> int:
    return round(value * CENTS)


@lru_cache(maxsize=64)
def _fewest(plates: tuple[int, ...], limit: int) -> tuple[int, ...]:
    """For each side total 0..limit (in units of the plates' gcd): the last plate of the
    fewest-plate way to make it, or 0 when it can't be made (coin change, unlimited pairs)."""
    count = [0] + [limit + 1] * limit
    last = [0] * (limit + 1)
    for total in range(1, limit + 1):
        for plate in plates:
            if plate <= total and count[total - plate] + 1 < count[total]:
                count[total], last[total] = count[total - plate] + 1, plate
    return tuple(last)


def load_plates(load: float, setup: PlateSetup) -> Loading:
    """Plates per side for `load`; the nearest loadable weight when it can't be made exactly
    (ties go to the lighter one). A load under the bar is the empty bar."""
    sizes = sorted({_cents(p) for p in setup.plates if p > 0}, reverse=True)
    if not sizes:
        return Loading(load, setup.bar, (), setup)
    unit = 0
    for size in sizes:
        unit = gcd(unit, size)
    side = max(0.0, load * CENTS - _cents(setup.bar)) / 2 / unit  # unrounded: no false ties
    limit = int(side) + 1 + max(sizes) // unit
    last = _fewest(tuple(s // unit for s in sizes), limit)
    made = [t for t in range(limit + 1) if t == 0 or last[t]]
    best = min(made, key=lambda t: (abs(t - side), t))
    per_side: list[float] = []
    while best:
        per_side.append(last[best] * unit / CENTS)
        best -= last[best]
    per_side.sort(reverse=True)
    total = setup.bar + 2 * sum(per_side)
    return Loading(load, round(total, 2), tuple(per_side), setup)


def nearest_loadable(load: float, setup: PlateSetup) -> float:
    """The weight closest to `load` that the bar and plates can make."""
    return load_plates(load, setup).load


def fmt_weight(value: float) -> str:
    """25, 2.5, 1.25: plate sizes keep their second decimal."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def describe(loading: Loading) -> str:
    """'25 + 25 + 10 + 1.25 kg per side' (or 'just the bar')."""
    unit = loading.setup.unit
    if not loading.per_side:
        return f"just the {fmt_weight(loading.setup.bar)} {unit} bar"
    return " + ".join(fmt_weight(p) for p in loading.per_side) + f" {unit} per side"


def parse_plate_list(text: str) -> tuple[float, ...] | None:
    """'25,20,10,5,2.5' (commas or spaces) → sizes, largest first; None when unreadable."""
    parts = [p for p in text.replace(",", " ").split() if p]
    try:
        sizes = sorted({float(p) for p in parts}, reverse=True)
    except ValueError:
        return None
    if not sizes or len(sizes) > MAX_PLATE_KINDS or any(not 0.25 <= s <= 50 for s in sizes):
        return None
    return tuple(sizes)
