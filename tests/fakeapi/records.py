"""The records FakeTelegram keeps: uploads, outbox entries, files, chats, scenario rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.fakeapi.validation import ApiError


@dataclass(frozen=True)
class Upload:
    """One uploaded multipart file part."""

    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class OutboxEntry:
    """One Bot API call as the fake saw it, in arrival order."""

    seq: int
    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    chat_id: int | str | None
    files: dict[str, Upload]

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def result(self) -> Any:
        return self.response.get("result")


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    filename: str
    mime_type: str

    def as_file(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass
class Chat:
    """A chat and its messages; user and bot messages share one id sequence, like Telegram."""

    info: dict[str, Any]
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    history: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    last_message_id: int = 0
    blocked: bool = False

    def next_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id


@dataclass
class FailRule:
    method: str
    chat_id: int | str | None
    error: ApiError
    times: int


@dataclass
class CallbackQuery:
    chat_id: int | str
    answered: bool = False
    answer: dict[str, Any] = field(default_factory=dict)


def chat_key(chat_id: Any) -> int | str:
    """Chat ids arrive as ints, numeric strings or @usernames."""
    if isinstance(chat_id, int):
        return chat_id
    text = str(chat_id)
    return int(text) if text.lstrip("-").isdigit() else text


def document_json(stored: StoredFile) -> dict[str, Any]:
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_name": stored.filename,
        "mime_type": stored.mime_type,
        "file_size": len(stored.content),
    }


def photo_sizes(stored: StoredFile) -> list[dict[str, Any]]:
    """A thumbnail and the full size, ascending, with real PNG dimensions when readable."""
    width, height = png_size(stored.content) or (90, 90)
    scale = min(1.0, 90 / max(width, height, 1))
    base = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
    thumb = {**base, "width": max(1, int(width * scale)), "height": max(1, int(height * scale))}
    full = {**base, "width": width, "height": height, "file_size": len(stored.content)}
    return [thumb, full]


def png_size(content: bytes) -> tuple[int, int] | None:
    if content[:8] != b"\x89PNG\r\n\x1a\n" or len(content) < 24:
        return None
    return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
