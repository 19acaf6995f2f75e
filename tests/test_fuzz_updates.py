"""Hypothesis throws random updates at the real bot: it never fails, every reply fits Telegram,
the "something went wrong" apology is never sent, and nothing is stored from unparsable text.

SPOTTER_FUZZ_EXAMPLES=3000 pytest tests/test_fuzz_updates.py for a longer hunt."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.callback_data import encode
from bot.parser import parse
from bot.runtime.app import services_of
from handlers.common import utf16_len
from handlers.errors import SORRY
from tests.fakeapi import ChatDriver
from tests.fakeapi.core import BOT_USER

# ------------------------------------------------------------------ strategies

NASTY = [
    "'; DROP TABLE sets; --",
    "bench 100x5'); DELETE FROM users; --",
    "Robert'); DROP TABLE users;--",
    "%s %d {0} {user} \\x00",
    "bench nanx5",
    "bench NaNx5",
    "bench infx5",
    "bench 1e309x5",
    "bench -inf kg x 5",
    "squat -100x5",
    "squat 100x0",
    "squat 0x5",
    "deadlift 100x-5",
    "bench 100x5x0",
    "bench 1e308 x 5",
    "bench 99999999999999999999999x5",
    "bench 100x99999999999999999999",
    "pull up bw-1000",
    "ohp 60 @ nan",
    "bench 100x5 rpe 1e309",
    "bench 100x5 @-3",
    "\u202ebench 100x5\u202c",
    "bench\u200b 100x5",
    "bench\x00100x5",
    "\x1b[31mbench\x1b[0m 100x5",
    "<b>bench</b> 100x5",
    "*bench* _100x5_ `x`",
    "/start@coach_test_bot",
]
EMOJI = ["💪", "🏋️‍♀️", "👍🏽", "🇺🇦", "😀", "🔥", "✅", "\u200d", "\ufe0f"]
CONTROL = [chr(c) for c in (*range(0, 32), 0x7F, 0x85, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066)]
COMMANDS = [
    "help", "plan", "block", "history", "prs", "stats", "undo", "goal", "remind",
    "timezone", "units", "bw", "import", "export", "deletedata", "admin", "start", "chart",
    "rest", "plates", "warmups",
]  # fmt: skip
ACTIONS = ["ob", "goal", "undo", "hist", "rem", "del", "zz", "tap", "rest"]

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
long_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=3900, max_size=4096)
emoji_text = st.lists(st.sampled_from(EMOJI), min_size=1, max_size=2000).map("".join)
control_text = st.lists(
    st.one_of(st.sampled_from(CONTROL), st.sampled_from(["bench", " ", "100", "x5"])), max_size=30
).map("".join)
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["nan", "inf", "-inf", "1e309", "-0", "0", "1,5", "102,5"]),
)
lift_text = st.builds(
    lambda ex, w, r, extra: f"{ex} {w}x{r}{extra}",
    st.sampled_from(["bench", "squat", "dl", "ohp", "pull ups", "curls", "row", "xyz"]),
    numbers,
    numbers,
    st.sampled_from(["", " kg", " lbs", " @8", " rpe 9", " 2 RIR", "#", " x3"]),
)
texts = st.one_of(
    any_text,
    long_text,
    emoji_text,
    control_text,
    lift_text,
    st.sampled_from(NASTY),
    st.builds(lambda c, a: f"/{c} {a}", st.sampled_from(COMMANDS), any_text),
    st.builds(lambda c, a: f"/{c} {a}", st.from_regex(r"[a-z_]{1,12}", fullmatch=True), any_text),
)
users = st.integers(1, 10**12)


@st.composite
def callback_data(draw: st.DrawFn, owner: int) -> str:
    structured = st.builds(
        lambda who, action, args: encode(who, action, *args)[:64],
        st.sampled_from([owner, owner + 1]),
        st.sampled_from(ACTIONS),
        st.lists(st.from_regex(r"[a-z0-9_\-]{0,8}", fullmatch=True), max_size=3),
    )
    garbage = st.text(max_size=64).filter(lambda s: len(s.encode()) <= 64)
    return str(draw(st.one_of(structured, garbage)))


@st.composite
def updates(draw: st.DrawFn) -> tuple[str, int, Any]:
    kind = draw(
        st.sampled_from(
            ["text", "text", "text", "edit", "callback", "document", "sticker", "photo"]
        )
    )
    user = draw(users)
    if kind in ("text", "edit"):
        return kind, user, draw(texts)
    if kind == "callback":
        return kind, user, draw(callback_data(user))
    if kind == "document":
        name = draw(st.sampled_from(["log.csv", "x.txt", "data", "💪.csv", "a" * 200 + ".csv"]))
        body = draw(
            st.one_of(
                st.binary(max_size=300),
                st.sampled_from([b"Date,Exercise Name,Weight,Reps\n", b"\xff\xfe\x00", b""]),
            )
        )
        return kind, user, (name, body, draw(st.sampled_from(["/import", None, "bench 100x5"])))
    return kind, user, None


# ------------------------------------------------------------------ building raw updates

_ids = itertools.count(10_000_000)


def raw_update(driver: ChatDriver, kind: str, user: int, payload: Any) -> dict[str, Any]:
    core = driver.core
    if kind == "text":
        return core.text_update(user, payload)
    if kind == "edit":  # an edit of a message the bot never saw
        sent = core.text_update(user, "hello")["message"]
        edited = {**sent, "message_id": next(_ids), "text": payload, "edit_date": sent["date"]}
        return {"update_id": next(_ids), "edited_message": edited}
    if kind == "callback":
        chat = {"id": user, "type": "private", "first_name": "Ann"}
        bot_message = {
            "message_id": next(_ids),
            "from": BOT_USER,
            "chat": chat,
            "date": 1767225600,
            "text": "an old message",
        }
        return core.callback_update(user, bot_message, payload)
    if kind == "document":
        name, body, caption = payload
        if caption == "/import":
            return core.text_update(user, "/import")  # the next document of theirs is a CSV
        return core.document_update(user, name, body, caption=caption)
    base = core.text_update(user, "x")["message"]
    base.pop("text")
    if kind == "sticker":
        base["sticker"] = {
            "file_id": "STK",
            "file_unique_id": "STKU",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        }
    else:
        base["photo"] = [{"file_id": "PH", "file_unique_id": "PHU", "width": 90, "height": 90}]
    return {"update_id": next(_ids), "message": base}


class ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def check_one(driver: ChatDriver, kind: str, user: int, payload: Any) -> None:
    svc = services_of(driver.app)  # type: ignore[arg-type]
    before = await svc.sets.count(user)
    mark = len(driver.core.outbox)
    await driver.feed(raw_update(driver, kind, user, payload))
    calls = driver.core.outbox[mark:]
    for entry in calls:
        gone = entry.method == "editMessageText" and "not found" in str(entry.response)
        assert entry.ok or gone or entry.method == "answerCallbackQuery", (
            f"{entry.method} refused: {entry.response} for {kind} {payload!r:.200}"
        )
        if entry.method in ("sendMessage", "editMessageText"):
            text = str(entry.params.get("text") or "")
            assert 1 <= utf16_len(text) <= 4096
            assert text != SORRY, f"the bot failed on {kind} {payload!r:.200}"
    if kind in ("text", "edit") and not parse(payload).ok:
        assert await svc.sets.count(user) == before, f"stored sets from {payload!r:.200}"


def test_random_updates_never_break_the_bot(tmp_path: Path) -> None:
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    with asyncio.Runner() as runner:
        driver = runner.run(ChatDriver.start(tmp_path, build_kwargs={"tick": False}))
        try:

            @settings(
                max_examples=int(os.environ.get("SPOTTER_FUZZ_EXAMPLES", "200")),
                deadline=None,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
            )
            @given(updates())
            def check(update: tuple[str, int, Any]) -> None:
                runner.run(check_one(driver, *update))

            check()
        finally:
            runner.run(driver.stop())
            logging.getLogger().removeHandler(errors)
    messages = [r.getMessage() for r in errors.records if r.name.startswith(("spotter", "bot"))]
    assert messages == [], messages[:3]
