"""How long a break was, and the re-entry week it calls for (COACHING 4.1).

COACHING's only layoff rule: more than 8 weeks without training → one re-entry week at 80% of
e1RM_work, then progress as before, never a demotion in level. A shorter break triggers nothing,
so the lifter picks up the plan where it stopped. One reader serves every calculator that needs
the break's length: breaks come as "sick for 3 weeks", "a 6-week break", "two months off",
"took 10 days off", "cleared 4 months later" or "haven't trained since august".
"""

from __future__ import annotations

import re
from datetime import date

from bot.coach.loads import plates
from bot.programming.reentry import FACTOR as REENTRY
from bot.programming.reentry import LAYOFF
from bot.units import Unit, fmt_number

LAYOFF_WEEKS = LAYOFF.days / 7  # the plan generator's own threshold: one rule for both
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2, "few": 3,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,3}(?:\.5)?|a couple(?: of)?|couple(?: of)?|a few|few|an?|one|two|three|four"
_COUNT += r"|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPAN = r" ?-? ?(?P<span>days?|weeks?|wks?|months?|mos?|years?|yrs?)"
_AWAY = (
    r"(?:off(?!-? ?season)|out|away|break|layoff|lay off|hiatus|rest"
    r"|without (?:training|lifting|the gym)"
    r"|no (?:gym|lifting|training|squatting|benching|pressing|deadlifting|pulling)|zero gym"
    r"|of no training)"
)
_NOT = r"(?:\w*n'?t|not|never|no)"
_MORE = r"(?P<more> and a bit| or more| plus|\+)?(?: or so| ish)?"
_NOT_LAID = r"(?<!lay )(?<!laid )(?<!map )(?<!plan )(?<!spell )(?<!work )"  # "lay out the 4 weeks"
_WHY = (
    r"(?:off(?!-? ?season)|"
    + _NOT_LAID
    + r"out|away|sick|ill|injured|break|layoff|hiatus|travel\w*|vacation"
)
_WHY += r"|holiday|stopped"
_WHY += r"|quit|paused)"
_SINCE = (
    r"(?:" + _NOT + r" (?:\w+ ){0,2}(?:lifted|trained|train\w*|been|gone|touch\w*)(?: \w+){0,3}?"
)
_SINCE += r" (?:in|for)|first (?:\w+ )?(?:session|workout|time) in)(?: over| about)?"
_AFTER = r" (?:later|postpartum|post partum|after (?:birth|surgery|giving birth|the baby)"
_AFTER += r"|post[- ]?(?:op|surgery|injury|(?:\w+ )?(?:surgery|reconstruction|repair)))"
BREAK = (
    # "two months off", "6-week break", "8 weeks and a bit off", "3 weeks of no training"
    re.compile(r"\b" + _COUNT + _SPAN + r"\b" + _MORE + r"(?: \w+){0,2}? " + _AWAY + r"\b"),
    # "off for 3 weeks", "sick for 3 weeks", "took a break of 2 months", "out 10 days"
    re.compile(
        r"\b" + _WHY + r"(?: \w+){0,3}? (?:for |of |about |around |like )*" + _COUNT + _SPAN
    ),
    # "haven't lifted in 3 months", "first session in 6 weeks"
    re.compile(r"\b" + _SINCE + " " + _COUNT + _SPAN + r"\b"),
    # "cleared 4 months later", "6 months postpartum", "postpartum 6 months"
    re.compile(r"\b" + _COUNT + _SPAN + _AFTER + r"\b"),
    re.compile(r"\bpostpartum " + _COUNT + _SPAN + r"\b"),
    # "10 weeks since i last squatted heavy", "3 months since my last session"
    re.compile(
        r"\b" + _COUNT + _SPAN + r" since (?:i |my )?(?:last |i last )?(?:\w+ )?(?:squat\w*"
        r"|bench\w*|dead\w*|lift\w*|train\w*|session|workout|gym|went)\b"
    ),
    # "had meniscus surgery 4 months ago": the time since the operation
    re.compile(r"\b(?:surgery|operation|op) (?:was )?" + _COUNT + _SPAN + r" ago\b"),
)
_EVENT = r"(?:meet|comp|competition|contest|show|event|race|match|season|test day|game)"
# "meet on june 14, its 11 weeks out", "8 weeks away from my meet": time ahead, not a break.
_AHEAD = (_COUNT + _SPAN).replace("?P<n>", "?:").replace("?P<span>", "?:")
COUNTDOWN = re.compile(
    r"\b" + _EVENT + r"\b[^.?!]{0,40}?\b" + _AHEAD + r" (?:out|away|to go|left)\b"
    r"|\b" + _AHEAD + r" (?:out|away) (?:from|until|till|to|before) (?:the |my |a )?"
    r"(?:\w+ )?" + _EVENT + r"\b"
)
# "lifting on and off like 4 months total": how long they have trained, not a break
ON_OFF = re.compile(r"\bon (?:and|&|n|'n'?) off\b")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
SINCE = re.compile(
    r"\b" + _NOT + r"(?: \w+){0,3}? since (?P<month>" + "|".join(_MONTHS) + r"|jan|feb|mar|apr"
    r"|jun|jul|aug|sept?|oct|nov|dec)\b"
)
_SPANS = {"d": "day", "w": "week", "m": "month", "y": "year"}
_DAYS = {"d": 1 / 7, "w": 1.0, "m": 4.3, "y": 52.0}
_LIFT = r"(bench\w*|squat\w*|dead ?lift\w*|dl|deads|ohp|overhead press|press\w*)"
OLD_VALUE = re.compile(
    r"\b" + _LIFT + r"(?: e1rm| 1rm| max| pr)?(?: was| is| of| at| about| around| =| before)*"
    r" ?~?(?P<v>\d{2,3}(?:\.\d+)?)(?!\d|\.\d| ?(?:x|for|reps?|%|sets?|weeks?|months?|days?))"
)


