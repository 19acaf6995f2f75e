"""Coach behaviour a lifter notices: own numbers, routing, length, safety, speed."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from bot.coach import CoachAnswer, LifterContext, LiftSnapshot, answer, is_question

BENCH = LiftSnapshot("bench_press", "Bench press", 116.0, recent_reps=(8, 10, 9))
SQUAT = LiftSnapshot("squat", "Squat", 150.0, recent_reps=(3, 3, 2))
CTX = LifterContext(block="Hypertrophy block, week 2 of 6", lifts=(BENCH, SQUAT))
QUESTIONS = [
    row["question"]
    for row in json.loads(
        (Path(__file__).parent / "data" / "coach_questions.json").read_text(encoding="utf-8")
    )
]


def words(text: str) -> int:
    return len(text.split())


# --- personal answers -------------------------------------------------------------------------


def test_rep_answer_quotes_the_lifters_own_loads() -> None:
    text = answer("how many reps should I do on bench?", CTX).answer
    assert "Your bench press e1RM is 116 kg" in text
    assert "strength work 92.5–115 kg for 1–5 reps" in text
    assert "size work 70–92.5 kg for 6–15" in text


@pytest.mark.parametrize(
    ("question", "shown", "hidden"),
    [
        ("how many reps for strength on bench", "strength work", "size work"),
        ("how many reps for size on bench", "size work", "strength work"),
    ],
)
def test_loads_follow_the_goal_of_the_question(question: str, shown: str, hidden: str) -> None:
    text = answer(question, CTX).answer
    assert shown in text
    assert hidden not in text


def test_loads_are_shown_in_pounds_for_lb_users() -> None:
    ctx = LifterContext(unit="lb", lifts=(LiftSnapshot("bench_press", "Bench press", 100.0),))
    text = answer("how many reps for strength?", ctx).answer
    # 100 kg = 220.5 lb; 80% = 176.4 -> 175, 100% -> 220, in 5 lb steps.
    assert "e1RM is 220 lb: strength work 175–220 lb" in text


def test_named_lift_is_used_over_the_first_one() -> None:
    text = answer("how many reps should I squat for strength?", CTX).answer
    assert "Your squat e1RM is 150 kg" in text
    assert "bench" not in text.lower()


@pytest.mark.parametrize(
    ("lift", "zone"),
    [
        (BENCH, "8–10 reps: that's the overlap zone"),
        (SQUAT, "2–3 reps: that's the strength zone"),
        (LiftSnapshot("bicep_curl", "Bicep curl", 40.0, (12, 15)), "12–15 reps: that's the size"),
    ],
)
def test_recent_reps_are_placed_in_a_zone(lift: LiftSnapshot, zone: str) -> None:
    text = answer("strength or size?", LifterContext(lifts=(lift,))).answer
    assert zone in text


def test_current_block_is_mentioned() -> None:
    text = answer("should I do strength or hypertrophy first?", CTX).answer
    assert "Hypertrophy block, week 2 of 6" in text


def test_e1rm_answer_lists_the_lifters_number() -> None:
    assert "Your squat e1RM is 150 kg." in answer("how do you estimate my squat 1rm?", CTX).answer


def test_without_history_answers_stay_general() -> None:
    assert "Your " not in answer("how many reps for strength?", LifterContext()).answer


# --- goal buttons -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "buttons"),
    [
        ("Should I train for strength or size?", True),
        ("I'm new, strength or hypertrophy?", True),
        ("how long should I rest between sets?", False),
        ("what's the weather", False),
    ],
)
def test_goal_buttons_follow_strength_or_size_answers(question: str, buttons: bool) -> None:
    assert answer(question).offer_goal_buttons is buttons


def test_goal_button_answer_says_the_current_goal() -> None:
    text = answer("strength or size?", LifterContext(goal="strength")).answer
    assert "Your goal is set to strength" in text


# --- routing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how many reps for size",
        "Should I train for strength or size?",
        "strength or size",
        "help me get bigger",
        "what's the weather",
        "is 3x5 enough for squats?",
        "i want to get stronger",
        "any tips for a bigger bench",
        "explain RPE",
    ],
)
def test_questions_go_to_the_coach(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize(
    "text", ["hi", "thanks", "leg day tomorrow", "ok", "great session today", "💪", "", "lol"]
)
def test_chit_chat_does_not_go_to_the_coach(text: str) -> None:
    assert not is_question(text)


# --- shape, length, tone ----------------------------------------------------------------------


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_are_short_plain_text(question: str) -> None:
    reply = answer(question)
    limit = 260 if re.search(r"detail|why|explain", question, re.I) else 130
    assert 0 < words(reply.answer) <= limit
    assert not re.search(r"[*_`<>#]|\[.*\]\(", reply.answer)


def test_detail_request_gives_a_longer_answer() -> None:
    short = answer("how many reps for strength?").answer
    long = answer("explain in detail how many reps for strength").answer
    assert words(long) > words(short)
    assert "Why:" in long


def test_personal_answer_stays_phone_sized() -> None:
    assert words(answer("strength or size?", CTX).answer) <= 170


def test_to_json_has_spec_keys() -> None:
    reply = answer("how many reps for size?")
    assert reply.to_json() == {"goal": "hypertrophy", "topic": "rep_range", "answer": reply.answer}


# --- safety and scope -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "my shoulder hurts when I bench, how many reps should I do?",
        "I hurt my back deadlifting",
        "knee pain on squats",
        "strained my hamstring, can I still train legs for size",
    ],
)
def test_pain_means_stop_and_see_a_professional(question: str) -> None:
    reply = answer(question)
    assert (reply.topic, reply.goal) == ("safety", "none")
    assert "Stop the lift that hurts" in reply.answer
    assert "professional" in reply.answer


@pytest.mark.parametrize(
    ("question", "marker"),
    [
        ("I'm 16, how many reps should I do for size?", "under 18"),
        ("I'm pregnant, how long should I rest between sets?", "pregnancy"),
        ("I have diabetes, how many sets per week for growth?", "medical condition"),
    ],
)
def test_special_situations_get_general_advice_only(question: str, marker: str) -> None:
    text = answer(question).answer
    assert marker in text
    assert "general advice" in text


@pytest.mark.parametrize("question", ["what's the weather tomorrow", "tell me a joke about cats"])
def test_off_topic_is_declined_with_two_examples(question: str) -> None:
    reply = answer(question)
    assert (reply.topic, reply.goal) == ("off_topic", "none")
    assert reply.answer.count('"') == 4


@pytest.mark.parametrize("text", ["", "???", "💪🔥", "a" * 5000, "how " * 400, "3x5?"])
def test_odd_input_still_gets_a_polite_reply(text: str) -> None:
    reply = answer(text)
    assert reply.goal == "none" or reply.topic != "off_topic"
    assert reply.answer


# --- determinism and speed --------------------------------------------------------------------


def test_same_question_same_answer() -> None:
    first = [answer(q, CTX) for q in QUESTIONS]
    assert first == [answer(q, CTX) for q in QUESTIONS]
    assert all(isinstance(reply, CoachAnswer) for reply in first)


def test_each_answer_is_fast() -> None:
    answer("warm up")  # import-time work out of the way
    slowest = 0.0
    for question in QUESTIONS:
        start = time.perf_counter()
        answer(question + " xyzzy", CTX)  # unseen text: no typo cache hits
        slowest = max(slowest, time.perf_counter() - start)
    assert slowest < 0.05
