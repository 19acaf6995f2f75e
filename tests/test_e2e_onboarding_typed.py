"""Acceptance: /start's questions answered by typing instead of tapping, across a restart."""

from __future__ import annotations

from tests.conftest import texts, with_buttons
from tests.fakeapi.driver import ChatDriver

ANN = 101


async def test_typed_answers_count_like_taps_even_after_a_restart(driver: ChatDriver) -> None:
    await driver.send(ANN, "/start")
    for answer in ["size please", "about 1 year", "lbs", "mon wed fri"]:
        replies = await driver.send(ANN, answer)
        assert texts(replies).startswith("Got it.")
    await driver.restart()  # the open question is stored, not held in memory
    assert "time zone" in texts(await driver.send(ANN, "6pm")).lower()
    assert "All set" in texts(await driver.send(ANN, "berlin"))
    assert "size" in texts(await driver.send(ANN, "/goal")).lower()
    assert "lb" in texts(await driver.send(ANN, "/units"))
    remind = texts(await driver.send(ANN, "/remind"))
    assert "18:00" in remind and "Europe/Berlin" in remind and "Mon, Wed, Fri" in remind
    assert "Hypertrophy block" in texts(await driver.send(ANN, "/block"))  # 1 year: intermediate


async def test_an_unreadable_answer_gets_one_hint_then_normal_handling(driver: ChatDriver) -> None:
    await driver.send(ANN, "/start")
    await driver.send(ANN, "both")
    hint = with_buttons(await driver.send(ANN, "whenever really"))
    assert "didn't catch" in (hint.text or "") and "2 years" in (hint.text or "")
    assert "Skip" in hint.labels  # the buttons are offered again
    second = texts(await driver.send(ANN, "whenever really"))
    assert "didn't catch" not in second  # no loop: the text is handled as any other message


async def test_sets_and_questions_during_onboarding_are_not_answers(driver: ChatDriver) -> None:
    await driver.send(ANN, "/start")
    assert "Logged" in texts(await driver.send(ANN, "bench 100x5"))
    coach = texts(await driver.send(ANN, "strength or size?"))
    assert "Got it" not in coach and "didn't catch" not in coach
    assert texts(await driver.send(ANN, "strength")).startswith("Got it.")
    assert "strength" in texts(await driver.send(ANN, "/goal")).lower()


async def test_skip_typed_moves_on_and_stores_nothing(driver: ChatDriver) -> None:
    await driver.send(ANN, "/start")
    assert "How long" in texts(await driver.send(ANN, "skip"))
    assert "both" in texts(await driver.send(ANN, "/goal")).lower()  # the default
