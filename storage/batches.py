"""Batches of rows for a long write, whether they arrive as one list or stream in."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


async def as_batches(items: Iterable[T] | AsyncIterable[Sequence[T]]) -> AsyncIterator[Sequence[T]]:
    """An async stream of batches as it is, or a plain iterable as a single batch."""
    if isinstance(items, AsyncIterable):
        async for batch in items:
            yield batch
    else:
        yield list(items)
