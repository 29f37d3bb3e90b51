"""The invariants of the brief, checked over the whole database after any load or fault.

Each check returns human-readable problems; an empty list means the invariant holds.
Call inside an app context.
"""

from collections import Counter, defaultdict

from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.matches.models import Match, MatchEvent, MatchKind
from matchmaker.matches.steps import LIVE_STATES
from matchmaker.projects.models import Need


def need_totals() -> list[str]:
    """approved_quantity == the sum of approved and fulfilled pledges, and never above the need."""
    pledged = Counter()
    for need_id, quantity, state in db.session.execute(
        select(Match.need_id, Match.quantity, Match.state).where(Match.kind == MatchKind.pledge)
    ):
        if state.value in LIVE_STATES:
            pledged[need_id] += quantity
    problems = []
    for need in db.session.scalars(select(Need)):
        if need.approved_quantity != pledged[need.id]:
            problems.append(f"need {need.id}: approved {need.approved_quantity} but pledges sum to {pledged[need.id]}")
        if need.approved_quantity > need.quantity:
            problems.append(f"need {need.id}: approved {need.approved_quantity} exceeds {need.quantity}")
    return problems


def one_live_claim() -> list[str]:
    live = Counter(
        project_id for project_id, state in db.session.execute(
            select(Match.project_id, Match.state).where(Match.kind == MatchKind.claim)
        ) if state.value in LIVE_STATES
    )
    return [f"project {project}: {count} approved claims" for project, count in live.items() if count > 1]


def histories() -> list[str]:
    """Every match's history is an unbroken chain from submitted to its current state,
    and every step after the first has its audit row."""
    events = defaultdict(list)
    for event in db.session.scalars(select(MatchEvent).order_by(MatchEvent.id)):
        events[event.match_id].append(event)
    audited = Counter(
        db.session.scalars(select(AuditEntry.target_id).where(AuditEntry.target_type == "match"))
    )
    problems = []
    for match in db.session.scalars(select(Match)):
        chain = events[match.id]
        states = [None] + [event.to_state for event in chain]
        if not chain or chain[0].to_state != "submitted":
            problems.append(f"match {match.id}: history does not start with submitted")
        elif any(event.from_state != states[i] for i, event in enumerate(chain)):
            problems.append(f"match {match.id}: broken history {[(e.from_state, e.to_state) for e in chain]}")
        elif chain[-1].to_state != match.state.value:
            problems.append(f"match {match.id}: state {match.state.value} but history ends at {chain[-1].to_state}")
        if audited[match.id] != len(chain):
            problems.append(f"match {match.id}: {len(chain)} history rows but {audited[match.id]} audit rows")
    return problems


def all_problems() -> list[str]:
    return need_totals() + one_live_claim() + histories()
