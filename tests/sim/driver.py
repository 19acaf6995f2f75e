"""Run a simulated lifter for N weeks against a coach: the app itself, or a plain programme.

API (kept stable — other branches run their programmes on it):

* ``Coach`` — anything with ``async plan(day) -> Planned`` and
  ``async log(day, sets) -> list[SimEvent]``. ``AppCoach`` is the real app: it opens a SQLite
  file, creates the user with the persona's profile and, on each training day, sets its
  injected clock to 17:00 UTC, asks ``bot.services.program.todays_session`` for the session,
  sends the performed sets as one chat message through ``bot.services.logbook.log_message``
  (which refreshes the programme and returns its changes) exactly like the logging handler does.
  Plain programmes (Starting Strength, 5/3/1 … in the tests) implement the same two methods.
* ``simulate(persona, coach, weeks=…, seed=…)`` → ``Run``: per session the prescription
  (``Planned``), the performed sets (``lifter.Performed``), the events the coach announced, and
  the lifter's true 1RMs and fatigue after the session; ``Run.start_1rm``/``end_1rm``,
  ``Run.gain(lift)`` and helpers a coach's assertions need.
* ``run_app(persona, weeks, seed, tmp_path)`` — the one-liner for the app.

Training days: 2 → Mon/Thu, 3 → Mon/Wed/Fri, 4 → Mon/Tue/Thu/Fri, 5 → Mon–Fri, 6 → Mon–Sat.
The first session is on ``START`` (a Monday). Missed weeks log nothing; stressful weeks only
change the physiology (and the weekly check-in, when the persona answers it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from bot.config import Settings
from bot.services.container import Services, open_services
from bot.services.logbook import log_message
from bot.services.program import record_checkin, todays_session
from bot.units import fmt_number, from_kg
from tests.sim.lifter import Performed, Persona, Physiology, SimLifter

START = date(2026, 1, 5)  # a Monday
WEEKDAYS: dict[int, tuple[int, ...]] = {
    2: (0, 3), 3: (0, 2, 4), 4: (0, 1, 3, 4), 5: (0, 1, 2, 3, 4), 6: (0, 1, 2, 3, 4, 5),
}  # fmt: skip
MAIN = ("squat", "bench_press", "deadlift", "overhead_press")


@dataclass(frozen=True)
class Item:
    """One prescribed line: sets × reps (…reps_top) at a load (None = lifter picks) and RPE."""

    exercise: str
    sets: int
    reps: int
    load_kg: float | None
    rpe: float | None = None
    reps_top: int | None = None
    amrap: bool = False


@dataclass(frozen=True)
class Planned:
    """A session as prescribed."""

    title: str
    block: str
    deload: bool
    items: tuple[Item, ...]


@dataclass(frozen=True)
class SimEvent:
    """An adjustment the coach announced: the day it judged and the day it was announced."""

    day: date  # the training day the rule judged
    announced: date  # the day the lifter was told
    rule: str
    action: str
    exercise: str | None
    message: str
    details: dict[str, float | str] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionRecord:
    day: date
    week: int
    planned: Planned
    performed: tuple[Performed, ...]
    events: tuple[SimEvent, ...]
    true_1rm: dict[str, float]
    fatigue: float


@dataclass
class Run:
    """Everything a coach's assertions need about one simulated run."""

    persona: Persona
    seed: int
    start_1rm: dict[str, float]
    sessions: list[SessionRecord] = field(default_factory=list)
    end_1rm: dict[str, float] = field(default_factory=dict)

    @property
    def events(self) -> list[SimEvent]:
        return [e for s in self.sessions for e in s.events]

    def gain(self, lift: str) -> float:
        """Relative true-1RM gain of a lift over the run (0.25 = +25 %)."""
        return self.end_1rm[lift] / self.start_1rm[lift] - 1

    def loads(
        self, lift: str, *, working: bool = False, block: str = ""
    ) -> list[tuple[date, float, float]]:
        """(day, prescribed load, true 1RM that morning) for every loaded line of `lift`;
        `working` leaves deload sessions out, `block` keeps sessions whose block name has it."""
        out = []
        before = dict(self.start_1rm)
        for s in self.sessions:
            keep = not (working and s.planned.deload) and block in s.planned.block
            for item in s.planned.items:
                if keep and item.exercise == lift and item.load_kg is not None:
                    out.append((s.day, item.load_kg, before.get(lift, s.true_1rm.get(lift, 0.0))))
            before = dict(s.true_1rm)
        return out

    def present(self, lift: str) -> int:
        """How many sessions prescribed `lift`."""
        return sum(any(i.exercise == lift for i in s.planned.items) for s in self.sessions)


class Coach(Protocol):
    async def plan(self, day: date) -> Planned: ...

    async def log(self, day: date, sets: list[Performed]) -> list[SimEvent]: ...


