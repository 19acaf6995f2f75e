"""From a whole message to set groups: lines, segments, names carried down, units carried on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot import exercises
from bot.parser import messages
from bot.parser.comments import before_comment, drop_remarks
from bot.parser.grammar import Draft, Unclear, read_sets
from bot.parser.model import MAX_LOAD, MAX_REPS, MAX_SETS, RPE_MAX, RPE_MIN, SetGroup
from bot.parser.names import NameSpan, find_names
from bot.parser.numbers import COUNTS, Token, normalise, tokenise
from bot.units import Unit

_BULLET = re.compile(
    r"^\s*(?:[-•*▪–—>]+\s+|\d{1,2}[.)]\s+(?=\D)|(?![wWxXsS])[a-zA-Z]\d{1,2}[.):]?\s+(?=\D))"
)
_SET_LABEL = re.compile(r"^\s*(?:set\s*\d+|s\d+)\s*[:.)\-]\s*", re.IGNORECASE)
_WARM_LABEL = re.compile(r"^\s*w\d*\s*[:.)]\s*", re.IGNORECASE)
_NOISE = re.compile(
    r"https?://\S+|\b5/3/1\b|(?<!\w)@(?!\s*(?:rpe|rir)\b)[a-z_][\w.]*(?:\s*[:=]\s*[\w.\-/]+)?|\b\d{4}-\d{2}-\d{2}\b|\b\d+:\d\d\s*(?:am|pm)?\b"
)
# `12/03 bench 3x5`, `12.03.2025 squat …`: a date in front of the log, never a load.
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?<=[a-z] )\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?=[\s:,\-]|$)"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?=[\s:,\-]|$)"
    r"|\d{1,2}/\d{1,2}(?=\s*[:,\-–]?\s*(?!kg|lb|x\b|reps?\b|sets?\b|rpe|rir|bw|each|ea\b)[a-z]))",
    re.IGNORECASE,
)
# `3x8 at 70% 1RM`: a percentage is not a load in any unit.
_PERCENT = re.compile(
    r"(?:@|\bat\s+)?\s*(?<![\d.])\d+(?:\.\d+)?\s*%(?:\s*(?:of\s+)?(?:e?1rm|tm|max))?"
)
_META_LINE = re.compile(
    r"^\s*(?:volume|duration|total|records?|calories|time|date|notes?|prs?|bodyweight|"
    r"body weight|weight|workout)\s*[:\-]",
    re.IGNORECASE,
)
_HEADER_WORDS = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|"
    r"february|march|april|june|july|august|september|october|november|december|day|week|"
    r"session|workout|today|yesterday)\b",
)
_STATED_BODYWEIGHT = re.compile(
    r"\((?=[^)]{0,120}?\b(?:bw|bodyweight|body weight|weigh|weighed|weighing)\b)[^)]{0,160}\)"
    r"|\b(?:my\s+)?(?:bw|bodyweight|body weight)\s*(?:is|of|=|:)\s*\d+(?:\.\d+)?\s*[a-z#]*"
    r"|\b(?:bw|bodyweight|body weight)\s+\d+(?:\.\d+)?\s*(?:kgs?|kilos?|lbs?|pounds?|#)"
    r"|\b(?:i\s+)?weigh(?:ed|ing)?\s+\d+(?:\.\d+)?\s*[a-z#]*",
)
_REST = re.compile(
    r"\brest(?:ed|ing)?\s*:?\s*\d+(?:[.:]\d+)?\s*[a-z]*"
    r"|\b\d+(?:\.\d+)?\s*(?:min|mins|minutes?|sec|secs|seconds?|s|m)\s+(?:of\s+)?rest\b"
)
_ACTIVITY_NUMBER = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:k|km|kms|m|mi|miles?|min|mins|minutes?|sec|secs|seconds?|hr|hrs|"
    r"hours?|h|cal|kcal|steps|yd|yds|yards|meters?|metres?)\b"
)
# Sets already written out (`3x5`, `100x5`, `5,5,4`) before a time or distance.
_SETS_WRITTEN = re.compile(r"\d\s*x\s*\d|\d\s*,\s*\d")
_NEXT_CLAUSE = re.compile(r"\bnext\s+(?:week|time|session)\b")
# `2nd set`, `tempo 3-1-1`, `@tempo: 31x1`: numbers that name or pace a set, never count one;
# `x4+1 neg`, `8+2 partials`: reps past the set's full ones are not another set.
_NOT_COUNTS = re.compile(
    r"\b\d+(?:st|nd|rd|th)\b|@?\btempo\s*[:=]?\s*(?:\d[\dx]*(?:\s*[-/:]\s*\d[\dx]*)*)?"
    r"|\+\s*\d+\s*(?:negs?|negatives?|partials?|forced(?:\s+reps?)?)\b"
)


@dataclass
class _Outcome:
    """What the message held, kept to pick the most helpful error when nothing logged."""

    groups: list[SetGroup] = field(default_factory=list)
    named_only: list[str] = field(default_factory=list)
    nameless: list[str] = field(default_factory=list)
    orphan: str | None = None
    activity: bool = False
    warmups: bool = False


class Rejected(Exception):
    """The whole message is refused with this explanation."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _clean_line(line: str) -> tuple[str, bool]:
    """Drop bullets, share-text labels, links, dates; report a warm-up label."""
    line = _LEADING_DATE.sub("", line)
    line = _BULLET.sub("", line)
    warm = bool(_WARM_LABEL.match(line))
    line = _WARM_LABEL.sub("", line)
    line = _SET_LABEL.sub("", line)
    line = _NOISE.sub(" ", line)
    return line, warm


