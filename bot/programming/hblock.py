"""S4/S5 in hypertrophy blocks: weekly set changes, swaps after two stalled blocks, primers.

Like is compared with like: an exposure is judged only against earlier exposures of the same
slot scheme (a 3×10–12 day is never "no progress" against a 3×8–10 day of the same lift).
Competition lifts are never swapped out when the goal includes strength.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from bot.programming import adjust, blocks, catalog, messages, stalls, templates
from bot.programming.adjust import Situation
from bot.programming.blocks import H_RIR
from bot.programming.exposures import Exposure
from bot.programming.models import Event
from bot.programming.run import DAY, WEEK, Run
from bot.programming.session import swapped

STRENGTH_GOALS = ("strength", "both")


def slot_tier(run: Run, exercise: str, day: date) -> int:
    """The tier `exercise` had on `day` (from the rotation index stored when it was judged)."""
    b = run.st.block
    index = b.slots.get(day.isoformat())
    if index is not None:
        for ex, tier in templates.template_day(run.lifter.days, b.kind, index).slots:
            if swapped(run.st, ex) == exercise:
                return tier
    return catalog.info(exercise).tier


def _same_scheme(run: Run, exps: list[Exposure]) -> tuple[int, list[Exposure]]:
    """The latest exposure's tier and the block's exposures done in that tier."""
    tier = slot_tier(run, exps[-1].exercise, exps[-1].day)
    return tier, [x for x in exps if slot_tier(run, x.exercise, x.day) == tier]


def check_week(run: Run, week: int, boundary: date) -> None:
    """End of an H-block week: per-muscle S4 verdicts and the 4.4 set changes."""
    st, p = run.st, run.p
    b = st.block
    rir = H_RIR[b.accumulation][week - 1]
    week_start = boundary - WEEK
    stalled: dict[str, bool] = {}
    regressed: dict[str, bool] = {}
    for ex in run.index.exposures:
        mine = [x for x in run.index.of(ex) if b.start_day <= x.day < boundary]
        if not mine or mine[-1].day < week_start:
            continue
        tier, alike = _same_scheme(run, mine)
        bottom = blocks.schemes(b.spec, week, tier, p)[0].reps
        stalled[ex] = stalls.exercise_stalled(alike, bottom, rir, p)
        regressed[ex] = stalls.regressed(alike, p)
        if stalled[ex]:
            st.lift(ex).stalled_this_block = True
    sore = set().union(*(c.sore_muscles for c in run.checkins if week_start <= c.day < boundary))
    cap = int(p.weekly_sets_cap[st.level])
    groups: dict[str, list[str]] = defaultdict(list)
    for m in sorted(st.weekly_sets):
        mine_ex = [ex for ex in stalled if m in catalog.info(ex).primary]
        if not mine_ex:
            continue  # not trained this week: nothing to judge
        sit = Situation(
            "S4", st.level, b.kind,
            muscle_stalled=stalls.muscle_stalled([stalled[x] for x in mine_ex], p),
            recovered=m not in sore,
            at_cap=st.weekly_sets[m] >= cap,
            regressions=sum(regressed[x] for x in mine_ex),
        )  # fmt: skip
        groups[adjust.decide(sit)].append(m)
    apply_actions(run, groups, boundary, cap)


def apply_actions(run: Run, groups: dict[str, list[str]], boundary: date, cap: int) -> None:
    st, day = run.st, boundary - DAY
    if groups.get("deload_end_block"):
        names = ", ".join(groups["deload_end_block"]).capitalize()
        st.block.move_start(boundary - st.block.accumulation * WEEK, st.block.accumulation)
        run.emit(day, None, "S4", "deload", messages.deload_end_block(names), muscles=names)
        return
    for action, step in (
        ("add_sets", run.p.sets_step_stalled),
        ("add_set", run.p.sets_step_progress),
    ):
        muscles = groups.get(action, [])
        for m in muscles:
            st.weekly_sets[m] = min(cap, st.weekly_sets[m] + step)
        if muscles:
            names = ", ".join(muscles).capitalize()
            run.emit(day, None, "S4", "add_sets", messages.add_sets(names, step),
                     muscles=", ".join(muscles), sets=step)  # fmt: skip
    if groups.get("hold_sets"):
        names = ", ".join(groups["hold_sets"]).capitalize()
        run.emit(day, None, "S4", "hold_sets", messages.hold_sets(names), muscles=names)


def swap_stalled(run: Run, day: date) -> None:
    """End of an H block: swap an exercise stalled two blocks running (not a competition lift
    when strength is part of the goal)."""
    st = run.st
    for ex, lift in st.lifts.items():
        lift.stalled_blocks = lift.stalled_blocks + 1 if lift.stalled_this_block else 0
        lift.stalled_this_block = False
        if st.goal in STRENGTH_GOALS and ex in catalog.MAIN_LIFTS:
            continue
        sit = Situation("S4x", st.level, "H", stalled_two_mesocycles=lift.stalled_blocks >= 2)
        new = templates.VARIATIONS.get(ex)
        if new and adjust.decide(sit) == "swap_exercise":
            base = next((k for k, v in st.swaps.items() if v == ex), ex)
            st.swaps[base] = new
            lift.stalled_blocks = 0
            run.emit(day, ex, "S4", "swap_exercise", messages.swap(ex, new), new_exercise=new)


def size_plateau(run: Run, end: date) -> bool:
    """S5 at the end of an H block that followed another: True when a primer comes next."""
    st = run.st
    prev = st.past_blocks[-2] if len(st.past_blocks) >= 2 else None
    if prev is None or prev[0] != "H":
        return False
    fired, gain = stalls.size_plateau(
        run.bodyweights, run.index.exposures, date.fromisoformat(prev[1]), end, run.p
    )
    if (
        not fired
        or adjust.decide(Situation("S5", st.level, "H", goal=st.goal)) != "strength_primer"
    ):
        return False
    details: dict[str, float | str] = (
        {"weekly_gain_pct": round(gain * 100, 2)} if gain is not None else {}
    )
    if run.judged_through is None or end - DAY > run.judged_through:
        run.events.append(
            Event(end - DAY, None, "S5", "strength_primer", details, messages.primer(gain))
        )
    return True
