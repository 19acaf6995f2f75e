"""Asks joined by '+', or by 'and' before 'am/would/will…', are each read as their own ask."""

import pytest

from bot.coach.asks import split_asks


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("want bigger arms, what rep range + how many sets a week do i need", 2),
        ("where should my squat restart, and am i a novice again?", 2),
        ("should i take a deload and would it help my press?", 2),
        ("how long to rest and will it matter for size?", 2),
    ],
)
def test_joined_asks_are_split(message: str, count: int) -> None:
    assert len(split_asks(message).parts) == count
