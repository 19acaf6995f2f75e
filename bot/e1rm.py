"""Estimated one-rep max: the Epley figure users see (SPEC.md "e1RM")."""

from __future__ import annotations

from collections.abc import Iterable

EPLEY_MAX_REPS = 10


def epley(weight: float | None, reps: int) -> float | None:
    """Epley e1RM: the load itself at 1 rep, w·(1 + r/30) for 2–10 reps, none above 10."""
    if weight is None or weight <= 0 or reps < 1 or reps > EPLEY_MAX_REPS:
        return None
    if reps == 1:
        return float(weight)
    return weight * (1 + reps / 30)


def best_e1rm(tops: Iterable[tuple[float | None, int]]) -> float | None:
    """The best e1RM of some sets, given each rep count's heaviest load as (load, reps).

    Epley rises with the load, so SQL need return no more than that (a few rows a day) and the
    formula is written once, here."""
    return max((e for load, reps in tops if (e := epley(load, reps)) is not None), default=None)
