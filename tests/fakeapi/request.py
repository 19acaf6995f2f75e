"""PTB transports for tests: `FakeRequest` talks to a FakeTelegram in-process, no sockets;
`OfflineGuardRequest` fails the test on any attempt to reach the network."""

from __future__ import annotations

import json
from typing import IO

import pytest
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from tests.fakeapi.core import FakeTelegram
from tests.fakeapi.records import Upload
from tests.fakeapi.validation import ApiError
from tests.fakeapi.wire import decode_form, split_file_url, split_method_url

DEFAULT_NONE = BaseRequest.DEFAULT_NONE


class FakeRequest(BaseRequest):
    """Routes PTB's HTTP calls to `core.handle()` exactly as they would go over the wire."""

    def __init__(self, core: FakeTelegram, *, read_timeout: float | None = 5.0) -> None:
        self.core = core
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to open: there is no connection pool."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        file_route = split_file_url(url)
        if file_route is not None:
            return self._download(*file_route)
        route = split_method_url(url)
        if route is None:
            return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
        params = decode_form(request_data.json_parameters) if request_data else {}
        files = uploads_from(request_data) if request_data else {}
        status, body = await self.core.handle(route[0], route[1], params, files)
        return status, json.dumps(body).encode()

    def _download(self, token: str, file_path: str) -> tuple[int, bytes]:
        try:
            return 200, self.core.download(token, file_path)
        except ApiError as err:
            return err.code, json.dumps(err.envelope()).encode()


def uploads_from(request_data: RequestData) -> dict[str, Upload]:
    """The multipart parts PTB would send, keyed by part name."""
    return {
        name: Upload(filename, _read(content), mime)
        for name, (filename, content, mime) in request_data.multipart_data.items()
    }


def _read(content: bytes | IO[bytes]) -> bytes:
    return content if isinstance(content, bytes) else content.read()


class OfflineGuardRequest(BaseRequest):
    """A transport that fails the test loudly: nothing in the suite may reach Telegram."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        route = split_method_url(url)
        self.attempts.append(route[1] if route else "file download")
        # pytest.fail raises a BaseException, so PTB cannot swallow it as a NetworkError.
        pytest.fail(f"Network access disallowed in tests (tried {self.attempts[-1]})")
