"""Warm-up ramps for the first heavy barbell lift of a session (COACHING.md 4.2).

The bar for ten, then 40 % × 5, 55 % × 3, 70 % × 2 and 80 % × 1 of the working load; steps
that land on the bar or at the working load are left out, so light days get a short ramp.
"""

from __future__ import annotations

from collections.abc import Callable

RAMP: tuple[tuple[float, int], ...] = ((0.40, 5), (0.55, 3), (0.70, 2), (0.80, 1))
BAR_REPS = 10


def ramp(
    working: float, bar: float, loadable: Callable[[float], float] = lambda w: w
) -> list[tuple[float, int]]:
    """(load, reps) warm-up sets up to `working`, each made loadable; empty when the working
    load is the bar itself."""
    if working <= bar + 1e-6:
        return []
    sets = [(bar, BAR_REPS)]
    for fraction, reps in RAMP:
        load = loadable(working * fraction)
        if bar + 1e-6 < load < working - 1e-6 and load > sets[-1][0] + 1e-6:
            sets.append((load, reps))
    return sets
