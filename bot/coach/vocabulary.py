"""Word patterns the coach reads details with (on `normalize`d text, '@' already read as 'rpe').

Goal words (what the asker wants or fears) live in `goal_words`.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


def _each(*parts: str) -> tuple[re.Pattern[str], ...]:
    """Alternatives that each capture the same named number (one pattern can't repeat a name)."""
    return tuple(re.compile(part) for part in parts)


_NUM = r"(?P<n>\d+(?:\.\d+)?)"

# Past the beginner stage, said of themselves.
PAST_BEGINNER = re.compile(
    r"^(i am |im )?(an? )?(intermediate|advanced)\b|\bas an? (intermediate|advanced)\b"
    r"|\bnovice (gains|phase|lp|stage|days)( are| is)? (done|over|gone|finished)\b"
    r"|\b(past|beyond|out of|done with) (the |my )?(novice|beginner) (stage|phase|gains|lp)\b"
    r"|\bno longer a (novice|beginner)\b"
)
BEGINNER = _rx(
    r"\bbeginners?\b",
    r"\bnovices?\b",
    r"\bnew lifter\b",
    r"\bi am (new|brand new|fairly new|pretty new|completely new|a beginner)\b",
    r"^(im )?brand new\b",
    r"\bnew (to|at) (lifting|the gym|gym|training|weights|this|working out|strength)\b",
    r"\bjust (started|starting|began|begun|got into|getting into)\b",
    r"\bfirst (program|programme|routine|time lifting|time in the gym)\b",
    r"\bfirst (few )?(weeks?|months?) (of )?(lifting|training|at the gym|in the gym)\b",
    r"\bnever (lifted|trained|been to (a|the) gym|touched a (weight|barbell))\b",
    r"\b(lifting|lift|training|weights|the gym) for the first time\b",
)
NEVER_LIFTED = re.compile(r"\bnever (lifted|trained|touched a (weight|barbell))\b")
EXPERIENCE = (
    re.compile(r"\b(?P<n>\d+(?:\.\d+)?) (?P<unit>weeks?|months?|wks?) in\b(?! a row)"),
    re.compile(
        r"\b(lifting|training|been at it|experience|in the gym|working out|lifted)"
        r"(?: on (?:and|&|n) off)?\D{0,12}?"  # "lifting on and off like 4 months total"
        r"(?P<n>\d+(?:\.\d+)?) (?P<unit>years?|yrs?|months?|weeks?)\b"
    ),
    re.compile(
        r"\b(?P<n>\d+(?:\.\d+)?)\+? (?P<unit>years?|yrs?|months?|weeks?) (of |into )?"
        r"(lifting|training|experience|in the gym)\b"
    ),
)
PROGRAMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "531",
        re.compile(
            r"\b531\b|\bbbb\b|boring but big|\bwendler\b|\bfsl\b|first set last|training max|\btm\b"
        ),
    ),
    ("gzclp", re.compile(r"\bgzcl\w*|\bt[123]\b|\btier ?[123]\b")),
    ("greyskull", re.compile(r"\bgr[ae]y ?skull\b|\bgslp\b|\bphrak\b")),
    ("stronglifts", re.compile(r"\bstrong ?lifts\b|\bsl ?5x5\b")),
    ("ss", re.compile(r"\bstarting strength\b|\brippetoe\b|\bss\b")),
    ("texas", re.compile(r"\btexas\b")),
    ("juggernaut", re.compile(r"\bjuggernaut\b|\bjugg\b")),
    ("rp", re.compile(r"\b(rp|renaissance periodi[sz]ation|israetel|mev|mav|mrv)\b")),
    ("ppl", re.compile(r"\bppl\b|\bpush ?pull ?legs?\b")),
)
TIER = re.compile(r"\bt(?:ier ?)?([123])s?\b")
FAILED_TIER = re.compile(  # the tier named last before a failure word
    r"\bt(?:ier ?)?([123])\b(?:(?!\bt(?:ier ?)?[123]\b)[^.?!]){0,30}?\b(fail\w*|miss\w*|stall\w*)"
)
# GZCLP stage schemes name their tier: 5×3 / 6×2 / 10×1 are T1, 3×10 / 3×8 / 3×6 are T2.
TIER_SCHEMES = (
    (re.compile(r"\b(5 ?x ?3|6 ?x ?2|10 ?x ?1)\b"), "1"),
    (re.compile(r"\b3 ?x ?(10|8|6)\b"), "2"),
)
NAMED_REPS = {"single": 1, "double": 2, "triple": 3}
NAMED_REPS_RE = re.compile(r"\b(single|double|triple)s?\b")
LIFTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bench_press", re.compile(r"\bbench\w*")),
    ("squat", re.compile(r"\bsquat\w*")),
    ("deadlift", re.compile(r"\bdead ?lift\w*|\bdl\b|\bdeads\b")),
    ("overhead_press", re.compile(r"\bohp\b|\boverhead\b|\bmilitary press\b|\bpress\b")),
)
UNIT = re.compile(r"\d\s?(kg|lb)\b")
# "in kg", "kg user": the unit named without a number.
UNIT_WORD = re.compile(r"\b(?:in|using|use) (kg|lb)\b|\b(kg|lb) (?:user|guy|girl|lifter|gym)\b")
# A bar plus two to five 45 lb plates a side (225, 315, 405, 495): written bare, these are
# pounds (135 is left out: as many kg lifters write it).
PLATE_LB = re.compile(r"(?<![\d.])(225|315|405|495)(?!\.?\d| ?(?:%|kg|reps?|days?|min|sec))")
# "my increment was 5 kg", "adding 2.5 kg a session": a step, not the load lifted
_STEP_BEFORE = "".join(
    f"(?<!{w} )"
    for w in (
        "increment was",
        "increment is",
        "increments were",
        "increment of",
        "jump was",
        "jump is",
        "jumps of",
        "jump of",
        "step of",
        "steps of",
        "adding",
        "add",
        "added",
    )
)
LOAD = _each(
    _STEP_BEFORE
    + r"(?<![\d.])\b(?:at |with |of )?"
    + _NUM
    + r" ?(?:kg|lb)\b(?! (?:at a time|steps?|increments?|jumps?))",
    r"\bwith (?:the )?(?P<n>\d{1,3}(?:\.5)?)s\b",  # "with 30s": a pair of 30s
    r"\b(?:at|with|from|(?<!sets )(?<!set )of) (?P<n>\d{2,4}(?:\.\d+)?)\b"
    r"(?! ?(%|percent|reps?|x|sets?|min|sec))(?<!\b10(?= rpe))",  # "at 150 rpe 8" is a load
    # "front squat 120 was supposed to be @7": a lift's planned load
    r"\b(?:bench|squat|deadlift|dl|ohp|press)\w* (?P<n>\d{2,4}(?:\.\d+)?)"
    r" (?=(?:was |is )?(?:supp|plan))",
    # "bench 67.5 failed 3 sessions": the load missed
    r"\b(?:bench|squat|deadlift|dl|ohp|press)\w* (?:at )?(?P<n>\d{2,4}(?:\.\d+)?) (?=fail|miss)",
    # "failed 45 twice", "missed 100 again": the load missed
    r"\b(?:failed|missed) (?:at )?(?P<n>\d{2,4}(?:\.\d+)?)\b"
    r"(?! ?(?:reps?|sets?|times?|sessions?|%))",
    # "squat stuck: 110 failed (4,5,3)": a load said with its miss
    r"\b(?P<n>\d{2,4}(?:\.\d+)?) (?:kg |lb )?(?=(?:failed|missed) )(?!\d+ (?:sessions?|times?))",
)
SET = re.compile(
    r"\b(?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)?\s?(?:(?:bench|squat|deadlift|dl|ohp|press)\w*\s)?"
    r"(?:x|for|by)\s?(?P<reps>\d{1,2})(?:x[1-9]|x10)?\b"  # "130x5x3": load × reps × sets
    r"(?!\s?(?:weeks?|wks?|days?|months?|sessions?|years?))"
    r"(?:\s?reps?)?(?:\s?(?:(?:(?:to |at )?(?:absolute |total )?failure )?(?:at |@ ?)?rpe\s?"
    r"|felt like (?:an? )?)(?P<rpe>\d+(?:\.\d)?)s?\b)?"
    r"(?:\s?(?:at |with )?(?P<rir>\d)"
    r"\s?rir)?"
)
# "100kg 5x5 @7" and "5x5 at 100kg @7": a load with sets × reps.
SET_SCHEME = _each(
    r"\b(?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)?\s(?:\w+\s)?(?:[1-9]|10)\s?x\s?"
    r"(?P<reps>\d{1,2})\b"
    r"(?:\s?(?:\w+\s){0,2}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?",
    r"\b(?:[1-9]|10)\s?x\s?(?P<reps>\d{1,2}) (?:at|@|with|of) "
    r"(?P<load>\d{2,4}(?:\.\d+)?)(?![\d.]| ?%| ?percent)\s?(?:kg|lb)?"
    r"(?:\s?(?:\w+\s){0,2}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?",
    # "3 sets of 5 at 85 kg on squat, last set rpe 9"
    r"\b(?:[1-9]|10) sets? of (?P<reps>\d{1,2}) (?:reps? )?(?:at|@|with|of) "
    r"(?P<load>\d{2,4}(?:\.\d+)?)(?![\d.]| ?%| ?percent)\s?(?:kg|lb)?"
    r"(?:\s?(?:\w+\s){0,4}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?",
    # "3x5 140kg and the last set was @9": the scheme, then its load with a unit
    r"\b(?:[1-9]|10)\s?x\s?(?P<reps>\d{1,2}) (?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)\b"
    r"(?:\s?(?:\w+\s){0,6}?rpe\s?(?P<rpe>\d+(?:\.\d)?))?",
)
SET_REPS_FIRST = re.compile(
    r"\b(?P<reps>\d{1,2}) reps? (?:with|at|of|on) (?:a |the )?"
    r"(?P<load>\d{2,4}(?:\.\d+)?)(?![\d.]| ?%| ?percent)\s?(?:kg|lb)?"
    r"(?:\s?(?:\w+\s){0,3}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?"
)
# "60kg 10 reps @7", "135 for 10 reps": a load, then its reps.
SET_LOAD_REPS = re.compile(
    r"\b(?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)?\s(?:for\s)?(?P<reps>\d{1,2})\s?reps?\b"
    r"(?:\s?(?:\w+\s){0,2}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?"
)
SET_NAMED = _each(
    r"\b(?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)?\s(?:for|x)\s(?:a\s)?(?P<named>single|double|triple)s?\b"
    r"(?:\s?(?:today\s)?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?",
    # "a double at 187.5, rpe 9.5", "single with 140 felt like an 8"
    r"\b(?P<named>single|double|triple)s? (?:at|with|of) (?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)?"
    r"(?!\s?(?:%|x))(?:\s?(?:today\s)?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?))?",
    # "single 180 @ 8.5", "top single was 200kg @ 9", "200kg single @ 9 on deadlift": an RPE said
    r"\b(?P<named>single|double|triple)s?(?: was| of| =)? (?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)?"
    r"(?!\s?(?:%|x))\s(?:\w+\s){0,2}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?)",
    r"\b(?P<load>\d{2,4}(?:\.\d+)?)\s?(?:kg|lb)? (?P<named>single|double|triple)s?"
    r"\s(?:\w+\s){0,2}?(?:at |@ ?)?rpe\s?(?P<rpe>\d+(?:\.\d)?)",
)
# "maxed out deadlift at 180": a single at RPE 10.
MAXED_OUT = re.compile(
    r"\bmax(?:ed)? out (?:on )?(?:my )?(?:\w+ )?(?:at|with) (?P<load>\d{2,4}(?:\.\d+)?)"
    r"(?!\.?\d| ?(?:%|x))"
)
_LIFT_WORD = r"(?:bench|squat|deadlift|dl|ohp|press)"
ONE_RM = _each(
    r"\b" + _NUM + r" ?(?:kg|lb)? " + _LIFT_WORD + r"\b(?! ?(x|for|\d))",
    r"\b(?:1rm|max|pr|e1rm)(?: work\w*)?"
    r"(?: (?:on |for )?(?:my |the )?(?:front |incline |close grip )?"
    + _LIFT_WORD
    + r"\w*)?(?: work\w*)?"
    r"\s(?:(?:flat|stuck|stalled|sitting|sits|hovering) )?"  # "e1rm flat at ~162"
    r"(?:is|of|=|at|was|were|currently|tested(?: at)?)?\s?"
    r"(?:about |around |roughly |right on |like )?~?"
    + _NUM
    + r"(?!\d)(?!\.\d)(?! ?(%|percent|reps?|x))",
    r"(?<!for )(?<!x)\b" + _NUM + r"\s?(?:kg|lb)?\s(?:1rm|e1rm|max)\b",
    # "my bench is 150": a lift's number with no set, read as its max
    r"\bmy "
    + _LIFT_WORD
    + r"\w* (?:is|was|=) (?:about |around )?"
    + _NUM
    + r"(?!\.?\d)(?! ?(%|x|for|reps?|by|tm|training))",
    # "tested squat 160kg and bench 110": a tested max
    r"\btested (?:my )?"
    + _LIFT_WORD
    + r"\w* (?:(?:single|max|1rm|pr)s? )?(?:was |at |of |is )?~?"
    + _NUM
    + r"(?!\.?\d)(?! ?(%|x|for|reps?))",
)
# "0.1%/week" or "1% of body weight a month" is a body-weight rate, not a %1RM.
PERCENT = re.compile(
    _NUM + r"\s?(?:%|percent)(?!\s?(?:/|a week|per|each|of (?:my )?(?:body|bw)|bw|body|bf|fat))"
)
_CHANGE = (  # "a 5% cut", "dropped like 12%": a change in a number, not a share of a max
    r"cut|drop\w*|deficit|less|lower|more|increase\w*|decrease\w*|jump|reduc\w*|off|heavier"
    r"|lighter|fall|rise|change|gain|loss|up|down|better|worse|improve\w*|bump|raise"
)
CHANGE_AFTER = re.compile(r"\s?(?:" + _CHANGE + r"|thing|rule|reset)\b")  # "the 5% thing"
CHANGE_BEFORE = re.compile(
    r"\b(?:" + _CHANGE + r"|dropped|fell|lost|by)(?: like| about| around| roughly| by| only)?\s?$"
    # "it cut my e1rm 5%", "dropped the tm 10%": the cut's size, not a share of a max
    r"|\b(?:cut|drop\w*|reduc\w*|lower\w*) (?:my |the |your |his )?(?:working )?(?:e1rm|tm"
    r"|training max|max|weight|load|it)(?: by)?\s?$"
)


