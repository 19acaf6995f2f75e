"""Stall, fatigue, deload and layoff figures from the numbers a lifter lists (COACHING Part 4).

Each reads the question's own text (already normalised) because these numbers come in lists
("squat 4x5 at 150 and bench 4x8 at 85", "best 200, last two 188 and 186") that the single-value
details don't hold. Each returns one line, or None when its numbers are not all there.
"""

from __future__ import annotations

import re

from bot.coach.loads import STRENGTH_BLOCK, plates
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number

DELOAD_WEEK = "half the sets, about 90% of the load, nothing above RPE 6"  # COACHING deload
_N = r"(\d{2,4}(?:\.\d+)?)"
_LIFT = r"(bench|squat|deadlift|dl|deads|ohp|overhead press|press|row|rdl)\w*"
_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = r"(\d{1,2}|a|one|two|three|four|five|six)"

LIFT_SCHEMES = re.compile(
    r"\b"
    + _LIFT
    + r" (?:(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2}) (?:at|@|with) (?P<load>\d{2,4}(?:\.\d+)?)"
    r"|(?:at |@ )?(?P<load2>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)? (?:for|x) (?P<sets2>[1-9]|10)"
    r" sets of (?P<reps2>\d{1,2})"  # "squat 140 for 4 sets of 5"
    r"|(?P<sets3>[1-9]|10) sets of (?P<reps3>\d{1,2}) (?:at|@|with) (?P<load3>\d{2,4}(?:\.\d+)?))"
)  # "squat 4 sets of 5 at 140"
DELOAD_AGO = re.compile(
    r"\bdeload\w*(?: was| is)? (?:about |like |only |just )?"
    + _COUNT
    + r" ?(weeks?|wks?|days?) (?:ago|back|before)"
    r"|\bdeload\w* (?P<last>last week)\b"
)
# "best e1rm last 6 weeks is 180": the window's own number is skipped
BEST = re.compile(
    r"\b(?:best|top|peak|pr)\b"
    r"(?:e1rms?|(?:last|past|in) \d{1,2} (?:weeks?|sessions?)|[^.?\d]){0,40}?"
    + _N
    + r"(?!\.?\d)"  # "was 184." ends a sentence
)
LAST_TWO = re.compile(
    r"\blast (?:two|2)(?: \w+){0,3}? (?:came out |were |at |of |was |)(?:at )?"
    + _N
    + r" (?:and|&|,|then) ?"
    + _N
)
# "from 160 best (last 6wk) to 151 and 150 the last two sessions": the numbers said first
BEST_AFTER = re.compile(_N + r" ?(?:kg|lb)? (?:best|top|peak|pr)\b")
LAST_TWO_AFTER = re.compile(
    _N + r" ?(?:kg|lb)? (?:and|&|,|then) ?" + _N + r"(?: \w+){0,2}? (?:last|past) (?:two|2)\b"
)
BLOCK_SCHEME = re.compile(
    r"\b(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2})(?: \w+)?(?: at| @)? rpe (?P<rpe>\d+(?:\.5)?)"
)
FATIGUE_DROP = 0.95


def count_word(word: str) -> int:
    """A count said in digits or words ("a", "two", "3")."""
    return _WORDS.get(word, 0) or int(word)


_count = count_word


def _lift_name(word: str) -> str:
    return {"dl": "deadlift", "deads": "deadlift", "overhead press": "ohp"}.get(word, word)


