"""Cell access by column name, so each layout reads the same way whatever the column order."""

from __future__ import annotations

from collections.abc import Sequence


class Columns:
    """Positions of the header's columns; a missing column or short row reads as blank."""

    def __init__(self, header: Sequence[str]) -> None:
        self.index = {name: i for i, name in reversed(list(enumerate(header)))}

    def has(self, *names: str) -> bool:
        return all(name in self.index for name in names)

    def first(self, *names: str) -> str | None:
        """The first of `names` the header holds."""
        return next((name for name in names if name in self.index), None)

    def named(self, *prefixes: str) -> tuple[str, ...]:
        """Every column whose name starts with one of `prefixes` (`distance (meters)`, …)."""
        return tuple(name for name in self.index if name.startswith(prefixes))

    def measured(self, row: Sequence[str], names: Sequence[str | None]) -> bool:
        """Whether any of these cells holds something other than blank or zero."""
        return any(self.cell(row, name).strip("0.,") for name in names)

    def cell(self, row: Sequence[str], name: str | None) -> str:
        i = self.index.get(name, -1) if name is not None else -1
        return row[i].strip() if 0 <= i < len(row) else ""
