"""What the Mini App's handlers share: the services, the settings, and who is calling."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web

from bot.config import Settings
from bot.services.container import Services
from bot.services.users import User
from bot.web.auth import AuthError, LocalLogins, verify_init_data
from bot.web.programs import ProgramAdapter

INIT_DATA_HEADER = "X-Telegram-Init-Data"
LOCAL_SESSION_HEADER = "X-Spotter-Session"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class WebContext:
    """`services` is a getter: in the bot the store opens in post_init, after routes exist."""

    services: Callable[[], Services | None]
    settings: Settings
    programs: ProgramAdapter
    local: LocalLogins | None = None  # only `spotter web` on 127.0.0.1 has one


WEB = web.AppKey("spotter_web", WebContext)


def services(request: web.Request) -> Services:
    svc = request.app[WEB].services()
    if svc is None:
        raise web.HTTPServiceUnavailable(text="starting up, try again in a moment")
    return svc


def _user_id(request: web.Request, ctx: WebContext, svc: Services) -> int:
    init_data = request.headers.get(INIT_DATA_HEADER)
    if init_data is not None:
        token = ctx.settings.token
        if not token:
            raise AuthError("This server has no bot token, so it can't check Telegram sign-ins.")
        max_age = timedelta(seconds=ctx.settings.spotter_web_auth_max_age)
        return verify_init_data(init_data, token, svc.now(), max_age)
    session = request.headers.get(LOCAL_SESSION_HEADER)
    if session is not None and ctx.local is not None:
        return ctx.local.user_for(session, svc.now())
    raise AuthError("Open this page from the bot in Telegram (no sign-in data was sent).")


def _first_name(request: web.Request) -> str:
    from urllib.parse import parse_qs

    try:
        user = json.loads(parse_qs(request.headers.get(INIT_DATA_HEADER, ""))["user"][0])
        return str(user.get("first_name", ""))[:64]
    except (KeyError, ValueError, TypeError, AttributeError):
        return ""


async def caller(request: web.Request) -> User:
    """The signed-in lifter (created with defaults on first visit); AuthError → 401."""
    svc = services(request)
    user_id = _user_id(request, request.app[WEB], svc)
    known = await svc.users.get(user_id)
    if known is not None:
        return known
    # A private chat's id is the user's id, so replies to a new user still reach them.
    return await svc.users.ensure(user_id, user_id, _first_name(request), svc.now())
