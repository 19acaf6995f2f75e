"""Body-weight numbers for the nutrition cards: a bulk's weekly gain and a protein range.

A body weight is read loosely here ("80kg guy", "I'm 75 kg", "200 lbs") because these cards
only ever talk about the asker's own weight; a set written as load × reps is never read as one.
"""

from __future__ import annotations

import re

from bot.units import Unit, fmt_number, to_kg

GAIN_PER_WEEK = (0.0025, 0.005)  # 0.25–0.5% of body weight a week (COACHING 1.12)
PROTEIN = (1.6, 2.2)  # g per kg of body weight a day
_WEIGHT = re.compile(
    r"(?<![\dx×.])(?P<n>\d{2,3}(?:\.\d+)?) ?(?P<unit>kgs?|kilos?|lbs?|pounds)\b"
    r"(?! ?(?:x|×|for\b|@|rpe))"
)
_LIFT_BEFORE = re.compile(
    r"(squat\w*|bench\w*|deadlift\w*|dl|press\w*|ohp|rows?|curls?|max|1rm|e1rm|tm|pr)"
    r"( at| with| of| is| was)?\W*$"
)
_PLAUSIBLE_KG = (35.0, 200.0)
# A weight the asker is heading for is not what they weigh now ("cutting to 88kg", "a 66kg meet").
_TARGET_BEFORE = re.compile(r"(\bto|\bfor a|\bfor the|\bmake|\binto|\bunder|\btarget|\bgoal)\W*$")
_TARGET_AFTER = re.compile(r"^\W*(meet|class|category|division|weight class|goal|target)\b")
_NOW = re.compile(
    r"\b(?:from|at|weigh|weighing|currently|i am|sitting at)\s+(?P<n>\d{2,3}(?:\.\d+)?)\b"
    r"(?! ?(?:x|×|reps?|%|kg|lb|class|meet|yrs?|years?))"
)
SURPLUS = (0.10, 0.20)  # 10–20% above maintenance (COACHING 1.12)
_KCAL = re.compile(
    r"(?P<n>\d{1}[,.]?\d{3}) ?(?:kcals?|cals?|calories)\b"
    r"|\bmaint\w*(?: is| of| at)?(?: about| around| roughly| ~| approx\w*)? ?~?"
    r"(?P<m>\d[,.]?\d{3})\b"
)


def body_weight(text: str) -> tuple[float, Unit] | None:
    """The asker's body weight and its unit, when the message states one."""
    low = text.lower()
    target_unit = None
    for m in _WEIGHT.finditer(low):
        if _LIFT_BEFORE.search(low[max(0, m.start() - 14) : m.start()]):
            continue  # "squat 140kg": a load, not the lifter
        if _TARGET_BEFORE.search(low[max(0, m.start() - 12) : m.start()]) or _TARGET_AFTER.search(
            low[m.end() : m.end() + 16]
        ):
            target_unit = m.group("unit")
            continue  # "cutting from 95 to 88kg": 95 is the lifter now
        value = float(m.group("n"))
        unit: Unit = "lb" if m.group("unit").startswith(("lb", "pound")) else "kg"
        if _PLAUSIBLE_KG[0] <= to_kg(value, unit) <= _PLAUSIBLE_KG[1]:
            return value, unit
    return _current(low, target_unit) if target_unit else None


def _current(low: str, unit_word: str) -> tuple[float, Unit] | None:
    """'from 95 to 88kg', 'at 70 now': the unitless weight now, in the target's unit."""
    m = _NOW.search(low)
    if m is None:
        return None
    unit: Unit = "lb" if unit_word.startswith(("lb", "pound")) else "kg"
    return float(m.group("n")), unit


_GAINING = re.compile(
    r"(?:\+|gain\w* |up )(?P<n>\d(?:\.\d+)?) ?(?:kgs?|lbs?)? ?(?:/ ?|a |per |each )(?:wk|week)\b"
)


