"""`spotter run`: long polling, or webhook mode (webhook.py here) when SPOTTER_WEBHOOK_URL is set.

Polling is at-least-once: a batch from getUpdates is confirmed (by the next call's offset) only
after every update in it was processed, so a crash or SIGKILL makes Telegram deliver the
unfinished batch again instead of losing it. PTB's Updater confirms a batch as soon as it has
fetched it. Logging a set is idempotent per chat message, so a redelivered log is not doubled.

Whatever goes wrong at start-up ends in one line on stderr and a non-zero exit, never in a
traceback: PTB's InvalidToken message, for one, quotes the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.config import ConfigError, Settings
from bot.runtime.app import SpotterApp, build_application
from bot.runtime.lifecycle import ALLOWED_UPDATES, started, stop_on_signals

log = logging.getLogger("spotter")
POLL_TIMEOUT_S = 30
MAX_BACKOFF_S = 30.0


def serve(settings: Settings) -> int:
    try:
        if settings.spotter_webhook_url:
            from bot.runtime.webhook import run_webhook, webhook_config

            webhook_config(settings)  # a config error before anything starts
            asyncio.run(run_webhook(settings))
        else:
            asyncio.run(run_polling(settings))
    except ConfigError as exc:
        return _fail(settings, f"configuration error: {exc}", 2)
    except InvalidToken:
        return _fail(settings, "Telegram rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)")
    except NetworkError as exc:
        return _fail(settings, f"cannot reach the Bot API at {settings.telegram_base_url}: {exc}")
    except TelegramError as exc:
        return _fail(settings, f"the Bot API refused to start the bot: {exc}")
    except OSError as exc:
        return _fail(settings, f"cannot start: {exc}")
    except Exception as exc:
        log.debug("start-up failed", exc_info=exc)  # the log filter scrubs the token
        return _fail(settings, f"cannot start: {type(exc).__name__}: {exc}")
    return 0


def _fail(settings: Settings, message: str, code: int = 1) -> int:
    token = settings.token
    if token:
        message = message.replace(token, "***")
    print(f"spotter: {message}", file=sys.stderr)
    return code


async def run_polling(
    settings: Settings, *, stop: asyncio.Event | None = None, app: SpotterApp | None = None
) -> None:
    app = app or build_application(settings, updater=False)
    stop = stop or stop_on_signals()
    async with started(app):
        await app.bot.delete_webhook()  # getUpdates answers 409 while a webhook is set
        log.info("polling for updates")
        await poll_updates(app, stop)


async def poll_updates(app: SpotterApp, stop: asyncio.Event, timeout: int = POLL_TIMEOUT_S) -> None:
    """Fetch, process, and only then confirm; until `stop` is set."""
    offset = 0
    failures = 0
    while not stop.is_set():
        fetch = asyncio.ensure_future(
            app.bot.get_updates(offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES)
        )
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not fetch.done():
            fetch.cancel()
            with contextlib.suppress(asyncio.CancelledError, TelegramError):
                await fetch
            break
        try:
            updates = fetch.result()
        except InvalidToken:
            raise
        except TelegramError as exc:
            failures += 1
            delay = _backoff(exc, failures)
            level = logging.ERROR if isinstance(exc, Conflict) else logging.WARNING
            log.log(level, "getUpdates failed (%s); retrying in %.1f s", exc, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            continue
        failures = 0
        if not updates:
            continue
        for update in updates:
            await app.update_queue.put(update)
        await app.update_queue.join()  # every update of the batch is processed
        offset = updates[-1].update_id + 1
    if offset:  # confirm the last batch, so a restart does not see it again
        with contextlib.suppress(TelegramError):
            await app.bot.get_updates(offset=offset, timeout=0, limit=1)


def _backoff(exc: TelegramError, failures: int) -> float:
    if isinstance(exc, RetryAfter):
        return float(exc.retry_after if isinstance(exc.retry_after, int) else 5)
    if isinstance(exc, Conflict):  # another instance polls with this token
        return MAX_BACKOFF_S / 3
    return min(MAX_BACKOFF_S, 0.5 * 2 ** (failures - 1))
