"""Round twelve, set A (items 41–80): the wrong card no longer wins (reset vs deload, accessories
for size, squat choice, women's rate of gain, a condition plus a size goal, drug and weather asks),
follow-on steps and side clauses are stated, and the asker's own figure is worked out."""

from __future__ import annotations

import pytest

from bot.coach import answer


def _says(question: str, *needed: str, absent: tuple[str, ...] = ()) -> str:
    text = answer(question).answer
    low = text.lower()
    for part in needed:
        assert part.lower() in low, (question, part, text)
    for part in absent:
        assert part.lower() not in low, (question, part, text)
    return text


@pytest.mark.parametrize(
    "question",
    [
        "is resetting the weight on LP just a deload by another name?",
        "whats the diff between a reset and a deload week",
        "when do I deload and when do I reset, they sound the same",
    ],
)
def test_reset_and_deload_are_told_apart(question: str) -> None:
    _says(question, "90%", "7 days", "half the sets", absent=("linear progression means",))


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("5/3/1 press on the 5+ week, got 2 reps, what now", "−15 lb"),
        ("missed the 5+ on squat in 531, only did 4, what do i do", "−30 lb"),
        ("531 bench 5+ week, only got 3, what now (kg)", "−7.5 kg"),
    ],
)
def test_missed_plus_set_states_the_tm_drop(question: str, shown: str) -> None:
    _says(question, shown)


def test_second_lp_miss_says_the_rebuild_jump() -> None:
    question = "missed 3x5 squat at 120 kg two sessions running on starting strength, next?"
    _says(question, "2.5 kg each")


@pytest.mark.parametrize(
    ("question", "needed"),
    [
        ("ramp up sets before heavy triples at 87% on bench, how many?", ("40%", "working sets")),
        ("should warm-up sets be in my weekly set count and my e1rm?", ("6.5", "weekly sets")),
        ("my hypertrophy plan: when do i change an exercise? bored of leg press", ("3 sessions",)),
        ("advanced, squat stalled in the strength block, try pin squats?", ("second stall",)),
        ("deadlift 1x or 2x a week in a strength block? and how long do i rest", ("2–3 min",)),
        ("how often to deload and what does the week look like", ("no amraps",)),
    ],
)
def test_side_clauses_and_follow_on_steps(question: str, needed: tuple[str, ...]) -> None:
    _says(question, *needed)


def test_secondary_lifts_are_named() -> None:
    _says("what secondary lifts help squat and deadlift, and how heavy?", "front squat", "rdl")


@pytest.mark.parametrize(
    "question",
    [
        "i bench 4x10 for size, are triceps pushdowns and flyes needed? how many sets",
        "squat 3x8 for hypertrophy, should i add leg extensions, and how many sets of them",
    ],
)
def test_size_accessories(question: str) -> None:
    got = answer(question)
    assert {"size_accessories", "compound_isolation"} & set(got.cards), got.cards
    assert "10–15" in got.answer and "half" in got.answer
    assert "machines make it easy" not in got.answer.lower()


def test_squat_choice_for_quads() -> None:
    got = answer("for quad size is front squat better than back squat? leg press worth it?")
    assert got.cards == ("front_back_squat",), got.cards
    assert "6–10" in got.answer and "cop-out" in got.answer


def test_women_rate_of_gain() -> None:
    text = _says("do females build muscle slower than guys?", "relative", "absolute", "smaller")
    assert "1–5 reps" not in text


def test_condition_with_a_size_goal_gets_the_size_numbers() -> None:
    _says(
        "type 2 diabetic here, trying to gain muscle, anything i do differently?",
        "doctor",
        "6–15",
        "10–20",
        "1.6–2.2",
    )


@pytest.mark.parametrize(
    "question",
    [
        "plan me a test cycle for bulking season",
        "what test dosage for a first run",
    ],
)
def test_drug_protocols_are_declined(question: str) -> None:
    got = answer(question)
    assert got.cards in (("creatine_steroids",), ("steroids",)), got.cards
    assert "won't" in got.answer and "surplus" in got.answer
    assert "physio" not in got.answer


def test_weather_is_declined_briefly() -> None:
    got = answer("is it going to rain in leeds tomorrow? want to train in the park")
    assert got.cards == ("off_topic",), got.cards
    assert "lifting coach" in got.answer and len(got.answer.split()) < 60


def test_teen_answer_is_not_repeated() -> None:
    text = _says("i'm 14, am i allowed to lift weights or is it bad for growing", "2–3 full-body")
    assert text.lower().count("max attempts") <= 2
    assert "in general terms, yes" not in text.lower()


def test_older_starter_is_told_it_is_safe() -> None:
    _says("im 71, never trained, is it safe to start lifting, what reps?", "safe", "doctor")


@pytest.mark.parametrize(
    "question",
    [
        "my bench has been stuck at 90kg since march, 2 years training, what do i change",
        "squat hasn't gone up since the autumn, what should i fix",
    ],
)
def test_long_plateau_is_not_a_layoff(question: str) -> None:
    got = answer(question)
    assert got.cards[0] == "plateau", got.cards
    assert "re-entry" not in got.answer


@pytest.mark.parametrize("question", ["what about bench", "and squats?", "hmm, deadlifts?"])
def test_a_lift_named_with_no_ask_offers_two_readings(question: str) -> None:
    reply = answer(question)
    assert len(reply.choices) == 2 and "not sure" in reply.answer
