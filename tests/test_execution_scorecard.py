"""The units' yearly scorecard: the pure rules, the facts counted from the records, who may
see a card, and the Excel export."""

from dataclasses import fields
from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from matchmaker.catalog.models import Unit
from matchmaker.execution import exports
from matchmaker.execution.assessment import Year, report_periods, share_in_year
from matchmaker.execution.models import Summary
from matchmaker.execution.scorecard import PART_LABELS, TARGETS, WEIGHTS, Facts, Weights, score
from matchmaker.extensions import db
from matchmaker.matches.models import Match, MatchEvent
from matchmaker.models_base import utcnow
from matchmaker.projects.models import Project

from . import factories
from .test_execution_helpers import ACTIVITY, SUMMARY, TODAY, error, give, running_project

# --- the pure rules -----------------------------------------------------------------------------


def test_the_weights_add_up_to_100_and_every_part_has_a_label():
    assert sum(getattr(WEIGHTS, f.name) for f in fields(Weights)) == 100
    assert set(PART_LABELS) == {f.name for f in fields(Weights)}
    assert set(exports.FACT_LABELS) == {f.name for f in fields(Facts)}


def test_a_unit_that_ran_nothing_scores_zero():
    card = score(Facts())
    assert card.score == 0.0
    assert card.parts["projects_run"] == 0.0
    assert all(card.parts[name] is None for name in PART_LABELS if name != "projects_run")


def test_a_perfect_year_scores_100():
    facts = Facts(projects_run=TARGETS.projects_run, needs=4, needs_met=4, matches=5, matches_on_time=5,
                  report_periods=6, report_periods_covered=6, activities=20, sessions_planned=12.0,
                  volunteer_hours=Decimal(300), hours_planned=240.0, rated=2, stars=10)
    card = score(facts)
    assert card.score == 100.0 and set(card.parts.values()) == {1.0}


def test_parts_without_records_are_left_out_and_the_rest_scale():
    # One project of three (1/3 of 10 points), half its needs met (0.5 of 15), nothing else to judge:
    # (10/3 + 7.5) / 25 = 43.3 of 100.
    card = score(Facts(projects_run=1, needs=2, needs_met=1))
    assert card.score == 43.3
    assert card.parts["matches_on_time"] is None and card.parts["ratings"] is None


def test_the_rules_follow_other_weights():
    only_ratings = Weights(**{f.name: 0 for f in fields(Weights)} | {"ratings": 1})
    assert score(Facts(projects_run=1, rated=1, stars=3), only_ratings).score == 60.0


def test_facts_add_up():
    total = Facts(projects_run=1, volunteer_hours=Decimal("1.5")) + Facts(projects_run=2, volunteer_hours=Decimal(2))
    assert total.projects_run == 3 and total.volunteer_hours == Decimal("3.5")


def test_a_project_counts_for_the_part_of_its_plan_inside_the_year():
    project = Project(start_on=date(2025, 11, 1), end_on=date(2026, 2, 28))  # 120 days
    assert share_in_year(project, Year(2026, date(2026, 1, 1), date(2026, 12, 31))) == pytest.approx(59 / 120)
    assert share_in_year(project, Year(2025, date(2025, 1, 1), date(2025, 12, 31))) == pytest.approx(61 / 120)


# --- facts from the records ---------------------------------------------------------------------

@pytest.fixture
def year_of_work(app, api_as):
    """市民政局 with a branch; the branch runs a project with two activities, two reports, a
    fulfilled pledge, a pledge left waiting too long, a summary and a rating."""
    factories.make_branch(app, "坪阳社区志愿服务站", "市民政局")
    branch, lead, office = api_as("unit", unit="坪阳社区志愿服务站"), api_as("unit", unit="市民政局"), api_as("office")
    sponsor = api_as("sponsor")
    start = date(TODAY.year, 1, 1)
    project_id = running_project(app, branch.user, start_on=start.isoformat(), end_on=TODAY.isoformat(),
                                 sessions_planned=4, service_hours=100)
    give(app, project_id, sponsor.user, branch.user, office.user)  # answered at once
    late = give(app, project_id, sponsor.user, branch.user, office.user, to="submitted", quantity=10)
    with app.app_context():
        long_ago = utcnow() - timedelta(days=10)
        db.session.execute(update(Match).where(Match.id == late).values(created_at=long_ago))
        db.session.execute(update(Project).where(Project.id == project_id)
                           .values(published_at=utcnow() - timedelta(days=(TODAY - start).days)))
        db.session.commit()
    for held_on in (TODAY - timedelta(days=3), TODAY - timedelta(days=2)):
        branch.post(f"/api/v1/projects/{project_id}/activities",
                    json={**ACTIVITY, "held_on": held_on.isoformat(), "volunteer_hours": 30})
    branch.post(f"/api/v1/projects/{project_id}/reports", json={"kind": "progress", "body": "进展"})
    return type("Work", (), dict(branch=branch, lead=lead, office=office, sponsor=sponsor, project_id=project_id,
                                 late=late))