def _segments(text: str, names: list[NameSpan]) -> list[tuple[NameSpan | None, str]]:
    """Split a line before each name that follows another: `squat 3x5 100, bench 3x5 80`."""
    if len(names) < 2:
        return [(names[0] if names else None, text)]
    cuts = []
    prev_end = names[0].end
    for span in names[1:]:
        comma = max(
            text.rfind(",", prev_end, span.start),
            text.rfind(";", prev_end, span.start),
            text.rfind(" + ", prev_end, span.start) + 2,  # `pullups 8,7,6 + chinups 8,7`
            text.rfind(" & ", prev_end, span.start) + 2,
            text.rfind(". ", prev_end, span.start),  # `225x4. Bench Press 100x9x4`
        )
        cuts.append(comma + 1 if comma >= prev_end else span.start)
        prev_end = max(prev_end, span.end)
    bounds = [0, *cuts, len(text)]
    return [(names[k], text[bounds[k] : bounds[k + 1]]) for k in range(len(names))]


def _blank(text: str, span: NameSpan | None, offset: int) -> str:
    if span is None:
        return text
    start, end = span.start - offset, span.end - offset
    return text[:start] + " " * (end - start) + text[end:]


class _Assembler:
    def __init__(self) -> None:
        self.out = _Outcome()
        self.current: str | None = None
        self.assisted = False  # the current name said "assisted" (`Pull Up (Assisted)`)
        self.header: tuple[int, int] | None = None  # groups of a `Bench 4x5` name line

    def line(self, raw: str) -> None:
        line, warm = _clean_line(raw)
        if not line.strip() or _META_LINE.match(line):
            return
        text = drop_remarks(normalise(line))
        text = _STATED_BODYWEIGHT.sub(" ", text)
        text = _REST.sub(" ", text)
        text = _PERCENT.sub(" ", text)
        text = _NOT_COUNTS.sub(" ", text)
        names = find_names(text)
        if not names and _HEADER_WORDS.search(text):
            self.current = None
            return
        offset = 0
        for span, segment in _segments(text, names):
            if span is not None:
                self.assisted = "assist" in text[span.start : span.end]
            self.segment(span, _blank(segment, span, offset), warm, raw)
            offset += len(segment)

    def segment(self, span: NameSpan | None, spec: str, warm: bool, raw: str) -> None:
        exercise = span.exercise if span else self.current
        spec = ",".join(c for c in spec.split(",") if not _NEXT_CLAUSE.search(c))
        activity = _ACTIVITY_NUMBER.search(spec)
        if activity and _SETS_WRITTEN.search(spec[: activity.start()]):
            spec = spec[: activity.start()]  # `5,5,4 - 10 minutes between sets`: a remark
        elif activity:
            self.out.activity = True
            return
        tokens = before_comment(tokenise(spec))
        if not any(t.kind in COUNTS for t in tokens):
            if span:
                self.current = span.exercise
                self.out.named_only.append(exercises.display_name(span.exercise))
            return
        if exercise is None:
            self.out.nameless.append(raw.strip())
            return
        self.current = exercise
        if warm or re.search(r"\bwarm", spec):
            self.out.warmups = True
        before = len(self.out.groups)
        self._read(exercise, tokens, spec, warm)
        self._prescription(span is not None, before)

    def _prescription(self, named: bool, before: int) -> None:
        """`Bench Press 4×5` over lines of loaded sets was the plan; the lines are what was
        done. A name line's load-less scheme is dropped once a loaded set line follows it."""
        new = self.out.groups[before:]
        if named:
            loadless = bool(new) and all(g.weight is None for g in new)
            self.header = (before, len(new)) if loadless else None
        elif self.header and any(g.weight is not None for g in new):
            start, count = self.header
            del self.out.groups[start : start + count]
            self.header = None

    def _read(self, exercise: str, tokens: list[Token], spec: str, warm: bool) -> None:
        ex = exercises.get(exercise)
        bodyweight = bool(ex and ex.bodyweight)
        dumbbell = bool(ex and ex.equipment in {"dumbbell", "kettlebell"}) or "dumbbell" in spec
        try:
            reading = read_sets(
                tokens, reps_only=bodyweight and "weighted" not in spec, dumbbell=dumbbell
            )
        except Unclear:
            raise Rejected(messages.unclear()) from None
        reading.assisted = reading.assisted or self.assisted
        if reading.orphan_load and not reading.drafts:
            self.out.orphan = exercises.display_name(exercise)
        if warm:
            return
        for draft in reading.drafts:
            self.out.groups.append(_group(exercise, draft, bodyweight, reading.assisted))


