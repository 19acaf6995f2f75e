"""Read sets, reps, loads and RPE out of one exercise's tokens (SPEC.md "Parser" rules 1–8)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.parser.numbers import Token
from bot.units import Unit

MAX_SETS_GUESS = 10  # `AxB` with A above this (and no other load) reads as weight × reps
_WORK_WORDS = {"working", "work", "top", "then", "main", "backoff", "back"}
_UNCOUNTED = {"max", "amrap", "failure", "fail", "mr"}
_REP_LIST_SEPS = {",", "/", ":", "-", "&", "and", "for"}


class Unclear(Exception):
    """The numbers do not fit any notation we know; the message is not logged."""


@dataclass(frozen=True)
class Load:
    value: float | None  # None: bodyweight / no added load
    unit: Unit | None = None


@dataclass
class Draft:
    """A group being built; `load` stays None until one is read."""

    reps: list[int]
    load: Load | None = None
    rpe: float | None = None
    warm: bool = False
    extendable: bool = False  # `100x5` may be followed by `,5,4`


@dataclass
class Reading:
    drafts: list[Draft] = field(default_factory=list)
    orphan_load: bool = False
    assisted: bool = False


def _int(tok: Token) -> int:
    if not float(tok.value).is_integer() or tok.unit or tok.sign:
        raise Unclear
    return int(tok.value)


def _load(tok: Token) -> Load:
    return Load(None) if tok.kind == "word" else Load(tok.value, tok.unit)


class _Reader:
    """One left-to-right pass; loads wait for a scheme and schemes wait for a load."""

    def __init__(self, tokens: list[Token], *, reps_only: bool, dumbbell: bool) -> None:
        self.toks = tokens
        self.reps_only = reps_only
        self.dumbbell = dumbbell
        self.out = Reading()
        self.pending: Load | None = None
        self.open: Draft | None = None
        self.pending_rpe: float | None = None
        self.warm = False
        self.chunk_drafts: list[Draft] = []
        self.xreps_load: Load | None = None  # the load `x5 x5 x5` sets share once read
        self.head_load: Load | None = None  # `70k: 5x10`, `60kg: 4, 4x5`: the exercise's load

    # -- helpers -----------------------------------------------------------------------------
    def _kind(self, i: int) -> str:
        return self.toks[i].kind if i < len(self.toks) else "end"

    def _word(self, i: int) -> str:
        return self.toks[i].text if self._kind(i) == "word" else ""

    def _is_value(self, i: int) -> bool:
        return self._kind(i) == "num" or self._word(i) in {"bw", "bodyweight"}

    def _draft(self, reps: list[int], load: Load | None) -> Draft:
        if not reps:
            raise Unclear
        multi_set = len(reps) > 1 and len(set(reps)) == 1
        self.warm = self.warm and not multi_set  # a block of work sets ends the warm-up
        draft = Draft(reps, load, self.pending_rpe, self.warm)
        self.chunk_drafts.append(draft)
        self.pending_rpe = None
        self.out.drafts.append(draft)
        return draft

    def _scheme(self, sets: int, reps: int) -> None:
        """`sets × reps`: takes the load read before it, or waits for one after it."""
        draft = self._draft([reps] * sets, self.pending)
        if self.pending is None:
            self.open = draft
        self.pending = None

    def _take_load(self, load: Load) -> None:
        if self.open is not None:
            self.open.load, self.open = load, None
        else:
            self.pending = load

    def _load_follows(self, i: int) -> bool:
        """A load is written later (`12x10 @ 40kg`, `12x10 60`), so `12` counts sets."""
        if self._kind(i) == "num" and self.toks[i].value > 30 and self._kind(i + 1) != "x":
            return True
        return any(t.loadish or t.text in {"at", "bw"} for t in self.toks[i:])

    # -- main loop ---------------------------------------------------------------------------
    def run(self) -> Reading:
        i = 0
        while i < len(self.toks):
            i = self._step(i)
        if self.open is not None:
            self.open.load = Load(None)
        for draft in self.out.drafts:
            if self.head_load is not None and draft.load in (None, Load(None)):
                draft.load = self.head_load
        if self.pending is not None and self.pending.value is not None:
            self.out.orphan_load = True
        self.out.drafts = [d for d in self.out.drafts if not d.warm]
        return self.out

    def _step(self, i: int) -> int:
        tok = self.toks[i]
        if tok.kind == "rpe":
            self._rpe(tok.value)
        elif tok.kind == "sep" and tok.text in ",;":
            self.chunk_drafts = []
            self.warm = self.warm and tok.text == ","
        elif tok.kind == "word":
            return self._on_word(i)
        elif tok.kind == "num":
            return self._on_number(i)
        elif tok.kind == "xreps":
            return self._xreps(i)
        return i + 1

    def _xreps(self, i: int) -> int:
        """`x5`: one set of five at the load written before the run (`(10kg): x8 x8 x8`). A lone
        `x2` with no load or RPE is read as a plain number (`squats x2 this week` is no set)."""
        tok = self.toks[i]
        run = "xreps" in {self._kind(i - 1) if i else "", self._kind(i + 1)}
        if not run and self.pending is None and self._kind(i + 1) != "rpe":
            tok.kind = "num"
            return self._on_number(i)
        if self.pending is not None:
            self.xreps_load, self.pending = self.pending, None
        self._draft([_int(tok)], self.xreps_load or Load(None))
        return i + 1

    def _on_word(self, i: int) -> int:
        word = self.toks[i].text
        if word == "warm":
            self.warm = True
            for draft in self.chunk_drafts:  # `60x5 (warm-up)` labels what came before it
                draft.warm = True
        elif word in _WORK_WORDS:
            self.warm = False
        elif word == "assist":
            self.out.assisted = True
        elif word in {"reps", "rep"} and self.out.drafts and self._kind(i + 1) == "num":
            self.out.drafts[-1].extendable = False  # `15 lb x 10 reps 11`: the 11 is no set
        elif word == "at" and self._kind(i + 1) == "num":
            self.toks[i + 1].loadish = True
        elif word in {"bw", "bodyweight"}:
            if self._kind(i + 1) == "x":
                return self._on_number(i)
            self._take_load(Load(None))
        return i + 1

    def _rpe(self, value: float) -> None:
        target = self.out.drafts[-1] if self.out.drafts else None
        if target is not None and target.rpe is None:
            target.rpe = value
        else:
            self.pending_rpe = value

    def _chain(self, i: int) -> tuple[list[Token], int]:
        vals = [self.toks[i]]
        j = i + 1
        while self._kind(j) == "x" and self._kind(j + 1) == "num":
            vals.append(self.toks[j + 1])
            j += 2
        return vals, j

    def _on_number(self, i: int) -> int:
        if self._kind(i + 1) == "x" and self._word(i + 2) in _UNCOUNTED:
            raise Unclear  # `3x max`: the reps were never written down
        vals, j = self._chain(i)
        if len(vals) >= 2:
            self._read_chain(vals, j)
            return j
        after = self._word(i + 1)
        if after in {"sets", "set"}:
            return self._sets_phrase(i)
        if after in {"reps", "rep"}:
            return self._reps_phrase(i)
        tok = self.toks[i]
        if tok.loadish or tok.kind == "word":
            if i == 0 and tok.unit and self._kind(1) == "sep" and self.toks[1].text == ":":
                self.head_load = _load(tok)
            self._take_load(_load(tok))
            return i + 1
        if self._word(i + 1) == "at" and self._kind(i + 2) == "num" and self.pending is None:
            self._draft([_int(tok)], _load(self.toks[i + 2]))  # `5@175`, `5 at 175`: one set
            return i + 3
        run, j = self._plain_run(i)
        self._read_plain(run)
        return j

    # -- notations ---------------------------------------------------------------------------
    def _read_chain(self, vals: list[Token], end: int) -> None:
        first = vals[0]
        if self.dumbbell and len(vals) >= 3 and first.value == 2 and vals[1].loadish:
            self._take_load(_load(vals[1]))  # `2x30kg` is a pair of 30 kg dumbbells
            vals = vals[2:]
            self._scheme(_int(vals[1]) if len(vals) > 1 else 1, _int(vals[0]))
            return
        if self.dumbbell and len(vals) == 2 and first.value == 2 and vals[1].loadish:
            self._take_load(_load(vals[1]))
            return
        if len(vals) == 2:
            self._two(first, vals[1], end)
        elif len(vals) == 3:
            self._three(*vals)
        else:
            raise Unclear

    def _two(self, a: Token, b: Token, end: int) -> None:
        heavy_first = a.loadish or a.kind == "word" or not float(a.value).is_integer()
        if heavy_first:
            self._weight_reps(a, [b])
        elif b.unit:
            self._draft([_int(a)], _load(b))  # `5x100kg`: five reps at 100 kg
        elif self._sets_first(a, end):
            self._scheme(_int(a), _int(b))
        else:
            self._weight_reps(a, [b])

    def _sets_first(self, a: Token, end: int) -> bool:
        """`3x8` is sets × reps; `12x10` too when a load is written elsewhere."""
        if self.pending is not None or self.reps_only or a.value <= MAX_SETS_GUESS:
            return True
        return a.value <= 20 and self._load_follows(end)

    def _three(self, a: Token, b: Token, c: Token) -> None:
        a_heavy = a.loadish or a.kind == "word"
        if c.unit and not a_heavy and a.value > 20 and c.value <= MAX_SETS_GUESS:
            # `140x5x3 kg`: the unit belongs to the load, not to the set count.
            a, c = Token("num", a.text, a.value, c.unit, True), Token("num", c.text, c.value)
            a_heavy = True
        if c.loadish and not a_heavy:
            load_first = False
        elif a_heavy or a.value > 20 or (a.value > MAX_SETS_GUESS and c.value <= MAX_SETS_GUESS):
            load_first = True
        else:
            load_first = not (c.value > MAX_SETS_GUESS or not float(c.value).is_integer())
        if load_first:
            self._draft([_int(b)] * _int(c), _load(a))
        else:
            self._draft([_int(b)] * _int(a), _load(c))

    def _weight_reps(self, load: Token, reps: list[Token]) -> None:
        draft = self._draft([_int(r) for r in reps], _load(load))
        draft.extendable = True
        self.pending = None

    def _plain_run(self, i: int) -> tuple[list[Token], int]:
        """Plain numbers joined by spaces, commas, slashes, `and`, `for`: a load and/or reps."""
        run: list[Token] = []
        j = i
        while self._kind(j) == "num":
            tok = self.toks[j]
            if (tok.loadish and run) or self._kind(j + 1) == "x":
                break
            if self._word(j + 1) in {"sets", "set", "reps", "rep"}:
                break
            run.append(tok)
            j += 1
            while (self._kind(j) == "sep" and self.toks[j].text in _REP_LIST_SEPS) or (
                self._word(j) in {"and", "for"}
            ):
                j += 1
        return (run or [self.toks[i]]), max(j, i + 1)

    def _read_plain(self, run: list[Token]) -> None:
        last = self.out.drafts[-1] if self.out.drafts else None
        if self.open is not None:
            self._take_load(_load(run[0]))
            if run[1:]:
                self._read_plain(run[1:])
        elif self.pending is not None:
            self._draft([_int(t) for t in run], self.pending)
            self.pending = None
        elif last is not None and last.extendable and all(t.value <= 30 for t in run):
            last.reps.extend(_int(t) for t in run)
        elif self.reps_only:
            self._draft([_int(t) for t in run], Load(None))
        elif len(run) >= 2:
            self._draft([_int(t) for t in run[1:]], _load(run[0]))
        else:
            self.pending = _load(run[0])

    def _sets_phrase(self, i: int) -> int:
        """`3 sets of 8`, `3 sets x 8 reps`, `3 sets of 100kg x 5`."""
        sets = _int(self.toks[i])
        j = i + 2
        while self._word(j) in {"of", "x"} or self._kind(j) in {"x", "sep"}:
            j += 1
        if self._kind(j) != "num":
            last = self.out.drafts[-1] if self.out.drafts else None
            if last is None or len(last.reps) != 1:
                raise Unclear
            last.reps *= sets  # `225 for 5 reps, 3 sets`
            return j
        vals, k = self._chain(j)
        listed = self._listed_reps(j, sets) if len(vals) == 1 else None
        if listed is not None:  # `3 sets: 10, 8, 6` lists each set's reps
            reps, k = listed
            draft = self._draft(reps, self.pending)
            if self.pending is None:
                self.open = draft
            self.pending = None
            return k
        if len(vals) == 2:
            self._draft([_int(vals[1])] * sets, _load(vals[0]))
            return k
        if len(vals) != 1:
            raise Unclear
        k = j + 1
        if self._word(k) in {"reps", "rep"}:
            k += 1
        self._scheme(sets, _int(vals[0]))
        return k

    def _listed_reps(self, j: int, sets: int) -> tuple[list[int], int] | None:
        """Exactly `sets` plain rep counts starting at `j`, or None."""
        if sets < 2 or not (self._kind(j + 1) == "sep" and self.toks[j + 1].text in ",/"):
            return None
        run, k = self._plain_run(j)
        if len(run) != sets or any(t.loadish or t.value > 30 for t in run):
            return None
        return [_int(t) for t in run], k

    def _reps_phrase(self, i: int) -> int:
        """`5 reps at 100`, `8 reps x 3 sets`."""
        reps = _int(self.toks[i])
        j = i + 2
        joiner = self._kind(j) == "x" or self._word(j) in {"for", "of"}
        if joiner and self._kind(j + 1) == "num" and self._word(j + 2) in {"sets", "set"}:
            self._scheme(_int(self.toks[j + 1]), reps)
            return j + 3
        self._scheme(1, reps)
        return j


def read_sets(tokens: list[Token], *, reps_only: bool, dumbbell: bool) -> Reading:
    """Drafts for one exercise's text; raises `Unclear` when the numbers make no sense."""
    return _Reader(tokens, reps_only=reps_only, dumbbell=dumbbell).run()
