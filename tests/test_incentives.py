"""Incentives (激励回馈): a merchant posts, volunteers who qualify take a code, the merchant
redeems it once. Every refusal changes nothing. The race for the last ones is in tests/live."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.incentives.models import Incentive, IncentiveCode
from matchmaker.sponsors.models import SponsorKind, SponsorProfile

from . import records_data as rd
from .test_execution_helpers import TODAY, count, error, notices, running_project

OFFER = {"title": "凭码午餐八折", "description": "每人限用一次", "min_stars": 0, "min_hours": 5, "quantity": 2,
         "valid_until": (TODAY + timedelta(days=30)).isoformat()}


def as_kind(app, client, kind: str):
    with app.app_context():
        profile = db.session.scalar(select(SponsorProfile).where(SponsorProfile.user_id == client.user.id))
        profile.kind, profile.name = SponsorKind(kind), "晋味面馆"
        db.session.commit()
    return client


@pytest.fixture
def shop(app, api_as):
    return as_kind(app, api_as("sponsor"), "merchant")


def served(app, unit, *hours_by_person) -> None:
    """Each (volunteer, hours) pair gets the hours on one activity of a running project of `unit`."""
    project_id = running_project(app, unit.user)
    activity_id = rd.activity(app, unit.user, project_id)
    for person, _ in hours_by_person:
        rd.admit(app, project_id, person)
    body = {"records": [{"volunteer_id": p.profile_id, "hours": h} for p, h in hours_by_person]}
    assert unit.post(f"/api/v1/activities/{activity_id}/attendance", json=body).status_code == 200


@pytest.fixture
def people(app, api_as):
    """ann has 6 hours, bob 8, cai 2 (below the offer's 5)."""
    ann, bob, cai = rd.volunteer(app, "王安妮"), rd.volunteer(app, "赵博文"), rd.volunteer(app, "蔡小")
    served(app, api_as("unit"), (ann, 6), (bob, 8), (cai, 2))
    return [rd.signed_in(app, person, api=True) for person in (ann, bob, cai)]


def post(shop, **changes):
    return shop.post("/api/v1/incentives", json={**OFFER, **changes})


def test_a_merchant_posts_volunteers_take_and_the_merchant_redeems(app, shop, people):
    ann, bob, cai = people
    posted = post(shop)
    assert posted.status_code == 201, posted.get_json()
    incentive_id = posted.get_json()["id"]
    assert posted.get_json()["requirement"] == "服务满 5.0 小时"
    assert [i["id"] for i in ann.get("/api/v1/incentives").get_json()["items"]] == [incentive_id]
    assert cai.get("/api/v1/incentives").get_json()["items"] == []
    taken = ann.post(f"/api/v1/incentives/{incentive_id}/take")
    assert taken.status_code == 201
    code = taken.get_json()["code"]
    assert len(code) == 10 and taken.get_json()["redeemed_at"] is None
    redeemed = shop.post(f"/api/v1/incentives/codes/{code.lower()}/redeem")
    assert redeemed.status_code == 200 and redeemed.get_json()["redeemed_at"]
    assert ann.get("/api/v1/incentives/codes").get_json()["items"][0]["redeemed_at"]
    assert any("已在晋味面馆核销使用" in m for m in notices(app, ann.user))
    assert shop.get("/api/v1/incentives").get_json()["items"][0]["taken"] == 1


def test_an_enterprise_may_post_but_not_an_individual(app, api_as):
    assert post(as_kind(app, api_as("sponsor"), "enterprise")).status_code == 201
    for kind in ("individual", "social_org"):
        answer = post(as_kind(app, api_as("sponsor"), kind))
        assert answer.status_code == 403 and "爱心商户和企业" in error(answer)["message"]
    assert count(app, Incentive) == 1


@pytest.mark.parametrize("role", ["unit", "office"])
def test_other_roles_cannot_post(app, api_as, role):
    assert post(api_as(role)).status_code == 403 and count(app, Incentive) == 0


def test_a_volunteer_cannot_post_or_redeem(app, shop, people):
    assert post(people[0]).status_code == 403
    assert people[0].post("/api/v1/incentives/codes/ABCDEFGHJK/redeem").status_code == 403


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": ""}, "title"), ({"title": "券" * 61}, "title"), ({"quantity": 0}, "quantity"),
    ({"quantity": "many"}, "quantity"), ({"min_stars": 6}, "min_stars"), ({"min_hours": -1}, "min_hours"),
    ({"valid_until": (TODAY - timedelta(days=1)).isoformat()}, "valid_until"), ({"valid_until": "soon"}, "valid_until"),
])
def test_bad_incentives_are_refused(app, shop, changes, field):
    answer = post(shop, **changes)
    assert answer.status_code == 422 and error(answer)["field"] == field and count(app, Incentive) == 0


def test_one_who_does_not_qualify_cannot_take(app, shop, people):
    incentive_id = post(shop).get_json()["id"]
    answer = people[2].post(f"/api/v1/incentives/{incentive_id}/take")
    assert answer.status_code == 403 and error(answer)["code"] == "not_qualified"
    assert "服务满 5.0 小时" in error(answer)["message"]
    by_level = post(shop, min_stars=1, min_hours=0).get_json()["id"]
    assert people[1].post(f"/api/v1/incentives/{by_level}/take").status_code == 403
    assert count(app, IncentiveCode) == 0


