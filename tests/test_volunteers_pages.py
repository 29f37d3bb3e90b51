"""Volunteers' pages: registration, profile, own data, closing; a unit's recruitment form; the
public list and a recruitment's page; sign-up, admission and refusals in Chinese on the page."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from matchmaker.auth.models import User
from matchmaker.collaborations.queries import today
from matchmaker.extensions import db
from matchmaker.volunteers.models import Recruitment, Signup, VolunteerProfile

from . import factories

FORM = {"name": "李小红", "phone": "13912345678", "district": "小店区", "skills": "急救，摄影",
        "availability": "周末", "username": "xiaohong", "password": "long-enough-pw", "consent": "y"}


def in_days(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def opened(app, login_as):
    """A unit signed in, its published project, and a recruitment of 1 place opened through the form."""
    unit = login_as("unit")
    project_id = factories.make_project(app, unit.user)
    form = unit.get(f"/projects/{project_id}/recruitments/new")
    assert form.status_code == 200 and "发布志愿者招募" in text(form)
    response = unit.post(f"/projects/{project_id}/recruitments/new", data={
        "title": "义诊引导员", "places": "1", "requirements": "会说普通话", "place": "坪阳社区",
        "starts_on": in_days(5), "ends_on": in_days(5), "signup_until": in_days(3), "need_id": ""})
    assert response.status_code == 302, text(response)
    with app.app_context():
        rid = db.session.scalar(select(Recruitment.id))
    unit.project_id, unit.recruitment_id = project_id, rid
    return unit


def test_a_person_registers_as_a_volunteer_on_the_page(app, client):
    page = client.get("/volunteers/register")
    assert "个人信息的收集和使用" in text(page) and "只向我报名的单位显示" in text(page)
    response = client.post("/volunteers/register", data=FORM)
    assert response.status_code == 302 and response.headers["Location"] == "/recruitments"
    assert "我的报名" in text(client.get("/recruitments"))  # signed in, with the volunteer's menu
    with app.app_context():
        profile = db.session.scalar(select(VolunteerProfile))
        assert profile.name == "李小红" and profile.skills == "急救、摄影" and profile.user.role.value == "volunteer"


@pytest.mark.parametrize("changes, message", [
    ({"consent": ""}, "请阅读并同意个人信息的收集和使用"),
    ({"phone": "1391234567"}, "请填写有效的 11 位手机号"),
    ({"district": ""}, "请选择有效的所在区县"),
    ({"name": ""}, "请填写真实姓名"),
])
def test_registration_refusals_are_shown_and_nothing_is_created(app, client, changes, message):
    response = client.post("/volunteers/register", data={**FORM, **changes})
    assert response.status_code == 200 and message in text(response)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_a_volunteer_edits_the_profile_downloads_the_data_and_closes_the_account(app, login_as):
    volunteer = login_as("volunteer")
    assert "下载我的数据" in text(volunteer.get("/volunteer/profile"))
    saved = volunteer.post("/volunteer/profile", data={"name": "新名字", "phone": "13700000000", "district": "晋源区",
                                                      "skills": "手语", "availability": "", "interests": "",
                                                      "birth_year": "1995"}, follow_redirects=True)
    assert "志愿者档案已保存" in text(saved)
    bad = volunteer.post("/volunteer/profile", data={"name": "新名字", "phone": "000", "district": "晋源区"})
    assert "请填写有效的 11 位手机号" in text(bad)
    download = volunteer.get("/volunteer/data.json")
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert download.get_json()["profile"]["phone"] == "13700000000"
    assert "确认注销" in text(volunteer.get("/volunteer/close"))
    closed = volunteer.post("/volunteer/close", follow_redirects=True)
    assert "账号已注销" in text(closed)
    assert volunteer.get("/volunteer/profile").status_code == 302  # signed out
    refused = volunteer.post("/login", data={"username": volunteer.user.username, "password": factories.PASSWORD})
    assert "用户名或密码错误" in text(refused)


def test_the_public_finds_the_recruitment_and_the_project_page_shows_it(app, client, opened):
    listed = text(client.get("/recruitments"))
    assert "义诊引导员" in listed and "还剩 <strong>1</strong> / 1 个名额" in listed
    assert "义诊引导员" in text(client.get("/recruitments?q=引导&district=小店区&category=13"))
    assert "义诊引导员" not in text(client.get("/recruitments?district=迎泽区"))
    assert "义诊引导员" not in text(client.get(f"/recruitments?date={in_days(30)}"))
    assert "区县" in text(client.get("/recruitments?district=朝阳区"))  # a bad filter is said, not a 500
    page = text(client.get(f"/recruitments/{opened.recruitment_id}"))
    assert "登录后报名" in page and "注册成为志愿者" in page
    assert "义诊引导员" in text(client.get(f"/projects/{opened.project_id}"))
    assert "志愿者招募" in text(client.get("/"))  # in the public menu


def test_sign_up_and_admission_through_the_pages(app, login_as, opened):
    volunteer = login_as("volunteer")
    signed = volunteer.post(f"/recruitments/{opened.recruitment_id}/signup", data={"message": "周末有空"},
                            follow_redirects=True)
    assert "报名成功" in text(signed) and "待录用" in text(signed)
    twice = volunteer.post(f"/recruitments/{opened.recruitment_id}/signup", data={}, follow_redirects=True)
    assert "您已报名此招募" in text(twice)
    with app.app_context():
        signup = db.session.scalar(select(Signup))
        phone = signup.volunteer.phone
        assert db.session.scalar(select(func.count()).select_from(Signup)) == 1
    waiting = text(opened.get("/unit/signups?state=applied"))
    assert phone in waiting and "周末有空" in waiting  # the unit signed up with sees the number
    no_reason = opened.post(f"/signups/{signup.id}/decline", data={"reason": ""}, follow_redirects=True)
    assert "需要填写理由" in text(no_reason)
    admitted = opened.post(f"/signups/{signup.id}/admit", data={"back": "/unit/signups"}, follow_redirects=True)
    assert "当前状态：已录用" in text(admitted)
    home = text(volunteer.get("/volunteer"))
    assert "义诊引导员" in home and "已录用" in home
    other = login_as("volunteer")
    full = other.post(f"/recruitments/{opened.recruitment_id}/signup", data={}, follow_redirects=True)
    assert "名额已满" in text(full) or "已停止报名" in text(full)


def test_phone_numbers_are_masked_for_the_office_and_absent_from_public_pages(app, client, login_as, opened):
    volunteer = login_as("volunteer")
    volunteer.post(f"/recruitments/{opened.recruitment_id}/signup", data={})
    with app.app_context():
        signup = db.session.scalar(select(Signup))
        phone = signup.volunteer.phone
    office = text(login_as("office").get(f"/signups/{signup.id}"))
    assert phone not in office and f"{phone[:3]}****{phone[-4:]}" in office
    assert phone in text(opened.get(f"/signups/{signup.id}"))
    stranger = login_as("unit", unit="团市委")
    assert stranger.get(f"/signups/{signup.id}").status_code == 404
    theirs = text(stranger.get("/unit/signups"))
    assert "暂无报名" in theirs and phone not in theirs
    for path in ("/recruitments", f"/recruitments/{opened.recruitment_id}", f"/projects/{opened.project_id}"):
        assert phone not in text(client.get(path))


def test_a_unit_closes_its_recruitment_and_others_cannot(app, login_as, opened):
    stranger = login_as("unit", unit="团市委")
    refused = stranger.post(f"/recruitments/{opened.recruitment_id}/close", follow_redirects=True)
    assert "只有项目所属单位" in text(refused)
    assert "结束招募" in text(opened.get(f"/recruitments/{opened.recruitment_id}"))
    closed = opened.post(f"/recruitments/{opened.recruitment_id}/close", follow_redirects=True)
    assert "不再接受报名" in text(closed) and "已停止报名" in text(closed)
    volunteer = login_as("volunteer")
    late = volunteer.post(f"/recruitments/{opened.recruitment_id}/signup", data={}, follow_redirects=True)
    assert "该招募已结束" in text(late)


def test_the_recruitment_form_refuses_bad_input_on_the_page(app, login_as, opened):
    response = opened.post(f"/projects/{opened.project_id}/recruitments/new", data={
        "title": "", "places": "0", "starts_on": in_days(5), "signup_until": in_days(3)})
    assert response.status_code == 200 and "请填写招募标题" in text(response)
    stranger = login_as("unit", unit="团市委")
    assert stranger.get(f"/projects/{opened.project_id}/recruitments/new").status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Recruitment)) == 1


def test_sponsors_and_the_office_cannot_sign_up(app, login_as, opened):
    for role in ("sponsor", "office"):
        response = login_as(role).post(f"/recruitments/{opened.recruitment_id}/signup", data={})
        assert response.status_code == 403
    assert "只有志愿者可以报名" in text(login_as("sponsor").get(f"/recruitments/{opened.recruitment_id}"))