def _count(word: str) -> float:
    word = word.removeprefix("a ").removesuffix(" of")
    return _WORDS.get(word) or float(word)


def weeks_off(text: str, today: date | None = None) -> float | None:
    """The break's length in weeks, or None when none is said."""
    found = read_break(text, today)
    return found[0] if found else None


def read_break(text: str, today: date | None = None) -> tuple[float, str] | None:
    """The break's length in weeks and as said ("two months", "since august"). "Since <month>"
    needs `today` (the month's first day, within the past year). A meet's countdown ("meet is
    11 weeks out") is time ahead, not a break."""
    text = ON_OFF.sub(" ", COUNTDOWN.sub(" ", text))
    for rx in BREAK:
        if m := rx.search(text):
            more = 0.5 if m.groupdict().get("more") else 0.0  # "8 weeks and a bit": over 8
            span = _SPANS[m["span"][0]] + ("" if _count(m["n"]) == 1 else "s")
            said = f"{m['n']} {span}" + (" and a bit" if more else "")
            return _count(m["n"]) * _DAYS[m["span"][0]] + more, said
    since = SINCE.search(text)
    if since is None or today is None:
        return None
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(since["month"]))
    year = today.year if month <= today.month else today.year - 1
    weeks = (today - date(year, month, 1)).days / 7
    return weeks, f"about {fmt_number(round(weeks))} weeks (since {_MONTHS[month - 1].title()})"


def lift_numbers(text: str) -> list[tuple[str, float]]:
    """Each lift named with its pre-break number ("squat e1rm was ~150, bench 105"), first per
    lift; no lift named, the asker's e1RM is read elsewhere."""
    seen: dict[str, float] = {}
    for m in OLD_VALUE.finditer(text):
        word = m.group(1)
        name = "deadlift" if word.startswith(("d", "dl")) else word
        name = next((n for n in ("bench", "squat", "deadlift") if name.startswith(n)), name)
        name = "ohp" if name.startswith(("ohp", "overhead", "press")) else name
        seen.setdefault(name, float(m["v"]))
    return list(seen.items())


def layoff_line(text: str, old: float | None, unit: Unit, today: date | None = None) -> str | None:
    """The break's rule with the asker's numbers: > 8 weeks → 80% of each old e1RM for a week;
    8 weeks or less → no re-entry week. `old` is the single e1RM to use when no lift is named."""
    found = read_break(text, today)
    if found is None:
        return None
    weeks, said = found
    if weeks <= LAYOFF_WEEKS:
        return (
            f"A break of {said} is not over the 8-week mark: no re-entry week and no demotion —"
            " pick up your plan where you left off, a step lighter if the first session feels"
            " rough."
        )
    lifts = lift_numbers(text) or ([("e1RM", old)] if old else [])
    if not lifts:
        return (
            f"A break of {said} is over 8 weeks: one re-entry week at 80% of your old working e1RM,"
            " then progress as normal. You are not a beginner again."
        )
    parts = "; ".join(_reentry(lift, v, unit) for lift, v in lifts)
    return (
        f"A break of {said} is over 8 weeks: one re-entry week at 80% of your old e1RM — {parts}."
        " Then progress as normal and let new sets re-estimate your e1RM. You are not a beginner"
        " again."
    )


def _reentry(lift: str, old: float, unit: Unit) -> str:
    """'squat 80% of 150 kg = 120 kg'; off the plates, the bar load rounded down (a lowered load,
    like a reset)."""
    exact = round(old * REENTRY, 1)
    bar = plates(exact, unit, "down")
    shown = f"{fmt_number(exact)} {unit}"
    return f"{lift} 80% of {fmt_number(old)} {unit} → {shown}" + (
        "" if bar == shown else f" ({bar} on the bar)"
    )
