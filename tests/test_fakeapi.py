"""Self-tests of the fake Bot API: the real PTB Bot/Application must see Telegram's behaviour."""

from __future__ import annotations

import asyncio
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from tests.fakeapi import FakeRequest, FakeTelegram, FloodLimits, OfflineGuardRequest
from tests.fakeapi.core import DEFAULT_TOKEN
from tests.fakeapi.driver import ChatDriver
from tests.fakeapi.server import SECRET_HEADER, FakeBotApiServer

USER = 42
# PTB warns about RetryAfter.retry_after's future type whenever one is raised.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_767_225_600.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def core() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def bot(core: FakeTelegram) -> AsyncIterator[Bot]:
    async with fake_bot(core) as live:
        yield live


def fake_bot(core: FakeTelegram, token: str = DEFAULT_TOKEN) -> Bot:
    """A real PTB Bot whose both transports are the fake (getUpdates has its own)."""
    return Bot(token, request=FakeRequest(core), get_updates_request=FakeRequest(core))


# ------------------------------------------------------------------ a tiny echo bot


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Undo", callback_data="undo:1")]])
    await update.effective_message.reply_text(
        f"echo: {update.effective_message.text}", reply_markup=keyboard
    )


async def _edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.edited_message is not None
    await update.edited_message.reply_text(f"edited: {update.edited_message.text}")


async def _undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Undone")
    await query.edit_message_text("undone")


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text("welcome")


