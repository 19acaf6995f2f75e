"""Named conditions an asker has: a diagnosis names a pain as surely as "it hurts" does.

"Tennis elbow from pull-ups", "shoulder bursitis flaring up" or "a herniated disc, what reps?"
never say "pain" or "my", yet the lifter is hurting now (COACHING 4.8): they get the pain caveat
and the rest of the answer for what they can train pain-free. Works on `normalize`d text.
"""

from __future__ import annotations

import re

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
