"""Small wiring pieces an operator relies on: settings, secret scrubbing, button data."""

from __future__ import annotations

import logging

import pytest

from bot.callback_data import MAX_BYTES, decode, encode
from bot.config import ConfigError, load_settings
from bot.logsetup import JsonFormatter, RedactingFilter

TOKEN = "123456:SECRET-token-value"


def test_the_token_is_not_in_the_settings_repr() -> None:
    settings = load_settings(telegram_bot_token=TOKEN)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings.model_dump())
    assert settings.token == TOKEN


@pytest.mark.parametrize(
    ("override", "variable"),
    [
        ({"spotter_broadcast_rate": "fast"}, "SPOTTER_BROADCAST_RATE"),
        ({"spotter_admin_ids": "alice"}, "SPOTTER_ADMIN_IDS"),
        ({"database_url": "mysql://x"}, "DATABASE_URL"),
        ({"log_level": "LOUD"}, "LOG_LEVEL"),
    ],
)
def test_a_malformed_setting_names_its_variable(override: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings(**override)


def test_admin_ids_are_read_as_numbers() -> None:
    assert load_settings(spotter_admin_ids="42, 7").admin_ids == frozenset({42, 7})


def test_secrets_are_scrubbed_from_messages_and_tracebacks() -> None:
    scrub = RedactingFilter([TOKEN])
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except RuntimeError as exc:
        record = logging.LogRecord(
            "httpx", logging.INFO, __file__, 1, "calling %s", (f"/bot{TOKEN}/x",),
            (type(exc), exc, exc.__traceback__),
        )  # fmt: skip
    assert scrub.filter(record)
    line = JsonFormatter().format(record)
    assert TOKEN not in line and "***" in line


@pytest.mark.parametrize("owner", [1, 42, 7_000_000_000, 2**53])
def test_button_data_round_trips_and_fits_telegram(owner: int) -> None:
    data = encode(owner, "hist", "romanian_deadlift", "20261124")
    assert len(data.encode()) <= MAX_BYTES
    decoded = decode(data)
    assert decoded is not None and decoded.owner == owner
    assert decoded.args == ("romanian_deadlift", "20261124")


@pytest.mark.parametrize("data", [None, "", "garbage", "2:abc:undo", "1:!!:undo", "1:zz"])
def test_foreign_or_stale_button_data_is_refused(data: str | None) -> None:
    assert decode(data) is None


def test_data_over_64_bytes_is_refused_when_built() -> None:
    with pytest.raises(ValueError):
        encode(1, "x" * 70)
