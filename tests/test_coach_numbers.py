"""The coach works out the asker's own numbers (COACHING.md Parts 2 and 4), and reads them right."""

from __future__ import annotations

import pytest

from bot.coach import LifterContext, LiftSnapshot, answer

SQUAT = LiftSnapshot("squat", "Squat", 150.0)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("squatted 100 kg for 5 at rpe 8, estimated max?", "e1RM ≈ 123.3 kg"),  # 4.7 ex. 1
        ("130kg single @9 on deadlift, true max?", "e1RM ≈ 136.1 kg"),  # 4.7 ex. 1
        ("80 kg for 10 reps rpe 9 on rows what's my 1rm", "e1RM ≈ 113.2 kg"),
        ("epley on 90kg x 6?", "e1RM ≈ 108 kg"),
        ("70kg 8 reps @8 bench, e1rm pls", "70 kg × 8 @ RPE 8"),  # the @8 is no max
        ("my 1rm is 100 kg, what weight for 3x8 leaving 2 in the tank", "≈ 75 kg"),  # 73.9%
        ("what % of my max is a double @9", "2 reps @ RPE 9 = 92.2%"),
        ("did 3 sets of 5 at 85 kg on squat, last set rpe 9. max?", "e1RM ≈ 101.6 kg"),
    ],
)
def test_a_set_or_a_max_becomes_the_figure_asked_for(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_a_high_rep_set_gives_no_max() -> None:
    reply = answer("did 60 kg for 15 reps, can you work out my 1rm?").answer
    assert "too many reps" in reply and "e1RM ≈" not in reply


def test_no_unit_given_means_no_unit_assumed() -> None:
    reply = answer("did 200 for 5 reps, no rpe, what's my max?").answer
    first = reply.split("\n")[0]
    assert "≈ 233.3 (Epley" in first and "kg" not in first.split("(No unit")[0]
    assert "same maths in kg or lb" in reply


def test_the_askers_age_is_not_read_as_a_max() -> None:
    reply = answer("I'm 58, bench e1rm 100 kg. warm-ups before my 80 kg sets?").answer
    assert "For an e1RM of 100 kg: 40 kg × 5, 55 kg × 3, 70 kg × 2, 80 kg × 1" in reply
    assert "58 kg" not in reply


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("session e1rms were 140, 146, 143, what's my working e1rm?", "= 143"),  # 4.7 ex. 2
        (
            "bench e1rm went 120 121 120 121 over a month, am i stalled?",
            "under the +1% bar",
        ),
        ("squat e1rms 100 102 104 106 lately, is that a stall?", "still progressing"),
    ],
)
def test_a_listed_e1rm_series_is_judged(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("back is at 12 sets a week, recovered and not stalled. next week?", "+1 → 13 sets"),
        ("quads at 12 sets/week, stalled but recovered, add sets?", "+2 → 14 sets"),  # 4.7 ex. 8
        ("hamstrings 20 sets a week, stalled even though recovered", "deload next week"),
        ("deload week from 4x6 at 120kg, what exactly?", "2 sets of 6 at 107.5 kg"),
        ("deload week, i usually do 4x8 at 60kg bench", "2 sets of 8 at 52.5 kg"),
        ("3 months off, my deadlift was 200 kg, where do i restart?", "80% of 200 kg → 160 kg"),
        ("first set 140 kg felt like rpe 9.5, planned 8, what for the rest?", "about 132.5 kg"),
    ],
)
def test_stall_deload_and_reentry_rules_use_the_numbers(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_the_lifters_own_e1rm_fills_a_load_question() -> None:
    ctx = LifterContext(lifts=(SQUAT,))
    reply = answer("squats this week are 3x8 at 2 rir, what weight?", ctx).answer
    assert "8 reps @ RPE 8 = 73.9% → 150 × 73.9% ≈ 110 kg" in reply


@pytest.mark.parametrize(
    "question",
    [
        "70kg 8 reps @8 bench, e1rm pls",
        "session e1rms were 140, 146, 143, what's my working e1rm?",
        "deload week from 4x6 at 120kg, what exactly?",
    ],
)
def test_number_answers_are_labelled_none_and_repeatable(question: str) -> None:
    first, second = answer(question), answer(question)
    assert first == second and first.goal == "none"