async def _count_starts(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.bot_data["post_init"] = app.bot_data.get("post_init", 0) + 1


async def _document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    data = await (await message.document.get_file()).download_as_bytearray()
    await message.reply_document(
        bytes(data).upper(), filename="upper.csv", caption=f"{len(data)} bytes"
    )


def echo_builder(
    settings: Any, **requests: BaseRequest
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The driver's builder contract, with handlers a lifter's bot would also have."""
    app = (
        ApplicationBuilder()
        .token(settings.token)
        .request(requests["request"])
        .get_updates_request(requests["get_updates_request"])
        .post_init(_count_starts)
        .build()
    )
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, _edited))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    app.add_handler(MessageHandler(filters.Document.ALL, _document))
    app.add_handler(CallbackQueryHandler(_undo, pattern="^undo:"))
    return app


# ------------------------------------------------------------------ Bot API behaviour


async def test_get_me_identifies_the_bot(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.username, me.is_bot) == ("coach_test_bot", True)


async def test_wrong_token_is_unauthorized(core: FakeTelegram) -> None:
    with pytest.raises(InvalidToken):
        async with fake_bot(core, "999:WRONG"):
            pass
    assert core.outbox[-1].status == 401


async def test_unknown_method_is_not_found_and_methods_ignore_case(
    bot: Bot, core: FakeTelegram
) -> None:
    with pytest.raises(EndPointNotFound):  # PTB's reading of a 404 for a known-good token
        await bot.do_api_request("fooBar")
    status, body = await core.handle(DEFAULT_TOKEN, "GETME", {})
    assert (status, body["result"]["id"]) == (200, core.bot_user["id"])


async def test_send_then_edit_keeps_history_and_rejects_identical_edit(
    bot: Bot, core: FakeTelegram
) -> None:
    sent = await bot.send_message(USER, "100")
    assert sent.text == "100"  # a numeric text stays a string on the wire
    edited = await bot.edit_message_text("bench 100x5", chat_id=USER, message_id=sent.message_id)
    assert (
        isinstance(edited, object) and core.message(USER, sent.message_id)["text"] == "bench 100x5"
    )
    assert [m["text"] for m in core.edit_history(USER, sent.message_id)] == ["100"]
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("bench 100x5", chat_id=USER, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=USER, message_id=999)


async def test_keyboard_edits_and_deletes(bot: Bot, core: FakeTelegram) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Undo", callback_data="undo:1")]])
    sent = await bot.send_message(USER, "logged", reply_markup=keyboard)
    await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=None)
    assert "reply_markup" not in core.message(USER, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=None)
    assert await bot.delete_message(USER, sent.message_id) is True
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(USER, sent.message_id)


async def test_user_and_bot_messages_share_one_id_sequence(bot: Bot, core: FakeTelegram) -> None:
    first = core.text_update(USER, "hi")["message"]["message_id"]
    reply = await bot.send_message(USER, "hello")
    second = core.text_update(USER, "again")["message"]["message_id"]
    assert (first, reply.message_id, second) == (1, 2, 3)


@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"text": "x" * 4097}, BadRequest, "message is too long"),
        ({"text": "é" * 4096}, None, None),
        ({"text": "   "}, BadRequest, "message text is empty"),
        ({"text": "<b>bold</b>" + "x" * 4090, "parse_mode": "HTML"}, None, None),
        ({"text": "<b>unclosed", "parse_mode": "HTML"}, BadRequest, "can't parse entities"),
        ({"text": "5 < 6", "parse_mode": "HTML"}, BadRequest, "can't parse entities"),
        ({"text": "5 &lt; 6", "parse_mode": "HTML"}, None, None),
        ({"text": "<blink>x</blink>", "parse_mode": "HTML"}, BadRequest, "Unsupported"),
        (
            {
                "text": "pick",
                "reply_markup": InlineKeyboardMarkup(
                    [[InlineKeyboardButton("Undo", callback_data="u" * 65)]]
                ),
            },
            BadRequest,
            "BUTTON_DATA_INVALID",
        ),
    ],
)
async def test_send_message_validation(
    bot: Bot, kwargs: dict[str, Any], error: type[TelegramError] | None, text: str | None
) -> None:
    if error is None:
        await bot.send_message(USER, **kwargs)
        return
    with pytest.raises(error, match=f"(?i){text}"):
        await bot.send_message(USER, **kwargs)


async def test_html_is_stored_as_the_visible_text(bot: Bot, core: FakeTelegram) -> None:
    sent = await bot.send_message(USER, "<b>PR</b> 5 &lt; 6", parse_mode="HTML")
    assert sent.text == "PR 5 < 6"


@pytest.mark.parametrize(
    ("scenario", "error", "text"),
    [
        ({"code": 429, "retry_after": 7}, RetryAfter, "Retry in 7 seconds"),
        ({"code": 403}, Forbidden, "bot was blocked by the user"),
        ({"code": 400, "description": "Bad Request: chat not found"}, BadRequest, "chat not found"),
        ({"code": 502}, TelegramError, "Bad Gateway"),
    ],
)
async def test_fail_next_surfaces_as_ptb_exceptions_once(
    bot: Bot, core: FakeTelegram, scenario: dict[str, Any], error: type[Exception], text: str
) -> None:
    core.fail_next("sendMessage", chat_id=USER, **scenario)
    await bot.send_message(USER + 1, "other chat is unaffected")
    with pytest.raises(error, match=f"(?i){text}"):
        await bot.send_message(USER, "hi")
    await bot.send_message(USER, "hi")
    assert [e.status for e in core.outbox if e.method == "sendMessage"] == [
        200,
        scenario["code"],
        200,
    ]


async def test_blocked_chat_answers_403_until_unblocked(bot: Bot, core: FakeTelegram) -> None:
    core.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "reminder")
    core.block(USER, blocked=False)
    assert (await bot.send_message(USER, "reminder")).text == "reminder"


async def test_flood_control_limits_a_chat_to_a_burst_then_one_per_second(
    bot: Bot,
) -> None:
    clock = FakeClock()
    core = FakeTelegram(clock=clock)
    core.flood(FloodLimits(global_rate=30, global_burst=30, chat_rate=1, chat_burst=3))
    async with fake_bot(core) as flooded:
        for _ in range(3):
            await flooded.send_message(USER, "ok")
        with pytest.raises(RetryAfter, match="Retry in 1 seconds"):
            await flooded.send_message(USER, "too fast")
        await flooded.send_message(USER + 1, "another chat has its own bucket")
        clock.now += 1.0
        await flooded.send_message(USER, "ok again")
    assert core.stats()["throttled"] == 1
    assert core.stats()["requests"]["sendMessage"] == 6


async def test_latency_delays_every_call(core: FakeTelegram, bot: Bot) -> None:
    core.latency(0.02)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await bot.get_me()
    assert loop.time() - started >= 0.02


async def test_get_updates_confirms_by_offset_and_honours_limit(
    bot: Bot, core: FakeTelegram
) -> None:
    for text in ("a", "b", "c"):
        core.push_update(core.text_update(USER, text))
    first_two = await bot.get_updates(limit=2)
    assert [u.message.text for u in first_two if u.message] == ["a", "b"]
    rest = await bot.get_updates(offset=first_two[-1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["c"]
    assert await bot.get_updates(offset=rest[-1].update_id + 1) == ()
    for text in ("d", "e"):
        core.push_update(core.text_update(USER, text))
    assert [u.message.text for u in await bot.get_updates(offset=-1) if u.message] == ["e"]


async def test_long_poll_returns_when_an_update_arrives_or_times_out(
    bot: Bot, core: FakeTelegram
) -> None:
    assert await bot.get_updates(timeout=0.05) == ()  # type: ignore[arg-type]
    waiting = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0)
    core.push_update(core.text_update(USER, "bench 100x5"))
    updates = await asyncio.wait_for(waiting, 2)
    assert updates[0].message is not None and updates[0].message.text == "bench 100x5"


async def test_second_poller_terminates_the_first_with_conflict(
    bot: Bot, core: FakeTelegram
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.01)
    assert await bot.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, 2)


async def test_get_updates_conflicts_while_a_webhook_is_set(bot: Bot) -> None:
    await bot.set_webhook("https://example.test/hook", secret_token="s3cret")
    assert (await bot.get_webhook_info()).url == "https://example.test/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook()
    assert await bot.get_updates() == ()


async def test_uploaded_document_can_be_fetched_back(bot: Bot, core: FakeTelegram) -> None:
    message = await bot.send_document(
        USER, b"date,exercise\n", filename="export.csv", caption="your data"
    )
    assert message.document is not None and message.document.file_name == "export.csv"
    file = await bot.get_file(message.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"date,exercise\n"
    assert core.sent(USER, "sendDocument")[0].files["document"].content == b"date,exercise\n"


async def test_photo_reports_png_dimensions(bot: Bot) -> None:
    png = (
        b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR"
        + (640).to_bytes(4, "big")
        + (480).to_bytes(4, "big")
    )
    message = await bot.send_photo(USER, png, caption="e1RM trend")
    assert (message.photo[-1].width, message.photo[-1].height) == (640, 480)
    assert message.caption == "e1RM trend"


async def test_user_document_can_be_downloaded(bot: Bot, core: FakeTelegram) -> None:
    update = Update.de_json(core.document_update(USER, "strong.csv", b"x,y\n"), bot)
    assert update.message is not None and update.message.document is not None
    file = await update.message.document.get_file()
    assert bytes(await file.download_as_bytearray()) == b"x,y\n"


async def test_callback_query_can_be_answered_once(bot: Bot, core: FakeTelegram) -> None:
    sent = await bot.send_message(USER, "logged")
    update = core.callback_update(USER, core.message(USER, sent.message_id), "undo:1")
    query_id = update["callback_query"]["id"]
    assert await bot.answer_callback_query(query_id, text="Undone") is True
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("nope")


async def test_commands_round_trip_and_are_validated(bot: Bot) -> None:
    await bot.set_my_commands([("log", "Log a set"), ("prs", "Your records")])
    assert [c.command for c in await bot.get_my_commands()] == ["log", "prs"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Bad-Name", "x")])


async def test_offline_guard_fails_the_test_on_network_use() -> None:
    guard = OfflineGuardRequest()
    with pytest.raises(pytest.fail.Exception, match="Network access disallowed"):
        async with Bot(DEFAULT_TOKEN, request=guard):
            pass
    assert guard.attempts == ["getMe"]


# ------------------------------------------------------------------ ChatDriver


@pytest.fixture
async def driver(tmp_path: Path) -> AsyncIterator[ChatDriver]:
    live = await ChatDriver.start(tmp_path, builder=echo_builder)
    yield live
    await live.stop()


async def test_driver_send_returns_the_bots_replies(driver: ChatDriver) -> None:
    replies = await driver.send(USER, "bench 100x5")
    assert [(r.method, r.text, r.labels) for r in replies] == [
        ("sendMessage", "echo: bench 100x5", ["Undo"])
    ]
    assert await driver.send(USER + 1, "/start") != []
    assert [r.text for r in await driver.send(USER, "/start@coach_test_bot")] == ["welcome"]


async def test_driver_press_answers_and_edits(driver: ChatDriver) -> None:
    (reply,) = await driver.send(USER, "squat 140x3")
    assert reply.button("undo:1") == reply.button("Undo")  # by callback data or label
    replies = await driver.press(USER, reply, "undo")
    assert [(r.method, r.text) for r in replies] == [
        ("answerCallbackQuery", "Undone"),
        ("editMessageText", "undone"),
    ]
    assert replies[1].message_id == reply.message_id and replies[1].buttons == []
    with pytest.raises(LookupError):
        reply.button("Redo")


async def test_driver_edit_reaches_edited_message_handlers(driver: ChatDriver) -> None:
    update = driver.core.text_update(USER, "bench 100x5")
    await driver.feed(update)
    replies = await driver.edit(USER, update["message"]["message_id"], "bench 107.5x5")
    assert [r.text for r in replies] == ["edited: bench 107.5x5"]


async def test_driver_upload_round_trips_a_file(driver: ChatDriver) -> None:
    (reply,) = await driver.upload(USER, "strong.csv", b"a,b\n")
    assert (reply.document, reply.filename, reply.text) == (b"A,B\n", "upper.csv", "4 bytes")


async def test_driver_restart_builds_a_new_app_and_runs_post_init(driver: ChatDriver) -> None:
    first = driver.app
    await driver.restart()
    assert driver.app is not first and driver.app is not None
    assert driver.app.bot_data["post_init"] == 1
    assert [r.text for r in await driver.send(USER, "still here")] == ["echo: still here"]


# ------------------------------------------------------------------ over HTTP


@pytest.fixture
async def server(core: FakeTelegram) -> AsyncIterator[FakeBotApiServer]:
    async with FakeBotApiServer(core) as live:
        yield live


def http_app(server: FakeBotApiServer) -> Application[Any, Any, Any, Any, Any, Any]:
    """The echo bot on PTB's own HTTPX transport, pointed at the fake like TELEGRAM_BASE_URL."""
    app = (
        ApplicationBuilder()
        .token(DEFAULT_TOKEN)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, _echo))
    return app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_http_polling_app_receives_an_injected_update(
    server: FakeBotApiServer, core: FakeTelegram
) -> None:
    app = http_app(server)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        async with aiohttp.ClientSession() as client:
            injected = await client.post(
                f"{server.url}/__control/updates", json={"user_id": USER, "text": "dl 200x1"}
            )
            assert injected.status == 200
        reply = await core.wait_sent(USER, "sendMessage")
        assert reply.params["text"] == "echo: dl 200x1"
        await app.updater.stop()
        await app.stop()
    assert core.bots[DEFAULT_TOKEN].queue == []  # the final getUpdates confirmed the offset


async def test_webhook_delivery_carries_the_secret_to_ptbs_webhook_server(
    server: FakeBotApiServer, core: FakeTelegram
) -> None:
    port = free_port()
    app = http_app(server)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="hook",
            webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token="s3cret",
        )
        assert core.webhook()["secret_token"] == "s3cret"
        status = await server.inject(core.text_update(USER, "ohp 60x8"))
        reply = await core.wait_sent(USER, "sendMessage")
        core.webhook()["secret_token"] = "wrong"
        refused = await server.deliver_webhook(core.text_update(USER, "x"), attempts=1)
        await app.updater.stop()
        await app.stop()
    assert (status, reply.params["text"], refused) == (200, "echo: ohp 60x8", 403)


