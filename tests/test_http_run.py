"""`spotter run` as a real process against the fake Bot API over HTTP (long polling).

What an operator sees: the bot answers, the command menu is set, SIGTERM exits 0, the token
never shows up in the output (DEBUG included), bad settings end in one clear line, and a
restart on the same database migrates nothing twice and loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from bot.logsetup import JsonFormatter, RedactingFilter
from tests.fakeapi import FakeBotApiServer, FakeTelegram

USER = 42
ROOT = Path(__file__).resolve().parent.parent


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The parent's environment minus Spotter's variables, plus `extra` (cwd has no .env)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.upper().startswith(("TELEGRAM_", "SPOTTER_", "DATABASE_", "LOG_"))
    }
    env["PYTHONPATH"] = str(ROOT)
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite", **extra})
    return env


def api_env(api: FakeBotApiServer, core: FakeTelegram) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": core.token,
        "TELEGRAM_BASE_URL": api.base_url,
        "TELEGRAM_BASE_FILE_URL": api.base_file_url,
    }


async def spotter(tmp_path: Path, *args: str, env: dict[str, str]) -> tuple[int, str, str]:
    """Run one `spotter` command to completion: (exit code, stdout, stderr)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", *args, env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


class BotProcess:
    """`spotter run` in the background; output goes to files so DEBUG logs never block it."""

    def __init__(self, proc: asyncio.subprocess.Process, out: Path, err: Path) -> None:
        self.proc = proc
        self.out_path, self.err_path = out, err

    @classmethod
    async def start(
        cls, tmp_path: Path, core: FakeTelegram, env: dict[str, str], *, name: str = "run"
    ) -> BotProcess:
        out, err = tmp_path / f"{name}.out", tmp_path / f"{name}.err"
        mark = core.outbox[-1].seq if core.outbox else 0
        with out.open("wb") as o, err.open("wb") as e:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path, stdout=o, stderr=e
            )
        bot = cls(proc, out, err)
        try:
            await core.wait_sent(method="deleteWebhook", after=mark, timeout=20)
        except TimeoutError:
            await bot.kill()
            raise AssertionError(f"the bot did not start polling:\n{bot.stderr[-3000:]}") from None
        return bot

    @property
    def stdout(self) -> str:
        return self.out_path.read_text("utf-8", "replace")

    @property
    def stderr(self) -> str:
        return self.err_path.read_text("utf-8", "replace")

    async def terminate(self, timeout: float = 10) -> tuple[int, float]:
        """SIGTERM; (exit code, seconds it took to exit)."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.proc.wait(), timeout)
        finally:
            await self.kill()
        return code, time.monotonic() - started

    async def kill(self) -> None:
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
            await self.proc.wait()


async def texts_for(core: FakeTelegram, chat_id: int, count: int, timeout: float = 10) -> list[str]:
    """Wait until `count` messages went to the chat; their texts."""
    async with asyncio.timeout(timeout):
        while len(sent := core.sent(chat_id, "sendMessage")) < count:
            await core.wait_sent(chat_id, "sendMessage", after=sent[-1].seq if sent else 0)
    return [str(e.params["text"]) for e in core.sent(chat_id, "sendMessage")]


# --------------------------------------------------------------------------- the happy run


async def test_run_answers_sets_menu_exits_0_and_never_prints_the_token(tmp_path: Path) -> None:
    core = FakeTelegram()
    async with FakeBotApiServer(core) as api:
        env = clean_env(tmp_path, LOG_LEVEL="DEBUG", **api_env(api, core))
        bot = await BotProcess.start(tmp_path, core, env)
        try:
            await api.inject(core.text_update(USER, "/start"))
            await api.inject(core.text_update(USER, "/help"))
            texts = await texts_for(core, USER, 3)
            code, took = await bot.terminate()
        finally:
            await bot.kill()
    assert any("Spotter" in t for t in texts), texts
    assert any("/plan" in t and "/undo" in t for t in texts), "the /help text"
    menu = core.sent(method="setMyCommands")[-1].params["commands"]
    names = {item["command"] for item in menu}
    assert {"start", "help", "plan", "history", "prs", "undo", "remind", "export"} <= names
    assert code == 0 and took < 5, (code, took, bot.stderr[-2000:])
    output = bot.stdout + bot.stderr
    assert '"level": "DEBUG"' in output, "DEBUG logging was on"
    assert "getUpdates" in output, "the API calls were logged (with the token scrubbed)"
    assert core.token not in output
    assert core.token.split(":")[1] not in output


def test_redaction_covers_message_args_and_tracebacks(caplog: Any) -> None:
    """httpx logs `HTTP Request: POST …/bot<token>/getMe` with the URL as an argument."""
    token = "123456:AAH-secret_token"
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s",
        ("POST", f"https://api.telegram.org/bot{token}/getMe"), None,
    )  # fmt: skip
    try:
        raise RuntimeError(f"connect failed for /bot{token}/getUpdates")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    assert RedactingFilter([token]).filter(record)
    line = JsonFormatter().format(record)
    assert token not in line
    assert "/bot***/getMe" in line and "/bot***/getUpdates" in line


# --------------------------------------------------------------------------- bad settings


async def test_missing_token_is_one_line_naming_it(tmp_path: Path) -> None:
    code, _out, err = await spotter(tmp_path, "run", env=clean_env(tmp_path))
    lines = err.strip().splitlines()
    assert code != 0
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0], err


async def test_malformed_setting_is_one_line_naming_it(tmp_path: Path) -> None:
    env = clean_env(tmp_path, TELEGRAM_BOT_TOKEN="1:abc", SPOTTER_BROADCAST_RATE="abc")
    code, _out, err = await spotter(tmp_path, "run", env=env)
    lines = err.strip().splitlines()
    assert code != 0
    assert len(lines) == 1 and "SPOTTER_BROADCAST_RATE" in lines[0], err
    assert "1:abc" not in err


async def test_rejected_token_is_one_line_without_the_token(tmp_path: Path) -> None:
    """PTB's InvalidToken quotes the token; `spotter run` must not print it."""
    core = FakeTelegram()
    async with FakeBotApiServer(core) as api:
        env = clean_env(
            tmp_path,
            LOG_LEVEL="WARNING",
            **{**api_env(api, core), "TELEGRAM_BOT_TOKEN": "999:WRONG-secret"},
        )
        code, out, err = await spotter(tmp_path, "run", env=env)
    assert code != 0
    assert "WRONG-secret" not in out + err
    plain = [line for line in err.strip().splitlines() if not line.startswith("{")]
    assert len(plain) == 1, plain  # log records are JSON lines; no bare traceback
    assert plain[0].startswith("spotter: ") and "TELEGRAM_BOT_TOKEN" in plain[0]


