"""Words the asker uses about effort, plans and progress, read into `Asked` (COACHING 2–4).

Kept apart from `asked` so that module stays small: a guessed RPE ("felt like 1 more", "what
if it was RPE 9"), a planned set ("5s at 8 next week"), the unit of a training max, and
whether a lift is stalled or recovered.
"""

from __future__ import annotations

import re

WHAT_IF_RPE = re.compile(
    r"\bif (?:it|that|the set|i) (?:was|were|had been|is|felt like)(?: an?)?(?: at)?"
    r" (?:rpe )?(?P<rpe>\d+(?:\.5)?)\b(?! ?(?:kg|lb|reps?|x|%))"
)
ONE_MORE = re.compile(
    r"\b(?:had|have|maybe|like|about|prob\w*|could do|could get)"
    r" (?P<rir>[1-3]|one|two|three) more\b"
    r"(?! (?:sets?|weeks?|kg|lb|sessions?|days?|times?|cycles?|questions?|things?|q\b|plates?))"
)
_RIR_WORDS = {"one": 1, "two": 2, "three": 3}


PLANNED_AT = re.compile(
    r"\b(?P<reps>\d{1,2})s (?:at|rpe) (?:rpe )?(?P<rpe>\d+(?:\.5)?)\b(?! ?(?:kg|lb|%|x))"
)
EFFORT_SAID = re.compile(r"\brpe ?\d+(?:\.5)?|\b\d rir\b|\brir \d\b")


TM_UNIT = re.compile(
    r"\b(?:training max|tm)\b[^.?\d]{0,25}\d+(?:\.\d+)? ?(kg|lb)\b"
    r"|\d ?(kg|lb) (?:\w+ )?(?:training max|tm)\b"
)
NOT_STALLED = re.compile(r"\b(no|not|never|without) (?:a |any )?(stall\w*|stuck|plateau\w*)")
STALLED = re.compile(
    r"\b(stall\w*|stuck|plateau\w*|no progress|not progressing"
    r"|flat(?! (?:bench|db|dbs|dumbbells?|press|fly|flyes?|flies|bar|barbell|benches|footed|feet))"
    r"|(?:have|has|had)n'?t (?:moved|budged|improved|gone up|progressed)"
    r"|(?:not|never) (?:moved|budged|improved|gone up)|same weight same reps"
    r"|fail\w* to (?:beat|improve|progress|add)|(?:didn'?t|couldn'?t|can'?t) beat"
    r"|no (?:rep|load|weight) (?:or (?:rep|load|weight) )?prs?)\b"
)
NOT_RECOVERED = re.compile(
    r"\b(not|never|haven'?t|didn'?t) (?:fully )?recover\w*|\bstill sore\b|\bbeat up\b|\bwrecked\b"
)
RECOVERED = re.compile(r"\brecover\w*|\bnot sore\b|\bfeel (?:fine|good|fresh)\b")


def what_if_rpe(text: str) -> float | None:
    """The RPE the asker supposes for an unrated set, from "what if it was 9" or "1 more"."""
    if m := WHAT_IF_RPE.search(text):
        return float(m.group("rpe"))
    return one_more_rpe(text)


def one_more_rpe(text: str) -> float | None:
    """'felt like I had 1 more in me': one rep in reserve, RPE 9."""
    if m := ONE_MORE.search(text):
        rir = m.group("rir")
        return 10.0 - (_RIR_WORDS.get(rir) or int(rir))
    return None


SINGLE_LOAD = re.compile(
    r"\bsingles?\b[^.?\d]{0,30}?(?P<n>\d{2,4}(?:\.\d+)?)\b(?! ?(?:x|reps?|%))"
    r"|\b(?P<m>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)? (?:\w+ )?singles?\b"
)


def guessed_single(text: str) -> tuple[float, float] | None:
    """'a heavy single, 130, felt like I had 1 more': the single's load at the guessed RPE."""
    m, rpe = SINGLE_LOAD.search(text), what_if_rpe(text)
    return (float(m["n"] or m["m"]), rpe) if m and rpe and 6.5 <= rpe <= 10 else None


def planned_set(text: str) -> tuple[int, float] | None:
    """'5s at 8 next week': the reps and RPE of a set still to be done."""
    m = PLANNED_AT.search(text)
    return (int(m["reps"]), float(m["rpe"])) if m else None


