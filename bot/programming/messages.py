"""The sentences a lifter reads about a change: what changed, why, what happens next."""

from __future__ import annotations

from bot.programming import catalog
from bot.units import Unit, fmt_load, fmt_number, from_kg


def _name(exercise: str) -> str:
    return catalog.info(exercise).name


def lp_repeat(ex: str, load: float, unit: Unit) -> str:
    return (
        f"{_name(ex)}: a few reps short at {fmt_load(load, unit)}. Same weight next time — "
        "most people get it on the second go."
    )


def lp_smaller_step(ex: str, load: float, inc: float, unit: Unit, plate: float) -> str:
    """`inc` in kg; `plate` is the smallest load change in the lifter's unit."""
    shown = from_kg(inc, unit)
    if shown < plate - 1e-6:
        every = round(plate / shown)
        step = f"{fmt_number(plate)} {unit} every {_nth(every)} session"
    else:
        step = f"{fmt_load(inc, unit)} a session"
    return (
        f"{_name(ex)}: short again at {fmt_load(load, unit)}. Stay there once more; from now on "
        f"we add smaller steps: {step}."
    )


def _nth(n: int) -> str:
    return "other" if n == 2 else f"{n}th"


def lp_reset(ex: str, load: float, new: float, unit: Unit) -> str:
    return (
        f"{_name(ex)}: three sessions in a row stuck at {fmt_load(load, unit)}, so we step back "
        f"to {fmt_load(new, unit)} and build up again — a run-up usually carries you past it."
    )


def promotion() -> str:
    return (
        "Your simple add-weight-each-session phase has run its course on two main lifts — that's "
        "progress. Next up: a hypertrophy block, then heavier strength work, in planned blocks."
    )


def s2_deload(ex: str, unit: Unit) -> str:
    return (
        f"{_name(ex)}: your estimated max has stopped climbing. You haven't deloaded in a while, "
        "so this week is a light one; then we pick up the block where you left off."
    )


def s2_reset(ex: str, old: float, new: float, unit: Unit, variation: str = "") -> str:
    extra = f" For the rest of the block, do it {variation}." if variation else ""
    return (
        f"{_name(ex)}: your estimated max has stopped climbing, so I've lowered your working "
        f"max from {fmt_load(old, unit)} to {fmt_load(new, unit)}. Loads drop a little and the "
        f"week pattern continues.{extra}"
    )


def s2_switch(ex: str) -> str:
    return (
        f"{_name(ex)} stalled twice in this strength block, so we end it now and switch to a "
        "hypertrophy block to build more muscle before the next heavy phase."
    )


def fatigue(reason: str, pulled_forward: bool) -> str:
    after = (
        "I've moved your planned deload up to start now."
        if pulled_forward
        else "Take a 7-day deload — half the sets, a bit lighter, nothing hard — then repeat "
        "your last full week."
    )
    return f"Signs of fatigue: {reason}. {after}"


def add_sets(muscles: str, step: int) -> str:
    if step >= 2:
        return (
            f"{muscles}: progress stalled while you feel recovered, so next week gets "
            f"{step} more sets to push growth."
        )
    return f"Good week. {muscles}: one more set next week."


def hold_sets(muscles: str) -> str:
    return f"{muscles}: still sore from last time, so sets stay the same next week."


def deload_end_block(muscles: str) -> str:
    return (
        f"{muscles}: progress stalled and you're at your limit for recovery. Next week is a "
        "deload, then a fresh block starts at lower volume."
    )


def swap(ex: str, new: str) -> str:
    return (
        f"{_name(ex)} stalled two blocks in a row. Next block swaps it for {_name(new)} — same "
        "movement, a fresh stimulus."
    )


def primer(gain: float | None) -> str:
    food = ""
    if gain is not None and gain < 0.0025:
        food = (
            f" Your weight moved {fmt_number(gain * 100)}% a week; for size, eat about "
            "200–300 kcal more a day."
        )
    return (
        "Size progress has flattened across two hypertrophy blocks, so the next 3 weeks are a "
        "strength primer: heavier triples and doubles, then back to size work with new loads."
        + food
    )


def block_end(done: str, nxt: str, weeks: int) -> str:
    length = f" ({weeks} weeks)" if weeks else ""
    return f"{done} done. Next up: {nxt}{length}. Your loads carry over from recent sessions."
