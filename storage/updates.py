"""Which Telegram updates were already handled (at-least-once delivery made exactly-once)."""

from __future__ import annotations

from storage.base import Store


class UpdateLog:
    """Typed access to `processed_updates`."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def seen(self, update_id: int) -> bool:
        row = await self._db.fetchone(
            "SELECT 1 FROM processed_updates WHERE update_id = ?", (update_id,)
        )
        return row is not None

    async def mark(self, update_id: int, now_ts: int) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO processed_updates (update_id, processed_ts) VALUES (?, ?)"
                " ON CONFLICT (update_id) DO NOTHING",
                (update_id, now_ts),
            )

    async def prune(self, before_ts: int) -> None:
        """Forget ids older than Telegram's redelivery window (it keeps updates for 24 h)."""
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM processed_updates WHERE processed_ts < ?", (before_ts,))