def card_of(client, unit_name, app, year=None):
    with app.app_context():
        unit_id = db.session.scalar(select(Unit.id).where(Unit.name == unit_name))
    query = f"?year={year}" if year else ""
    return client.get(f"/api/v1/units/{unit_id}/scorecard{query}")


def test_the_facts_are_counted_from_the_records(app, year_of_work):
    body = card_of(year_of_work.office, "坪阳社区志愿服务站", app).get_json()
    facts = body["facts"]
    assert facts["projects_run"] == 1 and facts["activities"] == 2 and facts["volunteer_hours"] == 60.0
    assert facts["people_served"] == 160
    assert facts["needs"] == 2 and facts["needs_met"] == 0
    assert facts["matches"] == 2 and facts["matches_on_time"] == 1  # one answered, one left waiting 10 days
    assert facts["sessions_planned"] == pytest.approx(4.0) and facts["hours_planned"] == pytest.approx(100.0)
    assert facts["rated"] == 0 and body["parts"]["ratings"] is None
    assert body["parts"]["activities"] == 0.5 and body["parts"]["volunteer_hours"] == 0.6
    assert body["parts"]["matches_on_time"] == 0.5
    assert body["weights"]["ratings"] == {"label": "项目评星", "weight": 20}
    assert 0 < body["score"] < 100


def test_the_lead_unit_answers_for_its_branch(app, year_of_work):
    lead = card_of(year_of_work.office, "市民政局", app).get_json()
    branch = card_of(year_of_work.office, "坪阳社区志愿服务站", app).get_json()
    assert lead["facts"] == branch["facts"] and lead["unit"]["lead"] is True
    other = card_of(year_of_work.office, "市教育局", app).get_json()
    assert other["facts"]["projects_run"] == 0 and other["score"] == 0.0


def test_a_completed_and_rated_project_counts_its_stars(app, year_of_work):
    office, branch = year_of_work.office, year_of_work.branch
    branch.post(f"/api/v1/matches/{year_of_work.late}/decline", json={"reason": "已足够"})
    assert branch.post(f"/api/v1/projects/{year_of_work.project_id}/summary", json=SUMMARY).status_code == 201
    office.post(f"/api/v1/projects/{year_of_work.project_id}/rating", json={"stars": 4, "comment": "好"})
    body = card_of(office, "坪阳社区志愿服务站", app).get_json()
    assert body["facts"]["projects_completed"] == 1 and body["facts"]["stars"] == 4
    assert body["parts"]["ratings"] == 0.8
    assert body["facts"]["matches_on_time"] == 1  # declined, but after the limit


def test_a_project_finished_in_an_earlier_year_is_not_counted_again(app, year_of_work):
    branch = year_of_work.branch
    year_of_work.sponsor.post(f"/api/v1/matches/{year_of_work.late}/withdraw")
    assert branch.post(f"/api/v1/projects/{year_of_work.project_id}/summary", json=SUMMARY).status_code == 201
    with app.app_context():
        db.session.execute(update(Summary).values(created_at=utcnow() - timedelta(days=400)))
        db.session.commit()
    assert card_of(year_of_work.office, "坪阳社区志愿服务站", app).get_json()["facts"]["projects_run"] == 0


def test_reports_on_time_count_whole_stretches(app):
    project = Project(start_on=date(2026, 1, 1), end_on=date(2026, 12, 31),
                      published_at=utcnow().replace(year=2025))
    year = Year(2026, date(2026, 1, 1), date(2026, 4, 10))  # 100 days: three whole stretches of 30
    with app.app_context():
        days = [date(2026, 1, 5), date(2026, 1, 20), date(2026, 3, 15)]
        assert report_periods(project, year, None, days) == (3, 2)
        assert report_periods(project, year, None, [*days, date(2026, 4, 5)]) == (4, 3)  # the partial one, reported
        # Completed on 10 January: only a short stretch, which counts because it was reported.
        assert report_periods(project, year, date(2026, 1, 10), days) == (1, 1)
        assert report_periods(project, year, date(2026, 1, 10), days[1:]) == (0, 0)


