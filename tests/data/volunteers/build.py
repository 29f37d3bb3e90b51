"""Write ../volunteers_eval.json by the rules of README.md."""

import json
from pathlib import Path

V = [  # key, skills, interests, district, availability, tags: skills, causes
    ("v01", "摄影、剪辑视频", "喜欢拍照，想为公益活动留下影像", "小店区", "周末", {"photo"}, set()),
    ("v02", "会开车，有驾照", "愿意接送老人看病", "杏花岭区", "工作日", {"driving"}, {"elderly", "health"}),
    ("v03", "手语", "关心听障朋友", "迎泽区", "随时", {"sign"}, {"disabled"}),
    ("v04", "英语", "想在车站机场帮外地旅客", "小店区", "周末", {"english"}, {"hub", "tourism"}),
    ("v05", "护士，会急救", "社区健康", "万柏林区", "晚上和周末", {"firstaid", "nursing"}, {"health", "emergency"}),
    ("v06", "", "退休了，想陪陪孤寡老人聊聊天", "迎泽区", "工作日", set(), {"elderly"}),
    ("v07", "数学、物理辅导", "大学生，想给留守孩子补课", "小店区", "周末", {"tutoring"}, {"children"}),
    ("v08", "律师", "普法", "杏花岭区", "周末", {"law"}, {"legal"}),
    ("v09", "", "喜欢爬山，看不惯乱扔垃圾", "晋源区", "周末", set(), {"environment"}),
    ("v10", "电脑、手机维修", "教老人用智能手机", "尖草坪区", "工作日晚上", {"it"}, {"elderly"}),
    ("v11", "书法、国画", "传统文化", "迎泽区", "周末", {"calligraphy"}, {"culture"}),
    ("v12", "心理咨询师", "关注青少年心理", "小店区", "周末", {"psychology"}, {"children", "students"}),
    ("v13", "", "大学生，时间多，什么都愿意做", "小店区", "随时", set(), set()),
    ("v14", "篮球教练", "带孩子们运动", "万柏林区", "周末", {"coach"}, {"sports", "children"}),
    ("v15", "理发", "给老人义剪", "杏花岭区", "工作日", {"haircut"}, {"elderly"}),
    ("v16", "会做饭", "社区助餐", "迎泽区", "工作日", {"cooking"}, {"elderly", "community"}),
]
R = [  # key, title, skills asked, requirements, project, district, causes, skill tags, open
    ("r01", "春运志愿者", "英语", "会简单英语者优先，春运期间值守问询台", "温暖回家路 太原南站旅客服务", "小店区", {"hub"}, {"english"}, True),
    ("r02", "爱心车队司机", "驾驶", "有三年以上驾龄，周末接送行动不便的老人就医", "助老出行 高龄老人", "杏花岭区", {"elderly", "health"}, {"driving"}, True),
    ("r03", "手语翻译志愿者", "手语", "能陪同听障人士就医办事", "无声的爱 听障人士", "迎泽区", {"disabled"}, {"sign"}, True),
    ("r04", "活动摄影", "摄影", "为社区文化节拍照记录", "邻里文化节 社区居民", "迎泽区", {"culture", "community"}, {"photo"}, True),
    ("r05", "马拉松医疗保障", "急救", "持急救证书，赛道医疗点值守", "太原马拉松赛事服务", "万柏林区", {"sports", "emergency"}, {"firstaid"}, True),
    ("r06", "陪伴独居老人", "", "每周上门陪老人聊天一次", "远亲不如近邻 独居老人", "迎泽区", {"elderly"}, set(), True),
    ("r07", "留守儿童周末课堂辅导员", "数学、语文辅导", "周末到村里辅导作业", "春蕾课堂 留守儿童", "晋源区", {"children"}, {"tutoring"}, True),
    ("r08", "社区法律咨询志愿律师", "律师", "每月一次社区坐班", "法润万家 法律咨询", "杏花岭区", {"legal"}, {"law"}, True),
    ("r09", "汾河清洁行动", "", "沿河捡垃圾", "守护母亲河 汾河沿岸", "万柏林区", {"environment"}, set(), True),
    ("r10", "西山植树", "", "春季植树，需体力", "绿满西山", "晋源区", {"environment"}, set(), True),
    ("r11", "银发数字课堂讲师", "智能手机教学", "教老人用手机挂号、打车", "银发数字课堂", "尖草坪区", {"elderly"}, {"it"}, True),
    ("r12", "非遗书法课老师", "书法", "进校园教孩子写毛笔字", "非遗传承进校园", "迎泽区", {"culture", "students"}, {"calligraphy"}, True),
    ("r13", "中学生心理辅导", "心理咨询", "持证心理咨询师", "护苗成长 心理护航", "小店区", {"students", "children"}, {"psychology"}, True),
    ("r14", "青运会赛场引导员", "", "大学生优先，培训后上岗", "青春护航青运会", "小店区", {"sports", "youth"}, set(), True),
    ("r15", "农村小学篮球课", "篮球", "周末到农村小学带篮球课", "快乐运动 阳光少年", "晋源区", {"sports", "children"}, {"coach"}, True),
    ("r16", "上门义剪", "理发", "为高龄老人上门理发", "夕阳红理发屋", "杏花岭区", {"elderly"}, {"haircut"}, True),
    ("r17", "爱心食堂帮厨", "烹饪", "工作日中午帮厨、送餐", "爱心食堂 高龄老人助餐", "迎泽区", {"elderly", "community"}, {"cooking"}, True),
    ("r18", "机场爱心通道引导", "英语", "引导老弱病残旅客", "机场爱心通道", "小店区", {"hub", "disabled"}, {"english"}, True),
    ("r19", "人人学急救助教", "急救", "协助急救导师开展培训", "人人学急救", "迎泽区", {"emergency"}, {"firstaid"}, True),
    ("r20", "社区义诊护士", "护理", "测血压、血糖", "健康进万家 社区义诊", "杏花岭区", {"health", "elderly"}, {"nursing"}, True),
    ("r21", "文明交通劝导员", "", "早晚高峰路口劝导", "一盔一带", "小店区", {"traffic"}, set(), True),
    ("r22", "宣传片拍摄剪辑", "视频剪辑", "为项目拍摄宣传短片", "礼让斑马线", "杏花岭区", {"traffic"}, {"photo"}, True),
    ("r23", "晋祠义务讲解员", "讲解", "培训后为游客讲解", "晋祠文保讲解", "晋源区", {"heritage", "tourism"}, {"guide"}, True),
    ("r24", "自闭症儿童陪伴", "", "耐心，每周一次", "星星的孩子", "迎泽区", {"disabled", "children"}, set(), True),
    ("r25", "老年大学书画班助教", "国画", "协助老师上课", "银龄课堂 离退休老同志", "迎泽区", {"culture", "elderly"}, {"calligraphy"}, True),
    ("r26", "春运志愿者（已满）", "英语", "已招满", "温暖回家路", "小店区", {"hub"}, {"english"}, False),
    ("r27", "送考车司机", "驾驶", "高考期间接送考生", "爱心送考车", "小店区", {"traffic", "students"}, {"driving"}, True),
    ("r28", "社区网格巡查", "", "协助排查隐患", "平安家园", "尖草坪区", {"safety", "community"}, set(), True),
    ("r29", "科普实验秀助手", "", "大学生，理工科优先", "科普大篷车", "尖草坪区", {"science", "students"}, set(), True),
    ("r30", "养老院文艺演出", "唱歌、乐器", "为老人表演节目", "银龄舞台 乐享晚年", "迎泽区", {"elderly", "culture"}, {"music"}, True),
]


def grade(v, r) -> int:
    _, _, _, district, _, skills, causes = v
    *_, r_district, r_causes, r_skills, open_ = r
    if not open_:
        return 0
    cause, skill = bool(causes & r_causes), bool(skills & r_skills)
    if skill and cause:
        return 3
    if skill or (not r_skills and cause and district == r_district):
        return 2
    return 1 if cause else 0


def main() -> None:
    data = {
        "about": {"what": "Recruitments for volunteers, graded by rules written first (README.md).",
                  "made_by": "tests/data/volunteers/build.py"},
        "recruitments": [{"key": r[0], "title": r[1], "skills": r[2], "requirements": r[3], "project": r[4],
                          "district": r[5], "remaining": 5 if r[8] else 0} for r in R],
        "volunteers": [{"key": v[0], "skills": v[1], "interests": v[2], "district": v[3], "availability": v[4]}
                       for v in V],
        "qrels": {v[0]: {r[0]: g for r in R if (g := grade(v, r))} for v in V},
    }
    out = Path(__file__).resolve().parent.parent / "volunteers_eval.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