async def test_webhook_delivery_sends_json_and_secret_header(
    server: FakeBotApiServer, core: FakeTelegram, bot: Bot
) -> None:
    seen: list[tuple[str | None, str | None, dict[str, Any]]] = []

    async def hook(request: aiohttp.web.Request) -> aiohttp.web.Response:
        seen.append(
            (request.headers.get(SECRET_HEADER), request.content_type, await request.json())
        )
        return aiohttp.web.Response()

    receiver = aiohttp.web.Application()
    receiver.router.add_post("/hook", hook)
    runner = aiohttp.web.AppRunner(receiver)
    await runner.setup()
    port = free_port()
    await aiohttp.web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="abc")
        update = core.text_update(USER, "hi")
        assert await server.deliver_webhook(update) == 200
    finally:
        await runner.cleanup()
    assert seen == [("abc", "application/json", update)]


FIELDS = {"chat_id": str(USER), "text": "100"}


@pytest.mark.parametrize(
    "body",
    [{"data": FIELDS}, {"json": {"chat_id": USER, "text": "100"}}, {"params": FIELDS}],
    ids=["form", "json", "query"],
)
async def test_http_accepts_every_body_encoding(
    server: FakeBotApiServer, core: FakeTelegram, body: dict[str, Any]
) -> None:
    url = f"{server.base_url}{DEFAULT_TOKEN}/SENDMESSAGE"
    async with aiohttp.ClientSession() as client, client.post(url, **body) as response:
        payload = await response.json()
    assert (response.status, payload["result"]["text"]) == (200, "100")
    assert core.sent(USER, "sendMessage")[0].params["chat_id"] == USER


