"""Strong and Hevy exercise names → our canonical ids.

The table is explicit on purpose: app names carry the equipment in brackets, and a machine or
Smith-machine variant is a different lift, so it stays under its own name unless listed here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import exercises
from bot.importers.names_intl import local_name

_APP_NAMES: dict[str, tuple[str, ...]] = {
    "squat": (
        "Squat (Barbell)",
        "Back Squat (Barbell)",
        "Squat",
        "Back Squat",
        "Barbell Squat",
        "High Bar Squat (Barbell)",
        "Low Bar Squat (Barbell)",
        "Full Squat",
    ),
    "front_squat": ("Front Squat (Barbell)", "Front Squat"),
    "bench_press": (
        "Bench Press (Barbell)",
        "Bench Press",
        "Barbell Bench Press",
        "Flat Bench Press (Barbell)",
    ),
    "block_deadlift": ("Block Pull", "Block Pull (Barbell)", "Block Pulls"),
    "incline_bench_press": (
        "Incline Bench Press (Barbell)",
        "Incline Bench Press",
        "Incline Barbell Bench Press",
    ),
    "dumbbell_bench_press": (
        "Bench Press (Dumbbell)",
        "Dumbbell Bench Press",
        "Flat Dumbbell Press",
    ),
    "overhead_press": (
        "Overhead Press (Barbell)",
        "Overhead Press",
        "Strict Press (Barbell)",
        "Standing Overhead Press (Barbell)",
        "Military Press (Barbell)",
        "Military Press",
        "Shoulder Press (Barbell)",
        "Barbell Overhead Press",
        "Seated Overhead Press (Barbell)",
    ),
    "dumbbell_shoulder_press": (
        "Overhead Press (Dumbbell)",
        "Shoulder Press (Dumbbell)",
        "Seated Shoulder Press (Dumbbell)",
        "Seated Overhead Press (Dumbbell)",
        "Dumbbell Shoulder Press",
        "Arnold Press (Dumbbell)",
    ),
    "deadlift": ("Deadlift (Barbell)", "Deadlift", "Conventional Deadlift", "Barbell Deadlift"),
    "romanian_deadlift": (
        "Romanian Deadlift (Barbell)",
        "Romanian Deadlift",
        "RDL (Barbell)",
        "Stiff Leg Deadlift (Barbell)",
        "Straight Leg Deadlift",
        "Straight Leg Deadlift (Barbell)",
    ),
    "sumo_deadlift": ("Sumo Deadlift (Barbell)", "Sumo Deadlift"),
    "barbell_row": (
        "Bent Over Row (Barbell)",
        "Barbell Row",
        "Bent Over Row",
        "Pendlay Row (Barbell)",
        "Row (Barbell)",
    ),
    "dumbbell_row": (
        "Bent Over Row (Dumbbell)",
        "Bent Over One Arm Row (Dumbbell)",
        "Dumbbell Row",
        "One Arm Dumbbell Row",
        "Single Arm Row (Dumbbell)",
        "Single Arm Dumbbell Row",
        "Row (Dumbbell)",
    ),
    "pull_up": (
        "Pull Up",
        "Pull Up (Assisted)",
        "Pull Up (Weighted)",
        "Pull Up (Band)",
        "Pullup",
        "Wide Grip Pull Up",
        "Assisted Pull Up",
        "Wide Pull Up",
    ),
    "chin_up": (
        "Chin Up",
        "Chin Up (Assisted)",
        "Chin Up (Weighted)",
        "Chinup",
        "Assisted Chin Up",
    ),
    "dip": (
        "Dip",
        "Dips",
        "Triceps Dip",
        "Chest Dip",
        "Triceps Dip (Assisted)",
        "Chest Dip (Assisted)",
        "Dip (Assisted)",
        "Triceps Dip (Weighted)",
        "Chest Dip (Weighted)",
        "Dip (Weighted)",
        "Bench Dip",
        "Dips / Dip",
        "Dip (Bodyweight)",
    ),
    "push_up": ("Push Up", "Push Ups", "Pushup", "Push Up (Weighted)"),
    "lat_pulldown": (
        "Lat Pulldown (Cable)",
        "Lat Pulldown",
        "Lat Pulldown (Machine)",
        "Wide Grip Lat Pulldown",
        "Lat Pulldown - Wide Grip (Cable)",
        "Lat Pulldown - Close Grip (Cable)",
        "Lat Pulldown - Underhand (Cable)",
        "Reverse Grip Lat Pulldown (Cable)",
        "Close Grip Lat Pulldown",
        "Lat Pulldown (Band)",
        "Single Arm Lat Pulldown",
        "Lat Pulldown (Single Arm)",
    ),
    "seated_cable_row": (
        "Seated Cable Row",
        "Seated Row (Cable)",
        "Seated Cable Row - V Grip (Cable)",
        "Seated Cable Row - Bar Grip",
        "Cable Row",
        "Seated Cable Row - Bar Grip (Cable)",
        "Seated Cable Row - V Grip",
        "Seated Cable Row - Bar Wide Grip",
    ),
    "leg_press": ("Leg Press", "Leg Press (Machine)", "Leg Press Horizontal (Machine)"),
    "lunge": (
        "Lunge",
        "Lunge (Dumbbell)",
        "Lunge (Barbell)",
        "Walking Lunge",
        "Walking Lunge (Dumbbell)",
        "Reverse Lunge",
        "Reverse Lunge (Dumbbell)",
        "Lunges",
        "Lunge (Bodyweight)",
        "Walking Lunge (Barbell)",
    ),
    "bulgarian_split_squat": (
        "Bulgarian Split Squat",
        "Bulgarian Split Squat (Dumbbell)",
        "Split Squat (Dumbbell)",
    ),
    "hip_thrust": ("Hip Thrust (Barbell)", "Hip Thrust", "Barbell Hip Thrust"),
    "leg_curl": (
        "Leg Curl",
        "Lying Leg Curl (Machine)",
        "Seated Leg Curl (Machine)",
        "Leg Curl (Machine)",
        "Lying Leg Curl",
        "Seated Leg Curl",
    ),
    "leg_extension": ("Leg Extension (Machine)", "Leg Extension", "Leg Extensions"),
    "calf_raise": (
        "Calf Raise",
        "Standing Calf Raise",
        "Standing Calf Raise (Machine)",
        "Standing Calf Raise (Barbell)",
        "Standing Calf Raise (Dumbbell)",
        "Calf Raise (Machine)",
        "Seated Calf Raise (Machine)",
        "Seated Calf Raise",
        "Calf Press on Leg Press",
        "Seated Calf Raise (Plate Loaded)",
        "Standing Calf Raise (Bodyweight)",
        "Single Leg Calf Raise",
        "Calf Press on Seated Leg Press",
        "Single Leg Standing Calf Raise",
        "Single Leg Standing Calf Raise (Machine)",
        "Single Leg Standing Calf Raise (Dumbbell)",
        "Single Leg Standing Calf Raise (Barbell)",
        "Standing Calf Raise (Smith)",
        "Calf Extension (Machine)",
    ),
    "bicep_curl": (
        "Bicep Curl (Dumbbell)",
        "Bicep Curl (Barbell)",
        "Bicep Curl (Cable)",
        "Bicep Curl",
        "Biceps Curl (Dumbbell)",
        "Biceps Curl (Barbell)",
        "Biceps Curl",
        "Barbell Curl",
        "Dumbbell Curl",
        "EZ Bar Biceps Curl",
        "Bicep Curl (EZ Bar)",
    ),
    "hammer_curl": (
        "Hammer Curl (Dumbbell)",
        "Hammer Curl",
        "Hammer Curl (Cable)",
        "Hammer Curl (Band)",
    ),
    "tricep_extension": (
        "Triceps Extension",
        "Triceps Extension (Cable)",
        "Triceps Extension (Dumbbell)",
        "Triceps Extension (Barbell)",
        "Overhead Triceps Extension (Cable)",
        "Overhead Triceps Extension",
        "Tricep Extension",
    ),
    "tricep_pushdown": (
        "Triceps Pushdown (Cable - Straight Bar)",
        "Triceps Pushdown (Rope)",
        "Triceps Pushdown",
        "Triceps Pushdown (Cable)",
        "Triceps Rope Pushdown",
        "Tricep Pushdown",
        "Single Arm Triceps Pushdown (Cable)",
        "Triceps Pushdown (Cable - Rope)",
        "Triceps Pressdown",
    ),
    "skullcrusher": (
        "Skullcrusher (Barbell)",
        "Skullcrusher (Dumbbell)",
        "Skullcrusher",
        "Skull Crusher",
        "Lying Triceps Extension (Barbell)",
    ),
    "lateral_raise": (
        "Lateral Raise (Dumbbell)",
        "Lateral Raise (Cable)",
        "Lateral Raise",
        "Side Lateral Raise",
        "Lateral Raises",
        "Lateral Raise (Band)",
        "Single Arm Lateral Raise (Cable)",
    ),
    "face_pull": ("Face Pull (Cable)", "Face Pull", "Face Pulls", "Face Pull (Rope)"),
    "close_grip_bench_press": (
        "Bench Press - Close Grip (Barbell)",
        "Close Grip Bench Press (Barbell)",
        "Close Grip Bench Press",
    ),
    "trap_bar_deadlift": (
        "Trap Bar Deadlift",
        "Deadlift (Trap bar)",
        "Trap Bar Deadlift (Trap bar)",
    ),
    "goblet_squat": ("Goblet Squat (Kettlebell)", "Goblet Squat (Dumbbell)", "Goblet Squat"),
    "chest_fly": (
        "Pec Deck (Machine)",
        "Butterfly (Pec Deck)",
        "Cable Fly Crossovers",
        "Cable Crossover",
        "Chest Fly (Dumbbell)",
        "Chest Fly (Cable)",
        "Chest Fly",
        "Chest Fly (Machine)",
    ),
    "rear_delt_fly": (
        "Rear Delt Reverse Fly (Dumbbell)",
        "Rear Delt Reverse Fly (Cable)",
        "Reverse Fly (Dumbbell)",
        "Reverse Fly (Cable)",
        "Rear Delt Reverse Fly (Machine)",
    ),
    "power_clean": ("Power Clean", "Power Clean (Barbell)"),
    "snatch": ("Snatch", "Snatch (Barbell)", "Power Snatch (Barbell)"),
    "clean_and_jerk": ("Clean and Jerk", "Clean and Jerk (Barbell)", "Clean & Jerk"),
}

_SEPARATORS = re.compile(r"[\s_\-–]+")
_ASSISTED = re.compile(r"\bassist", re.IGNORECASE)
# `Name (Qualifier)` and `Name - Qualifier`, the way the apps write equipment and grips.
_QUALIFIED = re.compile(r"^(?P<base>.+?)\s*(?:\((?P<paren>[^)]*)\)|\s[-–]\s(?P<dash>.+))\s*$")
# Qualifiers that leave the movement the same: grips, stances, sides, attachments, seats.
_SAME_MOVEMENT_WORDS = """
    neutral wide close narrow grip underhand overhand pronated supinated reverse mixed hook
    single one arm leg side unilateral alternating alternate seated standing lying kneeling
    rope v bar straight handle attachment band banded plate loaded lever machine smith
    barbell dumbbell cable kettlebell ez bodyweight weighted assisted stance hand hands
    both each per and with on
