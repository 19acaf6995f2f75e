"""The `spotter` command: run, chat, web, parse, ask, import, export, plan, backup."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.logsetup import configure_logging

BOTFATHER_HINT = (
    "No TELEGRAM_BOT_TOKEN is set. To run the real bot, open Telegram, talk to @BotFather, "
    "send /newbot, and put the token it gives you in .env as TELEGRAM_BOT_TOKEN=…\n"
    "Opening the offline console chat instead (type /help; Ctrl-D quits).\n"
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="spotter", description="Spotter, a coaching bot for lifters.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser(
        "run", help="run the bot (long polling; webhook when SPOTTER_WEBHOOK_URL is set)"
    )
    run.add_argument(
        "--chat-without-token",
        action="store_true",
        help="with no TELEGRAM_BOT_TOKEN, explain how to get one and open the offline chat",
    )
    chat = sub.add_parser("chat", help="the same bot offline in this terminal (no token needed)")
    chat.add_argument("--user", type=int, default=1, help="the Telegram user id to chat as")
    webp = sub.add_parser("web", help="the Mini App's pages on 127.0.0.1 for one user")
    webp.add_argument("--user", type=int, required=True, help="the Telegram user id to sign in as")
    webp.add_argument("--port", type=int, default=0, help="local port (default: any free one)")
    parse = sub.add_parser("parse", help="parse one message (or JSON lines from stdin)")
    parse.add_argument("--json", action="store_true", help="print JSON as in SPEC.md")
    parse.add_argument("text", nargs="*", help="the message; none = read JSON lines from stdin")
    ask = sub.add_parser("ask", help="the coach's answer to a question")
    ask.add_argument("--json", action="store_true", help="print JSON as in SPEC.md")
    ask.add_argument("question", nargs="+")
    imp = sub.add_parser("import", help="import a Strong or Hevy CSV export for a user")
    imp.add_argument("file", type=Path)
    imp.add_argument("--user", type=int, required=True)
    imp.add_argument("--unit", choices=("kg", "lb"), default=None)
    imp.add_argument("--json", action="store_true")
    exp = sub.add_parser("export", help="a user's sets as CSV (to FILE or stdout)")
    exp.add_argument("--user", type=int, required=True)
    exp.add_argument("file", nargs="?", type=Path)
    plan = sub.add_parser("plan", help="a user's prescribed session for a day (today by default)")
    plan.add_argument("--user", type=int, required=True)
    plan.add_argument("--date", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    plan.add_argument("--json", action="store_true", help="print JSON as in SPEC.md")
    backup = sub.add_parser("backup", help="an online copy of the SQLite database")
    backup.add_argument("file", type=Path)
    mig = sub.add_parser("migrate-db", help="copy every table to another (empty) database")
    mig.add_argument("--from", dest="source", help="source URL (default: DATABASE_URL)")
    mig.add_argument("--to", dest="target", required=True, help="e.g. postgresql://host/db")
    mig.add_argument("--batch", type=int, default=5000, help="rows per target transaction")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"spotter: configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level_number, [settings.token or ""])
    return COMMANDS[args.command](args, settings)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.token and args.chat_without_token:
        print(BOTFATHER_HINT, file=sys.stderr)
        return _chat(argparse.Namespace(user=1), settings)
    if not settings.token:
        print(
            "spotter: configuration error: TELEGRAM_BOT_TOKEN is not set "
            "(get one from @BotFather; `spotter chat` works without it)",
            file=sys.stderr,
        )
        return 2
    from bot.coach.ranker import use_cache
    from bot.runtime.polling import serve

    use_cache(settings.cache_dir)  # the first question loads the fitted ranker (or fits, keeps it)
    return serve(settings)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.console import main_console
    from bot.coach.ranker import use_cache

    use_cache(settings.cache_dir)
    configure_logging(max(settings.log_level_number, 30), [settings.token or ""])
    return main_console(settings, args.user)


def _web(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime.polling import stop_on_signals
    from bot.web.server import serve_local

    async def go() -> int:
        try:
            await serve_local(settings, args.user, args.port, stop_on_signals())
        except OSError as exc:
            print(
                f"spotter web: cannot listen on port {args.port}: {exc.strerror}", file=sys.stderr
            )
            return 1
        return 0

    return asyncio.run(go())


def _parse(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.parse import run_parse

    argv = (["--json"] if args.json else []) + list(args.text)
    return run_parse(argv, sys.stdin, sys.stdout)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.ask import run_ask
    from bot.coach.ranker import use_cache

    use_cache(settings.cache_dir)
    return run_ask((["--json"] if args.json else []) + list(args.question), sys.stdout)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from bot.importers import ImportFormatError
    from bot.services.data import import_file, import_summary_text
    from bot.services.offline import with_user

    try:
        with args.file.open("rb"):
            pass  # read in a stream by import_file; only check it can be opened
    except OSError as exc:
        print(f"spotter: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 1

    async def go() -> int:
        async with with_user(settings, args.user) as (svc, user):
            try:
                imported, added = await import_file(svc, user, args.file, args.unit)
            except ImportFormatError as exc:
                print(f"spotter: {exc}", file=sys.stderr)
                return 1
            if args.json:
                print(json.dumps(imported.summary.to_json(added), ensure_ascii=False))
            else:
                print(import_summary_text(imported, added, args.unit or user.unit))
            return 0

    return asyncio.run(go())


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.services.data import export_csv
    from bot.services.offline import with_user

    async def go() -> int:
        async with with_user(settings, args.user) as (svc, user):
            text, _ = await export_csv(svc, user)
        if args.file:
            args.file.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0

    return asyncio.run(go())


def _plan(args: argparse.Namespace, settings: Settings) -> int:
    from bot.services.offline import with_user
    from bot.services.training import day_plan, plan_document
    from bot.training.day import render_plan

    async def go() -> int:
        async with with_user(settings, args.user) as (svc, user):
            if args.json:
                print(json.dumps(await plan_document(svc, user, args.date), ensure_ascii=False))
            else:
                print(render_plan(await day_plan(svc, user, args.date), user.unit))
        return 0

    return asyncio.run(go())


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    from storage.db import Database

    async def go() -> int:
        db = await Database.open(settings.database_url)
        try:
            await db.backup(str(args.file))
        finally:
            await db.close()
        print(f"Backed up to {args.file}")
        return 0

    return asyncio.run(go())


def _migrate_db(args: argparse.Namespace, settings: Settings) -> int:
    from storage.migrate import MigrationRefused, migrate_database

    source = args.source or settings.database_url

    def progress(table: str, rows: int) -> None:
        print(f"  {table}: {rows} rows copied", file=sys.stderr)

    try:
        report = asyncio.run(
            migrate_database(source, args.target, batch=args.batch, progress=progress)
        )
    except MigrationRefused as exc:
        print(f"spotter migrate-db: {exc}", file=sys.stderr)
        return 1
    total = sum(r.target_rows for r in report)
    print(f"Copied {total} rows in {len(report)} tables; row counts match.")
    return 0


COMMANDS = {
    "run": _run,
    "chat": _chat,
    "web": _web,
    "parse": _parse,
    "ask": _ask,
    "import": _import,
    "export": _export,
    "plan": _plan,
    "backup": _backup,
    "migrate-db": _migrate_db,
}

if __name__ == "__main__":
    raise SystemExit(main())
