"""A local fake of the Telegram Bot API, for tests and benchmarks that must not touch the network.

`FakeTelegram` (core) holds the state; `FakeRequest` plugs it into PTB in-process;
`FakeBotApiServer` serves it over HTTP on 127.0.0.1; `ChatDriver` drives the real bot as a user.
"""

from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram
from tests.fakeapi.driver import Button, ChatDriver, Reply
from tests.fakeapi.flood import FloodLimits
from tests.fakeapi.records import OutboxEntry, Upload
from tests.fakeapi.request import FakeRequest, OfflineGuardRequest
from tests.fakeapi.server import FakeBotApiServer

__all__ = [
    "DEFAULT_TOKEN",
    "Button",
    "ChatDriver",
    "FakeBotApiServer",
    "FakeRequest",
    "FakeTelegram",
    "FloodLimits",
    "OfflineGuardRequest",
    "OutboxEntry",
    "Reply",
    "Upload",
]