async def test_http_errors_keep_their_status_and_envelope(server: FakeBotApiServer) -> None:
    async with aiohttp.ClientSession() as client:
        async with client.post(
            f"{server.url}/__control/scenarios",
            json={"fail_next": {"method": "sendMessage", "retry_after": 3}, "block": [7]},
        ) as response:
            assert response.status == 200
        url = f"{server.base_url}{DEFAULT_TOKEN}/sendMessage"
        answers = []
        for chat in (USER, 7):
            async with client.post(url, data={"chat_id": str(chat), "text": "x"}) as response:
                answers.append((response.status, await response.json()))
        async with client.get(f"{server.base_url}bad:token/getMe") as response:
            answers.append((response.status, await response.json()))
        async with client.get(f"{server.url}/__control/stats") as response:
            stats = (await response.json())["result"]
        async with client.get(f"{server.url}/__control/outbox?chat_id=7") as response:
            outbox = (await response.json())["result"]
    assert answers == [
        (
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 3",
                "parameters": {"retry_after": 3},
            },
        ),
        (
            403,
            {
                "ok": False,
                "error_code": 403,
                "description": "Forbidden: bot was blocked by the user",
            },
        ),
        (401, {"ok": False, "error_code": 401, "description": "Unauthorized"}),
    ]
    assert stats["throttled"] == 1 and stats["statuses"]["403"] == 1
    assert [(e["method"], e["status"]) for e in outbox] == [("sendMessage", 403)]


async def test_http_upload_and_download_with_ptb(server: FakeBotApiServer) -> None:
    async with Bot(
        DEFAULT_TOKEN, base_url=server.base_url, base_file_url=server.base_file_url
    ) as bot:
        message = await bot.send_document(USER, b"a;b\n" * 1000, filename="big.csv")
        assert message.document is not None
        file = await bot.get_file(message.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"a;b\n" * 1000


async def test_cli_serves_the_api_and_prints_its_base_url() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakeapi.server",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 20)).decode().strip()
        assert line.startswith("TELEGRAM_BASE_URL=http://127.0.0.1:")
        base_url = line.split("=", 1)[1]
        async with (
            aiohttp.ClientSession() as client,
            client.get(f"{base_url}{DEFAULT_TOKEN}/getMe") as response,
        ):
            assert (await response.json())["result"]["username"] == "coach_test_bot"
    finally:
        process.terminate()
        await process.wait()