def percent_of_max(text: str) -> float | None:
    """A stated %1RM ("is 70% enough"), skipping percents that describe a change."""
    for m in PERCENT.finditer(text):
        if CHANGE_AFTER.match(text, m.end()) or CHANGE_BEFORE.search(text[: m.start()]):
            continue
        if GOAL_SHARE.search(text[max(0, m.start() - 16) : m.start()]):
            continue  # "goal size 100%": how much the goal is size, not a load
        return float(m.group("n"))
    return None


GOAL_SHARE = re.compile(
    r"\b(?:goal|focus)(?: (?:is )?(?:size|strength|hypertrophy|aesthetics?))?\W*$"
)


TARGET_REPS = _each(
    r"\bsets? of (?P<n>\d{1,2})\b(?!\s?(kg|lb|%))",
    r"\b(?:for|of|do|doing)\s(?:a\s)?(?:set of\s)?(?P<n>\d{1,2})\s?reps?\b",
    r"\b(?:[1-9]|10)\s?x\s?(?P<n>\d{1,2})\b(?!\s?(kg|lb))",
    r"\b(?P<n>\d{1,2}) ?reps? (?:at |@ ?)?(?:rpe|rir)\b",  # "6 reps @ 8 what weight"
    r"(?<![x.\d])(?<!x )(?<!\d for )\b(?P<n>\d{1,2}) rpe \d",  # "calls for 5 @ 9"
)
# "a single at 9.5", "a triple @ 8": the RPE a named set is planned at.
NAMED_AT_RPE = re.compile(
    r"\b(?:singles?|doubles?|triples?|reps?) (?:at|@) (?:an? )?(?P<n>(?:[5-9]|10)(?:\.5)?)"
    r"(?![\d.]| ?(kg|lb|%|x))"
)
RPE = re.compile(r"\brpe\s?" + _NUM)
# "i usually do 60, 100, 140": a list of warm-up weights, no e1RM series
WARMUP_NEAR = re.compile(r"\bwarm ?-?ups?\b|\bramp\w*|\bi (usually |normally )?(just )?do\b")
# "3 sets of 5, rpe went 7, 7.5, 8.5": one RPE a set, in order
RPE_LIST = re.compile(
    r"\brpes? (?:went |were |was |of |at )?"
    r"(\d+(?:\.5)?(?:,? (?:then |and |to )?\d+(?:\.5)?){1,5})\b"
)
# "rpe 9 instead of 8", "felt like a 9, target was 8": the felt RPE, then the planned one.
RPE_INSTEAD = re.compile(
    r"\brpe ?(?P<felt>\d+(?:\.\d)?) (?:instead of|not|vs|rather than|when it should be) (?:an? )?"
    r"(?:rpe ?)?(?P<target>\d+(?:\.\d)?)"
)
FELT_RPE = re.compile(
    r"\b(?:was|felt like|felt|more like|like(?= an? )) (?:an? )?"
    r"(?:honest |solid |true |real |easy )?(?:rpe ?)?(?P<n>\d+(?:\.\d)?)\b"
    r"(?! ?(kg|lb|reps?|x|%))"
)
# Effort words that stand for an RPE when a set is written without one.
FAILURE_EFFORT = re.compile(
    r"\b(to failure|failed (the|on|at) (\d+\w*|next|last)|could ?n[o']?t (do|get|grind|make)"
    r" (the |a |one )?(\d+\w*|another|more|next|one more)"
    r"|can not (do|get) (the |a )?(\d+\w*|another)"
    r"|nothing left|no reps? left|0 left|zero left|all out|absolute max|true max|amrap"
    r"|max effort)\b"
)
RIR_EFFORT = re.compile(
    r"\b(?:(?P<low>[0-4]|one|two|three) ?(?:-|to|or) ?)?(?P<n>[0-5]|one|two|three|four|five)"
    r" ?(more )?(reps? )?(left|in the tank|in reserve|rir)\b"
    r"|\brir (?:of |was |= )?(?P<after>[0-5])\b(?!\.\d| ?(?:kg|lb|%|x))"
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def rir_said(m: re.Match[str]) -> float:
    """Reps in reserve from a RIR_EFFORT match; a range ("1-2 left") is its middle (RPE 8.5)."""
    high = m.group("n") or m.group("after")
    value = float(_WORD_NUMBERS.get(high, high))
    if low := m.group("low"):
        value = (value + float(_WORD_NUMBERS.get(low, low))) / 2
    return value


FELT_EFFORT = re.compile(
    r"\b(?:felt like|more like|like|was|about|around|call(?:ed|ing)? it|rated it|rate it|honestly)"
    r" (?:an? |maybe |)(?:rpe ?)?"
    r"(?P<n>\d+(?:\.5)?)\b"
    r"(?! ?(kg|lb|reps?|x|%|sets?|min|sec|weeks?|days?))"
)
WARMUP_SET = re.compile(r"\bwarm ?-?ups?\b|\bwarming up\b")
# "my 3rm is 150", "150 is my 5rm": a rep max is that many reps at RPE 10.
REP_MAX = _each(
    r"\b(?P<reps>[2-9]|10|12) ?rm\b(?: (?:on |for )?(?:my |the )?[a-z]\w*)?"
    r"(?: is| was| of| =| at)? ?"
    r"(?P<load>\d{2,4}(?:\.\d+)?)(?!\.?\d)",
    r"\b(?P<load>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)? (?:is |was )?(?:my |a )?(?:new )?"
    r"(?P<reps>[2-9]|10|12) ?rm\b",
)
TARGET_BEFORE = re.compile(
    r"\b(target|planned|plan|supposed|meant|should|goal|aim)\w*( was| is)?\b"
)
TARGET_RPE = re.compile(
    r"\b(?:target|planned|supposed to be|meant to be|should be|plan was)(?: was| is| of)?(?: an?)?"
    r"(?: \d{1,2} reps?| (?:a )?(?:single|double|triple)| \d{1,2}(?= rpe))?"  # "planned 3 @ 8": 8
    r"(?: rpe)? ?(?P<n>10|[1-9](?:\.\d)?)\b(?! ?(?:reps?|x|kg|lb|sets?|%))"
)
BODYWEIGHT = _each(
    r"\b(?:i weigh\w*|bodyweight|body weight|bw|weighing)(?: is| of| about| around)?\s?" + _NUM,
    r"\b(?:my )?weight(?: has been| is)? (?:stable|flat|stuck|steady)(?: at| around)? "
    + _NUM
    + r"(?= ?(?:kg|lb))",
    # "15 yo here, 60kg", "23m 80kg", "60 kg bodyweight": a weight beside the asker's age
    r"\b\d{1,2} ?(?:yo|y/?o|years? old|m|f)\b(?: here)?,?"
    # "31f, 2 yrs lifting, 68kg": the training years between
    r"(?: \d{1,2} ?(?:yrs?|years?|months?)(?: of)?(?: lifting| training| in)?,?)? "
    + _NUM
    + r" ?(?:kg|lb)s?\b"
    r"(?! ?(?:x|for|class|(?:squat|bench|dead|press)(?!\w* day)|on\b|over|under|to lose|to gain"
    r"|heavier|lighter))",
    _NUM + r" ?(?:kg|lb)s? (?:bodyweight|body weight|bw)\b",
    # "(F, 31, 62kg)", "male 40 95kg": sex, then age, then the asker's weight
    r"\b(?:m|f|male|female) \d{1,2} "
    + _NUM
    + r" ?(?:kg|lb)s?\b(?! ?(?:x|for|squat|bench|dead|press))",
    # "protein if i am 85kg", "i am 83 kg now": the asker's weight said outright
    r"\bi am (?:about |around )?" + _NUM + r" ?(?:kg|lb)s?\b"
    r"(?! ?(?:x|for|squat|bench|dead|press|pull|row|lift|total|on\b))",
)
FAMILY = (
    r"(son|daughter|kid|kids|child|children|dad|father|mom|mother|mum|wife|husband|brother|sister"
    r"|friend|buddy|client|grandma|grandpa|grandmother|grandfather|partner|boyfriend|girlfriend"
    r"|nephew|niece|cousin|athletes?|students?|team)"
)
OTHERS_AGE = _rx(
    r"\b(my|his|her|our|their) (\w+ ){0,4}" + FAMILY + r"\b[^.?!,]{0,40}",
    r"\b\d+ (years?|yrs?|months?) (of |into )?(lifting|training|experience|in the gym)\b",
    r"\b(lifting|training|been lifting|been training) (for )?\d+ (years?|yrs?|months?)\b",
)
OWN_AGE = _each(
    r"\bi am (?:a |an )?" + _NUM + r"\b(?! ?(kg|lb|%|reps?|months?|weeks?|sets?|min|x|cm|ft))",
    r"\b" + _NUM + r" ?(?:years? old|yo|y/o|yr old)\b(?![- ](?:son|daughter|kid|child|boy|girl"
    r"|nephew|niece|brother|sister|grandson|granddaughter|stepson|stepdaughter)\b)",
    r"\b(?:age|aged) " + _NUM + r"\b",
    r"\bme at (?P<n>1[3-9]|[2-9]\d)\b(?! ?(?:kg|lb|%|x|reps?|rpe|sets?|weeks?|months?))",
    r"^" + _NUM + r" ?(?:m|f)\b",
    # "a total beginner 16f", "28F here": the forum shorthand anywhere, as a teen or adult age
    r"\b(?P<n>1[3-9]|[2-8]\d) ?(?:m|f)\b(?! ?(?:in|min|mins|from|of)\b)",
    # "17, thrower on my team" (commas are gone by now): a teen age leading the message
    r"^(?P<n>1[3-9]) (?!(?:kg|lb|%|x|reps?|sets?|min\w*|sec\w*|weeks?|months?|days?|years?|yrs?"
    r"|times?|rpe|rir|sessions?)\b)[a-z]",
)
DETAIL = re.compile(
    r"\b(in detail|detailed|explain|why|elaborate|in depth|the science|more detail)\b"
    # "how is it worked out", "how do you calculate that": the working is asked, not just the figure
    r"|\bhow (?:is|was|did|do|does) (?:it|that|this|you|u|they) (?:get |got )?(?:worked out"
    r"|work(?:ed)? it out|calculated?|figured?(?: out)?|computed?)\b"
)


# "140 on monday, 137.5 last thursday and 145 today": session estimates each told with its day
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|(?:last|this) (?:week|session)"
DATED_E1RMS = re.compile(r"\b(\d{2,4}(?:\.\d+)?) (?:on |last |this |from )?(?:" + _DAY + r")\b")
