"""The updates polling has fetched but not yet finished, and the offset that confirms the rest.

Polling fetches the next batch while slow updates still run (one lifter's long /prs under a
flood wait must not stop everyone's updates from arriving). Telegram confirms by offset: asking
for `offset=N` forgets every update below N. So the offset may only move up to the *lowest*
update still unfinished — still being processed, or held by a background job (an import) —
never past it, or a crash would lose it. Updates with a lower id that finished are redelivered
after a crash too, and skipped by storage/updates.py's processed ids.

Asking with that offset returns the unfinished updates again: ids below `next_id` were fetched
already and are ignored; a fetch that brought nothing new waits for something to finish (or a
short while, so newcomers are seen) instead of spinning. A fetch of FETCH_LIMIT old updates
means a long job holds the offset so low that nothing newer fits in a batch: jobs then stop
holding it (release_jobs), since others' updates matter more than a rerun after a crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from telegram import Update

from bot.runtime.app import SpotterApp

log = logging.getLogger("spotter")

FETCH_LIMIT = 100  # getUpdates returns at most this many, counting from the offset
MAX_IN_FLIGHT = 500  # updates processed at once; beyond this, fetching waits
REPOLL_S = 0.25  # while only old updates come back, how often to look for new ones


class UpdateWindow:
    """Updates fetched and not finished; `offset` is what may be confirmed."""

    def __init__(self, app: SpotterApp, held: Callable[[], set[int]] = set) -> None:
        self._app = app
        self._held = held
        self._running: dict[int, asyncio.Task[None]] = {}
        self._changed = asyncio.Event()
        self._released: set[int] = set()
        self.next_id = 0  # one past the highest update id fetched

    def offset(self) -> int:
        """The lowest unfinished update id, else one past the last fetched."""
        held = {i for i in self._held() if i < self.next_id and i not in self._released}
        return min(set(self._running) | held, default=self.next_id)

    def release_jobs(self) -> None:
        """Let jobs stop holding the offset: FETCH_LIMIT old updates came back, so nothing
        newer can be fetched until the offset moves. Their updates are then confirmed before
        the job ends (a kill mid-job loses the retry; the lifter is told the job stopped only
        if the process lives). Updates still being processed keep holding it."""
        held = self._held()
        self._released = {i for i in self._released if i in held} | held

    def busy(self) -> bool:
        return len(self._running) >= MAX_IN_FLIGHT

    def admit(self, updates: Sequence[Update]) -> int:
        """Start processing the updates not seen before, in order; how many were new."""
        fresh = [u for u in updates if u.update_id >= self.next_id]
        for update in fresh:
            task = asyncio.create_task(self._process(update), name=f"update-{update.update_id}")
            self._running[update.update_id] = task
            self.next_id = update.update_id + 1
        return len(fresh)

    async def _process(self, update: Update) -> None:
        """Through the per-user processor: one lifter's updates in order, others in parallel."""
        try:
            await self._app.update_processor.process_update(
                update, self._app.process_update(update)
            )
        except Exception:
            log.exception("update %s failed outside its handlers", update.update_id)
        finally:
            self._running.pop(update.update_id, None)
            self.changed()

    def changed(self) -> None:
        self._changed.set()

    async def settle(self, stop: asyncio.Event, timeout: float = REPOLL_S) -> None:
        """Wait until an update or job finishes, `stop` is set, or `timeout` passes."""
        self._changed.clear()
        waiters = [asyncio.ensure_future(self._changed.wait()), asyncio.ensure_future(stop.wait())]
        with contextlib.suppress(TimeoutError):
            await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()

    async def drain(self) -> None:
        """Let every update being processed finish (a clean stop)."""
        while self._running:
            await asyncio.gather(*list(self._running.values()), return_exceptions=True)