def gain_line(text: str) -> str | None:
    """'75kg, bulking': the weekly gain that fits 0.25–0.5% of body weight; with the gain now
    stated ("+0.1kg/wk at 80kg"), whether it is under it (S5: then ~+10% calories)."""
    weight = body_weight(text)
    if weight is None:
        return None
    target = weekly_gain(*weight)
    now = _GAINING.search(text.lower())
    if now is None:
        return target
    gain, share = float(now["n"]), float(now["n"]) / weight[0] * 100
    said = f"{fmt_number(gain)} {weight[1]} a week is {share:.3g}% of {fmt_number(weight[0])}"
    if share < GAIN_PER_WEEK[0] * 100:
        verdict = "under 0.25%: eat about 10% more (≈ +200–300 kcal a day)"
    elif share > GAIN_PER_WEEK[1] * 100:
        verdict = "over 0.5%: trim the surplus a little, it's mostly adding fat"
    else:
        verdict = "inside the 0.25–0.5% target: keep eating as you are"
    return f"{target}\n{said} {weight[1]} — {verdict}."


def weekly_gain(value: float, unit: str) -> str:
    """The weekly gain of a size phase at this body weight (0.25–0.5% a week)."""
    low, high = (f"{value * share:.2f}".rstrip("0").rstrip(".") for share in GAIN_PER_WEEK)
    return f"At {fmt_number(value)} {unit}, 0.25–0.5% a week is about {low}–{high} {unit} a week."


def protein_line(text: str) -> str | None:
    """'90kg guy, how much protein?': the daily range at 1.6–2.2 g per kg."""
    weight = body_weight(text)
    if weight is None:
        return None
    line, aim = daily_protein(*weight), _CLASS_TO.search(text.lower())
    if aim is None or not 0.7 <= float(aim["n"]) / weight[0] < 1:
        return line
    low, high = (round(to_kg(float(aim["n"]), weight[1]) * g) for g in PROTEIN)
    return f"{line[:-1]}; at your {aim['n']} {weight[1]} class weight: about {low}–{high} g."


def daily_protein(value: float, unit: Unit) -> str:
    """The daily protein range at this body weight."""
    low, high = (round(to_kg(value, unit) * g) for g in PROTEIN)
    return f"At {fmt_number(value)} {unit}: about {low}–{high} g of protein a day."


def surplus_line(text: str) -> str | None:
    """'maintenance is 2600 kcal, how much to bulk?': 10–20% above it; else the weekly gain."""
    m = _KCAL.search(text.lower())
    if m is None:
        return gain_line(text)
    kcal = float((m.group("n") or m.group("m")).replace(",", "").replace(".", ""))
    low, high = (round(kcal * (1 + share) / 10) * 10 for share in SURPLUS)
    line = f"From {fmt_number(kcal)} kcal maintenance: about {low}–{high} kcal a day."
    gain = gain_line(text)
    return f"{line}\n{gain}" if gain else line


def bulk_line(text: str) -> str | None:
    """A bulk's surplus or weekly gain, and the protein in grams the card gives per kg."""
    found = [line for line in (surplus_line(text), protein_line(text)) if line]
    return "\n".join(found) or None


_EATING = re.compile(r"\beating (?:like |about |around |roughly |~)?(?P<n>\d[,.]?\d{3})\b")
_RATE = re.compile(r"(?P<p>\d?\.\d+|\d) ?% ?(?:/ ?|a |per |each )(?:wk|week)\b")


def intake_line(text: str) -> str | None:
    """'up 0.1%/wk, eating 2800, up the food?': under 0.25% a week → about 10% more (S5), in
    their own kcal; a rate inside 0.25–0.5% keeps the intake."""
    eating = _EATING.search(text.lower())
    if eating is None:
        return None
    kcal = float(eating["n"].replace(",", "").replace(".", ""))
    rate = _RATE.search(text.lower())
    if rate and float(rate["p"]) >= GAIN_PER_WEEK[0] * 100:
        keep = float(rate["p"]) <= GAIN_PER_WEEK[1] * 100
        step = f"keep eating about {fmt_number(kcal)} kcal" if keep else "trim the surplus a little"
        return f"{rate['p']}% a week is {'inside' if keep else 'over'} 0.25–0.5%: {step}."
    more = round(kcal * SURPLUS[0] / 10) * 10
    said = f"{rate['p']}% a week is under 0.25%: " if rate else "Gaining under 0.25% a week: "
    total = fmt_number(kcal + more)
    return f"{said}eat about 10% more — {fmt_number(kcal)} + {more} ≈ {total} kcal a day."


