"""Random sequences of steps by random people on matches and on collaborations, over the
API, against a model of what should happen (Hypothesis stateful testing).

Each rule predicts the exact answer from the table of steps and who is who; after every
rule the database must agree with the model and the brief's invariants must hold, and a
refused request must have changed nothing at all (not a state, not a history row, not an
audit row, not a notification).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from matchmaker.audit.models import AuditEntry
from matchmaker.collaborations.models import Collaboration, CollaborationEvent
from matchmaker.collaborations.steps import COLLABORATION_STEPS
from matchmaker.collaborations.steps import OPEN_STATES as OPEN_COLLABORATION_STATES
from matchmaker.extensions import db
from matchmaker.matches.models import Match, MatchEvent
from matchmaker.matches.steps import LIVE_STATES, MATCH_STEPS, OPEN_STATES
from matchmaker.notifications.models import Notification
from matchmaker.projects.models import Need

from . import factories
from .budgets import examples
from .live.invariants import all_problems
from .test_access_matrix import ACTORS, build_world, user

NEED = 5  # small, so that approvals soon run out of room
MATCH_STEP_NAMES = [*MATCH_STEPS, "destroy", "submit", "publish"]  # and some that do not exist
COLLABORATION_STEP_NAMES = [*COLLABORATION_STEPS, "approve", "delete"]
UNIT_SIDE = {"owner", "lead"}  # manage the project: the owning branch and its lead unit
MACHINE_SETTINGS = settings(
    max_examples=examples(15), stateful_step_count=20, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@dataclass
class Record:
    """What the model believes about one match or collaboration."""

    id: int
    state: str
    steps: int = 1  # history rows
    kind: str = ""
    sponsor: str = ""
    quantity: int = 0


def fresh_project(world) -> tuple[int, int]:
    need = {"kind": "goods", "description": "轮椅", "quantity": NEED, "unit": "台"}
    project_id = factories.make_project(world.app, world.users["owner"], needs=[need])
    with world.app.app_context():
        return project_id, db.session.scalar(select(Need.id).where(Need.project_id == project_id))


def counts(app) -> tuple:
    """Rows that only ever grow: any refused request that adds one has changed something."""
    with app.app_context():
        return tuple(db.session.scalar(select(func.count()).select_from(model))
                     for model in (Match, MatchEvent, Collaboration, CollaborationEvent, AuditEntry, Notification))


def expected_refusal(status: int, response) -> str:
    return f"expected {status}, got {response.status_code}: {response.get_data(as_text=True)[:200]}"


# --- matches -----------------------------------------------------------------------------------

def match_machine(world):
    app = world.app

    class Matches(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.project, self.need = fresh_project(world)
            self.matches: list[Record] = []

        def approved(self) -> int:
            return sum(m.quantity for m in self.matches if m.kind == "pledge" and m.state in LIVE_STATES)

        def live_claim(self) -> bool:
            return any(m.kind == "claim" and m.state in LIVE_STATES for m in self.matches)

        def predict_create(self, actor: str, kind: str, quantity: int) -> int:
            if actor == "anonymous":
                return 401
            if actor not in ("sponsor", "other_sponsor"):
                return 403
            if kind == "pledge":
                return 422 if quantity < 1 else 409 if quantity > NEED - self.approved() else 201
            mine_open = any(m.kind == "claim" and m.sponsor == actor and m.state in OPEN_STATES for m in self.matches)
            return 409 if self.live_claim() or mine_open else 201

        @initialize(first=st.integers(2, 4), second=st.integers(2, 4))
        def two_pledges_that_may_not_both_fit_and_two_claims(self, first, second):
            """Material for the races the invariants are about: more asked than needed,
            and two sponsors who both want the whole project."""
            self.create("sponsor", "pledge", first)
            self.create("other_sponsor", "pledge", second)
            self.create("sponsor", "claim", 0)
            self.create("other_sponsor", "claim", 0)

        @rule(sponsor=st.sampled_from(["sponsor", "other_sponsor"]), quantity=st.integers(1, 4))
        def pledge(self, sponsor, quantity):
            self.create(sponsor, "pledge", quantity)

        @rule(sponsor=st.sampled_from(["sponsor", "other_sponsor"]))
        def claim(self, sponsor):
            self.create(sponsor, "claim", 0)

        @rule(actor=st.sampled_from(ACTORS), kind=st.sampled_from(["pledge", "claim"]), quantity=st.integers(0, 4))
        def create_by_anyone(self, actor, kind, quantity):
            self.create(actor, kind, quantity)

        def create(self, actor: str, kind: str, quantity: int) -> None:
            body = {"project_id": self.project, "kind": kind}
            if kind == "pledge":
                body.update(need_id=self.need, quantity=quantity)
            expected = self.predict_create(actor, kind, quantity)
            before = counts(app)
            response = world.api[actor].post("/api/v1/matches", json=body)
            assert response.status_code == expected, expected_refusal(expected, response)
            if expected == 201:
                self.matches.append(Record(response.get_json()["id"], "submitted", kind=kind, sponsor=actor,
                                           quantity=quantity if kind == "pledge" else 0))
            else:
                assert counts(app) == before

        def predict_step(self, actor: str, match: Record, name: str, reason: bool) -> int:
            if actor == "anonymous":
                return 401
            if not (actor in UNIT_SIDE or actor == "office" or actor == match.sponsor):
                return 404  # not a party: the id reveals nothing
            step = MATCH_STEPS.get(name)
            if step is None:
                return 404
            if match.state not in step.sources:
                return 409
            party = {"unit": actor in UNIT_SIDE, "office": actor == "office", "sponsor": actor == match.sponsor}
            if not party[step.actor]:
                return 403
            if step.needs_reason and not reason:
                return 422
            if name == "approve" and match.kind == "pledge" and self.approved() + match.quantity > NEED:
                return 409
            if name == "approve" and match.kind == "claim" and self.live_claim():
                return 409
            return 200

        @precondition(lambda self: self.matches)
        @rule(actor=st.sampled_from(ACTORS), pick=st.integers(0, 50), name=st.sampled_from(MATCH_STEP_NAMES),
              reason=st.booleans())
        def step_by_anyone(self, actor, pick, name, reason):
            self.take(actor, self.matches[pick % len(self.matches)], name, reason)

        def open_steps(self) -> list[tuple[Record, str]]:
            return [(m, name) for m in self.matches for name, step in MATCH_STEPS.items() if m.state in step.sources]

        @precondition(lambda self: self.open_steps())
        @rule(pick=st.integers(0, 10**6), unit=st.sampled_from(sorted(UNIT_SIDE)))
        def step_by_the_party(self, pick, unit):
            """A step the table allows now, by the one it names, with a reason: this drives
            matches deep (approvals that no longer fit, a second claim) where random steps rarely go."""
            choices = self.open_steps()
            match, name = choices[pick % len(choices)]
            party = MATCH_STEPS[name].actor
            self.take({"unit": unit, "office": "office", "sponsor": match.sponsor}[party], match, name, True)

        @rule(unit=st.sampled_from(sorted(UNIT_SIDE)))
        def the_unit_accepts_everything_waiting(self, unit):
            for match in [m for m in self.matches if m.state == "submitted"]:
                self.take(unit, match, "accept", False)

        @rule()
        def the_office_approves_its_whole_queue(self):
            """As the office's queue page does: one after another, until the need is full."""
            for match in [m for m in self.matches if m.state == "accepted"]:
                self.take("office", match, "approve", False)

        @rule(unit=st.sampled_from(sorted(UNIT_SIDE)))
        def everything_waiting_is_accepted_then_approved(self, unit):
            """The busy day: the second claim and the pledge that no longer fits must be refused."""
            self.the_unit_accepts_everything_waiting(unit)
            self.the_office_approves_its_whole_queue()

        def take(self, actor: str, match: Record, name: str, reason: bool) -> None:
            expected = self.predict_step(actor, match, name, reason)
            before = counts(app)
            response = world.api[actor].post(f"/api/v1/matches/{match.id}/{name}", json={"reason": "理由"} if reason else {})
            assert response.status_code == expected, (actor, match, name, expected_refusal(expected, response))
            if expected == 200:
                match.state, match.steps = MATCH_STEPS[name].target, match.steps + 1
            else:
                assert counts(app) == before

        @invariant()
        def database_agrees_with_the_model(self):
            with app.app_context():
                rows = db.session.execute(select(Match.id, Match.state).where(Match.project_id == self.project)).all()
                assert {i: s.value for i, s in rows} == {m.id: m.state for m in self.matches}
                history = dict(db.session.execute(
                    select(MatchEvent.match_id, func.count()).join(Match).where(Match.project_id == self.project)
                    .group_by(MatchEvent.match_id)
                ).all())
                assert history == {m.id: m.steps for m in self.matches}  # nothing ever deleted
                assert db.session.get(Need, self.need).approved_quantity == self.approved() <= NEED
                assert sum(m.kind == "claim" and m.state in LIVE_STATES for m in self.matches) <= 1

        def teardown(self):
            with app.app_context():
                assert all_problems() == []  # the whole database: unbroken histories, audit rows, totals

    return Matches


