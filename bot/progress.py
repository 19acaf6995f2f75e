"""What a progress chart shows: one point per training day, and the blocks behind them.

Kept apart from `bot.charts` so building the data never loads matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ChartPoint:
    """One training day of one lift, loads already in the display unit."""

    day: date
    e1rm: float | None
    top_load: float | None  # heaviest working set of the day
    pr: bool = False


@dataclass(frozen=True)
class BlockSpan:
    """A training block shaded behind the line (inclusive dates)."""

    start: date
    end: date
    label: str
