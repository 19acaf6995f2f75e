"""What the programme asked for on a past day: deload or not, and the effort the sets carried.

Read from the live `ProgramState` (current block, finished blocks, inserted deloads), so the
answers stay right while `update()` walks the calendar and changes the state.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.programming import blocks, catalog
from bot.programming.blocks import BlockSpec, Scheme
from bot.programming.params import DEFAULT, Params
from bot.programming.state import ProgramState

_TIERS = (1, 2, 3)


class Calendar:
    """Deload days and prescribed effort of any day the state still remembers."""

    def __init__(self, state: ProgramState, p: Params = DEFAULT) -> None:
        self.state, self.p = state, p

    def is_deload(self, day: date) -> bool:
        return self.state.is_deload(day)

    def signature(self) -> tuple[object, ...]:
        """Changes whenever a past day's deload or block could read differently."""
        b = self.state.block
        last = tuple(self.state.deloads[-1]) if self.state.deloads else None
        past = tuple(self.state.past_blocks[-1]) if self.state.past_blocks else None
        return (b.kind, b.start, b.accumulation, len(self.state.deloads), last, past)

    def week_on(self, day: date) -> tuple[BlockSpec, int]:
        """The block spec and week number `day` fell in (week 1 of the running block if unknown)."""
        b = self.state.block
        if day >= b.start_day:
            return b.spec, b.week(day)
        for kind, start, end in reversed(self.state.past_blocks):
            first, last = date.fromisoformat(start), date.fromisoformat(end)
            if first <= day < last:
                return _past_spec(kind, (last - first).days // 7), (day - first).days // 7 + 1
        return b.spec, 1

    def scheme_for(self, exercise: str, day: date, reps: int) -> Scheme | None:
        """The scheme `reps` fit on `day` (its RPE as prescribed that week); None when the reps
        fit no scheme of any tier (a missed set, or more reps than any range asked)."""
        fits = self.schemes_for(exercise, day, reps)
        return fits[0] if fits else None

    def schemes_for(self, exercise: str, day: date, reps: int) -> list[Scheme]:
        """Every scheme `reps` fit on `day`, the exercise's own tier first: an exercise can be
        T1 on one template day and T2 on another (8–10 on Monday, 10–12 on Thursday)."""
        spec, week = self.week_on(day)
        own = catalog.info(exercise).tier
        table_week = min(week, max(spec.accumulation, 1))
        return [
            replace(scheme, rpe=_effort(scheme, spec, week, self.p))
            for tier in (own, *(t for t in _TIERS if t != own))
            for scheme in blocks.schemes(spec, table_week, tier, self.p)
            if _fits(scheme, reps)
        ]


def _past_spec(kind: str, weeks: int) -> BlockSpec:
    if kind == "O":
        return blocks.O_BLOCK
    if kind == "P":
        return blocks.P3
    if kind == "S":
        return blocks.S5
    return blocks.H6 if weeks >= blocks.H6.weeks else blocks.H5


def _fits(scheme: Scheme, reps: int) -> bool:
    top = scheme.reps_top or scheme.reps
    return scheme.reps <= reps <= top + 1


def _effort(scheme: Scheme, spec: BlockSpec, week: int, p: Params) -> float:
    if blocks.first_week(spec, week):
        return min(scheme.rpe, p.first_week_rpe)
    return scheme.rpe
