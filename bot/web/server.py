"""`spotter web --user ID`: the Mini App's pages on this computer, behind a one-time login.

In the running bot the pages are served by bot/runtime/miniapp.py (the menu button, webhook
mode's server, polling mode's small one); this module knows nothing of Telegram.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from aiohttp import web

from bot.config import Settings
from bot.services.container import open_services
from bot.services.users import ensure_user
from bot.web.auth import LocalLogins
from bot.web.routes import add_web_routes


async def serve_local(
    settings: Settings,
    user_id: int,
    port: int,
    stop: asyncio.Event,
    out: TextIO = sys.stdout,
) -> None:
    """`spotter web --user ID`: the pages on 127.0.0.1 behind a one-time login link."""
    svc = await open_services(settings)
    try:
        await ensure_user(svc, user_id, user_id, "")
        logins = LocalLogins(user_id, svc.now())
        web_app = web.Application()
        add_web_routes(web_app, lambda: svc, settings, local=logins)
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, "127.0.0.1", port).start()
            bound = runner.addresses[0][1]
            print(f"Spotter's Mini App for user {user_id}, on this computer only:\n"
                  f"  http://127.0.0.1:{bound}/app#local={logins.code}\n"
                  "The link signs in once (within ten minutes). Ctrl-C stops.",
                  file=out, flush=True)  # fmt: skip
            await stop.wait()
        finally:
            await runner.cleanup()
    finally:
        await svc.close()
