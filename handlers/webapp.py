"""/app: a button that opens the Mini App, or how to turn it on when it isn't configured."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, WebAppInfo

from handlers.common import Context, current_user, reply, services

NOT_CONFIGURED = (
    "The Mini App — your log, charts and programme on one page — isn't switched on for this "
    "bot yet. Whoever runs it sets SPOTTER_WEB_URL to the public https:// address of the "
    "bot's /app page (see the README's Mini App section).\n\n"
    "On your own computer, `spotter web --user {user}` opens the same pages in a browser."
)


async def app_command(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    url = services(context).settings.spotter_web_url
    if not url:
        await reply(update, NOT_CONFIGURED.format(user=user.id))
        return
    button = InlineKeyboardButton("📒 Open Spotter", web_app=WebAppInfo(url=url))
    await reply(
        update,
        "Your log, charts and programme on one page — tap below (the menu button opens it too).",
        InlineKeyboardMarkup([[button]]),
    )
