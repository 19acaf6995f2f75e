"""Safety as a caveat in front of a still-useful answer (COACHING 4.8 "Safety/scope")."""

from __future__ import annotations

from bot.coach.extract import Details

ADULT_AGE = 18
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
MINOR = (
    "As you're under 18, this is general advice only: learn the lifts with a qualified coach or "
    "PE teacher, and skip max attempts."
)
PREGNANT = (
    "During pregnancy this is general advice only: clear your training with your doctor or "
    "midwife and follow what they say over anything here."
)
MEDICAL = (
    "With a medical condition this is general advice only: check with your doctor before "
    "changing your training."
)


def caveat(d: Details, *, injury_card: bool) -> str:
    """The one safety line this asker needs, or empty."""
    if d.red_flag:
        return RED_FLAG
    if d.pregnant:
        return PREGNANT
    if d.age is not None and d.age < ADULT_AGE:
        hurt = d.injury == "current" and not injury_card
        return f"{MINOR} {_PAIN_TOO}" if hurt else MINOR
    if d.injury == "cleared":  # "had surgery, now cleared": the all-clear is the news
        return CLEARED
    if d.medical:
        return MEDICAL
    if d.injury == "current" and not injury_card:
        return PAIN
    return ""


def general_only(d: Details) -> bool:
    """Minors, pregnancy and medical conditions get no personal loads or maths."""
    return d.pregnant or d.medical or (d.age is not None and d.age < ADULT_AGE)


def clashes(card_id: str, d: Details) -> bool:
    """A card whose advice the asker's general-advice caveat rules out (heavy effort targets)."""
    return general_only(d) and card_id in HARD_EFFORT_CARDS
