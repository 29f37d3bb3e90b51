"""Every main task with the keyboard alone, in Chromium: no click, only Tab, Shift+Tab, Enter,
Space, the arrow keys, Escape and typing. Each person signs in through the login form; a sponsor
finds a project by searching and pledges to a need; the unit accepts; the office approves in its
queue; a volunteer signs up for a recruitment; the unit admits them; the office opens a table of
its dashboard and follows a figure. The skip link reaches the content and the menu's groups
open and close from the keyboard.

Every element focused on the way must be visible and show a focus ring of at least 3:1 against
what is next to it (WCAG 2.1: 2.1.1 keyboard, 2.4.1 bypass blocks, 2.4.7 focus visible, 1.4.11
non-text contrast); all the stops that fail are listed together at the end.
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from matchmaker.auth.models import User
from matchmaker.collaborations.queries import today
from matchmaker.extensions import db
from matchmaker.volunteers.recruitments import open_recruitment

from .. import factories
from .. import records_data as rd
from .journeys import assert_clean, cast, flash  # noqa: F401 (fixtures)

HEALTH_CHECKS = "社区老年人健康义诊"
MEDICINES = "常用药品（降压药、降糖药、感冒药）"
RECRUITMENT = "义诊现场引导志愿者"

# The element that has focus: what it is, whether it can be seen, and its focus ring's
# contrast with the colours next to it (an outline outside the element meets the background
# behind it; one drawn inside meets the element's own; a form field's ring is its border).
FOCUS = """async ([selector, text, within, withinText]) => {
  const e = document.activeElement;
  await Promise.all(e.getAnimations().map(a => a.finished));  // a field's ring fades in (a CSS transition)
  const parts = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const behind = el => {  // the colour behind an element: its ancestors' backgrounds, translucent ones blended
    const layers = [];
    for (let n = el; n; n = n.parentElement) {
      const [r, g, b, alpha = 1] = parts(getComputedStyle(n).backgroundColor);
      if (alpha > 0) layers.unshift([r, g, b, alpha]);
      if (alpha >= 1) break;
    }
    return layers.reduce((under, [r, g, b, a]) => [r, g, b].map((v, i) => v * a + under[i] * (1 - a)), [255, 255, 255]);
  };
  const style = getComputedStyle(e);
  let ring = null, ratio = 0;
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    ring = parts(style.outlineColor);
    ratio = contrast(ring, parseFloat(style.outlineOffset) < 0 ? behind(e) : behind(e.parentElement));
  } else if (style.boxShadow !== 'none') {
    ring = parts(style.borderTopColor);
    ratio = Math.min(contrast(ring, behind(e.parentElement)), contrast(ring, behind(e)));
  }
  const box = e.getBoundingClientRect();
  const label = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim();
  const inside = !within || (e.closest(within) && e.closest(within).innerText.includes(withinText));
  return {
    hit: e.matches(selector) && (!text || label.includes(text)) && !!inside,
    what: e.tagName.toLowerCase() + (e.name ? `[name=${e.name}]` : '') + ' ' + label.slice(0, 30),
    seen: e !== document.body && box.width > 0 && box.height > 0 && e.checkVisibility({visibilityProperty: true}),
    ratio: Math.round(ratio * 100) / 100,
    // Focus on a date field's own calendar button (inside the browser's built-in control): the
    // field itself is not :focus then, and the browser draws its own ring on the button.
    builtIn: !e.matches(':focus'),
  };
}"""


class Keyboard:
    """One person's keyboard; remembers every focus stop that was hidden or had a faint ring."""

    def __init__(self, page, faults: list):
        self.page, self.faults = page, faults

    def press_to(self, selector: str, text: str | None = None, *, within: tuple[str, str] | None = None,
                 key: str = "Tab", most: int = 120) -> int:
        """Press `key` until the focused element matches; returns how many presses it took."""
        seen = []
        for presses in range(1, most + 1):
            self.page.keyboard.press(key)
            stop = self.page.evaluate(FOCUS, [selector, text, *(within or (None, None))])
            seen.append(stop["what"])
            if stop["what"].startswith("body"):
                continue  # Tab went past the page's last element and comes round again
            if not stop["seen"] or (stop["ratio"] < 3 and not stop["builtIn"]):
                self.faults.append(f"{self.page.url}: {stop}")
            if stop["hit"]:
                return presses
        raise AssertionError(f"{key} never reached {selector} {text or ''} on {self.page.url}; stops: {seen}")

    def activate(self, selector: str, text: str | None = None, *, key: str = "Enter", **where) -> None:
        """Reach an element and press Enter (or Space) on it, waiting for the page it opens."""
        self.press_to(selector, text, **where)
        with self.page.expect_navigation():
            self.page.keyboard.press(key)

    def type_into(self, selector: str, words: str, text: str | None = None, **where) -> None:
        self.press_to(selector, text, **where)
        self.page.keyboard.type(words)

    def submit(self) -> None:
        """Enter in a text field sends its form."""
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")

    def menu(self, label: str, group: str | None = None) -> None:
        """Open a menu entry from a page just loaded; an entry of a group is reached by opening
        the group with Enter and moving down with the arrow key."""
        if group:
            self.press_to("nav .dropdown-toggle", group)
            self.page.keyboard.press("Enter")
            self.press_to("nav .dropdown-menu a", label, key="ArrowDown", most=12)
            with self.page.expect_navigation():
                self.page.keyboard.press("Enter")
        else:
            self.activate("nav a", label)


