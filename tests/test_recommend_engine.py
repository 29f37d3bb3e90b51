"""The recommender's pure core: tokens, synonyms, ranking, reasons, bad input, caching."""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchmaker.recommend import lexicon
from matchmaker.recommend.docs import says_own_district_only
from matchmaker.recommend.engine import (
    Index,
    NeedDoc,
    OfferDoc,
    ProjectDoc,
    SponsorDoc,
    TokenCache,
    Weights,
)
from matchmaker.recommend.tokens import tokenize

TODAY = date(2024, 6, 1)


# Needs that say only their kind, as a clerk in a hurry writes them.
UNSAID = {"goods": ("生活物资", "批"), "skill": ("专业技能", "人"), "volunteers": ("志愿者", "人"),
          "money": ("资金", "元"), "venue": ("场地", "处")}


def need(kind: str = "goods", quantity: float = 10, remaining: float | None = None, deadline=None) -> NeedDoc:
    description, unit = UNSAID[kind]
    return NeedDoc(kind, description, quantity, quantity if remaining is None else remaining, unit, deadline)


def make_project(id, title, *, category=13, district="小店区", target="", service_type="", description="",
                 needs=None, unit_id=None) -> ProjectDoc:
    return ProjectDoc(id, title, category, district, target, service_type, description,
                      tuple(needs) if needs is not None else (need(),), unit_id=unit_id)


def make_sponsor(interests, *, offers=(), district="", own_district_only=None, favourites=(), id="s") -> SponsorDoc:
    return SponsorDoc(id, "enterprise", "", "", interests, tuple(OfferDoc(kind, "") for kind in offers),
                      district, own_district_only, tuple(favourites))


ELDERLY = make_project(1, "社区老年人健康义诊", target="社区老年人", service_type="义诊、健康讲座",
                       description="组织医生为老年人测血压，开展健康讲座。", needs=[need("goods"), need("skill")],
                       unit_id="卫健")
RIVER = make_project(2, "汾河沿岸垃圾清理", category=9, district="万柏林区", target="汾河沿岸环境",
                     service_type="垃圾清理", description="组织志愿者清捡汾河岸边的白色垃圾。",
                     needs=[need("volunteers")], unit_id="环保")
RIDERS = make_project(3, "外卖骑手权益法律咨询", category=7, district="迎泽区", target="新就业形态劳动者",
                      service_type="法律咨询", description="律师为网约配送员解答劳动权益问题。",
                      needs=[need("skill"), need("venue")], unit_id="司法")
CHILDREN = make_project(4, "留守儿童课后作业辅导", category=5, district="娄烦县", target="留守儿童",
                        service_type="课业辅导", description="大学生志愿者为儿童辅导作业、陪伴阅读。",
                        needs=[need("volunteers"), need("goods")], unit_id="教育")
ELDERLY_TOO = make_project(5, "老年人防病健康讲座", category=20, district="晋源区", target="老年人",
                           service_type="健康科普", description="讲解老年人慢性病预防和健康知识。",
                           needs=[need("venue")], unit_id="科协")
CATALOGUE = [ELDERLY, RIVER, RIDERS, CHILDREN, ELDERLY_TOO]


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.build(CATALOGUE, today=lambda: TODAY)


def ids(results) -> list:
    return [result.id for result in results]


# Tokens and synonyms

def test_tokens_keep_domain_words_whole_and_drop_noise():
    tokens = tokenize("我们在小店区开展外卖小哥的AED急救培训！！😀 2024 的")
    assert {"小店区", "外卖小哥", "aed"} <= set(tokens)
    assert not {"的", "我们", "！", "😀", "2024", "开展"} & set(tokens)


def test_synonyms_map_everyday_words_to_official_ones():
    synonyms = lexicon.synonyms()
    assert synonyms.expand("银发族") == ("老年人",)
    assert synonyms.expand("母亲河") == ("汾河",)
    assert synonyms.expand("外卖小哥") == ("外卖骑手", "新就业形态劳动者")
    assert synonyms.expand("空巢老人") == ("空巢老人", "老年人")  # narrower word kept, broader added
    assert synonyms.expand("志愿服务站") == ("志愿服务站",)


def test_all_26_programmes_and_10_districts_are_in_the_data():
    assert sorted(lexicon.categories()) == list(range(1, 27))
    assert lexicon.categories()[1].name == "党员志愿服务项目"
    assert lexicon.categories()[26].name == "大型交通枢纽志愿服务项目"
    assert len(lexicon.district_names()) == 10
    assert lexicon.normalise_district("太原市小店") == "小店区"


