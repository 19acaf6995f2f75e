"""Handled-update marks waiting to be written: they ride with the next admission's trip to
the database (bot/services/updates.py), or are flushed on their own shortly after."""

from __future__ import annotations

import asyncio
import logging

from storage.base import Store
from storage.updates import UpdateLog

log = logging.getLogger(__name__)

Mark = tuple[int, int]  # (update id, handled at, unix seconds)


class HandledMarks:
    delay_s = 0.05  # how long a handled mark waits for the next admission to carry it

    def __init__(self) -> None:
        self._marks: list[Mark] = []
        self._flushes: set[asyncio.Task[None]] = set()
        self._timer: asyncio.TimerHandle | None = None

    def add(self, update_id: int, now_ts: int, db: Store, updates: UpdateLog) -> None:
        """Hold one mark, and make sure a flush is due within `delay_s` (one timer at a time:
        under load the marks ride with admissions and the timer mostly finds nothing)."""
        self._marks.append((update_id, now_ts))
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self.delay_s, self.flush_soon, db, updates)

    def take(self) -> list[Mark]:
        marks, self._marks = self._marks, []
        return marks

    def flush_soon(self, db: Store, updates: UpdateLog) -> None:
        self._timer = None
        task = asyncio.ensure_future(self.flush(db, updates))
        self._flushes.add(task)
        task.add_done_callback(self._flushes.discard)

    async def flush(self, db: Store, updates: UpdateLog) -> None:
        """Write what no admission took; a failure leaves those updates to be redelivered."""
        marks = self.take()
        try:
            if marks:
                await db.gather([updates.mark_statement(u, ts) for u, ts in marks])
        except Exception:  # the mark is a shortcut: a redelivery is handled idempotently
            log.warning("could not mark %d handled updates", len(marks), exc_info=True)

    async def close(self, db: Store, updates: UpdateLog) -> None:
        """At shutdown: wait for flushes in flight, then write the rest."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        await asyncio.gather(*self._flushes)
        await self.flush(db, updates)
