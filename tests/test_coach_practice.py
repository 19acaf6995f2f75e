"""Practical asks get the specific answer, with the asker's numbers (COACHING 1.7–1.12, 4.2–4.8)."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "must_say"),
    [
        ("honestly is 5 weekly sets for my calves going to do anything", "sets_enough", "MEV"),
        (
            "my back gets like 32 sets a week and it's always toast, overdoing it?",
            "sets_too_many",
            "MRV",
        ),
        (
            "how many sets is it worth doing for one muscle in one workout",
            "sets_per_session",
            "5–10 sets",
        ),
        ("what's a sensible amount of rest on cable flyes", "rest_accessories", "1–2 min"),
        ("on a bulk, what's a good pace of weight gain per week", "gain_rate", "0.25–0.5%"),
        (
            "dieting down for a powerlifting meet, how do i hold on to my strength",
            "strength_on_cut",
            "1–5 reps",
        ),
        (
            "female here - do I have to use lighter weights and higher reps than the guys?",
            "women_reps",
            "6–15",
        ),
        ("i'm expecting (second trimester), is squatting still ok", "pregnancy", "midwife"),
        (
            "cross country runner, want stronger legs but not heavier ones",
            "endurance_lifting",
            "1–5 reps",
        ),
        ("football season started, how should my lifting change", "sport_in_season", "2 short"),
        (
            "soreness gone after a few weeks, does that mean I stopped growing?",
            "doms",
            "not a sign",
        ),
        ("whats a good swap for barbell squats, my gym has none", "substitutes", "leg press"),
        ("can I build real muscle on machines alone", "machines_free", "close to failure"),
        (
            "do rows and pulldowns give my biceps enough work or add curls",
            "compound_isolation",
            "half a set",
        ),
        ("is 3x10 enough to build max strength", "eights_for_strength|reps_strength", "1–5 reps"),
        (
            "sets of 20 or sets of 6, which grows more muscle",
            "heavy_or_light_size|light_weights",
            "close to failure",
        ),
    ],
)
def test_the_specific_card_answers_with_its_rule(question: str, card: str, must_say: str) -> None:
    reply = answer(question)
    assert reply.cards[0] in card.split("|")
    assert must_say in reply.answer
    assert not reply.choices


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("bulking at 90 kg, how fast should my weight go up", "0.23–0.45 kg a week"),
        ("bulking, 160 lbs, how much should I gain each week", "0.4–0.8 lb a week"),
        ("protein target for an 85 kg lifter?", "136–187 g"),
    ],
)
def test_nutrition_answers_use_the_askers_body_weight(question: str, number: str) -> None:
    assert number in answer(question).answer


def test_a_lift_load_is_not_read_as_body_weight() -> None:
    reply = answer("i deadlift 180 kg, how much protein should i eat")
    assert "At 180 kg" not in reply.answer


@pytest.mark.parametrize(
    ("question", "card", "recipe"),
    [
        (
            "my shoulder pinches on overhead press, I still want my press to go up",
            "pain_strength",
            "1–5 reps",
        ),
        ("my knee aches on lunges, how do I keep growing my quads", "pain_size", "6–15 reps"),
        (
            "physio cleared my back, want to build my deadlift strength again",
            "cleared_strength",
            "80%",
        ),
    ],
)
def test_pain_keeps_the_goal_in_view(question: str, card: str, recipe: str) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    assert "physio" in reply.answer or "cleared" in reply.answer
    assert recipe in reply.answer


def test_pain_without_a_goal_gets_the_plain_safety_answer() -> None:
    reply = answer("my wrist hurts when I bench")
    assert reply.cards[0] == "injury" and reply.goal == "none"


def test_both_halves_of_a_supplement_question_are_answered() -> None:
    reply = answer("is creatine basically roids? also what cycle would you run")
    assert "not a steroid" in reply.answer and "won't give" in reply.answer
    assert reply.goal == "none"


def test_an_unclear_message_that_states_a_goal_gets_that_goal_not_a_menu() -> None:
    reply = answer("honestly just want to look good at the beach lol, 1 yr lifting")
    assert not reply.choices and reply.goal == "hypertrophy"


@pytest.mark.parametrize(
    "question",
    [
        "i'm 61 and never lifted, what should my first weeks look like",
        "how should a 15 year old lift",
    ],
)
def test_age_cards_answer_only_the_ages_they_are_for(question: str) -> None:
    reply = answer(question)
    assert reply.cards[0] in ("older_start", "teens", "teen_programme")


def test_a_34_year_old_never_gets_the_teen_or_older_cards() -> None:
    reply = answer("34 and new to lifting, what program should i start with")
    assert not set(reply.cards) & {"teens", "teen_programme", "older_start", "older_lifters"}


def test_the_same_question_gets_the_same_answer_in_every_process() -> None:
    """Typo snapping and the ranker must not depend on the process's hash seed."""
    import os
    import subprocess
    import sys

    code = (
        "from bot.coach import answer\n"
        "for q in ['strenght or hypertrohpy for a begginer?', 'my knee aches, keep growing quads?',"
        " 'how many setts a week for chest']:\n"
        "    print(answer(q).cards, answer(q).goal)\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
