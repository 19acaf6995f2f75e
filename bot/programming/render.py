"""Plain-text, phone-width rendering of a session and of the /block view."""

from __future__ import annotations

from collections.abc import Sequence

from bot.programming import catalog
from bot.programming.models import BlockView, Event, Prescription, Session
from bot.programming.rounding import round_load, step_kind
from bot.units import Unit, fmt_load, fmt_number


def fmt_rest(rest: tuple[int, int]) -> str:
    """(180, 300) → '3–5 min'; (60, 90) → '60–90 s'."""
    lo, hi = rest
    if lo % 60 == 0 and hi % 60 == 0:
        return f"{lo // 60}–{hi // 60} min"
    return f"{lo}–{hi} s"


def fmt_item(item: Prescription, unit: Unit) -> str:
    """'Squat 3×5 @ 102.5 kg (RPE 8) · rest 3–5 min', plus a note line when there is one."""
    info = catalog.info(item.exercise)
    reps = f"{item.reps}–{item.reps_top}" if item.reps_top else str(item.reps)
    if item.amrap:
        reps += "+"
    line = f"{info.name} {item.sets}×{reps}"
    if item.load_kg is not None:
        shown = round_load(item.load_kg, step_kind(info.equipment), unit)
        line += f" @ {fmt_load(shown, unit)}"
    if item.rpe is not None:
        line += f" (RPE {fmt_number(item.rpe)})"
    elif item.rir is not None:
        line += f" ({fmt_number(item.rir)} in reserve)"
    line += f" · rest {fmt_rest(item.rest)}"
    return f"• {line}" + (f"\n   {item.note}" if item.note else "")


def week_label(week: int, weeks: int) -> str:
    return f"week {week} of {weeks}" if weeks else f"week {week}"


def session_head(session: Session) -> list[str]:
    """The session's title, block and week, and the deload line in a deload week."""
    head = [f"{session.title} — {session.block_label}, {week_label(session.week, session.weeks)}"]
    if session.deload:
        head.append("Deload week: half the sets, lighter loads, finish fresh.")
    return head


def render_session(session: Session, unit: Unit) -> str:
    """Today's session as chat text in the lifter's unit."""
    return "\n".join([*session_head(session), *(fmt_item(i, unit) for i in session.items)])


def render_block(view: BlockView, events: Sequence[Event], unit: Unit) -> str:
    """/block: the block, the week, what comes next, and the latest changes with their reasons."""
    lines = [
        f"{view.name} — {week_label(view.week, view.weeks)}",
        view.summary,
        f"Next: {view.next_block}",
    ]
    if events:
        lines.append("")
        lines.append("Recent changes:")
        lines.extend(f"• {e.day.strftime('%d %b')}: {e.message}" for e in events[-5:])
    else:
        lines.append("No changes so far — keep logging and I'll adjust as you go.")
    return "\n".join(lines)
