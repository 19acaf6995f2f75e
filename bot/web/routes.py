"""Everything under /app on an aiohttp application: four pages, their static files, the API.

Pages are plain HTML shells rendered here; their data comes from the API, because a page load
carries no sign-in (Telegram hands initData to the page, in the URL fragment, not to us).
Every answer carries security headers: a CSP that allows this origin only, no sniffing, no
referrer, and no caching of API answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from html import escape
from importlib.resources import files

from aiohttp import web

from bot.config import Settings
from bot.services.container import Services
from bot.web import api
from bot.web.auth import AuthError, LocalLogins
from bot.web.context import WEB, Handler, WebContext
from bot.web.programs import ProgramAdapter, wired_adapter

log = logging.getLogger("spotter.web")

PAGES = {"log": "Log", "progress": "Progress", "programme": "Programme", "data": "Data"}
STATIC = {"app.js": "text/javascript", "app.css": "text/css"}
# Telegram Web (web.telegram.org) shows Mini Apps in an iframe; the phone apps use a web view.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'self' https://web.telegram.org"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@cache
def _asset(name: str) -> str:
    return files("bot.web").joinpath("static", name).read_text(encoding="utf-8")


def render_page(page: str) -> str:
    nav = "".join(
        f'<a href="/app/{key}"{" aria-current=page" if key == page else ""}>{title}</a>'
        for key, title in PAGES.items()
    )
    return (
        _asset("page.html")
        .replace("{{title}}", escape(PAGES[page]))
        .replace("{{page}}", page)
        .replace("{{nav}}", nav)
        .replace("{{main}}", _asset(f"{page}.html"))
    )


def _secured(handler: Handler, *, api_call: bool) -> Handler:
    async def secured(request: web.Request) -> web.StreamResponse:
        response = await (api.answer_errors(request, handler) if api_call else handler(request))
        response.headers.update(HEADERS)
        if api_call:
            response.headers["Cache-Control"] = "no-store"
        return response

    return secured


def _page(page: str) -> Handler:
    async def show(request: web.Request) -> web.StreamResponse:
        return web.Response(text=render_page(page), content_type="text/html")

    return show


async def _static(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if name not in STATIC:
        raise web.HTTPNotFound()
    return web.Response(text=_asset(name), content_type=STATIC[name],
                        headers={"Cache-Control": "no-cache"})  # fmt: skip


async def _local_login(request: web.Request) -> web.StreamResponse:
    """`spotter web`: trade the printed one-time code for a session token (kept in the tab)."""
    local = request.app[WEB].local
    if local is None:
        raise web.HTTPNotFound()
    try:
        code = str((await request.json()).get("code", ""))
    except (ValueError, AttributeError):
        code = ""
    svc = request.app[WEB].services()
    if svc is None:
        raise AuthError("starting up, try again in a moment")
    return web.json_response({"session": local.exchange(code, svc.now())})


def add_web_routes(
    app: web.Application,
    services: Callable[[], Services | None],
    settings: Settings,
    *,
    programs: ProgramAdapter | None = None,
    local: LocalLogins | None = None,
) -> None:
    """Serve the Mini App at /app (pages) and /app/api/ (JSON) on `app`."""
    app[WEB] = WebContext(services, settings, programs or wired_adapter(), local)
    router = app.router
    router.add_get("/app", _secured(_page("log"), api_call=False))
    for page in PAGES:
        router.add_get(f"/app/{page}", _secured(_page(page), api_call=False))
    router.add_get("/app/static/{name}", _secured(_static, api_call=False))
    for method, path, handler in api.ROUTES:
        router.add_route(method, f"/app/api{path}", _secured(handler, api_call=True))
    router.add_post("/app/api/local/login", _secured(_local_login, api_call=True))
