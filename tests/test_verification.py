"""Checkable documents: the volunteer's service record certificate and the sponsor's
contribution statement carry a number, a code and a QR code of the public check page, which
shows only what the document says."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.sponsors.models import SponsorKind, SponsorProfile
from matchmaker.verification.models import Verification

from . import records_data as rd
from .test_execution_helpers import TODAY, count, give, parties, running_project
from .test_execution_recognition import text_of

CODE = re.compile(r"核验码：([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})")


@pytest.fixture
def served(app, api_as):
    """王安妮 (phone 13912345678) with 24 + 6.5 hours on two days, confirmed by 市民政局."""
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    ann = rd.volunteer(app, "王安妮", phone="13912345678")
    rd.admit(app, project_id, ann)
    for days, hours in ((12, 24), (11, "6.5")):
        activity_id = rd.activity(app, unit.user, project_id, held_on=TODAY - timedelta(days=days))
        body = {"records": [{"volunteer_id": ann.profile_id, "hours": hours}]}
        assert unit.post(f"/api/v1/activities/{activity_id}/attendance", json=body).status_code == 200
    return ann


def code_in(pdf: bytes) -> str:
    found = CODE.search(text_of(pdf))
    assert found, text_of(pdf)
    return found.group(1)


def test_the_certificate_lists_hours_and_its_code_checks_out(app, served, client):
    me = rd.signed_in(app, served, api=True)
    response = me.get("/api/v1/me/certificate.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Cache-Control"] == "private, no-store"
    text = text_of(response.data)
    for words in ("志愿服务记录证明", "王安妮", "30.5小时", "尚未评星", "社区老年人健康义诊", "市民政局",
                  (TODAY - timedelta(days=12)).isoformat(), "证明编号：ZYFW-"):
        assert words in text, words
    code = code_in(response.data)
    check = client.get(f"/verify/{code}")
    page = check.get_data(as_text=True)
    assert check.status_code == 200 and "核验通过" in page and "王**" in page and "30.5 小时" in page
    assert "王安妮" not in page and "13912345678" not in page and "社区老年人健康义诊" not in page
    assert check.headers["Cache-Control"] == "no-store"
    # lower case and without dashes, as someone might type it
    assert client.get(f"/verify/{code.replace('-', '').lower()}").status_code == 200


def test_an_unchanged_certificate_keeps_its_number_and_new_hours_get_a_new_one(app, served, api_as):
    me = rd.signed_in(app, served, api=False)
    first = code_in(me.get("/me/certificate.pdf").data)
    assert code_in(me.get("/me/certificate.pdf").data) == first and count(app, Verification) == 1
    with app.app_context():
        says = db.session.scalar(select(Verification.says))
    assert says == [["志愿者", "王**"], ["累计志愿服务时长", "30.5 小时"], ["星级", "尚未评星"]]


@pytest.mark.parametrize("code", ["AAAABBBBCCCCDDDD", "short", "0000111122223333", "<script>", "x" * 300])
def test_an_unknown_code_is_told_plainly(app, client, code):
    answer = client.get(f"/verify/{code}")
    assert answer.status_code == 404 and "没有找到这个核验码" in answer.get_data(as_text=True)


@pytest.mark.parametrize("role", ["unit", "sponsor", "office"])
def test_only_volunteers_download_a_certificate(app, api_as, role):
    assert api_as(role).get("/api/v1/me/certificate.pdf").status_code == 403


def test_the_certificate_needs_a_sign_in(app, client):
    assert client.get("/api/v1/me/certificate.pdf").status_code == 401
    assert client.get("/me/certificate.pdf").status_code == 302


@pytest.fixture
def statement(app, login_as):
    p = parties(app, login_as)
    give(app, p.project_id, p.sponsor.user, p.unit.user, p.office.user, quantity=1500)
    with app.app_context():
        p.profile_id = db.session.scalar(select(SponsorProfile.id).where(SponsorProfile.user_id == p.sponsor.user.id))
        p.name = db.session.get(SponsorProfile, p.profile_id).name
    return p


def test_the_statement_has_a_number_and_its_check_page_shows_what_it_says(app, statement, client):
    pdf = statement.sponsor.get(f"/statements/{statement.profile_id}.pdf").data
    assert "证明编号：JZZM-" in text_of(pdf)
    page = statement.sponsor.get(f"/statements/{statement.profile_id}").get_data(as_text=True)
    assert "<svg" in page and "核验码" in page
    check = client.get(f"/verify/{code_in(pdf)}").get_data(as_text=True)
    assert "爱心捐赠证明" in check and statement.name in check and "1,500 元" in check and "1 个" in check


def test_an_individual_sponsors_name_is_masked_on_the_check_page(app, statement, client):
    with app.app_context():
        profile = db.session.get(SponsorProfile, statement.profile_id)
        profile.kind, profile.name = SponsorKind.individual, "刘德明"
        db.session.commit()
    pdf = statement.sponsor.get(f"/statements/{statement.profile_id}.pdf").data
    check = client.get(f"/verify/{code_in(pdf)}").get_data(as_text=True)
    assert "刘**" in check and "刘德明" not in check


def test_the_qr_code_points_at_the_check_page(app, served):
    from matchmaker.verification.operations import check_url, printed

    with app.test_request_context(), app.app_context():
        verification = db.session.scalar(select(Verification)) or _issue()
        assert check_url(verification).endswith(f"/verify/{verification.code}")
        assert printed(verification)["qr"].startswith("<svg")


def _issue():
    from matchmaker.verification.operations import issue

    return issue("certificate", 1, "志愿服务记录证明", [["志愿者", "王*"]])
