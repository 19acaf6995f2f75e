"""The Telegram Mini App: pages, their JSON API and its initData authentication.

`bot.web.routes.add_web_routes(app, ...)` puts everything under `/app` on an aiohttp
application: webhook mode's server, polling mode's small server (bot/runtime/miniapp.py), or
`spotter web`'s local one.
"""
