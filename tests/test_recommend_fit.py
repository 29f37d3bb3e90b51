"""Cause and resource read apart: the word lists, the two fits and what they change in a ranking."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from matchmaker.recommend import lexicon
from matchmaker.recommend.docs import NeedDoc, OfferDoc, ProjectDoc, SponsorDoc, says_any_cause
from matchmaker.recommend.engine import Index
from matchmaker.recommend.features import ProjectFacts, SponsorFacts, offer_resources
from matchmaker.recommend.weights import DEFAULT_WEIGHTS


def causes(text: str) -> set[str]:
    return {c.code for position, c in enumerate(lexicon.causes()) if lexicon.cause_mask(text) >> position & 1}


def resources(mask: int) -> set[str]:
    return {r.code for position, r in enumerate(lexicon.resources()) if mask >> position & 1}


def project(id, title, *, target="", service_type="", description="", needs=(), category=6, district="小店区"):
    return ProjectDoc(id, title, category, district, target, service_type, description, tuple(needs))


def sponsor(interests="", *, name="", industry="", offers=(), id="s", district=""):
    return SponsorDoc(id, "merchant", name, industry, interests, tuple(OfferDoc(k, d) for k, d in offers), district)


def fits(one: SponsorDoc, *projects: ProjectDoc) -> tuple[list[float], list[float]]:
    facts, mine = ProjectFacts.of(list(projects), DEFAULT_WEIGHTS), SponsorFacts.of(one)
    return ([round(float(x), 2) for x in mine.cause_fit(facts, DEFAULT_WEIGHTS)],
            [round(float(x), 2) for x in mine.resource_fit(facts, DEFAULT_WEIGHTS)])


# The word lists

def test_every_programme_and_cause_is_consistent():
    codes = [cause.code for cause in lexicon.causes()]
    assert len(codes) == len(set(codes)) <= 32  # bits of a uint32
    assert set(lexicon.programme_causes()) <= set(range(1, 27))
    assert len(lexicon.resources()) <= 64  # bits of a uint64
    for trade in lexicon.trades():
        assert trade.words and all(len(word) >= 2 for word in trade.words)


@pytest.mark.parametrize("text, expected", [
    ("为独居老人义诊", {"elderly", "health"}),
    ("关心母亲河", {"environment"}),  # not 妇女 for its 母亲
    ("孤独症儿童", {"disabled", "children"}),  # not 心理 for its 孤独
    ("帮帮出行不方便的人", {"disabled"}),
    ("广场舞比赛", {"culture", "sports"}),  # not 公园广场 for its 广场
])
def test_causes_are_read_whole_words_first(text, expected):
    assert causes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("志愿者意外伤害险", {"insurance"}), ("反光背心、小黄帽", {"safetygear"}), ("扶手、防滑垫", {"building"}),
    ("景区义务讲解员", {"guide"}), ("剪纸面塑材料", {"craft"}), ("老年人视力筛查", {"vision"}),
])
def test_a_need_names_its_very_thing(text, expected):
    assert resources(lexicon.resource_mask(text)) == expected


def test_a_vehicle_repaired_is_not_a_vehicle_given():
    assert resources(lexicon.resource_mask("免费检修车辆、换胎")) == {"carrepair"}
    assert resources(lexicon.resource_mask("送考车辆")) == {"transport"}


@pytest.mark.parametrize("name, interests, gives", [
    ("", "我们是开汽修店的", {"carrepair"}),
    ("", "退休了，会拉二胡", {"performance"}),
    ("晋阳书局", "", {"books"}),
    ("红星刀削面", "", {"meals"}),
    ("", "开出租的，周末有空", {"transport"}),
    ("", "退休了，爱写毛笔字", {"art"}),  # calligraphy, not a stage
    ("明亮眼镜店", "", {"vision"}),  # eye tests, not a doctor's visit
    ("", "做婚庆的，有音响和舞台", {"stage"}),
    ("国寿太原分公司", "人寿保险", {"insurance"}),
])
def test_a_trade_says_what_it_can_give(name, interests, gives):
    found = lexicon.trades_named(name, interests)
    assert gives <= {code for trade in found for code in resources(trade.resources)}


def test_places_are_trades_only_in_a_name():
    """"学校" in a name is a school that can teach; in interests it is whom a sponsor helps."""
    assert lexicon.trades_named("启航培训学校", "")
    assert not lexicon.trades_named("", "想帮学校的孩子")


def test_what_a_sponsor_is_is_not_what_it_cares_for():
    teacher = SponsorFacts.of(sponsor("退休教师。", offers=[("skill", "辅导功课")]))
    names = {c.code for position, c in enumerate(lexicon.causes()) if teacher.causes >> position & 1}
    near = {c.code for position, c in enumerate(lexicon.causes()) if teacher.causes_of_trade >> position & 1}
    assert "elderly" not in names and {"children", "education"} & (names | near)


@pytest.mark.parametrize("text, expected", [
    ("只要是做好事，宣传单我们都能印", True), ("大学生，人多，啥活都能干", True), ("不限项目", True),
    ("想为老人做点事", False), ("只资助本区的项目", False),
    ("体育场平时空着，可以免费给公益活动用", True), ("有闲着的大巴，公益活动要拉人，可以派车", True),
    ("周末参加公益活动", False),
])
def test_any_cause_is_read_from_interests(text, expected):
    assert says_any_cause(text) is expected


# The two fits

LECTURE = project(1, "守护钱袋子", target="社区老年人", needs=[NeedDoc("skill", "防诈骗讲师", 4, 4, "场")])
HELPERS = project(2, "远亲不如近邻", target="独居老人", needs=[NeedDoc("skill", "专业志愿者", 4, 4, "人")])
SUPPLIES = project(3, "冬日暖阳", target="山区困难群众", category=11, needs=[NeedDoc("goods", "棉被", 100, 100, "床")])
HALL = project(4, "妈妈课堂", target="年轻妈妈", category=19, needs=[NeedDoc("venue", "讲座场地", 1, 1, "处")])


def test_one_skill_does_not_stand_in_for_another():
    barber = sponsor("给老人免费理发", offers=[("skill", "义剪")])
    _, resource = fits(barber, LECTURE, HELPERS)
    # a lecturer: no; a skill that does not say which: perhaps
    assert resource == [0.0, DEFAULT_WEIGHTS.resource_partial]


def test_money_buys_goods_in_part_and_a_venue_meets_a_venue():
    _, money = fits(sponsor("资助困难群众", offers=[("money", "公益资金")]), SUPPLIES, HALL)
    _, hall = fits(sponsor("酒店的多功能厅可以借", offers=[("venue", "多功能厅")]), SUPPLIES, HALL)
    assert money == [DEFAULT_WEIGHTS.resource_partial, 0.0] and hall == [0.0, 1.0]


YARD = project(5, "邻里市集", target="小区居民", needs=[NeedDoc("venue", "市集用的空地", 1, 1, "处")])
CLASS = project(6, "周末课堂", target="小学生", category=5, needs=[NeedDoc("venue", "教室", 1, 1, "间")])
ANY_ROOM = project(7, "议事会", target="居民", needs=[NeedDoc("venue", "场地", 1, 1, "处")])


def test_a_room_meets_the_same_room_a_neighbouring_one_in_part_and_another_less():
    _, hall = fits(sponsor(offers=[("venue", "会议室周末可借")]), YARD, CLASS, ANY_ROOM)
    _, unsaid = fits(sponsor(offers=[("venue", "可以借场地")]), YARD, CLASS, ANY_ROOM)
    near, other = DEFAULT_WEIGHTS.resource_near, DEFAULT_WEIGHTS.venue_other
    assert hall == [other, near, 1.0] and unsaid == [1.0, 1.0, 1.0]


def test_a_talk_that_names_its_subject_is_that_subject():
    assert resources(lexicon.subject_first(lexicon.resource_mask("燃气安全讲座"))) == {"firesafety"}
    assert resources(lexicon.subject_first(lexicon.resource_mask("作业辅导"))) == {"teaching"}
    # A venue is only a room: the words of a skill in it are not read.
    needs = ProjectFacts.of([project(8, "义诊", needs=[NeedDoc("venue", "义诊场地", 1, 1, "处")])], DEFAULT_WEIGHTS)
    assert int(needs.resources[0]) == 0 and int(needs.unread_kinds[0]) == 4


def test_a_cause_close_to_its_own_counts_a_fraction():
    cause, _ = fits(sponsor("关心老人"), project(9, "楼道清洁日", target="小区居民", category=6))
    assert cause == [pytest.approx(DEFAULT_WEIGHTS.related_cause)]


def test_the_cause_fit_counts_named_causes_and_any_cause():
    cause, _ = fits(sponsor("关心老人"), LECTURE, HALL, SUPPLIES)
    # the poor of the mountains are a cause close to the elderly's (sixth round), young mothers none
    assert cause == [1.0, 0.0, pytest.approx(DEFAULT_WEIGHTS.related_cause)]
    anything, _ = fits(sponsor("只要是做好事都行", offers=[("skill", "印刷")]), LECTURE, SUPPLIES)
    assert anything == [1.0, 1.0]


def test_a_trade_weighted_nothing_gives_nothing():
    from dataclasses import replace

    facts = ProjectFacts.of([LECTURE], DEFAULT_WEIGHTS)
    teacher = SponsorFacts.of(sponsor("", name="启航培训学校", offers=[("skill", "")]))
    assert teacher.causes == 0 and teacher.causes_of_trade
    assert teacher.cause_fit(facts, replace(DEFAULT_WEIGHTS, cause_of_trade=0, any_cause=0))[0] == 0


def test_one_project_is_scored_as_among_all():
    facts = ProjectFacts.of([LECTURE, HELPERS, SUPPLIES], DEFAULT_WEIGHTS)
    mine = SponsorFacts.of(sponsor("关心老人", offers=[("money", "")]))
    whole = mine.fit(facts, DEFAULT_WEIGHTS)
    assert np.allclose([mine.fit(facts.take(slice(row, row + 1)), DEFAULT_WEIGHTS)[0] for row in range(3)], whole)


# What they change in a ranking

def test_a_mechanic_with_hands_meets_a_slogan_titled_project_of_its_cause():
    """"出行不方便的人" and a project for autistic children share no word; the cause and the
    people it offers meet all the same, and the reason says so."""
    mechanic = sponsor("我们是开汽修店的，想帮帮出行不方便的人。", name="晋阳汽修",
                       offers=[("skill", "免费检修车辆、换胎"), ("volunteers", "周末出五六个师傅")])
    stars = project(1, "星星的孩子", target="自闭症儿童", category=21,
                    needs=[NeedDoc("volunteers", "陪伴志愿者", 20, 20, "人")])
    riders = project(2, "绿满西山", target="市民", category=9, service_type="植树",
                     needs=[NeedDoc("skill", "运苗车辆", 5, 5, "辆")])
    first, second = Index.build([riders, stars]).recommend(mechanic)
    assert (first.id, second.id) == (1, 2)
    assert "您关心的：残疾人" in first.reasons
    assert not any("车辆运输" in reason for reason in second.reasons)  # it mends vans, it lends none


def test_a_one_line_retiree_finds_the_stage():
    erhu = sponsor("退休了，会拉二胡，想给老人们演演。")
    stage = project(1, "银龄舞台 乐享晚年", target="离退休老同志", category=3,
                    needs=[NeedDoc("skill", "民乐伴奏", 2, 2, "人")])
    meals = project(2, "爱心食堂", target="社区高龄老人", needs=[NeedDoc("money", "助餐补贴", 5000, 5000, "元")])
    results = Index.build([meals, stage]).recommend(erhu)
    assert results[0].id == 1 and "需要文艺演出，正是您能提供的" in results[0].reasons


def test_a_rebuild_reads_the_words_of_changed_projects_only(monkeypatch):
    from matchmaker.recommend import features
    from matchmaker.recommend.tokens import TokenCache

    read = []
    real = features.project_reading
    monkeypatch.setattr(features, "project_reading", lambda p, *rest: read.append(p.id) or real(p, *rest))
    cache = TokenCache()
    Index.build([LECTURE, HELPERS], cache)
    assert sorted(read) == [1, 2]
    changed = project(2, "远亲不如近邻", target="留守儿童", needs=HELPERS.needs)
    index = Index.build([LECTURE, changed], cache)
    assert sorted(read) == [1, 2, 2]
    assert index.facts.causes[1] & lexicon.cause_mask("留守儿童")
    # A need of another kind in the same words is read again: what words give depends on the kind.
    retyped = dataclasses.replace(LECTURE, needs=tuple(dataclasses.replace(n, kind="goods") for n in LECTURE.needs))
    Index.build([retyped, changed], cache)
    assert sorted(read) == [1, 1, 2, 2]
    # Needs that close keep their words: nothing is read again.
    closed = dataclasses.replace(changed, needs=tuple(dataclasses.replace(n, remaining=0) for n in changed.needs))
    index = Index.build([retyped, closed], cache)
    assert sorted(read) == [1, 1, 2, 2] and not index.facts.eligible[1]


def test_a_giver_for_any_cause_is_invited_only_where_it_can_give():
    printer = sponsor("只要是做好事，宣传单我们都能免费印", offers=[("skill", "宣传单印刷")], id="printer")
    leaflets = project(1, "守护钱袋子", target="社区老年人", needs=[NeedDoc("skill", "防骗手册印刷", 2000, 2000, "册")])
    hall = project(2, "妈妈课堂", target="年轻妈妈", category=19, district="",
                   needs=[NeedDoc("venue", "讲座场地", 1, 1, "处")])
    index = Index.build([leaflets, hall])
    [invited] = index.rank_sponsors(1, [printer])
    assert "能提供印刷和设计，正是项目所需" in invited.reasons
    assert index.rank_sponsors(2, [printer]) == []
    assert invited.score == pytest.approx(next(r.score for r in index.recommend(printer) if r.id == 1))


def test_hands_reach_the_city_not_a_far_county():
    """A barber in 小店区 cuts hair in 迎泽区 but hardly in 娄烦县; a gift of money goes anywhere."""
    from matchmaker.recommend.features import KIND_BITS, district_code, pack

    codes = {name: int(pack(np.array([KIND_BITS["skill"]]), np.array([district_code(name)]),
                            np.array([3]))[0]) for name in ("小店区", "迎泽区", "娄烦县")}
    barber = SponsorFacts.of(sponsor("义务理发", offers=[("skill", "理发")], district="小店区")).table(DEFAULT_WEIGHTS)
    assert barber[codes["小店区"]] > barber[codes["迎泽区"]] > barber[codes["娄烦县"]]
    giver = SponsorFacts.of(sponsor("捐钱", offers=[("money", "善款")], district="小店区")).table(DEFAULT_WEIGHTS)
    assert giver[codes["迎泽区"]] == giver[codes["娄烦县"]]


# Read by the head noun and the unit, when no listed word names the thing (data/heads.tsv)

@pytest.mark.parametrize("description, unit, kind, expected", [
    ("折叠餐桌", "张", "goods", {"furniture"}),
    ("防滑雨靴（儿童）20双", "", "goods", {"clothing"}),
    ("折叠餐桌", "张", "skill", set()),  # a table is a thing given, not a skill
    ("拉货", "辆", "skill", {"transport"}),
    ("一台二手", "辆", "goods", set()),  # a vehicle given is not a drive
    ("看看能帮什么", "", "goods", set()),
])
def test_a_thing_no_word_names_is_read_by_its_head_and_unit(description, unit, kind, expected):
    assert resources(lexicon.head_mask(description, unit, kind)) == expected


def test_a_word_that_holds_a_cause_but_names_none_sets_no_cause():
    assert causes("捐卫生纸") == set() and causes("义诊进社区") == {"health"}
    assert causes("社区卫生") == {"community", "health"}


def test_causes_only_an_offer_names_count_as_its_trade_not_its_own():
    facts = SponsorFacts.of(sponsor("想做点好事", offers=[("goods", "给独居老人送餐")]))
    elderly = 1 << [cause.code for cause in lexicon.causes()].index("elderly")
    assert not facts.causes & elderly and facts.causes_offered & elderly and facts.causes_of_trade & elderly


def test_a_room_serves_its_own_district_less_the_next_and_least_across_the_citys_edge():
    room = sponsor(offers=[("venue", "会议室周末可借")], district="小店区")
    here, next_door, county = (project(number, "议事会", target="居民", district=district,
                                       needs=[NeedDoc("venue", "会议室", 1, 1, "间")])
                               for number, district in [(1, "小店区"), (2, "迎泽区"), (3, "清徐县")])
    facts, mine = ProjectFacts.of([here, next_door, county], DEFAULT_WEIGHTS), SponsorFacts.of(room)
    place = mine.table(DEFAULT_WEIGHTS)[facts.code]  # what district and programme add, per project
    assert place[0] > place[1] > place[2]
    from dataclasses import replace

    without = mine.table(replace(DEFAULT_WEIGHTS, venue_elsewhere=0, venue_far=0))[facts.code]
    lost = [0.0, DEFAULT_WEIGHTS.venue_elsewhere, DEFAULT_WEIGHTS.venue_far]
    assert list(without - place) == pytest.approx(lost, abs=1e-6)


# The sixth round's readings

@pytest.mark.parametrize("kind, text, expected", [
    ("skill", "主持、报幕", {"hosting"}),
    ("skill", "水暖工上门修暖气", {"repair"}),
    ("skill", "领跑员、配速员", {"fitness"}),
    ("skill", "书画装裱", {"art"}),
    ("skill", "路口指挥交通", {"trafficsafety"}),  # not a conductor for its 指挥
    ("skill", "反诈骗宣讲", {"antifraud"}),  # a talk that names its subject, not tutoring
    ("skill", "化妆师", {"haircut"}),
    ("goods", "咖啡、茶水", {"staples"}),
    ("goods", "蔬菜种子", {"plants"}),  # seeds to sow, not vegetables to eat
    ("goods", "暖气片", {"building"}),
    ("goods", "助行器", {"medicine"}),
    ("venue", "客房", {"lodging"}),
    ("venue", "篮球馆", {"sportsvenue"}),
])
def test_everyday_words_of_an_offer_name_what_it_gives(kind, text, expected):
    assert resources(offer_resources(OfferDoc(kind, text))) == expected


def test_poetry_is_culture_and_recitation_a_performance():
    assert causes("写诗、吟诵") == {"culture"}
    assert resources(offer_resources(OfferDoc("skill", "诗词讲座、吟诵"))) == {"performance"}


def test_a_skills_own_people_meet_a_need_for_hands_less_than_hands_do():
    hands = project(8, "雪后第一铲", target="居民", needs=[NeedDoc("volunteers", "铲雪志愿者", 20, 20, "人")])
    _, barber = fits(sponsor("给老人免费理发", offers=[("skill", "义剪")]), hands)
    _, shop = fits(sponsor("店员周末能出来帮忙", offers=[("volunteers", "店员")]), hands)
    assert barber == [DEFAULT_WEIGHTS.skill_people] and shop == [1.0]
    assert DEFAULT_WEIGHTS.skill_people < DEFAULT_WEIGHTS.resource_partial


def test_a_cause_close_to_another_is_read_both_ways():
    related = lexicon.related_causes()
    position = {cause.code: index for index, cause in enumerate(lexicon.causes())}
    for first, second in (("tourism", "travel"), ("elderly", "poor"), ("workers", "legal")):
        assert related[position[first]] >> position[second] & 1 and related[position[second]] >> position[first] & 1
