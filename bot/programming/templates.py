"""Training splits by days per week (4.6 step 2): which exercises, in which tier, on which day."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Day:
    """One template day: a title and its (exercise id, tier) slots, T1 first."""

    title: str
    slots: tuple[tuple[str, int], ...]


def _day(title: str, *slots: tuple[str, int]) -> Day:
    return Day(title, tuple(sorted(slots, key=lambda s: s[1])))


FB_A = _day(
    "Full body A",
    ("squat", 1), ("bench_press", 1), ("barbell_row", 2), ("lateral_raise", 3), ("bicep_curl", 3),
)  # fmt: skip
FB_B = _day(
    "Full body B",
    ("deadlift", 1), ("overhead_press", 1), ("lat_pulldown", 2), ("leg_curl", 3),
    ("tricep_extension", 3),
)  # fmt: skip
FB_C = _day(
    "Full body C",
    ("squat", 1), ("bench_press", 1), ("chin_up", 2), ("romanian_deadlift", 2), ("calf_raise", 3),
)  # fmt: skip
UPPER_A = _day(
    "Upper A",
    ("bench_press", 1), ("barbell_row", 2), ("overhead_press", 2), ("lateral_raise", 3),
    ("tricep_extension", 3),
)  # fmt: skip
LOWER_A = _day(
    "Lower A",
    ("squat", 1), ("romanian_deadlift", 2), ("leg_curl", 3), ("calf_raise", 3),
)  # fmt: skip
UPPER_B = _day(
    "Upper B",
    ("overhead_press", 1), ("bench_press", 2), ("lat_pulldown", 2), ("face_pull", 3),
    ("bicep_curl", 3),
)  # fmt: skip
LOWER_B = _day(
    "Lower B",
    ("deadlift", 1), ("squat", 2), ("leg_press", 2), ("leg_extension", 3), ("calf_raise", 3),
)  # fmt: skip
PUSH_A = _day(
    "Push",
    ("bench_press", 1), ("overhead_press", 2), ("dip", 2), ("lateral_raise", 3),
    ("tricep_extension", 3),
)  # fmt: skip
PULL_A = _day(
    "Pull",
    ("deadlift", 1), ("barbell_row", 2), ("lat_pulldown", 2), ("face_pull", 3), ("bicep_curl", 3),
)  # fmt: skip
LEGS_A = _day(
    "Legs",
    ("squat", 1), ("romanian_deadlift", 2), ("leg_press", 2), ("leg_curl", 3), ("calf_raise", 3),
)  # fmt: skip
PUSH_B = _day(
    "Push B",
    ("overhead_press", 1), ("incline_bench_press", 2), ("dumbbell_bench_press", 2),
    ("lateral_raise", 3), ("tricep_extension", 3),
)  # fmt: skip
PULL_B = _day(
    "Pull B",
    ("barbell_row", 2), ("pull_up", 2), ("dumbbell_row", 2), ("face_pull", 3), ("bicep_curl", 3),
)  # fmt: skip
LEGS_B = _day(
    "Legs B",
    ("squat", 1), ("front_squat", 2), ("hip_thrust", 2), ("leg_extension", 3), ("calf_raise", 3),
)  # fmt: skip

O_A = _day("Workout A", ("squat", 1), ("bench_press", 1), ("barbell_row", 2), ("face_pull", 3))
O_B = _day("Workout B", ("squat", 1), ("overhead_press", 1), ("deadlift", 1), ("lat_pulldown", 2))

SPLITS: dict[int, tuple[Day, ...]] = {
    2: (FB_A, FB_B),
    3: (FB_A, FB_B, FB_C),
    4: (UPPER_A, LOWER_A, UPPER_B, LOWER_B),
    5: (PUSH_A, PULL_A, LEGS_A, UPPER_B, LOWER_B),
    6: (PUSH_A, PULL_A, LEGS_A, PUSH_B, PULL_B, LEGS_B),
}

# Same-pattern variations used when S4 says an exercise stopped working (4.4).
VARIATIONS: dict[str, str] = {
    "squat": "front_squat", "front_squat": "squat", "bench_press": "incline_bench_press",
    "incline_bench_press": "dumbbell_bench_press", "dumbbell_bench_press": "incline_bench_press",
    "barbell_row": "dumbbell_row", "dumbbell_row": "seated_cable_row", "lat_pulldown": "pull_up",
    "pull_up": "lat_pulldown", "chin_up": "lat_pulldown", "romanian_deadlift": "hip_thrust",
    "hip_thrust": "romanian_deadlift", "leg_press": "bulgarian_split_squat",
    "overhead_press": "dumbbell_shoulder_press", "dip": "dumbbell_bench_press",
    "bicep_curl": "hammer_curl", "hammer_curl": "bicep_curl", "tricep_extension": "skullcrusher",
    "skullcrusher": "tricep_extension", "leg_curl": "romanian_deadlift",
    "leg_extension": "leg_press",
}  # fmt: skip


def split(days_per_week: int, block_kind: str) -> tuple[Day, ...]:
    """Template days for the week; the novice O block alternates two full-body days."""
    if block_kind == "O":
        return (O_A, O_B)
    return SPLITS[days_per_week]


def template_day(days_per_week: int, block_kind: str, index: int) -> Day:
    days = split(days_per_week, block_kind)
    return days[index % len(days)]