def _group(exercise: str, draft: Draft, bodyweight: bool, assisted: bool) -> SetGroup:
    """A checked group; absurd numbers reject the whole message."""
    weight = draft.load.value if draft.load else None
    unit: Unit | None = draft.load.unit if draft.load and weight is not None else None
    if weight is not None and assisted and bodyweight:
        weight = -abs(weight)
    _check(weight, unit, draft, bodyweight)
    if weight == 0 and bodyweight:
        weight, unit = None, None
    return SetGroup(exercise, weight, unit, bodyweight, tuple(draft.reps), draft.rpe)


def _check(weight: float | None, unit: Unit | None, draft: Draft, bodyweight: bool) -> None:
    if weight is not None:
        if weight < 0 and not bodyweight:
            raise Rejected(messages.negative_load())
        if weight == 0 and not bodyweight:
            raise Rejected(messages.bad_number())
        if abs(weight) > MAX_LOAD[unit]:
            raise Rejected(messages.too_heavy())
    if len(draft.reps) > MAX_SETS:
        raise Rejected(messages.too_many_sets())
    if any(r < 1 or r > MAX_REPS for r in draft.reps):
        raise Rejected(messages.too_many_reps())
    rpe = draft.rpe
    if rpe is not None and (not RPE_MIN <= rpe <= RPE_MAX or (rpe * 2) % 1):
        raise Rejected(messages.bad_rpe())


def _carry_units(groups: list[SetGroup]) -> list[SetGroup]:
    """A unit written once on an exercise applies to its later unit-less loads."""
    seen: dict[str, Unit] = {}
    out = []
    for g in groups:
        if g.unit:
            seen[g.exercise] = g.unit
        elif g.weight is not None and g.exercise in seen:
            g = SetGroup(g.exercise, g.weight, seen[g.exercise], g.bodyweight, g.reps, g.rpe)
            if abs(g.weight or 0) > MAX_LOAD[g.unit]:
                raise Rejected(messages.too_heavy())
        out.append(g)
    return out


def _merge(groups: list[SetGroup]) -> list[SetGroup]:
    """Back-to-back groups with the same exercise, load and RPE become one."""
    out: list[SetGroup] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev and (prev.exercise, prev.weight, prev.unit, prev.rpe) == (
            g.exercise,
            g.weight,
            g.unit,
            g.rpe,
        ):
            merged = prev.reps + g.reps
            if len(merged) <= MAX_SETS:
                out[-1] = SetGroup(g.exercise, g.weight, g.unit, g.bodyweight, merged, g.rpe)
                continue
        out.append(g)
    return out


def _error(out: _Outcome) -> str:
    if out.activity:
        return messages.activity()
    if out.warmups:
        return messages.warmups_only()
    if out.orphan:
        return messages.no_reps(out.orphan)
    if out.nameless:
        return messages.no_exercise(out.nameless[0])
    if out.named_only:
        return messages.no_numbers(out.named_only[0])
    return messages.chit_chat()


def assemble(text: str) -> tuple[list[SetGroup], str | None]:
    """Groups of a message, or none and the reason; raises `Rejected` for absurd numbers."""
    asm = _Assembler()
    for line in text.splitlines():
        asm.line(line)
    groups = _merge(_carry_units(asm.out.groups))
    return (groups, None) if groups else ([], _error(asm.out))
