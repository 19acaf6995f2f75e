"""Compact, versioned callback data that names the user a button belongs to.

Format: `1:<owner in base 36>:<action>[:<arg>…]` — at most 64 bytes (Telegram's limit).
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = "1"
MAX_BYTES = 64


@dataclass(frozen=True)
class Callback:
    owner: int
    action: str
    args: tuple[str, ...]


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return sign + out


def encode(owner: int, action: str, *args: object) -> str:
    data = ":".join([VERSION, _b36(owner), action, *(str(a) for a in args)])
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    """None for data from an older scheme or anything malformed."""
    if not data:
        return None
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != VERSION:
        return None
    try:
        owner = int(parts[1], 36)
    except ValueError:
        return None
    return Callback(owner, parts[2], tuple(parts[3:]))
