"""What both ways of running share — start, stop on a signal, the update kinds we ask for.

Its own module so polling.py (which picks webhook mode) and webhook.py need not import each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator

from telegram import Update

from bot.runtime.app import SpotterApp

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGTERM or SIGINT (Ctrl-C)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # not on Windows
            loop.add_signal_handler(sig, stop.set)
    return stop


@contextlib.asynccontextmanager
async def started(app: SpotterApp) -> AsyncIterator[SpotterApp]:
    """Initialise, post_init, start; on exit finish queued updates, drain the outbox, close."""
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        yield app
    finally:
        if app.running:
            await app.stop()  # processes what is already on the update queue
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)  # drains the outbox, closes the database
