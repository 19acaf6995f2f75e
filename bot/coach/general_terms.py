"""The asked detail answered in general terms under a safety caveat (COACHING 4.8 "Safety/scope").

"General advice only, check with your doctor" is the stance, not the answer: an asker with
osteoporosis asking "can I barbell squat?", a diabetic asking "should I eat before?" or a lifter
in pain asking "RDL instead?" still gets that question answered, in general terms, after the
caveat. Works on `normalize`d text; returns lines to add under the caveat.
"""

from __future__ import annotations

import re
from typing import cast

from bot.coach import health_words as h
from bot.coach.extract import Details
from bot.coach.loads import plates
from bot.coach.prog_situation import fatigue_signs
from bot.coach.safety import general_only, is_minor, postpartum, radiating
from bot.programming.reentry import FACTOR as REENTRY
from bot.units import Unit

__all__ = ["general_terms"]

_LIFT = (
    r"(squats?|squatting|deadlifts?|deadlifting|dl|bench\w*|press\w*|barbells?|free weights?"
    r"|train\w*|lift\w*|heavy|weights?|overhead|ohp|rows?|pull ?ups?|chin ?ups?|max\w*)"
)
# "can I barbell squat", "is it safe to deadlift light", "ok to bench?", "still lift heavy"
_MAY_LIFT = re.compile(
    r"(?<!when )(?<!soon )\b(can|could|should|may) (i|she|he|they|we) "
    r"(still |even |safely |keep |start )?(\w+ ){0,2}"
    + _LIFT
    + r"|\b(is|are) (it |they |barbell \w+ )?(safe|ok|okay|fine|bad|dangerous)\b[^.?!]{0,30}"
    + _LIFT
    + r"|\b(safe|ok|okay|allowed) to (\w+ )?"
    + _LIFT
)
_REPS = re.compile(
    r"\b(lower|fewer|higher|less|more) reps\b|\b(what|how many) reps\b|\brep range\b"
    r"|\bhow (heavy|hard)\b|\bwhat weight\b"
)
_FOOD = re.compile(
    r"\b(eat|eating|ate|food|diet|nutrition|protein|meals?|calories|snack\w*|carbs?)\b"
)
_TRAINER = re.compile(r"\b(need|get|hire|use) (a |an )?(personal )?(trainer|coach|pt)\b")
_MEANWHILE = re.compile(
    r"\b(meanwhile|in the meantime|until (then|surgery)|what can i (do|train))\b"
)
# A workaround the hurting lifter names: straps, a stance or grip change, another lift instead.
_WORKAROUND = re.compile(
    r"\b(straps?|wraps?|belt|sleeves?|brace|(go|going|try|trying) (wider|narrower|closer|lighter)"
    r"|(wider|narrower|closer|different) (stance|grip)|instead|switch\w* to|swap\w* (to|for)"
    r"|rdls?|trap ?bar|sumo|box squats?|goblet|dumbbells?|machines?|leg press|partial\w*)\b"
)
_TRAINER_LINE = (
    "A trainer isn't required, but a few sessions with a qualified coach (or a physio) to learn "
    "the lifts is a good start when you're new to barbells."
)
_CHECK_FIRST = (
    "On {}: wait for that check — a swap that still sets off symptoms down the limb is no fix. "
    "Afterwards, a pain-free option with the same sets and reps keeps the pattern going."
)
_STILL_TRAIN = (
    "Can you still train? In general terms, yes — any lift that is pain-free during and after and "
    "doesn't load the hurt area carries on as normal, same sets and reps; anything that hurts "
    "waits until it's been checked."
)
_VAGUE = ("instead", "switch to", "switching to", "swap to", "swap for")
_MACHINES = " Machines are a fine choice too, but the barbell isn't off-limits in itself."
_GOING = re.compile(r"^(go|going|try|trying) ")
_REPS_LINE = (
    "Reps, in general terms: the usual ranges apply — 6–15 reps a set for size, about 3–5 with "
    "3–5 min rest for strength — and lower reps are fine if longer sets bring on symptoms. Keep "
    "most sets at RPE 8 or below (2+ reps left), rest as long as you need, and end a set early if "
    "symptoms start."
)
# Cleared for light exercise only, or not cleared yet: no low-rep strength sets to offer.
_LIGHT_REPS = (
    "Reps, in general terms: until your doctor clears you for more, keep every set light — "
    "moderate reps that stay easy, well short of failure, with no heavy low-rep sets — rest as "
    "long as you need, and end a set early if symptoms start."
)
_DIABETES = re.compile(r"\b(diabet\w*|t[12]d|type (1|2|one|two))\b")
_DIABETES_TEAM = (
    "whether and what to eat before training, and checking your glucose around it, are for "
    "your diabetes team to set — ask them before you start."
)
# An old working weight the asker names ("was deadlifting 120"), not weeks, months or an age.
_WEIGHT = re.compile(
    r"\b(\d{2,3}(?:\.\d)?) ?(?:kg|kgs|lbs?|pounds)?\b(?! ?(?:weeks?|months?|years?|days?|yo))"
)
MIN_WEIGHT = 20.0
OLDER_AGE = 60  # an older starter asking "do I need a trainer?" gets the same general answers
_WHO = {"minor": "teenagers", "postpartum": "most people after birth", "medical": "most people"}


