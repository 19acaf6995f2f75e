"""Each programme's own progression on the engine's simulated lifters (tests/sim), through the
app: the next load or scheme after every session follows that programme's rule."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from bot.programming import catalog
from tests.programmes_support import fired, on_programme
from tests.sim.driver import Item, Run, SessionRecord
from tests.sim.personas import INTERMEDIATE_BOTH, INTERMEDIATE_STRENGTH, MISSED_WEEK, NOVICE

PLATEAU_6 = replace(INTERMEDIATE_STRENGTH, name="plateau-week-6", plateau_from_week=6)
LOWER = {"squat": 5.0, "deadlift": 5.0}


def done_all(s: SessionRecord, item: Item) -> bool | None:
    """True when every prescribed set of `item` got its reps; None when it wasn't logged."""
    sets = [p for p in s.performed if p.exercise == item.exercise and p.target_reps == item.reps]
    if not any(p.reps > 0 for p in sets):
        return None
    return len(sets) >= item.sets and not any(p.missed for p in sets[: item.sets])


def slots(run: Run, title: str, index: int) -> list[tuple[SessionRecord, Item]]:
    return [(s, s.planned.items[index]) for s in run.sessions if s.planned.title == title]


async def test_531_raises_every_tm_once_a_cycle(tmp_path: Path) -> None:
    run = await on_programme(tmp_path, INTERMEDIATE_STRENGTH, ["531"], 16)
    cycles = [e for e in run.events if e.action == "new_cycle"]
    assert [(e.announced - run.sessions[0].day).days // 7 + 1 for e in cycles] == [5, 9, 13]
    tms = [dict(re.findall(r"([A-Z][a-z]+(?: [a-z]+)?) ([\d.]+) kg", e.message)) for e in cycles]
    for before, after in itertools.pairwise(tms):
        for name, value in after.items():
            if f"{name} {value} kg (set back" not in str(cycles):
                step = 5.0 if name in ("Squat", "Deadlift") else 2.5
                assert float(value) - float(before[name]) == pytest.approx(step)


async def test_531_a_missed_week_resumes_the_wave_where_it_stopped(tmp_path: Path) -> None:
    run = await on_programme(tmp_path, MISSED_WEEK, ["531"], 14)
    assert any(s.week == 8 for s in run.sessions) and not any(s.week == 7 for s in run.sessions)
    deloads = [s.planned.deload for s in run.sessions]  # 3 days a week: 4 sessions a wave week
    assert deloads == [(i // 4) % 4 == 3 for i in range(len(deloads))]
    later = run.sessions[4:]  # after the four calibration sessions that set the TMs
    assert all(sum(i.amrap for i in s.planned.items) == (not s.planned.deload) for s in later)


async def test_gzclp_tiers_add_weight_on_success_and_shorten_the_scheme_on_a_miss(
    tmp_path: Path,
) -> None:
    run = await on_programme(tmp_path, PLATEAU_6, ["gzclp"], 14)
    seen = {"up": 0, "stage": 0}
    for title in ("Day A1", "Day B1", "Day A2", "Day B2"):
        for index in (0, 1):
            pairs = slots(run, title, index)
            for (s, item), (_, nxt) in itertools.pairwise(pairs):
                ok = done_all(s, item)
                if ok is None or item.load_kg is None or nxt.load_kg is None:
                    continue
                if ok:
                    step = LOWER.get(item.exercise, 2.5)
                    assert (nxt.sets, nxt.reps) == (item.sets, item.reps)
                    assert nxt.load_kg - item.load_kg == pytest.approx(step), (s.day, item, nxt)
                    seen["up"] += 1
                elif nxt.load_kg == item.load_kg:
                    assert nxt.reps < item.reps, (s.day, item, nxt)  # 5×3 → 6×2 → 10×1
                    seen["stage"] += 1
                else:  # the last scheme failed: a restart, lighter, at the first scheme
                    assert nxt.load_kg < item.load_kg and nxt.reps > item.reps, (item, nxt)
    assert seen["up"] and seen["stage"]


@pytest.mark.parametrize("name", ["stronglifts", "ss"])
async def test_novice_adds_the_increment_every_successful_session(
    tmp_path: Path, name: str
) -> None:
    run = await on_programme(tmp_path, NOVICE, [name], 8)
    last: dict[str, tuple[int, Item, bool | None]] = {}
    added = 0
    for n, s in enumerate(run.sessions):
        for item in s.planned.items:
            if item.exercise in last and item.load_kg is not None:
                m, prev, ok = last[item.exercise]
                if ok and prev.load_kg is not None:
                    lower = catalog.info(item.exercise).lower_body
                    step = (5.0 if m < 12 else 2.5) if lower else 2.5
                    assert item.load_kg - prev.load_kg == pytest.approx(step), (s.day, item)
                    added += 1
                elif ok is False:
                    assert item.load_kg <= (prev.load_kg or item.load_kg), (s.day, item)
            last[item.exercise] = (n, item, done_all(s, item))
    assert added >= 10


async def test_novice_repeated_resets_suggest_the_intermediate_step(tmp_path: Path) -> None:
    run = await on_programme(tmp_path, replace(NOVICE, plateau_from_week=5), ["stronglifts"], 16)
    suggestions = [e for e in run.events if e.action == "suggest_switch"]
    assert len(suggestions) == 1 and "/program texas" in suggestions[0].message
    resets = fired(run, "S1")
    lift = suggestions[0].exercise
    assert sum("reset" in acts for (_, ex), acts in resets.items() if ex == lift) >= 2


async def test_texas_sets_new_bests_then_rotates_to_triples_doubles_singles(
    tmp_path: Path,
) -> None:
    persona = replace(PLATEAU_6, days_per_week=3)
    run = await on_programme(tmp_path, persona, ["texas"], 16)
    heavy = slots(run, "Intensity day", 0)  # squat
    reps = [item.reps for _, item in heavy]
    assert reps[0] == 5 and reps == sorted(reps, reverse=True) and min(reps) < 5
    assert set(reps) <= {5, 3, 2, 1}
    for (s, item), (_, nxt) in itertools.pairwise(heavy):
        ok = done_all(s, item)
        if ok and item.load_kg is not None and nxt.reps == item.reps:
            assert (nxt.load_kg or 0) - item.load_kg == pytest.approx(2.5, abs=2.5)
        if nxt.reps < item.reps:
            assert ok is False, (s.day, item)  # a rotation only after a missed intensity day


@pytest.mark.parametrize("days", [3, 6])
async def test_ppl_weekly_sets_and_falling_rir_over_a_mesocycle(tmp_path: Path, days: int) -> None:
    persona = replace(INTERMEDIATE_BOTH, goal="hypertrophy", days_per_week=days)
    run = await on_programme(tmp_path, persona, ["ppl"], 7)
    sets: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    rpe: dict[int, set[float]] = defaultdict(set)
    for s in run.sessions:
        for item in s.planned.items:
            info = catalog.info(item.exercise)
            for m in info.primary:  # 1 for a target muscle, 0.5 for a helper (4.6 step 5)
                sets[s.week][m] += item.sets
            for m in info.secondary:
                sets[s.week][m] += item.sets / 2
            if item.rpe is not None and not s.planned.deload:
                rpe[s.week].add(item.rpe)
    for week in range(1, 6):
        for m in ("chest", "back", "quads", "hamstrings", "shoulders"):
            assert 10 <= sets[week][m] <= 20, (week, m, sets[week][m])
    effort = [min(rpe[w]) for w in range(1, 6)]
    assert effort == sorted(effort) and effort[0] < effort[-1]  # RIR falls, RPE rises
    assert all(s.planned.deload == (s.week == 6) for s in run.sessions)
