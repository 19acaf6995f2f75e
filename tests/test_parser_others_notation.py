"""Notations other loggers' users write (the causes of parser_v2's blind misses), each read the
way a lifter means it — and none of them turning a message that isn't a log into one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import parse
from tests.parser_cases import G
from tests.test_parser_table import _expected

READ: list[tuple[str, list[G]]] = [
    # `x5 x5 x4`: a run of sets written by their reps alone, sharing the load before the run
    ("chin ups: x8 x7 x6", [("chin_up", None, None, [8, 7, 6], None)]),
    ("dips x10, x10, x8", [("dip", None, None, [10, 10, 8], None)]),
    ("pullups x12", [("pull_up", None, None, [12], None)]),
    ("lunges (20kg): x12 x12", [("lunge", 20, "kg", [12, 12], None)]),
    (
        "front squat: x3@7 x3@8",
        [("front_squat", None, None, [3], 7), ("front_squat", None, None, [3], 8)],
    ),
    # ...while a load before the `x` keeps it weight × reps
    ("squat 120 x5", [("squat", 120, None, [5], None)]),
    ("bench 80kg x8", [("bench_press", 80, "kg", [8], None)]),
    ("pull ups bw x10", [("pull_up", None, None, [10], None)]),
    ("bench 3 sets x 5 reps @ 90kg", [("bench_press", 90, "kg", [5, 5, 5], None)]),
    ("squat 100 x5 x3", [("squat", 100, None, [5, 5, 5], None)]),
    # a bracket that remarks on the set is no set; an RPE inside one still counts
    ("squat 100x5 (3-1-1 tempo)", [("squat", 100, None, [5], None)]),
    ("deadlift 200x5 (belt, 60s between sets)", [("deadlift", 200, None, [5], None)]),
    ("squat 140x3 (pr!)", [("squat", 140, None, [3], None)]),
    ("ohp 50x5 (5+)", [("overhead_press", 50, None, [5], None)]),
    ("row 70x10 (felt smooth, rpe 7)", [("barbell_row", 70, None, [10], 7)]),
    ("Hip thrust (paused) 100x8", [("hip_thrust", 100, None, [8], None)]),
    ("dumbbell curl 12 x 10 (x 3)", [("bicep_curl", 12, None, [10, 10, 10], None)]),
    # a load written in both units is one load, in the unit written first
    ("bench 225lbs/102kg x 3", [("bench_press", 225, "lb", [3], None)]),
    ("squat 5x 100kg (220lb)", [("squat", 100, "kg", [5], None)]),
    # `k` for kilograms heading or closing a set
    ("front squat 80k: 3x3", [("front_squat", 80, "kg", [3, 3, 3], None)]),
    ("rdl 4x8x90k", [("romanian_deadlift", 90, "kg", [8, 8, 8, 8], None)]),
    ("deadlift 120k: 5, 5, 3", [("deadlift", 120, "kg", [5, 5, 3], None)]),
    # a sentence's full stop ends one exercise's sets
    (
        "squat 100x5. bench 80x5",
        [("squat", 100, None, [5], None), ("bench_press", 80, None, [5], None)],
    ),
    # a name line's load-less scheme over loaded set lines was the plan, not more sets
    (
        "Bench Press 3x5\n100kg x 5\n100kg x 5\n95kg x 5",
        [("bench_press", 100, "kg", [5, 5], None), ("bench_press", 95, "kg", [5], None)],
    ),
    (
        "Bench Press 3x5\nSquat 5x5",
        [
            ("bench_press", None, None, [5, 5, 5], None),
            ("squat", None, None, [5, 5, 5, 5, 5], None),
        ],
    ),
    # a lift's name with a remark in brackets, or a cable attachment, is still that lift
    ("Squat (high bar)\n5 x 100kg", [("squat", 100, "kg", [5], None)]),
    ("Lat pulldown (instead of chins)\n10x 60kg", [("lat_pulldown", 60, "kg", [10], None)]),
    ("Cable face pulls (rope) 3x15 20kg", [("face_pull", 20, "kg", [15, 15, 15], None)]),
    (
        "overhead triceps rope extension 3x12",
        [("tricep_extension", None, None, [12, 12, 12], None)],
    ),
    # reps past the set's full ones (negatives, partials) are not another set
    ("chin ups: x6 x5 x4+2 negs", [("chin_up", None, None, [6, 5, 4], None)]),
    ("dips 10, 8, 6+3 partials", [("dip", None, None, [10, 8, 6], None)]),
    # `N reps` closes a set: a number straight after it is not another set
    (
        "Hammer curl\n14 kg x 10 reps 5\n14 kg x 10 reps 5",
        [("hammer_curl", 14, "kg", [10, 10], None)],
    ),
    ("bench 100x5 reps, 5, 4", [("bench_press", 100, None, [5, 5, 4], None)]),
]

NOT_LOGS = [
    "ran 10k: 52 min",
    "row 2 x 5k",
    "row 5k x 2",
    "bike 20k",
    "(joker)",
    "x5 x5 x5",
    "100lbs/45kg x 5",
    "Week 3 (deload)",
    "rest (90s between rounds)",
    "squats x2 this week",
    "ohp x2 per week",
    "bench day x2",
]


@pytest.mark.parametrize(("text", "groups"), READ, ids=[t for t, _ in READ])
def test_other_loggers_notation_reads_as_meant(text: str, groups: list[G]) -> None:
    assert parse(text).to_json() == _expected(groups)


@pytest.mark.parametrize("text", NOT_LOGS)
def test_these_notations_never_make_a_non_log_a_log(text: str) -> None:
    assert parse(text).ok is False, parse(text).to_json()


def _flat_reps(text: str) -> list[int]:
    return [r for g in parse(text).groups for r in g.reps]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["pull ups", "dips", "squat", "bench", "lunges"]),
    st.lists(st.integers(1, 30), min_size=2, max_size=8),
)
def test_a_run_of_x_reps_is_one_set_each(name: str, reps: list[int]) -> None:
    """Two or more make a run; a lone `x2` is no set without a load (`squats x2 this week`)."""
    text = f"{name}: " + " ".join(f"x{r}" for r in reps)
    assert _flat_reps(text) == reps
    assert all(g.weight is None for g in parse(text).groups)


@settings(max_examples=150, deadline=None)
@given(st.integers(20, 900), st.integers(1, 12))
def test_a_load_converted_to_the_other_unit_is_read_once(lb: int, reps: int) -> None:
    kg = round(lb / 2.2046, 2)
    assert parse(f"bench {lb}lbs/{kg}kg x {reps}") == parse(f"bench {lb}lbs x {reps}")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["tempo", "between sets", "joker", "grindy", "slow", "paused", "pr", "rest"]),
    st.sampled_from(["", "3-1-1 ", "90s ", "2 ", "5+ "]),
)
def test_a_bracketed_remark_changes_nothing(word: str, numbers: str) -> None:
    assert parse(f"squat 100x5 ({numbers}{word})") == parse("squat 100x5")


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["ran", "run", "bike", "cycled", "rowed", "swim", "walked"]),
    st.integers(1, 50),
    st.sampled_from(["", ": 45 min", " in 22:30", " x 2"]),
)
def test_a_distance_in_k_is_never_a_load(verb: str, km: int, tail: str) -> None:
    assert parse(f"{verb} {km}k{tail}").ok is False
