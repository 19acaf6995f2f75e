"""Follow-ups read against the question before, and the facts long messages were missing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.coach import answer
from bot.coach.asks import is_follow_up
from bot.coach.memory import FollowUpMemory


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("and for size?", True),
        ("how many sets then?", True),
        ("why?", True),
        ("how come?", True),
        ("what if it was @9?", True),
        ("how much protein do I need per day?", False),
        ("why do my knees cave on squats when I go heavy and fast?", False),
        ("why does my bench stall?", False),  # a question of its own, not "why?"
    ],
)
def test_what_reads_as_a_follow_up(text: str, follows: bool) -> None:
    assert is_follow_up(text) is follows


def test_memory_keeps_the_question_for_a_few_minutes() -> None:
    memory, now = FollowUpMemory(), datetime(2026, 1, 1, tzinfo=UTC)
    memory.remember(1, "rest_strength", now, "how long should I rest for strength?")
    assert memory.recall_question(1, now + timedelta(minutes=4)).startswith("how long")
    assert memory.recall_question(1, now + timedelta(minutes=6)) == ""


@pytest.mark.parametrize(
    ("first", "follow", "said"),
    [
        ("my squat 1RM is 140, what weight for 5 reps at RPE 8?", "and for 3 reps?", "≈ 120"),
        ("how many reps for hypertrophy?", "how many sets then?", "10–20 hard sets"),
        ("my knee hurts when i squat, what should i do?", "what about deadlifts?", "deadlift"),
    ],
)
def test_a_follow_up_uses_the_question_before(first: str, follow: str, said: str) -> None:
    before = answer(first)
    reply = answer(follow, previous=before.cards[-1], before=first)
    assert said in reply.answer


def test_without_the_question_before_a_follow_up_reads_the_card_alone() -> None:
    assert answer("and for size?", previous="rest_strength").cards == ("rest_size",)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (  # the first stall's deload, spelled out
            "intermediate, strength block, stall flagged on bench and my last deload was 4 wks "
            "ago. e1rm_work 115. what exactly happens now, do i lose 5%?",
            "half the sets",
        ),
        (  # the block after a second stall carries the e1RM over and starts at RPE 7
            "advanced, s block, bench stalled a 2nd time in the same block. keep grinding or what",
            "first week at RPE 7",
        ),
        (  # a medical caveat after an operation still stops a painful lift
            "62m, knee replacement 1 yr ago, surgeon ok with lifting. want bigger legs. leg press "
            "fine? squats?",
            "hurts",
        ),
        (  # cleared after the birth: pain still stops a lift
            "4 months postpartum, cleared by the doc for exercise last week. where do i start",
            "stop the lift that hurts",
        ),
    ],
)
def test_facts_long_messages_missed(question: str, said: str) -> None:
    assert said in answer(question).answer
