"""Decoding what Bot API clients put on the wire, shared by the in-process and HTTP transports."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

# Parameters whose values are strings in the Bot API: PTB sends them raw, so "100" stays "100".
STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "file_id",
        "action",
        "language_code",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
        "document",
        "photo",
    }
)

_METHOD_PATH = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>[^/?#]+)$")
_FILE_PATH = re.compile(r"/file/bot(?P<token>[^/]+)/(?P<path>[^?#]+)$")


def decode_form(fields: Mapping[str, str]) -> dict[str, Any]:
    """Turn form fields back into values: strings stay raw, everything else is JSON text."""
    return {name: _decode_value(name, value) for name, value in fields.items()}


def _decode_value(name: str, value: str) -> Any:
    if name in STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # e.g. chat_id="@channel"


def split_method_url(url: str) -> tuple[str, str] | None:
    """(token, method) of a `.../bot<token>/<method>` URL, or None."""
    path = url.split("?", 1)[0]
    if _FILE_PATH.search(path):
        return None
    match = _METHOD_PATH.search(path)
    return (unquote(match["token"]), match["method"]) if match else None


def split_file_url(url: str) -> tuple[str, str] | None:
    """(token, file_path) of a `.../file/bot<token>/<path>` URL, or None.

    PTB percent-encodes the whole path (the token's ':' becomes '%3A'), so decode it."""
    match = _FILE_PATH.search(url.split("?", 1)[0])
    return (unquote(match["token"]), unquote(match["path"])) if match else None