@pytest.mark.parametrize("interests, first", [
    ("想为社区银发族做点事", 1),
    ("关心母亲河，周末去河边捡垃圾", 2),
    ("为外卖小哥提供帮助", 3),
    ("给娃娃们辅导功课", 4),
])
def test_everyday_words_find_the_official_project(index, interests, first):
    assert ids(index.recommend(make_sponsor(interests)))[0] == first


# Structured fit

@pytest.mark.parametrize("text", ["只资助本区的项目", "仅限本区/本县", "我们只在我们区做公益", "只支持小店区的项目", "不跨区"])
def test_own_district_only_is_read_from_interests(text):
    assert says_own_district_only(text)


@pytest.mark.parametrize("text", [
    "火锅店，中午可以给环卫工管顿饭，就在小店区。", "就在杏花岭这片", "就管这一片", "不出阳曲", "出了清徐就顾不上了",
    "古交本地有演出叫我", "离得远的送不了", "远了送不过去", "外面的不接", "别的地方不管",
])
def test_own_district_only_is_read_from_everyday_words(text):
    assert says_own_district_only(text)


@pytest.mark.parametrize("text", ["优先本区", "不仅小店区，其他区也可以", "只要是老人的项目都行", "全市的项目都可以",
                                  "就在火车站对面", "我们在小店区开店，哪里需要就去哪里", "不管是什么项目都行"])
def test_preferences_are_not_read_as_own_district_only(text):
    assert not says_own_district_only(text)


def test_district_only_sponsor_sees_only_its_district(index):
    sponsor = make_sponsor("关心老年人健康，只资助本区的项目", district="晋源区")
    assert ids(index.recommend(sponsor)) == [5]


def test_district_only_sponsor_without_district_names_it_in_its_interests(index):
    assert ids(index.recommend(make_sponsor("老年人健康讲座，只资助晋源区的项目"))) == [5]


def test_explicit_flag_overrides_the_text(index):
    sponsor = make_sponsor("关心老年人健康，只资助本区的项目", district="晋源区", own_district_only=False)
    assert {1, 5} <= set(ids(index.recommend(sponsor)))


def test_venue_sponsor_prefers_the_project_that_needs_a_venue(index):
    words = "老年人健康讲座"
    assert ids(index.recommend(make_sponsor(words, offers=["venue"])))[0] == 5
    assert ids(index.recommend(make_sponsor(words, offers=["goods"])))[0] == 1


def test_offers_are_read_from_interests_when_none_are_given(index):
    results = index.recommend(make_sponsor("老年人健康讲座，我们有会议室可以提供场地"))
    assert "需要场地，您可提供场地" in results[0].reasons


def test_favourite_programme_lifts_a_project(index):
    plain = index.recommend(make_sponsor("老年人健康讲座"))
    favoured = index.recommend(make_sponsor("老年人健康讲座", favourites=[13]))
    assert ids(plain)[0] == 5 and ids(favoured)[0] == 1
    assert "您关注的项目类别：医疗卫生" in favoured[0].reasons


def test_projects_without_open_need_are_never_recommended():
    closed = make_project(9, "社区老年人健康义诊", needs=[need("goods", 10, remaining=0)])
    index = Index.build([closed, ELDERLY_TOO])
    assert ids(index.recommend(make_sponsor("老年人健康义诊"))) == [5]
    assert index.rank_sponsors(9, [make_sponsor("老年人健康义诊")]) == []


def test_excluded_projects_are_dropped(index):
    sponsor = make_sponsor("老年人健康讲座")
    assert 1 in ids(index.recommend(sponsor))
    assert 1 not in ids(index.recommend(sponsor, exclude={1, "unknown"}))


# Reasons

def test_reasons_say_what_matched():
    soon = TODAY + timedelta(days=5)
    project = make_project(1, "社区老年人健康讲座", target="老年人",
                           needs=[need("goods", 10, remaining=6, deadline=soon), need("venue", 1, remaining=1)])
    index = Index.build([project], today=lambda: TODAY)
    [result] = index.recommend(make_sponsor("关爱银发族健康", offers=["goods"], district="小店", favourites=[13]))
    assert result.reasons[0].startswith("关键词：") and "老年人" in result.reasons[0]
    assert result.reasons[1:] == ("需要物资，您可捐赠物资", "同在小店区", "您关注的项目类别：医疗卫生",
                                  "仍缺口 80%", "截止日期临近")