def deload_lines(text: str, unit: Unit) -> str | None:
    """A deload week for each listed lift: half the sets, 90% of the load rounded down, RPE ≤ 6."""
    found = list(LIFT_SCHEMES.finditer(text))
    if len(found) < 2:
        return None
    parts = []
    for m in found:
        sets = int(m["sets"] or m["sets2"] or m["sets3"])
        reps = m["reps"] or m["reps2"] or m["reps3"]
        load = float(m["load"] or m["load2"] or m["load3"])
        half = str(sets // 2) if sets % 2 == 0 else f"{sets // 2}–{sets // 2 + 1}"
        half = "1" if sets == 1 else half
        parts.append(
            f"{_lift_name(m.group(1))} {half}×{reps} at {plates(load * 0.9, unit, 'down')}"
        )
    return "Deload week: " + "; ".join(parts) + " — nothing above RPE 6, no AMRAPs, for 7 days."


# "lifts are like 8% down… two sessions in": a drop said as a share over the last two sessions
DROP_SAID = re.compile(
    r"(?=.*\b(?:two|2) (?:sessions?|workouts?)\b).*\b(?P<p>\d{1,2}(?:\.\d)?) ?% "
    r"(?:down|lower|weaker|off|below)\b"
)


def fatigue_line(text: str, unit: Unit) -> str | None:
    """S3(a): both of the last two session e1RMs under 95% of the recent best → deload now."""
    best = BEST.search(text) or BEST_AFTER.search(text)
    last = LAST_TWO.search(text) or LAST_TWO_AFTER.search(text)
    said = DROP_SAID.search(text)
    if said and (best is None or last is None) and float(said.group("p")) > 5:
        return (
            f"{said.group('p')}% down two sessions running is under 95% of your best: that's the"
            f" fatigue sign, not a bad day — deload for 7 days ({DELOAD_WEEK}), then repeat your"
            " last completed week."
        )
    if best is None or last is None:
        return None
    top = float(best.group(1))
    a, b = float(last.group(1)), float(last.group(2))
    bar = top * FATIGUE_DROP
    shown = f"95% of {fmt_number(top)} = {fmt_number(round(bar, 1))}"
    if a < bar and b < bar:
        return (
            f"{shown}; {fmt_number(a)} and {fmt_number(b)} are both under it: that's the fatigue"
            f" sign, not a bad day. Deload now for 7 days ({DELOAD_WEEK}), then repeat your last"
            f" completed week.{_planned(text, unit)}"
        )
    return (
        f"{shown}; {fmt_number(a)} and {fmt_number(b)} are not both under it, so the two-session"
        " rule isn't triggered: no forced deload. Check sleep and food and watch the next sessions."
    )


PLANNED_SCHEME = re.compile(
    r"\b(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2}) (?:at|@|with) (?P<load>\d{2,4}(?:\.\d+)?)\b"
)


def _planned(text: str, unit: Unit) -> str:
    """The deload version of the sets the asker had planned ("4x5 at 140" → 2×5 at 125)."""
    m = PLANNED_SCHEME.search(text)
    if m is None:
        return ""
    sets, reps, load = int(m["sets"]), m["reps"], float(m["load"])
    half = str(max(1, sets // 2)) if sets % 2 == 0 or sets == 1 else f"{sets // 2}–{sets // 2 + 1}"
    return (
        f" Your {sets}×{reps} at {fmt_number(load)} becomes {half}×{reps} at"
        f" {plates(load * 0.9, unit, 'down')}."
    )


BLOCK_WORDS = re.compile(r"\b(?:s|strength) ?-?block\b")


def deload_weeks_ago(text: str) -> int | None:
    """Whole weeks since the last deload: "deloaded 2 weeks ago" 2, "10 days ago" 1,
    "last week" 1."""
    ago = DELOAD_AGO.search(text)
    if ago is None:
        return None
    if ago.group("last"):
        return 1
    count = _count(ago.group(1))
    return count // 7 if ago.group(2).startswith("d") else count


def block_miss_line(text: str, missed: bool, fails: int | None) -> str | None:
    """S2's fast path: in a strength block, prescribed reps missed at the prescribed load two
    sessions running is a stall at once — no third try as on a novice programme."""
    if not (missed and BLOCK_WORDS.search(text) and fails is not None and fails >= 2):
        return None
    return (
        "Prescribed reps missed at the prescribed load two sessions running in a strength block:"
        " that's a stall straight away. Deload if your last deload was 3 or more weeks ago;"
        " otherwise take your working e1RM × 0.95 (× 0.90 if advanced) and carry on with the"
        " block's week pattern."
    )


def block_stall_line(text: str, e1rm: float | None, advanced: bool, unit: Unit) -> str | None:
    """S2's first stall in a strength block with a deload under 3 weeks ago: cut the working
    e1RM 5% (10% if advanced) and carry on; the week's scheme from the cut e1RM."""
    weeks = deload_weeks_ago(text)
    stalled = BLOCK_WORDS.search(text) and BLOCK_STALL.search(text)
    if weeks is None or (e1rm is None and not stalled):
        return None
    factor = 0.90 if advanced else 0.95
    if weeks >= 3:
        other = (  # what the rule would say had the deload been recent (COACHING 4.4)
            f" Only with a deload under 3 weeks ago would it be {fmt_number(e1rm)} ×"
            f" {factor:.2f} = {fmt_number(round(e1rm * factor, 1))} {unit} instead."
            if e1rm
            else ""
        )
        return (
            f"Last deload {weeks} weeks ago (3 or more): deload for a week now ({DELOAD_WEEK}),"
            f" then resume the same week.{other}"
        )
    if e1rm is None:  # the verdict with the asker's weeks, the cut as a factor
        swap = ", swap the lift for a close variation (pause, tempo or pin)," if advanced else ""
        return (
            f"Last deload {weeks} week{'s' if weeks != 1 else ''} ago, under 3: no new deload —"
            f" cut your working e1RM to × {factor:.2f}{swap} and carry on with the block's week"
            " pattern."
        )
    cut = round(e1rm * factor, 1)
    line = (
        f"Last deload under 3 weeks ago, so no new one: working e1RM {fmt_number(e1rm)} ×"
        f" {factor:.2f} = {fmt_number(cut)} {unit}, and carry on with the block's week pattern"
    )
    if advanced:
        line += " with a close variation of the lift (paused, tempo or pin) in its place"
    if scheme := _block_scheme(text):
        name, pct = scheme
        line += f"; {name} = {pct}% → {plates(cut * pct / 100, unit)}"
    return line + "."


BLOCK_STALL = re.compile(r"\b(?:stall\w*|miss\w*|fail\w*|stuck)\b")
BLOCK_SETS = re.compile(r"\b(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2})\b")


def _block_scheme(text: str) -> tuple[str, float] | None:
    """The scheme to load after a cut: the one written ("4x2 @ 8.5"; a bare "4x2" is the block's
    own), else the block week said ("week 3" → 4×2 @ RPE 8.5)."""
    if scheme := BLOCK_SCHEME.search(text):
        reps, rpe = int(scheme.group("reps")), float(scheme.group("rpe"))
        return f"{scheme.group('sets')}×{reps} @ RPE {fmt_number(rpe)}", rts_percent(reps, rpe)
    own = {name.split(" @")[0]: (name, pct) for week in STRENGTH_BLOCK for name, pct in week}
    for m in BLOCK_SETS.finditer(text):
        if (found := own.get(f"{m.group('sets')}×{m.group('reps')}")) is not None:
            return found
    week = BLOCK_WEEK.search(text)
    return STRENGTH_BLOCK[int(week.group(1)) - 1][0] if week else None


BLOCK_WEEK = re.compile(r"\b(?:week|wk) ?([1-4])\b(?! ?(?:off|ago))")


WEEKS_IN = re.compile(
    r"\bweek (?P<w>\d{1,2})\b(?! ?(?:off|ago))"
    r"|\b(?P<n>\d{1,2}|one|two|three|four|five|six) (?P<span>weeks?|months?) (?:in|into)\b"
)
LP_WORDS = re.compile(r"\b(lp|linear|novice program\w*|beginner program\w*|first program\w*)\b")
LOWER = frozenset({"squat", "deadlift"})


def weeks_in(text: str) -> float | None:
    """How far into a programme the asker is ("week 7", "3 weeks into", "2 months in")."""
    m = WEEKS_IN.search(text)
    if m is None:
        return 4.0 if "first month" in text else None
    if m.group("w"):
        return float(m.group("w"))
    return _count(m.group("n")) * (4.3 if m.group("span").startswith("month") else 1.0)


def lp_step(lift: str | None, unit: Unit, text: str) -> tuple[float | None, str]:
    """A linear programme's jump: 2.5 kg (5 lb) upper body; lower body 5 kg (10 lb) in the
    first 4 weeks, 2.5 kg (5 lb) after (COACHING increment_kg; lb doubles)."""
    small = 2.5 if unit == "kg" else 5.0
    if lift not in LOWER:
        return (small, "") if lift else (None, "")
    weeks = weeks_in(text)
    if weeks is None:
        return (
            None,
            f"+{fmt_number(small * 2)} {unit} in the first 4 weeks, +{fmt_number(small)} after",
        )
    if weeks <= 4:
        return (
            small * 2,
            f"week {fmt_number(round(weeks))}: lower body still +{fmt_number(small * 2)}",
        )
    return small, f"past week 4: lower body +{fmt_number(small)}"


def halved_jump(lift: str | None, unit: Unit, text: str) -> str:
    """The jump after a second miss: half this lift's linear step (min 1.25 kg / 2.5 lb)."""
    step, _ = lp_step(lift, unit, text)
    if step is None and lift is not None:
        step = 5.0 if unit == "kg" else 10.0  # lower body, weeks unknown: the early jump
    if step is None:
        return ""
    return f"{fmt_number(max(step / 2, 1.25 if unit == 'kg' else 2.5))} {unit}"


def lp_success_line(load: float, lift: str | None, unit: Unit, text: str) -> str | None:
    """Every rep made on a linear programme: the next session's load."""
    step, why = lp_step(lift, unit, text)
    shown = f"{fmt_number(load)} {unit}"
    if step is None:
        if not why:
            return None
        small = 2.5 if unit == "kg" else 5.0  # weeks unknown: both of the lower-body jumps
        early, later = fmt_number(load + small * 2), fmt_number(load + small)
        return (
            f"All reps made at {shown}: next session {early} {unit} while you're in your"
            f" first 4 weeks (+{fmt_number(small * 2)}), {later} {unit} after that"
            f" (+{fmt_number(small)})."
        )
    note = f" ({why})" if why else ""
    return f"All reps made at {shown}: next session {fmt_number(load + step)} {unit}{note}."


# "squat was 80kg today and bench 50": each lift with its own load
LIFT_LOADS = re.compile(
    r"\b(squat|bench|deadlift|dead|ohp|press|row)\w*(?: was| is| at| of| went)? "
    r"(\d{2,3}(?:\.\d+)?)(?! ?(?:x|reps?|%|sets?|weeks?|days?))(?: ?(?:kg|lb)s?)?\b"
)
NEXT_SESSIONS = re.compile(
    r"\bnext (?P<n>[2-5]|two|three|four|five) (?:sessions?|workouts?|times?)\b"
)
_LIFT_NAME = {"dead": "deadlift"}


def lp_lifts_line(unit: Unit, text: str) -> str | None:
    """Two or more lifts with their loads, every rep made: each lift's next loads, as many
    sessions ahead as asked ("the next 3 sessions": squat 85, 90, 95)."""
    pairs = [(_LIFT_NAME.get(name, name), float(n)) for name, n in LIFT_LOADS.findall(text)]
    if len({lift for lift, _ in pairs}) < 2:
        return None
    asked = NEXT_SESSIONS.search(text)
    ahead = _count(asked.group("n")) if asked else 1
    parts = []
    for lift, load in pairs:
        step, _ = lp_step(lift, unit, text)
        if step is None:
            return None
        loads = ", ".join(fmt_number(load + step * (k + 1)) for k in range(int(ahead)))
        parts.append(f"{lift} {loads} {unit} (+{fmt_number(step)})")
    session = f"the next {int(ahead)} sessions" if ahead > 1 else "next session"
    return f"All reps made: {session} — " + "; ".join(parts) + "."


WINDOW = re.compile(
    r"\b(?:(?:exposures?|weeks?|wks?|sessions?) ?|(?:over|in|for|from) )"
    r"\d{1,2} ?(?:-|–|to) ?\d{1,2}\b"
)
CONFIRMED = re.compile(
    r"\b(twice|two times|2 times|2x|again|still|two checks|both checks|already)\b"
    r"|\b(?:last|previous) (?:session|check|exposure|time) too\b"
)  # "the same check already came out flat last session too"
STALL_MIN_GAIN = 1.01


def window_stall_line(text: str, advanced: bool, unit: Unit) -> str | None:
    """S2 from two stated window bests ("best 140 over exposures 1-6 and 141 over 7-12"): the
    newer under +1% of the older is the stall condition; two checks in a row make it a stall."""
    if len(WINDOW.findall(text)) < 2 or not re.search(r"\bbest\b", text):
        return None
    rest = WINDOW.sub(" ", DELOAD_AGO.sub(" ", text))
    values = [float(n) for n in re.findall(r"(?<![\d.])(\d{2,4}(?:\.\d+)?)(?!\d|\.\d| ?mo)", rest)]
    values = [v for v in values if v >= 20]
    if len(values) < 2:
        return None
    old, new = values[0], values[1]
    ratio = new / old
    head = f"{fmt_number(new)} / {fmt_number(old)} = {ratio:.3f}"
    if ratio >= STALL_MIN_GAIN:
        return f"{head}: at least +1%, so no stall — keep running the block."
    confirmed = bool(CONFIRMED.search(text))
    verdict = (
        "true at two checks in a row, so it's a stall."
        if confirmed
        else "true once; it becomes a stall only if it's still true at the next strength exposure."
    )
    line = f"{head}, under the +1% bar: the stall condition is {verdict}"
    action = block_stall_line(text, new, advanced, unit)
    if action is None:
        return line
    said = f"{line} {action}" if confirmed else f"{line} If it is: {action[0].lower()}{action[1:]}"
    return said + _other_deload(text, new, advanced, unit)


def _other_deload(text: str, e1rm: float, advanced: bool, unit: Unit) -> str:
    """'…and what if I'd deloaded 2 weeks ago instead?': the other branch, worked too."""
    ago = list(DELOAD_AGO.finditer(text))
    if len(ago) < 2:
        return ""
    other = block_stall_line(text[ago[1].start() :], e1rm, advanced, unit)
    if other is None:
        return ""
    when = ago[1].group(0).split(" ", 1)[1]  # "2 weeks ago"
    return f"\nHad that deload been {when}: {other[0].lower()}{other[1:]}"
