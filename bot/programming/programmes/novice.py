"""Novice 5×5 / 3×5 programmes (StrongLifts A/B, Starting Strength): weight every session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.programming import catalog, messages
from bot.programming.exposures import Exposure
from bot.programming.models import Prescription, Session
from bot.programming.programmes import shared as sh
from bot.programming.programmes.base import Ctx, Position, Programme, RunState
from bot.programming.progression import nominal_increment
from bot.programming.session import CALIBRATE_LP

START_RPE = 7.0  # a first LP weight from the e1RM: 5 reps with about 3 in the tank
RESET = 0.90
SUGGEST_AFTER_RESETS = 2


@dataclass(frozen=True)
class Layout:
    """A novice programme as data: two days of (exercise, sets, reps)."""

    name: str
    title: str
    line: str
    days: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]


SL = Layout(
    "stronglifts",
    "StrongLifts 5×5",
    "stronglifts — StrongLifts 5×5, workouts A/B, weight added every session",
    (
        ("A", (("squat", 5, 5), ("bench_press", 5, 5), ("barbell_row", 5, 5))),
        ("B", (("squat", 5, 5), ("overhead_press", 5, 5), ("deadlift", 1, 5))),
    ),
)
SS = Layout(
    "ss",
    "Starting Strength",
    "ss — Starting Strength 3×5, workouts A/B, weight added every session",
    (
        ("A", (("squat", 3, 5), ("overhead_press", 3, 5), ("deadlift", 1, 5))),
        ("B", (("squat", 3, 5), ("bench_press", 3, 5), ("power_clean", 5, 3))),
    ),
)


class Novice(Programme):
    """Linear progression: success → +1 step; miss → repeat; 3 misses → 90%; resets → next step."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.name, self.title, self.line = layout.name, layout.title, layout.line
        self.lifts = tuple(dict.fromkeys(ex for _, d in layout.days for ex, _, _ in d))
        self.on_miss = (
            f"On {layout.title} a missed session repeats the same weight next time; three misses "
            "in a row at one weight drop it to about 90% to build up again, and after repeated "
            "resets it's time for an intermediate programme."
        )

    def start(self, ctx: Ctx, day: date) -> None:
        for lift in self.lifts:
            last = sh.last_top(ctx, lift, day)
            first = sh.at_rpe(ctx, lift, 5, START_RPE, day)
            load = min(x for x in (last, first) if x is not None) if last or first else None
            ctx.run.track(lift).load_kg = load

    def plan(self, ctx: Ctx, day: date, n: int) -> Session:
        title, slots = self.layout.days[n % 2]
        items = [self._slot(ctx, ex, sets, reps, day) for ex, sets, reps in slots]
        week = n // max(ctx.run.days, 1) + 1
        return Session(f"Workout {title}", self.title, week, 0, False, tuple(items))

    def _slot(self, ctx: Ctx, ex: str, sets: int, reps: int, day: date) -> Prescription:
        load = ctx.run.track(ex).load_kg
        note = CALIBRATE_LP if load is None else "Every set with all its reps → heavier next time."
        return sh.item(ex, sets, reps, sh.capped(ctx, ex, load, day), (120, 300), note)

    def position(self, run: RunState, n: int) -> Position:
        return Position(n // max(run.days, 1) + 1, 0, 1)

    def judge(self, ctx: Ctx, day: date, n: int, done: dict[str, Exposure]) -> None:
        for rx in self.plan(ctx, day, n).items:
            e = done.get(rx.exercise)
            if e is not None:
                self._judge(ctx, rx, e, n)

    def _judge(self, ctx: Ctx, rx: Prescription, e: Exposure, n: int) -> None:
        tr, unit, ex = ctx.run.track(rx.exercise), ctx.lifter.unit, rx.exercise
        load = rx.load_kg if rx.load_kg is not None else e.top
        if sh.completed(e, load, rx.sets, rx.reps):
            inc = nominal_increment(catalog.info(ex), n // max(ctx.run.days, 1), None, ctx.p)
            tr.load_kg, tr.fails = sh.rnd(ctx, ex, load + sh.step(ctx, ex, 2.5, inc)), 0
            return
        tr.load_kg, tr.fails = load, tr.fails + 1
        if tr.fails < ctx.p.lp_fail_limit:
            ctx.emit(
                e.day,
                ex,
                "S1",
                "repeat",
                messages.lp_repeat(ex, load, unit),
                load_kg=load,
                fails=tr.fails,
            )
            return
        tr.load_kg, tr.fails, tr.resets = sh.rnd(ctx, ex, RESET * load, "down"), 0, tr.resets + 1
        ctx.emit(
            e.day,
            ex,
            "S1",
            "reset",
            messages.lp_reset(ex, load, tr.load_kg, unit),
            load_kg=load,
            new_load_kg=tr.load_kg,
        )
        if tr.resets >= SUGGEST_AFTER_RESETS and not ctx.run.suggested:
            ctx.run.suggested = True
            msg = (
                f"{catalog.info(ex).name} has been reset {tr.resets} times: adding weight every "
                "session has done its job. Time for the intermediate step — /program texas "
                "(weekly progress), or /program auto for Spotter's own blocks."
            )
            ctx.emit(e.day, ex, "S1", "suggest_switch", msg, resets=tr.resets)

    def needs(self, ctx: Ctx, day: date) -> str:
        head = sh.numbers(
            ctx, self.lifts, "Starting weights (from your log)",
            "No numbers yet: the first session finds your starting weights.",
        )  # fmt: skip
        return (
            f"{head}\nEvery successful session adds weight; a miss repeats the weight, three in a "
            "row drop it 10%. Change a starting weight with /program tm squat 60."
        )

    def next_up(self, run: RunState, n: int) -> str:
        return f"Workout {self.layout.days[n % 2][0]}, a little heavier than last time"


STRONGLIFTS = Novice(SL)
STARTING_STRENGTH = Novice(SS)