def general_terms(d: Details, text: str, card_says_yes: bool = False) -> str:
    """The lines answering what a general-advice or hurting asker asked, or empty (a teen's own
    or pregnancy card already answers "may I lift")."""
    if radiating(text):  # a red flag: nothing to train through, a named swap waits for the doctor
        return _CHECK_FIRST.format(_named(text)) if _WORKAROUND.search(text) else ""
    if _hurting(d, text) and _WORKAROUND.search(text):
        return _workaround(text)
    if _hurting(d, text) and _MAY_LIFT.search(text):
        return "" if fatigue_signs(text) >= 2 else _STILL_TRAIN  # the deload rule answers it
    if not (general_only(d) or postpartum(text)):  # an older starter: their card has the rest
        return _TRAINER_LINE if (d.age or 0) >= OLDER_AGE and _TRAINER.search(text) else ""
    said_yes = card_says_yes and (is_minor(d) or d.pregnant)  # their own card says yes
    lines = [
        line
        for asked, line in (
            (_MAY_LIFT, "" if postpartum(text) or said_yes else _may_lift(d, text)),
            (_REPS, _back_from_birth(d, text) if postpartum(text) else _reps(d)),
            (_MEANWHILE, _meanwhile()),
            (_FOOD, _food(d, text)),
            (_TRAINER, _TRAINER_LINE),
            (_DIABETES, "" if _FOOD.search(text) else "With diabetes, " + _DIABETES_TEAM),
        )
        if line and asked.search(text)
    ]
    return "\n\n".join(lines)


def _hurting(d: Details, text: str) -> bool:
    """Hurting now: the injury read from the message, or a pain word not denied ("knee pain")."""
    if d.injury == "cleared":
        return False
    return d.injury == "current" or bool(h.PAIN_WORDS.search(h.NO_PAIN.sub(" ", text)))


def _who(d: Details, text: str) -> str:
    if is_minor(d):
        return _WHO["minor"]
    return _WHO["postpartum"] if postpartum(text) else _WHO["medical"]


def _may_lift(d: Details, text: str) -> str:
    """Whether the lift is allowed, in general terms, and what to ask the doctor."""
    if is_minor(d):
        return (
            "In general terms, yes: barbell lifts are fine for teenagers when they're coached — "
            "learn each lift with a light bar first, keep sets well short of failure (around RPE "
            "7, 3 reps left), add weight in small steps and skip max attempts. Machines are fine "
            "too, but a barbell isn't off-limits."
        )
    return (
        f"In general terms, {_who(d, text)} can train the main lifts, barbell ones included, "
        "once the doctor agrees: start light, around RPE 6–7 (3–4 reps left), add weight in "
        "small steps, keep every rep smooth — no grinding or max attempts — and stop anything "
        "that hurts or brings on symptoms. Ask your doctor which lifts and how heavy are "
        f"fine for you, and which symptoms mean stop.{_MACHINES if 'machine' in text else ''}"
    )


def _reps(d: Details) -> str:
    """How many reps, kept to the general-advice margin (a teen's card already says it)."""
    if is_minor(d):
        return ""
    return _LIGHT_REPS if h.NOT_CLEARED.search(d.text) else _REPS_LINE


def _back_from_birth(d: Details, text: str) -> str:
    """The re-entry after more than 8 weeks off (COACHING 4.1): about 80% of the old weights;
    a named e1RM is the re-entry calculator's to work out."""
    if d.one_rm is not None:
        return ""
    old = max((float(n) for n in _WEIGHT.findall(text)), default=0.0)
    if old < MIN_WEIGHT:
        return ""
    exact = round(old * REENTRY, 1)
    bar = plates(exact, cast(Unit, d.unit or "kg"), "down").split()[0]  # a lowered load: down
    return (
        "What weight: the 80% re-entry week works from your old working weight"
        f" (from {old:g}: about {exact:g}, {bar} on the bar)."
    )


def _meanwhile() -> str:
    return (
        "Meanwhile, in general terms: keep training what your doctor is happy with and that "
        "doesn't strain or hurt the area — machines, dumbbells and lighter isolation work at "
        "6–15 reps, 10–20 sets a muscle a week, stopping anything that hurts."
    )


def _food(d: Details, text: str) -> str:
    """Food basics (COACHING 4.9: the surplus/protein basics), the rest for the clinician."""
    who = "their" if d.child_age is not None else "your"
    line = (
        "Food, in general terms: about 1.6–2.2 g of protein per kg of body weight a day, and "
        "for size a small surplus (about 10–20% above maintenance); anything beyond those basics "
        "is outside what I cover."
    )
    if _DIABETES.search(text):
        line += " " + _DIABETES_TEAM[0].upper() + _DIABETES_TEAM[1:]
    elif is_minor(d):
        line += (
            f" For a teenager: regular meals with enough protein, no dieting or supplements "
            f"without {who} doctor's say."
        )
    return line


def _named(text: str) -> str:
    """The workaround in the asker's words: "rdl or trap bar", "going wider", "straps"."""
    found = [m.group(0) for m in _WORKAROUND.finditer(text) if m.group(0) not in _VAGUE]
    if not found:
        return "a variation"
    named = _GOING.sub("going ", " or ".join(dict.fromkeys(found[:2])))
    return f"a {named}" if named.endswith(("stance", "grip")) else named


def _workaround(text: str) -> str:
    """The variation the hurting lifter asked about, in general terms, after the stop line."""
    named = _named(text)
    if named.split()[0] in (
        "strap",
        "straps",
        "wrap",
        "wraps",
        "belt",
        "sleeve",
        "sleeves",
        "brace",
    ):
        return (
            f"On {named}: they don't fix a painful joint. If the lift still hurts with them, "
            "stop it; once it's been checked, keep the lifts that are pain-free during and "
            "after, with the same sets and reps."
        )
    return (
        f"On {named}, in general terms: once it's been checked, a pain-free variation is a fair "
        "way to keep the pattern — use it only if nothing hurts during or after, with the same "
        "sets and reps. If it still hurts, drop it rather than hunting for more variations."
    )
