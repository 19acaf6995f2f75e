"""The coach works out the number a question asks for, whichever card explains the rule."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("worked up to a single at 150 kg that felt like rpe 8, what's my max?", "e1RM ≈ 162.7 kg"),
        ("e1rm 120 kg, what should I load for 4x6 with 2 rir?", "120 × 78.6% ≈ 95 kg."),
        ("what % of max is 4 reps with 2 left in the tank", "4 reps @ RPE 8 = 83.7%"),
        (
            "5/3/1 week 2 with a 150 kg training max, what are my weights?",
            "week 2 (3/3/3+): 105 kg/120 kg/135 kg",
        ),
        ("finished my 531 cycle, new tms? press tm 50kg deadlift tm 180kg", "press 50 → 52.5 kg"),
        ("texas method: my 5rm is 120 kg, what are monday and wednesday", "Monday 5×5 ≈ 107.5 kg"),
        ("gzclp t1 starting weight if my squat 5rm is 120 kg", "→ 102.5 kg"),
        ("juggernaut 5s wave, standard 5, got 9 on deadlift, how much does my wm go up", "+20 lb"),
        ("greyskull bench amrap got 11 reps at 70 kg, next weight?", "double jump → 75 kg"),
        ("9 weeks off with an injury, my deadlift was 200 kg, where do I restart?", "→ 160 kg"),
        ("how much protein should I eat, i weigh 90 kg", "144–198 g"),
        ("warm-up for squats, e1rm is 200, working at 170", "For an e1RM of 200: 80 × 5"),
        ("bench 100x4 @9, e1rm? and without the rpe?", "Without the RPE, Epley gives ≈ 113.3"),
        ("160 x 3 @ 8 on squat, what's my max and what for 4x8 next week?", "8 reps @ RPE 8"),
    ],
)
def test_the_asked_number_is_worked_out(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("I do 26 sets a week for back, too much?", "above the 10–20 range"),
        ("biceps get 6 sets a week, enough to grow?", "below the 10–20 range"),
        ("quads at 14 sets a week, ok for size?", "inside the 10–20 range"),
    ],
)
def test_a_weekly_set_count_is_judged_against_the_range(question: str, verdict: str) -> None:
    assert verdict in answer(question).answer


def test_a_training_max_is_not_read_as_a_1rm() -> None:
    reply = answer("cycle is done, bench tm 100 kg, what's the new tm?").answer
    assert "100 → 102.5 kg" in reply and "With a 1RM of 100" not in reply


def test_an_e1rm_is_not_read_as_a_set() -> None:
    reply = answer("press e1rm 70kg, want 3x8 at 2 rir, what weight?").answer
    assert "≈ 52.5 kg" in reply and "70 kg × 8" not in reply


def test_a_minor_gets_no_heavy_prescription_and_keeps_the_goal() -> None:
    reply = answer("I'm 15 and want to get stronger for hockey, what reps should I do?")
    assert "80–100%" not in reply.answer and "under 18" in reply.answer
    assert reply.cards == ("teens",)


def test_a_cleared_lifter_gets_a_training_answer_not_a_referral() -> None:
    reply = answer("surgeon said I'm all healed after my knee op, can I squat heavy again?")
    assert reply.cards == ("layoff_return",) and "general advice only" not in reply.answer


def test_a_pain_question_carries_the_stated_goal() -> None:
    assert answer("my shoulder hurts when I press, I want to get stronger").goal == "strength"


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("rest between sets: strength compared with hypertrophy?", "rest_general"),
        ("how do weekly sets differ for strength vs size", "volume_general"),
    ],
)
def test_a_strength_vs_size_comparison_gets_both_halves(question: str, card: str) -> None:
    reply = answer(question)
    assert reply.cards == (card,) and reply.goal == "none"


def test_double_progression_is_on_topic() -> None:
    assert answer("dp on curls, 12/12/12 with 12 kg, go up?").cards[0].startswith("double")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is 65% of my max heavy enough to build strength?", "65% is below the 80–100% range"),
        ("my coach has me at 85% for strength, good?", "85% is inside the 80–100% range"),
    ],
)
def test_a_stated_percent_is_judged_against_the_goals_range(question: str, verdict: str) -> None:
    assert verdict in answer(question).answer
