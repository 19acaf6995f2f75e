"""A programme's "cycle" is not a steroid cycle: the scope card answers only drug questions."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    "question",
    [
        "5/3/1 3s week, ohp tm is 60kg, got 2 reps not 3 on the 90% set. keep going next cycle?",
        "finished my first 531 cycle, what do i add next cycle",
        "keep going next cycle with +2.5?",
    ],
)
def test_programme_cycles_never_get_the_steroid_answer(question: str) -> None:
    assert not {"creatine_steroids", "steroids"} & set(answer(question).cards)


@pytest.mark.parametrize(
    "question",
    [
        "is creatine a steroid",
        "can you give me a steroid cycle",
        "should i hop on trt to lift more",
    ],
)
def test_drug_questions_still_get_the_scope_answer(question: str) -> None:
    reply = answer(question)
    assert reply.cards[0] in ("creatine_steroids", "steroids", "supplements_scope", "off_topic")
    assert reply.goal == "none"