def tm_unit(text: str) -> str | None:
    """The unit written with a training max ("squat TM is 300 lb")."""
    m = TM_UNIT.search(text)
    return (m.group(1) or m.group(2)) if m else None


# A break from training, asked about ("two months off", "sick for", "haven't lifted since").
LAYOFF_WORDS = re.compile(
    r"\b(months? off|weeks? off|time off|layoff|lay off|break from|restart|come back"
    r"|back after|coming back|start(?:ing)? back|get(?:ting)? back|ease back|returning"
    r"|first (?:session|week|workout) back|(?:a|my|the|\d+ ?-?(?:week|month)) break"
    r"|took (?:\w+ ){0,3}off|(?:\d+|a few|a couple of|ten) days off|sick for"
    r"|\w+n'?t (?:\w+ ){0,2}(?:lifted|trained|touch(?:ed)? an? \w+|been to the gym)"
    r" (?:since|in|for)"
    r"|\bgo(?:ing)? back\b"
    r"|off (?:for )?(?:\d+|a|two|three|four|five|six) (?:months?|weeks?))\b"  # "off 3 months"
)
FORMULA_NAMES = re.compile(r"\b(epley|brzycki|lombardi|mayhew|o'?conn?er|wathan)\b")
# "is that set good for hypertrophy?", "does 60x10 @9 count for size?": one set against the range
SET_FIT = re.compile(
    r"\b(?:is|was|are|were) (?:that|this|it|those|these|the) (?:set|sets|one)"
    r" (?:good|ok|okay|enough|any good|fine|effective)?\s?(?:for|to build)"
    r" (?:hypertrophy|size|growth|muscle)\b"
    r"|\b(?:set|sets) (?:good|ok|enough|effective) for (?:hypertrophy|size|growth)\b"
)
# What the asker wants worked out, by name: each pattern switches on one calculator.
WANTS = {
    "e1rm": re.compile(
        r"\b(1rm|e1rms?|true max|max estimate|my max\b|estimat\w*|one rep|what is that as a max"
        r"|could i (pull|lift|hit|do))\b"
    ),
    "load": re.compile(  # "what are my working sets", not "do they count as working sets"
        r"\b(what|which|how much|how heavy)\b[^.?]{0,25}\b(weights?|loads?|use|put|lift)\b"
        r"|\bweight\?|(?<!as )(?<!as a )\bworking sets?\b|\b(?:load|weight) ?wise\b"
    ),
    "weeks": re.compile(
        r"\bweek ?\d\b|\b(three|3|all|the) weeks\b|\bweeks? look|\bweights\b|\bmy sets\b"
    ),
    "next_tm": re.compile(
        r"\bnew tms?\b|\bnext cycle\b|\bnew (?:ones|numbers|maxes)\b|\b(?:for|into) cycle [2-9]\b"
        r"|\bcycle (?:\d )?(?:is )?(?:done|finished|over)\b|\bbump\b|\braise (?:my )?tms?\b"
        r"|\b(?:finished|done with|completed?) (?:\w+ ){0,3}?cycle"
        r"|\b(?:increase|raise|bump|up|add to) (?:my |the |each )?(?:tms?|training maxe?s?)\b"
        r"|\bafter (?:a|the|each|every|my) cycle\b"
    ),
    "no_rpe": re.compile(
        r"\b(without|no|had not|hadn'?t|did not log|not logged|forgot)\b[^.?]{0,20}\brpe\b"
    ),
    "set_tm": re.compile(r"\b(training max|tm)\b"),
    "stall": re.compile(r"\b(stall\w*|stuck|plateau\w*)"),
    "deload": re.compile(r"\bdeload\w*"),
    "compare": re.compile(r"\b(vs|versus|difference|differ\w*|compared?)\b"),
    "percent": re.compile(r"%|\bpercent"),
    "protein": re.compile(r"\bprotein\b"),
    "layoff": LAYOFF_WORDS,
    "formulas": FORMULA_NAMES,
    "set_fit": SET_FIT,
}


