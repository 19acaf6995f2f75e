"""`FakeTelegram`: the Bot API's state and methods in plain Python, shared by both transports.

It answers like Telegram does (envelopes, HTTP status codes, error texts), keeps what a test
wants to assert on (the outbox, stored messages with edit history, uploaded files) and can
misbehave on purpose (`fail_next`, `block`, `latency`, `flood`).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.fakeapi.flood import FloodControl, FloodLimits
from tests.fakeapi.polling import (
    CONFLICT_POLL,
    CONFLICT_WEBHOOK,
    BotState,
    Poll,
    confirm,
    wait_for_updates,
)
from tests.fakeapi.records import (
    CallbackQuery,
    Chat,
    FailRule,
    OutboxEntry,
    StoredFile,
    Upload,
    chat_key,
    document_json,
    photo_sizes,
)
from tests.fakeapi.validation import (
    MAX_ALERT,
    MAX_DOCUMENT_BYTES,
    MAX_PHOTO_BYTES,
    NOT_MODIFIED,
    ApiError,
    bad_request,
    check_caption,
    check_reply_markup,
    check_text,
    too_many_requests,
    utf16_len,
    visible_text,
)

DEFAULT_TOKEN = "123456:TEST-TOKEN"
BOT_USER: dict[str, Any] = {
    "id": 900001,
    "is_bot": True,
    "first_name": "Coach",
    "username": "coach_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
BLOCKED = "Forbidden: bot was blocked by the user"
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
DEFAULT_ERRORS = {
    400: "Bad Request: simulated failure",
    403: BLOCKED,
    500: "Internal Server Error",
    502: "Bad Gateway",
}
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
# Methods that deliver something to a chat: blocked chats and flood control apply to them.
DELIVERY_METHODS = frozenset(
    {"sendmessage", "senddocument", "sendphoto", "editmessagetext", "editmessagereplymarkup"}
)
BLOCKABLE_METHODS = DELIVERY_METHODS | {"sendchataction"}


@dataclass(frozen=True)
class Call:
    bot: BotState
    params: dict[str, Any]
    files: dict[str, Upload]


class FakeTelegram:
    """In-memory Bot API. `handle()` is the single entry point of both transports."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        extra_tokens: tuple[str, ...] = (),
        bot_user: dict[str, Any] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.bot_user = dict(bot_user or BOT_USER)
        self.token = token
        self.bots = {t: BotState() for t in (token, *extra_tokens)}
        self.clock = clock
        self.outbox: list[OutboxEntry] = []
        self.chats: dict[int | str, Chat] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.files: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackQuery] = {}
        self.counters: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self._recorded = asyncio.Event()
        self._fail_rules: list[FailRule] = []
        self._latency = 0.0
        self._flood: FloodControl | None = None
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1001)
        self._methods: dict[str, tuple[str, Callable[[Call], Any]]] = {
            name.lower(): (name, fn) for name, fn in self._method_table().items()
        }

    def _method_table(self) -> dict[str, Callable[[Call], Any]]:
        return {
            "getMe": lambda call: self.bot_user,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setChatMenuButton": lambda call: True,  # the Mini App's menu button (recorded)
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "getFile": self._get_file,
            "close": lambda call: True,
            "logOut": lambda call: True,
        }

    # ----------------------------------------------------------------- entry point

    async def handle(
        self,
        token: str,
        method: str,
        params: dict[str, Any] | None = None,
        files: dict[str, Upload] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API call: (HTTP status, JSON envelope). Every call lands in the outbox."""
        if self._latency:
            await asyncio.sleep(self._latency)
        params, files = dict(params or {}), dict(files or {})
        name, fn = self._methods.get(method.lower(), (method, None))
        try:
            result = await self._dispatch(token, name, fn, Call(self._bot(token), params, files))
            status, body = 200, {"ok": True, "result": result}
        except ApiError as err:
            status, body = err.code, err.envelope()
        self._record(name, params, files, status, body)
        return status, body

    def _bot(self, token: str) -> BotState:
        return self.bots.get(token) or BotState()

    async def _dispatch(
        self, token: str, name: str, fn: Callable[[Call], Any] | None, call: Call
    ) -> Any:
        if token not in self.bots:
            raise ApiError(401, "Unauthorized")
        if fn is None:
            raise ApiError(404, "Not Found")
        self._apply_scenarios(name.lower(), call.params.get("chat_id"))
        result = fn(call)
        return await result if inspect.isawaitable(result) else result

    def _record(
        self,
        name: str,
        params: dict[str, Any],
        files: dict[str, Upload],
        status: int,
        body: dict[str, Any],
    ) -> None:
        self.counters[name] += 1
        self.statuses[status] += 1
        entry = OutboxEntry(
            next(self._ids), name, params, status, body, self._chat_of(name, params), files
        )
        self.outbox.append(entry)
        self._recorded.set()
        self._recorded = asyncio.Event()

    def _chat_of(self, name: str, params: dict[str, Any]) -> int | str | None:
        if name == "answerCallbackQuery":
            query = self.callbacks.get(str(params.get("callback_query_id")))
            return query.chat_id if query else None
        chat_id = params.get("chat_id")
        return chat_key(chat_id) if chat_id is not None else None

    # ----------------------------------------------------------------- scenarios

    def fail_next(
        self,
        method: str,
        *,
        chat_id: int | str | None = None,
        code: int = 429,
        retry_after: int = 1,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` (to `chat_id`, if given) fail with `code`."""
        if code == 429:
            error = too_many_requests(retry_after)
            if description:
                error.description = description
        else:
            error = ApiError(code, description or DEFAULT_ERRORS.get(code, f"Error {code}"))
        key = None if chat_id is None else chat_key(chat_id)
        self._fail_rules.append(FailRule(method.lower(), key, error, times))

    def block(self, chat_id: int | str, blocked: bool = True) -> None:
        """The user blocked the bot: deliveries to the chat answer 403."""
        self._chat(chat_id).blocked = blocked

    def latency(self, seconds: float) -> None:
        """Delay every call by `seconds` (benchmarks model network round trips with this)."""
        self._latency = seconds

    def flood(self, limits: FloodLimits | None = FloodLimits()) -> None:  # noqa: B008
        """Turn flood control on (token buckets per chat and overall) or off with None."""
        self._flood = FloodControl(limits) if limits else None

    def reset_scenarios(self) -> None:
        self._fail_rules.clear()
        self._latency = 0.0
        self._flood = None
        for chat in self.chats.values():
            chat.blocked = False

    def _apply_scenarios(self, name: str, chat_id: Any) -> None:
        key = None if chat_id is None else chat_key(chat_id)
        for rule in self._fail_rules:
            if rule.method == name and rule.chat_id in (None, key):
                rule.times -= 1
                if rule.times <= 0:
                    self._fail_rules.remove(rule)
                raise rule.error
        if key is None:
            return
        if name in BLOCKABLE_METHODS and key in self.chats and self.chats[key].blocked:
            raise ApiError(403, BLOCKED)
        if name in DELIVERY_METHODS and self._flood:
            wait = self._flood.retry_after(key, self.clock())
            if wait:
                raise too_many_requests(wait)

    def stats(self) -> dict[str, Any]:
        """Counters an operator or benchmark reads: calls per method and per status."""
        return {
            "total": sum(self.counters.values()),
            "requests": dict(self.counters),
            "statuses": {str(code): n for code, n in self.statuses.items()},
            "throttled": self.statuses[429],
        }

    # ----------------------------------------------------------------- queries for tests

    def sent(
        self, chat_id: int | str | None = None, method: str | None = None
    ) -> list[OutboxEntry]:
        """Successful calls, optionally for one chat and/or one method."""
        key = None if chat_id is None else chat_key(chat_id)
        return [
            e
            for e in self.outbox
            if e.ok
            and (key is None or e.chat_id == key)
            and (method is None or e.method.lower() == method.lower())
        ]

    async def wait_sent(
        self,
        chat_id: int | str | None = None,
        method: str | None = None,
        *,
        after: int = 0,
        timeout: float = 5.0,
    ) -> OutboxEntry:
        """The first successful call matching the filters with seq > `after`, waiting for it
        (for tests where the bot runs on its own: polling, webhooks, jobs)."""
        async with asyncio.timeout(timeout):
            while True:
                found = [e for e in self.sent(chat_id, method) if e.seq > after]
                if found:
                    return found[0]
                await self._recorded.wait()

    def message(self, chat_id: int | str, message_id: int) -> dict[str, Any]:
        """The current version of a stored message (KeyError if there is none)."""
        return self._chat(chat_id).messages[message_id]

    def edit_history(self, chat_id: int | str, message_id: int) -> list[dict[str, Any]]:
        """Earlier versions of a message, oldest first."""
        return self._chat(chat_id).history.get(message_id, [])

    def download(self, token: str, file_path: str) -> bytes:
        """The bytes behind a getFile path; ApiError(404) when unknown."""
        if token not in self.bots:
            raise ApiError(401, "Unauthorized")
        for stored in self.files.values():
            if stored.file_path == file_path:
                return stored.content
        raise ApiError(404, "Not Found")

    def webhook(self, token: str | None = None) -> dict[str, Any]:
        """The webhook registered for a token ({} when polling)."""
        return self._bot(token or self.token).webhook

    # ----------------------------------------------------------------- update builders

    def push_update(self, update: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        """Queue an update for getUpdates."""
        bot = self._bot(token or self.token)
        bot.queue.append(update)
        bot.notify()
        return update

    def text_update(
        self, user_id: int, text: str, *, first_name: str = "Ann", language_code: str = "en"
    ) -> dict[str, Any]:
        """A user's text message; a leading /command gets its bot_command entity."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        message = self._user_message(user_id, first_name, language_code, content)
        return self._update("message", message)

    def edited_update(self, user_id: int, message_id: int, text: str) -> dict[str, Any]:
        """The user edited an earlier message of theirs."""
        chat = self._chat(user_id)
        old = chat.messages[message_id]
        chat.history.setdefault(message_id, []).append(old)
        new = {k: v for k, v in old.items() if k != "entities"}
        new.update(text=text, edit_date=int(self.clock()), **_command_entities(text))
        chat.messages[message_id] = new
        return self._update("edited_message", new)

    def callback_update(self, user_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
        """The user pressed an inline button of `message` (the bot message with the keyboard)."""
        query_id = f"cbq-{next(self._ids)}"
        chat_id = message["chat"]["id"]
        self.callbacks[query_id] = CallbackQuery(chat_id=chat_id)
        query = {
            "id": query_id,
            "from": self._user(user_id),
            "chat_instance": str(chat_id),
            "message": message,
            "data": data,
        }
        return self._update("callback_query", query)

    def document_update(
        self,
        user_id: int,
        filename: str,
        content: bytes,
        mime: str = "text/csv",
        *,
        caption: str | None = None,
    ) -> dict[str, Any]:
        """The user sent a file; it is stored so getFile and the download work."""
        stored = self._store_file("documents", Upload(filename, content, mime))
        document = document_json(stored)
        body: dict[str, Any] = {"document": document}
        if caption is not None:
            body["caption"] = caption
        message = self._user_message(user_id, self._user(user_id)["first_name"], "en", body)
        return self._update("message", message)

    def _update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        return {"update_id": next(self._update_ids), kind: payload}

    def _user(self, user_id: int, first_name: str = "Ann", language_code: str = "en") -> dict:
        return self.users.setdefault(
            user_id,
            {
                "id": user_id,
                "is_bot": False,
                "first_name": first_name,
                "language_code": language_code,
            },
        )

    def _user_message(
        self, user_id: int, first_name: str, language_code: str, content: dict[str, Any]
    ) -> dict[str, Any]:
        user = self._user(user_id, first_name, language_code)
        chat = self._chat(user_id, first_name=user["first_name"])
        message = {
            "message_id": chat.next_message_id(),
            "from": user,
            "chat": chat.info,
            "date": int(self.clock()),
            **content,
        }
        chat.messages[message["message_id"]] = message
        return message

    def _chat(self, chat_id: Any, *, first_name: str = "Ann") -> Chat:
        """The chat with this id, created on first use (private for positive ids)."""
        if chat_id is None:
            raise bad_request("chat_id is empty")
        key = chat_key(chat_id)
        if key not in self.chats:
            if isinstance(key, int) and key > 0:
                info = {"id": key, "type": "private", "first_name": first_name}
            elif isinstance(key, int):
                info = {"id": key, "type": "supergroup", "title": f"Group {key}"}
            else:
                raise bad_request("chat not found")
            self.chats[key] = Chat(info)
        return self.chats[key]

    # ----------------------------------------------------------------- updates & webhook

    async def _get_updates(self, call: Call) -> list[dict[str, Any]]:
        bot, p = call.bot, call.params
        if bot.webhook.get("url"):
            raise ApiError(409, CONFLICT_WEBHOOK)
        confirm(bot, int(p.get("offset") or 0))
        limit = min(max(int(p.get("limit") or 100), 1), 100)
        if bot.poll is not None:
            bot.poll.terminated = True
            bot.notify()
        poll = bot.poll = Poll()
        try:
            await wait_for_updates(bot, poll, float(p.get("timeout") or 0))
        finally:
            if bot.poll is poll:
                bot.poll = None
        if poll.terminated:
            raise ApiError(409, CONFLICT_POLL)
        if bot.webhook.get("url"):
            raise ApiError(409, CONFLICT_WEBHOOK)
        return bot.queue[:limit]

    def _set_webhook(self, call: Call) -> bool:
        url = str(call.params.get("url") or "")
        if url and not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if call.params.get("drop_pending_updates"):
            call.bot.queue.clear()
        keep = ("url", "secret_token", "allowed_updates", "max_connections")
        call.bot.webhook = {k: call.params[k] for k in keep if call.params.get(k)} if url else {}
        call.bot.notify()
        return True

    def _delete_webhook(self, call: Call) -> bool:
        if call.params.get("drop_pending_updates"):
            call.bot.queue.clear()
        call.bot.webhook = {}
        return True

    def _get_webhook_info(self, call: Call) -> dict[str, Any]:
        return {
            "url": call.bot.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(call.bot.queue),
        }

    # ----------------------------------------------------------------- commands

    def _set_my_commands(self, call: Call) -> bool:
        commands = call.params.get("commands") or []
        if len(commands) > 100:
            raise bad_request("too many commands")
        for item in commands:
            command, description = str(item.get("command", "")), str(item.get("description", ""))
            if not COMMAND_NAME.fullmatch(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        call.bot.commands[_scope_key(call.params)] = list(commands)
        return True

    def _get_my_commands(self, call: Call) -> list[dict[str, Any]]:
        return call.bot.commands.get(_scope_key(call.params), [])

    def _delete_my_commands(self, call: Call) -> bool:
        call.bot.commands.pop(_scope_key(call.params), None)
        return True

    # ----------------------------------------------------------------- messages

    def _send_message(self, call: Call) -> dict[str, Any]:
        p = call.params
        text = check_text(p.get("text"), p.get("parse_mode"))
        markup = check_reply_markup(p.get("reply_markup"))
        return self._store_bot_message(p.get("chat_id"), {"text": visible(text, p)}, markup)

    def _store_bot_message(
        self, chat_id: Any, content: dict[str, Any], markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        chat = self._chat(chat_id)
        message = {
            "message_id": chat.next_message_id(),
            "from": self.bot_user,
            "chat": chat.info,
            "date": int(self.clock()),
            **content,
        }
        if markup is not None:
            message["reply_markup"] = markup
        chat.messages[message["message_id"]] = message
        return message

    def _edit_message_text(self, call: Call) -> dict[str, Any] | bool:
        p = call.params
        text = check_text(p.get("text"), p.get("parse_mode"))
        return self._edit(call, {"text": visible(text, p)})

    def _edit_message_reply_markup(self, call: Call) -> dict[str, Any] | bool:
        return self._edit(call, {})

    def _edit(self, call: Call, content: dict[str, Any]) -> dict[str, Any] | bool:
        """Apply an edit; a missing reply_markup removes the keyboard, as on Telegram."""
        p = call.params
        markup = check_reply_markup(p.get("reply_markup"))
        if p.get("inline_message_id"):
            return True
        chat = self._chat(p.get("chat_id"))
        old = chat.messages.get(int(p.get("message_id") or 0))
        if old is None or old["from"].get("id") != self.bot_user["id"]:
            raise bad_request("message to edit not found")
        new = {k: v for k, v in old.items() if k not in ("reply_markup", "edit_date")}
        new.update(content)
        if markup is not None:
            new["reply_markup"] = markup
        if _same_content(old, new):
            raise bad_request(NOT_MODIFIED)
        new["edit_date"] = int(self.clock())
        chat.history.setdefault(old["message_id"], []).append(old)
        chat.messages[old["message_id"]] = new
        return new

    def _send_chat_action(self, call: Call) -> bool:
        self._chat(call.params.get("chat_id"))
        return True

    def _delete_message(self, call: Call) -> bool:
        chat = self._chat(call.params.get("chat_id"))
        if chat.messages.pop(int(call.params.get("message_id") or 0), None) is None:
            raise bad_request("message to delete not found")
        return True

    def _answer_callback_query(self, call: Call) -> bool:
        query = self.callbacks.get(str(call.params.get("callback_query_id")))
        if query is None or query.answered:
            raise bad_request(QUERY_TOO_OLD)
        if utf16_len(str(call.params.get("text") or "")) > MAX_ALERT:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered, query.answer = True, dict(call.params)
        return True

    # ----------------------------------------------------------------- files

    def _send_document(self, call: Call) -> dict[str, Any]:
        stored = self._incoming_file(call, "document", "documents", MAX_DOCUMENT_BYTES)
        return self._send_media(call, {"document": document_json(stored)})

    def _send_photo(self, call: Call) -> dict[str, Any]:
        stored = self._incoming_file(call, "photo", "photos", MAX_PHOTO_BYTES)
        return self._send_media(call, {"photo": photo_sizes(stored)})

    def _send_media(self, call: Call, content: dict[str, Any]) -> dict[str, Any]:
        p = call.params
        check_caption(p.get("caption"), p.get("parse_mode"))
        if p.get("caption"):
            content["caption"] = visible(str(p["caption"]), p)
        markup = check_reply_markup(p.get("reply_markup"))
        return self._store_bot_message(p.get("chat_id"), content, markup)

    def _incoming_file(self, call: Call, field_name: str, folder: str, limit: int) -> StoredFile:
        """The uploaded part, or a file re-sent by file_id; URLs cannot be fetched offline."""
        upload = call.files.get(field_name)
        reference = call.params.get(field_name)
        if upload is None and isinstance(reference, str) and reference.startswith("attach://"):
            upload = call.files.get(reference.removeprefix("attach://"))
        if upload is not None:
            if len(upload.content) > limit:
                raise ApiError(413, "Request Entity Too Large")
            return self._store_file(folder, upload)
        if isinstance(reference, str) and reference in self.files:
            return self.files[reference]
        if isinstance(reference, str) and reference.startswith(("http://", "https://")):
            raise bad_request("failed to get HTTP URL content")
        raise bad_request(f"there is no {field_name} in the request")

    def _store_file(self, folder: str, upload: Upload) -> StoredFile:
        n = next(self._ids)
        suffix = upload.filename.rsplit(".", 1)[-1] if "." in upload.filename else "bin"
        stored = StoredFile(
            file_id=f"FILE{n:06d}",
            file_unique_id=f"U{n:06d}",
            file_path=f"{folder}/file_{n}.{suffix}",
            content=upload.content,
            filename=upload.filename,
            mime_type=upload.mime_type,
        )
        self.files[stored.file_id] = stored
        return stored

    def _get_file(self, call: Call) -> dict[str, Any]:
        stored = self.files.get(str(call.params.get("file_id")))
        if stored is None:
            raise bad_request("invalid file_id")
        return stored.as_file()


# --------------------------------------------------------------------- helpers


def _command_entities(text: str) -> dict[str, Any]:
    """`/cmd` or `/cmd@botname` at the start routes to CommandHandler only with this entity."""
    if not text.startswith("/"):
        return {}
    length = utf16_len(text.split(maxsplit=1)[0])
    return {"entities": [{"type": "bot_command", "offset": 0, "length": length}]}


def _scope_key(params: dict[str, Any]) -> str:
    scope = params.get("scope") or {"type": "default"}
    return f"{scope}|{params.get('language_code') or ''}"


def _same_content(old: dict[str, Any], new: dict[str, Any]) -> bool:
    keys = ("text", "caption", "reply_markup")
    return all(old.get(k) == new.get(k) for k in keys)


def visible(text: str, params: dict[str, Any]) -> str:
    """What Telegram stores: the text with its formatting parsed out."""
    return visible_text(text, params.get("parse_mode"))
