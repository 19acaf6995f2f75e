"""Words that settle a message's unit: a correction ("100lb?? no wait it's kg") and a unit to
convert into ("what's that in kg"), which makes bare plate numbers the other unit."""

from __future__ import annotations

import re

# "no wait it's kg", "sorry, lb": the unit the asker corrects to
UNIT_FIX = re.compile(
    r"\b(?:no wait|wait|sorry|i mean|actually|oops|correction)\b[^.?!]{0,20}?\b(kg|lb)\b"
)
# "what's that in kg", "the record board is in kilos": the unit to convert to, not the lift's
UNIT_TARGET = re.compile(
    r"\b(?:what is (?:that|it|this)|convert\w*(?: it| that| this)?|(?:board|records?)(?: is| are)?)"
    r" (?:in|into|to) (kg|lb)\b"
)
