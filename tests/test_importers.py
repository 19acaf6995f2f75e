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
        "best_e1rm_kg": {"bench_press": 70.833, "squat": 71.441},
    },
    "hevy_kg.csv": {
        "format": "hevy", "unit": "kg", "workouts": 2, "warmup_sets": 3,
        "working_sets_total": 11,
        "working_sets": {"bench_press": 2, "leg_extension": 2, "pull_up": 1, "push_up": 1,
                         "squat": 3, "tricep_pushdown": 1},
        "unmapped": {"Chest Press (Machine)": 1},
        "best_e1rm_kg": {"bench_press": 120.0, "leg_extension": 46.667, "squat": 163.333},
    },
    "hevy_lbs.csv": {
        "format": "hevy", "unit": "lb", "workouts": 3, "warmup_sets": 1,
        "working_sets_total": 9,
        "working_sets": {"bench_press": 2, "bicep_curl": 1, "chin_up": 1, "deadlift": 1,
                         "face_pull": 1, "hip_thrust": 1, "overhead_press": 2},
        "unmapped": {},
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
