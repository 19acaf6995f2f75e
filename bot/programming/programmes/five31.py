"""5/3/1: waves of a training max (90% of e1RM), a "+" set, supplemental and assistance work."""

from __future__ import annotations

from datetime import date, timedelta

from bot.programming import catalog
from bot.programming.exposures import Exposure
from bot.programming.models import Prescription, Session
from bot.programming.programmes import shared as sh
from bot.programming.programmes.base import Ctx, MaxField, Position, Programme, RunState
from bot.units import Unit, fmt_load, fmt_number

TM_PCT = 0.90
CUT_STEPS = 3  # "3 back": a missed minimum sets the TM back three increments (COACHING.md S6)
WAVES: dict[int, tuple[tuple[float, int], ...]] = {
    1: ((0.65, 5), (0.75, 5), (0.85, 5)),
    2: ((0.70, 3), (0.80, 3), (0.90, 3)),
    3: ((0.75, 5), (0.85, 3), (0.95, 1)),
    4: ((0.40, 5), (0.50, 5), (0.60, 5)),  # deload
}
TM_TEST = ((0.70, 5), (0.80, 5), (0.90, 1), (1.00, 3))  # week 4 as a TM test: 3–5 reps at the TM
ORDER = ("overhead_press", "deadlift", "bench_press", "squat")  # one main lift a day (3+ days)
PAIRS = (("squat", "bench_press"), ("deadlift", "overhead_press"))  # the 2-day form
ASSIST: dict[str, tuple[str, ...]] = {
    "overhead_press": ("lat_pulldown", "dip", "face_pull"),
    "deadlift": ("leg_curl", "dumbbell_row", "calf_raise"),
    "bench_press": ("dumbbell_row", "tricep_extension", "bicep_curl"),
    "squat": ("leg_press", "leg_curl", "lateral_raise"),
}
# goal → (exercises per main lift, sets, rep range, RIR)
ASSIST_DOSE: dict[str, tuple[int, int, tuple[int, int], float]] = {
    "strength": (2, 3, (8, 12), 2.0),
    "both": (3, 3, (10, 12), 2.0),
    "hypertrophy": (3, 4, (10, 15), 1.0),
}
BBB_PCT = (0.50, 0.60)
SUPPLEMENTAL = {"bbb": "Boring But Big 5×10", "fsl": "First Set Last 5×5"}


def per_week(run: RunState) -> int:
    return 2 if run.days <= 2 else 4


def lifts_of(run: RunState, n: int) -> tuple[str, ...]:
    if run.days <= 2:
        return PAIRS[n % 2]
    return (ORDER[n % 4],)