def test_random_steps_on_matches_keep_every_invariant(app):
    run_state_machine_as_test(match_machine(build_world(app)), settings=MACHINE_SETTINGS)


# --- collaborations ----------------------------------------------------------------------------

def collaboration_machine(world):
    app = world.app
    with app.app_context():
        partner_unit = user(world, "partner").unit_id
    due_on = (date.today() + timedelta(days=14)).isoformat()

    class Collaborations(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.project, _ = fresh_project(world)
            self.requests: list[Record] = []

        def predict_create(self, actor: str) -> int:
            if actor == "anonymous":
                return 401
            if actor not in UNIT_SIDE:
                return 403  # not a unit, or a unit that does not manage the project
            return 409 if any(r.state in OPEN_COLLABORATION_STATES for r in self.requests) else 201

        @rule(actor=st.sampled_from(ACTORS), ask=st.sampled_from(["people", "venue", "expertise", "co_organising"]))
        def ask(self, actor, ask):
            body = {"project_id": self.project, "to_unit_id": partner_unit, "ask": ask, "due_on": due_on,
                    "message": "请支持"}
            expected = self.predict_create(actor)
            before = counts(app)
            response = world.api[actor].post("/api/v1/collaborations", json=body)
            assert response.status_code == expected, expected_refusal(expected, response)
            if expected == 201:
                self.requests.append(Record(response.get_json()["id"], "requested"))
            else:
                assert counts(app) == before

        def predict_step(self, actor: str, name: str, current: str, reason: bool) -> int:
            if actor == "anonymous":
                return 401
            if actor in ("sponsor", "other_sponsor"):
                return 403  # units and the office only
            if actor == "peer":
                return 404
            step = COLLABORATION_STEPS.get(name)
            if step is None:
                return 404
            if current not in step.sources:
                return 409
            party = {"asker": actor in UNIT_SIDE, "asked": actor == "partner", "office": actor == "office"}
            if not party[step.actor]:
                return 403
            return 422 if step.needs_reason and not reason else 200

        @precondition(lambda self: self.requests)
        @rule(actor=st.sampled_from(ACTORS), pick=st.integers(0, 50),
              name=st.sampled_from(COLLABORATION_STEP_NAMES), reason=st.booleans())
        def step_by_anyone(self, actor, pick, name, reason):
            self.take(actor, self.requests[pick % len(self.requests)], name, reason)

        def open_steps(self) -> list[tuple[Record, str]]:
            return [(r, name) for r in self.requests for name, step in COLLABORATION_STEPS.items()
                    if r.state in step.sources]

        @precondition(lambda self: self.open_steps())
        @rule(pick=st.integers(0, 10**6), unit=st.sampled_from(sorted(UNIT_SIDE)))
        def step_by_the_party(self, pick, unit):
            choices = self.open_steps()
            record, name = choices[pick % len(choices)]
            actor = {"asker": unit, "asked": "partner", "office": "office"}[COLLABORATION_STEPS[name].actor]
            self.take(actor, record, name, True)

        def take(self, actor: str, record: Record, name: str, reason: bool) -> None:
            expected = self.predict_step(actor, name, record.state, reason)
            before = counts(app)
            response = world.api[actor].post(f"/api/v1/collaborations/{record.id}/{name}",
                                             json={"reason": "理由"} if reason else {})
            assert response.status_code == expected, (actor, record, name, expected_refusal(expected, response))
            if expected == 200:
                record.state, record.steps = COLLABORATION_STEPS[name].target, record.steps + 1
            else:
                assert counts(app) == before

        @invariant()
        def database_agrees_with_the_model(self):
            with app.app_context():
                rows = db.session.execute(
                    select(Collaboration.id, Collaboration.state).where(Collaboration.project_id == self.project)
                ).all()
                assert {i: s.value for i, s in rows} == {r.id: r.state for r in self.requests}
                assert sum(s.value in OPEN_COLLABORATION_STATES for _, s in rows) <= 1  # one open ask per unit
                for record in self.requests:
                    chain = db.session.execute(
                        select(CollaborationEvent.from_state, CollaborationEvent.to_state)
                        .where(CollaborationEvent.collaboration_id == record.id).order_by(CollaborationEvent.id)
                    ).all()
                    assert len(chain) == record.steps
                    assert [f for f, _ in chain] == [None] + [t for _, t in chain][:-1]  # unbroken
                    assert chain[-1][1] == record.state

    return Collaborations


def test_random_steps_on_collaborations_follow_the_table(app):
    run_state_machine_as_test(collaboration_machine(build_world(app)), settings=MACHINE_SETTINGS)


def test_the_models_know_every_step_of_the_tables():
    """If someone adds a step to a table, the models above must learn it (and this fails)."""
    assert set(MATCH_STEPS) == {"accept", "decline", "approve", "reject", "withdraw", "fulfil", "cancel"}
    assert set(COLLABORATION_STEPS) == {"accept", "decline", "withdraw", "done", "close"}
