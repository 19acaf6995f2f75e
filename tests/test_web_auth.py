"""initData checks (Telegram's Web App rules) and the one-time local login of `spotter web`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.web.auth import AuthError, LocalLogins, sign_init_data, verify_init_data
from tests.web_support import init_data

TOKEN = "123456:TEST-TOKEN"
NOW = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def _tampered(data: str, **changes: str) -> str:
    pairs = dict(parse_qsl(data, keep_blank_values=True))
    pairs.update(changes)
    return urlencode(pairs)


def test_valid_init_data_gives_the_signed_user() -> None:
    assert verify_init_data(init_data(501, NOW - timedelta(hours=23)), TOKEN, NOW, DAY) == 501


def test_the_documented_check_string_is_sorted_lines_without_the_hash() -> None:
    from bot.web.auth import data_check_string

    assert data_check_string({"user": "u", "hash": "h", "auth_date": "1"}) == "auth_date=1\nuser=u"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ("", "no sign-in data"),
        (init_data(501, NOW, token="654321:OTHER-BOT"), "not signed by this bot"),
        (_tampered(init_data(501, NOW), user=json.dumps({"id": 502})), "not signed"),
        (_tampered(init_data(501, NOW), hash="0" * 64), "not signed"),
        (_tampered(init_data(501, NOW), auth_date=str(int(NOW.timestamp()) - 5)), "not signed"),
        (init_data(501, NOW).replace("hash=", "nohash="), "not signed"),
        (init_data(501, NOW - DAY - timedelta(seconds=1)), "expired"),
        (init_data(501, NOW + timedelta(hours=1)), "expired"),
        (init_data(501, NOW) + "&user=x", "repeats a field"),
        ("a=%zz&&&", "malformed"),
        ("x" * 9000, "no sign-in data"),
        (sign_init_data(TOKEN, {"auth_date": str(int(NOW.timestamp()))}), "no user"),
        (sign_init_data(TOKEN, {"auth_date": "1e9", "user": '{"id": 5}'}), "no user or date"),
        (sign_init_data(TOKEN, {"auth_date": str(int(NOW.timestamp())), "user": '{"id": "5"}'}),
         "no user"),
        (sign_init_data(TOKEN, {"auth_date": str(int(NOW.timestamp())), "user": '{"id": true}'}),
         "no user"),
    ],
)  # fmt: skip
def test_forged_expired_or_malformed_init_data_is_refused(data: str, why: str) -> None:
    with pytest.raises(AuthError, match=why):
        verify_init_data(data, TOKEN, NOW, DAY)


@given(st.text(max_size=300))
def test_arbitrary_header_text_never_signs_anyone_in(text: str) -> None:
    with pytest.raises(AuthError):
        verify_init_data(text, TOKEN, NOW, DAY)


def test_the_age_limit_is_the_setting() -> None:
    data = init_data(501, NOW - timedelta(minutes=10))
    assert verify_init_data(data, TOKEN, NOW, timedelta(minutes=11)) == 501
    with pytest.raises(AuthError, match="expired"):
        verify_init_data(data, TOKEN, NOW, timedelta(minutes=9))


def test_the_local_code_works_once_and_the_session_expires() -> None:
    logins = LocalLogins(7, NOW)
    with pytest.raises(AuthError):
        logins.exchange("guess", NOW)
    session = logins.exchange(logins.code, NOW)
    assert logins.user_for(session, NOW + timedelta(hours=1)) == 7
    with pytest.raises(AuthError, match="used"):
        logins.exchange(logins.code, NOW)
    with pytest.raises(AuthError, match="expired"):
        logins.user_for(session, NOW + timedelta(hours=13))
    with pytest.raises(AuthError):
        logins.user_for("another", NOW)


def test_a_stale_local_code_is_refused() -> None:
    logins = LocalLogins(7, NOW)
    with pytest.raises(AuthError, match="expired"):
        logins.exchange(logins.code, NOW + timedelta(minutes=11))
