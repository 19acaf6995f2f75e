"""The catalogue: SPEC ids exist, lifter spellings map, ordinary words never do."""

from __future__ import annotations

import pytest

from bot import exercises
from bot.exercises import CATALOGUE, display_name, exact_exercise, get, match_exercise

SPEC_IDS = str.split(
    "squat front_squat bench_press incline_bench_press overhead_press deadlift romanian_deadlift "
    "sumo_deadlift barbell_row pull_up chin_up dip push_up lat_pulldown seated_cable_row "
    "leg_press lunge bulgarian_split_squat hip_thrust leg_curl leg_extension calf_raise "
    "bicep_curl hammer_curl tricep_extension skullcrusher lateral_raise face_pull "
    "dumbbell_bench_press dumbbell_row dumbbell_shoulder_press power_clean snatch clean_and_jerk"
)


def test_all_spec_ids_exist() -> None:
    assert len(SPEC_IDS) == 34
    assert set(SPEC_IDS) <= set(CATALOGUE)


def test_bodyweight_flag_is_exactly_the_four_moves() -> None:
    flagged = {ex.id for ex in CATALOGUE.values() if ex.bodyweight}
    assert flagged == {"pull_up", "chin_up", "dip", "push_up"}


def test_tiers_follow_coaching_doc() -> None:
    tier1 = {ex.id for ex in CATALOGUE.values() if ex.tier == 1}
    assert tier1 == {"squat", "bench_press", "deadlift", "overhead_press"}
    assert {get(i).tier for i in ("barbell_row", "romanian_deadlift", "dip")} == {2}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bench", "bench_press"), ("BP", "bench_press"), ("Bench-Press", "bench_press"),
        ("benchpress", "bench_press"), ("db bench", "dumbbell_bench_press"),
        ("row", "barbell_row"), ("rows", "barbell_row"), ("ohp", "overhead_press"),
        ("dl", "deadlift"), ("rdl", "romanian_deadlift"), ("bss", "bulgarian_split_squat"),
        ("c&j", "clean_and_jerk"), ("chins", "chin_up"), ("laterals", "lateral_raise"),
        ("pulldowns", "lat_pulldown"), ("skulls", "skullcrusher"), ("pull-ups", "pull_up"),
        ("press ups", "push_up"), ("db rows", "dumbbell_row"),
        ("db press", "dumbbell_shoulder_press"),
        ("weighted dips", "dip"), ("Pull Up (Assisted)", "pull_up"),
        ("Bench Press (Dumbbell)", "dumbbell_bench_press"), ("Squat (Barbell)", "squat"),
        ("Lat Pulldown (Cable)", "lat_pulldown"), ("Seated Row (Cable)", "seated_cable_row"),
        ("calves", "calf_raise"), ("hammers", "hammer_curl"), ("lunges", "lunge"),
    ],
)  # fmt: skip
def test_spellings_map_to_ids(text: str, expected: str) -> None:
    assert match_exercise(text) == expected


@pytest.mark.parametrize(
    ("typo", "expected"),
    [("bech", "bench_press"), ("benhc", "bench_press"), ("sqaut", "squat"),
     ("deadlfit", "deadlift"), ("romanain deadlift", "romanian_deadlift"),
     ("lateral raies", "lateral_raise"), ("inclien bench", "incline_bench_press")],
)  # fmt: skip
def test_small_typos_match_but_not_exactly(typo: str, expected: str) -> None:
    assert match_exercise(typo) == expected
    assert exact_exercise(typo) is None


@pytest.mark.parametrize(
    "word",
    ["felt", "today", "heavy", "ran", "leg day", "tomorrow", "great", "beach", "lunch",
     "chips", "sing", "workout", "push day", "hello", "", "   ", "💪", "thanks", "sore"],
)  # fmt: skip
def test_ordinary_words_are_not_exercises(word: str) -> None:
    assert match_exercise(word) is None


def test_unmapped_import_name_is_kept() -> None:
    assert exact_exercise("Chest Press (Machine)") is None
    assert display_name("Chest Press (Machine)") == "Chest Press (Machine)"
    assert display_name("bench_press") == "Bench press"


def test_aliases_are_unambiguous() -> None:
    seen: dict[str, str] = {}
    for ex in CATALOGUE.values():
        for alias in ex.aliases:
            key = exercises.normalize_name(alias)
            assert seen.setdefault(key, ex.id) == ex.id, alias