class FiveThreeOne(Programme):
    name = "531"
    title = "5/3/1"
    line = "531 — 5/3/1: training-max waves with a + set, then BBB 5×10 or FSL (e.g. 531 fsl)"
    max_label = "training max"
    on_miss = (
        "On 5/3/1 a failed AMRAP means the + set fell short of its minimum (5, 3 or 1 reps): "
        "finish the session as written, and at the next cycle that lift's training max goes "
        "back three increments instead of up, then climbs again. One short set is no reason to "
        "change anything else."
    )
    max_field: MaxField = "tm_kg"
    variants = ("bbb", "fsl")

    def configure(self, run: RunState, args: list[str]) -> str | None:
        """`bbb [50–60]` or `fsl` picks the supplemental work; `test` or `deload` picks week 4."""
        run.variant = run.variant or "bbb"
        for word in (a.lower().rstrip("%") for a in args):
            if word in SUPPLEMENTAL:
                run.variant = word
            elif word in ("test", "deload"):
                run.test_week = word == "test"
            elif word.replace(".", "", 1).isdigit() and run.variant == "bbb":
                if not 100 * BBB_PCT[0] <= float(word) <= 100 * BBB_PCT[1]:
                    return "BBB works at 50–60% of the training max; pick a number in that range."
                run.percent = float(word) / 100
            else:
                return (
                    "5/3/1 options: bbb (5×10 at 50–60% of the TM, e.g. 'bbb 60') or fsl; "
                    "'test' makes week 4 a training-max test instead of a deload."
                )
        return None

    def start(self, ctx: Ctx, day: date) -> None:
        for lift in ORDER:
            e = sh.e1rm(ctx, lift, day)
            if e is not None:
                ctx.run.track(lift).tm_kg = sh.rnd(ctx, lift, TM_PCT * e, "down")

    def position(self, run: RunState, n: int) -> Position:
        k = n // per_week(run)
        week = k % 4 + 1
        return Position(week, 4, k // 4 + 1, deload=week == 4)

    def plan(self, ctx: Ctx, day: date, n: int) -> Session:
        pos = self.position(ctx.run, n)
        items: list[Prescription] = []
        for lift in lifts_of(ctx.run, n):
            items.extend(self._main(ctx, lift, pos, day))
        for lift in lifts_of(ctx.run, n):
            items.extend(self._supplemental(ctx, lift, pos, day))
        for lift in lifts_of(ctx.run, n):
            items.extend(self._assistance(ctx, lift, pos, day, len(lifts_of(ctx.run, n))))
        names = " & ".join(catalog.info(x).name for x in lifts_of(ctx.run, n))
        label = f"{self.label(ctx.run)}, cycle {pos.cycle}"
        return Session(f"{names} day", label, pos.week, 4, pos.deload, tuple(items))

    def label(self, run: RunState) -> str:
        name = SUPPLEMENTAL[run.variant or "bbb"].rsplit(" ", 1)[0]
        return f"5/3/1 {name}"

    def _main(self, ctx: Ctx, lift: str, pos: Position, day: date) -> list[Prescription]:
        tm = ctx.run.track(lift).tm_kg
        if tm is None:
            return [sh.item(lift, 1, 5, None, sh.MAIN_REST, sh.calibration("3–5"), rpe=8)]
        test = pos.deload and ctx.run.test_week
        waves = TM_TEST if test else WAVES[pos.week]
        out = []
        for i, (pct, reps) in enumerate(waves):
            plus = i == len(waves) - 1 and (test or not pos.deload)
            note = f"{fmt_number(round(pct * 100))}% of your training max"
            if plus:
                note += f": as many clean reps as you can, at least {reps}"
            load = sh.capped(ctx, lift, sh.rnd(ctx, lift, tm * pct), day)
            out.append(sh.item(lift, 1, reps, load, sh.MAIN_REST, note, amrap=plus))
        return out

    def _supplemental(self, ctx: Ctx, lift: str, pos: Position, day: date) -> list[Prescription]:
        tm = ctx.run.track(lift).tm_kg
        if tm is None or pos.deload:
            return []
        if ctx.run.variant == "fsl":
            pct, reps, name = WAVES[pos.week][0][0], 5, "First Set Last"
        else:
            pct, reps, name = ctx.run.percent or BBB_PCT[0], 10, "Boring But Big"
        note = f"{name}: {fmt_number(round(pct * 100))}% of your training max"
        load = sh.capped(ctx, lift, sh.rnd(ctx, lift, tm * pct), day)
        return [sh.item(lift, 5, reps, load, sh.T2_REST, note)]

    def _assistance(
        self, ctx: Ctx, lift: str, pos: Position, day: date, lifts: int
    ) -> list[Prescription]:
        count, sets, span, rir = ASSIST_DOSE[ctx.lifter.goal]
        count = max(1, count // lifts) if lifts > 1 else count
        if pos.deload:
            sets = max(1, sets // 2)
        return [sh.rep_range(ctx, ex, sets, span, rir, day) for ex in ASSIST[lift][:count]]

    def judge(self, ctx: Ctx, day: date, n: int, done: dict[str, Exposure]) -> None:
        plan = self.plan(ctx, day, n)
        for lift in lifts_of(ctx.run, n):
            self._judge_main(ctx, lift, day, plan, done.get(lift))
        for rx in plan.items:
            if rx.exercise not in ORDER:
                sh.judge_rep_range(ctx, rx, done.get(rx.exercise))
        if (n + 1) % (4 * per_week(ctx.run)) == 0:
            self._new_cycle(ctx, day, self.position(ctx.run, n + 1).cycle)

    def _judge_main(
        self, ctx: Ctx, lift: str, day: date, plan: Session, e: Exposure | None
    ) -> None:
        tr, unit = ctx.run.track(lift), ctx.lifter.unit
        if e is None:
            return
        if tr.tm_kg is None:
            est = sh.e1rm(ctx, lift, day + timedelta(days=1))
            if est is not None:
                tr.tm_kg = sh.rnd(ctx, lift, TM_PCT * est, "down")
                ctx.emit(day, lift, "531", "tm_set", _tm_set(lift, tr.tm_kg, unit), tm_kg=tr.tm_kg)
            return
        plus = next((i for i in plan.items if i.exercise == lift and i.amrap), None)
        got = sh.reps_at(e, plus.load_kg) if plus else []
        if plus is None or not got or max(got) >= plus.reps or tr.cut:
            return
        tr.cut = True
        new = self._cut_to(ctx, lift, tr.tm_kg)
        msg = (
            f"{catalog.info(lift).name}: {max(got)} on the {plus.reps}+ set at "
            f"{fmt_load(plus.load_kg, unit)} — the minimum is {plus.reps}. Your training max is "
            f"ahead of you, so next cycle it goes back three steps, from "
            f"{fmt_load(tr.tm_kg, unit)} to {fmt_load(new, unit)}, instead of up."
        )
        ctx.emit(
            day,
            lift,
            "S6",
            "tm_cut",
            msg,
            reps=max(got),
            minimum=plus.reps,
            tm_kg=tr.tm_kg,
            new_tm_kg=new,
        )

    def _cut_to(self, ctx: Ctx, lift: str, tm: float) -> float:
        return sh.rnd(ctx, lift, tm - CUT_STEPS * sh.step(ctx, lift), "down")

    def _new_cycle(self, ctx: Ctx, day: date, cycle: int) -> None:
        parts = []
        for lift in ORDER:
            tr = ctx.run.tracks.get(lift)
            if tr is None or tr.tm_kg is None:
                continue
            old = tr.tm_kg
            tr.tm_kg = self._cut_to(ctx, lift, old) if tr.cut else old + sh.step(ctx, lift)
            why = " (set back: missed minimum)" if tr.cut else ""
            tr.cut = False
            parts.append(f"{catalog.info(lift).name} {fmt_load(tr.tm_kg, ctx.lifter.unit)}{why}")
        if parts:
            msg = f"Cycle {cycle} of 5/3/1 starts. Training maxes: " + ", ".join(parts) + "."
            ctx.emit(day, None, "531", "new_cycle", msg, cycle=cycle)

    def needs(self, ctx: Ctx, day: date) -> str:
        lines = [sh.numbers(ctx, ORDER, "Training maxes (90% of your e1RM)", "")]
        missing = [catalog.info(x).name for x in ORDER if ctx.run.track(x).tm_kg is None]
        if missing:
            lines.append(
                "No numbers yet for " + ", ".join(missing) + ": the first session works up to a "
                "heavy set of 3–5, and I set the training max from it."
            )
        pct = ctx.run.percent or BBB_PCT[0]
        sup = (
            f"Boring But Big 5×10 at {fmt_number(round(pct * 100))}%"
            if ctx.run.variant != "fsl"
            else "First Set Last 5×5"
        )
        lines.append(
            f"Supplemental: {sup}; week 4 is a "
            + ("training-max test" if ctx.run.test_week else "deload")
            + ". Change a training max with /program tm bench 100; switch with /program 531 fsl, "
            "/program 531 bbb 60 or /program 531 test (week 4 tests your TMs)."
        )
        return "\n".join(x for x in lines if x)

    def next_up(self, run: RunState, n: int) -> str:
        return "A new cycle with training maxes +2.5 kg upper, +5 kg lower (5 / 10 lb)"


def _tm_set(lift: str, tm: float, unit: Unit) -> str:
    return (
        f"{catalog.info(lift).name}: training max set to {fmt_load(tm, unit)} (90% of the "
        "e1RM from your first session). Change it with /program tm."
    )
