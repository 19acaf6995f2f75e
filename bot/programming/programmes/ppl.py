"""Push/pull/legs for size: rep ranges with double progression, 10–20 weekly sets, falling RIR."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache

from bot.programming import catalog, templates
from bot.programming.blocks import H_RIR
from bot.programming.exposures import Exposure
from bot.programming.models import Session
from bot.programming.programmes import shared as sh
from bot.programming.programmes.base import Ctx, Position, Programme, RunState
from bot.programming.session import deload_version

SIX_DAY = (
    templates.PUSH_A,
    templates.PULL_A,
    templates.LEGS_A,
    templates.PUSH_B,
    templates.PULL_B,
    templates.LEGS_B,
)
THREE_DAY = SIX_DAY[:3]
RIR = H_RIR[5]  # accumulation weeks 1–5, then a deload week
WEEKS = len(RIR) + 1
SETS_START, SETS_STEP, SETS_CAP = 10, 2, 20  # weekly sets per muscle
SETS_PER_EXERCISE = (2, 6)
RANGES = {1: (6, 10), 2: (8, 12), 3: (10, 15)}


def layout(days: int) -> tuple[templates.Day, ...]:
    """Six days (5+ training days) or the three-day form, each muscle once a week."""
    return SIX_DAY if days >= 5 else THREE_DAY


def week_target(week: int) -> int:
    return min(SETS_CAP, SETS_START + SETS_STEP * (week - 1))


def _volume(sets: dict[tuple[int, str], int]) -> dict[str, float]:
    """Fractional weekly sets per muscle: 1 for a target muscle, 0.5 for a helper (4.6 step 5)."""
    have: dict[str, float] = defaultdict(float)
    for (_, ex), n in sets.items():
        info = catalog.info(ex)
        for m in info.primary:
            have[m] += n
        for m in info.secondary:
            have[m] += n / 2
    return have


def _fits(ex: str, n: int, have: dict[str, float]) -> bool:
    """One more set of `ex` keeps every muscle it works within the weekly cap."""
    info = catalog.info(ex)
    return (
        n < SETS_PER_EXERCISE[1]
        and all(have[m] + 1 <= SETS_CAP for m in info.primary)
        and all(have[m] + 0.5 <= SETS_CAP for m in info.secondary)
    )


@lru_cache(maxsize=32)
def sets_plan(days: int, week: int) -> dict[tuple[int, str], int]:
    """Sets per (day, exercise) so each trained muscle's weekly sets reach the week's target:
    one set at a time to the least-loaded exercise of the muscle furthest below it."""
    slots = [(i, ex) for i, d in enumerate(layout(days)) for ex, _ in d.slots]
    sets = dict.fromkeys(slots, SETS_PER_EXERCISE[0])
    target = week_target(week)
    while True:
        have = _volume(sets)
        options = [
            (have[m], sets[s], s)
            for s in slots
            for m in catalog.info(s[1]).primary[:1]
            if have[m] < target and _fits(s[1], sets[s], have)
        ]
        if not options:
            return sets
        sets[min(options)[2]] += 1


def slot_key(day: int, exercise: str) -> str:
    """Each day's slot progresses on its own (bench on Push A, dumbbell bench on Push B)."""
    return f"{day}:{exercise}"


class PushPullLegs(Programme):
    name = "ppl"
    title = "Push/Pull/Legs"
    line = "ppl — Push/pull/legs for size: 6 or 3 days, rep ranges, 10–20 sets a muscle a week"
    lifts = tuple(dict.fromkeys(ex for d in SIX_DAY for ex, _ in d.slots))
    on_miss = (
        "On push/pull/legs a set short of the rep range's bottom just means staying at that "
        "weight and beating last time by a rep; the weight goes up once every set reaches the "
        "top of the range. The deload after five weeks clears the fatigue."
    )

    def per_week(self, run: RunState) -> int:
        return len(layout(run.days))

    def position(self, run: RunState, n: int) -> Position:
        k = n // self.per_week(run)
        week = k % WEEKS + 1
        return Position(week, WEEKS, k // WEEKS + 1, deload=week == WEEKS)

    def label(self, run: RunState) -> str:
        return f"Push/Pull/Legs ({self.per_week(run)} days)"

    def plan(self, ctx: Ctx, day: date, n: int) -> Session:
        pos = self.position(ctx.run, n)
        days = layout(ctx.run.days)
        i = n % len(days)
        plan_week = min(pos.week, WEEKS - 1)
        rir = RIR[plan_week - 1]
        counts = sets_plan(ctx.run.days, plan_week)
        items = []
        for ex, tier in days[i].slots:
            rx = sh.rep_range(ctx, ex, counts[(i, ex)], RANGES[tier], rir, day, slot_key(i, ex))
            if pos.deload:
                rx = deload_version(rx, catalog.info(ex).equipment, ctx.lifter, ctx.p)
            items.append(rx)
        return Session(
            days[i].title, self.label(ctx.run), pos.week, WEEKS, pos.deload, tuple(items)
        )

    def judge(self, ctx: Ctx, day: date, n: int, done: dict[str, Exposure]) -> None:
        pos = self.position(ctx.run, n)
        if not pos.deload:
            i = n % len(layout(ctx.run.days))
            for rx in self.plan(ctx, day, n).items:
                sh.judge_rep_range(ctx, rx, done.get(rx.exercise), slot_key(i, rx.exercise))
        nxt = self.position(ctx.run, n + 1)
        if nxt.week == pos.week:
            return
        if nxt.deload:
            msg = (
                "Five weeks of building done: this week is a deload — half the sets, a little "
                "lighter, nothing hard — so the next mesocycle starts fresh."
            )
            ctx.emit(day, None, "PPL", "deload", msg, cycle=pos.cycle)
        elif nxt.week == 1:
            msg = (
                f"Mesocycle {nxt.cycle} starts: back to {SETS_START} sets a muscle a week at "
                "3 reps in reserve, with the weights you built."
            )
            ctx.emit(day, None, "PPL", "new_mesocycle", msg, cycle=nxt.cycle)

    def needs(self, ctx: Ctx, day: date) -> str:
        n = self.per_week(ctx.run)
        return (
            f"{n} sessions a week (it follows your training days: 5–6 → six, fewer → three). "
            f"Each muscle starts at {SETS_START} sets a week and climbs to about 18, reps in "
            "reserve fall from 3 to 0–1 over five weeks, then a deload. Loads come from your "
            "e1RMs; hit the top of the rep range on every set and the weight goes up."
        )

    def next_up(self, run: RunState, n: int) -> str:
        pos = self.position(run, n)
        return "A new mesocycle" if pos.deload else f"Deload in week {WEEKS}, then a new mesocycle"