def plateau_line(text: str) -> str | None:
    """A size plateau's food step in the asker's kcal, else a bulk's figures."""
    return intake_line(text) or bulk_line(text)


MASS_EXPONENT = 0.64  # lifts scale with body mass^0.64–0.65 (COACHING 1.x, Challis 1999)
_CLASS_TO = re.compile(
    r"\b(?:to|make|the|into|for|a|up to|down to)\s+(?:the\s+)?(?P<n>\d{2,3}(?:\.\d+)?)"
    r"\s?(?:kg\s?|kgs\s?|lb\s?|lbs\s?)?(?:class|category|division)\b"
)
_CHANGE = re.compile(
    r"\b(?P<dir>gain\w*|put(?:ting)? on|add\w*|los\w*|drop\w*|cut\w*)\s+(?:about |around |~)?"
    r"(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:kgs?|kilos?|lbs?|pounds)\b"
)


def class_line(text: str) -> str | None:
    """'100kg, moving up to the 105 class: will it add much?': the body-mass change worked
    through mass^0.64 — +5% body mass is about +3% on the lifts, not +5%."""
    low = text.lower()
    now = body_weight(low)
    aim, change = _CLASS_TO.search(low), _CHANGE.search(low)
    if now is None or (aim is None and change is None):
        return None
    value, unit = now
    if aim is not None:
        target = float(aim["n"])
    else:
        assert change is not None
        sign = -1 if change["dir"].startswith(("los", "drop", "cut")) else 1
        target = value + sign * float(change["n"])
    if target == value or not 0.7 <= target / value <= 1.3:
        return None
    mass = (target / value - 1) * 100
    lift = ((target / value) ** MASS_EXPONENT - 1) * 100
    line = (
        f"From {fmt_number(value)} to {fmt_number(target)} {unit} ({mass:+.0f}% body mass): at "
        f"mass^0.64 that is about {lift:+.0f}% on your lifts, not {mass:+.0f}%"
    )
    if target > value:
        return f"{line} — only if it comes as muscle from a size phase (a surplus, lots of sets)."
    return f"{line} — and less of a loss if you keep the heavy work in while you cut."


_GAINED = re.compile(
    r"\b(?:up|gained|put on|gaining|added)\s(?:about |around |~)?(?P<n>\d{1,2}(?:\.\d+)?)"
    r"\s?(?P<unit>kgs?|kilos?|lbs?|pounds)\b"
)


def gained_line(text: str) -> str | None:
    """'bulking, scale up 7kg, lifts flat': gaining already, so food is not what's missing."""
    m = _GAINED.search(text.lower())
    if m is None:
        return intake_line(text)
    unit = "lb" if m["unit"].startswith(("lb", "pound")) else "kg"
    return (
        f"Up {m['n']} {unit}: you are gaining, so the eat-more step doesn't apply — food is not the"
        " problem; check your weekly sets (10–20 hard sets per muscle) and recovery (sleep)."
    )


LINES = {
    "weight_classes": class_line,
    "gain_rate": plateau_line,
    "protein_target": protein_line,
    "bulk_surplus": plateau_line,
    "surplus_needed": surplus_line,
    "size_plateau": gained_line,
}


def body_line(card_id: str, text: str, already: str) -> str | None:
    """The card's body-weight line, unless the answer already states it."""
    make = LINES.get(card_id)
    line = make(text) if make else None
    return None if line is None or line.split(":")[0] in already else line