def test_past_deadlines_are_not_near():
    project = make_project(1, "老年人健康讲座", needs=[need("goods", deadline=TODAY - timedelta(days=1))])
    [result] = Index.build([project], today=lambda: TODAY).recommend(make_sponsor("老年人"))
    assert "截止日期临近" not in result.reasons


# Bad input

@pytest.mark.parametrize("interests", [
    "", "   ", "😀🎉🙏" * 20, "Hello world, we love volunteers!", "！？。，、……——", "12345",
    "老年人健康" * 50_000,
])
def test_odd_interests_give_a_list_never_an_error(index, interests):
    results = index.recommend(make_sponsor(interests))
    assert all(result.id in {p.id for p in CATALOGUE} for result in results)
    assert index.search(interests).total >= 0


def test_a_sponsor_with_nothing_gets_open_projects_ranked_by_need(index):
    results = index.recommend(SponsorDoc("s", "individual", "", "", "", ()))
    assert len(results) == len(CATALOGUE)
    assert all("仍缺口 100%" in result.reasons for result in results)


def test_empty_catalogue_answers_empty():
    index = Index.build([])
    sponsor = make_sponsor("老年人", offers=["money"])
    assert len(index) == 0
    assert index.recommend(sponsor) == []
    assert index.search("老年人") == ([], 0)
    assert index.similar_projects(1) == []
    assert index.rank_sponsors(1, [sponsor]) == []
    assert index.rank_units(1) == []


def test_unknown_categories_and_districts_do_not_break_the_index():
    odd = make_project(1, "老年人健康讲座", category=99, district="北京市朝阳区")
    results = Index.build([odd]).recommend(make_sponsor("老年人", district="外星"))
    assert ids(results) == [1]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_answered(index, text):
    index.recommend(make_sponsor(text, offers=["money"]))
    index.search(text, limit=3)


# Token cache

def test_rebuild_does_not_retokenize_unchanged_text():
    cache = TokenCache()
    Index.build(CATALOGUE, cache)
    assert cache.tokenized == len(CATALOGUE)
    Index.build(CATALOGUE, cache)
    assert cache.tokenized == len(CATALOGUE)
    changed = make_project(1, "社区儿童健康体检", target="儿童")
    index = Index.build([changed, *CATALOGUE[1:]], cache)
    assert cache.tokenized == len(CATALOGUE) + 1
    assert ids(index.search("儿童 体检").results)[0] == 1


def test_cache_forgets_removed_projects_and_survives_pickling():
    cache = TokenCache()
    Index.build(CATALOGUE, cache)
    Index.build(CATALOGUE[:2], cache)
    restored = pickle.loads(pickle.dumps(cache))  # noqa: S301 - our own object, as the seam would keep it
    assert len(restored) == 2
    Index.build(CATALOGUE[:2], restored)
    assert restored.tokenized == cache.tokenized


def test_a_new_tokenizer_version_retokenizes_everything():
    cache = TokenCache()
    Index.build(CATALOGUE, cache)
    cache.version = "an older release"
    Index.build(CATALOGUE, cache)
    assert cache.tokenized == len(CATALOGUE)  # counted afresh after the reset


def test_a_project_version_stands_for_its_text():
    cache = TokenCache()
    first = make_project(1, "老年人健康讲座")
    Index.build([ProjectDoc(**{**first.__dict__, "version": "2024-01-01"})], cache)
    Index.build([ProjectDoc(**{**first.__dict__, "version": "2024-01-01", "title": "儿童"})], cache)
    assert cache.tokenized == 1  # same version: the caller promised the text is unchanged


# Search, similar projects, sponsors for a project, partner units

def test_search_ranks_counts_and_pages(index):
    page = index.search("老年人 健康讲座")
    assert ids(page.results)[:2] in ([1, 5], [5, 1])
    assert page.total == len(page.results) >= 2
    assert page.results[0].reasons[0].startswith("关键词：")
    assert index.search("老年人 健康讲座", limit=1, offset=1).results == page.results[1:2]
    assert index.search("").total == 0


def test_search_understands_synonyms(index):
    assert ids(index.search("母亲河").results) == [2]


def test_similar_projects_exclude_the_project_itself(index):
    similar = index.similar_projects(1)
    assert ids(similar)[0] == 5 and 1 not in ids(similar)
    assert index.similar_projects("unknown") == []


def test_a_project_is_looked_up_as_it_was_indexed(index):
    similar = index.similar_projects(1)[0]
    assert index.project(similar.id).id == similar.id and index.project(similar.id).title
    assert index.project("unknown") is None


