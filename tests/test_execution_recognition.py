"""Recognition of sponsors: the public honour roll, and each sponsor's statement of what it
gave, confirmed by the units, as a printable page and a PDF with real Chinese text."""

import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.sponsors.models import SponsorProfile

from .test_execution_helpers import TODAY, give, parties


@pytest.fixture
def gifts(app, login_as):
    """A sponsor (signed in) with one confirmed gift of 500 yuan and one still only approved."""
    p = parties(app, login_as)
    p.fulfilled = give(app, p.project_id, p.sponsor.user, p.unit.user, p.office.user, quantity=500)
    p.approved = give(app, p.project_id, p.sponsor.user, p.unit.user, p.office.user, to="approved", quantity=70)
    with app.app_context():
        p.profile_id = db.session.scalar(select(SponsorProfile.id).where(SponsorProfile.user_id == p.sponsor.user.id))
        p.name = db.session.get(SponsorProfile, p.profile_id).name
    return p


def text_of(pdf: bytes) -> str:
    """The PDF's text without white space (the title is letter-spaced)."""
    return "".join("".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


def test_the_honour_roll_lists_confirmed_gifts_for_everyone(app, gifts):
    page = app.test_client().get("/honour/sponsors").get_data(as_text=True)
    assert gifts.name in page and "500" in page and "70" not in page.split(gifts.name)[1].split("</tr>")[0]


def test_a_sponsor_with_nothing_confirmed_is_not_on_the_roll(app, login_as):
    p = parties(app, login_as)
    give(app, p.project_id, p.sponsor.user, p.unit.user, p.office.user, to="approved")
    assert "第一份确认到位的爱心捐赠" in app.test_client().get("/honour/sponsors").get_data(as_text=True)


def test_the_statement_lists_what_the_unit_confirmed(app, gifts):
    response = gifts.sponsor.get("/sponsor/statement")
    assert response.status_code == 302
    page = gifts.sponsor.get(response.headers["Location"]).get_data(as_text=True)
    assert "爱心捐赠证明" in page and gifts.name in page and "社区老年人健康义诊" in page
    assert "药品与耗材经费 500 元" in page and "70 元" not in page  # only what was confirmed
    assert "合计支持项目 1 个，其中捐赠资金 500 元" in page
    assert "data-print" in page and re.search(r"js/print\.[0-9a-f]+\.js", page)


def test_the_statement_pdf_has_the_chinese_names_as_text(app, gifts):
    response = gifts.sponsor.get(f"/statements/{gifts.profile_id}.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert "attachment" in response.headers["Content-Disposition"]
    assert "filename*=UTF-8''" in response.headers["Content-Disposition"]
    text = text_of(response.data)
    for words in ("爱心捐赠证明", gifts.name, "社区老年人健康义诊", "市民政局", "500"):
        assert words in text


def test_the_statement_by_year(app, gifts):
    this_year = gifts.sponsor.get(f"/statements/{gifts.profile_id}?year={TODAY.year}").get_data(as_text=True)
    assert "社区老年人健康义诊" in this_year and f"{TODAY.year} 年度" in this_year
    last_year = gifts.sponsor.get(f"/statements/{gifts.profile_id}?year={TODAY.year - 1}").get_data(as_text=True)
    assert "尚无已确认到位的捐赠" in last_year
    assert "社区老年人健康义诊" not in text_of(gifts.sponsor.get(f"/statements/{gifts.profile_id}.pdf?year={TODAY.year - 1}").data)
    assert gifts.sponsor.get(f"/statements/{gifts.profile_id}?year=1999").status_code == 422


def test_who_may_see_a_statement(app, gifts, login_as):
    for path in (f"/statements/{gifts.profile_id}", f"/statements/{gifts.profile_id}.pdf"):
        assert gifts.office.get(path).status_code == 200
        assert login_as("sponsor").get(path).status_code == 404  # another sponsor's statement
        assert gifts.unit.get(path).status_code == 404
        assert app.test_client().get(path).status_code == 302
    assert gifts.office.get("/statements/999999").status_code == 404
    assert gifts.unit.get("/sponsor/statement").status_code == 403


def test_the_pdf_fetches_nothing_a_user_typed(app, gifts):
    from matchmaker.execution.statement import refuse_fetch

    with pytest.raises(ValueError):
        refuse_fetch("http://example.com/tracker.png")
    with app.app_context():
        db.session.get(SponsorProfile, gifts.profile_id).name = '<img src="file:///etc/passwd">爱心'
        db.session.commit()
    text = text_of(gifts.sponsor.get(f"/statements/{gifts.profile_id}.pdf").data)
    assert '<imgsrc="file:///etc/passwd">' in text  # escaped, shown as text, never loaded
