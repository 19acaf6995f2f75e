"""Running a named programme on the engine's simulated lifters (tests/sim) through the app."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from bot.services.programmes import program_command
from tests.sim.driver import AppCoach, Run, SimEvent, simulate
from tests.sim.lifter import Performed, Persona


class LoggingCoach(AppCoach):
    """The app coach; a set the lifter failed outright (0 reps) is not typed into the chat."""

    async def log(self, day: date, sets: list[Performed]) -> list[SimEvent]:
        return await super().log(day, [p for p in sets if p.reps > 0])


_RUNS: dict[tuple[str, tuple[str, ...], int, int], Run] = {}


async def on_programme(
    tmp_path: Path, persona: Persona, commands: list[str], weeks: int, seed: int = 1
) -> Run:
    """Switch the simulated lifter's account with /program, then train for `weeks`.

    A run is deterministic, so tests asking for the same one share it (the GZCLP plateau run
    serves three tests); treat it as read-only."""
    key = (repr(persona), tuple(commands), weeks, seed)
    if key not in _RUNS:
        _RUNS[key] = await _train(tmp_path, persona, commands, weeks, seed)
    return _RUNS[key]


async def _train(
    tmp_path: Path, persona: Persona, commands: list[str], weeks: int, seed: int
) -> Run:
    coach = await LoggingCoach.open(persona, tmp_path / f"{persona.name}-{seed}.db")
    try:
        user = await coach.svc.users.get(coach.USER)
        assert user is not None
        for command in commands:
            reply = await program_command(coach.svc, user, command.split())
            assert "went wrong" not in reply and "don't" not in reply, reply
        return await simulate(persona, coach, weeks=weeks, seed=seed)
    finally:
        await coach.close()


def fired(run: Run, rule: str) -> dict[tuple[object, str | None], list[str]]:
    """Events of `rule` by (judged day, exercise)."""
    out: dict[tuple[object, str | None], list[str]] = defaultdict(list)
    for e in run.events:
        if e.rule == rule:
            out[(e.day, e.exercise)].append(e.action)
    return out