async def test_unreachable_api_is_one_clear_line(tmp_path: Path) -> None:
    env = clean_env(
        tmp_path,
        LOG_LEVEL="CRITICAL",
        TELEGRAM_BOT_TOKEN="1:abc",
        TELEGRAM_BASE_URL="http://127.0.0.1:9/bot",  # the discard port: nothing listens
    )
    code, _out, err = await spotter(tmp_path, "run", env=env)
    lines = err.strip().splitlines()
    assert code != 0
    assert len(lines) == 1 and "cannot reach the Bot API" in lines[0], err
    assert "1:abc" not in err


# --------------------------------------------------------------------------- restarts


async def test_second_start_migrates_nothing_and_loses_nothing(tmp_path: Path) -> None:
    core = FakeTelegram()
    db = tmp_path / "db.sqlite"
    async with FakeBotApiServer(core) as api:
        env = clean_env(tmp_path, LOG_LEVEL="INFO", **api_env(api, core))
        first = await BotProcess.start(tmp_path, core, env, name="first")
        try:
            await api.inject(core.text_update(USER, "bench 100x5"))
            await api.inject(core.text_update(USER, "/units lb"))
            await texts_for(core, USER, 2)
            assert (await first.terminate())[0] == 0
        finally:
            await first.kill()
        version = sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0]
        tables = sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()[0]

        second = await BotProcess.start(tmp_path, core, env, name="second")
        try:
            await api.inject(core.text_update(USER, "squat 140x3"))
            await api.inject(core.text_update(USER, "/prs"))
            texts = await texts_for(core, USER, 4)
            assert (await second.terminate())[0] == 0
        finally:
            await second.kill()
    assert "applied migration" in first.stderr
    assert "applied migration" not in second.stderr
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == version
    assert sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == tables
    prs = texts[-1]
    assert "Bench" in prs and "Squat" in prs, prs
    assert "lb" in prs, "the unit chosen before the restart is kept"
    code, csv, _ = await spotter(tmp_path, "export", "--user", str(USER), env=clean_env(tmp_path))
    rows = [line.split(",") for line in csv.strip().splitlines()[1:]]
    assert code == 0
    assert sorted(r[1] for r in rows) == ["bench_press", "squat"]
