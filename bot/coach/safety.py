"""Safety as a caveat in front of a still-useful answer (COACHING 4.8 "Safety/scope")."""

from __future__ import annotations

import re

from bot.coach.extract import ADULT_AGE, Details
from bot.coach.health_words import MEDICAL as MEDICAL_WORDS
from bot.coach.health_words import NOT_CLEARED

__all__ = [
    "ADULT_AGE",
    "caveat",
    "clashes",
    "general_only",
    "is_minor",
    "postpartum",
    "prescribes_heavy",
    "radiating",
]
# How to keep adding weight: for a lifter hurting now, the pain card for their goal answers that,
# so the answer never tells them to push the lift the caveat says to stop.
PUSHES_THE_LIFT = frozenset({"progressive_overload", "two_for_two", "micro_increments", "plateau"})
# Max tests, heavy singles and top-end loads: cards whose advice the "general advice only" caveat
# for minors, pregnancy and medical conditions would contradict, so those askers get the general
# card instead (refine.refine).
MAX_EFFORT_CARDS = frozenset(
    {
        "test_max",
        "sblock_test_week",
        "e1rm_single_rpe",
        "e1rm_true_max",
        "meet_prep",
        "strength_block",
        "strength_percent",
        "older_heavy",  # "Yes — heavy lifting works at any age" is no answer for osteoporosis
    }
)
# The heavy-loading cards: those and the 80–100% rep recipes (refine gives the general card).
HEAVY_CARDS = MAX_EFFORT_CARDS | {"athletes", "reps_strength"}
# Effort targets for hard training ("RPE 7.5–9 on main lifts"): after the general-advice line a
# second card must not set them, so a pregnancy or medical answer stays lighter throughout.
HARD_EFFORT_CARDS = HEAVY_CARDS | {"rpe_targets"}
PAIN = (
    "First: if something hurts, stop the lift that hurts and get it looked at by a doctor or "
    "physio — don't train through sharp pain. The rest is for what you can train pain-free."
)
RED_FLAG = (
    "First: chest tightness, dizziness, fainting, numbness, tingling or swelling are reasons to "
    "stop training today and see a doctor — urgently if it is your chest or you felt faint. "
    "Once you've been checked, the rest of this still applies."
)
_PAIN_TOO = (
    "And if something hurts, stop the lift that hurts and get it looked at by a doctor or physio."
)
CLEARED = (
    "Since you've been cleared, ease back in: start well below your old weights and build up "
    "over a few weeks; stop if the pain comes back."
)
NOT_YET = "Until they clear you, keep every set light and skip heavy or max lifting."
MINOR = (
    "As you're under 18, this is general advice only: learn the lifts with a qualified coach or "
    "PE teacher, keep sets sub-maximal with a few reps left, and skip max attempts."
)
PREGNANT = (
    "During pregnancy this is general advice only: clear your training with your doctor or "
    "midwife and follow what they say over anything here."
)
POSTPARTUM = (
    "After giving birth this is general advice only: wait until your doctor or midwife clears you "
    "to lift (after a c-section too) and follow what they say over anything here."
)
RADIATING = (
    "First: pain that runs down your leg or arm, or numbness or tingling in a limb, is a reason to "
    "stop training today and see a doctor — it isn't normal soreness, and no sets or reps are "
    "right for it until you've been checked."
)
# Had the baby: "had my baby 8 weeks ago", "postpartum", "gave birth in may", "after my c-section".
_AFTER_BIRTH = re.compile(
    r"\b(postpartum|post partum|post natal|postnatal|after (giving )?birth|gave birth"
    r"|since the birth|had (my|the|a) (baby|son|daughter|twins|kid)|my baby is|c ?-?section"
    r"|since (my )?(baby|birth)"
    r"|after (my |the )?(baby|birth|delivery))\b"
)
_STILL_PREGNANT = re.compile(
    r"\b(i am|im|i m|currently|now|still|while|weeks|months) pregnant\b|\btrimester\b"
    r"|\bweeks along\b|\bdue (date|in)\b"
)
# Pain running down a limb, and numbness or tingling down one: a nerve sign, not soreness.
_RADIATING = re.compile(
    r"\b(pain|ache|aching|it|that|which|sciatica)\b[^.?!]{0,25}\b(goes|going|went|runs|running"
    r"|shoots?|shooting|travels?|travelling|traveling|radiat\w*|spreads?|spreading|moves?)"
    r" (down|into|to) (\w+ ){0,3}?(legs?|arms?|foot|feet|hands?|calf|calves"
    r"|thighs?|glutes?|butt|fingers?|toes?)\b|\bradiat\w*\b"
    r"|\b(burn\w*|shoot\w*|zing\w*|electric\w*|sharp)( \w+)?( down| into| down into)"
    r" (\w+ ){0,3}?(legs?|arms?|foot|feet|hands?|fingers?|toes?|calf|calves|thighs?)\b"
    r"|\b(numb\w*|tingl\w*|pins and needles)\b[^.?!]{0,30}\b(legs?|arms?|foot|feet|hands?"
    r"|fingers?|toes?|calf|thighs?)\b|\b(legs?|arms?|foot|feet|hands?|fingers?|toes?)\b"
    r"[^.?!]{0,15}\b(numb\w*|tingl\w*|goes dead|pins and needles)"
)
MINOR_CHILD = (
    "As they're under 18, this is general advice only: they should learn the lifts with a "
    "qualified coach or PE teacher, keep sets sub-maximal with a few reps left, and skip max "
    "attempts."
)
MEDICAL = (
    "With {} this is general advice only: check with your doctor before changing your training."
)
_OPERATED = re.compile(r"\breplacement\b|\bsurgery\b|\bsurgeon\b|\boperation\b")
# The condition named back to the asker; words that name no one condition read as "a medical
# condition" ("medication", "surgery", a stent's heart).
_NAMED = {
    "diabetic": "diabetes",
    "bp": "high blood pressure",
    "blood pressure": "high blood pressure",
    "hernia": "a hernia",
    "copd": "COPD",
    "pcos": "PCOS",
}
_UNNAMED = re.compile(
    r"medication|surgery|medical condition|chemo|stent|pacemaker|heart|cardiac|bypass|stroke|t[12]d"
    r"|blood clot"
)
# A sentence that sets heavy loads, a training max, a max test or a meet's test week: advice the
# general-advice-only line for minors, pregnancy and medical conditions rules out. "Skip max
# attempts" and "no grinding or max attempts" are the general advice itself and stay.
_HEAVY_LINE = re.compile(
    r"\btraining max\b|\btms?\b|\bworking max\b|\btest week\b|\bmeet day\b|\b1rm or 3rm\b"
    r"|80–100%|65–95%|\b(8[5-9]|9\d|100)(\.\d)?%|\bheavy singles?\b|\brpe (9|9\.5|10)\b|7\.5–9\b"
    r"|\b(test|find|work up to) (a |your |a new )?(1rm|max|true max)\b",
    re.IGNORECASE,
)


