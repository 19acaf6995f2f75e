"""Acceptance: buttons belong to their owner, /admin is for operators, Telegram's limits hold.

Every test here (and in every e2e file) also passes the `driver` fixture's check that each
message the bot sent is ≤ 4096 characters and each button's callback data ≤ 64 bytes."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.runtime.app import services_of
from tests.conftest import texts, toast, with_buttons
from tests.fakeapi.driver import ChatDriver

ANN, BOB, ADMIN = 401, 402, 42


@pytest.fixture
def driver_settings() -> dict[str, Any]:
    return {"spotter_admin_ids": str(ADMIN)}


async def test_another_users_button_changes_nothing_and_says_so(driver: ChatDriver) -> None:
    logged = with_buttons(await driver.send(ANN, "bench 100x5"))
    deleting = with_buttons(await driver.send(ANN, "/deletedata"))
    goals = with_buttons(await driver.send(ANN, "/goal"))
    for message, label in ((logged, "↩️ Undo"), (deleting, "🗑 Yes, delete everything"),
                           (goals, "💪 Strength")):  # fmt: skip
        replies = await driver.press(BOB, message, label)
        assert "belongs to someone else" in (toast(replies) or "")
        assert [r.method for r in replies] == ["answerCallbackQuery"]  # no edit, no message
    assert "Bench press 1×5 @ 100 kg" in texts(await driver.send(ANN, "/history"))
    assert "Your goal is both" in texts(await driver.send(ANN, "/goal"))
    assert "No sets logged" in texts(await driver.send(BOB, "/history"))


async def test_malformed_callback_data_is_answered_not_crashed(driver: ChatDriver) -> None:
    logged = with_buttons(await driver.send(ANN, "bench 100x5"))
    message = driver.core.message(ANN, logged.message_id or 0)
    for data in ("garbage", "0:zz:undo:1", "1:!!:undo:1", "1:b9:nope"):
        replies = await driver.feed(driver.core.callback_update(ANN, message, data))
        assert toast(replies), data
        assert "went wrong" not in texts(replies)
    assert "Bench press 1×5 @ 100 kg" in texts(await driver.send(ANN, "/history"))


async def test_admin_stats_only_for_operators(driver: ChatDriver) -> None:
    await driver.send(ANN, "bench 100x5")
    refused = texts(await driver.send(ANN, "/admin stats"))
    assert "only for the bot's operators" in refused
    assert "Users" not in refused
    overview = texts(await driver.send(ADMIN, "/admin stats"))
    assert "Users: 1" in overview  # Ann (the operator never logged anything)
    assert "Sets logged in the last 24 h: 1" in overview


async def test_long_answers_are_split_to_fit_telegram(driver: ChatDriver) -> None:
    exercises = ["squat", "bench", "deadlift", "ohp", "row", "pull ups", "dips", "curls"]
    for i in range(30):
        log = "\n".join(f"{name} {40 + i}kg x{5 + (j % 5)}" for j, name in enumerate(exercises))
        replies = await driver.send(ANN, log)
        assert "Logged" in texts(replies)
    history = [r for r in await driver.send(ANN, "/history") if r.method == "sendMessage"]
    assert len(history) >= 2  # 240 lines of one day do not fit one message: split, not lost
    lines = [ln for r in history for ln in (r.text or "").splitlines() if ln.startswith("  ")]
    assert len(lines) == 240
    huge = "lol " * 1500  # 6000 characters of chit-chat
    assert texts(await driver.send(ANN, huge))


async def test_an_operator_broadcast_asks_first_then_reaches_every_active_user(
    driver: ChatDriver,
) -> None:
    for user in (ANN, BOB):
        await driver.send(user, "/help")
    driver.core.block(BOB)
    assert "only for the bot's operators" in texts(await driver.send(ANN, "/admin broadcast hi"))
    preview = with_buttons(await driver.send(ADMIN, "/admin broadcast Gym closed Monday 🏋️"))
    assert "Gym closed Monday" in (preview.text or "")
    assert driver.core.sent(chat_id=ANN, method="sendMessage")[-1].params["text"] != (
        "Gym closed Monday 🏋️"
    )  # nothing goes out before the operator confirms
    assert "belongs to someone else" in toast(
        await driver.press(ANN, preview, "📣 Send to everyone")
    )
    assert toast(await driver.press(ADMIN, preview, "📣 Send to everyone")) == "Sending"
    assert driver.app is not None
    await asyncio.sleep(0.05)
    await services_of(driver.app).outbox.join()
    got = [e.params.get("text") for e in driver.core.sent(chat_id=ANN, method="sendMessage")]
    assert got[-1] == "Gym closed Monday 🏋️"
    overview = texts(await driver.send(ADMIN, "/admin stats"))
    assert "Users: 3" in overview  # Ann, the operator, and Bob (blocked, now inactive)


async def test_a_cancelled_broadcast_sends_nothing(driver: ChatDriver) -> None:
    await driver.send(ANN, "/help")
    preview = with_buttons(await driver.send(ADMIN, "/admin broadcast never mind"))
    assert "cancelled" in texts(await driver.press(ADMIN, preview, "Cancel")).lower()
    assert driver.app is not None
    await services_of(driver.app).outbox.join()
    texts_to_ann = [e.params.get("text") for e in driver.core.sent(chat_id=ANN)]
    assert "never mind" not in texts_to_ann
