"""The issue-19 suite of simulated runs, shared by tests/test_simulation_engine.py and the
figures printed by `python -m tests.sim.suite` (app vs standard programme, per persona)."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from statistics import mean

from tests.sim import personas as P
from tests.sim.driver import MAIN, Run, run_app, simulate
from tests.sim.lifter import Persona
from tests.sim.standard import FiveThreeOne, StartingStrength

SEEDS = range(5)
RUNS: dict[str, tuple[Persona, tuple[int, ...], int]] = {
    p.name: (p, tuple(seeds), weeks)
    for p, seeds, weeks in (
        (P.NOVICE, SEEDS, 16),
        (P.NOVICE_NO_RPE, SEEDS, 16),
        (P.LB_NOVICE, range(1), 20),
        (P.INTERMEDIATE_STRENGTH, SEEDS, 16),
        (P.INTERMEDIATE_STRENGTH_NO_RPE, SEEDS, 16),
        (P.INTERMEDIATE_SIZE, range(2), 16),
        (P.INTERMEDIATE_SIZE_NO_RPE, range(2), 16),
        (P.ADVANCED, range(1), 16),
        (P.MISSED_WEEK, range(1), 16),
        (P.PLATEAU, SEEDS, 10),
        (P.STRESSED, range(1), 14),
    )
}


def _standard(persona: Persona) -> StartingStrength | FiveThreeOne:
    start = dict(persona.start_1rm_kg)
    return StartingStrength(start) if persona.level == "novice" else FiveThreeOne(start)


async def run_all(tmp: Path) -> dict[str, tuple[list[Run], list[Run]]]:
    out = {}
    for name, (persona, seeds, weeks) in RUNS.items():
        app = [await run_app(persona, weeks, seed, tmp) for seed in seeds]
        ref = [await simulate(persona, _standard(persona), weeks=weeks, seed=s) for s in seeds]
        out[name] = (app, ref)
    return out


def _pct(runs: list[Run], lift: str) -> str:
    return f"{100 * mean(r.gain(lift) for r in runs):+.1f}%"


def figures(runs: dict[str, tuple[list[Run], list[Run]]]) -> str:
    """A Markdown table: mean true-1RM gain per lift, the app against the standard programme."""
    head = "| persona (seeds, weeks trained) | vs | " + " | ".join(MAIN) + " |"
    lines = [head, "|---|---|" + "---|" * len(MAIN)]
    for name, (app, ref) in runs.items():
        cells = [f"{_pct(app, x)} / {_pct(ref, x)}" for x in MAIN]
        other = "SS" if app[0].persona.level == "novice" else "5/3/1"
        weeks = len({s.day.isocalendar()[:2] for s in app[0].sessions})
        lines.append(f"| {name} ({len(app)}, {weeks}) | {other} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


async def _main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(figures(await run_all(Path(tmp))))


if __name__ == "__main__":
    sys.exit(asyncio.run(_main()))
