"""The product's main journey in a real browser, through its pages only, once on a desktop
screen and once on a phone: a pharmacy registers, describes itself, is recommended a health
project, pledges medicines; the unit accepts, the office approves, the unit confirms receipt,
and the public page shows it; the unit asks another unit to collaborate and it accepts; the
office reads its dashboard and exports the matches to Excel.

Only the starting world (accounts of the units and the office, published projects) is made
with tests/factories.py; everything after is done by clicking.
"""

from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from .. import factories
from .journeys import assert_clean, cast, flash, go_by_menu, screen, submit  # noqa: F401 (fixtures)

PHARMACY = "晋阳仁和大药房连锁有限公司"
HEALTH_CHECKS = "社区老年人健康义诊"
LAW_CLASSES = "青少年普法知识进校园"
MEDICINES = "常用药品（降压药、降糖药、感冒药）"


@pytest.fixture
def world(app):
    office = factories.make_user(app, "office")
    health = factories.make_user(app, "unit", unit="市卫计委")
    youth = factories.make_user(app, "unit", unit="团市委")
    justice = factories.make_user(app, "unit", unit="市司法局")
    project_id = factories.make_project(
        app, health, title=HEALTH_CHECKS, category=13, district="小店区",
        service_target="社区 60 岁以上老年人", service_type="健康义诊、用药咨询、慢病讲座",
        description="每月一次在坪阳社区为老年人测血压、讲解慢病用药，需要常用药品和药师志愿者。",
        needs=[
            {"kind": "money", "description": "义诊耗材经费", "quantity": 10000},
            {"kind": "goods", "description": MEDICINES, "quantity": 300, "unit": "盒"},
        ],
    )
    # A project a pharmacy has no reason to prefer, so the recommendation has a choice to make.
    factories.make_project(
        app, justice, title=LAW_CLASSES, category=7, district="万柏林区",
        service_target="中小学生", service_type="法律知识讲座、模拟法庭",
        description="律师志愿者进校园讲解未成年人保护法，组织模拟法庭。",
        needs=[{"kind": "volunteers", "description": "律师志愿者", "quantity": 10, "unit": "人"}],
    )
    return SimpleNamespace(office=office, health=health, youth=youth, project_id=project_id)


def test_pledge_from_registration_to_export(world, cast, live_server, tmp_path):  # noqa: F811
    project_url = f"{live_server}/projects/{world.project_id}"
    sponsor = cast.enter("sponsor")
    register_and_describe(sponsor, live_server)
    open_recommended_project(sponsor)
    match_url = pledge_medicines(sponsor)

    unit = cast.enter_signed_in("unit", world.health)
    accept_pledge(unit)
    office = cast.enter_signed_in("office", world.office)
    approve_in_queue(office)
    confirm_receipt(unit, match_url)

    public = cast.enter("public")
    public.goto(project_url)
    medicines = public.locator(".need", has_text=MEDICINES)
    expect(medicines.locator(".progress-stack .progress").first).to_have_class("progress pct-50")
    expect(medicines).to_contain_text("已落实 150 / 300 盒")
    expect(public.locator(".honour", has_text=PHARMACY)).to_contain_text("已到位")

    ask_youth_league(unit, project_url)
    partner = cast.enter_signed_in("partner", world.youth)
    accept_invitation(partner)
    public.reload()
    expect(public.locator(".partner")).to_contain_text("团市委")

    read_dashboard_and_export(office, tmp_path)
    assert_clean(cast.pages)


def register_and_describe(page, base_url: str) -> None:
    page.goto(base_url)
    go_by_menu(page, "爱心注册")
    expect(page.locator("h1")).to_have_text("爱心单位/个人注册")
    page.get_by_label("主体类型").select_option(label="企事业单位")
    page.get_by_label("单位或个人名称").fill(PHARMACY)
    page.get_by_label("所在区县").select_option("小店区")
    page.get_by_label("联系电话").fill("0351-7654321")
    page.get_by_label("用户名").fill("renhe")
    page.get_by_label("密码（至少 8 位）").fill("yaofang-2026-ok")
    submit(page, page.get_by_role("button", name="注册"))
    expect(flash(page)).to_have_text("注册成功，请完善您的爱心档案")

    go_by_menu(page, "我的爱心档案")
    page.get_by_label("所属行业").fill("医药零售")
    page.get_by_label("关注领域与意愿").fill("我们是连锁药店，想为社区银发族做点事，可以捐药品和出药师")
    page.get_by_label("联系人").fill("赵店长")
    fill_offer(page, 1, "物资", "500", "盒", "常用药品：降压药、感冒药")
    fill_offer(page, 2, "专业技能", "4", "人", "执业药师用药咨询")
    submit(page, page.get_by_role("button", name="保存爱心档案"))
    expect(flash(page)).to_have_text("爱心档案已保存")
    expect(page.get_by_label("关注领域与意愿")).to_have_value("我们是连锁药店，想为社区银发族做点事，可以捐药品和出药师")


def fill_offer(page, row: int, kind: str, quantity: str, unit: str, description: str) -> None:
    offer = page.locator("fieldset", has_text=f"第 {row} 项")
    offer.get_by_label("类型").select_option(label=kind)
    offer.get_by_label("数量").fill(quantity)
    offer.get_by_label("单位").fill(unit)
    offer.get_by_label("说明").fill(description)


