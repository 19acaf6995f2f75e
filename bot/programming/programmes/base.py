"""What every named programme is made of: its stored state, a context, and the rule interface.

A programme is data (its days, waves and stages, as module-level tables) plus a small rule module
subclassing `Programme`: `plan` says what a session holds, `judge` reads what was logged and moves
the programme's own counters (the way Liftosaur or wger attach a progression to each exercise line:
"on success add X, on failure change the scheme").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from bot.programming.exposures import Exposure
from bot.programming.history import HistoryIndex
from bot.programming.models import Event, Lifter, Session
from bot.programming.params import DEFAULT, Params
from bot.programming.state import as_plain


@dataclass
class Track:
    """One lift's (or one tier slot's) memory inside a programme; loads in kg."""

    load_kg: float | None = None  # working load: LP, GZCLP tiers, Texas 5RM, PPL
    tm_kg: float | None = None  # 5/3/1 training max
    base_kg: float | None = None  # GZCLP T2: the last load done for 3×10
    stage: int = 0  # GZCLP rep-scheme stage, Texas intensity rotation
    fails: int = 0  # consecutive missed sessions
    resets: int = 0
    cut: bool = False  # 5/3/1: a "+" minimum was missed this cycle
    sets: int = 0  # Texas: volume-day sets (0 = the default)


@dataclass
class RunState:
    """The running programme: its name, choices, counters and per-lift tracks (JSON-safe)."""

    name: str
    start: str  # ISO day the programme began
    variant: str = ""  # e.g. 5/3/1 supplemental: "bbb" or "fsl"
    percent: float = 0.0  # e.g. BBB percentage of the TM (0 = the programme's default)
    test_week: bool = False  # 5/3/1: week 4 tests the training max instead of a deload
    sessions: int = 0  # training days judged since the start
    days: int = 3  # the lifter's training days when last seen (the day layout follows it)
    suggested: bool = False  # a "time for the next step" hint was given
    tracks: dict[str, Track] = field(default_factory=dict)

    def track(self, key: str) -> Track:
        return self.tracks.setdefault(key, Track())

    def to_dict(self) -> dict[str, Any]:
        plain: dict[str, Any] = as_plain(self)
        return plain

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunState:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__ and k != "tracks"}
        tracks = {k: Track(**v) for k, v in d.get("tracks", {}).items()}
        return cls(**known, tracks=tracks)


@dataclass(frozen=True)
class Position:
    """Where a session index falls: week and cycle (1-based), and whether it is a deload."""

    week: int
    weeks: int  # 0 = open-ended
    cycle: int
    deload: bool = False


@dataclass
class Ctx:
    """One call's inputs and the events it produces."""

    lifter: Lifter
    run: RunState
    index: HistoryIndex
    p: Params = DEFAULT
    events: list[Event] = field(default_factory=list)

    def emit(self, day: date, ex: str | None, rule: str, action: str, msg: str, **d: Any) -> None:
        self.events.append(Event(day, ex, rule, action, dict(d), msg))


MaxField = Literal["load_kg", "tm_kg"]


class Programme:
    """A named programme. Subclasses fill the class attributes and the three rule methods."""

    name: str = ""
    title: str = ""
    line: str = ""  # one line for the /program list
    on_miss: str = ""  # what the programme does after a missed session (the coach quotes it)
    max_label: str = "working weight"  # what `/program tm LIFT X` changes
    max_field: MaxField = "load_kg"
    variants: tuple[str, ...] = ()
    lifts: tuple[str, ...] = ("squat", "bench_press", "deadlift", "overhead_press")

    def max_key(self, lift: str) -> str:
        """The track whose `max_field` `/program tm LIFT X` sets."""
        return lift

    def configure(self, run: RunState, args: list[str]) -> str | None:
        """Apply switch options (`/program 531 fsl`); an error sentence when they don't fit."""
        return "This programme has no options." if args else None

    def start(self, ctx: Ctx, day: date) -> None:
        """Seed the tracks from the lifter's e1RMs and log (first week of the programme)."""

    def position(self, run: RunState, n: int) -> Position:
        return Position(n // max(run.days, 1) + 1, 0, 1)

    def plan(self, ctx: Ctx, day: date, n: int) -> Session:
        raise NotImplementedError

    def judge(self, ctx: Ctx, day: date, n: int, done: dict[str, Exposure]) -> None:
        """Move the programme's counters after training day number `n` (0-based)."""

    def needs(self, ctx: Ctx, day: date) -> str:
        """What the programme set from the lifter's numbers, and how to change it."""
        return ""

    def next_up(self, run: RunState, n: int) -> str:
        return "More of the same, a little heavier"

    def label(self, run: RunState) -> str:
        """The programme's name as /block and /plan show it."""
        return self.title