def caveat(d: Details, *, injury_card: bool) -> str:
    """The one safety line this asker needs, or empty."""
    if radiating(d.text):
        return RADIATING
    if d.red_flag:
        return RED_FLAG
    if postpartum(d.text):  # cleared after the birth, pain still stops a lift
        return f"{POSTPARTUM} {_PAIN_TOO}" if d.injury and not injury_card else POSTPARTUM
    if d.pregnant:
        return PREGNANT
    if is_minor(d):
        hurt = d.injury == "current" and not injury_card
        minor = MINOR if d.age is not None and d.age < ADULT_AGE else MINOR_CHILD
        return f"{minor} {_PAIN_TOO}" if hurt else minor
    if d.injury == "cleared" and not d.medical:  # "had surgery, now cleared": the all-clear
        return CLEARED
    if d.medical:
        line = MEDICAL.format(_condition(d.text))
        line = f"{line} {NOT_YET}" if NOT_CLEARED.search(d.text) else line
        operated = _OPERATED.search(d.text)  # after an operation: the surgeon's word
        line = line.replace("doctor", "surgeon or physio") if operated else line
        hurt = bool(d.injury or operated) and not injury_card  # "knee replacement": pain stops it
        return f"{line} {_PAIN_TOO}" if hurt else line
    if d.injury == "current" and not injury_card:
        return PAIN
    return ""


def _condition(text: str) -> str:
    """The asker's condition in their own word ("osteoporosis"), else "a medical condition"."""
    found = MEDICAL_WORDS.search(text)
    if found is None or _UNNAMED.search(found.group(0)):
        return "a medical condition"
    word = found.group(0)
    if word.endswith("replacement"):
        return f"a {word}"
    return "diabetes" if "diabet" in word and " " in word else _NAMED.get(word, word)


def postpartum(text: str) -> bool:
    """The asker has had the baby (not pregnant now): the after-birth caveat, not pregnancy's."""
    return bool(_AFTER_BIRTH.search(text)) and not _STILL_PREGNANT.search(text)


def radiating(text: str) -> bool:
    """Pain, numbness or tingling running down a limb: stop and see a doctor, no prescription."""
    return bool(_RADIATING.search(text))


def is_minor(d: Details) -> bool:
    """The asker, or the child they ask about ("my son is 13"), is under 18."""
    return any(age is not None and age < ADULT_AGE for age in (d.age, d.child_age))


def general_only(d: Details) -> bool:
    """Minors, pregnancy and medical conditions get no personal loads or maths."""
    return d.pregnant or d.medical or is_minor(d)


def prescribes_heavy(sentence: str) -> bool:
    """A sentence setting heavy loads, a TM, a max test or a meet test week (COACHING 4.8)."""
    return bool(_HEAVY_LINE.search(sentence))


def clashes(card_id: str, d: Details) -> bool:
    """A card whose advice the asker's general-advice caveat rules out (heavy effort targets)."""
    return (general_only(d) or radiating(d.text)) and card_id in HARD_EFFORT_CARDS
