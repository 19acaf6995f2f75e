"""Round twelve: special populations (minors, lasting medical conditions), sport and cut/bulk
asks, and multi-part messages — the question, and what the answer must and must not say."""

from __future__ import annotations

import pytest

from bot.coach import answer


def test_a_teenager_bulking_gets_general_size_advice_not_the_adult_recipe() -> None:
    text = answer("i'm 15 and skinny, how do i bulk up and how many sets should i do").answer
    assert "general advice" in text and "reps left" in text and "protein" in text
    assert "0–3 reps in reserve" not in text and "10–20% over maintenance" not in text
    assert "close to failure" not in text


def test_a_joint_replacement_stays_general_even_when_cleared() -> None:
    a = answer(
        "68, hip replacement last year and the doc says all good. how do i get stronger legs"
    )
    assert "general advice only" in a.answer and "surgeon" in a.answer
    assert "full-body" in a.answer and "80–100%" not in a.answer


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("28 with pcos and i want more muscle, what sets and reps", ["PCOS", "reps"]),
        ("type 1 diabetic, never trained, how should i start lifting", ["diabetes", "full-body"]),
        ("got osteopenia, how heavy can i go on squats", ["osteopenia", "5–10 reps"]),
    ],
)
def test_a_medical_condition_gets_general_advice_and_a_plan_that_still_helps(
    question: str, must: list[str]
) -> None:
    text = answer(question).answer
    assert "general advice only" in text and "doctor" in text
    for word in must:
        assert word in text


def test_protein_uses_the_askers_own_weight_not_a_canned_example() -> None:
    text = answer("whats my e1rm from 120x5 @8 and how much protein, i am 90kg").answer
    assert "At 90 kg" in text and "at 80 kg" not in text


def test_a_cut_to_a_class_gives_protein_at_the_class_weight_too() -> None:
    text = answer("lifter at 95kg cutting to make the 83 class, how much protein a day").answer
    assert "At 95 kg" in text and "83 kg class weight: about 133–183 g" in text


def test_a_numbered_part_with_a_trailing_statement_keeps_its_ask() -> None:
    text = answer(
        "1) rest between heavy triples 2) protein if i am 70kg. i train for strength"
    ).answer
    assert "3–5 min" in text and "At 70 kg" in text


def test_an_off_topic_part_gets_one_short_line() -> None:
    a = answer("how many sets for back per week for size, also who won the football last night")
    assert "10–20" in a.answer and "outside what I can help with" in a.answer
    assert a.cards[-1] == "off_topic"


def test_an_endurance_athlete_new_to_lifting_gets_the_novice_start() -> None:
    text = answer("cyclist, starting weights for the first time, any rules for me").answer
    assert "full-body" in text and "3×5" in text and "outside what I cover" in text
    assert "climber" not in text and "80–100%" not in text


def test_weeks_since_a_lift_count_as_a_break_with_its_80_percent() -> None:
    text = answer("3 months since i last benched, bench e1rm was 100 kg. where do i restart").answer
    assert "80% of 100 kg → 80 kg" in text


def test_moving_up_a_class_works_the_mass_rule_through() -> None:
    text = answer("at 90kg thinking of moving up to the 100 class, will my total go up much").answer
    assert "+11% body mass" in text and "+7% on your lifts" in text


def test_a_set_is_judged_against_the_size_range() -> None:
    text = answer("did 50x12 @8 on rows, is that set good for hypertrophy").answer
    assert "inside the size range" in text


def test_a_gainer_whose_lifts_stall_is_not_told_to_eat_more() -> None:
    text = answer("bulking for 5 months, scale is up 6kg but my lifts are flat. i want size").answer
    assert "Up 6 kg" in text and "food is not the" in text


def test_short_sleep_beside_a_stall_is_named_first() -> None:
    text = answer("squat stalled for 2 weeks and i only get 4 hours of sleep, deload?").answer
    assert text.startswith("First: 4 h of sleep is short")


def test_one_failed_session_on_a_novice_programme_means_repeat() -> None:
    text = answer(
        "3 weeks into starting strength, missed my bench once. repeat? and what next"
    ).answer
    assert "repeat the same weight" in text


def test_a_hurt_lifter_asking_about_losing_strength_gets_that_answered() -> None:
    text = answer("strained my hamstring on deadlifts yesterday. will i lose strength?").answer
    assert "Will you lose strength?" in text and "pain-free" in text


def test_an_operation_that_is_not_a_birth_never_gets_the_after_birth_card() -> None:
    a = answer("had hernia surgery 8 weeks ago, when can i squat again and how heavy")
    assert "postpartum" not in a.cards and "midwife" not in a.answer
    assert "general advice only" in a.answer


def test_a_medical_beginner_wanting_fat_loss_and_muscle_hears_both_can_happen() -> None:
    text = answer(
        "have high blood pressure, never lifted, want to lose fat and build muscle"
    ).answer
    assert "general advice only" in text and "small deficit" in text and "1.6–2.2 g" in text


def test_a_comma_before_how_do_i_starts_a_new_ask_after_a_question() -> None:
    a = answer(
        "why are lighter lifters so strong for their size, how do i get stronger and stay light"
    )
    assert a.cards[:2] == ("weight_classes", "strength_no_weight")
