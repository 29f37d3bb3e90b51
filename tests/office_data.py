"""A small city for the office's tests: projects in two programmes and matches at every step,
built through the real operations, so the dashboard, lists, exports and audit log read
what production would hold.

Programme 6 (市民政局 and its branch 桥头街社区): project "邻里" published (money 10000 元,
goods 10 台) and a branch's draft. Programme 13 (市卫计委): project "义诊" published (money
5000 元, volunteers 20 人) and one submitted. Eight matches:

  m1 enterprise pledges 3000 元 to 邻里      accepted → approved → fulfilled
  m2 merchant   pledges 4 台 to 邻里         accepted → approved
  m3 individual claims 义诊                  accepted → rejected
  m4 enterprise pledges 5 人 to 义诊         declined
  m5 merchant   pledges 1000 元 to 义诊      submitted
  m6 individual pledges 500 元 to 邻里       accepted → withdrawn
  m7 enterprise pledges 2000 元 to 义诊      accepted → approved → cancelled
  m8 merchant   pledges 8 人 to 义诊         accepted
"""

import re
from types import SimpleNamespace

from sqlalchemy import func, select

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.matches.operations import create_match, step_match
from matchmaker.projects.models import Need
from matchmaker.sponsors.models import SponsorKind, SponsorProfile

from . import factories

BRANCH = "桥头街社区"
LIST_TOTAL = re.compile(r'id="list-total">([\d,]+)<')

STEPS = {
    "m1": ("enterprise", "邻里", "money", 3000, ["accept", "approve", "fulfil"]),
    "m2": ("merchant", "邻里", "goods", 4, ["accept", "approve"]),
    "m3": ("individual", "义诊", None, None, ["accept", "reject"]),
    "m4": ("enterprise", "义诊", "volunteers", 5, ["decline"]),
    "m5": ("merchant", "义诊", "money", 1000, []),
    "m6": ("individual", "邻里", "money", 500, ["accept", "withdraw"]),
    "m7": ("enterprise", "义诊", "money", 2000, ["accept", "approve", "cancel"]),
    "m8": ("merchant", "义诊", "volunteers", 8, ["accept"]),
}


def build_city(app) -> SimpleNamespace:
    office = factories.make_user(app, "office")
    minzheng = factories.make_user(app, "unit", unit="市民政局")
    weiji = factories.make_user(app, "unit", unit="市卫计委")
    branch_id = factories.make_branch(app, BRANCH, "市民政局")
    branch = factories.make_user(app, "unit", unit=BRANCH)
    projects = {
        "邻里": factories.make_project(app, minzheng, title="邻里守望互助", category=6, district="小店区"),
        "义诊": factories.make_project(app, weiji, title="社区义诊", category=13, district="迎泽区", needs=[
            {"kind": "money", "description": "药品经费", "quantity": 5000},
            {"kind": "volunteers", "description": "医护志愿者", "quantity": 20, "unit": "人"},
        ]),
        "草稿": factories.make_project(app, branch, status="draft", title="楼道清洁", category=6, district="小店区"),
        "待审": factories.make_project(app, weiji, status="submitted", title="急救培训", category=13, district="迎泽区"),
    }
    sponsors = {kind: make_sponsor(app, kind) for kind in ("enterprise", "merchant", "individual")}
    units = {"邻里": minzheng, "义诊": weiji}
    matches = {name: make_match(app, sponsors[kind], projects[project], need, quantity, steps, units[project], office)
               for name, (kind, project, need, quantity, steps) in STEPS.items()}
    return SimpleNamespace(office=office, minzheng=minzheng, weiji=weiji, branch=branch, branch_id=branch_id,
                           projects=projects, sponsors=sponsors, matches=matches)


def make_sponsor(app, kind: str):
    sponsor = factories.make_user(app, "sponsor")
    with app.app_context():
        profile = db.session.scalar(select(SponsorProfile).where(SponsorProfile.user_id == sponsor.id))
        profile.kind = SponsorKind(kind)
        db.session.commit()
    return sponsor


def make_match(app, sponsor, project_id, need_kind, quantity, steps, unit, office) -> int:
    with app.app_context():
        data = {"project_id": project_id, "kind": "claim", "message": "一点心意"}
        if need_kind:
            need_id = db.session.scalar(select(Need.id).where(Need.project_id == project_id, Need.kind == need_kind))
            data.update(kind="pledge", need_id=need_id, quantity=quantity)
        match, _ = create_match(db.session.get(User, sponsor.id), data)
        actors = {"accept": unit, "decline": unit, "fulfil": unit, "withdraw": sponsor}
        for name in steps:
            actor = db.session.get(User, actors.get(name, office).id)
            step_match(actor, match, name, "理由" if name in ("decline", "reject", "cancel") else None)
        return match.id


def list_total(response) -> int:
    """The number of records a drill-down list says it holds."""
    found = LIST_TOTAL.search(response.get_data(as_text=True))
    assert found, response.get_data(as_text=True)[:2000]
    return int(found.group(1).replace(",", ""))


def count(app, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))
