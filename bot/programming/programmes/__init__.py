"""Named programmes (5/3/1, GZCLP, StrongLifts, Starting Strength, Texas Method, PPL).

Each is one module: its days and rules as data plus a small `Programme` subclass; `registry`
lists them and `runner` is what the engine hands over to when the lifter isn't on "auto".
"""

from bot.programming.programmes.registry import AUTO, PROGRAMMES, listing, lookup, on_miss
from bot.programming.programmes.runner import program_name

__all__ = ["AUTO", "PROGRAMMES", "listing", "lookup", "on_miss", "program_name"]
