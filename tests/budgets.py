"""How many generated examples the property and fuzz tests try, by database.

`make test` runs every test on SQLite, then reruns those that use the database on PostgreSQL
for what differs between the two (column types and integer ranges, NUL in text, locking, SQL
that one accepts and the other refuses). The thorough budget is spent on SQLite; the rerun
on PostgreSQL tries half as many examples of the same strategies. The values that break only
PostgreSQL (NUL in text, integers past its column types) are drawn from short lists that half
the examples still reach, and test_hostile_input.py sends such values to the main fields one
by one on both databases. Any run with TEST_DATABASE_URL set gets the smaller budget.
"""

import os

ON_POSTGRESQL = bool(os.environ.get("TEST_DATABASE_URL"))


def examples(thorough: int) -> int:
    """`thorough` on SQLite; half of it, at least one, on the PostgreSQL rerun."""
    return max(1, thorough // 2) if ON_POSTGRESQL else thorough
