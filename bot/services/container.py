"""The repositories and settings every use case needs, opened once per process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from bot.coach.memory import FollowUpMemory
from bot.config import Settings
from bot.services.handled import HandledMarks
from storage import open_database
from storage.base import Store
from storage.day_tops import DayTopRepository
from storage.program import ProgramRepository
from storage.reminders import ReminderRepository
from storage.sets import SetRepository
from storage.timers import TimerRepository
from storage.training import TrainingRepository
from storage.updates import UpdateLog
from storage.users import UserRepository

if TYPE_CHECKING:
    from bot.runtime.delivery import Outbox
    from bot.runtime.jobs import JobRunner
    from bot.runtime.scheduler import ReminderService
    from storage import Leadership


class Ticker(Protocol):
    """A job that fires what is due (bot/runtime/rest_clock.py's RestClock)."""

    async def tick(self) -> int: ...


SERVICES_KEY = "services"  # the one bot_data key: bot/runtime/app.py puts Services there


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    db: Store
    users: UserRepository
    sets: SetRepository
    program: ProgramRepository
    reminders: ReminderRepository
    updates: UpdateLog
    timers: TimerRepository
    training: TrainingRepository
    day_tops: DayTopRepository
    clock: Callable[[], datetime] = field(default=utc_now)
    # Joined by bot/runtime/app.py once the bot is up: they need the Bot as well as the database.
    outbox: Outbox | None = None
    reminder_service: ReminderService | None = None
    leader: Leadership | None = None
    rest_clock: Ticker | None = None
    jobs: JobRunner | None = None
    coach_memory: FollowUpMemory = field(default_factory=FollowUpMemory)
    handled: HandledMarks = field(default_factory=HandledMarks)  # marks not yet written

    def now(self) -> datetime:
        return self.clock()

    async def close(self) -> None:
        await self.handled.close(self.db, self.updates)
        await self.db.close()


async def open_services(settings: Settings, clock: Callable[[], datetime] = utc_now) -> Services:
    """Open the database (running migrations) and build the repositories on it."""
    db = await open_database(settings.database_url)
    return Services(
        settings=settings,
        db=db,
        users=UserRepository(db),
        sets=SetRepository(db),
        program=ProgramRepository(db),
        reminders=ReminderRepository(db),
        updates=UpdateLog(db),
        timers=TimerRepository(db),
        training=TrainingRepository(db),
        day_tops=DayTopRepository(db),
        clock=clock,
    )
