"""GZCLP: T1 heavy, T2 moderate, T3 light every day, A/B rotation, stage-by-stage resets."""

from __future__ import annotations

from datetime import date, timedelta

from bot.programming import catalog
from bot.programming.exposures import Exposure
from bot.programming.models import Prescription, Session
from bot.programming.programmes import shared as sh
from bot.programming.programmes.base import Ctx, Position, Programme, RunState, Track
from bot.programming.rts import rts_percent
from bot.units import fmt_load

# (title, T1, T2, T3) — four days rotate whatever the number of training days
DAYS = (
    ("A1", "squat", "bench_press", "lat_pulldown"),
    ("B1", "overhead_press", "deadlift", "dumbbell_row"),
    ("A2", "bench_press", "squat", "lat_pulldown"),
    ("B2", "deadlift", "overhead_press", "dumbbell_row"),
)
T1_STAGES = ((5, 3), (6, 2), (10, 1))  # sets × reps, last set "+"
T2_STAGES = ((3, 10), (3, 8), (3, 6))
STAGES = {1: T1_STAGES, 2: T2_STAGES}
T3_SETS, T3_REPS, T3_ADD_AT = 3, 15, 25
T1_OF_5RM = 0.85
T2_START_RPE = 7.0  # 3×10 at RPE 7 from the e1RM for a first T2 weight
T2_RESTART_STEPS = 2  # after 3×6 fails: the last 3×10 weight + two steps (10–20 lb)
T2_RESTART_CAP = 0.85  # …but at most 85% of the 3×6 weight that failed


def five_rm(e1rm: float) -> float:
    return e1rm * rts_percent(5, 10) / 100


