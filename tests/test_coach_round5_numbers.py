"""Round five: the asker's own numbers read as they meant them and worked out to the figure.

Questions are the team's own; each asserts the number a lifter would read first, or that a number
that is not a load or a %1RM is not treated as one.
"""

from __future__ import annotations

import pytest

from bot.coach import answer, read


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # reps in reserve said as a range or after the word: its middle, then the RTS chart
        ("bench 100kg x 5, had 1-2 reps left, e1rm?", "100 kg × 5 @ RPE 8.5 → e1RM ≈ 121.4 kg"),
        ("did 6 reps at rir 3, what % of max is that", "6 reps @ RPE 7 = 76.2%"),
        # a named set written before its load
        ("a double at 150kg, rpe 9, what's my max?", "150 kg × 2 @ RPE 9 → e1RM ≈ 162.7 kg"),
        ("triple with 120kg felt like a 9. e1rm?", "120 kg × 3 @ RPE 9 → e1RM ≈ 134.5 kg"),
        # a lift word between the load and the reps, effort in words
        ("did 90kg squat for 6, nothing left. e1rm?", "90 kg × 6 @ RPE 10 → e1RM ≈ 107.5 kg"),
        # the planned reps and RPE written bare after an estimated max
        ("e1rm 140kg, plan says 4 @ 8, load?", "4 reps @ RPE 8 = 83.7% → 140 × 83.7% ≈ 117.5 kg"),
        # two reps-at-RPE compared without loads
        ("which is heavier, 3 reps @ 9 or 6 reps @ 10?", "3 @ RPE 9 is the heavier set"),
        # "my squat is 180" is the squat's max
        ("5/3/1 forever, my squat is 180kg, what TM?", "Forever TM = 85% → 153 kg"),
        # Boring But Big's load from the asker's TM and percentage
        ("531 squat TM 150kg, week 1 and bbb at 60%?", "BBB 5×10 at 60% of the TM → 90 kg"),
    ],
)
def test_the_askers_numbers_are_worked_out(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_a_bare_plate_math_load_is_pounds() -> None:
    """225 with no unit is a bar and two 45s a side: loads round to 5 lb."""
    reply = answer("e1rm 225 on bench, sets of 5 @ 8, what weight?").answer
    assert "≈ 180 lb" in reply  # 225 × 81.1% = 182.5 → 180 lb
    assert read("bench 100 for 5, e1rm?").unit is None


def test_a_named_unit_without_a_number_is_used() -> None:
    assert read("how much do i add each cycle, kg user").unit == "kg"
    assert read("starting strength jumps in lb?").unit == "lb"


def test_a_body_weight_rate_is_not_a_percent_of_max() -> None:
    assert read("gaining 0.5%/week on my bulk, ok?").percent is None
    assert read("gaining about 1% of body weight a month").percent is None
    assert read("5 sets at 75% for size?").percent == 75
