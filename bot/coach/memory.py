"""A few minutes of memory per user, so "and for size?" is read against the previous question."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

TTL = timedelta(minutes=5)
MAX_USERS = 2000


@dataclass
class FollowUpMemory:
    """The last card answered per user, forgotten after `ttl`; bounded to `max_users` entries."""

    ttl: timedelta = TTL
    max_users: int = MAX_USERS
    _last: OrderedDict[int, tuple[datetime, str]] = field(default_factory=OrderedDict)

    def remember(self, user_id: int, card_id: str, now: datetime) -> None:
        self._last.pop(user_id, None)
        self._last[user_id] = (now, card_id)
        while len(self._last) > self.max_users:
            self._last.popitem(last=False)

    def recall(self, user_id: int, now: datetime) -> str | None:
        entry = self._last.get(user_id)
        if entry is None or now - entry[0] > self.ttl:
            return None
        return entry[1]