GOT_REPS = re.compile(
    r"\b(?:got|get|hit|did|made|manage|managed|do) (?:only |just |exactly )?(?P<n>\d{1,2})"
    r"(?! ?(?:kg|lb|x|%|sets?|weeks?))\b"
)
NOT_GOT = re.compile(  # "couldn't even get the 1 rep", "failed to hit 5", "missed the 3"
    r"\b(?:couldn'?t|could not|can'?t|cant|didn'?t|did not|wasn'?t able to|failed to|fail to"
    r"|missed|short of|not even)(?: even| quite)?(?: (?:get|hit|make|do|finish|complete|grind))?"
    r"(?: even| out)? (?:the |a |my |all |those )?(?P<n>\d{1,2})(?:st|nd|rd|th)?"
    r"(?! ?(?:kg|lb|x|%|sets?|weeks?|days?|sessions?|times?|rm|\.\d))\b"
)
ONLY_OF = re.compile(  # "only 4 instead of 5", "got 3 out of 5"
    r"\b(?:only |just )?(?:got |hit |did |made )?(?P<n>\d{1,2})(?: reps?)?"
    r" (?:instead of|out of|rather than|not) (?:the |all )?(?P<want>\d{1,2})\b"
)


def reps_got(text: str, amrap: int | None = None) -> int | None:
    """Reps the lifter made: a negated target counts as a miss ("couldn't get 6" → 5, not 6).

    None when the missed rep only describes a logged set's failure ("90x5, couldn't get 6").
    """
    if (m := ONLY_OF.search(text)) and int(m["n"]) < int(m["want"]):
        return int(m["n"])
    if m := NOT_GOT.search(text):
        made = max(int(m["n"]) - 1, 0)
        logged = re.search(rf"(?:x ?|\bfor ){made}\b(?! ?(?:kg|lb|%))|\b{made} reps?\b", text)
        return None if made and logged and logged.start() < m.start() else made
    m = GOT_REPS.search(text)
    return int(m["n"]) if m else amrap


def missed_reps(text: str) -> bool:
    """A rep target said as not reached ("couldn't even get the 1", "only 4 instead of 5")."""
    m = ONLY_OF.search(text)
    return bool(NOT_GOT.search(text) or (m and int(m["n"]) < int(m["want"])))


REGRESSED = re.compile(  # COACHING S4: load × total reps down 10% or more vs the last exposure
    r"\b(?:drop\w*|fell|fall\w*|down|lost|decreas\w*)(?: like| about| around| roughly| by)?"
    r" (?:> ?|over |more than )?(?P<n>\d{2})(?:\.\d)? ?(?:%|percent)|\bregress\w*"
)


def regressed(text: str) -> bool:
    """Load × reps said to fall 10% or more ("volume load dropped like 12%", "regressed")."""
    m = REGRESSED.search(text)
    return bool(m and (m["n"] is None or int(m["n"]) >= 10))


GZCLP_STAGE = re.compile(r"\b(5x3|6x2|10x1|3x10|3x8|3x6|10 singles|(?:ran|run) out of stages)\b")
STAGE_ORDER = ("5x3", "6x2", "10x1", "3x10", "3x8", "3x6")


def furthest_stage(text: str) -> str | None:
    """'3x10 failed, then 3x8, now 3x6 failed' is at 3x6; 'failed 3x6, last 3x10 was 50' too.
    The chain is the first-named stage's tier ("failed T1 6x2 … T2 is 3x10" stays at 6x2)."""
    found = [m[1] if "x" in m[1] else "10x1" for m in GZCLP_STAGE.finditer(text)]
    if not found:
        return None
    tier = STAGE_ORDER[:3] if found[0] in STAGE_ORDER[:3] else STAGE_ORDER[3:]
    return [s for s in tier if s in found][-1]  # "10 singles", "ran out of stages": 10x1


def later_stage(stage: str, than: str) -> bool:
    """Is `stage` further down its GZCLP tier's chain than `than`?"""
    tiers = (STAGE_ORDER[:3], STAGE_ORDER[3:])
    return any(stage in t and than in t and t.index(stage) > t.index(than) for t in tiers)


# Juggernaut: "the 10s wave", "my working max on bench is 250 lb"
WAVE = re.compile(r"\b(?P<n>10|8|5|3) ?s (?:wave|phase|block)\b|\b(?P<m>10|8|5|3)s\b")
WORKING_MAX = re.compile(
    r"\b(?:working max|wm)"
    r"(?: (?:on|for) (?:my |the )?[a-z]+| (?:squat|bench|deadlift|dl|ohp|press)\w*)?"
    r"(?: is| of| =| at)? "
    r"(?P<n>\d{2,4}(?:\.\d+)?)(?![\d.])(?! ?(?:%|percent))"
)