"""
_SAME_MOVEMENT = frozenset(_SAME_MOVEMENT_WORDS.split())
_MACHINE = frozenset({"machine", "smith", "lever", "plate", "loaded"})
_EQUIPMENT = ("barbell", "dumbbell", "cable", "kettlebell")


def normalize_name(name: str) -> str:
    """Case, hyphens and spacing do not change a lift's identity."""
    return _SEPARATORS.sub(" ", name).strip().casefold()


_BY_NAME: dict[str, str] = {
    normalize_name(name): ex_id for ex_id, names in _APP_NAMES.items() for name in names
}


def is_assisted(name: str) -> bool:
    """An assisted variant records the help as a positive number; we store it negative."""
    return _ASSISTED.search(name) is not None


def map_exercise(raw_name: str) -> str | None:
    """Our id for an app's exercise name, or None when it is a lift we do not know."""
    name = raw_name.strip()
    if exercises.get(name) is not None:  # Spotter's own export writes ids
        return name
    listed = _BY_NAME.get(normalize_name(name))
    if listed:
        return listed
    if "/" in name:  # a custom name listing spellings of one lift: "Dips / Dip"
        ids = {map_exercise(part) for part in name.split("/") if part.strip()}
        return ids.pop() if len(ids) == 1 else None
    return resolve_qualified(name) or local_name(name)


