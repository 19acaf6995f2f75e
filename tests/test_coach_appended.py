"""Appended cards: one that answers no ask, or contradicts the card before it, is left out."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("message", "first", "absent"),
    [
        # a deload, then "keep training heavy on a cut" / an RPE load would contradict it
        ("whats a deload week look like? what gets reduced", "deload", "keep training heavy"),
        ("my plan says deload next week. bench is 100kg for 3x5, what numbers?", "deload", "RPE 8"),
        # a broad card read into a short follow-up the first card already covers
        (
            "7 years in, stalled on squat, told to switch to box squats. legit? how long",
            "",
            "muscle comes",
        ),
        ("what split for 5 days a week? and what if only 2", "", "stronger"),
    ],
)
def test_an_appended_card_never_contradicts_or_pads(message: str, first: str, absent: str) -> None:
    reply = answer(message)
    assert len(reply.cards) == 1, reply.cards
    assert first.lower() in reply.answer.lower()
    assert absent.lower() not in reply.answer.lower(), reply.answer


@pytest.mark.parametrize(
    "message",
    [
        "squat TM 300, missed the 3+ (only 2 reps). how far do i drop the TM?",
        "531 press TM is 120, failed the 5+ set with 3 reps, new TM?",
    ],
)
def test_a_lowered_tm_gets_no_loads_from_the_old_one(message: str) -> None:
    reply = answer(message).answer
    assert "TM back" in reply, reply
    old = message.split("TM ")[1].split()[0].strip(",")
    assert f"TM {old}" not in reply, reply


def test_a_short_ask_naming_its_card_is_kept() -> None:
    reply = answer("doing 4x6 on bench for strength, how many sets per session? and how long rest?")
    assert len(reply.cards) == 2, reply.cards


@pytest.mark.parametrize(
    "message",
    [
        "felt dizzy with a tight chest on deadlifts today, is that normal?",
    ],
)
def test_a_pain_now_gets_the_stop_line_not_a_bad_day(message: str) -> None:
    reply = answer(message)
    assert "bad_day" not in reply.cards and "pregnancy" not in reply.cards, reply.cards
    assert "stop" in reply.answer.lower()
