"""Round nine: asks the v9 judges saw answered by a neighbouring or generic card now reach the
card that answers them, and every ask of a multi-part message gets its own card."""

from __future__ import annotations

import pytest

from bot.coach import answer, read


@pytest.mark.parametrize(
    ("message", "card"),
    [
        (
            "i climb and need a stronger pull but gaining kilos is bad for me, how to lift",
            "endurance_lifting",
        ),
        (
            "month one of lifting, my deadlift went way up but i look the same, is that normal",
            "neural_gains",
        ),
        ("22 weeks pregnant, can i keep my heavy squats", "pregnancy"),
        ("taking meds for high blood pressure, ok to test a heavy single?", "special_conditions"),
        ("retired at 66 and never lifted, how should i start training", "older_start"),
        ("elbow tendon aches on pull ups, keep going through it?", "injury"),
        ("wrist is sore (tendon?), ok to keep pressing through the pain at 3/10", "injury"),
        ("marathon in april, how much lifting keeps my squat", "endurance_lifting"),
        ("is going keto going to hurt my lifting", "diet_scope"),
        ("e1rms this week 120, 126, 119 — which one do i plan from", "e1rm_median_work"),
    ],
)
def test_the_ask_reaches_the_card_that_answers_it(message: str, card: str) -> None:
    assert card in answer(message).cards


@pytest.mark.parametrize(
    ("message", "cards"),
    [
        (
            "5/3/1 deload week next, TM 120. what are the deload loads and honestly can i skip it",
            {"w531_deload_week", "deload_when"},
        ),
        (
            "new lifter, bulk or cut first? and what program",
            {"bulk_or_cut_first", "beginner_programme"},
        ),
        (
            "did 100x5 @8 on bench, e1rm? also is keto ok while lifting",
            {"e1rm_from_set", "diet_scope"},
        ),
    ],
)
def test_each_ask_of_the_message_gets_its_card(message: str, cards: set[str]) -> None:
    assert cards <= set(answer(message).cards)


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        (
            "reset squat and bench twice each in 3 months on my lp, what next",
            "4 weeks plus a test week",
        ),
        ("first meet in 11 weeks, how do i lay out my training", "weeks 1–6: a size block"),
        ("i'm 61 and recover slowly, how many sets should i do", "general advice"),
    ],
)
def test_the_picked_card_carries_the_fact_asked_for(message: str, fact: str) -> None:
    assert fact in answer(message).answer


@pytest.mark.parametrize(
    ("message", "stray"),
    [
        (
            "squat e1rm 150, 150.5, 151 in six weeks, deloaded 4 weeks ago. stalled? what do i do",
            "about_bot",
        ),
        (
            "stronglifts squat failed 3 times at 100kg, program says reset? how much",
            "time_to_results",
        ),
    ],
)
def test_a_few_bare_words_get_no_card_of_their_own(message: str, stray: str) -> None:
    assert stray not in answer(message).cards


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("should a total beginner 16f do starting strength or something lighter?", 16),
        ("28f here, how many sets for glutes", 28),
        ("rest 3m between sets?", None),
        ("ran 5m today then squats, ok?", None),
    ],
)
def test_forum_age_shorthand_is_the_askers_age(question: str, age: int | None) -> None:
    assert read(question).age == age


@pytest.mark.parametrize(
    "question",
    [
        "wrists hurt on bench when it gets heavy, worse for months. wraps or something wrong?",
        "pulled my hamstring playing football, some bruising. can i still squat this week?",
        "felt a pop in my chest benching 120, bruising on my arm now. ice it and go again?",
        "tweaked my elbow, doc says 2 weeks off pressing. can i keep squatting heavy?",
    ],
)
def test_an_injury_said_without_my_gets_stop_and_see_a_professional(question: str) -> None:
    reply = answer(question)
    assert "stop the lift that hurts" in reply.answer.lower()
    assert reply.cards[0] in ("injury", "pain_strength", "pain_size")
