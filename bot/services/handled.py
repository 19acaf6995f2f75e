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
    def __init__(self) -> None:
        self._marks: list[Mark] = []
        self._flushes: set[asyncio.Task[None]] = set()

    def add(self, update_id: int, now_ts: int) -> bool:
        """Hold one mark; True when it is the first held (a flush is due to be scheduled)."""
        self._marks.append((update_id, now_ts))
        return len(self._marks) == 1

    def take(self) -> list[Mark]:
        marks, self._marks = self._marks, []
        return marks

    def flush_soon(self, db: Store, updates: UpdateLog) -> None:
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
        await asyncio.gather(*self._flushes)
        await self.flush(db, updates)
