"""Coming back after a layoff (COACHING.md 4.1): missed sessions are never failures, but after
more than eight weeks without training the first week back runs at 80 % of the usual loads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

LAYOFF = timedelta(weeks=8)
REENTRY_WEEK = timedelta(days=7)
FACTOR = 0.80


def return_day(training_days: Iterable[date], today: date) -> date | None:
    """The first day back after the latest layoff (today when today ends one), else None.

    A lifter with no training before has nothing to come back to."""
    days = sorted({d for d in training_days if d <= today} | {today})
    for later, earlier in zip(reversed(days), reversed(days[:-1]), strict=False):
        if later - earlier > LAYOFF:
            return later
    return None


def reentry_factor(training_days: Iterable[date], today: date) -> float:
    """0.8 during the week that starts on the first day back after a layoff, else 1.0."""
    back = return_day(training_days, today)
    if back is not None and today - back < REENTRY_WEEK:
        return FACTOR
    return 1.0
