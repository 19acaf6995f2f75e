"""Acceptance: a short follow-up in chat is read against the question just before it (its goal,
lift, numbers and safety line carry over); a new question is not, nor one after the memory fades."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import FakeClock, texts
from tests.fakeapi.driver import ChatDriver

BEA = 411


@pytest.mark.parametrize(
    ("first", "follow", "said", "not_said"),
    [
        # goal switch after a safety answer: the pain line stays
        (
            "my lower back hurts when I deadlift, how many sets for strength?",
            "and for size?",
            ["stop the lift that hurts", "10–20 hard sets"],
            ["3–6 hard sets"],
        ),
        # goal switch after a medical answer: the condition's caveat stays
        (
            "i have type 1 diabetes and want to build muscle, how should i train?",
            "and for strength?",
            ["With diabetes", "general advice only"],
            [],
        ),
        # another lift after the pain card: the same caution, for that lift
        (
            "my knee hurts when i squat, what should i do?",
            "what about deadlifts?",
            ["For the deadlift, the same rule", "doctor or physio"],
            ["rehab itself"],
        ),
        # another lift after a pain caveat: the caveat stays, the recipe is answered
        (
            "my shoulder hurts when I bench, how many reps for size?",
            "what about overhead press?",
            ["stop the lift that hurts", "6–15 reps"],
            [],
        ),
        # number switch: the same 1RM and RPE, new reps
        (
            "my squat 1RM is 140, what weight for 5 reps at RPE 8?",
            "and for 3 reps?",
            ["3 reps @ RPE 8 = 86.3%", "≈ 120"],
            ["It depends on what you want"],
        ),
        # RPE switch: the same set, another RPE
        (
            "I did 100x5 @8 on bench, what's my e1rm?",
            "what if it was @9?",
            ["× 5 @ RPE 9", "119.5"],
            [],
        ),
        # a new set replaces the old one
        ("I did 100x5 @8 on bench, what's my e1rm?", "and 110x3?", ["110 kg × 3"], ["100 kg × 5"]),
        # "why?": the reasons are in the card just answered, not an off-topic refusal
        (
            "how long should I rest between sets for strength?",
            "why?",
            ["3–5 min", "Full recovery"],
            ["outside what I can help"],
        ),
        # "how many sets then?" keeps the goal just asked about
        (
            "how many reps for hypertrophy?",
            "how many sets then?",
            ["10–20 hard sets"],
            ["3–6 hard sets per main lift"],
        ),
        # muscle switch: the same card
        ("how many sets per week for chest for size?", "and for back?", ["10–20 hard sets"], []),
        # a new question is its own, not the last card again
        (
            "how long should I rest for strength?",
            "how much protein do I need per day?",
            ["1.6–2.2 g"],
            ["3–5 min"],
        ),
        (
            "how long should I rest for strength?",
            "what about creatine?",
            ["Creatine"],
            ["3–5 min"],
        ),
    ],
)
async def test_a_follow_up_is_read_against_the_question_before(
    driver: ChatDriver, first: str, follow: str, said: list[str], not_said: list[str]
) -> None:
    await driver.send(BEA, first)
    reply = texts(await driver.send(BEA, follow))
    assert all(s in reply for s in said), reply
    assert not any(s in reply for s in not_said), reply


async def test_a_follow_up_after_the_memory_fades_is_not_read_against_it(
    driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(BEA, "my squat 1RM is 140, what weight for 5 reps at RPE 8?")
    clock.advance(timedelta(minutes=6))
    assert "86.3%" not in texts(await driver.send(BEA, "and for 3 reps?"))


async def test_a_chain_of_follow_ups_keeps_the_first_question(driver: ChatDriver) -> None:
    await driver.send(BEA, "my lower back hurts when I deadlift, how many sets for strength?")
    await driver.send(BEA, "and for size?")
    reply = texts(await driver.send(BEA, "why?"))
    assert "stop the lift that hurts" in reply and "10–20" in reply, reply
