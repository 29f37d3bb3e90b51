"""Office clerks racing over one submitted plan against a real gunicorn with four workers:
some press 审核发布, others 退回修改, all at the same moment. Exactly one step is taken."""

from collections import Counter

from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.projects.models import Project, ProjectEvent

from .. import factories
from .conftest import race

RACERS = 40


def test_racing_publish_and_return_take_exactly_one_step(app, live_server):
    unit = factories.make_user(app, "unit")
    clerks = [factories.make_user(app, "office") for _ in range(4)]
    project_id = factories.make_project(app, unit, status="submitted")
    tokens = [live_server.token(clerk) for clerk in clerks]

    def press(n: int):
        token = tokens[n % len(tokens)]
        if n % 2:
            return lambda: live_server.call("POST", f"/api/v1/projects/{project_id}/return", token,
                                            json={"reason": f"第 {n} 位办事员退回"})
        return lambda: live_server.call("POST", f"/api/v1/projects/{project_id}/publish", token)

    answers = race(press(n) for n in range(RACERS))

    assert Counter(answer.status for answer in answers) == {200: 1, 409: RACERS - 1}, live_server.log_tail()
    # The losers either found the plan moved under their UPDATE, or read it after the winner's commit.
    assert {a.body["error"]["code"] for a in answers if a.status == 409} <= {"stale_state", "step_not_allowed"}
    winner = next(n for n, answer in enumerate(answers) if answer.status == 200)
    won = "return" if winner % 2 else "publish"
    with app.app_context():
        project = db.session.get(Project, project_id)
        assert project.status.value == ("draft" if won == "return" else "published")
        assert project.return_reason == (f"第 {winner} 位办事员退回" if won == "return" else "")
        steps = db.session.scalars(
            select(AuditEntry.action).where(AuditEntry.target_type == "project", AuditEntry.target_id == project_id,
                                            AuditEntry.action.in_(["project.publish", "project.return"]))
        ).all()
        assert steps == [f"project.{won}"]
        events = db.session.execute(
            select(ProjectEvent.from_state, ProjectEvent.to_state).where(ProjectEvent.project_id == project_id)
            .order_by(ProjectEvent.id)
        ).all()
        assert [tuple(e) for e in events] == [
            (None, "draft"), ("draft", "submitted"), ("submitted", project.status.value),
        ]