class Gzclp(Programme):
    name = "gzclp"
    title = "GZCLP"
    line = "gzclp — GZCLP: T1 5×3+, T2 3×10, T3 3×15+ each day, four days in A/B rotation"
    max_label = "T1 weight"
    on_miss = (
        "On GZCLP a missed T1 keeps the weight and moves to the next scheme: 5×3+ → 6×2+ → "
        "10×1+; when 10×1 fails, the T1 restarts at 5×3 with 85% of a fresh 5RM. A missed T2 "
        "goes 3×10 → 3×8 → 3×6, then back to 3×10 a little above the last 3×10 weight."
    )

    def max_key(self, lift: str) -> str:
        return f"t1:{lift}"

    def start(self, ctx: Ctx, day: date) -> None:
        for lift in self.lifts:
            e = sh.e1rm(ctx, lift, day)
            if e is None:
                continue
            ctx.run.track(f"t1:{lift}").load_kg = sh.rnd(ctx, lift, T1_OF_5RM * five_rm(e), "down")
            t2 = sh.at_rpe(ctx, lift, 10, T2_START_RPE, day)
            ctx.run.track(f"t2:{lift}").load_kg = t2
            ctx.run.track(f"t2:{lift}").base_kg = t2

    def position(self, run: RunState, n: int) -> Position:
        return Position(n // max(run.days, 1) + 1, 0, n // len(DAYS) + 1)

    def plan(self, ctx: Ctx, day: date, n: int) -> Session:
        title, t1, t2, t3 = DAYS[n % len(DAYS)]
        items = [self._t1(ctx, t1, day), self._t2(ctx, t2, day), self._t3(ctx, t3, day)]
        pos = self.position(ctx.run, n)
        return Session(f"Day {title}", "GZCLP", pos.week, 0, False, tuple(items))

    def _t1(self, ctx: Ctx, lift: str, day: date) -> Prescription:
        tr = ctx.run.track(f"t1:{lift}")
        sets, reps = T1_STAGES[min(tr.stage, 2)]
        if tr.load_kg is None:
            return sh.item(lift, 1, 5, None, sh.MAIN_REST, sh.calibration("5", 9), rpe=9)
        note = f"T1: {sets}×{reps}, last set as many as you can"
        load = sh.capped(ctx, lift, tr.load_kg, day)
        return sh.item(lift, sets, reps, load, sh.MAIN_REST, note, amrap=True)

    def _t2(self, ctx: Ctx, lift: str, day: date) -> Prescription:
        tr = ctx.run.track(f"t2:{lift}")
        sets, reps = T2_STAGES[min(tr.stage, 2)]
        if tr.load_kg is None:
            return sh.item(lift, sets, reps, None, sh.T2_REST, sh.calibration("10", 7), rpe=7)
        load = sh.capped(ctx, lift, tr.load_kg, day)
        return sh.item(lift, sets, reps, load, sh.T2_REST, f"T2: {sets}×{reps}")

    def _t3(self, ctx: Ctx, ex: str, day: date) -> Prescription:
        tr = ctx.run.track(f"t3:{ex}")
        load = tr.load_kg if tr.load_kg is not None else sh.last_top(ctx, ex, day)
        note = f"T3: last set as many as you can; {T3_ADD_AT} reps there adds weight"
        if load is None:
            note = f"Pick a weight you can do about 20 times; {note}"
        return sh.item(ex, T3_SETS, T3_REPS, load, sh.ACC_REST, note, amrap=True)

    def judge(self, ctx: Ctx, day: date, n: int, done: dict[str, Exposure]) -> None:
        _, t1, t2, t3 = DAYS[n % len(DAYS)]
        plan = self.plan(ctx, day, n)
        self._judge_tier(ctx, 1, plan.items[0], day, done.get(t1))
        self._judge_tier(ctx, 2, plan.items[1], day, done.get(t2))
        self._judge_t3(ctx, plan.items[2], done.get(t3))

    def _seed(self, ctx: Ctx, key: str, rx: Prescription, e: Exposure) -> bool:
        """A calibration session sets the tier's first weight; True when it did."""
        tr = ctx.run.track(key)
        if tr.load_kg is not None:
            return False
        est = sh.e1rm(ctx, rx.exercise, e.day + timedelta(days=1))
        if key.startswith("t1:") and est is not None:
            tr.load_kg = sh.rnd(ctx, rx.exercise, T1_OF_5RM * five_rm(est), "down")
        else:
            tr.load_kg = tr.base_kg = e.top
        return True

    def _judge_tier(
        self, ctx: Ctx, tier: int, rx: Prescription, day: date, e: Exposure | None
    ) -> None:
        """T1/T2: success adds weight; a miss moves to the next, shorter scheme at the same
        weight; a miss on the last scheme restarts the tier."""
        key = f"t{tier}:{rx.exercise}"
        if e is None or self._seed(ctx, key, rx, e):
            return
        tr, name, unit = ctx.run.track(key), catalog.info(rx.exercise).name, ctx.lifter.unit
        load = rx.load_kg or 0.0
        if sh.completed(e, rx.load_kg, rx.sets, rx.reps):
            if tier == 2 and tr.stage == 0:
                tr.base_kg = load
            tr.load_kg = sh.rnd(ctx, rx.exercise, load + sh.step(ctx, rx.exercise))
            return
        stages = STAGES[tier]
        if tr.stage < len(stages) - 1:
            tr.stage += 1
            sets, reps = stages[tr.stage]
            msg = (
                f"{name} T{tier}: {rx.sets}×{rx.reps} at {fmt_load(load, unit)} fell short, "
                f"so next time it's {sets}×{reps} at the same weight — fewer reps per set."
            )
            ctx.emit(day, rx.exercise, "GZCLP", f"t{tier}_stage", msg, stage=tr.stage)
            return
        tr.load_kg, why = self._restart(ctx, tier, tr, rx.exercise, load, day)
        tr.stage, tr.resets = 0, tr.resets + 1
        sets, reps = stages[0]
        msg = (
            f"{name} T{tier}: {rx.sets}×{rx.reps} didn't go either, so the tier restarts at "
            f"{sets}×{reps} with {fmt_load(tr.load_kg, unit)}: {why}."
        )
        ctx.emit(day, rx.exercise, "GZCLP", f"t{tier}_restart", msg, new_load_kg=tr.load_kg)

    def _restart(
        self, ctx: Ctx, tier: int, tr: Track, ex: str, load: float, day: date
    ) -> tuple[float, str]:
        """T1: 85% of a fresh 5RM (from the latest sets); T2: the last 3×10 weight + 2 steps,
        at most 85% of the weight that failed."""
        if tier == 1:
            est = sh.e1rm(ctx, ex, day + timedelta(days=1)) or load / 0.9
            return sh.rnd(ctx, ex, T1_OF_5RM * five_rm(est), "down"), (
                "85% of the 5RM your latest sets show"
            )
        ceiling = T2_RESTART_CAP * load  # never back at (or near) the weight that just failed
        if tr.base_kg is not None and tr.base_kg + T2_RESTART_STEPS * sh.step(ctx, ex) < ceiling:
            restart, why = (
                tr.base_kg + T2_RESTART_STEPS * sh.step(ctx, ex),
                "your last 3×10 weight plus two steps",
            )
        else:
            restart, why = ceiling, "85% of the weight that stalled"
        return sh.rnd(ctx, ex, restart, "down"), why

    def _judge_t3(self, ctx: Ctx, rx: Prescription, e: Exposure | None) -> None:
        if e is None:
            return
        tr = ctx.run.track(f"t3:{rx.exercise}")
        load = rx.load_kg if rx.load_kg is not None else e.top
        got = sh.reps_at(e, load)
        tr.load_kg = load
        if got and got[-1] >= T3_ADD_AT:
            tr.load_kg = sh.rnd(ctx, rx.exercise, load + sh.step(ctx, rx.exercise, 2.5, 2.5))

    def needs(self, ctx: Ctx, day: date) -> str:
        head = sh.numbers(
            ctx, self.lifts, "T1 weights (85% of the 5RM your e1RM gives)",
            "No numbers yet: the first sessions find your T1 and T2 weights.", "t1:",
        )  # fmt: skip
        return (
            f"{head}\nEach T1 success adds 2.5 kg upper / 5 kg lower (5 / 10 lb). "
            "Change a T1 weight with /program tm squat 100."
        )

    def next_up(self, run: RunState, n: int) -> str:
        return f"Day {DAYS[n % len(DAYS)][0]}, then the rotation goes on"
