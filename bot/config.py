"""Settings from the environment and `.env` (SPEC.md "Environment")."""

from __future__ import annotations

import logging
import os
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOG_LEVELS = {"CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"}


class Settings(BaseSettings):
    """Every variable of SPEC.md; the token is a secret and never printed."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    database_url: str = "sqlite:///spotter.db"
    spotter_broadcast_rate: float = Field(default=25.0, gt=0, le=1000)
    spotter_admin_ids: str = ""
    spotter_webhook_url: str | None = None
    spotter_webhook_secret: SecretStr | None = None
    spotter_webhook_port: int = Field(default=8443, ge=1, le=65535)
    spotter_reminder_grace_minutes: int = Field(default=120, ge=0, le=24 * 60)
    spotter_tick_seconds: float = Field(default=30.0, gt=0, le=3600)
    spotter_web_url: str | None = None
    spotter_web_port: int = Field(default=8080, ge=1, le=65535)
    spotter_web_auth_max_age: int = Field(default=86400, ge=60, le=30 * 86400)
    log_level: str = "INFO"
    # Not in SPEC's list: the Bot API transport (aiohttp, or PTB's own httpx one as a fallback).
    spotter_http_client: Literal["aiohttp", "httpx"] = "aiohttp"
    # Not in SPEC's list: where the coach keeps its fitted ranker between starts ("" = nowhere).
    spotter_cache_dir: str | None = None

    @field_validator("spotter_web_url")
    @classmethod
    def _web_url_is_https(cls, value: str | None) -> str | None:
        if value and not value.startswith("https://"):
            raise ValueError("must be the https:// address Telegram opens (Mini Apps need HTTPS)")
        return value or None

    @field_validator("spotter_http_client", mode="before")
    @classmethod
    def _client_name(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(sorted(LOG_LEVELS))}")
        return level

    @field_validator("spotter_admin_ids")
    @classmethod
    def _admin_ids_are_numbers(cls, value: str) -> str:
        for part in value.replace(";", ",").split(","):
            if part.strip() and not part.strip().lstrip("-").isdigit():
                raise ValueError("must be Telegram user ids separated by commas")
        return value

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite:/// (or postgresql://)")
        return value

    @cached_property
    def admin_ids(self) -> frozenset[int]:
        parts = self.spotter_admin_ids.replace(";", ",").split(",")
        return frozenset(int(p) for p in parts if p.strip())

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    @property
    def cache_dir(self) -> Path | None:
        """SPOTTER_CACHE_DIR, else $XDG_CACHE_HOME/spotter or ~/.cache/spotter; "" means none."""
        if self.spotter_cache_dir is not None:
            return Path(self.spotter_cache_dir).expanduser() if self.spotter_cache_dir else None
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "spotter"

    @property
    def log_level_number(self) -> int:
        return int(logging.getLevelName(self.log_level))


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning pydantic's report into one line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "setting"
        raise ConfigError(f"{name}: {first['msg']}") from None
