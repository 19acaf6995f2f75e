"""The Bot API transport: PTB's `BaseRequest` over one aiohttp `ClientSession` (issue 17).

PTB's own `HTTPXRequest` costs 2–3 ms of CPU per call once calls overlap (httpcore walks its
whole connection pool on every request); aiohttp's connector hands out a kept-alive connection
in constant time. The wire format is the one HTTPXRequest sends: a form-encoded body whose
values are PTB's JSON-encoded parameters, or multipart/form-data when files are uploaded.
`SPOTTER_HTTP_CLIENT=httpx` brings PTB's transport back (it also honours HTTPS_PROXY).

Timeouts keep PTB's meaning: `pool` + `connect` bound getting a connection (aiohttp's
`connect`), `connect` alone a new socket's connect, `read` the wait for the answer once the
request is written (aiohttp starts `sock_read` after the body). aiohttp has no write timeout,
so the sum of all four bounds the whole call. Errors map as HTTPXRequest maps them: any
timeout → `TimedOut`, any other client error → `NetworkError`; the token is scrubbed from
their text (aiohttp quotes the URL, whose path carries it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal
from urllib.parse import urlencode

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

HttpClient = Literal["aiohttp", "httpx"]
FORM = "application/x-www-form-urlencoded"
_TOKEN_IN_PATH = re.compile(r"/bot[^/\s'\"]+")


class AiohttpRequest(BaseRequest):
    """A PTB transport on one aiohttp session (opened by `initialize`, closed by `shutdown`).

    The defaults are HTTPXRequest's: 256 connections, 5 s read / write / connect, 1 s pool,
    20 s write for uploads."""

    __slots__ = ("_limit", "_media_write", "_session", "_timeouts")

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._limit = connection_pool_size
        self._timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[0]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        uploads = request_data is not None and request_data.contains_files
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout, uploads)
        body, headers = _body(request_data)
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's own timeouts subclass it
            raise TimedOut(_scrubbed(f"Timed out: {err}")) from err
        except aiohttp.ClientError as err:
            raise NetworkError(_scrubbed(f"aiohttp.{type(err).__name__}: {err}")) from err

    def _timeout(
        self,
        read: ODVInput[float],
        write: ODVInput[float],
        connect: ODVInput[float],
        pool: ODVInput[float],
        uploads: bool,
    ) -> aiohttp.ClientTimeout:
        default_read, default_write, default_connect, default_pool = self._timeouts
        if isinstance(write, DefaultValue):
            write = self._media_write if uploads else default_write
        values = (
            _given(read, default_read),
            write,
            _given(connect, default_connect),
            _given(pool, default_pool),
        )
        read_s, _, connect_s, pool_s = values
        return aiohttp.ClientTimeout(
            total=_sum(values),
            connect=_sum((connect_s, pool_s)),
            sock_connect=connect_s,
            sock_read=read_s,
        )


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def _sum(values: Collection[float | None]) -> float | None:
    """None (no bound) when any part is unbounded."""
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def _body(
    request_data: RequestData | None,
) -> tuple[bytes | aiohttp.FormData | None, dict[str, str] | None]:
    """What HTTPXRequest would send: the JSON-encoded parameters as a form, files as multipart."""
    if request_data is None:
        return None, None
    fields = request_data.json_parameters
    if not request_data.contains_files:
        return urlencode(fields).encode(), {"Content-Type": FORM}
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mime) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime)
    return form, None


def _scrubbed(text: str) -> str:
    """The error's text without the token aiohttp quotes from the URL."""
    return _TOKEN_IN_PATH.sub("/bot***", text)


def bot_api_request(client: HttpClient, *, polling: bool) -> BaseRequest:
    """The transport for the Bot API calls (`polling=False`) or for getUpdates (one connection,
    as PTB's own default)."""
    size = 1 if polling else 256
    if client == "httpx":
        return HTTPXRequest(connection_pool_size=size)
    return AiohttpRequest(connection_pool_size=size)
