"""One `update()` call: its inputs, the state being changed, the events so far, shared moves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.programming.history import HistoryIndex
from bot.programming.models import CheckIn, Event, Lifter
from bot.programming.params import Params
from bot.programming.state import ProgramState

WEEK = timedelta(weeks=1)
DAY = timedelta(days=1)
KEEP_DELOADS = 12


@dataclass
class Run:
    """Inputs of one update, the state it changes, and what the lifter is told."""

    lifter: Lifter
    st: ProgramState
    index: HistoryIndex
    bodyweights: Sequence[tuple[date, float]]
    checkins: Sequence[CheckIn]
    p: Params
    events: list[Event] = field(default_factory=list)
    judged_through: date | None = None  # days up to here were judged by an earlier call
    switch_at: date | None = None  # S2 ended the block: the next one starts this day

    def emit(
        self, day: date, ex: str | None, rule: str, action: str, msg: str, **d: float | str
    ) -> None:
        """Tell the lifter — never about a day an earlier call already judged."""
        if self.judged_through is not None and day <= self.judged_through:
            return
        self.events.append(Event(day, ex, rule, action, dict(d), msg))


def insert_deload(st: ProgramState, start: date, resume_week: int, p: Params) -> None:
    """A 7-day deload from `start`; afterwards the block resumes at `resume_week`."""
    end = start + timedelta(days=p.deload.days)
    st.deloads.append([start.isoformat(), end.isoformat()])
    st.deloads = st.deloads[-KEEP_DELOADS:]
    if st.block.kind != "O":
        st.block.move_start(end - (resume_week - 1) * WEEK, max(0, resume_week - 1))