def test_taking_twice_or_past_the_quota_is_refused(app, shop, people, api_as):
    incentive_id = post(shop, quantity=1).get_json()["id"]
    assert people[0].post(f"/api/v1/incentives/{incentive_id}/take").status_code == 201
    again = people[0].post(f"/api/v1/incentives/{incentive_id}/take")
    assert again.status_code == 409 and error(again)["code"] == "already_taken"
    late = people[1].post(f"/api/v1/incentives/{incentive_id}/take")
    assert late.status_code == 409 and error(late)["code"] == "sold_out"
    assert count(app, IncentiveCode) == 1
    with app.app_context():
        assert db.session.get(Incentive, incentive_id).taken == 1
    assert people[1].get("/api/v1/incentives").get_json()["items"] == []  # none left: not offered


def test_an_expired_incentive_cannot_be_taken(app, shop, people):
    incentive_id = post(shop).get_json()["id"]
    with app.app_context():
        db.session.get(Incentive, incentive_id).valid_until = TODAY - timedelta(days=1)
        db.session.commit()
    assert people[0].post(f"/api/v1/incentives/{incentive_id}/take").status_code == 409
    assert people[0].post("/api/v1/incentives/999999/take").status_code == 404
    assert count(app, IncentiveCode) == 0


def test_a_code_is_redeemed_once_and_only_by_its_merchant(app, shop, people, api_as):
    code = people[0].post(f"/api/v1/incentives/{post(shop).get_json()['id']}/take").get_json()["code"]
    other = as_kind(app, api_as("sponsor"), "merchant")
    assert other.post(f"/api/v1/incentives/codes/{code}/redeem").status_code == 404
    assert shop.post(f"/api/v1/incentives/codes/{code}/redeem").status_code == 200
    twice = shop.post(f"/api/v1/incentives/codes/{code}/redeem")
    assert twice.status_code == 409 and error(twice)["code"] == "already_redeemed"
    assert shop.post("/api/v1/incentives/codes/NOSUCHCODE/redeem").status_code == 404


def test_incentives_appear_on_the_merchants_honour_entry(app, shop, people, login_as):
    from .test_execution_helpers import give, parties

    p = parties(app, login_as)
    give(app, p.project_id, p.sponsor.user, p.unit.user, p.office.user)
    merchant = as_kind(app, p.sponsor, "merchant")
    merchant_api = rd.signed_in(app, merchant.user, api=True)
    incentive_id = post(merchant_api).get_json()["id"]
    people[0].post(f"/api/v1/incentives/{incentive_id}/take")
    page = app.test_client().get("/honour/sponsors").get_data(as_text=True)
    assert "激励回馈志愿者 1 项，已领取 1 份" in page


# --- pages ----------------------------------------------------------------------------------

def test_the_pages_post_take_and_redeem(app, login_as, api_as):
    ann = rd.volunteer(app, "王安妮")
    served(app, api_as("unit"), (ann, 6))
    shop = as_kind(app, login_as("sponsor"), "merchant")
    form = {k: str(v) for k, v in OFFER.items()}
    assert shop.post("/sponsor/incentives", data=form).status_code == 302
    me = rd.signed_in(app, ann, api=False)
    page = me.get("/incentives").get_data(as_text=True)
    assert "凭码午餐八折" in page and "晋味面馆" in page
    with app.app_context():
        incentive_id = db.session.scalar(select(Incentive.id))
    assert me.post(f"/incentives/{incentive_id}/take").status_code == 302
    again = me.post(f"/incentives/{incentive_id}/take", follow_redirects=True).get_data(as_text=True)
    assert "您已经领取过这项激励" in again
    with app.app_context():
        code = db.session.scalar(select(IncentiveCode.code))
    assert code in again
    done = shop.post("/sponsor/incentives/redeem", data={"code": code}, follow_redirects=True)
    assert f"兑换码 {code} 已核销" in done.get_data(as_text=True)
    twice = shop.post("/sponsor/incentives/redeem", data={"code": code}, follow_redirects=True)
    assert "已经使用过了" in twice.get_data(as_text=True)
    assert "已领取 1 / 2 份" in twice.get_data(as_text=True)


def test_the_post_form_shows_errors_in_chinese_and_keeps_values(app, login_as):
    shop = as_kind(app, login_as("sponsor"), "merchant")
    page = shop.post("/sponsor/incentives", data={**{k: str(v) for k, v in OFFER.items()}, "quantity": "0"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "提供数量至少为 1" in text and "凭码午餐八折" in text
    assert count(app, Incentive) == 0


def test_pages_refuse_wrong_roles(app, login_as):
    assert login_as("unit").get("/incentives").status_code == 403
    assert login_as("unit").get("/sponsor/incentives").status_code == 403
    individual = as_kind(app, login_as("sponsor"), "individual")
    assert individual.get("/sponsor/incentives").status_code == 403
