"""History indexed once per call: exposures and session e1RMs per exercise (bounded window)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bot.programming.e1rm import E1rmSeries, session_e1rm, working_e1rm
from bot.programming.exposures import Exposure, group
from bot.programming.models import LoggedSet
from bot.programming.params import DEFAULT, Params
from bot.programming.state import LiftState


class HistoryIndex:
    """Exposures and e1RM series for the last `history_weeks`, built in one pass."""

    def __init__(self, history: Sequence[LoggedSet], today: date, p: Params = DEFAULT) -> None:
        oldest = today - timedelta(weeks=p.history_weeks)
        self.p = p
        self.exposures: dict[str, list[Exposure]] = group(s for s in history if s.day >= oldest)
        self.series: dict[str, E1rmSeries] = {}
        for exercise, exps in self.exposures.items():
            points = [(e.day, v) for e in exps if (v := session_e1rm(e.sets, p)) is not None]
            self.series[exercise] = E1rmSeries(points)

    def of(self, exercise: str) -> list[Exposure]:
        return self.exposures.get(exercise, [])

    def points(self, exercise: str, since: date | None, until: date) -> list[tuple[date, float]]:
        """(day, session e1RM) with since <= day <= until."""
        s = self.series.get(exercise)
        if s is None:
            return []
        return [(d, v) for d, v in zip(s.days, s.values, strict=True)
                if (since is None or d >= since) and d <= until]  # fmt: skip

    def e1rm_work(self, exercise: str, before: date, lift: LiftState | None) -> float | None:
        """e1RM_work as of `before`: median of recent session e1RMs, after any reset seed."""
        s = self.series.get(exercise)
        since = date.fromisoformat(lift.e1rm_since) if lift and lift.e1rm_since else None
        seed = lift.e1rm_seed if lift else None
        values = s.before(before, since, seed) if s else ([seed] if seed is not None else [])
        return working_e1rm(values, self.p)
