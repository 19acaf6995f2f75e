"""The rest-timer clock: a one-second job that claims due timers from the database and says
the rest is over. The rows are the truth, so a restart simply picks up where it left off, and
a claim is taken once however many ticks or instances look (see storage/timers.py)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.services.container import Services
from bot.services.daylog import TIMER_GRACE_S, rest_over_text

if TYPE_CHECKING:
    from telegram.ext import Application, CallbackContext, Job

log = logging.getLogger(__name__)
JOB_ID = "rest-timers"
TICK_SECONDS = 1.0

Send = Callable[[int, str], Awaitable[None]]


class RestClock:
    """Fires due rest timers: `tick()` is called by the job (tests call it with their clock)."""

    def __init__(self, svc: Services, send: Send) -> None:
        self._svc = svc
        self._send = send

    async def tick(self) -> int:
        """Claim and announce every timer due now; how many were announced."""
        now_ts = int(self._svc.now().timestamp())
        fired = 0
        for timer in await self._svc.timers.claim_due(now_ts, TIMER_GRACE_S):
            try:
                text = await rest_over_text(self._svc, timer.user_id, timer.seconds)
                if text:
                    await self._send(timer.chat_id, text)
                    fired += 1
            except Exception:  # one lifter's failed ping must not stop the others'
                log.exception("rest timer for user %s could not be announced", timer.user_id)
        return fired


def install(application: Application[Any, Any, Any, Any, Any, Any], clock: RestClock) -> Job[Any]:
    """One repeating job (fixed id), never run twice at once."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("rest timers need PTB's job-queue extra")

    async def run(_: CallbackContext[Any, Any, Any, Any]) -> None:
        await clock.tick()

    return job_queue.run_repeating(
        run,
        interval=TICK_SECONDS,
        name=JOB_ID,
        job_kwargs={"id": JOB_ID, "replace_existing": True, "coalesce": True, "max_instances": 1},
    )
