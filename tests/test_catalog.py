"""The notice's 26 programmes and 31 lead units: seed, pages and API."""

import re
from pathlib import Path

from sqlalchemy import func, select

from matchmaker.catalog.models import Category, Unit
from matchmaker.catalog.programmes import PROGRAMMES
from matchmaker.catalog.seed import seed_programmes
from matchmaker.extensions import db

NOTICE = Path(__file__).resolve().parents[1] / "docs" / "notice-taiyuan-2018-8.txt"


def test_programmes_are_the_notices_own():
    """Each number, name and lead unit is read back from the notice text itself."""
    text = NOTICE.read_text(encoding="utf-8")
    listed = re.findall(r"(\d+)、(\S+项目)\s+牵头单位:(\S+)", text)
    from_notice = [(int(n), name, tuple(units.split("、"))) for n, name, units in listed]
    assert from_notice == list(PROGRAMMES)
    assert len(PROGRAMMES) == 26
    assert sum(len(units) for _, _, units in PROGRAMMES) == 31


def test_seed_is_idempotent(app):
    with app.app_context():
        assert seed_programmes() == (0, 0)  # the fixture seeded already
        assert db.session.scalar(select(func.count()).select_from(Category)) == 26
        assert db.session.scalar(select(func.count()).select_from(Unit)) == 31
        southern = db.session.scalar(select(Category).where(Category.number == 26))
        assert [u.name for u in southern.lead_units] == ["太原火车站", "太原南站", "武宿机场"]


def test_home_page_lists_every_programme_and_lead_unit(client):
    page = client.get("/").get_data(as_text=True)
    for _number, name, units in PROGRAMMES:
        assert name in page
        for unit in units:
            assert unit in page
    assert "26 个志愿服务项目类别、31 家牵头单位" in page


def test_api_categories_and_units(client):
    items = client.get("/api/v1/categories").get_json()["items"]
    assert [c["number"] for c in items] == list(range(1, 27))
    assert [u["name"] for u in items[2]["lead_units"]] == ["市老龄办", "市老干局"]
    units = client.get("/api/v1/units").get_json()["items"]
    assert len(units) == 31 and all(u["is_lead"] for u in units)


def test_demo_seed_is_idempotent_and_alive(app):
    from matchmaker.demo import seed_demo
    from matchmaker.projects.models import Project, ProjectStatus

    with app.app_context():
        first = seed_demo("demo-password")
        assert first["projects"] == 40 and first["users"] >= 15 and first["matches"] == 8
        assert first["recruitments"] == 1  # an open recruitment, and a volunteer account to sign up
        assert seed_demo("demo-password") == {"users": 0, "projects": 0, "matches": 0, "recruitments": 0}
        districts = db.session.scalars(select(Project.district).distinct()).all()
        assert len(districts) == 10
        published = db.session.scalar(
            select(func.count()).where(Project.status == ProjectStatus.published)
        )
        assert published >= 30
        from matchmaker.matches.models import Match
        from matchmaker.projects.models import Need

        states = sorted(db.session.scalars(select(Match.state)).all())
        assert {s.value for s in states} == {"submitted", "accepted", "approved", "fulfilled"}
        assert db.session.scalar(select(func.count()).where(Need.approved_quantity > 0)) == 5
