"""Round twelve wrong cards: each ask gets the card that answers it (fresh phrasings)."""

from __future__ import annotations

import pytest

from bot import coach


@pytest.mark.parametrize(
    "question",
    [
        "i do six sets of 8 to warm up before my 3x5, is that way too much",
        "are my warm ups too long? they tire me out before squats",
    ],
)
def test_tiring_warmups_get_the_short_ramp(question: str) -> None:
    a = coach.answer(question)
    assert "warmup_sets" in a.cards
    assert "40%" in a.answer and "80%" in a.answer


@pytest.mark.parametrize(
    "question", ["what running shoes should i get for my first marathon", "best trainers for a 5k"]
)
def test_running_gear_is_declined_as_off_topic(question: str) -> None:
    a = coach.answer(question)
    assert a.cards == ("off_topic",)
    assert a.goal == "none"
    assert "lifting coach" in a.answer


def test_dumbbell_step_is_two_kilos() -> None:
    a = coach.answer("home gym with dumbbells, how much should i add each time i progress")
    assert "2 kg" in a.answer
    assert "top of the range" in a.answer


def test_size_plateau_at_maintenance_gets_the_size_rule() -> None:
    a = coach.answer("my chest has stopped growing and my bench reps are stuck, weight not moving")
    assert "size_plateau" in a.cards
    assert "10% more" in a.answer
    assert "under 1%" not in a.answer  # not the strength stall test


def test_stalled_recovered_size_block_count_is_worked_out() -> None:
    a = coach.answer("hamstrings stalled in my size block, i am at 14 sets and recover well. more?")
    assert "16 sets" in a.answer


def test_third_stall_beside_lp_verdict_gives_the_reset_load() -> None:
    a = coach.answer(
        "squat stalled three times at 110 on my starter lp and the bench reset twice in 10 weeks."
        " what do i squat now, and is it time for a new program?"
    )
    assert "97.5" in a.answer  # 110 × 0.9 = 99, rounded down to plates
