"""`spotter run`: long polling, or webhook mode when SPOTTER_WEBHOOK_URL is set."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from telegram import Update

from bot.app import build_application
from bot.config import Settings

log = logging.getLogger("spotter")
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]


def serve(settings: Settings) -> int:
    app = build_application(settings)
    if settings.spotter_webhook_url:
        secret = settings.spotter_webhook_secret
        if secret is None:
            log.error("SPOTTER_WEBHOOK_SECRET: required in webhook mode")
            return 2
        path = urlparse(settings.spotter_webhook_url).path.lstrip("/") or "telegram"
        app.run_webhook(
            listen="0.0.0.0",
            port=settings.spotter_webhook_port,
            url_path=path,
            webhook_url=settings.spotter_webhook_url,
            secret_token=secret.get_secret_value(),
            allowed_updates=ALLOWED_UPDATES,
        )
    else:
        app.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=30)
    return 0
