"""What a logged group means to the lifter: canonical form, e1RM, and whether it is a PR."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.e1rm import epley
from bot.units import Unit, fmt_number, from_kg


@dataclass(frozen=True)
class GroupView:
    """One logged group as the confirmation shows it (loads in kg, shown in `unit`)."""

    name: str
    weight_kg: float | None
    unit: Unit
    reps: tuple[int, ...]
    rpe: float | None
    bodyweight: bool


def best_e1rm(weight_kg: float | None, reps: Sequence[int]) -> float | None:
    """The group's e1RM: the best Epley figure of its sets (None above 10 reps)."""
    if weight_kg is None or weight_kg <= 0:
        return None
    values = [e for r in reps if (e := epley(weight_kg, r)) is not None]
    return max(values) if values else None


def best_e1rm_of(bests: Mapping[int, float]) -> float | None:
    """Best e1RM implied by heaviest-load-per-rep-count records."""
    values = [e for reps, w in bests.items() if (e := epley(w, reps)) is not None]
    return max(values) if values else None


def pr_labels(
    weight_kg: float | None, reps: Sequence[int], before: Mapping[int, float]
) -> list[str]:
    """Which records this group beats: 'e1RM' and/or 'N-rep' ('first' the first time ever)."""
    if weight_kg is None or weight_kg <= 0:
        return []
    if not before:
        return ["first"]
    labels = []
    old_e1rm = best_e1rm_of(before)
    new_e1rm = best_e1rm(weight_kg, reps)
    if new_e1rm is not None and (old_e1rm is None or new_e1rm > old_e1rm + 1e-9):
        labels.append("e1RM")
    beaten = sorted({r for r in reps if weight_kg > before.get(r, 0.0) + 1e-9 and r in before})
    labels.extend(f"{r}-rep" for r in beaten)
    return labels


def fmt_reps(reps: Sequence[int]) -> str:
    """`3×5` when all sets match, else `5, 5, 4`."""
    if len(reps) > 1 and len(set(reps)) == 1:
        return f"{len(reps)}×{reps[0]}"
    if len(reps) == 1:
        return f"1×{reps[0]}"
    return ", ".join(str(r) for r in reps)


def fmt_weight(weight_kg: float | None, unit: Unit, bodyweight: bool) -> str:
    if weight_kg is None:
        return "bodyweight" if bodyweight else ""
    shown = fmt_number(from_kg(weight_kg, unit))
    if bodyweight:
        return f"bodyweight {'+' if weight_kg > 0 else '−'}{shown.lstrip('-')} {unit}"
    return f"{shown} {unit}"


def fmt_group(view: GroupView) -> str:
    """`Bench press 3×5 @ 100 kg (RPE 8)` — the canonical form of a logged group."""
    weight = fmt_weight(view.weight_kg, view.unit, view.bodyweight)
    text = f"{view.name} {fmt_reps(view.reps)}"
    if weight:
        text += f" @ {weight}"
    if view.rpe is not None:
        text += f" (RPE {fmt_number(view.rpe)})"
    return text


def fmt_e1rm(weight_kg: float | None, reps: Sequence[int], unit: Unit) -> str:
    value = best_e1rm(weight_kg, reps)
    return f"e1RM {fmt_number(from_kg(value, unit))} {unit}" if value is not None else ""
