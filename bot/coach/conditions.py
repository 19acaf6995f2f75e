"""Named conditions an asker has (a diagnosis names a pain as surely as "it hurts" does), a long
healed injury, and the age of a child the asker asks about.

"Tennis elbow from pull-ups", "shoulder bursitis flaring up" or "a herniated disc, what reps?"
never say "pain" or "my", yet the lifter is hurting now (COACHING 4.8): they get the pain caveat
and the rest of the answer for what they can train pain-free. Works on `normalize`d text.
"""

from __future__ import annotations

import re

from bot.coach import health_words as h
from bot.coach import vocabulary as v

# Diagnoses of the joints, tendons, nerves and spine that a lifter trains around.
_CONDITION = (
    r"(tendinitis|tendonitis|tendinopathy|tendinosis|bursitis|sciatica|fasciitis|impingement"
    r"|(herniated|herniation|bulging|slipped|ruptured|prolapsed) (disc|disk)"
    r"|(disc|disk) (herniation|bulge|prolapse)|(tennis|golfer'?s?|golfer s) elbow"
    r"|(runner'?s?|jumper'?s?|runner s|jumper s) knee"
    r"|frozen shoulder|rotator cuff (tear|injury|problem|issue)|torn (meniscus|labrum|rotator cuff"
    r"|acl|mcl|pec|bicep|biceps|hamstring)|(meniscus|labral|labrum|acl|mcl) tear|shin splints"
    r"|pinched nerve|carpal tunnel|stress fracture|sprained \w+|(hip|shoulder) pinch\w*"
    r"|pinch\w* (in|at) (my |the )?(hip|shoulder|knee|back)|(flare|flaring|flared) up"
    r"|(bad|dodgy) (back|knee|shoulder|elbow|wrist|hip)s?)"
)
CONDITION = re.compile(r"\b" + _CONDITION + r"\b")
# "how do I avoid tennis elbow", "what is bursitis": asked about, not had.
_NOT_HAD = re.compile(
    r"\b(avoid\w*|prevent\w*|risk of|cause\w*|what is|whats|what are) (a |an |the |getting "
    r")?" + _CONDITION + r"\b"
)
# "had sciatica years ago", "my tendinitis is gone": over, unless it's back.
_OVER = re.compile(
    r"\b(gone|healed|cleared|recovered|resolved|went away|years? ago|no longer|used to have)\b"
)
_BACK = re.compile(r"\b(still|again|came back|back again|flar\w*|now|currently|this week)\b")


def names_condition(text: str) -> bool:
    """True when the asker names a condition of their own that is not behind them."""
    found = CONDITION.search(text)
    if found is None or (_NOT_HAD.search(text) and len(CONDITION.findall(text)) == 1):
        return False
    return not (_OVER.search(text) and not _BACK.search(text))


# "hurt my knee 3 years ago, fully healed": long over, neither a pain nor a comeback to plan.
LONG_HEALED = re.compile(
    r"(?=.*\b(healed|recovered|fine now|fine since|no (pain|issues|problems) since)\b)"
    r".*\b((\d+|a few|few|several|many|two|three|four|five) (years?|yrs?) ago|years ago|long ago"
    r"|as a (kid|teen\w*))\b"
)
_CHILD = (
    r"(son|daughter|kid|child|boy|girl|nephew|niece|brother|sister|grandson|granddaughter"
    r"|stepson|stepdaughter|teen|teenager)"
)
_AGE = r"(?P<n>\d{1,2})"
# Someone else's age, said by the parent or coach asking: "my 14 y/o son", "my 13yo", "my son is
# 13", "my daughter (15)". Their age, not the asker's, decides the general-advice-only line.
CHILD_AGE = (
    re.compile(
        r"\b(?:my|our|his|her) " + _AGE + r" ?[- ]?(?:yo|y/o|years? old|yrs? old|year-old)\b"
    ),
    re.compile(
        r"\b(?:my|our|his|her) (?:\w+ ){0,2}"
        + _CHILD
        + r"s?,? (?:is |who is |turned |aged? )?"
        + _AGE
        + r"\b(?! ?(?:kg|lb|x|reps?|sets?|%|months?|weeks?|days?|min|sessions?|times?"
        r"|years? (?:of|in)|yrs? (?:of|in)))"
    ),
    # "14 yr old son wants to bench with me", "a 13yo daughter": the age before the child word
    re.compile(
        r"\b"
        + _AGE
        + r" ?[- ]?(?:yo|y/o|years? old|yrs? old|year-old|yr-old)?[- ]"
        + _CHILD
        + r"\b"
    ),
)
# Someone else's pain: "my dad hurt his back", "my wife tore her acl", "he pulled a hamstring".
OTHERS_PAIN = re.compile(
    r"\b(my|our) (\w+ ){0,2}" + v.FAMILY + r"\b[^.?!]*|\b(he|she|they|his|her|their)\b[^.?!]*"
)
# Aching joints told with poor sleep or a deload in view are a fatigue sign (COACHING S3c).
FATIGUE_TALK = re.compile(
    r"\b(deload\w*|tired|fatigue\w*|sleep\w*|slept|overtrain\w*|motivation|burn\w* out|95%)"
)
ACHES = re.compile(r"\b(achy|aches?|aching)\b")


def says_pain(text: str) -> bool:
    """A first-person pain or injury ("my knee hurts"), not "how do I avoid knee pain", someone
    else's ("my dad hurt his back") nor aching joints told as fatigue ("achy, sleeping badly")."""
    said = OTHERS_PAIN.sub(" ", h.NO_PAIN.sub(" ", text))
    if FATIGUE_TALK.search(said):
        said = ACHES.sub(" ", said)
    return bool(h.OWN_PAIN.search(said))
