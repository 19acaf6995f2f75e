"""Named programmes at `spotter plan` level: the loads and schemes each programme prescribes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.programming import Lifter, LoggedSet, ProgramState, catalog, prescribe, start_state
from bot.programming.engine import rebase
from bot.programming.programmes import PROGRAMMES, listing, lookup, on_miss, program_name, runner
from bot.programming.programmes.base import RunState
from bot.programming.programmes.five31 import WAVES
from bot.programming.rounding import round_load, step_kind
from bot.programming.rts import rts_percent

TODAY = date(2026, 6, 1)
LOADS = {"squat": 140.0, "bench_press": 100.0, "deadlift": 180.0, "overhead_press": 60.0}


def logged(days_back: int = 21) -> list[LoggedSet]:
    """Three sessions of 3×5 @ RPE 8 per main lift: e1RM = load / 0.811 (COACHING.md 4.7 #1)."""
    out = []
    for k in range(3):
        day = TODAY - timedelta(days=days_back - 7 * k)
        for ex, w in LOADS.items():
            out += [LoggedSet(ex, day, w, 5, 8.0) for _ in range(3)]
    return out


def on(name: str, lifter: Lifter, history: list[LoggedSet], *options: str) -> ProgramState:
    state = start_state(lifter, history, TODAY)
    new, events, text = runner.switch(lifter, state, history, TODAY, name, list(options))
    assert events and text
    return new


def at_session(state: ProgramState, n: int) -> ProgramState:
    """The same programme state, moved to its n-th session (as if n days were judged)."""
    st = state.copy()
    st.programme = {**st.programme, "sessions": n}
    return st


@pytest.mark.parametrize("unit", ["kg", "lb"])
@pytest.mark.parametrize("week", [1, 2, 3, 4])
def test_531_main_sets_are_the_wave_percentages_of_a_90_percent_tm(unit: str, week: int) -> None:
    lifter = Lifter("strength", "intermediate", 4, unit)  # type: ignore[arg-type]
    history = logged()
    state = at_session(on("531", lifter, history), 4 * (week - 1) + 3)  # the squat day
    session = prescribe(lifter, state, history, TODAY)
    e1rm = LOADS["squat"] / (rts_percent(5, 8) / 100)
    tm = round_load(0.9 * e1rm, "barbell", unit, "down")  # type: ignore[arg-type]
    main = [i for i in session.items if i.exercise == "squat" and i.sets == 1]
    expected = [round_load(tm * pct, "barbell", unit) for pct, _ in WAVES[week]]  # type: ignore[arg-type]
    assert [i.load_kg for i in main] == pytest.approx(expected)
    assert [i.reps for i in main] == [reps for _, reps in WAVES[week]]
    assert [i.amrap for i in main] == [False, False, week != 4]
    assert session.deload == (week == 4) and session.week == week
    bbb = [i for i in session.items if i.exercise == "squat" and i.sets == 5]
    assert bool(bbb) == (week != 4)
    if bbb:
        assert (bbb[0].reps, bbb[0].load_kg) == (
            10,
            pytest.approx(round_load(tm * 0.5, "barbell", unit)),
        )  # type: ignore[arg-type]


def test_531_first_set_last_and_bbb_percentage_are_options() -> None:
    lifter, history = Lifter("both", "intermediate", 4), logged()
    fsl = prescribe(lifter, at_session(on("531", lifter, history, "fsl"), 3), history, TODAY)
    sup = next(i for i in fsl.items if i.exercise == "squat" and i.sets == 5)
    first = next(i for i in fsl.items if i.exercise == "squat")
    assert (sup.reps, sup.load_kg) == (5, first.load_kg)
    bbb60 = on("531", lifter, history, "bbb", "60")
    assert RunState.from_dict(bbb60.programme).percent == pytest.approx(0.6)
    _, events, error = runner.switch(lifter, bbb60, history, TODAY, "531", ["bbb", "80"])
    assert not events and "50–60" in error


def test_531_week_4_can_test_the_training_max() -> None:
    lifter, history = Lifter("strength", "intermediate", 4), logged()
    state = on("531", lifter, history, "test")
    session = prescribe(lifter, at_session(state, 4 * 3 + 3), history, TODAY)
    main = [i for i in session.items if i.exercise == "squat"]
    tm = RunState.from_dict(state.programme).tracks["squat"].tm_kg
    assert (
        session.deload and main[-1].load_kg == tm and (main[-1].reps, main[-1].amrap) == (3, True)
    )
    assert not [i for i in main if i.sets == 5]  # no supplemental work in a test week
    back = runner.switch(lifter, state, history, TODAY, "531", ["deload"])[0]
    assert not RunState.from_dict(back.programme).test_week


def test_an_unreadable_programme_part_falls_back_to_spotters_blocks() -> None:
    lifter, history = Lifter("both", "intermediate", 4), logged()
    broken = on("texas", lifter, history)
    broken.programme = {"tracks": "?"}
    session = prescribe(lifter, broken, history, TODAY)
    assert "Texas" not in session.block_label and session.items


def test_531_assistance_follows_the_goal() -> None:
    history = logged()
    counts = {}
    for goal in ("strength", "hypertrophy"):
        lifter = Lifter(goal, "intermediate", 4)  # type: ignore[arg-type]
        session = prescribe(lifter, on("531", lifter, history), history, TODAY)
        counts[goal] = sum(i.sets for i in session.items if i.exercise != "overhead_press")
    assert counts["hypertrophy"] > counts["strength"]


def test_531_two_days_pairs_the_lifts() -> None:
    lifter, history = Lifter("strength", "intermediate", 2), logged()
    session = prescribe(lifter, on("531", lifter, history), history, TODAY)
    assert {i.exercise for i in session.items} >= {"squat", "bench_press"}


def test_531_without_history_calibrates() -> None:
    lifter = Lifter("strength", "novice", 3)
    session = prescribe(lifter, on("531", lifter, []), [], TODAY)
    assert session.items[0].load_kg is None and "3–5" in session.items[0].note


def test_gzclp_week_has_a_t1_5x3_and_a_t2_3x10() -> None:
    lifter, history = Lifter("both", "intermediate", 4), logged()
    state = on("gzclp", lifter, history)
    week = [prescribe(lifter, at_session(state, n), history, TODAY) for n in range(4)]
    t1 = [s.items[0] for s in week]
    t2 = [s.items[1] for s in week]
    assert all((i.sets, i.reps, i.amrap) == (5, 3, True) for i in t1)
    assert all((i.sets, i.reps) == (3, 10) for i in t2)
    assert [i.exercise for i in t1] == ["squat", "overhead_press", "bench_press", "deadlift"]
    e1rm = LOADS["squat"] / (rts_percent(5, 8) / 100)
    five_rm = e1rm * rts_percent(5, 10) / 100
    assert t1[0].load_kg == round_load(0.85 * five_rm, "barbell", "kg", "down")
    assert all(s.items[2].sets == 3 and s.items[2].reps == 15 for s in week)


@pytest.mark.parametrize(("name", "sets"), [("stronglifts", 5), ("ss", 3)])
def test_novice_programmes_alternate_a_and_b(name: str, sets: int) -> None:
    lifter, history = Lifter("strength", "novice", 3), logged()
    state = on(name, lifter, history)
    a, b = (prescribe(lifter, at_session(state, n), history, TODAY) for n in (0, 1))
    assert (a.title, b.title) == ("Workout A", "Workout B")
    assert a.items[0].exercise == b.items[0].exercise == "squat"
    assert a.items[0].sets == sets and a.items[0].reps == 5


def test_texas_days_follow_volume_light_intensity() -> None:
    lifter, history = Lifter("strength", "intermediate", 3), logged()
    state = on("texas", lifter, history)
    vol, light, heavy = (prescribe(lifter, at_session(state, n), history, TODAY) for n in range(3))
    five = heavy.items[0].load_kg
    assert (heavy.items[0].sets, heavy.items[0].reps) == (1, 5)
    assert vol.items[0].load_kg == round_load(0.9 * five, "barbell", "kg")
    assert (vol.items[0].sets, vol.items[0].reps) == (5, 5)
    assert light.items[0].load_kg == round_load(0.8 * vol.items[0].load_kg, "barbell", "kg")


@pytest.mark.parametrize("days", [3, 6])
def test_ppl_follows_the_training_days(days: int) -> None:
    lifter, history = Lifter("hypertrophy", "intermediate", days), logged()
    state = on("ppl", lifter, history)
    titles = [prescribe(lifter, at_session(state, n), history, TODAY).title for n in range(days)]
    assert titles[:3] == ["Push", "Pull", "Legs"] and len(set(titles)) == days


def test_old_states_load_as_auto_and_names_resolve() -> None:
    old = start_state(Lifter("both", "novice", 3), [], TODAY).to_dict()
    del old["program"], old["programme"]
    state = ProgramState.from_dict(old)
    assert program_name(state) == "auto" and program_name(None) == "auto"
    assert lookup("5/3/1") == "531" and lookup("Texas Method") == "texas" and lookup("x") is None
    assert len(listing()) == len(PROGRAMMES) + 1
    assert program_name(on("gzclp", Lifter("both", "novice", 3), [])) == "gzclp"


@pytest.mark.parametrize("name", list(PROGRAMMES))
def test_every_programme_says_what_it_does_after_a_miss(name: str) -> None:
    assert PROGRAMMES[name].title.split()[0] in on_miss(name) or name == "ppl"
    assert on_miss("auto") == ""


def test_a_named_programme_survives_a_rebase() -> None:
    lifter, history = Lifter("strength", "intermediate", 4), logged()
    state = on("531", lifter, history)
    assert rebase(lifter, state, history, TODAY, TODAY - timedelta(days=30)) == state


def test_set_max_changes_the_tm_in_the_lifters_unit() -> None:
    lifter, history = Lifter("strength", "intermediate", 4, "lb"), logged()
    state = on("531", lifter, history)
    new, events, text = runner.set_max(lifter, state, history, TODAY, "bench_press", 100.0)
    assert events and "lb" in text
    tm = RunState.from_dict(new.programme).tracks["bench_press"].tm_kg
    assert tm == pytest.approx(round_load(100.0, "barbell", "lb", "down"))
    _, none, refusal = runner.set_max(lifter, state, history, TODAY, "leg_curl", 50.0)
    assert not none and "doesn't" in refusal


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(sorted(PROGRAMMES)),
    days=st.integers(2, 6),
    unit=st.sampled_from(["kg", "lb"]),
    n=st.integers(0, 120),
    scale=st.floats(0.3, 2.5),
)
def test_any_plan_is_loadable_and_below_the_e1rm(
    name: str, days: int, unit: str, n: int, scale: float
) -> None:
    lifter = Lifter("both", "intermediate", days, unit)  # type: ignore[arg-type]
    history = [
        LoggedSet(s.exercise, s.day, (s.weight_kg or 0) * scale, s.reps, s.rpe) for s in logged()
    ]
    session = prescribe(lifter, at_session(on(name, lifter, history), n), history, TODAY)
    assert session.items
    for item in session.items:
        if item.load_kg is None:
            continue
        kind = step_kind(catalog.info(item.exercise).equipment)
        assert round_load(item.load_kg, kind, unit) == pytest.approx(item.load_kg)  # type: ignore[arg-type]
        if item.exercise in LOADS:
            e1rm = LOADS[item.exercise] * scale / (rts_percent(5, 8) / 100)
            assert item.load_kg <= e1rm
