"""`spotter chat`: the real Application and handlers in a terminal, with no token and no network.

A tiny in-process Bot API answers the bot's calls and prints what it sends; lines typed are
messages from one user; inline buttons are numbered and picked by typing their number.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.config import Settings
from bot.runtime.app import build_application

BOT_USER = {"id": 1, "is_bot": True, "first_name": "Spotter", "username": "spotter_bot"}
FILE_PREFIX = "/file "


QUIT_WORDS = frozenset({"quit", "exit", "/quit", "/exit", ":q"})


def session_ids() -> Iterator[int]:
    """Update and message ids for one console session, above every earlier session's.

    The bot remembers handled update ids and keys logs on message ids, so a session that
    counted from 1 again would be taken for a redelivery (or an edit) of the last one. Ids
    start at the session's start in microseconds: no session types a line per microsecond."""
    return itertools.count(time.time_ns() // 1000)


class ConsoleApi(BaseRequest):
    """Answers the Bot API methods the bot uses, printing every message to `out`."""

    def __init__(self, out: TextIO, chat_id: int) -> None:
        self._out = out
        self._chat_id = chat_id
        self._ids = session_ids()
        self._files: dict[str, bytes] = {}
        self.buttons: list[tuple[str, str, dict[str, Any]]] = []

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def next_message_id(self) -> int:
        return next(self._ids)

    def store_file(self, content: bytes) -> str:
        file_id = f"file{self.next_message_id()}"
        self._files[file_id] = content
        return file_id

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/" in url:
            return 200, self._files.get(url.rsplit("/", 1)[-1], b"")
        name = url.rsplit("/", 1)[-1].lower()
        params = request_data.parameters if request_data else {}
        result = self._answer(name, params, request_data)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _answer(self, name: str, params: dict[str, Any], data: RequestData | None) -> Any:
        if name == "getme":
            return BOT_USER
        if name in {"sendmessage", "editmessagetext", "senddocument", "sendphoto"}:
            return self._show(name, params, data)
        if name == "answercallbackquery":
            if params.get("text"):
                self._print(f"  ({params['text']})")
            return True
        if name == "getfile":
            return {"file_id": params["file_id"], "file_unique_id": params["file_id"],
                    "file_path": params["file_id"]}  # fmt: skip
        return True  # setMyCommands, deleteWebhook, sendChatAction, …

    def _show(self, name: str, params: dict[str, Any], data: RequestData | None) -> dict[str, Any]:
        text = str(params.get("text") or params.get("caption") or "")
        if name in {"senddocument", "sendphoto"} and data is not None:
            text += "\n" + self._save_attachment(name, data)
        self._print("spotter> " + text.replace("\n", "\n         "))
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        message: dict[str, Any] = {
            "message_id": int(params.get("message_id") or self.next_message_id()),
            "date": 0,
            "chat": {"id": self._chat_id, "type": "private"},
            "from": BOT_USER,
            "text": text,
        }
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
            self.buttons = [
                (button["text"], button["callback_data"], message)
                for row in markup["inline_keyboard"]
                for button in row
            ]
            self._print(
                "         "
                + "  ".join(f"[{i}] {label}" for i, (label, _, _) in enumerate(self.buttons, 1))
            )
        return message

    def _save_attachment(self, name: str, data: RequestData) -> str:
        for part in (data.multipart_data or {}).values():
            filename, content = part[0], part[1]
            suffix = ".png" if name == "sendphoto" else Path(str(filename)).suffix or ".csv"
            with tempfile.NamedTemporaryFile(prefix="spotter-", suffix=suffix, delete=False) as f:
                f.write(content if isinstance(content, bytes) else content.read())
            return f"[saved to {f.name}]"
        return ""

    def _print(self, line: str) -> None:
        print(line, file=self._out, flush=True)


class Console:
    """Turns typed lines into updates for one user."""

    def __init__(self, api: ConsoleApi, user_id: int) -> None:
        self._api = api
        self._user = {"id": user_id, "is_bot": False, "first_name": "Lifter"}
        self._chat = {"id": user_id, "type": "private", "first_name": "Lifter"}
        self._update_ids = session_ids()

    def update_for(self, line: str) -> dict[str, Any]:
        choice = line.strip()
        if choice.isdigit() and self._api.buttons and 1 <= int(choice) <= len(self._api.buttons):
            _, data, message = self._api.buttons[int(choice) - 1]
            return {"update_id": next(self._update_ids),
                    "callback_query": {"id": str(next(self._update_ids)), "from": self._user,
                                       "chat_instance": "console", "message": message,
                                       "data": data}}  # fmt: skip
        return self._message_update(line)

    def _message_update(self, line: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._api.next_message_id(),
            "date": int(time.time()),
            "chat": self._chat,
            "from": self._user,
        }
        if line.startswith(FILE_PREFIX):
            path = Path(line[len(FILE_PREFIX) :].strip()).expanduser()
            file_id = self._api.store_file(path.read_bytes())
            message["document"] = {"file_id": file_id, "file_unique_id": file_id,
                                   "file_name": path.name, "mime_type": "text/csv"}  # fmt: skip
        else:
            message["text"] = line
            if line.startswith("/"):
                length = len(line.split()[0])
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": next(self._update_ids), "message": message}


async def run_console(settings: Settings, user_id: int, stdin: TextIO, out: TextIO) -> int:
    api = ConsoleApi(out, user_id)
    app = build_application(settings, request=api, get_updates_request=api, tick=False)
    console = Console(api, user_id)
    interactive = stdin.isatty()
    if interactive:
        print("Spotter offline chat — type sets or commands, /help for more; quit, exit or "
              "Ctrl-D to leave.\n"
              f"The Mini App's pages for this user: spotter web --user {user_id}",
              file=out)  # fmt: skip
    async with app:
        if app.post_init:
            await app.post_init(app)
        try:
            while True:
                if interactive:
                    print("you> ", end="", file=out, flush=True)
                line = await asyncio.to_thread(stdin.readline)
                if not line:
                    if interactive:
                        print(file=out)  # Ctrl-D: end the prompt line before the shell's
                    break
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                if line.strip().lower() in QUIT_WORDS:
                    break
                if not interactive:
                    print(f"you> {line}", file=out, flush=True)
                try:
                    update = Update.de_json(console.update_for(line), app.bot)
                except OSError as exc:
                    print(f"  (could not read that file: {exc.strerror})", file=out)
                    continue
                await app.process_update(update)
        finally:
            if app.post_shutdown:
                await app.post_shutdown(app)
    return 0


def main_console(settings: Settings, user_id: int) -> int:
    return asyncio.run(run_console(settings, user_id, sys.stdin, sys.stdout))
