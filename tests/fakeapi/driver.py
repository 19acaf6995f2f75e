"""`ChatDriver`: end-to-end tests talk to the real Application the way a user would.

Each call builds one update with the fake's builders, runs it through
`Application.process_update`, and returns what the bot sent to that chat meanwhile.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest

from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram
from tests.fakeapi.records import OutboxEntry
from tests.fakeapi.request import FakeRequest

AnyApp = Application[Any, Any, Any, Any, Any, Any]
Builder = Callable[..., AnyApp]
# After an update, let fire-and-forget tasks (block=False handlers, create_task) run.
SETTLE_ROUNDS = 20


@dataclass(frozen=True)
class Button:
    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Reply:
    """One thing the bot did in the chat, seen from the user's side."""

    method: str
    chat_id: int | str | None
    message_id: int | None
    text: str | None
    buttons: list[list[Button]] = field(default_factory=list)
    document: bytes | None = None
    filename: str | None = None
    photo: bytes | None = None
    params: dict[str, Any] = field(default_factory=dict)
    message: dict[str, Any] | None = None

    @property
    def labels(self) -> list[str]:
        return [b.text for row in self.buttons for b in row]

    def button(self, label_or_data: str) -> Button:
        """The button with this label (exact, then case-insensitive) or this callback data."""
        flat = [b for row in self.buttons for b in row]
        for match in (
            lambda b: b.text == label_or_data,
            lambda b: b.text.casefold() == label_or_data.casefold(),
            lambda b: b.callback_data == label_or_data,
        ):
            found = [b for b in flat if match(b)]
            if found:
                return found[0]
        raise LookupError(f"no button {label_or_data!r} among {self.labels}")


def default_builder(
    settings: Any, *, request: BaseRequest, get_updates_request: BaseRequest, **extra: Any
) -> AnyApp:
    """The real bot (imported late so the harness loads without bot/runtime/app.py)."""
    from bot.runtime.app import build_application

    return build_application(
        settings, request=request, get_updates_request=get_updates_request, **extra
    )


class ChatDriver:
    """Drives a real Application in-process against a FakeTelegram."""

    def __init__(
        self,
        tmp_path: Path,
        core: FakeTelegram,
        builder: Builder,
        overrides: dict[str, Any],
        build_kwargs: dict[str, Any],
    ) -> None:
        self.tmp_path = tmp_path
        self.core = core
        self._builder = builder
        self._overrides = overrides
        self._build_kwargs = build_kwargs
        self.app: AnyApp | None = None

    @classmethod
    async def start(
        cls,
        tmp_path: Path,
        *,
        builder: Builder = default_builder,
        core: FakeTelegram | None = None,
        build_kwargs: dict[str, Any] | None = None,
        **settings_overrides: Any,
    ) -> ChatDriver:
        """Build and initialise the app on a SQLite file in `tmp_path`.

        `build_kwargs` go to the builder (e.g. `clock=`, `tick=False` for build_application);
        `settings_overrides` go to load_settings."""
        driver = cls(
            tmp_path,
            core or FakeTelegram(DEFAULT_TOKEN),
            builder,
            settings_overrides,
            dict(build_kwargs or {}),
        )
        await driver._boot()
        return driver

    def settings(self) -> Any:
        from bot.config import load_settings

        values: dict[str, Any] = {
            "telegram_bot_token": self.core.token,
            "database_url": f"sqlite:///{self.tmp_path}/t.db",
            **self._overrides,
        }
        return load_settings(**values)

    async def _boot(self) -> None:
        app = self._builder(
            self.settings(),
            request=FakeRequest(self.core),
            get_updates_request=FakeRequest(self.core),
            **self._build_kwargs,
        )
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        self.app = app

    async def stop(self) -> None:
        """Shut the app down like PTB does at the end of run_polling."""
        app, self.app = self.app, None
        if app is None:
            return
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)

    async def restart(self) -> None:
        """Stop, then build a fresh app on the same database and the same Telegram state."""
        await self.stop()
        await self._boot()

    # ------------------------------------------------------------- user actions

    async def send(self, user_id: int, text: str, *, first_name: str = "Ann") -> list[Reply]:
        return await self.feed(self.core.text_update(user_id, text, first_name=first_name))

    async def edit(self, user_id: int, message_id: int, text: str) -> list[Reply]:
        return await self.feed(self.core.edited_update(user_id, message_id, text))

    async def press(self, user_id: int, reply: Reply, label_or_data: str) -> list[Reply]:
        """Press a button of a message the bot sent (its current version, edits included)."""
        button = reply.button(label_or_data)
        if button.callback_data is None or reply.message_id is None or reply.chat_id is None:
            raise LookupError(f"button {button.text!r} has no callback data")
        message = self.core.message(reply.chat_id, reply.message_id)
        return await self.feed(self.core.callback_update(user_id, message, button.callback_data))

    async def upload(
        self,
        user_id: int,
        filename: str,
        data: bytes,
        mime: str = "text/csv",
        *,
        caption: str | None = None,
    ) -> list[Reply]:
        return await self.feed(
            self.core.document_update(user_id, filename, data, mime, caption=caption)
        )

    async def feed(self, update: dict[str, Any], *, wait_jobs: bool = True) -> list[Reply]:
        """Process one raw update; the replies the bot made to that update's chat.

        With `wait_jobs`, background jobs it started (an import, an export) finish first."""
        if self.app is None:
            raise RuntimeError("ChatDriver is stopped")
        chat_id = _chat_id_of(update)
        mark = len(self.core.outbox)
        # A deep copy, so nothing PTB does to the update can touch the fake's stored messages.
        await self.app.process_update(Update.de_json(copy.deepcopy(update), self.app.bot))
        for _ in range(SETTLE_ROUNDS):
            await asyncio.sleep(0)
        from bot.services.container import SERVICES_KEY  # late: the harness loads without bot/

        jobs = getattr(self.app.bot_data.get(SERVICES_KEY), "jobs", None)
        if wait_jobs and jobs is not None:
            await jobs.join()
        return [self.reply_of(e) for e in self.core.outbox[mark:] if e.ok and e.chat_id == chat_id]

    def reply_of(self, entry: OutboxEntry) -> Reply:
        """A Reply view of one successful outbox entry."""
        message = entry.result if isinstance(entry.result, dict) else None
        source = message or entry.params
        return Reply(
            method=entry.method,
            chat_id=entry.chat_id,
            message_id=(message or {}).get("message_id") or entry.params.get("message_id"),
            text=source.get("text") or source.get("caption") or entry.params.get("text"),
            buttons=_buttons(source.get("reply_markup")),
            document=entry.files["document"].content if "document" in entry.files else None,
            filename=entry.files["document"].filename if "document" in entry.files else None,
            photo=entry.files["photo"].content if "photo" in entry.files else None,
            params=entry.params,
            message=message,
        )


def _chat_id_of(update: dict[str, Any]) -> int | None:
    for kind in ("message", "edited_message"):
        if kind in update:
            return int(update[kind]["chat"]["id"])
    if "callback_query" in update:
        return int(update["callback_query"]["message"]["chat"]["id"])
    return None


def _buttons(markup: Any) -> list[list[Button]]:
    if not isinstance(markup, dict):
        return []
    return [
        [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row]
        for row in markup.get("inline_keyboard", [])
    ]
