"""Warning symptoms get a stop-and-see-a-doctor line first, never a 'which did you mean?' menu."""

from __future__ import annotations

import pytest

from bot.coach import answer, is_question

SEE_A_DOCTOR = "stop training today and see a doctor"


@pytest.mark.parametrize(
    "question",
    [
        "right foot goes numb halfway through my squat sets, normal?",
        "got dizzy and my chest felt tight after a heavy set of deadlifts",
        "elbow is swollen since friday's bench session, train through it?",
        "pins and needles down my arm when i overhead press",
        "nearly fainted after a set of 20 rep squats lol, ok to keep doing them?",
    ],
)
def test_a_warning_symptom_puts_the_doctor_first_and_still_answers(question: str) -> None:
    reply = answer(question)
    assert reply.answer.startswith("First:") and SEE_A_DOCTOR in reply.answer
    assert not reply.choices


@pytest.mark.parametrize(
    "question",
    ["my chest doesn't grow, how many sets a week?", "chest day: how long to rest between sets?"],
)
def test_chest_training_is_not_a_chest_symptom(question: str) -> None:
    assert SEE_A_DOCTOR not in answer(question).answer


@pytest.mark.parametrize(
    "question",
    [
        "stabbing pain in my elbow on every curl lately, how do i keep adding weight",
        "dull ache in the left knee when i squat deep, what rep range should i use",
    ],
)
def test_pain_named_before_the_body_part_still_gets_the_stop_line(question: str) -> None:
    assert "stop the lift that hurts" in answer(question).answer.lower()


@pytest.mark.parametrize(
    "text",
    ["chest feels tight and i get dizzy after heavy deadlifts", "my knee hurts after squats"],
)
def test_a_symptom_told_without_a_question_mark_goes_to_the_coach(text: str) -> None:
    assert is_question(text)


def test_a_how_fast_question_without_a_question_mark_goes_to_the_coach() -> None:
    assert is_question("bulking at 90 kg, how fast should my weight go up")
