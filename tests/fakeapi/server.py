"""`FakeBotApiServer`: the FakeTelegram core over real HTTP on 127.0.0.1.

Point a bot at it with `base_url=server.base_url` (what TELEGRAM_BASE_URL does). Besides the Bot
API it serves `/__control/*` routes for black-box tests and benchmarks, and delivers updates to
a webhook the bot registered. Standalone: `python -m tests.fakeapi.server --port 8081`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from dataclasses import fields
from types import TracebackType
from typing import Any

import aiohttp
from aiohttp import web

from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram
from tests.fakeapi.flood import FloodLimits
from tests.fakeapi.records import OutboxEntry, Upload
from tests.fakeapi.validation import MAX_DOCUMENT_BYTES, ApiError
from tests.fakeapi.wire import decode_form

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class FakeBotApiServer:
    """An aiohttp app bound to an ephemeral port (or `port`) on 127.0.0.1."""

    def __init__(self, core: FakeTelegram, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.core = core
        self.host = host
        self.port = port
        self.deliveries: list[tuple[int, dict[str, Any]]] = []
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_DOCUMENT_BYTES + 1024 * 1024)
        app.add_routes(
            [
                web.route("*", "/bot{token}/{method}", self._api),
                web.get("/file/bot{token}/{path:.+}", self._file),
                web.post("/__control/updates", self._inject),
                web.get("/__control/outbox", self._outbox),
                web.post("/__control/scenarios", self._scenarios),
                web.get("/__control/stats", self._stats),
            ]
        )
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._client = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()
        self._client = self._runner = None

    async def __aenter__(self) -> FakeBotApiServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------- webhook delivery

    async def deliver_webhook(
        self, update: dict[str, Any], token: str | None = None, *, attempts: int = 3
    ) -> int:
        """POST an update to the registered webhook like Telegram: JSON body, secret header,
        a few retries on failure. Returns the last HTTP status (0 if nothing answered)."""
        hook = self.core.webhook(token)
        if not hook.get("url") or self._client is None:
            raise RuntimeError("no webhook is set (or the server is not started)")
        headers = {"Content-Type": "application/json"}
        if hook.get("secret_token"):
            headers[SECRET_HEADER] = hook["secret_token"]
        status = 0
        for attempt in range(attempts):
            status = await self._post_once(hook["url"], json.dumps(update), headers)
            if 200 <= status < 300:
                break
            await asyncio.sleep(0.05 * (attempt + 1))
        self.deliveries.append((status, update))
        return status

    async def _post_once(self, url: str, body: str, headers: dict[str, str]) -> int:
        assert self._client is not None
        try:
            async with self._client.post(url, data=body, headers=headers) as response:
                return response.status
        except aiohttp.ClientError:
            return 0

    async def inject(self, update: dict[str, Any], token: str | None = None) -> int | None:
        """Hand an update to the bot: to its webhook if one is set, else to getUpdates."""
        if self.core.webhook(token).get("url"):
            return await self.deliver_webhook(update, token)
        self.core.push_update(update, token)
        return None

    # ------------------------------------------------------------- Bot API routes

    async def _api(self, request: web.Request) -> web.Response:
        params, files = await read_call(request)
        token, method = request.match_info["token"], request.match_info["method"]
        status, body = await self.core.handle(token, method, params, files)
        return web.json_response(body, status=status)

    async def _file(self, request: web.Request) -> web.Response:
        try:
            content = self.core.download(request.match_info["token"], request.match_info["path"])
        except ApiError as err:
            return web.json_response(err.envelope(), status=err.code)
        return web.Response(body=content, content_type="application/octet-stream")

    # ------------------------------------------------------------- control routes

    async def _inject(self, request: web.Request) -> web.Response:
        """Body: a full Update, or the shorthand {"user_id": 42, "text": "bench 100x5"}."""
        data = await request.json()
        token = data.pop("token", None)
        update = data if "update_id" in data else self._shorthand(data)
        delivered = await self.inject(update, token)
        return web.json_response({"ok": True, "result": update, "webhook_status": delivered})

    def _shorthand(self, data: dict[str, Any]) -> dict[str, Any]:
        user_id = int(data["user_id"])
        if "document" in data:
            doc = data["document"]
            content = str(doc.get("content", "")).encode()
            return self.core.document_update(user_id, doc["filename"], content)
        return self.core.text_update(
            user_id, str(data["text"]), first_name=data.get("first_name", "Ann")
        )

    async def _outbox(self, request: web.Request) -> web.Response:
        chat = request.query.get("chat_id")
        since = int(request.query.get("since", "0"))
        entries = [
            entry_json(e)
            for e in self.core.outbox
            if e.seq > since and (chat is None or str(e.chat_id) == chat)
        ]
        return web.json_response({"ok": True, "result": entries})

    async def _scenarios(self, request: web.Request) -> web.Response:
        """Keys: fail_next (dict or list), block / unblock (chat ids), latency, flood, reset."""
        apply_scenarios(self.core, await request.json())
        return web.json_response({"ok": True, "result": True})

    async def _stats(self, request: web.Request) -> web.Response:
        stats = {**self.core.stats(), "webhook_deliveries": len(self.deliveries)}
        return web.json_response({"ok": True, "result": stats})


async def read_call(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    """Parameters from the query string plus a form, multipart or JSON body."""
    params = decode_form(request.query)
    files: dict[str, Upload] = {}
    if request.content_type == "application/json" and request.can_read_body:
        params.update(await request.json())
    elif request.can_read_body:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                mime = value.content_type or "application/octet-stream"
                files[name] = Upload(value.filename, value.file.read(), mime)
            else:
                params.update(decode_form({name: str(value)}))
    return params, files


def apply_scenarios(core: FakeTelegram, spec: dict[str, Any]) -> None:
    """The JSON form of FakeTelegram's scenario methods."""
    if spec.get("reset"):
        core.reset_scenarios()
    rules = spec.get("fail_next") or []
    for rule in [rules] if isinstance(rules, dict) else rules:
        core.fail_next(**rule)
    for key, blocked in (("block", True), ("unblock", False)):
        ids = spec.get(key)
        for chat_id in [] if ids is None else ids if isinstance(ids, list) else [ids]:
            core.block(chat_id, blocked)
    if "latency" in spec:
        core.latency(float(spec["latency"]))
    if "flood" in spec:
        limits = spec["flood"]
        known = {f.name for f in fields(FloodLimits)}
        core.flood(
            FloodLimits(**{k: v for k, v in limits.items() if k in known}) if limits else None
        )


def entry_json(entry: OutboxEntry) -> dict[str, Any]:
    """An outbox entry as JSON; uploaded files are reported by name and size."""
    return {
        "seq": entry.seq,
        "method": entry.method,
        "chat_id": entry.chat_id,
        "params": entry.params,
        "status": entry.status,
        "response": entry.response,
        "files": {
            k: {"filename": f.filename, "size": len(f.content)} for k, f in entry.files.items()
        },
    }


async def serve_forever(host: str, port: int, token: str, latency: float) -> None:
    core = FakeTelegram(token)
    core.latency(latency)
    async with FakeBotApiServer(core, host=host, port=port) as server:
        print(f"TELEGRAM_BASE_URL={server.base_url}", flush=True)
        print(f"TELEGRAM_BASE_FILE_URL={server.base_file_url}", flush=True)
        print(f"TELEGRAM_BOT_TOKEN={token}", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the fake Telegram Bot API on 127.0.0.1.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each call")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(args.host, args.port, args.token, args.latency))


if __name__ == "__main__":
    main()
