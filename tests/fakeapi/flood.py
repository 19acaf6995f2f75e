"""Approximate Telegram flood control: token buckets that answer 429 with a retry_after."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FloodLimits:
    """Rates in messages per second; Telegram documents ~30/s overall and ~1/s per private chat."""

    global_rate: float = 30.0
    global_burst: float = 30.0
    chat_rate: float = 1.0
    chat_burst: float = 3.0


@dataclass
class TokenBucket:
    """Classic token bucket; time is passed in so tests control it."""

    rate: float
    burst: float
    tokens: float | None = None
    stamp: float = 0.0

    def wait(self, now: float) -> float:
        """Refill up to `now`; the seconds until one token is available (0 if one is)."""
        if self.tokens is None:
            self.tokens = self.burst
        else:
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate

    def spend(self) -> None:
        self.tokens = (self.tokens if self.tokens is not None else self.burst) - 1.0


@dataclass
class FloodControl:
    """One global bucket plus one bucket per chat; a refused send spends nothing."""

    limits: FloodLimits
    global_bucket: TokenBucket = field(init=False)
    chats: dict[int | str, TokenBucket] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.global_bucket = TokenBucket(self.limits.global_rate, self.limits.global_burst)

    def retry_after(self, chat_id: int | str, now: float) -> int:
        """0 when the send may go ahead (and is counted), else whole seconds to wait."""
        bucket = self.chats.setdefault(
            chat_id, TokenBucket(self.limits.chat_rate, self.limits.chat_burst)
        )
        wait = max(bucket.wait(now), self.global_bucket.wait(now))
        if wait > 0:
            return math.ceil(wait)
        bucket.spend()
        self.global_bucket.spend()
        return 0
