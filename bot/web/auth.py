"""Who is calling: Telegram's signed initData, or a one-time local login for `spotter web`.

initData is checked as Telegram's Web App docs describe: secret = HMAC-SHA256(key="WebAppData",
msg=bot token); hash = hex HMAC-SHA256(key=secret, msg=the sorted `key=value` lines except
`hash`); compared in constant time; `auth_date` no older than the configured limit. The user
id comes only from the checked data. Nothing here sets a cookie: the signed string travels in a
header on every call, so there is nothing a third site could replay on the lifter's behalf.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import parse_qsl

CLOCK_SKEW = timedelta(minutes=5)  # an auth_date a little in the future is a clock difference
MAX_INIT_DATA = 8192
LOCAL_CODE_TTL = timedelta(minutes=10)
LOCAL_SESSION_TTL = timedelta(hours=12)


class AuthError(Exception):
    """Why a caller is not signed in (the API answers 401 with this message)."""


def _secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def data_check_string(pairs: dict[str, str]) -> str:
    return "\n".join(f"{k}={pairs[k]}" for k in sorted(pairs) if k != "hash")


def sign_init_data(bot_token: str, fields: dict[str, str]) -> str:
    """A valid initData string for `fields` (what Telegram builds; tests and tools use it)."""
    from urllib.parse import urlencode

    digest = hmac.new(
        _secret_key(bot_token), data_check_string(fields).encode(), hashlib.sha256
    ).hexdigest()
    return urlencode({**fields, "hash": digest})


def _pairs(init_data: str) -> dict[str, str]:
    if not init_data or len(init_data) > MAX_INIT_DATA:
        raise AuthError("Open this page from the bot in Telegram (no sign-in data was sent).")
    try:
        items = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise AuthError("The sign-in data is malformed.") from None
    pairs = dict(items)
    if len(pairs) != len(items):
        raise AuthError("The sign-in data repeats a field.")
    return pairs


def verify_init_data(init_data: str, bot_token: str, now: datetime, max_age: timedelta) -> int:
    """The Telegram user id of valid, fresh initData; AuthError otherwise."""
    pairs = _pairs(init_data)
    given = pairs.get("hash", "")
    expected = hmac.new(
        _secret_key(bot_token), data_check_string(pairs).encode(), hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise AuthError("The sign-in data is not signed by this bot.")
    try:
        signed_at = datetime.fromtimestamp(int(pairs["auth_date"]), now.tzinfo)
        user_id = json.loads(pairs["user"])["id"]
    except (KeyError, ValueError, TypeError):
        raise AuthError("The sign-in data has no user or date.") from None
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        raise AuthError("The sign-in data has no user.")
    if now - signed_at > max_age or signed_at - now > CLOCK_SKEW:
        raise AuthError("The sign-in has expired: close the app and open it again from the bot.")
    return user_id


@dataclass
class LocalLogins:
    """`spotter web`: one code printed once, exchanged once for a short-lived session token.

    The code and the tokens live only in this process's memory and only on 127.0.0.1."""

    user_id: int
    created: datetime
    code: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    _code_used: bool = False
    _sessions: dict[str, datetime] = field(default_factory=dict)

    def exchange(self, code: str, now: datetime) -> str:
        """A session token for the printed code; the code works once and for ten minutes."""
        fresh = now - self.created <= LOCAL_CODE_TTL
        if self._code_used or not fresh or not hmac.compare_digest(code, self.code):
            raise AuthError(
                "That login link was already used or has expired: run spotter web again."
            )
        self._code_used = True
        token = secrets.token_urlsafe(32)
        self._sessions[token] = now + LOCAL_SESSION_TTL
        return token

    def user_for(self, token: str, now: datetime) -> int:
        for known, expires in list(self._sessions.items()):
            if hmac.compare_digest(token, known):
                if now <= expires:
                    return self.user_id
                del self._sessions[known]
        raise AuthError("The local session has expired: run spotter web again.")
