"""Realistic synthetic projects and sponsors for the speed benchmark.

Texts are assembled from the programmes' key words (data/categories.tsv), Taiyuan's
districts and pools of the phrases project plans and sponsors really use, so token
counts, vocabulary and posting lengths resemble real data (about 150-250 characters per
project). Seeded, so every run measures the same catalogue.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from . import lexicon
from .docs import NEED_KINDS, NeedDoc, OfferDoc, ProjectDoc, SponsorDoc

TARGETS = (
    "社区老年人", "独居老人", "空巢老人", "留守儿童", "困境儿童", "中小学生", "学生家长", "残疾人",
    "视障人士", "农民工", "建筑工人", "环卫工人", "外卖骑手", "快递员", "社区居民", "老旧小区居民",
    "游客", "旅客", "企业职工", "困难职工", "农村妇女", "新手妈妈", "青少年", "大学生", "农户",
    "慢性病患者", "退役军人", "低保家庭", "小商铺经营者", "乘客",
)
ACTIVITIES = (
    "入户走访", "健康讲座", "义诊", "课业辅导", "法律咨询", "技能培训", "文艺演出", "垃圾清理",
    "文明劝导", "问询引导", "物资捐赠", "陪伴关爱", "心理疏导", "安全宣传", "应急演练", "亲子阅读",
    "便民服务", "助餐送餐", "科普展览", "植树", "巡逻", "讲解", "体检", "康复训练",
)
PLACES = (
    "社区活动室", "新时代文明实践站", "社区广场", "学校", "敬老院", "工地", "汾河公园", "火车站",
    "太原南站", "武宿机场", "晋祠", "迎泽公园", "村委会", "社区食堂", "图书馆", "康复中心",
)
SENTENCES = (
    "组织志愿者定期到{place}为{target}开展{activity}，每月不少于两次。",
    "围绕{kw1}和{kw2}，联合辖区单位为{target}提供{activity}服务。",
    "针对{target}在{kw1}方面的实际困难，建立结对帮扶机制，开展{activity}。",
    "项目依托{place}设立服务点，招募有{kw2}专长的志愿者参与。",
    "活动结束后回访{target}，记录服务情况并及时上报困难问题。",
    "通过{activity}和{kw1}宣传，提高{target}的获得感和安全感。",
)
NEEDS = {
    "money": ("活动经费", "元", (5_000, 200_000)),
    "goods": ("慰问物资和宣传用品", "份", (50, 5_000)),
    "venue": ("活动场地", "处", (1, 3)),
    "skill": ("专业志愿者", "人", (2, 20)),
    "volunteers": ("服务志愿者", "人", (10, 300)),
}
INTERESTS = (
    "想为{target}做点事，可以{give}。",
    "我们关心{kw1}，希望帮助{target}，{give}。",
    "公司员工热心公益，愿意参加{activity}，{give}。",
    "只资助本区的项目，关注{target}和{kw1}，{give}。",
)
GIVES = {"money": "出资金", "goods": "捐物资", "venue": "提供场地", "skill": "派专业人员", "volunteers": "组织志愿者"}


def projects(count: int, seed: int = 2018) -> list[ProjectDoc]:
    # Seeded pseudo-randomness for benchmark data, not for secrets.
    rng = random.Random(seed)  # noqa: S311  # nosec B311
    districts = lexicon.district_names()
    today = date.today()
    return [_project(number, rng, districts, today) for number in range(count)]


def _project(number: int, rng: random.Random, districts: tuple[str, ...], today: date) -> ProjectDoc:
    category = lexicon.categories()[rng.randint(1, 26)]
    kw1, kw2 = rng.sample(category.keywords, 2)
    target, activity, place = rng.choice(TARGETS), rng.choice(ACTIVITIES), rng.choice(PLACES)
    district = rng.choice(districts)
    slots = {"kw1": kw1, "kw2": kw2, "target": target, "activity": activity, "place": place}
    description = "".join(rng.choice(SENTENCES).format(**slots) for _ in range(rng.randint(3, 5)))
    return ProjectDoc(
        id=number, title=f"{district[:2]}{kw1}{activity}{rng.choice(('行动', '项目', '计划', '进社区'))}",
        category=category.number, district=district, service_target=target,
        service_type=f"{activity}、{kw2}", description=description, needs=_needs(rng, today),
        unit_id=rng.randint(1, 400),
    )


def _needs(rng: random.Random, today: date) -> tuple[NeedDoc, ...]:
    needs = []
    for kind in rng.sample(NEED_KINDS, rng.randint(1, 3)):
        label, unit, (low, high) = NEEDS[kind]
        quantity = rng.randint(low, high)
        remaining = rng.choice((quantity, quantity, rng.randint(0, quantity)))
        deadline = today + timedelta(days=rng.randint(-10, 120)) if rng.random() < 0.5 else None
        needs.append(NeedDoc(kind, label, quantity, remaining, unit, deadline))
    return tuple(needs)


def sponsors(count: int, seed: int = 8) -> list[SponsorDoc]:
    # Seeded pseudo-randomness for benchmark data, not for secrets.
    rng = random.Random(seed)  # noqa: S311  # nosec B311
    districts = lexicon.district_names()
    return [_sponsor(number, rng, districts) for number in range(count)]


def _sponsor(number: int, rng: random.Random, districts: tuple[str, ...]) -> SponsorDoc:
    category = lexicon.categories()[rng.randint(1, 26)]
    kinds = rng.sample(NEED_KINDS, rng.randint(0, 2))
    give = "、".join(GIVES[kind] for kind in kinds) or "尽一份力"
    slots = {"target": rng.choice(TARGETS), "kw1": rng.choice(category.keywords),
             "activity": rng.choice(ACTIVITIES), "give": give}
    return SponsorDoc(
        id=f"s{number}", kind=rng.choice(("enterprise", "social_org", "merchant", "individual")),
        name=f"爱心单位{number}", industry=rng.choice(("餐饮", "医药", "建筑", "教育", "零售", "科技")),
        interests=rng.choice(INTERESTS).format(**slots), offers=tuple(OfferDoc(kind, GIVES[kind]) for kind in kinds),
        district=rng.choice((*districts, "")),
    )
