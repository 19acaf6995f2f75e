"""Application services: use cases that join the domain code to storage (no Telegram here)."""

from bot.services.container import Services, open_services

__all__ = ["Services", "open_services"]
