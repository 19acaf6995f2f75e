"""Under the general-advice caveat the asked question is still answered, in general terms
(COACHING 4.8): whether a lift is allowed, reps, food basics, what to train meanwhile; after birth
the return-to-lifting answer, not pregnancy's; a hurting lifter's named workaround; and pain or
tingling down a limb as a stop-and-see-a-doctor sign with no sets or reps prescribed."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    "question",
    [
        "i have osteopenia, 61F. am i allowed to deadlift with a barbell or is that too risky?",
        "copd here, mild. can i still bench press or should i avoid it",
        "is it safe to squat with a barbell when you have osteoporosis?",
        "epilepsy, well controlled. ok to lift heavy weights at the gym?",
        "high blood pressure on tablets - can i still deadlift?",
    ],
)
def test_a_condition_asking_whether_a_lift_is_allowed_gets_a_general_yes_and_what_to_ask(
    question: str,
) -> None:
    text = answer(question).answer
    assert "general advice only" in text
    assert "can train the main lifts, barbell ones included" in text
    assert "Ask your doctor which lifts and how heavy" in text


@pytest.mark.parametrize(
    "question",
    [
        "type 1 diabetic starting the gym, should i eat before i train?",
        "i'm diabetic (t2), what should i eat around lifting to build muscle",
        "diabetes and lifting: do i need a snack before my session?",
    ],
)
def test_a_diabetic_asking_about_food_gets_the_basics_and_the_diabetes_team(question: str) -> None:
    text = answer(question).answer
    assert "1.6–2.2 g of protein per kg" in text
    assert "diabetes team" in text


@pytest.mark.parametrize(
    "question",
    [
        "my daughter is 14 and lifting for netball. what should she eat?",
        "im 15, want to bulk. how much protein and food do i need?",
    ],
)
def test_a_teen_asking_about_food_gets_the_basics(question: str) -> None:
    text = answer(question).answer
    assert "under 18" in text and "1.6–2.2 g of protein per kg" in text


@pytest.mark.parametrize(
    "question",
    [
        "i have asthma, would fewer reps per set help? 20 rep sets leave me wheezy",
        "heart condition, doctor ok'd exercise. what reps should i use?",
        "arthritis in both hips, how many reps is sensible?",
    ],
)
def test_a_condition_asking_about_reps_gets_a_rep_answer(question: str) -> None:
    text = answer(question).answer
    assert "general advice only" in text and "lower reps are fine" in text


@pytest.mark.parametrize(
    "question",
    [
        "umbilical hernia, surgery booked for march. what can i train in the meantime?",
        "waiting on hernia surgery, what can i do meanwhile at the gym",
    ],
)
def test_a_condition_waiting_on_treatment_gets_what_to_train_meanwhile(question: str) -> None:
    text = answer(question).answer
    assert "Meanwhile, in general terms" in text and "10–20 sets" in text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("gave birth 3 months ago, used to squat 100. what weight do i go back at?", "about 80"),
        ("had my son in june by c-section, benched 60 before. what weight now?", "about 48"),
        ("postpartum 10 weeks, when can i deadlift again?", None),
        ("had a baby 4 months ago, how do i get back into lifting", None),
    ],
)
def test_after_birth_gets_the_return_answer_not_the_pregnancy_card(
    question: str, figure: str | None
) -> None:
    reply = answer(question)
    assert "During pregnancy" not in reply.answer and "pregnancy" not in reply.cards
    assert "After giving birth this is general advice only" in reply.answer
    assert "80%" in reply.answer
    if figure:
        assert figure in reply.answer


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("elbow hurts on curls, would wrist wraps help or should i stop?", "wraps"),
        (
            "knee pain on squats for a month. should i try a narrower stance?",
            "a narrower stance",
        ),
        ("my shoulder hurts when i bench. switch to dumbbells instead?", "dumbbells"),
        ("lower back hurts on deadlifts, is sumo a fix?", "sumo"),
    ],
)
def test_a_hurting_lifter_gets_the_stop_line_and_their_workaround_answered(
    question: str, named: str
) -> None:
    text = answer(question).answer
    assert "doctor or physio" in text and f"On {named}" in text
    assert "same sets and reps" in text


@pytest.mark.parametrize(
    "question",
    [
        "pain shoots down my left leg after deadlifts, been a week. normal?",
        "lower back ache that runs into my thigh when i squat, keep going for my meet?",
        "pain radiating into my arm after overhead press, what reps should i drop to?",
        "my hand goes numb during heavy bench, how do i keep progressing?",
    ],
)
def test_pain_or_numbness_down_a_limb_is_a_stop_with_no_prescription(question: str) -> None:
    text = answer(question).answer
    assert text.startswith("First:") and "see a doctor" in text
    assert "80–100%" not in text and "1–5 reps" not in text


@pytest.mark.parametrize(
    "question",
    [
        "tweaked my elbow on curls yesterday, can i still squat tomorrow?",
        "sprained ankle last week, should i still bench press or rest completely?",
    ],
)
def test_a_hurting_lifter_asking_whether_they_can_still_train_gets_a_general_yes(
    question: str,
) -> None:
    text = answer(question).answer
    assert "Can you still train? In general terms, yes" in text and "pain-free" in text


@pytest.mark.parametrize(
    "question",
    [
        "i have a fever and a sore throat, should i still train today?",
        "sore throat and a temperature, gym or rest?",
        "running a fever, can i still bench tonight?",
    ],
)
def test_an_illness_gets_the_doctor_caveat_and_the_break_card_not_train_through_soreness(
    question: str,
) -> None:
    reply = answer(question)
    assert "general advice only" in reply.answer
    assert reply.cards[0] == "short_break"
    assert "Mild soreness is fine" not in reply.answer
