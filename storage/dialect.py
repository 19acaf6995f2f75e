"""The few SQL spellings that differ between SQLite and PostgreSQL.

Repositories write portable SQL with `?` placeholders (PostgreSQL's `PgDatabase` turns them
into `$n`), `ON CONFLICT … DO NOTHING/UPDATE`, `RETURNING`, window functions and
`CASE WHEN`; only what cannot be written once lives here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    week_start_sql: str  # `{col}` = a 'YYYY-MM-DD' text column → its Monday, as 'YYYY-MM-DD'
    lock_clause: str  # appended to a claiming SELECT (`{table}` = the alias to lock)
    json_int_sql: str  # `{col}` = a JSON text column, `{key}` = a top-level key → its integer
    index_sql: str  # `{index}` = an index a FROM table is to be read through

    def json_int(self, column: str, key: str) -> str:
        """The integer under a top-level key of a JSON text column (NULL when absent)."""
        return self.json_int_sql.format(col=column, key=key)

    def week_start(self, column: str) -> str:
        """The Monday on or before a 'YYYY-MM-DD' date, as 'YYYY-MM-DD' text."""
        return self.week_start_sql.format(col=column)

    def using_index(self, index: str) -> str:
        """Read a table through `index`, after its name in FROM. SQLite, without statistics,
        prefers a range on a shorter index (every set of a lifter's window) to equalities on
        a longer one (a few lifts' sets); PostgreSQL's planner chooses by its statistics."""
        return self.index_sql.format(index=index)

    def skip_locked(self, table: str) -> str:
        """Row locks for a claiming SELECT, so concurrent claimers take disjoint rows.

        Empty on SQLite, whose write transactions are already serialized."""
        return self.lock_clause.format(table=table)


SQLITE = Dialect(
    name="sqlite",
    week_start_sql="date({col}, '-6 days', 'weekday 1')",
    lock_clause="",
    json_int_sql="json_extract({col}, '$.{key}')",
    index_sql=" INDEXED BY {index}",
)

POSTGRES = Dialect(
    name="postgresql",
    week_start_sql="to_char(date_trunc('week', CAST({col} AS date)), 'YYYY-MM-DD')",
    lock_clause=" FOR UPDATE OF {table} SKIP LOCKED",
    json_int_sql="CAST(CAST({col} AS jsonb) ->> '{key}' AS bigint)",
    index_sql="",
)