def resolve_qualified(name: str) -> str | None:
    """Base movement + qualifiers → the base lift when the movement is the same.

    `Pull Up (Neutral Grip)`, `Seated Leg Press (Machine)`, `Bicep Curl (Machine)` are the base
    lift; a machine or Smith version of a free-weight compound (`Bench Press (Smith Machine)`,
    `Chest Press (Machine)`) is a different lift and stays under its own name. Variant words
    (`Paused`, `Deficit`, …) resolve to the variant's own id in bot/exercises.py."""
    base, words = name, []
    while match := _QUALIFIED.match(base):  # `Bench Press - Wide Grip (Barbell)`
        base = match.group("base")
        words += re.findall(r"[a-z]+", (match.group("paren") or match.group("dash")).casefold())
    variants = [w for w in words if exercises.variant_of("squat", w)]
    found = _same_movement(base, [w for w in words if w not in variants])
    if found and variants:
        return exercises.variant_of(found, variants[0]) or found
    return found


def _same_movement(base: str, qualifiers: Sequence[str]) -> str | None:
    """The lift the qualifiers name with the base (`Deadlift (Sumo)`), else the base lift
    itself when every qualifier is a grip, side, seat or piece of equipment."""
    equipment = next((w for w in qualifiers if w in _EQUIPMENT), "")
    named = [w for w in qualifiers if w not in _MACHINE and w not in _EQUIPMENT]
    words = [w for w in normalize_name(base).split() if w not in {"seated", "standing", "lying"}]
    found = exercises.exact_exercise(" ".join([*named, *words])) if named else None
    if found is None:
        if any(w not in _SAME_MOVEMENT for w in named):
            return None  # a qualifier we can't place: another lift, kept under its name
        plain = [w for w in words if w not in _GRIP] or words  # `Seated Wide-Grip Row (Cable)`
        found = exercises.exact_exercise(" ".join([equipment, *plain]).strip())
        found = found or exercises.exact_exercise(" ".join(plain))
    entry = exercises.get(found) if found else None
    if entry is not None and _another_lift(entry, {*qualifiers, *words}):
        return None
    return found


def _another_lift(entry: exercises.Exercise, words: set[str]) -> bool:
    """A machine version of a free-weight compound, or a main lift done with bands,
    dumbbells, a cable or no bar: not the lift whose records it would join."""
    if entry.tier > 2:
        return False
    if _MACHINE & words and entry.equipment in _FREE_WEIGHTS:
        return True
    return entry.tier == 1 and bool(_OTHER_IMPLEMENT & words)


_FREE_WEIGHTS = frozenset({"barbell", "dumbbell", "bodyweight"})
_OTHER_IMPLEMENT = frozenset({"band", "banded", "dumbbell", "cable", "bodyweight", "kettlebell"})
_GRIP = frozenset({"wide", "grip", "neutral", "underhand", "overhand", "pronated", "supinated"})
