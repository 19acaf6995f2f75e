"""The reminder tick: claim due reminders from the database, build prompts, hand them to the outbox.

The database is the source of truth and APScheduler is only a clock: one repeating job calls
`ReminderService.tick(now)`. Never one job per user (see ENGINEERING-NOTES §1.4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from bot.reminders import Claim, ClaimBatch
from bot.runtime.delivery import Prompt

if TYPE_CHECKING:
    from telegram.ext import Application, CallbackContext, Job

log = logging.getLogger(__name__)

# Each batch is one write transaction; 100 rows hold SQLite's write lock ~5 ms (500 rows: ~25 ms,
# bench/bench_fanout.py) at about the same rows/s, so interactive writes barely wait.
BATCH_SIZE = 100
MAX_BATCHES_PER_TICK = 5000
JOB_ID = "reminder-tick"


@dataclass(frozen=True, slots=True)
class PromptContent:
    """What a builder wants sent: text plus rows of (label, callback_data) buttons."""

    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)


class PromptBuilder(Protocol):
    """Builds one kind of prompt; None means nothing to send that day (e.g. a rest day)."""

    async def __call__(
        self, user_id: int, chat_id: int, local_date: date
    ) -> PromptContent | None: ...


class ReminderStore(Protocol):
    """The part of `storage.reminders.ReminderRepository` the service needs."""

    async def claim_due(self, now_ts: int, limit: int, *, grace_s: int = ...) -> ClaimBatch: ...

    async def release_stale_claims(
        self, now_ts: int, older_than_s: int, *, grace_s: int = ...
    ) -> list[Claim]: ...

    async def fill_missing_next_fire(self, now: datetime) -> int: ...

    async def mark_sent(self, delivery_id: int, message_id: int, now_ts: int) -> None: ...

    async def mark_failed(self, delivery_id: int) -> None: ...

    async def mark_skipped(self, delivery_id: int) -> None: ...

    async def deactivate_user(self, user_id: int) -> None: ...


class PromptQueue(Protocol):
    """The outbox as the service sees it: `put` may wait while the queue is full."""

    async def put(self, prompt: Prompt) -> None: ...


@dataclass(slots=True)
class TickReport:
    """What one tick (or startup) did, for logs and tests."""

    claimed: int = 0
    enqueued: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    batches: int = 0


class Leader(Protocol):
    """Leader election (`storage.leadership`): true while this instance may send prompts."""

    async def try_acquire(self) -> bool: ...


class ReminderService:
    """Turns due reminder rows into queued prompts, once per user, kind and local date."""

    def __init__(
        self,
        repo: ReminderStore,
        outbox: PromptQueue,
        builders: Mapping[str, PromptBuilder],
        grace: timedelta,
        *,
        batch_size: int = BATCH_SIZE,
        leader: Leader | None = None,
    ) -> None:
        self._repo = repo
        self._outbox = outbox
        self._builders = builders
        self._grace_s = int(grace.total_seconds())
        self._batch_size = batch_size
        self._leader = leader
        self._started = False

    async def lead(self, now: datetime) -> bool:
        """Only the leader sends prompts (several instances); it runs `startup` on taking over."""
        if self._leader is not None and not await self._leader.try_acquire():
            self._started = False
            return False
        if not self._started:
            self._started = True
            await self.startup(now)
        return True

    async def tick(self, now: datetime) -> TickReport:
        """Claim due reminders in batches until none are left, and queue their prompts."""
        report = TickReport()
        if not await self.lead(now):
            return report
        now_ts = int(now.timestamp())
        while report.batches < MAX_BATCHES_PER_TICK:
            batch = await self._repo.claim_due(now_ts, self._batch_size, grace_s=self._grace_s)
            report.batches += 1
            report.claimed += len(batch.claims)
            report.skipped += batch.skipped_late
            report.duplicates += batch.duplicates
            for claim in batch.claims:
                await self._dispatch(claim, report)
            if batch.examined < self._batch_size:
                break
        if report.claimed or report.skipped:
            log.info("reminder tick: %s", report)
        return report

    async def startup(self, now: datetime) -> TickReport:
        """After a restart: re-send claims the last process never finished, fill missing times.

        Only the leader runs the scheduler, so every open claim when it starts is orphaned.
        """
        self._started = True
        report = TickReport()
        now_ts = int(now.timestamp())
        orphans = await self._repo.release_stale_claims(now_ts, 0, grace_s=self._grace_s)
        report.claimed = len(orphans)
        for claim in orphans:
            await self._dispatch(claim, report)
        filled = await self._repo.fill_missing_next_fire(now)
        log.info(
            "reminder startup: re-sending %d orphaned claims, scheduled %d", len(orphans), filled
        )
        return report

    async def _dispatch(self, claim: Claim, report: TickReport) -> None:
        builder = self._builders.get(claim.kind)
        if builder is None:
            log.error("no prompt builder for reminder kind %r", claim.kind)
            await self._repo.mark_failed(claim.delivery_id)
            report.failed += 1
            return
        try:
            content = await builder(claim.user_id, claim.chat_id, claim.local_date)
        except Exception:
            log.exception("building the %s prompt for user %s failed", claim.kind, claim.user_id)
            await self._repo.mark_failed(claim.delivery_id)
            report.failed += 1
            return
        if content is None:
            await self._repo.mark_skipped(claim.delivery_id)
            report.skipped += 1
            return
        prompt = Prompt(
            claim.user_id, claim.chat_id, content.text, content.buttons, claim.delivery_id
        )
        await self._outbox.put(prompt)
        report.enqueued += 1


class DeliveryRecorder:
    """Outbox callbacks that write each send's outcome back to the database."""

    def __init__(
        self, repo: ReminderStore, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._repo = repo
        self._clock = clock

    async def on_sent(self, delivery_id: int | None, message_id: int) -> None:
        if delivery_id is not None:
            await self._repo.mark_sent(delivery_id, message_id, int(self._clock().timestamp()))

    async def on_blocked(self, user_id: int) -> None:
        await self._repo.deactivate_user(user_id)

    async def on_failed(self, delivery_id: int | None) -> None:
        if delivery_id is not None:
            await self._repo.mark_failed(delivery_id)


def install(
    application: Application[Any, Any, Any, Any, Any, Any],
    service: ReminderService,
    interval_s: float,
    first: float | None = None,
    *,
    now: Callable[[], datetime],
) -> Job[Any]:
    """Register the one repeating tick job (fixed id, never dropped for being late).

    `now` is the app's one clock (`svc.now`), so a test's injected time reaches the tick too."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("the reminder tick needs PTB's job-queue extra")

    async def run_tick(_: CallbackContext[Any, Any, Any, Any]) -> None:
        await service.tick(now())

    return job_queue.run_repeating(
        run_tick,
        interval=interval_s,
        first=first,
        name=JOB_ID,
        job_kwargs={
            "id": JOB_ID,
            "replace_existing": True,
            "misfire_grace_time": None,
            "coalesce": True,
            "max_instances": 1,
        },
    )
