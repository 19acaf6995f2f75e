"""A few minutes of memory per user, so "and for size?" is read against the previous question."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

TTL = timedelta(minutes=5)
MAX_USERS = 2000


@dataclass
class FollowUpMemory:
    """The last card answered per user and the question it answered (a follow-up keeps the
    question it follows, so "and for 3 reps?" still has the 1RM), forgotten after `ttl`;
    bounded to `max_users` entries."""

    ttl: timedelta = TTL
    max_users: int = MAX_USERS
    _last: OrderedDict[int, tuple[datetime, str, str]] = field(default_factory=OrderedDict)

    def remember(self, user_id: int, card_id: str, now: datetime, question: str = "") -> None:
        self._last.pop(user_id, None)
        self._last[user_id] = (now, card_id, question)
        while len(self._last) > self.max_users:
            self._last.popitem(last=False)

    def recall(self, user_id: int, now: datetime) -> str | None:
        """The card answered last, if recent."""
        entry = self._fresh(user_id, now)
        return entry[1] if entry else None

    def recall_question(self, user_id: int, now: datetime) -> str:
        """The question the last card answered, if recent ("" when none or forgotten)."""
        entry = self._fresh(user_id, now)
        return entry[2] if entry else ""

    def _fresh(self, user_id: int, now: datetime) -> tuple[datetime, str, str] | None:
        entry = self._last.get(user_id)
        if entry is None or now - entry[0] > self.ttl:
            return None
        return entry
