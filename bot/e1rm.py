"""Estimated one-rep max: the Epley figure users see (SPEC.md "e1RM")."""

from __future__ import annotations

EPLEY_MAX_REPS = 10


def epley(weight: float | None, reps: int) -> float | None:
    """Epley e1RM: the load itself at 1 rep, w·(1 + r/30) for 2–10 reps, none above 10."""
    if weight is None or weight <= 0 or reps < 1 or reps > EPLEY_MAX_REPS:
        return None
    if reps == 1:
        return float(weight)
    return weight * (1 + reps / 30)