def sign_in_by_keyboard(page, base_url: str, user, faults: list) -> Keyboard:
    keys = Keyboard(page, faults)
    page.goto(f"{base_url}/login")
    keys.press_to("a.skip-link", "跳到正文", most=1)  # the first stop of every page
    keys.type_into("input[name=username]", user.username)
    keys.type_into("input[name=password]", user.password, most=1)
    keys.submit()
    return keys


@pytest.fixture
def screen() -> str:
    return "desktop"


@pytest.fixture
def world(app):
    office = factories.make_user(app, "office")
    unit = factories.make_user(app, "unit", unit="市卫计委")
    project_id = factories.make_project(
        app, unit, title=HEALTH_CHECKS, category=13, district="小店区",
        description="每月一次在坪阳社区为老年人测血压、讲解慢病用药。",
        needs=[{"kind": "goods", "description": MEDICINES, "quantity": 300, "unit": "盒"}])
    with app.app_context():
        open_recruitment(db.session.get(User, unit.id), project_id, {
            "title": RECRUITMENT, "places": 4, "place": "坪阳社区卫生站",
            "starts_on": (today() + timedelta(days=6)).isoformat(),
            "signup_until": (today() + timedelta(days=4)).isoformat()})
    return SimpleNamespace(office=office, unit=unit, sponsor=factories.make_user(app, "sponsor"),
                           volunteer=rd.volunteer(app, "王安妮"))


def test_every_main_task_with_the_keyboard_alone(world, cast, live_server):  # noqa: F811
    faults = []

    sponsor_page = cast.enter("sponsor")
    sponsor = sign_in_by_keyboard(sponsor_page, live_server, world.sponsor, faults)
    sponsor.menu("项目大厅")
    sponsor.type_into("main input[name=q]", "义诊")
    sponsor.submit()
    sponsor.activate("main a", HEALTH_CHECKS)
    sponsor.type_into("input[name=quantity]", "120", within=(".need", MEDICINES))
    sponsor.type_into("input[name=message]", "下周送到卫生站", most=1)
    sponsor.submit()
    expect(flash(sponsor_page)).to_have_text("已提交，等待项目单位确认")

    unit_page = cast.enter("unit")
    unit = sign_in_by_keyboard(unit_page, live_server, world.unit, faults)
    unit.activate("a.ws-item", HEALTH_CHECKS)  # 工作台: 待答复的认领认捐
    unit.activate("main button", "接受")
    expect(flash(unit_page)).to_have_text("操作成功，当前状态：待文明办审批")

    office_page = cast.enter("office")
    office = sign_in_by_keyboard(office_page, live_server, world.office, faults)
    office.menu("待办审批")
    office.press_to("main input[type=checkbox]")
    office_page.keyboard.press("Space")
    expect(office_page.locator("main input[type=checkbox]")).to_be_checked()
    office.activate("main button", "批准所选")
    expect(flash(office_page)).to_have_text("已批准 1 项")

    volunteer_page = cast.enter("volunteer")
    volunteer = sign_in_by_keyboard(volunteer_page, live_server, world.volunteer, faults)
    volunteer.menu("志愿者招募")
    volunteer.activate("main a", RECRUITMENT)
    volunteer.type_into("textarea[name=message]", "周末都有空")
    volunteer.activate("main button", "报名")
    expect(flash(volunteer_page)).to_contain_text("报名成功")

    unit.menu("志愿者报名", group="志愿者")
    unit.activate("main button", "录用", within=(".signup-row", "王安妮"))
    expect(flash(unit_page)).to_contain_text("已录用")

    office.menu("数据看板")
    office.press_to("summary", "认领认捐漏斗")
    office_page.keyboard.press("Enter")  # opens the chart's table
    expect(office_page.locator("details", has_text="认领认捐漏斗（表格）")).to_have_attribute("open", "")
    office.activate("details a", "文明办批准")  # the matches that reached the office's approval
    expect(office_page.locator("#list-total")).to_have_text("1")
    expect(office_page.locator("main")).to_contain_text(HEALTH_CHECKS)

    assert faults == [], "\n".join(faults)
    assert_clean(cast.pages)


def test_the_skip_link_and_the_menu_groups_work_from_the_keyboard(world, cast, live_server):  # noqa: F811
    faults = []
    page = cast.enter("office")
    keys = sign_in_by_keyboard(page, live_server, world.office, faults)

    keys.press_to("a.skip-link", "跳到正文", most=1)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    keys.press_to("*", most=1)  # the next stop is the page's own first link, not the menu's
    assert page.evaluate("document.activeElement.closest('main') !== null")

    presses = keys.press_to("nav .dropdown-toggle", "管理", key="Shift+Tab")  # back up into the menu
    group = page.locator("nav .dropdown", has_text="管理")
    for key in ("Enter", "Space"):  # either key opens it, as on any button
        page.keyboard.press(key)
        expect(group.locator(".dropdown-menu")).to_be_visible()
        expect(group.locator(".dropdown-toggle")).to_have_attribute("aria-expanded", "true")
        keys.press_to(".dropdown-menu a", "审计日志", key="ArrowDown", most=6)
        page.keyboard.press("Escape")  # closes it and gives focus back to the group's button
        expect(group.locator(".dropdown-menu")).to_be_hidden()
        expect(group.locator(".dropdown-toggle")).to_be_focused()
    keys.press_to("nav .dropdown-toggle", "对接与执行", key="Shift+Tab", most=presses)  # closed groups hold no stops

    assert faults == [], "\n".join(faults)
    assert_clean(cast.pages)
