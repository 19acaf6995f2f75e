"""The 4.4 adjustment table: rows checked top to bottom, the first matching row wins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Situation:
    """What the detectors found, plus the context the table rows look at."""

    trigger: str  # "S1", "S2", "S3", "S4", "S5"
    level: str
    block: str  # "O", "H", "S", "P"
    s2_stalls_in_block: int = 0  # S2 stalls already acted on in this block
    recent_deload: bool = False  # a deload within the last 3 weeks
    muscle_stalled: bool = False
    recovered: bool = True
    at_cap: bool = False
    regressions: int = 0  # exercises of this muscle that regressed
    stalled_two_mesocycles: bool = False
    goal: str = "both"


@dataclass(frozen=True)
class Row:
    label: str
    matches: Callable[[Situation], bool]
    action: Callable[[Situation], str]


def _const(action: str) -> Callable[[Situation], str]:
    return lambda _s: action


def _s_block_first(s: Situation) -> bool:
    return s.trigger == "S2" and s.block == "S" and s.s2_stalls_in_block == 0


ROWS: tuple[Row, ...] = (
    Row("S3 fatigue", lambda s: s.trigger == "S3", _const("deload")),
    Row(
        "S1 novice LP stall",
        lambda s: s.trigger == "S1" and s.block == "O",
        _const("reset"),
    ),
    Row(
        "S2 first stall, intermediate",
        lambda s: _s_block_first(s) and s.level == "intermediate",
        lambda s: "tm_reset" if s.recent_deload else "deload",
    ),
    Row(
        "S2 first stall, advanced",
        lambda s: _s_block_first(s) and s.level == "advanced",
        lambda s: "tm_reset_variation" if s.recent_deload else "deload",
    ),
    Row(
        "S2 second stall in block",
        lambda s: s.trigger == "S2" and s.block == "S" and s.s2_stalls_in_block >= 1,
        _const("switch_block"),
    ),
    Row("S2 outside an S block", lambda s: s.trigger == "S2", _const("none")),
    Row(
        "S4 muscle stalled, recovered, below cap",
        lambda s: (
            s.trigger == "S4"
            and s.block == "H"
            and s.muscle_stalled
            and s.recovered
            and not s.at_cap
        ),
        _const("add_sets"),
    ),
    Row(
        "S4 muscle stalled and beaten up or capped, or two regressions",
        lambda s: (
            s.trigger == "S4"
            and s.block == "H"
            and ((s.muscle_stalled and (not s.recovered or s.at_cap)) or s.regressions >= 2)
        ),
        _const("deload_end_block"),
    ),
    Row(
        "S4 exercise stalled two mesocycles",
        lambda s: s.trigger == "S4x" and s.block == "H" and s.stalled_two_mesocycles,
        _const("swap_exercise"),
    ),
    Row(
        "H, no stall, recovered",
        lambda s: s.trigger == "S4" and s.block == "H" and s.recovered,
        _const("add_set"),
    ),
    Row(
        "H, no stall, not recovered",
        lambda s: s.trigger == "S4" and s.block == "H",
        _const("hold_sets"),
    ),
    Row(
        "S5 size plateau",
        lambda s: s.trigger == "S5" and s.level != "novice" and s.goal == "hypertrophy",
        _const("strength_primer"),
    ),
)


def decide(situation: Situation) -> str:
    """The action of the first matching 4.4 row; 'none' when no row applies."""
    for row in ROWS:
        if row.matches(situation):
            return row.action(situation)
    return "none"
