"""Recruitments recommended to a volunteer: the board's ranking, reasons and refusals, and its quality."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from matchmaker.recommend import evaluation
from matchmaker.recommend.recruitments import RecruitmentBoard, RecruitmentDoc, VolunteerDoc, available_days

TODAY = date(2026, 12, 6)  # a Sunday
DATA = Path(__file__).parent / "data"


def call(id, title, skills="", *, district="小店区", remaining=5, signup_until=date(2026, 12, 10),
         starts_on=date(2026, 12, 12), ends_on=date(2026, 12, 12), project="", requirements=""):
    return RecruitmentDoc(id, title, skills, requirements, project, district, starts_on, ends_on, signup_until, remaining)


def person(skills="", interests="", district="", availability=""):
    return VolunteerDoc("v", skills, interests, district, availability)


def board(*calls):
    return RecruitmentBoard.build(calls, today=lambda: TODAY)


def test_a_skill_asked_for_comes_first_and_says_so():
    photos = call(1, "社区文化节活动摄影", "摄影")
    chats = call(2, "陪伴独居老人聊天")
    first, second = board(chats, photos).recommend(person(skills="摄影、剪辑", interests="公益活动"))
    assert (first.id, second.id) == (1, 2)
    assert first.reasons[0] == "技能相符：摄影"


def test_district_and_days_add_reasons():
    near = call(1, "汾河清洁行动", district="万柏林区")  # Saturday 12-12
    far = call(2, "汾河清洁行动", district="娄烦县", starts_on=date(2026, 12, 14), ends_on=date(2026, 12, 14))
    first, second = board(far, near).recommend(person(interests="环保 汾河", district="万柏林区", availability="周末"))
    assert first.id == 1
    assert "同在万柏林区" in first.reasons and "时间合适：周末" in first.reasons
    assert not any(reason.startswith("时间合适") for reason in second.reasons)  # a Monday only


def test_calls_that_take_no_more_signups_are_never_shown():
    full = call(1, "春运志愿者", remaining=0)
    late = call(2, "春运志愿者", signup_until=date(2026, 12, 5))
    today = call(3, "春运志愿者", signup_until=TODAY)
    assert [r.id for r in board(full, late, today).recommend(person(interests="春运"))] == [3]


def test_nothing_to_show_and_bad_limits():
    assert board().recommend(person(skills="摄影")) == []
    assert board(call(1, "摄影")).recommend(person(skills="摄影"), limit=0) == []


def test_availability_words():
    assert available_days("周末和晚上") == frozenset({5, 6})
    assert available_days("工作日") == frozenset(range(5))
    assert available_days("") == frozenset(range(7))  # said nothing: any day


def test_the_board_beats_its_text_score_alone_on_its_own_set():
    scores = evaluation.evaluate_recruitments(DATA / "volunteers_eval.json")
    assert scores["engine"].ndcg > scores["text"].ndcg
    assert scores["engine"].ndcg >= 0.85 and scores["engine"].recall >= 0.9


def test_the_volunteers_set_is_what_its_rules_make(tmp_path):
    copy = tmp_path / "volunteers"
    copy.mkdir()
    (copy / "build.py").write_text((DATA / "volunteers" / "build.py").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, "build.py"], cwd=copy, check=True)
    made = json.loads((tmp_path / "volunteers_eval.json").read_text(encoding="utf-8"))
    assert made == json.loads((DATA / "volunteers_eval.json").read_text(encoding="utf-8"))
