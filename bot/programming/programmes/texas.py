"""Texas Method: volume day, light day, intensity day; a new 5RM each week, rotated on a stall."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.programming import catalog
from bot.programming.exposures import Exposure
from bot.programming.models import Prescription, Session
from bot.programming.programmes import shared as sh
from bot.programming.programmes.base import Ctx, Position, Programme, RunState
from bot.programming.rts import rts_percent
from bot.units import fmt_load

VOLUME_PCT = 0.90  # volume day: 5×5 at 90% of the intensity day's 5RM
LIGHT_PCT = 0.80  # light day: 80% of the volume day
ROTATION = (5, 3, 2, 1)  # intensity-day reps: a 5RM, then triples, doubles, singles on stalls
VOLUME_SETS, MIN_VOLUME_SETS = 5, 3
START_RPE = 9.0  # the first intensity target: a 5 with about one rep in the tank
RESET = 0.90
DAY_NAMES = ("Volume day", "Light day", "Intensity day")


def uppers(n: int) -> tuple[str, str]:
    """Bench and press alternate weekly: (heavy upper of the week, the other)."""
    return (
        ("bench_press", "overhead_press")
        if (n // 3) % 2 == 0
        else ("overhead_press", "bench_press")
    )


class TexasMethod(Programme):
    name = "texas"
    title = "Texas Method"
    line = "texas — Texas Method: volume, light and intensity days, a new 5RM each week"
    max_label = "5RM"
    on_miss = (
        "On the Texas Method a missed intensity day moves that lift to triples, then doubles, "
        "then singles at matching weights, and the volume day loses a set; when singles stall "
        "too, the 5RM target drops about 10% and builds again."
    )

    def start(self, ctx: Ctx, day: date) -> None:
        for lift in self.lifts:
            ctx.run.track(lift).load_kg = sh.at_rpe(ctx, lift, 5, START_RPE, day)

    def position(self, run: RunState, n: int) -> Position:
        return Position(n // 3 + 1, 0, 1)

    def _target(self, ctx: Ctx, lift: str) -> tuple[int, float | None]:
        """Intensity-day reps and load: the 5RM, or its triple/double/single equivalent."""
        tr = ctx.run.track(lift)
        reps = ROTATION[min(tr.stage, len(ROTATION) - 1)]
        if tr.load_kg is None:
            return reps, None
        ratio = rts_percent(reps, 10) / rts_percent(5, 10)
        return reps, sh.rnd(ctx, lift, tr.load_kg * ratio)

    def _volume(self, ctx: Ctx, lift: str) -> float | None:
        five = ctx.run.track(lift).load_kg
        return None if five is None else sh.rnd(ctx, lift, VOLUME_PCT * five)

    def plan(self, ctx: Ctx, day: date, n: int) -> Session:
        role = n % 3
        heavy, other = uppers(n)
        if role == 0:
            items = [self._vol(ctx, "squat"), self._vol(ctx, heavy), self._intense(ctx, "deadlift")]
        elif role == 1:
            items = [
                self._light(ctx, "squat", 2, LIGHT_PCT),
                self._light(ctx, other, 3, 0.90),
                sh.rep_range(ctx, "chin_up", 3, (5, 8), 2, day),
            ]
        else:
            items = [self._intense(ctx, "squat"), self._intense(ctx, heavy)]
        items = [replace(i, load_kg=sh.capped(ctx, i.exercise, i.load_kg, day)) for i in items]
        return Session(DAY_NAMES[role], self.title, n // 3 + 1, 0, False, tuple(items))

    def _vol(self, ctx: Ctx, lift: str) -> Prescription:
        load = self._volume(ctx, lift)
        sets = ctx.run.track(lift).sets or VOLUME_SETS
        note = "Volume: 90% of your 5RM" if load else sh.calibration("5", 8)
        return sh.item(lift, sets, 5, load, sh.MAIN_REST, note)

    def _light(self, ctx: Ctx, lift: str, sets: int, pct: float) -> Prescription:
        vol = self._volume(ctx, lift)
        load = None if vol is None else sh.rnd(ctx, lift, pct * vol)
        note = "Light: crisp and fast, recovery work" if load else sh.calibration("5", 7)
        return sh.item(lift, sets, 5, load, sh.T2_REST, note)

    def _intense(self, ctx: Ctx, lift: str) -> Prescription:
        reps, load = self._target(ctx, lift)
        note = f"Intensity: a new best set of {reps}" if load else sh.calibration("5", 9)
        return sh.item(lift, 1, reps, load, sh.MAIN_REST, note)

    def judge(self, ctx: Ctx, day: date, n: int, done: dict[str, Exposure]) -> None:
        for rx in self.plan(ctx, day, n).items:
            e = done.get(rx.exercise)
            if rx.exercise not in self.lifts:
                sh.judge_rep_range(ctx, rx, e)
            elif e is not None and ctx.run.track(rx.exercise).load_kg is None:
                est = sh.at_rpe(ctx, rx.exercise, 5, START_RPE, day + timedelta(days=1))
                ctx.run.track(rx.exercise).load_kg = est
            elif e is not None and (n % 3 == 2 or rx.exercise == "deadlift"):
                self._judge_intensity(ctx, rx, e)
            elif e is not None and n % 3 == 0:
                self._judge_volume(ctx, rx, e)

    def _judge_intensity(self, ctx: Ctx, rx: Prescription, e: Exposure) -> None:
        tr, ex, unit = ctx.run.track(rx.exercise), rx.exercise, ctx.lifter.unit
        name = catalog.info(ex).name
        if sh.completed(e, rx.load_kg, 1, rx.reps):
            tr.load_kg = (tr.load_kg or 0) + sh.step(ctx, ex, 2.5, 2.5)
            return
        if tr.stage < len(ROTATION) - 1:
            tr.stage += 1
            tr.sets = max(MIN_VOLUME_SETS, (tr.sets or VOLUME_SETS) - 1)
            reps = ROTATION[tr.stage]
            msg = (
                f"{name}: the intensity-day set of {rx.reps} at {fmt_load(rx.load_kg, unit)} "
                f"didn't go. Intensity day moves to sets of {reps} (new bests there) and the "
                f"volume day drops to {tr.sets}×5 so you recover for it."
            )
            ctx.emit(e.day, ex, "Texas", "rotate", msg, reps=reps, volume_sets=tr.sets)
            return
        tr.load_kg = sh.rnd(ctx, ex, RESET * (tr.load_kg or 0), "down")
        tr.stage, tr.sets, tr.resets = 0, VOLUME_SETS, tr.resets + 1
        msg = (
            f"{name}: even singles stalled, so the rotation is used up. The 5RM target steps "
            f"back to {fmt_load(tr.load_kg, unit)} and builds again; if it stalls again, "
            "/program auto (Spotter's blocks) is the next step."
        )
        ctx.emit(e.day, ex, "Texas", "reset", msg, new_load_kg=tr.load_kg)

    def _judge_volume(self, ctx: Ctx, rx: Prescription, e: Exposure) -> None:
        tr = ctx.run.track(rx.exercise)
        tr.fails = 0 if sh.completed(e, rx.load_kg, rx.sets, rx.reps) else tr.fails + 1
        if tr.fails >= 2 and (tr.sets or VOLUME_SETS) > MIN_VOLUME_SETS:
            tr.sets, tr.fails = (tr.sets or VOLUME_SETS) - 1, 0
            msg = (
                f"{catalog.info(rx.exercise).name}: the volume day fell short twice, so it "
                f"drops to {tr.sets}×5 at the same weight."
            )
            ctx.emit(e.day, rx.exercise, "Texas", "trim_volume", msg, volume_sets=tr.sets)

    def needs(self, ctx: Ctx, day: date) -> str:
        head = sh.numbers(
            ctx, self.lifts, "5RM targets (from your e1RM)",
            "No numbers yet: the first sessions find your 5RM targets.",
        )  # fmt: skip
        return (
            f"{head}\nVolume day 5×5 at 90% of the 5RM, light day 80% of that, intensity day a "
            "new 5RM. Change a 5RM with /program tm squat 140."
        )

    def next_up(self, run: RunState, n: int) -> str:
        return f"{DAY_NAMES[n % 3]}, then the week goes on"
