"""Acceptance: the coach in chat answers with the lifter's own numbers and stays on topic."""

from __future__ import annotations

import re

from tests.conftest import texts, toast, with_buttons
from tests.fakeapi.driver import ChatDriver

ANN = 301


async def test_strength_or_size_uses_their_bench_and_offers_goal_buttons(
    driver: ChatDriver,
) -> None:
    await driver.send(ANN, "/goal size")
    await driver.send(ANN, "bench 3x5 100")  # e1RM 116.7 kg
    replies = await driver.send(ANN, "strength or size?")
    answer = with_buttons(replies)
    text = answer.text or ""
    assert re.search(r"[Bb]ench.*\b11[67]", text), text  # their own e1RM, not a generic one
    assert "1–5 reps" in text and "6–15 reps" in text  # the concrete ranges
    assert {"💪 Strength", "📈 Size", "⚖️ Both"} <= set(answer.labels)

    pressed = await driver.press(ANN, answer, "💪 Strength")
    assert toast(pressed) == "Goal saved"
    assert "Goal set to strength" in texts(pressed)
    assert "Your goal is strength" in texts(await driver.send(ANN, "/goal"))
    await driver.restart()
    assert "Your goal is strength" in texts(await driver.send(ANN, "/goal"))


async def test_bulky_myth_is_answered_with_numbers(driver: ChatDriver) -> None:
    reply = texts(await driver.send(ANN, "will lifting heavy make me bulky?"))
    assert reply.startswith("Not")  # not by itself
    assert re.search(r"\d+–\d+", reply), reply  # concrete ranges (reps, weekly sets)
    assert "sets" in reply


async def test_off_topic_is_declined_politely(driver: ChatDriver) -> None:
    replies = await driver.send(ANN, "what's the weather")
    reply = texts(replies)
    assert "lifting coach" in reply or "training" in reply
    assert "went wrong" not in reply
    assert not any(r.buttons for r in replies)
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))


async def test_two_part_question_gets_both_answers_in_order(driver: ChatDriver) -> None:
    reply = texts(
        await driver.send(
            ANN, "how long should I rest for strength? and how many sets a week for size?"
        )
    )
    assert "3–5 min" in reply and "10–20" in reply
    assert reply.index("3–5 min") < reply.index("10–20")


async def test_follow_up_is_read_against_the_previous_question(driver: ChatDriver) -> None:
    first = texts(await driver.send(ANN, "how long should I rest between heavy sets for strength?"))
    assert "3–5 min" in first
    follow = texts(await driver.send(ANN, "and for size?"))
    assert "1.5–3 min" in follow


async def test_pain_adds_a_caveat_and_still_answers(driver: ChatDriver) -> None:
    reply = texts(await driver.send(ANN, "my knee hurts when I squat, how many reps for size?"))
    assert "stop the lift that hurts" in reply
    assert "6–15" in reply


async def test_unclear_question_offers_two_readings_as_buttons(driver: ChatDriver) -> None:
    replies = await driver.send(ANN, "what about bench")
    offer = with_buttons(replies)
    assert "not sure" in (offer.text or "")
    assert len(offer.labels) == 2
    picked = await driver.press(ANN, offer, offer.labels[0])
    answer = texts(picked)
    assert "not sure" not in answer and len(answer.split()) > 15
    other = await driver.press(ANN + 1, offer, offer.labels[1])  # not the owner's button
    assert "belongs to someone else" in (toast(other) or "")
