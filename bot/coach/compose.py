"""Turn chosen cards into one reply: caveat, each card's answer, its numbers, the lifter's own."""

from __future__ import annotations

import re

from bot.coach.asked_calcs import add_asked, asked_lines
from bot.coach.body_numbers import daily_protein
from bot.coach.calculators import calculate
from bot.coach.cardbank import Card
from bot.coach.extract import Details
from bot.coach.models import GoalLabel, LifterContext
from bot.coach.personal import goal_line, personal_lines, pick_lift
from bot.coach.safety import general_only
from bot.coach.vocabulary import PLATE_LB
from bot.units import Unit, from_kg


def card_block(card: Card, goal: GoalLabel, d: Details, ctx: LifterContext | None) -> str:
    """One card's answer with its calculator line and the lifter's own numbers."""
    lines = [fit_lead(card.text, d.text)]
    if general_only(d) and (grams := protein_grams(card, d)):
        lines.insert(0, grams)  # g/kg protein is general nutrition, a minor's too
    if not general_only(d):
        # no unit said and no lifter's own: a bare plate-math load (315 = bar + three 45s a
        # side) is pounds; anything else is worked unit-free
        guessed = "lb" if d.unit is None and ctx is None and PLATE_LB.search(d.text) else None
        unit: Unit = d.unit or (ctx.unit if ctx else guessed or "kg")  # type: ignore[assignment]
        known = _known_max(d, ctx, unit)
        numbers = calculate(card.calc, d, known, unit)
        if numbers:
            lines.append(numbers)
        grams = protein_grams(card, d)
        add_asked(lines, numbers, asked_lines(d, known, unit) + ([grams] if grams else []))
        if d.unit is None and ctx is None and not guessed and len(lines) > 1:  # "135 for 10"
            freed = [_unit_free(line) for line in lines[1:]]
            if freed != lines[1:]:
                lines[1:] = freed
                lines[-1] += UNIT_FREE
        lines = lines[1:] + lines[:1]  # the asker's own numbers first, then the rule behind them
        if ctx is not None and not (numbers and card.personal == "e1rm"):
            lines.extend(personal_lines(card.personal, goal, d.lift, ctx))
    if ctx is not None and card.goal_buttons:
        lines.append(goal_line(ctx))
    return "\n".join(lines)


PROTEIN_RULE = re.compile(r"\bg (?:of protein )?(?:per|a|/) ?kg\b")


def protein_grams(card: Card, d: Details) -> str | None:
    """A card giving protein per kg, and the asker's body weight: the grams a day."""
    if d.bodyweight is None or not PROTEIN_RULE.search(card.text):
        return None
    unit: Unit = "lb" if d.unit == "lb" else "kg"
    return daily_protein(d.bodyweight, unit)


_LEAD = re.compile(r"^(Yes|No)(?: —|:|,) (\S)")
_WORD = re.compile(r"[a-z']+")
_WH = frozenset({"what", "whats", "how", "which", "when", "where", "why", "who"})
_AUX = frozenset(
    {"is", "are", "am", "do", "does", "did", "can", "could", "should", "will", "would", "was"}
    | {"were", "has", "have", "need", "must"}
)
_SUBJECT = frozenset({"i", "we", "you", "they", "it", "he", "she", "that", "this", "there"})


def yes_no_ask(ask: str) -> bool:
    """The ask is a yes/no question: its first question word is a verb put in front ("can
    women…", "ok dumb q but is…"), not a wh-word ("what reps…") or a statement ("I have…")."""
    words = _WORD.findall(ask.lower())
    for before, word in zip(["", *words], words, strict=False):
        if word in _WH:
            return False
        if word in _AUX and before not in _SUBJECT:
            return True
    return False


def fit_lead(text: str, ask: str) -> str:
    """A card that opens with "Yes"/"No" answers a yes/no ask; a "what reps…" ask or a statement
    gets the answer without that word."""
    lead = _LEAD.match(text)
    if lead is None or not ask or yes_no_ask(ask):
        return text
    return lead.group(2).upper() + text[lead.end() :]


UNIT_FREE = " (No unit given: same maths in kg or lb; in lb round loads to 5 lb.)"


def _unit_free(line: str) -> str:
    return line.replace(" kg", "")


def _known_max(d: Details, ctx: LifterContext | None, unit: Unit) -> float | None:
    """The lifter's e1RM for the lift asked about, in the unit the answer uses."""
    if ctx is None:
        return None
    lift = pick_lift(d.lift, ctx.lifts)
    return round(from_kg(lift.e1rm_kg, unit), 1) if lift else None
