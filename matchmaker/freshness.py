"""The version of the data: one clock for everything kept between requests.

The kept public answers (pagecache.py) and the recommender's index (recommend/service.py) are
both built from the database and kept; both are keyed by this version and thrown away when it
moves, so neither can outlive what it was built from, and neither can feed the other
something older than itself (a page rendered at version v is made from an index of version v
or later).

Every operation that changes what anyone sees writes an audit row in its own transaction, so
the version is read from the audit log: the newest decision's id, and how many decisions there
are among the newest ids. The count catches a transaction that took its id first but committed
after a later one (PostgreSQL hands out ids at INSERT, not at COMMIT): the newest id does not
move then, the count does. Sign-ins and sign-outs are audited too but change nothing shown,
so they do not count (a morning of sign-ins must not empty every cache again and again).

Some decisions change nothing the recommender's index or the recruitment board is built from: a
pledge or a claim, and the answers to it that do not move a need's approved quantity. The
version has a second part that leaves them out (the newest other decision's id, and how many
other decisions there are among the ids before it, for the same reason as above), and the
index and the board follow only that part (`index_version`): a stream of pledges empties the
kept answers as before, but no worker rebuilds its index for them (about 100 ms each time at
5,000 projects). Both parts come from one reading, so a page kept under a version is still
made from an index at least as new.

Each process reads it at most every DATA_VERSION_RECHECK_SECONDS: one indexed query instead of
a page's dozen. A decision is therefore seen everywhere within that time, plus one render.
"""

import time
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import and_, func, select

from .audit.models import AuditEntry
from .extensions import db

# Decisions committed out of id order are at most this many ids apart: far more than the
# transactions that can be in flight at once.
SETTLING_IDS = 1000
# How far back the newest decision the index follows is looked for. Further back it is not
# news to any worker (the version's second part is then (None, 0) until the next one).
INDEXED_LOOKBACK_IDS = 5 * SETTLING_IDS
# Steps of a match that leave every need's approved quantity as it was (approve and cancel move it).
NOT_INDEXED = ("match.submit", "match.accept", "match.decline", "match.reject", "match.withdraw", "match.fulfil")

DECISION = AuditEntry.action.not_like("session.%")
INDEXED = and_(DECISION, AuditEntry.action.not_in(NOT_INDEXED))
NEWEST_ID = select(func.max(AuditEntry.id)).scalar_subquery()
NEWEST_INDEXED = (
    select(AuditEntry.id).where(INDEXED, AuditEntry.id > NEWEST_ID - INDEXED_LOOKBACK_IDS)
    .order_by(AuditEntry.id.desc()).limit(1).scalar_subquery()
)
INDEXED_SETTLING = select(func.count()).where(INDEXED, AuditEntry.id > NEWEST_INDEXED - SETTLING_IDS).scalar_subquery()
VERSION = select(func.max(AuditEntry.id), func.count(), NEWEST_INDEXED, INDEXED_SETTLING).where(
    AuditEntry.id > NEWEST_ID - SETTLING_IDS, DECISION
)


@dataclass
class Clock:
    version: tuple | None = None
    read_at: float = float("-inf")


def data_version() -> tuple:
    """The version of the data as this process last read it, read again if that is too old."""
    clock: Clock = current_app.extensions.setdefault("data_version", Clock())
    now = time.monotonic()  # taken before the query: a decision committed meanwhile is seen next time
    if clock.version is None or now - clock.read_at >= current_app.config["DATA_VERSION_RECHECK_SECONDS"]:
        clock.version = tuple(db.session.execute(VERSION).one())
        clock.read_at = now
    return clock.version


def index_version() -> tuple:
    """The part of data_version() that the recommender's index and the recruitment board follow:
    it leaves out decisions that change nothing they are built from (NOT_INDEXED)."""
    return data_version()[2:]