def test_a_withdrawal_in_time_is_not_held_against_the_unit(app, year_of_work):
    year_of_work.sponsor.post(f"/api/v1/matches/{year_of_work.late}/withdraw")
    with app.app_context():
        created = db.session.get(Match, year_of_work.late).created_at
        db.session.execute(update(MatchEvent).where(MatchEvent.match_id == year_of_work.late,
                                                    MatchEvent.to_state == "withdrawn").values(at=created))
        db.session.commit()
    assert card_of(year_of_work.office, "坪阳社区志愿服务站", app).get_json()["facts"]["matches"] == 1


# --- who may see --------------------------------------------------------------------------------

def test_who_may_see_a_scorecard(app, year_of_work, api_as):
    assert card_of(year_of_work.branch, "坪阳社区志愿服务站", app).status_code == 200
    assert card_of(year_of_work.lead, "坪阳社区志愿服务站", app).status_code == 200  # the lead sees its branch
    refused = card_of(year_of_work.branch, "市民政局", app)
    assert refused.status_code == 403 and "本单位及下属组织" in error(refused)["message"]
    assert card_of(api_as("unit", unit="市教育局"), "坪阳社区志愿服务站", app).status_code == 403
    assert card_of(year_of_work.sponsor, "市民政局", app).status_code == 403
    assert app.test_client().get("/api/v1/units/1/scorecard").status_code == 401
    assert year_of_work.office.get("/api/v1/units/999999/scorecard").status_code == 404


@pytest.mark.parametrize("year", ["2017", str(TODAY.year + 1), "last"])
def test_a_year_outside_the_records_is_refused(app, year_of_work, year):
    response = card_of(year_of_work.office, "市民政局", app, year=year)
    assert response.status_code == 422 and error(response)["field"] == "year"


def test_an_earlier_year_has_its_own_card(app, year_of_work):
    body = card_of(year_of_work.office, "坪阳社区志愿服务站", app, year=TODAY.year - 1).get_json()
    assert body["year"] == TODAY.year - 1 and body["facts"]["projects_run"] == 0


# --- pages and export ---------------------------------------------------------------------------

def test_the_office_sees_every_units_card_ranked(app, year_of_work, login_as):
    office = login_as("office")
    page = office.get("/office/scorecards").get_data(as_text=True)
    assert page.index("坪阳社区志愿服务站") < page.index("市教育局")  # ranked by score
    assert "权重" in page and "导出 Excel" in page
    with app.app_context():
        unit_id = db.session.scalar(select(Unit.id).where(Unit.name == "坪阳社区志愿服务站"))
    detail = office.get(f"/scorecards/{unit_id}").get_data(as_text=True)
    assert "2 次活动 / 计划 4.0 次" in detail
    assert login_as("unit", unit="坪阳社区志愿服务站").get(f"/scorecards/{unit_id}").status_code == 200
    assert login_as("unit", unit="市教育局").get(f"/scorecards/{unit_id}").status_code == 403
    assert login_as("unit").get("/office/scorecards").status_code == 403
    assert office.get("/office/scorecards?year=abc").status_code == 422


def test_the_export_is_a_workbook_whose_text_never_runs(app, year_of_work, login_as):
    with app.app_context():
        db.session.execute(update(Unit).where(Unit.name == "坪阳社区志愿服务站").values(name='=HYPERLINK("http://x")'))
        db.session.commit()
    response = login_as("office").get(f"/office/scorecards.xlsx?year={TODAY.year}")
    assert response.status_code == 200 and response.mimetype.endswith("spreadsheetml.sheet")
    assert "attachment" in response.headers["Content-Disposition"]
    sheet = load_workbook(BytesIO(response.data)).active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["名次", "单位", "上级单位", "项目类别", "综合得分"]
    assert "项目评星（权重 20）" in header and "服务人次" in header
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    evil = rows['=HYPERLINK("http://x")']
    assert evil[1].data_type == "s"  # text, not a formula
    assert evil[2].value == "市民政局"
    assert rows["市民政局"][0].value == 1 and evil[0].value == 2  # same score as its lead unit, listed after it
    assert rows["市民政局"][4].value == evil[4].value > 0
    assert len(rows) == db_units(app)


def db_units(app) -> int:
    with app.app_context():
        return len(db.session.scalars(select(Unit.id)).all())


def test_a_cell_that_looks_like_a_formula_is_text():
    from openpyxl import Workbook

    sheet = Workbook(write_only=True).create_sheet()
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert exports.cell(sheet, text).data_type == "s"
    assert exports.cell(sheet, "市民政局") == "市民政局" and exports.cell(sheet, 5) == 5
