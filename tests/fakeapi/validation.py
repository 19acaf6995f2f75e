"""The Bot API's input checks, with Telegram's exact error texts and status codes."""

from __future__ import annotations

import html
import json
from html.parser import HTMLParser
from typing import Any

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_ALERT = 200
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
HTML_TAGS = frozenset(
    [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    ]
)


class ApiError(Exception):
    """An error answer: HTTP status, description, optional retry_after."""

    def __init__(self, code: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.code}
        body["description"] = self.description
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def utf16_len(text: str) -> int:
    """Telegram counts lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text a user sees: HTML is parsed (and rejected when malformed, like Telegram)."""
    if (parse_mode or "").lower() != "html":
        return text
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    checker.finish()
    return "".join(checker.parts)


def check_text(text: Any, parse_mode: str | None) -> str:
    if not isinstance(text, str) or not visible_text(text, parse_mode).strip():
        raise bad_request("message text is empty")
    if utf16_len(visible_text(text, parse_mode)) > MAX_TEXT:
        raise bad_request("message is too long")
    return text


def check_caption(caption: Any, parse_mode: str | None) -> None:
    if caption is not None and utf16_len(visible_text(str(caption), parse_mode)) > MAX_CAPTION:
        raise bad_request("message caption is too long")


def check_reply_markup(markup: Any) -> dict[str, Any] | None:
    """Parse and validate reply_markup; inline buttons need text and 1–64 bytes of data."""
    if markup is None:
        return None
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            raise bad_request("can't parse reply keyboard markup JSON object") from None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            _check_inline_button(button)
    return markup


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed")
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
        raise bad_request("BUTTON_DATA_INVALID")


class _HtmlChecker(HTMLParser):
    """Enough of Telegram's HTML parser to catch unescaped '<', unknown and unclosed tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # so an escaped "&lt;" is not seen as "<"
        self.parts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise bad_request(f'can\'t parse entities: Unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise bad_request(f'can\'t parse entities: Unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            raise bad_request("can't parse entities: Unsupported start tag")
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&#{name};"))

    def finish(self) -> None:
        if self.stack:
            raise bad_request(
                f"can't parse entities: Can't find end tag corresponding to start tag "
                f'"{self.stack[-1]}"'
            )
