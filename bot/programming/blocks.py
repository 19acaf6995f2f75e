"""Block types, lengths, week tables and the block sequence per level × goal (4.2, 4.5)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.programming.params import DEFAULT, Goal, Level, Params

Kind = Literal["O", "H", "S", "P"]

BLOCK_NAMES: dict[str, str] = {
    "O": "Foundation block (linear progression)",
    "H": "Hypertrophy block",
    "S": "Strength block",
    "P": "Strength primer",
}
# The same blocks where space is short (the chart's shaded spans).
BLOCK_SHORT_NAMES: dict[str, str] = {
    "O": "Foundation",
    "H": "Hypertrophy",
    "S": "Strength",
    "P": "Primer",
}
BLOCK_SUMMARIES: dict[str, str] = {
    "O": "Full-body sessions; add a little weight every time you hit all your reps.",
    "H": "Moderate weights for 6–15 reps, a few reps in reserve, sets creeping up each week.",
    "S": "Heavier sets of 1–4 on the main lifts, longer rests, no grinding.",
    "P": "Three weeks of heavier triples and doubles to push your size work forward.",
}


@dataclass(frozen=True)
class BlockSpec:
    """One block in a sequence: type, accumulation weeks, deload weeks (O is open-ended)."""

    kind: Kind
    accumulation: int
    deload_weeks: int

    @property
    def weeks(self) -> int:
        return self.accumulation + self.deload_weeks


@dataclass(frozen=True)
class Scheme:
    """Sets × reps at an effort target; reps_top marks a double-progression range."""

    sets: int
    reps: int
    rpe: float
    reps_top: int | None = None
    amrap: bool = False


O_BLOCK = BlockSpec("O", 0, 0)
H6, H5, S5, P3 = (
    BlockSpec("H", 5, 1),
    BlockSpec("H", 4, 1),
    BlockSpec("S", 4, 1),
    BlockSpec("P", 3, 0),
)

SEQUENCES: dict[tuple[str, str], tuple[BlockSpec, ...]] = {
    ("intermediate", "strength"): (H6, S5),
    ("intermediate", "hypertrophy"): (H6, H6, P3),
    ("intermediate", "both"): (H6, S5),
    ("advanced", "strength"): (H5, H5, S5),
    ("advanced", "hypertrophy"): (H6, H6, P3),
    ("advanced", "both"): (H6, S5),
}


def sequence(level: Level, goal: Goal) -> tuple[BlockSpec, ...]:
    """The repeating block sequence; novices run O until LP is exhausted."""
    if level == "novice":
        return (O_BLOCK,)
    return SEQUENCES[(level, goal)]


def spec_at(level: Level, goal: Goal, index: int) -> BlockSpec:
    """Block `index` of the (repeating) sequence."""
    seq = sequence(level, goal)
    return seq[index % len(seq)]


def is_deload_week(spec: BlockSpec, week: int) -> bool:
    return spec.kind != "O" and week > spec.accumulation


def block_name(spec: BlockSpec) -> str:
    return BLOCK_NAMES[spec.kind]


# Strength-block T1 week pattern (4.2): week → schemes.
S_T1: dict[int, tuple[Scheme, ...]] = {
    1: (Scheme(4, 4, 7.5),),
    2: (Scheme(5, 3, 8.0),),
    3: (Scheme(4, 2, 8.5),),
    4: (Scheme(1, 1, 8.5), Scheme(3, 3, 7.5)),
}
H_RIR: dict[int, tuple[float, ...]] = {5: (3, 2, 2, 1, 0.5), 4: (3, 2, 1, 0.5)}
P_T1: dict[int, Scheme] = {1: Scheme(4, 3, 8.0), 2: Scheme(4, 3, 8.0), 3: Scheme(4, 2, 8.5)}


def schemes(spec: BlockSpec, week: int, tier: int, p: Params = DEFAULT) -> tuple[Scheme, ...]:
    """What a slot of this tier does in this block week (before deload and first-week rules)."""
    week = max(1, min(week, max(spec.accumulation, 1)))
    if spec.kind == "O":
        if tier == 1:
            return (Scheme(3, p.lp_target_reps, 8.0),)
        return (Scheme(3 if tier == 2 else 2, 8, 8.0, reps_top=12),)
    if spec.kind == "H":
        rpe = 10 - H_RIR[spec.accumulation][week - 1]
        by_tier = {1: Scheme(3, 8, rpe, 10), 2: Scheme(3, 10, rpe, 12), 3: Scheme(3, 12, rpe, 15)}
        return (by_tier[tier],)
    if tier == 3:
        return (
            Scheme(2 if spec.kind == "P" else 3, 10, 8.0, reps_top=15 if spec.kind == "P" else 12),
        )
    if spec.kind == "P":
        return (P_T1[week],)
    return S_T1[week] if tier == 1 else (Scheme(3, 5, 7.5),)


def first_week(spec: BlockSpec, week: int) -> bool:
    """The first week of any block runs at RIR 3 / RPE 7 (4.5)."""
    return spec.kind != "O" and week == 1
