"""Round five: the asker's own numbers read as they meant them and worked out to the figure.

Questions are the team's own; each asserts the number a lifter would read first, or that a number
that is not a load or a %1RM is not treated as one.
"""

from __future__ import annotations

import pytest

from bot.coach import answer, read
from bot.coach.models import LifterContext


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
    """225 with no unit is a bar and two 45s a side: loads round to 5 lb; a lifter's own unit
    and other bare numbers (135 included) are left as they are."""
    question = "e1rm 225 on bench, sets of 5 @ 8, what weight?"
    assert "≈ 180 lb" in answer(question).answer  # 225 × 81.1% = 182.5 → 180 lb
    assert "kg" in answer(question, LifterContext(unit="kg")).answer
    assert "No unit given" in answer("e1rms 132, 128 and 135, which to use?").answer


def test_a_named_unit_without_a_number_is_used() -> None:
    assert read("how much do i add each cycle, kg user").unit == "kg"
    assert read("starting strength jumps in lb?").unit == "lb"


def test_a_body_weight_rate_is_not_a_percent_of_max() -> None:
    assert read("gaining 0.5%/week on my bulk, ok?").percent is None
    assert read("gaining about 1% of body weight a month").percent is None
    assert read("5 sets at 75% for size?").percent == 75


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # the fatigue check when the window's length sits between "best" and its number
        (
            "bench best e1rm in the last 4 weeks was 120. last two sessions 112 and 113. tired?",
            "95% of 120 = 114; 112 and 113 are both under it",
        ),
        # the first block stall with "only" before the weeks, and "e1rm work N"
        (
            "strength block stall on squat, deloaded only 1 week ago, e1rm work 200kg",
            "working e1RM 200 × 0.95 = 190 kg",
        ),
        # a strength-block week's loads from a stated e1RM
        ("strength block week 3, squat e1rm 180kg, loads?", "4×2 @ RPE 8.5 (90.7%) → 162.5 kg"),
        # GZCLP T2 after walking the whole chain down to a failed 3×6
        (
            "gzclp t2 squat: 3x10 at 80kg failed, 3x8 failed, 3x6 failed too. next?",
            "80 → 85–90 kg",
        ),
        ("gzclp t1 bench, could not finish 5x3 at 70kg. now?", "Failed 5×3 at 70 kg → next: 6×2"),
        # dumbbells round to 2 kg steps
        ("db press e1rm 30kg each hand, what for 3x10 @ 8", "≈ 20 kg"),
        # a maxed-out single is the max itself
        ("maxed out squat at 150kg today, e1rm?", "e1RM = 150 kg"),
    ],
)
def test_listed_and_programme_numbers_are_worked_out(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_reps_after_sets_of_are_not_a_load() -> None:
    assert read("work sets at 60% for sets of 12, full warm-up?").load is None
    assert read("can i build muscle at 25% bf?").percent is None


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # "what weights" asks for loads: the strength band from the stated max
        ("my squat max is 200kg, what weights are strength work?", "160 kg–200 kg for 1–5 reps"),
        # the gym's step is not the dumbbell in use
        (
            "dumbbells go up 2kg at a time here. 3x8-12 with the 26s, got 12,12,12. next?",
            "next time 28 kg",
        ),
        # Texas Method's light day from Monday's weight
        ("texas method, monday's 5x5 is 100kg. wednesday weight?", "Wednesday 2×5 ≈ 80 kg"),
    ],
)
def test_the_load_asked_for_is_read_from_the_right_number(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # weeks unknown: both lower-body jumps, as loads
        ("stronglifts, deadlift 100kg 1x5 done. next?", "next session 105 kg while you're in"),
        # a counted miss on a linear programme gives the load to repeat
        ("starting strength press, missed reps at 50kg, first miss. next?", "repeat 50 kg"),
        ("2nd missed session at 90kg squat on my lp, what now?", "repeat 90 kg and halve"),
    ],
)
def test_a_linear_programmes_next_load_is_a_number(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_a_rep_max_read_to_the_end_of_a_sentence_gives_loads() -> None:
    """'My 5RM is 140.' is 5 reps at RPE 10; a triple's load is worked from it."""
    reply = answer("my 5rm bench is 100. what's a set of 3 load wise?").answer
    assert "3 reps @ RPE 8 = 86.3% → 115.9 × 86.3% ≈ 100" in reply


def test_the_percent_of_a_set_with_no_effort_said() -> None:
    reply = answer("about what % of my max is a set of 3?").answer
    assert "≈ 92.2% of your 1RM" in reply and "(RPE 8) ≈ 86.3%" in reply
    # a stated percentage is the asker's own, not a question about one
    assert "to failure (your 8RM)" not in answer("is 75% for 8 reps strength or size?").answer


def test_time_off_said_after_off_is_a_layoff() -> None:
    reply = answer("off 4 months after surgery, all healed. bench e1rm was 100kg, where to start?")
    assert "80% of 100 kg → 80 kg" in reply.answer
