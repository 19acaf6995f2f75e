"""ProgramState: everything the engine remembers between calls, JSON-safe via to_dict/from_dict."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, timedelta
from typing import Any

from bot.programming.blocks import BlockSpec, Kind
from bot.programming.params import Goal, Level


@dataclass
class LiftState:
    """Per-exercise memory: LP load and fail count, reset history and e1RM overrides."""

    load_kg: float | None = None  # LP: the load for the next session
    fails: int = 0
    fail_load_kg: float | None = None
    increment_kg: float | None = None  # nominal kg once halved; None = the 4.0 default
    resets: list[str] = field(default_factory=list)  # ISO days of LP resets
    reset_loads: list[float] = field(default_factory=list)  # the stalled load of each reset
    e1rm_seed: float | None = None  # e1RM_work override after a reset
    e1rm_since: str | None = None  # session e1RMs before this day no longer count
    s2_since: str | None = None  # strength exposures are numbered from this day
    misses: int = 0  # S-block fast path: consecutive exposures with missed reps
    variation: str = ""  # advanced S2: pause/tempo variation for the rest of the block
    stalled_blocks: int = 0  # consecutive H blocks in which S4 found this exercise stalled
    stalled_this_block: bool = False
    carry_kg: float = 0.0  # LP: increment not yet loadable (a 1.25 kg step on 2.5 kg plates)
    s2_stalls: int = 0  # S2 stalls of this lift acted on in the running block


@dataclass
class BlockState:
    """The running block: its type and length, where it sits in the sequence, when it began."""

    kind: Kind
    accumulation: int
    deload_weeks: int
    index: int
    start: str
    s2_stalls: int = 0  # kept for stored states; stalls are counted per lift (LiftState)
    inserted: bool = False
    weeks_checked: int = 0  # H blocks: weeks already judged by S4
    sessions: int = 0  # training days judged in this block: the template rotation counter
    slots: dict[str, int] = field(default_factory=dict)  # H blocks: ISO day → rotation index

    @property
    def spec(self) -> BlockSpec:
        return BlockSpec(self.kind, self.accumulation, self.deload_weeks)

    @property
    def start_day(self) -> date:
        return date.fromisoformat(self.start)

    def week(self, day: date) -> int:
        return max(1, (day - self.start_day).days // 7 + 1)

    def end_day(self) -> date | None:
        """First day after the block; None for the open-ended O block."""
        if self.kind == "O":
            return None
        return self.start_day + timedelta(weeks=self.accumulation + self.deload_weeks)

    def move_start(self, start: date, weeks_done: int) -> None:
        """Re-anchor the block (a deload moved it); weeks before `weeks_done` stay judged."""
        self.start = start.isoformat()
        self.weeks_checked = weeks_done


@dataclass
class ProgramState:
    """The lifter's programme: level, block, per-lift memory, weekly set targets, deloads."""

    level: Level
    block: BlockState
    goal: Goal = "both"
    lifts: dict[str, LiftState] = field(default_factory=dict)
    weekly_sets: dict[str, int] = field(default_factory=dict)
    swaps: dict[str, str] = field(default_factory=dict)  # exercise → variation (S4)
    deloads: list[list[str]] = field(default_factory=list)  # [start, end) ISO days
    past_blocks: list[list[str]] = field(default_factory=list)  # [kind, start, end]
    processed_through: str | None = None
    version: int = 1
    log_mark: int = 0  # the caller's watermark of the log already judged (newest set id);
    # -1: stored before there was one, so the log as it stands counts as judged
    program: str = "auto"  # "auto" = Spotter's own blocks; else a bot/programming/programmes name
    programme: dict[str, Any] = field(default_factory=dict)  # that programme's own state (JSON)

    def lift(self, exercise: str) -> LiftState:
        return self.lifts.setdefault(exercise, LiftState())

    def to_dict(self) -> dict[str, Any]:
        plain: dict[str, Any] = as_plain(self)
        return plain

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ProgramState:
        return cls(
            level=d["level"],
            block=BlockState(**d["block"]),
            goal=d.get("goal", "both"),
            lifts={k: LiftState(**v) for k, v in d.get("lifts", {}).items()},
            weekly_sets={k: int(v) for k, v in d.get("weekly_sets", {}).items()},
            swaps=dict(d.get("swaps", {})),
            deloads=[list(x) for x in d.get("deloads", [])],
            past_blocks=[list(x) for x in d.get("past_blocks", [])],
            processed_through=d.get("processed_through"),
            version=int(d.get("version", 1)),
            log_mark=int(d.get("log_mark", -1)),
            program=str(d.get("program", "auto")),
            programme=dict(d.get("programme", {})),
        )

    def copy(self) -> ProgramState:
        return ProgramState.from_dict(self.to_dict())

    def in_explicit_deload(self, day: date) -> bool:
        iso = day.isoformat()
        return any(start <= iso < end for start, end in self.deloads)

    def is_deload(self, day: date) -> bool:
        """An inserted deload, or the planned deload week of the running block."""
        if self.in_explicit_deload(day):
            return True
        b = self.block
        return b.kind != "O" and b.start_day <= day and b.week(day) > b.accumulation

    def last_deload_end(self) -> date | None:
        """End of the most recent deload, explicit or a finished block's planned one."""
        ends = [date.fromisoformat(end) for _, end in self.deloads]
        ends += [date.fromisoformat(end) for kind, _, end in self.past_blocks if kind in ("H", "S")]
        return max(ends) if ends else None


def as_plain(value: Any) -> Any:
    """`dataclasses.asdict` for JSON-safe state, without its per-leaf deepcopy: a programme's
    state is copied on every `update` (an H block's rotation map grows every session)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: as_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(as_plain(v) for v in value)
    return value  # str, int, float, bool, None: immutable
