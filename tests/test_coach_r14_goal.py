"""Round fourteen's reading fixes: a child's age said before the word "son" is the child's, and
the back-work-for-bench card answers only a question about back work."""

from __future__ import annotations

import pytest

from bot.coach import answer, read


@pytest.mark.parametrize(
    ("question", "child_age"),
    [
        ("14 yr old son wants to bench with me, how heavy should he go? he wants to max out", 14),
        ("a 13yo daughter who wants to squat, what reps for her", 13),
        ("my 15 year old daughter wants to get stronger for netball, what reps?", 15),
    ],
)
def test_a_childs_age_is_not_the_askers(question: str, child_age: int) -> None:
    d = read(question)
    assert (d.child_age, d.age) == (child_age, None)
    reply = answer(question)
    assert reply.goal == "none"  # their wish, answered as general advice for a minor
    assert "they're under 18" in reply.answer


@pytest.mark.parametrize(
    ("question", "back_card"),
    [
        ("do rows help my bench?", True),
        ("will more back work help my bench press", True),
        ("16 yo, want to bench 100, how?", False),
        ("how do i get my bench up faster", False),
    ],
)
def test_back_work_card_needs_back_work_asked(question: str, back_card: bool) -> None:
    assert ("back_for_bench" in answer(question).cards) is back_card
