"""History indexed once per call: exposures and session e1RMs per exercise (bounded window).

With a `Calendar` (the engine always passes one) deload days are left out — they neither feed
e1RM_work nor any stall check — and a set logged without an RPE that did the prescribed reps is
read at the prescribed RPE rather than as a set to failure; such a set never lowers e1RM_work
when it was done at (about) the prescribed load (COACHING.md 4.9, issue 19).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from bot.programming import catalog
from bot.programming.blocks import Scheme
from bot.programming.calendar import Calendar
from bot.programming.e1rm import session_e1rm, working_e1rm
from bot.programming.exposures import Exposure, group
from bot.programming.models import LoggedSet
from bot.programming.params import DEFAULT, Params
from bot.programming.rts import MAX_REPS, rts_percent
from bot.programming.state import LiftState, ProgramState

_LOAD_SLACK = 0.03  # "at the prescribed load": within one rounding step of it
_MAX_RISE = 0.05  # the most one RPE-less session can raise e1RM_work by
_READS: dict[tuple[object, ...], float | None] = {}  # session readings, see session_value
_READS_MAX = 8192


class HistoryIndex:
    """Exposures of the last `history_weeks`, and e1RM series computed as of any day."""

    def __init__(
        self,
        history: Sequence[LoggedSet],
        today: date,
        p: Params = DEFAULT,
        calendar: Calendar | None = None,
    ) -> None:
        oldest = today - timedelta(weeks=p.history_weeks)
        self.p, self.calendar = p, calendar
        self.exposures: dict[str, list[Exposure]] = group(history, oldest)
        self._memo: dict[tuple[object, ...], object] = {}  # per calendar state: see signature()

    def of(self, exercise: str) -> list[Exposure]:
        """Exposures outside deload weeks, oldest first."""
        exps = self.exposures.get(exercise, [])
        if self.calendar is None:
            return exps
        key = ("of", exercise, self.calendar.signature())
        if key not in self._memo:
            self._memo[key] = [e for e in exps if not self.calendar.is_deload(e.day)]
        return self._memo[key]  # type: ignore[return-value]

    def series(
        self, exercise: str, since: date | None = None, seed: float | None = None
    ) -> list[tuple[date | None, float]]:
        """(day, session e1RM) from `since` on, a reset `seed` first (its day is None)."""
        sig = self.calendar.signature() if self.calendar is not None else None
        key = ("series", exercise, since, seed, sig)
        if key not in self._memo:
            self._memo[key] = self._series(exercise, since, seed)
        return self._memo[key]  # type: ignore[return-value]

    def _series(
        self, exercise: str, since: date | None, seed: float | None
    ) -> list[tuple[date | None, float]]:
        values: list[tuple[date | None, float]] = [(None, seed)] if seed is not None else []
        plain = [v for _, v in values]
        for e in self.of(exercise):
            if since is not None and e.day < since:
                continue
            value = self.session_value(e, working_e1rm(plain, self.p))
            if value is not None:
                values.append((e.day, value))
                plain.append(value)
        return values

    def session_value(self, e: Exposure, work: float | None) -> float | None:
        """`read_session` remembered across calls: every call (a log, /plan) replays the same
        weeks, and a session's reading depends only on its sets, e1RM_work before it and the
        block week it fell in."""
        if self.p is not DEFAULT:
            return self.read_session(e, work)
        key = (e, work, self.calendar.week_on(e.day) if self.calendar is not None else None)
        if key not in _READS:
            if len(_READS) >= _READS_MAX:
                _READS.clear()
            _READS[key] = self.read_session(e, work)
        return _READS[key]

    def read_session(self, e: Exposure, work: float | None) -> float | None:
        """Best set e1RM of one exposure. A session without RPE that did its prescribed reps at
        (about) the prescribed load — or a first, calibration session — is read as the reps
        every set reached (up to the top of the range) at the prescribed RPE, never below
        `work`, and one rep better when every set reached the top: the lifter's only sign that
        the load has become easy."""
        plain = session_e1rm(e.sets, self.p)
        done = self._completed(e, work)
        if done is None:
            return plain
        top = done.reps_top or done.reps
        reached = min(s.reps for s in e.top_sets)
        reps = min(reached, top, MAX_REPS - 1)
        read = e.top / (rts_percent(reps, done.rpe) / 100)
        if work is None:
            return max(read, plain or 0.0)
        value = max(work, read, plain or 0.0)
        if reached >= top:  # every set at the top of what was asked: one more rep in the tank
            value *= rts_percent(reps, done.rpe) / rts_percent(reps + 1, done.rpe)
        return min(value, work * (1 + _MAX_RISE))  # a guess without RPE moves loads gently

    def reads_alone(self, e: Exposure) -> bool:
        """Whether an exposure's reading is its plain session e1RM, whatever e1RM_work it
        follows: unloaded, or a top set with an RPE or taken to failure."""
        return e.top <= 0 or any(s.rpe is not None or s.amrap for s in e.top_sets)

    def _completed(self, e: Exposure, work: float | None) -> Scheme | None:
        """The scheme an RPE-less exposure completed at its prescribed load, if any."""
        if self.calendar is None or self.reads_alone(e):
            return None
        tops = e.top_sets
        fits = self.calendar.schemes_for(e.exercise, e.day, min(s.reps for s in tops))
        for scheme in fits:
            if len(tops) < scheme.sets:
                continue
            if work is None:
                return scheme
            asked = work * rts_percent(min(scheme.reps, MAX_REPS), scheme.rpe) / 100
            if e.top >= asked * (1 - _LOAD_SLACK):
                return scheme
        return None

    def points(self, exercise: str, since: date | None, until: date) -> list[tuple[date, float]]:
        """(day, session e1RM) with since <= day <= until."""
        return [(d, v) for d, v in self.series(exercise, since)
                if d is not None and d <= until]  # fmt: skip

    def e1rm_work(self, exercise: str, before: date, lift: LiftState | None) -> float | None:
        """e1RM_work as of `before`: median of recent session e1RMs, after any reset seed."""
        since = date.fromisoformat(lift.e1rm_since) if lift and lift.e1rm_since else None
        seed = lift.e1rm_seed if lift else None
        values = [v for d, v in self.series(exercise, since, seed) if d is None or d < before]
        return working_e1rm(values, self.p)


def uncovered(
    recent: Sequence[LoggedSet],
    state: ProgramState,
    lifts: Iterable[str],
    today: date,
    p: Params = DEFAULT,
) -> frozenset[str]:
    """The lifts that `recent`, the latest days of the window, would not plan today as the
    whole window does. A lift is covered when its first sessions there, up to the e1RM_work
    window of them with a reading before today, each read alone (`reads_alone`): nothing
    before them can change their readings or any after, and the last session and last few
    e1RMs the plan uses are among them. Each lift is planned from its own sets only, so the
    others can be read further back on their own (a lifter logging no RPE, a new lift)."""
    index = HistoryIndex(recent, today, p, Calendar(state, p))
    return frozenset(
        exercise
        for exercise in lifts
        if not catalog.info(exercise).bodyweight  # planned without an e1RM or a last session
        and not _covered(index, exercise, state.lifts.get(exercise), today)
    )


def _covered(index: HistoryIndex, exercise: str, lift: LiftState | None, today: date) -> bool:
    since = date.fromisoformat(lift.e1rm_since) if lift and lift.e1rm_since else None
    read = 0
    for e in index.of(exercise):
        if e.day >= today or read == index.p.e1rm_work_window:
            break
        if since is not None and e.day < since:
            continue
        if not index.reads_alone(e):
            return False
        read += session_e1rm(e.sets, index.p) is not None
    return read >= index.p.e1rm_work_window