def open_recommended_project(page) -> None:
    go_by_menu(page, "首页")
    cards = page.locator(".recommendations .recommendation")
    expect(cards.first).to_contain_text(HEALTH_CHECKS)  # the pharmacy's best fit comes first
    expect(cards.first.locator("li").first).to_be_visible()  # with the reasons why
    submit(page, cards.first.get_by_role("link", name=HEALTH_CHECKS))
    expect(page.locator("h1")).to_have_text(HEALTH_CHECKS)
    medicines = page.locator(".need", has_text=MEDICINES)
    expect(medicines.locator(".progress-stack .progress").first).to_have_class("progress pct-0")
    expect(page.locator(".card", has_text="爱心鸣谢")).to_contain_text("期待第一位爱心伙伴。")


def pledge_medicines(page) -> str:
    medicines = page.locator(".need", has_text=MEDICINES)
    medicines.get_by_label("认捐数量（盒）").fill("150")
    medicines.get_by_label("留言").fill("下周送到社区卫生站")
    submit(page, medicines.get_by_role("button", name="认捐"))
    expect(flash(page)).to_have_text("已提交，等待项目单位确认")
    expect(page.locator("h1")).to_contain_text(f"认捐：{HEALTH_CHECKS}")
    expect(page.locator("main")).to_contain_text(f"{MEDICINES}：150 盒")
    expect(page.locator("h1 .badge")).to_have_text("待单位确认")
    return page.url


def accept_pledge(page) -> None:
    go_by_menu(page, "认领认捐")
    row = page.locator("tr", has_text=PHARMACY)
    expect(row).to_contain_text("待单位确认")
    submit(page, row.get_by_role("link", name=HEALTH_CHECKS))
    submit(page, page.get_by_role("button", name="接受", exact=True))
    expect(flash(page)).to_have_text("操作成功，当前状态：待文明办审批")


def approve_in_queue(page) -> None:
    go_by_menu(page, "待办审批")
    row = page.locator("tr", has_text=PHARMACY)
    expect(row).to_contain_text("150 盒")
    row.get_by_role("checkbox").check()
    submit(page, page.get_by_role("button", name="批准所选", exact=True))
    expect(flash(page)).to_have_text("已批准 1 项")
    expect(page.locator("main")).to_contain_text("没有待审批的认领或认捐。")


def confirm_receipt(page, match_url: str) -> None:
    page.goto(match_url)
    expect(page.locator("h1 .badge")).to_have_text("已批准")
    submit(page, page.get_by_role("button", name="确认到位"))
    expect(flash(page)).to_have_text("操作成功，当前状态：已到位")
    history = page.locator(".history-event")
    expect(history).to_have_count(4)  # submitted, accepted, approved, fulfilled: nothing lost


def ask_youth_league(page, project_url: str) -> None:
    page.goto(project_url)
    submit(page, page.get_by_role("link", name="邀请单位合作"))
    expect(page.locator("h1")).to_have_text("邀请其他单位参与合作")
    page.get_by_label("受邀单位").select_option(label="团市委")
    page.get_by_label("合作内容").select_option(label="人员支持")
    page.get_by_label("答复期限").fill("2099-06-30")
    page.get_by_label("合作说明").fill("每次义诊需要 6 名青年志愿者帮助老人排队、登记")
    submit(page, page.get_by_role("button", name="发出邀请"))
    expect(flash(page)).to_have_text("已向团市委发出合作邀请")


def accept_invitation(page) -> None:
    go_by_menu(page, "交叉合作")
    submit(page, page.locator(".collaboration-row", has_text=HEALTH_CHECKS))
    expect(page.locator("main")).to_contain_text("每次义诊需要 6 名青年志愿者帮助老人排队、登记")
    submit(page, page.get_by_role("button", name="接受", exact=True))
    expect(flash(page)).to_have_text("操作成功，当前状态：已接受")


def read_dashboard_and_export(page, folder) -> None:
    go_by_menu(page, "数据看板")
    page.wait_for_selector("html[data-charts-drawn='6']", timeout=15_000)
    expect(page.locator(".card", has_text="其中已到位").locator(".fs-4")).to_have_text("1")
    with page.expect_download() as download:
        page.get_by_role("link", name="对接及历史").click()
    saved = folder / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.startswith("认领认捐-") and saved.suffix == ".xlsx"
    rows = matches_in(saved)
    assert {"状态": "已到位", "项目名称": HEALTH_CHECKS, "爱心方": PHARMACY, "认捐需求": MEDICINES,
            "数量": 150, "计量单位": "盒"}.items() <= rows[0].items()


def matches_in(path) -> list[dict]:
    """The first sheet's rows under its header row (the one that starts with 对接编号)."""
    sheet = load_workbook(path, read_only=True).worksheets[0]
    values = [row for row in sheet.iter_rows(values_only=True)]
    start = next(i for i, row in enumerate(values) if row and row[0] == "对接编号")
    header = values[start]
    return [dict(zip(header, row, strict=False)) for row in values[start + 1:] if any(row)]