class SimClock:
    """The app's injected clock."""

    def __init__(self) -> None:
        self.now = datetime.combine(START, datetime.min.time(), UTC)

    def __call__(self) -> datetime:
        return self.now

    def set_day(self, day: date, hour: int = 17) -> None:
        self.now = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def message_text(sets: list[Performed], unit: str) -> str:
    """The chat message a lifter sends for a session: one line per set, in their unit
    (a missed attempt with no rep is left out)."""
    lines = []
    for s in sets:
        if s.reps == 0:
            continue  # a missed attempt: nothing a logger can write down
        name = s.exercise.replace("_", " ")
        rpe = f" @{fmt_number(s.rpe_logged)}" if s.rpe_logged is not None else ""
        if s.load_kg is None:
            lines.append(f"{name} x{s.reps}{rpe}")
        else:
            shown = round(from_kg(s.load_kg, unit), 2)  # type: ignore[arg-type]
            lines.append(f"{name} {shown:g}{unit} x{s.reps}{rpe}")
    return "\n".join(lines)


class AppCoach:
    """The real app through its service functions, on a SQLite file, with an injected clock."""

    USER = 4242

    def __init__(self, svc: Services, clock: SimClock, persona: Persona) -> None:
        self.svc, self.clock, self.persona = svc, clock, persona
        self._message_id = 0

    @classmethod
    async def open(cls, persona: Persona, path: Path) -> AppCoach:
        clock = SimClock()
        svc = await open_services(Settings(database_url=f"sqlite:///{path}"), clock=clock)
        await svc.users.ensure(cls.USER, cls.USER, "Sim", clock())
        mask = sum(1 << d for d in WEEKDAYS[persona.days_per_week])
        await svc.users.update(
            cls.USER, clock(), goal=persona.goal, experience=persona.level, unit=persona.unit,
            training_days=mask, timezone="UTC",
        )  # fmt: skip
        return cls(svc, clock, persona)

    async def close(self) -> None:
        await self.svc.close()

    async def _user(self):  # type: ignore[no-untyped-def]
        user = await self.svc.users.get(self.USER)
        assert user is not None
        return user

    async def plan(self, day: date) -> Planned:
        self.clock.set_day(day, 16)
        session = await todays_session(self.svc, await self._user())
        items = tuple(
            Item(p.exercise, p.sets, p.reps, p.load_kg,
                 p.rpe if p.rpe is not None else (10 - p.rir if p.rir is not None else None),
                 p.reps_top, p.amrap)
            for p in session.items
        )  # fmt: skip
        return Planned(session.title, session.block_label, session.deload, items)

    async def log(self, day: date, sets: list[Performed]) -> list[SimEvent]:
        self.clock.set_day(day, 17)
        user = await self._user()
        text = message_text(sets, user.unit)
        if not text:
            return []
        self._message_id += 1
        outcome = await log_message(self.svc, user, user.chat_id, self._message_id, text,
                                    self.clock())  # fmt: skip
        assert outcome.parsed.ok and outcome.groups, text
        return [  # log_message refreshes the programme itself, as the handler relies on
            SimEvent(e.day, day, e.rule, e.action, e.exercise, e.message, dict(e.details))
            for e in outcome.events
        ]

    async def checkin(self, day: date, answer: str) -> list[SimEvent]:
        """Answer the weekly check-in (good / sore / rundown) on `day`."""
        self.clock.set_day(day, 20)
        await record_checkin(self.svc, await self._user(), answer)
        return []


def _perform(lifter: SimLifter, planned: Planned, unit: str) -> list[Performed]:
    step = 2.5 if unit == "kg" else 5 * 0.45359237  # the smallest plate pair, in kg
    done: list[Performed] = []
    for item in planned.items:
        done += lifter.perform(
            item.exercise, item.sets, item.reps, item.load_kg, target_rpe=item.rpe,
            reps_top=item.reps_top, amrap=item.amrap, round_to=step,
        )  # fmt: skip
    return done


async def simulate(
    persona: Persona,
    coach: Coach,
    *,
    weeks: int = 20,
    seed: int = 0,
    physiology: Physiology | None = None,
) -> Run:
    """Train `persona` for `weeks` under `coach`; the lifter's truth is recorded per session."""
    lifter = SimLifter(persona, seed, physiology)
    for lift in MAIN:
        lifter.one_rm(lift)
    run = Run(persona, seed, dict(lifter.true_1rm))
    for week in range(1, weeks + 1):
        monday = START + timedelta(weeks=week - 1)
        stressed = week in persona.stress_weeks
        for offset in WEEKDAYS[persona.days_per_week]:
            day = monday + timedelta(days=offset)
            lifter.rest_until(day, stressed)
            if week in persona.missed_weeks:
                continue
            planned = await coach.plan(day)
            done = _perform(lifter, planned, persona.unit)
            events = await coach.log(day, done)
            lifter.adapt(done, week)
            run.sessions.append(SessionRecord(day, week, planned, tuple(done), tuple(events),
                                              dict(lifter.true_1rm), lifter.fatigue))  # fmt: skip
        if persona.checkins and isinstance(coach, AppCoach) and week not in persona.missed_weeks:
            answer = "rundown" if stressed and lifter.fatigue > 0.05 else "good"
            await coach.checkin(monday + timedelta(days=6), answer)
    run.end_1rm = {lift: lifter.true_1rm[lift] for lift in lifter.true_1rm}
    return run


async def run_app(persona: Persona, weeks: int, seed: int, tmp_path: Path) -> Run:
    """Simulate `persona` on the real app (a fresh SQLite file under `tmp_path`)."""
    coach = await AppCoach.open(persona, tmp_path / f"{persona.name}-{seed}.db")
    try:
        return await simulate(persona, coach, weeks=weeks, seed=seed)
    finally:
        await coach.close()
