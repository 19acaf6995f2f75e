"""Round twelve (r12a1): v12 set A's misses as classes, in fresh words — what the lifter notices."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "must"),
    [
        ("what is RFD and do i need it for the gym", "rfd", "rate of force development"),
        ("is failure training needed to progress at all", "failure_both", "more strength"),
        (
            "5 years in and i want size plus strength, reps on the main lifts?",
            "reps_both_trained",
            "5–10 reps",
        ),
        (
            "brand new girl at the gym, which reps if i dont want to look bulky",
            "beginner_reps_not_bulky",
            "surplus",
        ),
        ("training 4 days a week to get bigger, what split do i use", "split_size_days", "5 weeks"),
        ("want my total higher, what order should my blocks go in", "strength_block_order", "4×4"),
        ("never trained before, is a 6 day bro split overkill", "beginner_too_many_days", "3×5"),
        ("explain 5/3/1 to me and what a TM is", "w531_rules", "75/85/95%"),
    ],
)
def test_the_whole_ask_gets_one_card_with_its_numbers(question: str, card: str, must: str) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    assert must in reply.answer


def test_short_rest_for_a_pump_is_a_rest_question_not_a_pain() -> None:
    reply = answer("resting 40 seconds for the pump because i want to grow, is that hurting me?")
    assert reply.cards == ("rest_size",)
    assert "1.5–3 min" in reply.answer and "doctor" not in reply.answer


def test_a_long_rest_for_size_gets_the_long_rest_answer() -> None:
    assert answer("bulking, i take 4 minutes between leg press sets, too much?").cards[0] == (
        "rest_long_size"
    )


def test_a_strength_prescription_is_not_followed_by_the_generic_rest_card() -> None:
    reply = answer("i want a stronger deadlift, how many sets and reps, and how long should i rest")
    assert reply.cards[0] == "reps_strength" and "rest_general" not in reply.cards
    assert "1–5 reps" in reply.answer and "3–5 min" in reply.answer


def test_a_split_for_size_is_not_followed_by_the_generic_split_card() -> None:
    assert answer("5 gym days a week and i want mass, which split").cards == ("split_size_days",)


def test_three_dated_estimates_give_the_median_worked_out() -> None:
    reply = answer("e1rm was 100 on tuesday, 97.5 on friday and 105 today, which do i program from")
    assert "= 100" in reply.answer and "not the best (105)" in reply.answer


def test_a_single_and_an_rpe_less_set_name_todays_e1rm_without_a_stray_load() -> None:
    reply = answer("hit 120 for a single @ 10, later 110x5 no rpe. what's today's e1rm")
    assert "today's session e1RM is ≈ 128.3" in reply.answer
    assert "× 100.0%" not in reply.answer


def test_too_many_reps_for_an_estimate_still_count_as_volume() -> None:
    reply = answer("squat 140 for 15, no rpe, what's my max")
    assert "still counts for your volume" in reply.answer


def test_the_lp_comparison_says_the_three_failure_reset() -> None:
    reply = answer("stronglifts or starting strength for a complete beginner")
    assert "3 sessions in a row" in reply.answer and "90%" in reply.answer


def test_a_size_meso_answer_says_how_many_weeks_before_the_deload() -> None:
    assert "5 weeks" in answer("planning a hypertrophy mesocycle, how long until the deload").answer
