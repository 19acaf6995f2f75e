"""/plates: the breakdown for a load, and the lifter's own bar and plates."""

from __future__ import annotations

from dataclasses import replace

from bot.services.container import Services
from bot.services.training import plate_setup
from bot.training.plates import (
    DEFAULTS,
    MAX_LOAD,
    PlateSetup,
    describe,
    fmt_weight,
    load_plates,
    parse_plate_list,
)
from bot.units import Unit, parse_unit
from storage.training import TrainingPrefs
from storage.users import User


def parse_number(text: str) -> float | None:
    """'142.5' or '142,5' → 142.5; None for anything else (nan and inf included)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


USAGE = (
    "Send a barbell load, like /plates 142.5 or /plates 315 lb. "
    "Your gym's kit: /plates bar 15, /plates set 25,20,10,5,2.5, /plates reset."
)


def _kit(setup: PlateSetup) -> str:
    plates = ", ".join(fmt_weight(p) for p in setup.plates)
    return f"Bar {fmt_weight(setup.bar)} {setup.unit}; plates {plates} {setup.unit}."


def breakdown(load: float, setup: PlateSetup) -> str:
    """'142.5 kg: 25 + 25 + 10 + 1.25 kg per side' (or the nearest loadable weight)."""
    unit = setup.unit
    if load <= 0:
        return "A load has to be above zero. " + USAGE
    if load > MAX_LOAD[unit]:
        return f"That's beyond any bar I plan for (up to {MAX_LOAD[unit]:g} {unit}). " + USAGE
    loading = load_plates(load, setup)
    if loading.exact:
        return f"{fmt_weight(load)} {unit}: {describe(loading)}."
    return (
        f"{fmt_weight(load)} {unit} can't be made exactly with your plates; the nearest is "
        f"{fmt_weight(loading.load)} {unit}: {describe(loading)}."
    )


async def _save(svc: Services, user: User, prefs: TrainingPrefs) -> str:
    await svc.training.save_prefs(user.id, prefs)
    return "Saved. " + _kit(plate_setup(prefs, user.unit)) + " /plan loads follow it."


async def plates_reply(svc: Services, user: User, args: list[str]) -> str:
    """Answer /plates with its arguments."""
    prefs = await svc.training.prefs(user.id)
    setup = plate_setup(prefs, user.unit)
    if not args:
        return _kit(setup) + "\n" + USAGE
    head, rest = args[0].lower(), " ".join(args[1:])
    own = prefs if prefs.plate_unit == user.unit else TrainingPrefs(plate_unit=user.unit)
    if head == "reset":
        return await _save(svc, user, replace(own, bar=None, plates=None))
    if head == "bar":
        bar = parse_number(rest)
        if bar is None or not 5 <= bar <= (50 if user.unit == "kg" else 110):
            return f"Give the bar's weight in {user.unit}, like /plates bar 15."
        return await _save(svc, user, replace(own, bar=bar))
    if head == "set":
        plates = parse_plate_list(rest)
        if plates is None:
            return f"List the plate sizes you have in {user.unit}, like /plates set 25,20,10,5,2.5."
        return await _save(svc, user, replace(own, plates=plates))
    return _load_reply(args, setup)


def _load_reply(args: list[str], setup: PlateSetup) -> str:
    text = " ".join(args).lower().replace(",", ".")
    unit: Unit | None = None
    for suffix in ("kgs", "kg", "lbs", "lb"):
        if text.endswith(suffix):
            unit, text = parse_unit(suffix), text[: -len(suffix)].strip()
            break
    load = parse_number(text)
    if load is None:
        return f"I can't read '{' '.join(args)[:20]}' as a load. " + USAGE
    if unit is not None and unit != setup.unit:
        setup = DEFAULTS[unit]
    return breakdown(load, setup)


async def warmups_reply(svc: Services, user: User, args: list[str]) -> str:
    """/warmups [on|off]: the ramp before the first heavy lift of /plan."""
    prefs = await svc.training.prefs(user.id)
    choice = args[0].lower() if args else ""
    if choice not in ("on", "off"):
        state = "on" if prefs.warmups else "off"
        return f"Warm-up sets in /plan are {state}. Send /warmups on or /warmups off."
    await svc.training.save_prefs(user.id, replace(prefs, warmups=choice == "on"))
    return f"Warm-up sets in /plan are now {choice}."