def test_rank_sponsors_puts_the_fitting_sponsor_first_with_the_same_score(index):
    pharmacy = make_sponsor("想为社区银发族做点事，可以捐药品", offers=["goods"], district="小店区", id="pharmacy")
    lawyers = make_sponsor("律师为外卖小哥提供法律咨询", offers=["skill"], id="lawyers")
    elsewhere = make_sponsor("老年人健康，只资助本区", district="古交市", id="elsewhere")
    ranked = index.rank_sponsors(1, [lawyers, pharmacy, elsewhere])
    assert ids(ranked)[0] == "pharmacy" and "elsewhere" not in ids(ranked)
    assert "可捐赠物资，正是项目所需" in ranked[0].reasons and "同在小店区" in ranked[0].reasons
    from_sponsor_side = next(r for r in index.recommend(pharmacy) if r.id == 1)
    assert ranked[0].score == pytest.approx(from_sponsor_side.score)


def test_rank_units_finds_partners_among_other_units(index):
    units = index.rank_units(1)
    assert ids(units)[0] == "科协"
    assert "卫健" not in ids(units)
    assert units[0].reasons[0] == "相似项目：《老年人防病健康讲座》"


def test_index_reports_its_size(index):
    assert len(index) == len(CATALOGUE)
    assert index.nbytes() > 0


def test_weights_refuse_a_field_weight_that_would_turn_negative():
    with pytest.raises(ValueError):
        Weights(title=0.2)
    with pytest.raises(ValueError):
        Weights(same_district=-1)


# Particular resources, read from the words of offers and needs

def test_an_offer_meets_the_need_that_asks_for_exactly_it():
    """A moving company's vans meet a need for cars to take pupils to their exams, though
    their texts share no word and both are only 'skills' by kind."""
    exam_cars = make_project(1, "爱心送考车", category=10, target="高考考生", service_type="免费接送",
                             needs=[NeedDoc("skill", "送考车辆", 50, 50, "辆")])
    lawyers = make_project(2, "爱心法律咨询", category=7, target="市民", service_type="咨询",
                           needs=[NeedDoc("skill", "律师坐班咨询", 24, 24, "次")])
    movers = SponsorDoc("s", "merchant", "顺达搬家", "搬家运输", "周末车闲着，谁要拉东西说一声。",
                        (OfferDoc("skill", "厢式货车运输、搬运"),), "")
    index = Index.build([lawyers, exam_cars])
    first, second = index.recommend(movers)
    assert (first.id, second.id) == (1, 2)
    assert "需要车辆运输，正是您能提供的" in first.reasons
    assert not any("正是您能提供的" in reason for reason in second.reasons)
    [found] = index.rank_sponsors(1, [movers])
    assert "能提供车辆运输，正是项目所需" in found.reasons


def test_a_need_already_met_asks_for_nothing():
    covered = make_project(1, "爱心送考车", needs=[NeedDoc("skill", "送考车辆", 50, 0, "辆"), need("money")])
    movers = SponsorDoc("s", "merchant", "", "", "", (OfferDoc("skill", "货车运输"),), "")
    [result] = Index.build([covered]).recommend(movers)
    assert not any("车辆运输" in reason for reason in result.reasons)


def test_resources_are_read_from_interests_only_without_offers():
    assert lexicon.resource_mask("我们能免费印宣传单、横幅") == lexicon.resource_mask("横幅")
    offering = SponsorDoc("s", "merchant", "", "", "关心交通安全", (OfferDoc("skill", "海报印刷"),), "")
    talking = SponsorDoc("t", "merchant", "", "", "可以出车接送老人", (), "")
    from matchmaker.recommend.features import offered_resources

    assert offered_resources(offering) == lexicon.resource_mask("印刷")
    assert offered_resources(talking) == lexicon.resource_mask("接送")


# Reasons show whole words

def test_reasons_never_show_a_part_of_a_word():
    project = make_project(1, "尖草坪区老年人健康讲座", district="尖草坪区", target="老年人")
    [result] = Index.build([project]).recommend(make_sponsor("尖草坪区老年人健康讲座"))
    keywords = result.reasons[0].removeprefix("关键词：").split("、")
    assert "健康讲座" in keywords or "老年人" in keywords
    for shown in keywords:
        assert not any(shown != other and shown in other for other in keywords)
    assert "草坪区" not in keywords and "讲座" not in keywords


def test_reasons_never_show_a_word_jieba_guessed():
    from matchmaker.recommend import reasons

    assert reasons.keywords([("费元", 0.9), ("经费", 0.5)]) == "关键词：经费"
    assert reasons.keywords([("草坪区", 0.9), ("尖草坪区", 0.1)]) == "关键词：尖草坪区"
