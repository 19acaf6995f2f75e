"""Round five coverage: every part of a message gets its own answer, with the facts it needs.

Own questions (not from the dev sets); each asserts what a lifter would notice.
"""

from __future__ import annotations

import pytest

from bot.coach import answer, read
from bot.coach.asks import split_asks


def test_a_listed_set_of_asks_is_split_into_its_items() -> None:
    asks = split_asks("quick ones for size: rep range, sets per week, rest between sets?")
    assert asks.parts == ("rep range", "sets per week", "rest between sets")


def test_a_statement_inside_a_list_is_context_not_an_ask() -> None:
    asks = split_asks(
        "two things: how heavy should a deload be, and i'm off for 3 months — how to restart"
    )
    assert asks.parts == ("how heavy should a deload be", "how to restart")
    assert "off for 3 months" in asks.context


def test_a_colon_without_a_list_lead_stays_one_ask() -> None:
    assert split_asks("my stats: 80kg, 180cm, how much protein?").parts[-1].endswith("protein?")


def test_each_listed_item_is_answered() -> None:
    reply = answer("3 questions for strength: rep range, what % of max, how long to rest?")
    assert reply.cards[0] == "reps_strength" and "rest_strength" in reply.cards
    assert "1–5 reps" in reply.answer and "80–100%" in reply.answer and "3–5 min" in reply.answer


def test_a_vague_tail_already_covered_is_not_answered_by_a_stranger() -> None:
    reply = answer("what does MV mean for back in RP, and why does that matter")
    assert reply.cards == ("maintenance_volume",)


def test_the_difference_question_defines_both_terms() -> None:
    reply = answer("whats the difference between being strong and being big")
    assert "1RM" in reply.answer and "bigger" in reply.answer and "not the same" in reply.answer


def test_the_tiers_are_listed() -> None:
    reply = answer("which exercises count as T1, T2 and T3 in spotter?")
    assert reply.cards == ("lift_tiers",)
    assert "overhead press" in reply.answer and "leg press" in reply.answer


def test_a_block_length_question_gets_the_block_lengths() -> None:
    reply = answer("how many weeks is a strength block and how long do deloads last")
    assert reply.cards[0] == "block_lengths"
    assert "4 weeks" in reply.answer and "7 days" in reply.answer


def test_a_beginner_is_told_short_rests_are_enough() -> None:
    reply = answer("just started lifting 2 weeks ago. do i really need 5 min rest between sets?")
    assert "60–120 s" in reply.answer and "2–3 min" in reply.answer


def test_a_size_split_names_the_days() -> None:
    reply = answer("i can train 5 days, building muscle, which split")
    assert "push/pull/legs" in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "66 years old and never lifted, my doctor says fine to exercise. how do i begin",
        "i am 58 and have never trained, my gp gave me the green light. where to start",
    ],
)
def test_an_older_never_lifted_beginner_is_not_treated_as_returning(question: str) -> None:
    assert read(question).injury is None
    reply = answer(question)
    assert reply.cards == ("older_start",)
    assert "old weights" not in reply.answer


def test_an_all_clear_after_an_injury_is_still_a_return() -> None:
    assert read("physio says my shoulder is healed, how do i get back to pressing").injury == (
        "cleared"
    )


def test_a_minor_reaching_a_heavy_card_through_the_goal_gets_the_general_answer() -> None:
    reply = answer("i'm 16, want to get stronger. what rest and reps should i use for strength?")
    assert "80–100%" not in reply.answer


def test_a_weight_class_cut_keeps_heavy_work_and_protein() -> None:
    reply = answer(
        "dropping a weight class for my next meet, will getting lighter cost me strength"
    )
    assert reply.cards == ("weight_classes",)
    assert "1–5 reps" in reply.answer and "1.6–2.2 g" in reply.answer


def test_a_short_second_ask_keeps_its_own_reading_over_a_vaguer_one_in_context() -> None:
    reply = answer(
        "i do 6 sets of rows a week. how many curl sets should i add to grow my biceps,"
        " and how long to rest on curls"
    )
    assert reply.cards[0] == "sets_enough" and reply.cards[1].startswith("rest")
    assert "1–2 min" in reply.answer
