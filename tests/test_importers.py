"""Strong, Hevy and Spotter exports read into sets and the summary a lifter sees."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from bot.importers import ImportedSet, ImportFile, ImportFormatError, read_export
from bot.importers.names import map_exercise

DATA = Path(__file__).parent / "data" / "imports"


def load(name: str, default_unit: str = "kg") -> ImportFile:
    return read_export((DATA / name).read_bytes(), default_unit)  # type: ignore[arg-type]


def sets_of(result: ImportFile, exercise: str) -> list[ImportedSet]:
    return [s for s in result.sets if s.exercise == exercise]


EXPECTED = {
    "strong_semicolon_kg.csv": {
        "format": "strong", "unit": "kg", "workouts": 3, "warmup_sets": 4,
        "working_sets_total": 14,
        "working_sets": {"bench_press": 3, "deadlift": 2, "lateral_raise": 2, "leg_press": 1,
                         "pull_up": 2, "squat": 2},
        "unmapped": {"Chest Press (Machine)": 2},
        "not_sets": {"Plank": 1, "Running": 1},  # timed or distance rows, named in the reply
        "best_e1rm_kg": {"bench_press": 116.667, "deadlift": 165.0, "lateral_raise": 10.0,
                         "leg_press": 266.667, "squat": 130.0},
    },
    "strong_semicolon_lb.csv": {
        "format": "strong", "unit": "lb", "workouts": 2, "warmup_sets": 1,
        "working_sets_total": 7,
        "working_sets": {"chin_up": 2, "dumbbell_bench_press": 2, "squat": 2},
        "unmapped": {"Shoulder Press (Machine)": 1},
        # 225 lb x 5, 70 lb x 10, +25 lb x 6 → Epley in kg
        "best_e1rm_kg": {"chin_up": 13.608, "dumbbell_bench_press": 42.335, "squat": 119.068},
    },
    "strong_classic_no_unit.csv": {
        "format": "strong", "unit": "kg", "workouts": 2, "warmup_sets": 1,
        "working_sets_total": 6,
        "working_sets": {"barbell_row": 1, "overhead_press": 2, "romanian_deadlift": 2},
        "unmapped": {"Landmine Rotation": 1},
        "best_e1rm_kg": {"barbell_row": 190.0, "overhead_press": 70.0,
                         "romanian_deadlift": 133.333},
    },
    "strong_weight_unit.csv": {
        "format": "strong", "unit": "kg", "workouts": 2, "warmup_sets": 1,
        "working_sets_total": 6,
        "working_sets": {"bench_press": 3, "calf_raise": 1, "dip": 1, "squat": 1},
        "unmapped": {},
        "not_sets": {"Plank": 1},
        "best_e1rm_kg": {"bench_press": 70.833, "squat": 71.441},
    },
    "hevy_kg.csv": {
        "format": "hevy", "unit": "kg", "workouts": 2, "warmup_sets": 3,
        "working_sets_total": 11,
        "working_sets": {"bench_press": 2, "leg_extension": 2, "pull_up": 1, "push_up": 1,
                         "squat": 3, "tricep_pushdown": 1},
        "unmapped": {"Chest Press (Machine)": 1},
        "not_sets": {"Plank": 1},
        "best_e1rm_kg": {"bench_press": 120.0, "leg_extension": 46.667, "squat": 163.333},
    },
    "hevy_lbs.csv": {
        "format": "hevy", "unit": "lb", "workouts": 3, "warmup_sets": 1,
        "working_sets_total": 9,
        "working_sets": {"bench_press": 2, "bicep_curl": 1, "chin_up": 1, "deadlift": 1,
                         "face_pull": 1, "hip_thrust": 1, "overhead_press": 2},
        "unmapped": {},
        "not_sets": {"Running": 1},
        "best_e1rm_kg": {"bench_press": 97.9, "bicep_curl": 18.144, "deadlift": 157.17,
                         "hip_thrust": 136.078, "overhead_press": 54.582},
    },
    "spotter_export.csv": {
        "format": "spotter", "unit": "kg", "workouts": 2, "warmup_sets": 1,
        "working_sets_total": 6,
        "working_sets": {"bench_press": 2, "dip": 1, "pull_up": 1, "squat": 1},
        "unmapped": {"Chest Press (Machine)": 1},
        "best_e1rm_kg": {"bench_press": 116.667, "squat": 119.068},
    },
    # Realistic multi-workout exports (cardio, planks, rest timers, notes, W/D/F, supersets,
    # newest-first Hevy in both date styles); every number worked out apart from the importer.
    "strong_many_workouts.csv": {
        "format": "strong", "unit": "kg", "workouts": 12, "warmup_sets": 24,
        "working_sets_total": 246,
        "working_sets": {"bench_press": 9, "bicep_curl": 9, "bulgarian_split_squat": 6,
                         "calf_raise": 6, "chest_fly": 6, "chin_up": 9, "clean_and_jerk": 6,
                         "deadlift": 9, "dip": 9, "face_pull": 9, "front_squat": 6,
                         "hack_squat": 6, "hammer_curl": 9, "hip_thrust": 6,
                         "incline_dumbbell_press": 9, "lat_pulldown": 9, "lateral_raise": 9,
                         "leg_curl": 6, "leg_extension": 6, "leg_press": 6, "lunge": 6,
                         "overhead_press": 9, "power_clean": 6, "pull_up": 9, "push_up": 6,
                         "romanian_deadlift": 6, "seated_cable_row": 9, "skullcrusher": 9,
                         "snatch": 6, "squat": 6, "sumo_deadlift": 6, "tricep_pushdown": 9},
        "unmapped": {"Chest Press (Machine)": 9},
        "not_sets": {"Running": 2},
        "best_e1rm_kg": {"bench_press": 126.667, "bicep_curl": 24.067, "calf_raise": 106.667,
                         "chest_fly": 70.0, "clean_and_jerk": 104.5, "deadlift": 209.0,
                         "dip": 19.0, "face_pull": 34.833, "front_squat": 133.333,
                         "hack_squat": 144.0, "hammer_curl": 24.5, "hip_thrust": 186.667,
                         "incline_dumbbell_press": 46.667, "lat_pulldown": 90.0,
                         "lateral_raise": 15.0, "leg_curl": 60.0, "leg_extension": 76.667,
                         "leg_press": 270.0, "lunge": 30.0, "overhead_press": 80.0,
                         "power_clean": 99.0, "romanian_deadlift": 43.333,
                         "seated_cable_row": 83.333, "skullcrusher": 44.333, "snatch": 79.75,
                         "squat": 164.667, "sumo_deadlift": 230.0, "tricep_pushdown": 53.333},
    },
    "strong_many_workouts_lb.csv": {
        "format": "strong", "unit": "lb", "workouts": 9, "warmup_sets": 6,
        "working_sets_total": 215,
        "working_sets": {"bench_press": 7, "bicep_curl": 7, "bulgarian_split_squat": 7,
                         "calf_raise": 7, "chest_fly": 3, "chin_up": 7, "clean_and_jerk": 3,
                         "deadlift": 7, "dip": 7, "face_pull": 7, "front_squat": 7,
                         "hack_squat": 7, "hammer_curl": 7, "hip_thrust": 7,
                         "incline_dumbbell_press": 7, "lat_pulldown": 7, "lateral_raise": 7,
                         "leg_curl": 7, "leg_extension": 7, "leg_press": 7, "lunge": 7,
                         "overhead_press": 7, "power_clean": 3, "pull_up": 7, "push_up": 7,
                         "romanian_deadlift": 7, "seated_cable_row": 7, "skullcrusher": 7,
                         "snatch": 3, "squat": 7, "sumo_deadlift": 7, "tricep_pushdown": 7},
        "unmapped": {"Chest Press (Machine)": 7},
        "not_sets": {"Running": 2},
        "best_e1rm_kg": {"bench_press": 123.982, "bicep_curl": 21.168, "calf_raise": 108.862,
                         "chest_fly": 63.201, "chin_up": 14.364, "clean_and_jerk": 127.006,
                         "deadlift": 214.7, "dip": 15.12, "face_pull": 30.239,
                         "front_squat": 136.078, "hack_squat": 163.293, "hammer_curl": 24.192,
                         "hip_thrust": 187.485, "incline_dumbbell_press": 42.335,
                         "lat_pulldown": 90.718, "lateral_raise": 11.491, "leg_curl": 63.503,
                         "leg_extension": 71.819, "leg_press": 269.131, "lunge": 28.728,
                         "overhead_press": 75.599, "power_clean": 114.91,
                         "romanian_deadlift": 45.359, "seated_cable_row": 77.564,
                         "skullcrusher": 42.335, "snatch": 93.742, "squat": 172.365,
                         "sumo_deadlift": 229.82, "tricep_pushdown": 48.383},
    },
    "hevy_many_workouts_kg.csv": {
        "format": "hevy", "unit": "kg", "workouts": 10, "warmup_sets": 6,
        "working_sets_total": 198,
        "working_sets": {"bench_press": 6, "bicep_curl": 6, "bulgarian_split_squat": 6,
                         "calf_raise": 6, "chest_fly": 6, "clean_and_jerk": 6, "deadlift": 6,
                         "dip": 6, "face_pull": 6, "front_squat": 6, "hack_squat": 6,
                         "hammer_curl": 6, "hip_thrust": 6, "incline_dumbbell_press": 6,
                         "lat_pulldown": 6, "lateral_raise": 6, "leg_curl": 6,
                         "leg_extension": 6, "leg_press": 6, "lunge": 6, "overhead_press": 6,
                         "power_clean": 6, "pull_up": 12, "push_up": 6, "romanian_deadlift": 6,
                         "seated_cable_row": 6, "skullcrusher": 6, "snatch": 6, "squat": 6,
                         "sumo_deadlift": 6, "tricep_pushdown": 6},
        "unmapped": {"Chest Press (Machine)": 6},
        "not_sets": {"Plank": 20, "Running": 2},
        "best_e1rm_kg": {"bench_press": 120.0, "bicep_curl": 18.667, "calf_raise": 101.333,
                         "chest_fly": 66.667, "clean_and_jerk": 126.667, "deadlift": 202.667,
                         "dip": 13.333, "face_pull": 30.0, "front_squat": 126.667,
                         "hack_squat": 160.0, "hammer_curl": 21.333, "hip_thrust": 177.333,
                         "incline_dumbbell_press": 40.0, "lat_pulldown": 86.667,
                         "lateral_raise": 9.5, "leg_curl": 57.0, "leg_extension": 66.0,
                         "leg_press": 266.667, "lunge": 25.333, "overhead_press": 73.333,
                         "power_clean": 114.0, "romanian_deadlift": 39.0,
                         "seated_cable_row": 76.0, "skullcrusher": 40.0, "snatch": 93.333,
                         "squat": 173.333, "sumo_deadlift": 226.667, "tricep_pushdown": 42.0},
    },
    "hevy_many_workouts_lbs.csv": {
        "format": "hevy", "unit": "lb", "workouts": 10, "warmup_sets": 6,
        "working_sets_total": 198,
        "working_sets": {"bench_press": 6, "bicep_curl": 6, "bulgarian_split_squat": 6,
                         "calf_raise": 6, "chest_fly": 6, "clean_and_jerk": 6, "deadlift": 6,
                         "dip": 6, "face_pull": 6, "front_squat": 6, "hack_squat": 6,
                         "hammer_curl": 6, "hip_thrust": 6, "incline_dumbbell_press": 6,
                         "lat_pulldown": 6, "lateral_raise": 6, "leg_curl": 6,
                         "leg_extension": 6, "leg_press": 6, "lunge": 6, "overhead_press": 6,
                         "power_clean": 6, "pull_up": 12, "push_up": 6, "romanian_deadlift": 6,
                         "seated_cable_row": 6, "skullcrusher": 6, "snatch": 6, "squat": 6,
                         "sumo_deadlift": 6, "tricep_pushdown": 6},
        "unmapped": {"Chest Press (Machine)": 6},
        "not_sets": {"Plank": 20, "Running": 2},
        "best_e1rm_kg": {"bench_press": 114.91, "bicep_curl": 18.144, "calf_raise": 105.838,
                         "chest_fly": 66.527, "clean_and_jerk": 127.006, "deadlift": 201.093,
                         "dip": 12.096, "face_pull": 28.728, "front_squat": 133.054,
                         "hack_squat": 160.269, "hammer_curl": 20.109, "hip_thrust": 168.736,
                         "incline_dumbbell_press": 37.346, "lat_pulldown": 87.695,
                         "lateral_raise": 8.618, "leg_curl": 60.479, "leg_extension": 72.575,
                         "leg_press": 252.802, "lunge": 27.216, "overhead_press": 72.575,
                         "power_clean": 120.958, "romanian_deadlift": 42.335,
                         "seated_cable_row": 78.623, "skullcrusher": 39.311, "snatch": 93.742,
                         "squat": 163.747, "sumo_deadlift": 226.796, "tricep_pushdown": 45.359},
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_summary_counts_match_the_file(name: str) -> None:
    expected = dict(EXPECTED[name])
    summary = load(name).summary.to_json(added_sets=7)
    best = summary.pop("best_e1rm_kg")
    expected_best = expected.pop("best_e1rm_kg")
    assert summary == {**expected, "added_sets": 7}
    assert best == pytest.approx(expected_best, abs=0.01)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_set_is_counted_once(name: str) -> None:
    result = load(name)
    summary = result.summary
    assert len(result.sets) == summary.warmup_sets + summary.working_sets_total
    assert summary.working_sets_total == sum(summary.working_sets.values()) + sum(
        summary.unmapped.values()
    )


def test_classic_strong_takes_the_lifters_unit() -> None:
    result = load("strong_classic_no_unit.csv", default_unit="lb")
    assert result.unit == "lb"
    assert {s.unit for s in result.sets} == {"lb"}
    assert result.summary.best_e1rm_kg["overhead_press"] == pytest.approx(70 * 0.45359237, 0.001)


@pytest.mark.parametrize(
    ("name", "exercise", "weights"),
    [
        ("strong_semicolon_kg.csv", "pull_up", [-20.0, -20.0]),
        ("strong_weight_unit.csv", "dip", [-30.0]),
        ("hevy_kg.csv", "pull_up", [-25.0]),
        ("hevy_lbs.csv", "chin_up", [-40.0]),
        ("strong_semicolon_lb.csv", "chin_up", [None, 25.0]),
        ("hevy_kg.csv", "push_up", [None, None]),
        ("strong_semicolon_kg.csv", "lateral_raise", [12.5, 7.5]),
        ("strong_classic_no_unit.csv", "barbell_row", [150.0]),
        ("hevy_kg.csv", "bench_press", [40.0, 102.5, 100.0]),
    ],
)
def test_loads_are_read_as_lifted(name: str, exercise: str, weights: list[float | None]) -> None:
    assert [s.weight for s in sets_of(load(name), exercise)] == weights


@pytest.mark.parametrize(
    ("name", "exercise", "types"),
    [
        ("strong_semicolon_kg.csv", "bench_press", ["warmup", "warmup", "normal", "normal",
                                                    "failure"]),
        ("strong_semicolon_kg.csv", "lateral_raise", ["normal", "drop"]),
        ("hevy_kg.csv", "squat", ["warmup", "normal", "normal", "failure"]),
        ("hevy_kg.csv", "leg_extension", ["normal", "drop"]),
    ],
)  # fmt: skip
def test_set_types_follow_the_app(name: str, exercise: str, types: list[str]) -> None:
    sets = sets_of(load(name), exercise)
    assert [s.set_type for s in sets] == types
    assert [s.working for s in sets] == [t != "warmup" for t in types]
    assert [s.set_index for s in sets] == list(range(1, len(types) + 1))


def test_rest_timer_note_and_cardio_rows_are_not_sets() -> None:
    result = load("strong_semicolon_kg.csv")
    assert {s.raw_name for s in result.sets}.isdisjoint({"Running", "Plank", "Rest Timer"})
    assert len(sets_of(result, "bench_press")) == 5


def test_reps_rpe_and_notes_survive_the_quoting() -> None:
    bench = sets_of(load("strong_semicolon_kg.csv"), "bench_press")
    assert [s.rpe for s in bench] == [None, None, 8.0, 8.5, 10.0]
    assert bench[4].notes == 'grinder, "ugly" lockout'
    assert bench[0].workout == "Push, heavy"
    hevy_bench = sets_of(load("hevy_kg.csv"), "bench_press")
    assert [s.reps for s in hevy_bench] == [10, 5, 6]
    assert hevy_bench[1].notes == 'Pause 1s, "tight" arch'
    classic = load("strong_classic_no_unit.csv")
    assert sets_of(classic, "overhead_press")[1].notes == 'felt "fast"'
    assert sets_of(classic, "barbell_row")[0].notes == "left grip,\nslipped"


@pytest.mark.parametrize(
    ("name", "times"),
    [
        ("hevy_kg.csv", [datetime(2025, 3, 17, 18, 2), datetime(2025, 3, 19, 7, 30)]),
        (
            "hevy_lbs.csv",
            [datetime(2025, 3, 18, 6, 10), datetime(2025, 3, 20, 6, 10),
             datetime(2025, 3, 22, 17, 45)],
        ),
        ("strong_semicolon_lb.csv", [datetime(2024, 7, 5, 7, 30), datetime(2024, 7, 7, 7, 30)]),
    ],
)  # fmt: skip
def test_sets_come_oldest_first_at_the_workout_time(name: str, times: list[datetime]) -> None:
    result = load(name)
    seen = [s.performed_at for s in result.sets]
    assert seen == sorted(seen)
    assert sorted(set(seen)) == times


def test_unmapped_names_are_kept_as_written() -> None:
    chest = sets_of(load("hevy_kg.csv"), "Chest Press (Machine)")
    assert [(s.raw_name, s.weight, s.reps) for s in chest] == [("Chest Press (Machine)", 80, 10)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_keys_are_stable_and_distinct(name: str) -> None:
    first = [s.key for s in load(name).sets]
    second = [s.key for s in load(name).sets]
    assert first == second
    assert len(set(first)) == len(first)


def test_keys_do_not_depend_on_line_endings_or_date_style() -> None:
    raw = (DATA / "hevy_kg.csv").read_text(encoding="utf-8")
    restyled = raw.replace("17 Mar 2025, 18:02", "Mar 17, 2025, 6:02 PM").replace("\n", "\r\n")
    assert [s.key for s in read_export(restyled).sets] == [s.key for s in load("hevy_kg.csv").sets]


def test_identical_rows_are_still_distinct_sets() -> None:
    raw = (DATA / "strong_weight_unit.csv").read_bytes().decode()
    doubled = raw + raw.split("\r\n", 1)[1]  # every set logged twice in the same workouts
    keys = [s.key for s in read_export(doubled).sets]
    assert len(keys) == 14
    assert len(set(keys)) == len(keys)


GARBAGE = [
    b"",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"hello there, here is my workout",
    b'{"workouts": []}',
    b"Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n"
    b"2021-09-16,Dumbbell Curl,Arms,15,lbs,12,,,,\n",
]


@pytest.mark.parametrize("data", GARBAGE)
def test_other_files_get_a_friendly_refusal(data: bytes) -> None:
    with pytest.raises(ImportFormatError) as err:
        read_export(data)
    message = str(err.value)
    assert "Strong" in message
    assert "Hevy" in message
    assert len(message) < 300


def test_an_unreadable_date_names_the_line() -> None:
    raw = (DATA / "strong_weight_unit.csv").read_text(encoding="utf-8")
    with pytest.raises(ImportFormatError, match="Line 3"):
        read_export(raw.replace("2018-08-08 06:28:31,Push A,1h 9m,Bench Press,2", "soon,x,y,z,2"))


def test_header_only_export_is_an_empty_import() -> None:
    result = read_export("title,start_time,end_time,exercise_title,set_type,weight_lbs,reps\n")
    assert (result.format, result.unit, result.sets) == ("hevy", "lb", ())
    assert result.summary.workouts == 0


def test_fifty_thousand_rows_parse_quickly() -> None:
    header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes"
    rows = [
        f"2024-{1 + i // 4000 % 12:02d}-{1 + i // 150 % 28:02d} 18:00:00,Day {i // 150},1h,"
        f"Bench Press (Barbell),{i % 5 + 1},{60 + i % 40}.5,{1 + i % 12},0,0,"
        for i in range(50_000)
    ]
    started = time.perf_counter()
    result = read_export("\n".join([header, *rows]))
    assert time.perf_counter() - started < 3.0
    assert len(result.sets) == 50_000


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Bench Press (Barbell)", "bench_press"),
        ("bench press (barbell)", "bench_press"),
        ("Bench Press (Dumbbell)", "dumbbell_bench_press"),
        ("Squat (Barbell)", "squat"),
        ("Deadlift (Barbell)", "deadlift"),
        ("Overhead Press (Barbell)", "overhead_press"),
        ("Pull-Up", "pull_up"),
        ("Pull Up (Assisted)", "pull_up"),
        ("Chin Up", "chin_up"),
        ("Lat Pulldown (Cable)", "lat_pulldown"),
        ("Bent Over Row (Barbell)", "barbell_row"),
        ("Incline Bench Press (Barbell)", "incline_bench_press"),
        ("Romanian Deadlift (Barbell)", "romanian_deadlift"),
        ("Leg Press", "leg_press"),
        ("Bicep Curl (Dumbbell)", "bicep_curl"),
        ("Hammer Curl (Dumbbell)", "hammer_curl"),
        ("Triceps Extension", "tricep_extension"),
        ("Lateral Raise (Dumbbell)", "lateral_raise"),
        ("Face Pull (Cable)", "face_pull"),
        ("Hip Thrust (Barbell)", "hip_thrust"),
        ("Seated Cable Row - V Grip (Cable)", "seated_cable_row"),
        ("Standing Calf Raise (Machine)", "calf_raise"),
        ("Leg Extension (Machine)", "leg_extension"),
        ("Dips / Dip", "dip"),
        ("Dip/Dips", "dip"),
        ("Bench / Skull", None),
        ("Triceps Pushdown (Cable - Straight Bar)", "tricep_pushdown"),
        ("Triceps Rope Pushdown", "tricep_pushdown"),
        ("Lying Leg Curl (Machine)", "leg_curl"),
        ("Incline Bench Press (Dumbbell)", "incline_dumbbell_press"),
        ("Calf Raise (Machine)", "calf_raise"),
        ("Lateral Raise (Cable)", "lateral_raise"),
        ("Sumo Deadlift (Barbell)", "sumo_deadlift"),
        ("Bulgarian Split Squat", "bulgarian_split_squat"),
        ("Skullcrusher (Barbell)", "skullcrusher"),
        ("Lunge (Dumbbell)", "lunge"),
        ("Power Clean", "power_clean"),
        ("Clean and Jerk", "clean_and_jerk"),
        ("Snatch", "snatch"),
        ("Seated Cable Row - Bar Grip (Cable)", "seated_cable_row"),
        ("Face Pull (Rope)", "face_pull"),
        ("Pec Deck (Machine)", "chest_fly"),
        ("Butterfly (Pec Deck)", "chest_fly"),
        ("Bench Press - Close Grip (Barbell)", "close_grip_bench_press"),
        ("Trap Bar Deadlift", "trap_bar_deadlift"),
        ("Goblet Squat (Kettlebell)", "goblet_squat"),
        ("Rear Delt Reverse Fly (Dumbbell)", "rear_delt_fly"),
        ("Straight Leg Deadlift", "romanian_deadlift"),
        ("Deadlift High Pull (Barbell)", None),
        ("Straight Arm Lat Pulldown (Cable)", None),
        ("Rowing (Machine)", None),
        ("Plank", None),
        ("squat", "squat"),  # Spotter's own export writes ids
        ("Chest Press (Machine)", None),
        ("Shoulder Press (Machine)", None),
        ("Bench Press (Smith Machine)", None),
        ("Landmine Rotation", None),
        ("Running", None),
    ],
)
def test_app_names_map_to_our_ids(raw: str, expected: str | None) -> None:
    assert map_exercise(raw) == expected


def test_a_spreadsheet_separator_hint_is_understood() -> None:
    raw = (DATA / "strong_semicolon_kg.csv").read_bytes().decode("utf-8-sig")
    result = read_export("sep=;\r\n" + raw)
    assert result.summary == load("strong_semicolon_kg.csv").summary


@pytest.mark.parametrize(("default_unit", "weights"), [("kg", [45.0]), ("lb", [99.2])])
def test_old_hevy_layout_with_both_weight_columns_uses_the_lifters_unit(
    default_unit: str, weights: list[float]
) -> None:
    text = (
        "title,start_time,end_time,exercise_title,set_index,set_type,weight_lbs,weight_kg,reps\n"
        "Push,2025-03-17 18:02:11,2025-03-17 19:00:00,Bench Press (Barbell),0,normal,99.2,45,5\n"
    )
    result = read_export(text, default_unit)  # type: ignore[arg-type]
    assert (result.unit, [s.weight for s in result.sets]) == (default_unit, weights)
