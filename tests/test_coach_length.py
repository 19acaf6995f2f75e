"""Answer length: a phone-sized reply (~130 words) unless detail is asked or several asks each
need an answer; the asker's worked number and the safety line are never the part that goes."""

from __future__ import annotations

import pytest

from bot.coach import answer
from bot.coach.budget import BUDGET, PER_ASK, word_budget


def _words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize(
    "message",
    [
        "been lifting about a year, my bench has not moved in two months, what should i change",
        "new to the gym, want to get bigger and stronger, how should i set up my week",
        "back from a 3 month break after moving house, how do i ease back into squatting",
        "how many sets per muscle each week should i be doing to grow",
    ],
)
def test_a_plain_ask_fits_a_phone_screen(message: str) -> None:
    reply = answer(message).answer
    assert _words(reply) <= BUDGET + 15, reply  # a protected figure or caveat may run over


def test_asking_for_detail_allows_a_longer_answer() -> None:
    assert word_budget(1, detail=True) > word_budget(1, detail=False)
    assert word_budget(3, detail=False) == BUDGET + 2 * PER_ASK


def test_the_askers_computed_number_survives_the_budget() -> None:
    reply = answer(
        "squat 140kg for 5 at rpe 8, what is my estimated max and how should i run my next block"
    ).answer
    assert "≈" in reply or "→" in reply or "=" in reply, reply
    assert "140" in reply, reply


def test_the_safety_line_is_never_dropped() -> None:
    reply = answer(
        "my lower back hurts when i deadlift, sharp pain, but i want to keep adding volume and "
        "also get my bench up, what split and how many sets should i run"
    ).answer
    assert "stop" in reply.lower() and "doctor" in reply.lower(), reply
    assert _words(reply) <= word_budget(3, detail=False) + 40, reply
