"""`spotter run`: long polling, or webhook mode (webhook.py here) when SPOTTER_WEBHOOK_URL is set.

Polling is at-least-once: an update is confirmed (by a later call's offset) only once it and
every update before it were processed (window.py holds the offset arithmetic), so a crash or
SIGKILL makes Telegram deliver the unfinished ones again instead of losing them. PTB's Updater
confirms a batch as soon as it has fetched it. The next batch is fetched while slow updates
still run. Logging a set is idempotent per chat message, so a redelivered log is not doubled.

Whatever goes wrong at start-up ends in one line on stderr and a non-zero exit, never in a
traceback: PTB's InvalidToken message, for one, quotes the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.config import ConfigError, Settings
from bot.runtime.app import SpotterApp, build_application, services_of
from bot.runtime.lifecycle import ALLOWED_UPDATES, started, stop_on_signals
from bot.runtime.window import FETCH_LIMIT, UpdateWindow

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
    """Fetch while earlier updates run; confirm only what is finished; until `stop` is set."""
    jobs = services_of(app).jobs
    window = UpdateWindow(app, jobs.held if jobs else set)
    if jobs is not None:
        jobs.subscribe(window.changed)
    failures = 0
    while not stop.is_set():
        if window.busy():
            await window.settle(stop, timeout=1.0)
            continue
        waiting = window.offset() < window.next_id  # Telegram answers at once then
        try:
            updates = await _fetch(app, stop, window.offset(), 0 if waiting else timeout)
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
        if updates is None:
            break
        failures = 0
        if not window.admit(updates) and waiting:
            if len(updates) >= FETCH_LIMIT:
                window.release_jobs()  # a job holds the offset: nothing newer fits a batch
                continue
            await window.settle(stop)  # only unfinished ones came back: don't spin
    await window.drain()  # in-flight updates finish
    if window.offset():  # confirm what is finished, so a restart does not see it again
        with contextlib.suppress(TelegramError):
            await app.bot.get_updates(offset=window.offset(), timeout=0, limit=1)


async def _fetch(
    app: SpotterApp, stop: asyncio.Event, offset: int, timeout: int
) -> tuple[Update, ...] | None:
    """One getUpdates call; None when `stop` was set while it waited."""
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
        return None
    return fetch.result()


def _backoff(exc: TelegramError, failures: int) -> float:
    if isinstance(exc, RetryAfter):
        return float(exc.retry_after if isinstance(exc.retry_after, int) else 5)
    if isinstance(exc, Conflict):  # another instance polls with this token
        return MAX_BACKOFF_S / 3
    return min(MAX_BACKOFF_S, 0.5 * 2 ** (failures - 1))
