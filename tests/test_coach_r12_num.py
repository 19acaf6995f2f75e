"""Round twelve, number asks: every figure the asker asks for is worked from their own numbers
(COACHING.md 4.1–4.4, S1, S2, Part 3), not the first one and a generic card for the rest."""

from __future__ import annotations

from bot import coach


def _say(question: str) -> str:
    return coach.answer(question).answer


def test_three_sessions_give_a_median_and_the_planned_load() -> None:
    text = _say(
        "squat top sets over my last three sessions: 150x3 @8, 152.5x3 @8.5, 155x2 @9."
        " working e1rm? and what goes on the bar for 4x3 @8"
    )
    assert "173.7" in text  # the median of 173.8, 173.7, 168.1 — not the best nor the mean
    assert "≈ 150" in text  # 173.7 × 86.3%


def test_one_session_names_its_e1rm_and_no_epley_for_a_long_set() -> None:
    text = _say("today 100x5 @8, then 110x2 @6, then 80x15 no rpe. session e1rm?")
    assert "Session e1RM" in text and "123.3" in text
    assert "Epley gives" not in text  # no estimate from a 15-rep set, nor from the RPE'd set


def test_a_deload_for_each_lift_named() -> None:
    text = _say(
        "deload next week. deadlift 4 sets of 5 at 180kg, ohp 4 sets of 6 at 60kg. what do i do"
    )
    assert "deadlift 2×5 at 160 kg" in text  # 162 rounded down
    assert "ohp 2×6 at 52.5 kg" in text  # 54 rounded down


def test_531_from_a_max_gives_tm_top_set_and_the_cut() -> None:
    text = _say(
        "deadlift 1rm 405 lb, running 5/3/1. my training max, the top set of the 5/3/1 week,"
        " and what if i miss the + set"
    )
    assert "364.5 lb" in text
    assert "345 lb" in text  # 95% of the TM, rounded to 5 lb
    assert "334.5 lb" in text  # three 10 lb increments off


def test_three_short_amraps_are_a_reset_not_double_progression() -> None:
    text = _say("press 50kg, amrap under 5 for three sessions straight now (4, 3, 3). reset?")
    assert "45 kg" in text
    assert "add a rep to a set" not in text


def test_an_amrap_of_ten_plus_doubles_the_jump() -> None:
    text = _say("greyskull bench at 60kg, the amrap set went 12 reps today. next session load?")
    assert "65 kg" in text


def test_a_third_miss_resets_and_says_the_halved_jump() -> None:
    text = _say("beginner, squat 120 failed three sessions in a row now. what do i reset to")
    assert "107.5" in text
    assert "add 2.5" in text  # the halved jump, once


def test_the_what_if_rep_list_is_answered_with_the_askers_load() -> None:
    text = _say("cable row 3x10-15 at 50kg, got 15 15 15 today. up? what if it was 15 15 13")
    assert "52.5 kg" in text
    assert "stay at 50 kg" in text
    assert "30 kg" not in text  # the card's canned example


def test_advanced_restarts_at_twelve_sets() -> None:
    text = _say("advanced, quads at 24 sets a week, stalled and beat up. more sets?")
    assert "about 12 sets" in text
    assert "about 10 sets" not in text


def test_a_goal_load_is_not_read_as_a_max() -> None:
    text = _say("want a 140kg squat by summer. now 125x3 @9. close? give me a strength block")
    assert "140.1" in text  # 125 / 0.892
    assert "about there" in text


def test_no_stale_load_from_the_uncut_e1rm() -> None:
    text = _say(
        "intermediate, strength block. missed the prescribed squat reps 2 sessions running,"
        " deloaded 1 week ago, e1rm work 200. what now and what is my 4x2 @8.5 load"
    )
    assert "190" in text
    assert "182.5" not in text  # 200 × 90.7%: the un-cut e1RM
    assert text.count("× 0.95") == 1  # the cut said once, with the week's load on it


def test_a_flat_e1rm_in_a_size_block_needs_no_fix() -> None:
    a = coach.answer("in my hypertrophy block the squat e1rm is flat 4 weeks, is that a stall")
    assert "not a stall" in a.answer
    assert "90%" not in a.answer  # no linear reset
