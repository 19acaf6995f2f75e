"""Handled update ids, so a batch Telegram redelivers after a crash runs nothing twice, and
an update that was cut short twice (a poisoned upload) is set aside instead of retried forever."""

from __future__ import annotations

import logging
from typing import Literal

from bot.services.container import Services
from storage.users import User

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 2
Admission = Literal["handle", "handled", "set_aside"]


Sender = tuple[User | None]  # the sender's row as admission read it (None: a new user)


async def admit(
    svc: Services, update_id: int, user_id: int | None = None
) -> tuple[Admission, Sender | None]:
    """Whether to handle this update: not if it was handled, nor after MAX_ATTEMPTS starts;
    and the sender's row, read in the same round trip (saving `ensure_user` its lookup).

    The start is counted (and committed) before any handler runs, so a process killed
    mid-update — a huge upload running it out of memory — leaves a count behind."""
    now_ts = int(svc.now().timestamp())
    marks = [svc.updates.mark_statement(u, ts) for u, ts in svc.handled.take()]
    statements = [*marks, svc.updates.begin_statement(update_id, now_ts)]
    if user_id is not None:
        statements.append(svc.users.get_statement(user_id))
    rows = (await svc.db.gather(statements))[len(marks) :]
    handled, attempts = svc.updates.started(rows[0])
    sender = (svc.users.from_rows(rows[1]),) if user_id is not None else None
    if handled:
        return "handled", None
    if attempts <= MAX_ATTEMPTS:
        return "handle", sender
    log.error("update %s set aside after %d attempts", update_id, attempts - 1)
    await svc.updates.mark(update_id, now_ts)
    return "set_aside", None


async def mark_handled(svc: Services, update_id: int) -> None:
    await svc.updates.mark(update_id, int(svc.now().timestamp()))


async def finish_update(svc: Services, update_id: int) -> None:
    """Mark the update handled, unless a background job holds it (the job marks it at its end,
    so a process killed mid-import sees the upload again).

    The mark rides with the next update's admission (one trip fewer per update under load),
    or is written on its own `HandledMarks.delay_s` later when no update comes: a crash in
    between only redelivers updates whose replies went out, as a crash before the mark did."""
    if svc.jobs is not None and svc.jobs.holds(update_id):
        return
    svc.handled.add(update_id, int(svc.now().timestamp()), svc.db, svc.updates)
