"""Words that settle a message's unit: a correction ("100lb?? no wait it's kg") and a unit to
convert into ("what's that in kg"), which makes bare plate numbers the other unit."""

from __future__ import annotations

import re

# "no wait it's kg", "sorry, lb": the unit the asker corrects to; "the book says 10 lb but
# i'm in kg", "i train in kg": the unit they say is their own
UNIT_FIX = re.compile(
    r"\b(?:no wait|wait|sorry|i mean|actually|oops|correction)\b[^.?!]{0,20}?\b(kg|lb)\b"
    r"|\b(?:i'?m|i am|i (?:train|lift|work|log)|my gym is|everything is) (?:all )?in (kg|lb)s?\b"
)
# "what's that in kg", "the record board is in kilos": the unit to convert to, not the lift's
UNIT_TARGET = re.compile(
    r"\b(?:what is (?:that|it|this)|convert\w*(?: it| that| this)?|(?:board|records?)(?: is| are)?)"
    r" (?:in|into|to) (kg|lb)\b"
)
