"""The projects of evaluation set 8, with the grader's tags (README.md), written after the sponsors.

Each project is what a lead unit's branch posts (title, programme, district, service target and
type, description, needs with quantities and units), plus, for the grader only: its causes (the
programme's, added by `project`, and those of the people its text serves) and, for each need,
the resource a reader sees in it (`tag`). `remaining` is how much of a need is still open.
"""

from __future__ import annotations

PROGRAMME_CAUSE = {
    1: "party", 2: "safety", 3: "elderly", 4: "online", 5: "education", 6: "community", 7: "legal",
    8: "migrant", 9: "environment", 10: "transit", 11: "rural", 12: "culture", 13: "health", 14: "sport",
    15: "tourism", 16: "heritage", 17: "workers", 18: "youth", 19: "women", 20: "science", 21: "disabled",
    22: "firstaid", 23: "traffic", 24: "fire", 25: "firstaid", 26: "hub",
}

PROJECTS: list[dict] = []


def need(kind: str, description: str, quantity: int, unit: str, tag: str, remaining: int | None = None) -> dict:
    return {"kind": kind, "description": description, "quantity": quantity, "unit": unit,
            "remaining": quantity if remaining is None else remaining, "tag": tag}


def project(category: int, district: str, title: str, target: str, service_type: str, description: str,
            causes: tuple[str, ...], *needs: dict) -> None:
    """Append a project; its key follows the order of writing."""
    PROJECTS.append({
        "key": f"p{len(PROJECTS) + 1:03d}", "title": title, "category": category, "district": district,
        "service_target": target, "service_type": service_type, "description": description,
        "needs": list(needs), "causes": sorted({PROGRAMME_CAUSE[category], *causes}),
    })


# 1 党员志愿服务项目
project(1, "迎泽区", "党员先锋岗·楼道亮起来", "老旧小区居民", "党建引领、设施维修",
        "组织在职党员回社区报到，排查老旧小区楼道灯不亮、扶手松动等问题，能修的当场修，修不了的登记上报。",
        ("community",),
        need("skill", "电工，维修楼道灯、线路", 2, "人", "skill:electric"),
        need("volunteers", "在职党员志愿者", 20, "人", "people", 6),
        need("goods", "楼道声控灯", 60, "个", "goods:build"))
project(1, "小店区", "初心课堂", "社区党员、居民", "党史学习教育",
        "为深化党史学习教育，在社区开设党员流动课堂，邀请老党员、历史教师讲述太原本地的红色故事，每月一期。",
        ("culture",),
        need("skill", "讲述太原革命历史的讲师", 2, "人", "skill:guide"),
        need("venue", "能容纳60人的活动室", 1, "间", "venue:hall"),
        need("goods", "学习手册印制", 300, "册", "print"))
project(1, "清徐县", "一张床的距离", "农村卧床老人", "党员结对、上门照护",
        "村里党员与卧床不起的老人一对一结对，每周上门两次：翻身、擦洗、陪着说说话。",
        ("elderly", "rural"),
        need("volunteers", "结对党员", 30, "人", "people"),
        need("skill", "护理培训讲师，教翻身、防压疮", 1, "人", "skill:nursing"),
        need("goods", "成人护理垫", 500, "片", "goods:daily", 0))
project(1, "古交市", "党员帮忙办", "山区老人", "代办服务",
        "党员代办跑腿，帮山里老人办社保认证、取药、交电费。",
        ("elderly", "rural"),
        need("volunteers", "代办员", 10, "人", "people"),
        need("goods", "代办用车（含司机）", 1, "辆", "transport"))
project(1, "阳曲县", "书记的菜园子", "村民", "党支部领办产业",
        "村党支部带头建了12个蔬菜大棚，想带着村民一起种，但技术和销路都缺。",
        ("rural",),
        need("skill", "大棚蔬菜种植技术指导", 2, "人", "skill:agri"),
        need("goods", "蔬菜种子", 50, "包", "goods:plants"),
        need("skill", "手机直播卖菜培训", 1, "人", "skill:ecommerce"))
project(1, "万柏林区", "双报到·老院新颜", "城中村居民", "环境整治",
        "机关党员到城中村双报到，清理卫生死角，顺带把院里的老鼠治一治。",
        ("community", "environment"),
        need("volunteers", "党员志愿者", 40, "人", "people"),
        need("skill", "专业灭鼠消杀", 2, "次", "skill:pest"),
        need("goods", "扫帚、铁锹等清扫工具", 30, "套", "goods:tools"))
project(1, "尖草坪区", "工地上的党员之家", "流动党员、务工人员", "组织生活、学习",
        "在建筑工地集中的片区为流动党员建一个“家”，能过组织生活，工友们晚上也能来看看书、看看新闻。",
        ("migrant",),
        need("venue", "工地附近的活动室", 1, "间", "venue:hall"),
        need("goods", "书报架及图书", 1, "套", "goods:books"),
        need("goods", "投影仪", 1, "台", "goods:electronics"))

# 2 平安志愿服务项目
project(2, "迎泽区", "别让养老钱打了水漂", "社区老年人", "反诈宣传",
        "为有效遏制针对老年人的养老诈骗、非法集资犯罪，按照平安建设工作部署，在辖区各社区开展专题宣讲，"
        "揭露“高息理财”“以房养老”“保健品”等常见骗局。",
        ("elderly",),
        need("skill", "反诈、防非法集资宣讲员", 4, "人", "skill:antifraud"),
        need("goods", "宣传折页印制", 2000, "份", "print"),
        need("venue", "社区礼堂", 1, "处", "venue:hall", 0))
project(2, "小店区", "夜巡", "城中村居民", "治安巡逻",
        "城中村夜间治安巡逻，每晚两组，一组十二人。",
        ("community",),
        need("volunteers", "巡逻队员", 24, "人", "people"),
        need("goods", "反光背心、强光手电", 24, "套", "goods:safety"))
project(2, "杏花岭区", "看得见的安全", "无物业老旧小区", "技防建设",
        "辖区7个无物业小区没有一个摄像头，电动车屡丢，老人摔倒也无人知晓。计划在出入口和车棚安装监控。",
        ("community", "elderly"),
        need("skill", "监控安装调试", 1, "队", "skill:electric"),
        need("goods", "监控摄像头", 16, "个", "goods:security"),
        need("money", "设备维护费", 8000, "元", "money"))
project(2, "娄烦县", "村里的大喇叭", "农村留守老人", "反诈广播",
        "用村里的大喇叭每天早晚播反诈提醒，要用娄烦话录，老人才听得进去。",
        ("rural", "elderly"),
        need("skill", "录制方言反诈广播", 1, "人", "skill:host"),
        need("goods", "村用广播喇叭", 10, "套", "goods:stage"))
project(2, "晋源区", "护学岗", "小学生", "校园周边安全",
        "上学放学时段在学校门口站岗，护送孩子过马路、劝离闲杂人员。",
        ("children", "education"),
        need("volunteers", "护学志愿者", 20, "人", "people", 5),
        need("goods", "护学反光背心、指挥旗", 20, "套", "goods:safety"))
project(2, "万柏林区", "车棚里的贼", "小区居民", "防盗宣传",
        "近三个月小区丢了十几辆电动车。想给车棚换好锁，请人讲讲怎么防盗。",
        ("community",),
        need("goods", "电动车防盗锁", 100, "把", "goods:build"),
        need("skill", "防盗知识讲解", 1, "人", "skill:antifraud"))
project(2, "清徐县", "平安集市", "赶集村民", "防扒窃、防诈骗",
        "逢五逢十的集市人多眼杂，组织志愿者巡防，现场发防骗传单。",
        ("rural",),
        need("volunteers", "集市巡防志愿者", 10, "人", "people"),
        need("goods", "防骗宣传海报", 100, "张", "print"),
        need("goods", "手持扩音喇叭", 5, "个", "goods:stage"))

# 3 离退休人员志愿服务项目
project(3, "杏花岭区", "银龄课堂学手机", "社区老年人", "智能手机培训",
        "教老人用智能手机挂号、扫码、打视频电话，每周两次课。",
        (),
        need("skill", "手机教学志愿者", 6, "人", "skill:it"),
        need("venue", "教室", 1, "间", "venue:classroom"),
        need("goods", "教学用旧手机", 10, "部", "goods:electronics"))
project(3, "小店区", "老伙伴", "高龄独居老人", "结对探访",
        "招募六十多岁的低龄老人与八十岁以上独居老人结成“老伙伴”，每周电话、每月上门。",
        ("community",),
        need("volunteers", "低龄老人志愿者", 30, "人", "people"),
        need("goods", "探访慰问品（米面油）", 30, "份", "goods:food"),
        need("skill", "结对前的沟通培训", 1, "人", "skill:psych"))
project(3, "迎泽区", "修修补补", "社区老年人", "便民维修",
        "每月第一个周六在社区广场摆摊：修小家电、换锁芯、补鞋换拉链，都不收钱。",
        (),
        need("skill", "家电维修师傅", 3, "人", "skill:repair"),
        need("skill", "缝补、修鞋师傅", 2, "人", "skill:sewing"),
        need("venue", "广场摊位", 1, "处", "venue:outdoor", 0))
project(3, "尖草坪区", "敬老院里过大年", "敬老院老人", "节日慰问演出",
        "春节前到敬老院办联欢，老人们点名要看扭秧歌。",
        ("culture",),
        need("skill", "秧歌、文艺演出队", 1, "支", "skill:perform"),
        need("goods", "音响设备", 1, "套", "goods:stage"),
        need("goods", "节日熟食", 100, "份", "goods:meal"))
project(3, "万柏林区", "窗户不再糊塑料布", "高龄独居、困难老人", "居家维修",
        "入户走访发现，不少老人家里窗玻璃碎了多年，只用塑料布糊着过冬。计划为40户更换门窗玻璃、加装密封条。",
        ("poor",),
        need("skill", "玻璃门窗维修工", 4, "人", "skill:build"),
        need("goods", "玻璃、密封条", 40, "户份", "goods:build"),
        need("money", "材料费", 10000, "元", "money"))
project(3, "古交市", "山里的孤老", "山区独居、空巢老人", "探访关爱",
        "对辖区山区独居、空巢老人开展定期探访，建立一人一档，冬季送米面、送棉被。",
        ("rural",),
        need("volunteers", "探访志愿者", 15, "人", "people"),
        need("goods", "米面油", 50, "份", "goods:food"),
        need("goods", "冬季棉被", 50, "床", "goods:clothes"))
project(3, "晋源区", "老年大学书画班", "退休老人", "书画教学",
        "老年大学开书画班，报名的比座位多。",
        ("culture",),
        need("skill", "书法、国画老师", 2, "人", "skill:art"),
        need("goods", "笔墨纸砚", 40, "套", "goods:books"),
        need("venue", "教室", 1, "间", "venue:classroom", 0))
project(3, "阳曲县", "退休干部防骗课", "退休干部", "反诈教育",
        "县老干局组织退休干部听一堂防骗课。",
        ("safety",),
        need("skill", "防骗讲师", 1, "人", "skill:antifraud"),
        need("goods", "防骗宣传册", 500, "本", "print"))

# 4 网络文明传播志愿服务项目
project(4, "小店区", "清朗网络·我来说", "青年网民", "网络正能量传播",
        "招募青年网络文明志愿者，拍摄发布身边好人好事短视频，每月评选一次。",
        ("youth",),
        need("skill", "短视频拍摄剪辑指导", 3, "人", "skill:media"),
        need("goods", "手机稳定器、补光灯", 2, "套", "goods:electronics"),
        need("volunteers", "网络文明志愿者", 20, "人", "people"))
project(4, "迎泽区", "孩子的手机", "中小学生家长", "家长课堂",
        "孩子沉迷手机游戏、短视频怎么办？开一堂家长课。",
        ("children", "education"),
        need("skill", "心理老师", 1, "人", "skill:psych"),
        need("venue", "学校报告厅", 1, "处", "venue:hall"),
        need("goods", "家长手册印制", 1000, "册", "print"))
project(4, "尖草坪区", "网上办事不求人", "社区居民、老年人", "网上办事培训",
        "社保、医保、公积金都能网上办了，可不少居民不会。社区想开个电脑教室手把手教。",
        ("elderly", "community"),
        need("skill", "电脑、手机教学志愿者", 4, "人", "skill:it"),
        need("venue", "电脑室", 1, "间", "venue:computer"),
        need("goods", "旧电脑", 10, "台", "goods:electronics"))
project(4, "晋源区", "谣言止于我", "社区居民", "辟谣",
        "社区微信群辟谣员培训。",
        ("community",),
        need("skill", "新媒体讲师", 1, "人", "skill:media"),
        need("volunteers", "微信群管理员", 30, "人", "people"))
project(4, "娄烦县", "村播", "农村青年、种养殖户", "网络文明与电商培训",
        "为推进网络文明建设与乡村振兴相结合，组织开展“村播”培训，引导村民文明直播、诚信经营，"
        "把娄烦的土豆、小米、蜂蜜卖出去。",
        ("rural",),
        need("skill", "直播电商讲师", 2, "人", "skill:ecommerce"),
        need("goods", "手机支架、补光灯", 20, "套", "goods:electronics"))
project(4, "万柏林区", "屏幕上的公益", "市民", "公益广告",
        "网络文明公益短片做好了，缺地方放。",
        (),
        need("skill", "户外屏、车站屏公益播放时段", 1, "批", "skill:media"),
        need("skill", "公益短片配音", 1, "人", "skill:host"))
project(4, "杏花岭区", "老人防网骗", "社区老年人", "网络安全",
        "教老人识别网络骗局，顺手把手机的安全设置都调好。",
        ("elderly", "safety"),
        need("skill", "反诈讲师", 2, "人", "skill:antifraud"),
        need("skill", "手机安全设置教学志愿者", 3, "人", "skill:it"),
        need("goods", "宣传折页", 1000, "份", "print"))

# 5 师生志愿服务项目
project(5, "清徐县", "周末不孤单", "农村留守儿童", "课业辅导",
        "大学生周末到村小给留守孩子辅导作业、读书，一学期十六次。",
        ("children", "rural"),
        need("skill", "辅导老师", 8, "人", "skill:teaching"),
        need("goods", "文具", 100, "套", "goods:books"),
        need("goods", "接送大学生的车辆", 1, "辆", "transport"))
project(5, "阳曲县", "乡村图书角", "农村小学生", "阅读推广",
        "全县十二所村小建图书角。",
        ("children", "rural"),
        need("goods", "儿童图书", 2000, "册", "goods:books"),
        need("goods", "书架", 12, "个", "goods:furniture"),
        need("volunteers", "整理上架志愿者", 5, "人", "people"))
project(5, "小店区", "考点外的一把伞", "高考考生及家长", "考点服务",
        "高考三天在考点外设服务站：一瓶水、一份午饭、一把伞。",
        ("youth",),
        need("goods", "矿泉水", 50, "箱", "goods:water"),
        need("goods", "爱心午餐", 300, "份", "goods:meal"),
        need("venue", "考点附近的休息点", 1, "处", "venue:station"),
        need("volunteers", "引导志愿者", 30, "人", "people", 0))
project(5, "古交市", "一台电脑上网课", "山区学校学生", "教育帮扶",
        "山区三所学校只有一间电脑室，机器都是十年前的。",
        ("children", "rural"),
        need("goods", "电脑", 30, "台", "goods:electronics"),
        need("skill", "装系统、网络维护", 1, "人", "skill:it"))
project(5, "万柏林区", "职校生进社区", "社区居民", "职业学生志愿服务",
        "职业学校学生每月到社区义务修家电、理发，缺摆摊的地方和工具。",
        ("youth", "community"),
        need("venue", "社区服务点场地", 1, "处", "venue:outdoor"),
        need("goods", "维修工具", 5, "套", "goods:tools"))
project(5, "尖草坪区", "小小工程师", "小学生", "科学兴趣课",
        "给城中村小学开科学兴趣课，做模型、做实验。",
        ("children", "science"),
        need("skill", "科学实验、模型老师", 3, "人", "skill:science"),
        need("goods", "航模材料包", 60, "套", "goods:toys"))
project(5, "晋源区", "开学第一课", "中小学生", "安全教育",
        "开学第一课讲交通、消防、急救三件事，请三位懂行的来。",
        ("children", "safety"),
        need("skill", "交通安全讲解", 1, "人", "skill:traffic"),
        need("skill", "消防安全讲解", 1, "人", "skill:fire"),
        need("skill", "急救讲解", 1, "人", "skill:firstaid"))

# 6 邻里守望社区志愿服务项目
project(6, "迎泽区", "楼道里的老鼠", "老旧小区居民", "环境整治",
        "老小区楼道堆满杂物，老鼠白天都敢出来。先清杂物，再请专业的来治。",
        ("environment",),
        need("skill", "专业灭鼠消杀", 3, "次", "skill:pest"),
        need("volunteers", "清理楼道杂物志愿者", 20, "人", "people"),
        need("goods", "大号垃圾袋", 1000, "个", "goods:tools"))
project(6, "杏花岭区", "小区议事会", "小区居民", "居民自治",
        "每月一次小区议事会，议停车、议加装电梯。",
        (),
        need("venue", "议事室", 1, "间", "venue:hall", 0),
        need("volunteers", "居民议事员", 9, "人", "people", 0))
project(6, "小店区", "共享工具箱", "社区居民", "邻里互助",
        "社区设一个工具箱，电钻、梯子、扳手大家借着用，周末有师傅值守帮忙。",
        (),
        need("goods", "家用工具", 20, "套", "goods:tools"),
        need("skill", "值守维修师傅", 2, "人", "skill:repair"),
        need("venue", "存放和借用的房间", 1, "间", "venue:hall"))
project(6, "尖草坪区", "巷子口的灯", "城中村居民", "照明改善",
        "城中村几条巷子晚上黑灯瞎火，夜里下班回来的人害怕。",
        ("safety",),
        need("goods", "太阳能路灯", 30, "盏", "goods:build"),
        need("skill", "电工安装", 2, "人", "skill:electric"))
project(6, "万柏林区", "邻里厨房", "社区独居老人", "助餐",
        "社区食堂开起来了，给行动不便的独居老人送午饭，缺灶具和掌勺的。",
        ("elderly",),
        need("goods", "厨房灶具、蒸柜", 1, "套", "goods:kitchen"),
        need("skill", "厨师", 2, "人", "skill:cooking"),
        need("volunteers", "送餐员", 10, "人", "people"))
project(6, "杏花岭区", "老房子还安全吗", "老旧楼房居民", "房屋安全排查",
        "辖区有二十多栋七八十年代的老楼，墙上裂缝越来越多，居民心里没底。",
        ("elderly", "safety"),
        need("skill", "房屋结构安全检查", 2, "人", "skill:build"),
        need("volunteers", "入户登记志愿者", 10, "人", "people"))
project(6, "晋源区", "晒被子的日子", "独居老人", "居家帮扶",
        "入冬前帮独居老人拆洗被褥，太旧的换新。",
        ("elderly",),
        need("volunteers", "志愿者", 10, "人", "people"),
        need("goods", "新被褥", 30, "套", "goods:clothes"),
        need("goods", "洗衣液", 30, "瓶", "goods:daily"))
project(6, "清徐县", "老街小巷补一补", "县城老街居民", "微改造",
        "县城老街路面坑洼、排水沟塌了，居民出资出力，还差材料和手艺人。",
        (),
        need("goods", "水泥", 20, "吨", "goods:build"),
        need("skill", "泥瓦工", 3, "人", "skill:build"),
        need("volunteers", "居民志愿者", 10, "人", "people"))

# 7 法律援助志愿服务项目
project(7, "小店区", "讨薪不求人", "农民工", "法律咨询",
        "年底在劳务市场设点，为农民工讨薪提供免费法律咨询，教他们留好证据。",
        ("migrant", "workers"),
        need("skill", "律师", 3, "人", "skill:legal"),
        need("venue", "劳务市场咨询点", 1, "处", "venue:outdoor"),
        need("goods", "维权手册印制", 1000, "册", "print"))
project(7, "娄烦县", "法律明白人", "村民", "普法培训",
        "每个村培养两名“法律明白人”，懂点土地、婚姻、借贷方面的法。",
        ("rural",),
        need("skill", "法律讲师", 2, "人", "skill:legal"),
        need("goods", "培训教材", 200, "本", "print"),
        need("venue", "乡镇会议室", 1, "间", "venue:hall", 0))
project(7, "迎泽区", "她不必忍", "遭受家暴的妇女", "法律援助、庇护",
        "为遭受家庭暴力的妇女提供法律援助，必要时提供临时庇护。",
        ("women",),
        need("skill", "律师", 2, "人", "skill:legal"),
        need("skill", "心理咨询师", 1, "人", "skill:psych"),
        need("venue", "临时庇护房间", 1, "间", "venue:lodging"))
project(7, "万柏林区", "遗嘱那点事", "老年人", "法律咨询",
        "老人想立遗嘱又怕麻烦，请律师、公证员到社区坐诊。",
        ("elderly",),
        need("skill", "律师、公证员", 2, "人", "skill:legal"),
        need("goods", "宣传页", 500, "份", "print"))
project(7, "晋源区", "少年法庭开放日", "中学生", "法治教育",
        "组织中学生走进法院，旁听模拟庭审。",
        ("children", "education"),
        need("skill", "法官、法官助理讲解", 1, "人", "skill:legal"),
        need("goods", "接送学生的大巴", 2, "辆", "transport"),
        need("volunteers", "引导志愿者", 6, "人", "people"))
project(7, "阳曲县", "调解进村", "村民", "人民调解",
        "邻里纠纷、宅基地纠纷多，村里的调解员需要培训，调解室连张像样的桌子都没有。",
        ("rural",),
        need("skill", "人民调解员培训", 1, "人", "skill:legal"),
        need("goods", "调解室桌椅", 1, "套", "goods:furniture"))
project(7, "尖草坪区", "工伤了怎么办", "工厂职工", "维权讲座",
        "工业园区职工工伤维权讲座。",
        ("workers",),
        need("skill", "劳动法律师", 1, "人", "skill:legal"),
        need("venue", "园区会议室", 1, "间", "venue:hall"),
        need("goods", "矿泉水", 10, "箱", "goods:water"))

# 8 关爱农民工志愿服务项目
project(8, "万柏林区", "工地理发日", "建筑工人", "生活服务",
        "每月一次到工地给工人理发、量血压，再发条新毛巾。",
        ("workers",),
        need("skill", "理发师", 4, "人", "skill:haircut"),
        need("skill", "量血压的护士", 2, "人", "skill:nursing"),
        need("goods", "毛巾", 100, "条", "goods:daily"))
project(8, "小店区", "宿舍里的架子床", "农民工", "住宿改善",
        "工地宿舍的铁架子床好多焊口开了，睡着吱呀响，床垫也薄。",
        ("workers",),
        need("skill", "电焊修床", 2, "人", "skill:weld"),
        need("goods", "床垫", 40, "个", "goods:furniture"),
        need("goods", "蚊帐", 40, "顶", "goods:daily"))
project(8, "迎泽区", "回家的车票", "农民工", "返乡服务",
        "春运期间帮农民工网上抢票，困难的补贴点路费，人多的片区包车送。",
        ("hub",),
        need("skill", "网上购票帮扶志愿者", 5, "人", "skill:it"),
        need("money", "返乡路费补助", 20000, "元", "money"),
        need("goods", "返乡包车大巴", 2, "辆", "transport"))
project(8, "尖草坪区", "工友夜校", "农民工", "技能培训",
        "晚上七点到九点，教电工证考试、教怎么找更好的活。",
        ("workers",),
        need("skill", "电工技能讲师", 1, "人", "skill:electric"),
        need("skill", "求职指导", 1, "人", "skill:job"),
        need("venue", "教室", 1, "间", "venue:classroom"))
project(8, "杏花岭区", "打工子弟的六一", "农民工子女", "节日关爱",
        "打工子弟学校的六一，孩子们想看演出，想要个礼物。",
        ("children",),
        need("skill", "文艺演出", 1, "场", "skill:perform"),
        need("goods", "玩具礼物", 200, "份", "goods:toys"),
        need("goods", "零食水果", 200, "份", "goods:food"))
project(8, "晋源区", "一碗热饭", "建筑工人", "送餐",
        "给工地工人中午送热饭。",
        ("workers",),
        need("goods", "盒饭", 200, "份", "goods:meal"),
        need("goods", "送餐车", 1, "辆", "transport"))
project(8, "古交市", "家门口找活", "返乡务工人员", "就业服务",
        "为促进返乡农民工就近就业，拟举办专场招聘会，提供简历指导、岗位对接等服务。",
        ("rural",),
        need("skill", "招聘、简历指导", 2, "人", "skill:job"),
        need("venue", "招聘会场地", 1, "处", "venue:outdoor"),
        need("goods", "岗位信息海报", 200, "张", "print"))

# 9 关爱山川河流志愿服务项目
project(9, "晋源区", "河边的塑料袋", "汾河晋源段", "河岸清洁",
        "每月最后一个周日沿汾河晋源段捡垃圾，一次走五公里。",
        (),
        need("volunteers", "志愿者", 40, "人", "people"),
        need("goods", "垃圾钳、垃圾袋", 50, "套", "goods:tools"),
        need("goods", "饮用水", 20, "箱", "goods:water"))
project(9, "小店区", "一吨水的旅程", "中小学生", "环保研学",
        "带孩子们去污水处理厂看看，脏水是怎么变干净的，回来写一篇节水日记。",
        ("education", "science", "children"),
        need("skill", "水处理讲解", 1, "人", "skill:env"),
        need("goods", "大巴", 2, "辆", "transport"),
        need("volunteers", "带队志愿者", 6, "人", "people"))
project(9, "杏花岭区", "桶边督导", "社区居民", "垃圾分类",
        "早晚投放高峰在垃圾桶边站岗，教居民分类。",
        ("community",),
        need("volunteers", "桶边督导员", 30, "人", "people", 12),
        need("goods", "分类垃圾桶", 40, "组", "goods:tools"),
        need("skill", "垃圾分类培训", 1, "人", "skill:env"))
project(9, "清徐县", "护河员", "潇河清徐段", "巡河护河",
        "落实河长制，组建村民护河队，定期巡河、制止电鱼和倾倒垃圾，汛期注意安全。",
        ("rural",),
        need("volunteers", "巡河员", 20, "人", "people"),
        need("goods", "救生衣、救生绳", 10, "套", "goods:rescue"),
        need("skill", "水质检测", 1, "人", "skill:env"))
project(9, "阳曲县", "种一片林", "荒山", "植树造林",
        "春季义务植树，荒山上种两千株油松。",
        ("rural",),
        need("goods", "油松树苗", 2000, "株", "goods:plants"),
        need("volunteers", "植树志愿者", 100, "人", "people"),
        need("goods", "运苗货车", 2, "辆", "transport"))
project(9, "尖草坪区", "废品不废", "社区居民", "资源回收",
        "每月一个回收日，旧衣服、纸箱、塑料瓶收上来统一拉走。",
        ("community",),
        need("goods", "三轮车（带人）", 2, "辆", "transport"),
        need("volunteers", "志愿者", 10, "人", "people"),
        need("goods", "回收日海报", 50, "张", "print"))
project(9, "晋源区", "湖边步道", "晋阳湖公园", "环境清洁",
        "晋阳湖观鸟步道清理。",
        ("heritage",),
        need("volunteers", "志愿者", 20, "人", "people"),
        need("goods", "垃圾袋", 200, "个", "goods:tools", 0))
project(9, "古交市", "山上的矿坑", "废弃矿区", "生态修复",
        "废弃小煤窑留下的矿坑要回填复绿，机械和苗木都缺。",
        ("rural",),
        need("goods", "草籽、灌木苗", 1, "批", "goods:plants"),
        need("goods", "挖掘机", 1, "台", "goods:other"),
        need("volunteers", "志愿者", 50, "人", "people"))

# 10 城市公共交通志愿服务项目
project(10, "小店区", "站台上多一双手", "地铁乘客", "乘车引导",
        "早晚高峰在地铁站引导乘客排队，帮坐轮椅的、看不见的乘客上下车。",
        ("disabled", "elderly"),
        need("volunteers", "引导员", 30, "人", "people"),
        need("goods", "志愿者马甲", 30, "件", "goods:safety"),
        need("skill", "手语引导", 2, "人", "skill:sign"))
project(10, "迎泽区", "请坐", "公交乘客", "文明乘车宣传",
        "倡导公交车上主动让座。",
        (),
        need("skill", "宣传短片制作", 1, "部", "skill:media"),
        need("goods", "车厢宣传贴", 500, "张", "print"))
project(10, "杏花岭区", "的哥的歇脚点", "出租车司机", "司机关爱",
        "出租车司机吃饭喝水上厕所难，想在沿街店铺挂牌设歇脚点。",
        ("workers",),
        need("venue", "歇脚点（热水、充电、厕所）", 5, "处", "venue:station"),
        need("goods", "饮用水", 50, "箱", "goods:water"))
project(10, "万柏林区", "盲人坐公交", "视障人士", "出行陪伴",
        "陪视障朋友熟悉公交线路，一人一对一陪乘。",
        ("disabled",),
        need("volunteers", "陪乘志愿者", 10, "人", "people"),
        need("skill", "定向行走训练师", 1, "人", "skill:other"))
project(10, "娄烦县", "村村通班车站台", "农村乘客", "候车设施",
        "村口班车站台塌了一半，老人等车没地方坐。",
        ("rural", "elderly"),
        need("goods", "候车座椅", 10, "个", "goods:furniture"),
        need("skill", "站台维修", 1, "人", "skill:build"),
        need("goods", "水泥", 5, "吨", "goods:build"))
project(10, "晋源区", "站牌看不清", "公交乘客", "设施维护",
        "站牌老旧看不清，需要更新。",
        (),
        need("goods", "站牌制作", 20, "块", "print"),
        need("skill", "站牌安装", 1, "人", "skill:build"))
project(10, "尖草坪区", "夜班车司机体检", "公交夜班司机", "健康服务",
        "夜班司机常年熬夜，高血压的不少，请医生来给做个体检。",
        ("workers", "health"),
        need("skill", "体检医生", 3, "人", "skill:medical"),
        need("goods", "电子血压计", 5, "台", "goods:medical"))

# 11 扶贫和农村志愿服务项目
project(11, "清徐县", "一亩葡萄的账", "葡萄种植户", "技术帮扶",
        "葡萄年年种，年年卖不上价。请人教修剪、教网上卖。",
        (),
        need("skill", "果树修剪技术", 2, "人", "skill:agri"),
        need("skill", "网上销售指导", 1, "人", "skill:ecommerce"),
        need("goods", "喷雾器", 10, "台", "goods:tools"))
project(11, "娄烦县", "甜蜜的事业", "脱贫户", "产业帮扶",
        "为巩固拓展脱贫攻坚成果，拟在三个村发展中蜂养殖，带动脱贫户每户养蜂十箱。",
        ("poor",),
        need("skill", "养蜂技术员", 2, "人", "skill:agri"),
        need("goods", "蜂箱", 50, "个", "goods:other"),
        need("money", "启动资金", 30000, "元", "money"))
project(11, "娄烦县", "羊圈里的防疫", "养羊户", "畜牧服务",
        "春秋两季给全村的羊打疫苗，羊圈消毒。",
        (),
        need("skill", "兽医防疫", 2, "人", "skill:agri"),
        need("goods", "消毒液", 100, "瓶", "goods:daily"))
project(11, "阳曲县", "村路修一修", "村民", "基础设施",
        "为改善农村人居环境，拟对村内2.3公里破损道路进行硬化修补，村民投工投劳，急需水泥及运输车辆。",
        (),
        need("goods", "水泥", 50, "吨", "goods:build"),
        need("goods", "运输车辆（带司机）", 2, "辆", "transport"),
        need("volunteers", "村民志愿者", 30, "人", "people"))
project(11, "古交市", "山货进城", "山区农户", "消费帮扶",
        "核桃、小米、土鸡蛋卖不出去，想在城里办展销，也想学网上卖。",
        ("poor",),
        need("skill", "直播带货", 2, "人", "skill:ecommerce"),
        need("venue", "展销场地", 1, "处", "venue:hall"),
        need("goods", "包装箱", 500, "个", "goods:other"))
project(11, "阳曲县", "漏雨的屋子", "农村困难老人", "危房修缮",
        "下雨天屋里摆满盆盆罐罐，老人晚上睡不着。",
        ("elderly", "poor"),
        need("skill", "房屋检查维修", 2, "人", "skill:build"),
        need("goods", "防水卷材", 30, "卷", "goods:build"),
        need("money", "修缮资金", 10000, "元", "money"))
project(11, "古交市", "冬天的煤", "农村困难户", "冬季取暖",
        "入冬前给困难户送取暖煤和棉被。",
        ("poor", "elderly"),
        need("goods", "取暖煤", 20, "吨", "goods:other"),
        need("goods", "棉被", 50, "床", "goods:clothes"))
project(11, "尖草坪区", "城边村的菜摊", "城边村菜农", "种植技术",
        "城边村的菜农想种点反季节菜。",
        (),
        need("skill", "蔬菜种植技术", 1, "人", "skill:agri"),
        need("goods", "菜种", 100, "包", "goods:plants"))

# 12 文化志愿服务项目
project(12, "晋源区", "灯影里的故事", "中小学生", "非遗进校园",
        "请皮影艺人进学校演一场，再教孩子们刻一个自己的皮影。",
        ("children", "education"),
        need("skill", "皮影演出", 1, "场", "skill:perform"),
        need("skill", "皮影制作教学", 1, "人", "skill:craft"),
        need("venue", "学校礼堂", 1, "处", "venue:hall", 0))
project(12, "清徐县", "村晚", "村民", "群众文化",
        "腊月二十八村里办春晚，节目不够、音响没有、主持人也没着落。",
        ("rural",),
        need("skill", "文艺节目", 3, "个", "skill:perform"),
        need("goods", "音响", 1, "套", "goods:stage"),
        need("skill", "主持人", 1, "人", "skill:host"))
project(12, "迎泽区", "方寸之间", "青少年", "传统文化体验",
        "暑期篆刻体验课，每期十五个孩子。",
        ("children",),
        need("skill", "篆刻老师", 1, "人", "skill:art"),
        need("goods", "印石、刻刀", 30, "套", "goods:other"),
        need("venue", "教室", 1, "间", "venue:classroom"))
project(12, "小店区", "社区书屋", "社区居民", "全民阅读",
        "社区书屋缺书，也缺读书会领读的人。",
        ("community",),
        need("goods", "图书", 500, "册", "goods:books"),
        need("skill", "读书会领读人", 2, "人", "skill:host"))
project(12, "阳曲县", "老戏台", "村民", "传统戏台修缮与演出",
        "村里清代的老戏台，梁柱要修，修好了请剧团唱一台晋剧。",
        ("heritage", "rural"),
        need("skill", "古建修缮", 1, "人", "skill:build"),
        need("skill", "晋剧演出", 1, "场", "skill:perform"))
project(12, "尖草坪区", "手艺人的集", "市民", "非遗集市",
        "春节办非遗集市，请糖画、剪纸、面塑手艺人摆摊现场做。",
        (),
        need("skill", "糖画、剪纸等手艺人", 5, "人", "skill:craft"),
        need("venue", "集市场地", 1, "处", "venue:outdoor"),
        need("goods", "展台", 10, "个", "goods:furniture"))
project(12, "娄烦县", "露天电影又来了", "村民", "电影下乡",
        "夏天晚上在村广场放电影，放映机坏了。",
        ("rural",),
        need("goods", "放映设备", 1, "套", "goods:electronics"),
        need("skill", "放映员", 1, "人", "skill:other"))

# 13 医疗卫生志愿服务项目
project(13, "万柏林区", "两癌筛查进社区", "适龄妇女", "健康筛查",
        "为适龄妇女免费做宫颈癌、乳腺癌筛查，一次约二百人。",
        ("women",),
        need("skill", "妇科医生", 2, "人", "skill:medical"),
        need("venue", "筛查场地", 1, "处", "venue:hall"),
        need("volunteers", "登记引导志愿者", 4, "人", "people"))
project(13, "杏花岭区", "管住嘴", "糖尿病、高血压老人", "慢病管理",
        "社区里血糖高的老人多，吃什么不吃什么说不清，血糖仪也没几台。",
        ("elderly",),
        need("skill", "营养师", 1, "人", "skill:nutrition"),
        need("goods", "血糖仪", 20, "台", "goods:medical"),
        need("skill", "护士", 2, "人", "skill:nursing"))
project(13, "万柏林区", "最后一段路", "安宁疗护病人及家属", "临终关怀",
        "医院安宁疗护病区招募志愿者，陪病人说说话、帮家属喘口气。",
        ("elderly",),
        need("skill", "临终陪伴志愿者（受过培训）", 6, "人", "skill:psych"),
        need("volunteers", "病房志愿者", 10, "人", "people"),
        need("goods", "护理用品", 1, "批", "goods:daily"))
project(13, "阳曲县", "医生进村", "村民", "义诊",
        "组织城区医院医生下乡义诊，测血压、看慢病、送药。",
        ("rural",),
        need("skill", "医生", 4, "人", "skill:medical"),
        need("goods", "常用药品", 1, "批", "goods:medical"),
        need("goods", "义诊用车", 1, "辆", "transport"))
project(13, "迎泽区", "有人陪着去", "肿瘤患者", "陪诊",
        "不少肿瘤病人一个人来化疗，挂号、缴费、取药都靠自己。想组一支陪诊队，也给困难的病人凑点钱。",
        ("poor",),
        need("volunteers", "陪诊员", 10, "人", "people"),
        need("skill", "心理疏导", 1, "人", "skill:psych"),
        need("money", "困难病人救助金", 20000, "元", "money"))
project(13, "小店区", "老人的牙", "社区老年人", "口腔健康",
        "给社区老人免费口腔检查。",
        ("elderly",),
        need("skill", "口腔医生", 2, "人", "skill:medical"),
        need("goods", "牙刷牙膏", 200, "套", "goods:daily"))
project(13, "清徐县", "健康大讲堂", "县城居民", "健康教育",
        "每月一讲，请市里的医生讲高血压、脑卒中。",
        (),
        need("skill", "讲座医生", 1, "人", "skill:medical"),
        need("venue", "报告厅", 1, "处", "venue:hall"))
project(13, "杏花岭区", "新妈妈到家", "产后妇女", "产后访视",
        "产后一个月内上门看看妈妈和宝宝，教喂奶，也问问妈妈心情。",
        ("women", "children"),
        need("skill", "哺乳指导", 2, "人", "skill:nursing"),
        need("skill", "产后心理支持", 1, "人", "skill:psych"))

# 14 体育及全民健身志愿服务项目
project(14, "万柏林区", "社区乒乓球赛", "社区居民", "群众赛事",
        "街道办社区乒乓球赛，十二支队伍。",
        ("community",),
        need("skill", "裁判", 4, "人", "skill:fitness"),
        need("venue", "乒乓球馆", 1, "处", "venue:sports"),
        need("goods", "球拍、球", 20, "套", "goods:sports", 0))
project(14, "晋源区", "万步走", "老年人", "健步走活动",
        "重阳节老年人健步走，沿晋阳湖走一圈。",
        ("elderly",),
        need("volunteers", "沿途保障志愿者", 15, "人", "people"),
        need("goods", "饮用水", 30, "箱", "goods:water"),
        need("skill", "救护车及医护待命", 1, "组", "skill:ems"))
project(14, "晋源区", "冰上的孩子", "小学生", "冰雪运动进校园",
        "冬季带小学生上冰，每周一次，一学期十次。",
        ("children", "education"),
        need("venue", "冰场", 1, "处", "venue:sports"),
        need("skill", "滑冰教练", 3, "人", "skill:fitness"),
        need("goods", "护具", 50, "套", "goods:sports"))
project(14, "小店区", "全民健身日", "市民", "健身展示",
        "8月8日全民健身日，在广场设健身指导点。",
        (),
        need("venue", "广场", 1, "处", "venue:outdoor"),
        need("skill", "健身指导员", 5, "人", "skill:fitness"),
        need("goods", "音响", 1, "套", "goods:stage"))
project(14, "清徐县", "村里的篮球架", "农村青少年", "体育设施",
        "村里唯一的篮球架锈断了，孩子们只能在土场上踢瓶子。",
        ("rural", "children"),
        need("goods", "篮球架", 2, "副", "goods:sports"),
        need("skill", "焊接安装", 1, "人", "skill:weld"),
        need("goods", "篮球", 20, "个", "goods:sports", 0))
project(14, "尖草坪区", "往上爬", "青少年", "体育体验营",
        "暑期青少年攀岩体验营，让孩子们试试往上爬。",
        ("youth", "children"),
        need("venue", "攀岩场地", 1, "处", "venue:sports"),
        need("skill", "攀岩教练", 2, "人", "skill:fitness"))
project(14, "古交市", "山地越野赛", "跑步爱好者", "赛事服务",
        "古交山地越野赛招募赛道志愿者，需要医疗保障和补给。",
        (),
        need("volunteers", "赛道志愿者", 50, "人", "people"),
        need("skill", "救护车及医护保障", 1, "组", "skill:ems"),
        need("goods", "饮用水", 100, "箱", "goods:water"))

# 15 文明旅游志愿服务项目
project(15, "晋源区", "晋祠门口的小红帽", "游客", "文明旅游劝导",
        "节假日在晋祠景区劝导游客不刻画、不乱扔、不翻越。",
        ("heritage",),
        need("volunteers", "劝导志愿者", 20, "人", "people"),
        need("goods", "小红帽、马甲", 20, "套", "goods:safety"),
        need("goods", "文明旅游提示牌", 30, "块", "print"))
project(15, "迎泽区", "老城墙根", "游客", "老街讲解",
        "周末带游客走钟楼街、柳巷，讲讲老太原。",
        ("culture", "heritage"),
        need("skill", "讲解员", 4, "人", "skill:guide"),
        need("goods", "导览图", 2000, "份", "print"))
project(15, "娄烦县", "山上的民宿", "乡村民宿经营户", "乡村旅游培训",
        "村里开了九家民宿，不会经营、不会讲本地故事，床品也旧。",
        ("rural",),
        need("skill", "民宿经营培训", 1, "人", "skill:job"),
        need("skill", "讲解员培训", 1, "人", "skill:guide"),
        need("goods", "床品", 50, "套", "goods:clothes"))
project(15, "杏花岭区", "游客驿站", "游客", "旅游咨询",
        "在景点附近设游客驿站，有水喝、能问路、能歇脚。",
        (),
        need("venue", "驿站场所", 1, "处", "venue:station"),
        need("goods", "饮用水", 20, "箱", "goods:water"),
        need("volunteers", "咨询志愿者", 10, "人", "people"))
project(15, "清徐县", "葡萄熟了", "游客", "采摘节服务",
        "清徐葡萄采摘节期间，做好游客引导和接驳。",
        ("rural",),
        need("volunteers", "引导志愿者", 20, "人", "people"),
        need("goods", "接驳车", 3, "辆", "transport"),
        need("goods", "宣传单", 1000, "份", "print"))
project(15, "小店区", "Hello 龙城", "外国游客", "外语服务",
        "在游客集中的地方设外语服务点，帮外国游客问路、点餐、买票。",
        (),
        need("skill", "英语、日语、韩语志愿者", 4, "人", "skill:other"),
        need("venue", "服务点", 1, "处", "venue:station"))
project(15, "阳曲县", "城里娃下乡", "城区中小学生", "乡村研学旅游",
        "带城里孩子到乡下研学一天：认庄稼、进果园、听村里老人讲故事。",
        ("children", "rural"),
        need("skill", "研学讲解", 2, "人", "skill:guide"),
        need("venue", "乡村研学基地", 1, "处", "venue:outdoor"),
        need("goods", "大巴", 2, "辆", "transport"))

# 16 文物景区、公园广场志愿服务项目
project(16, "晋源区", "讲好晋祠", "游客", "景区讲解",
        "晋祠博物馆招募讲解志愿者，节假日还要人维持秩序。",
        ("tourism",),
        need("skill", "讲解员", 6, "人", "skill:guide"),
        need("volunteers", "秩序维护志愿者", 10, "人", "people"))
project(16, "迎泽区", "湖边的烟头", "公园游客", "公园环境",
        "迎泽公园湖边烟头、塑料瓶多，周末组织清捡。",
        ("environment",),
        need("volunteers", "志愿者", 20, "人", "people"),
        need("goods", "垃圾桶", 10, "个", "goods:tools"))
project(16, "晋源区", "脚下的古城", "市民", "遗址保护宣传",
        "晋阳古城遗址保护宣传周：一场讲座、一本小册子。",
        ("culture",),
        need("skill", "历史讲座", 1, "场", "skill:guide"),
        need("goods", "宣传册", 500, "本", "print"),
        need("venue", "讲座场地", 1, "处", "venue:hall"))
project(16, "万柏林区", "小点声", "广场舞群众", "噪音劝导",
        "公园广场噪音劝导，需要志愿者。",
        ("community",),
        need("volunteers", "劝导志愿者", 15, "人", "people"),
        need("goods", "分贝仪", 5, "个", "goods:other"))
project(16, "清徐县", "老庙的梁", "县级文物保护单位", "古建保护",
        "村里的明代小庙梁柱糟朽，县文物部门已定方案，差钱、差懂行的师傅。",
        ("rural",),
        need("skill", "古建修缮师傅", 2, "人", "skill:build"),
        need("money", "修缮资金", 50000, "元", "money"))
project(16, "迎泽区", "公园里的急救点", "公园游客", "应急服务",
        "公园里晨练的老人多，去年有人倒下没救回来。想设个急救点，配AED。",
        ("firstaid", "elderly"),
        need("goods", "AED", 2, "台", "goods:rescue"),
        need("skill", "急救培训", 1, "人", "skill:firstaid"),
        need("venue", "急救点位置（亭子或小屋）", 1, "处", "venue:station"))
project(16, "尖草坪区", "崛围山护林", "崛围山景区", "护林防火",
        "秋冬防火期上山巡护。",
        ("environment", "fire"),
        need("volunteers", "护林员", 20, "人", "people"),
        need("goods", "灭火器", 20, "具", "goods:fire"))

# 17 职工权益保障志愿服务项目
project(17, "杏花岭区", "五点半的早饭", "环卫工人", "户外劳动者关爱",
        "环卫工凌晨四点就上路，五点半想让他们吃上一口热早饭，有个地方歇歇。",
        (),
        need("goods", "早餐", 100, "份/天", "goods:meal"),
        need("venue", "爱心驿站", 2, "处", "venue:station"))
project(17, "尖草坪区", "冬天的热汤", "环卫工、快递员等户外劳动者", "暖心驿站",
        "入冬后，在沿街店铺设暖心驿站，送一碗热汤面、一副棉手套。",
        (),
        need("venue", "暖心驿站（沿街店铺）", 5, "处", "venue:station"),
        need("goods", "热汤面", 500, "碗", "goods:meal"),
        need("goods", "棉手套", 100, "副", "goods:clothes"))
project(17, "万柏林区", "女工体检", "企业女职工", "健康关爱",
        "厂里四百多名女工，不少人从没做过妇科检查。",
        ("women", "health"),
        need("skill", "妇科医生", 2, "人", "skill:medical"),
        need("venue", "厂区医务室", 1, "间", "venue:hall", 0))
project(17, "小店区", "骑手的下一站", "快递员、外卖骑手", "职业发展",
        "骑手干不了一辈子，请人给讲讲以后能转什么行、怎么考证。",
        ("youth",),
        need("skill", "职业规划指导", 2, "人", "skill:job"),
        need("venue", "会议室", 1, "间", "venue:hall"))
project(17, "古交市", "矿嫂", "矿工家属", "心理关怀",
        "井下作业风险高，矿工家属长期焦虑。开展矿嫂心理关怀小组，逢年过节送点慰问。",
        ("women",),
        need("skill", "心理咨询师", 2, "人", "skill:psych"),
        need("goods", "慰问品（米面油）", 100, "份", "goods:food"))
project(17, "晋源区", "安全帽戴好", "建筑工人", "安全生产",
        "工地安全帽、反光背心不够，工人从高处摔下来时旁边也没人会急救。",
        ("migrant", "safety"),
        need("goods", "安全帽、反光背心", 200, "套", "goods:safety"),
        need("skill", "急救培训", 1, "人", "skill:firstaid"))
project(17, "迎泽区", "职工子女暑托班", "双职工家庭子女", "暑期托管",
        "暑假双职工的孩子没人管，工会办暑托班，上午写作业，下午做活动，管一顿午饭。",
        ("children",),
        need("skill", "辅导老师", 4, "人", "skill:teaching"),
        need("venue", "教室", 2, "间", "venue:classroom"),
        need("goods", "午餐", 40, "份/天", "goods:meal"))
project(17, "小店区", "下班后动一动", "企业职工", "职工健身",
        "园区职工下班后健身，缺场地和教练。",
        ("sport",),
        need("skill", "健身教练", 2, "人", "skill:fitness"),
        need("venue", "健身场地", 1, "处", "venue:sports"))

# 18 青年志愿服务项目
project(18, "小店区", "第一份简历", "应届大学生", "就业帮扶",
        "帮应届生改简历、练面试。",
        (),
        need("skill", "简历面试辅导", 3, "人", "skill:job"),
        need("venue", "会议室", 1, "间", "venue:hall"))
project(18, "迎泽区", "青年夜校", "青年职工", "夜校课程",
        "团区委开青年夜校，年轻人下班后想学点手艺，陶艺、书法报名最多。",
        ("culture",),
        need("skill", "陶艺老师", 1, "人", "skill:craft"),
        need("skill", "书法老师", 1, "人", "skill:art"),
        need("venue", "教室", 1, "间", "venue:classroom"))
project(18, "阳曲县", "回村的年轻人", "返乡创业青年", "创业帮扶",
        "县里有三十多个年轻人回村创业，卖小米、卖杂粮，缺启动资金，也缺网上卖货的本事。",
        ("rural",),
        need("skill", "电商培训", 2, "人", "skill:ecommerce"),
        need("money", "创业扶持资金", 20000, "元", "money"))
project(18, "万柏林区", "志愿者嘉年华", "青年志愿者", "志愿服务展示",
        "五月办一场青年志愿者嘉年华，各队摆摊展示，缺个大场地。",
        (),
        need("venue", "户外场地", 1, "处", "venue:outdoor"),
        need("goods", "帐篷", 10, "顶", "goods:other"),
        need("goods", "饮用水", 20, "箱", "goods:water"))
project(18, "杏花岭区", "说出来", "青少年", "心理热线",
        "青少年心理热线晚上缺接线的人。",
        ("children",),
        need("skill", "心理咨询师", 4, "人", "skill:psych"),
        need("goods", "电话耳麦", 4, "套", "goods:electronics"))
project(18, "晋源区", "大学生宣讲团", "社区居民", "宣讲",
        "组织大学生到社区宣讲防诈、交通安全，最好能编成小品演。",
        ("community", "safety", "traffic"),
        need("skill", "小品编排演出", 1, "组", "skill:perform"),
        need("volunteers", "宣讲员", 10, "人", "people"))
project(18, "古交市", "篮球之夜", "青年", "青年联谊",
        "暑期青年篮球夜赛，缺球场、裁判和球。",
        ("sport",),
        need("venue", "篮球场", 1, "处", "venue:sports"),
        need("skill", "裁判", 3, "人", "skill:fitness"),
        need("goods", "篮球", 10, "个", "goods:sports"))

# 19 巾帼志愿服务项目
project(19, "杏花岭区", "新手妈妈课堂", "孕产妇", "母婴健康",
        "每月一次新手妈妈课堂，讲喂奶、讲带娃。",
        ("children",),
        need("skill", "哺乳顾问", 2, "人", "skill:nursing"),
        need("venue", "活动室", 1, "间", "venue:hall"),
        need("goods", "婴儿用品礼包", 50, "份", "goods:baby"))
project(19, "清徐县", "她的手艺", "农村妇女", "手工技能培训",
        "农村妇女手工编织培训，做好的东西想办法卖出去。",
        ("rural",),
        need("skill", "手工老师", 2, "人", "skill:craft"),
        need("skill", "网上销售培训", 1, "人", "skill:ecommerce"),
        need("goods", "编织材料", 1, "批", "goods:other"))
project(19, "迎泽区", "一个人带娃也不怕", "单亲母亲", "互助支持",
        "单亲妈妈互助小组：有人听她说，有人帮她打官司，孩子上学有点补助。",
        ("poor", "children"),
        need("skill", "心理咨询", 1, "人", "skill:psych"),
        need("skill", "律师", 1, "人", "skill:legal"),
        need("money", "助学金", 10000, "元", "money"))
project(19, "古交市", "别怕查", "农村妇女", "两癌防治宣传",
        "很多妇女不敢查、不愿查，先讲清楚再动员。",
        ("health", "rural"),
        need("skill", "妇科医生", 2, "人", "skill:medical"),
        need("goods", "宣传单", 1000, "份", "print"))
project(19, "尖草坪区", "巾帼家政", "下岗和待业妇女", "就业培训",
        "免费家政、育婴培训，学完推荐上岗。",
        (),
        need("skill", "家政、育婴培训讲师", 2, "人", "skill:job"),
        need("skill", "护理培训", 1, "人", "skill:nursing"),
        need("venue", "培训教室", 1, "间", "venue:classroom"))
project(19, "小店区", "妈妈的一小时", "全职妈妈", "喘息服务",
        "每周六上午帮妈妈们看一小时孩子，让妈妈喘口气。",
        ("children",),
        need("volunteers", "托管志愿者", 6, "人", "people"),
        need("goods", "玩具、绘本", 1, "批", "goods:toys"),
        need("venue", "活动室", 1, "间", "venue:hall"))
project(19, "万柏林区", "一间母婴室", "哺乳期妈妈", "母婴设施",
        "商圈里没有母婴室，妈妈们只能在车里喂奶。",
        ("children",),
        need("goods", "母婴室桌椅、尿布台", 1, "套", "goods:furniture"),
        need("goods", "纸尿裤", 20, "包", "goods:baby"))

# 20 科学普及志愿服务项目
project(20, "阳曲县", "看云识天气", "农村学生、种植户", "气象科普",
        "给村小的孩子讲云和雨，给种地的讲讲节气和天气预报怎么看。",
        ("children", "rural"),
        need("skill", "气象科普讲解", 1, "人", "skill:science"),
        need("goods", "科普展板", 10, "块", "print"))
project(20, "小店区", "纸飞机飞多远", "小学生", "航空科普",
        "社区科普周，带孩子们做纸飞机、航模，比谁飞得远。",
        ("children",),
        need("skill", "航模教学", 2, "人", "skill:science"),
        need("goods", "航模材料", 50, "套", "goods:toys"))
project(20, "晋源区", "一滴水的旅行", "中小学生", "科普开放日",
        "联合污水处理厂办科普开放日，看一滴水从进厂到出厂。",
        ("children", "environment"),
        need("venue", "参观和讲解场地", 1, "处", "venue:hall"),
        need("skill", "工艺讲解", 1, "人", "skill:env"),
        need("goods", "接送大巴", 2, "辆", "transport"))
project(20, "娄烦县", "科普大篷车", "农村中小学生", "流动科普",
        "按照全域科普工作安排，组织科普大篷车进乡村学校巡展，需配备展品、讲解人员及运输车辆。",
        ("rural", "children"),
        need("goods", "科普展品", 1, "套", "goods:other"),
        need("skill", "科普讲解员", 2, "人", "skill:science"),
        need("goods", "运输车辆", 1, "辆", "transport"))
project(20, "万柏林区", "老鼠从哪儿进的家", "社区居民", "病媒防治科普",
        "讲讲老鼠蟑螂怎么进家、怎么防，讲完顺便给楼道做一次消杀。",
        ("community", "health"),
        need("skill", "消杀专业人员", 1, "人", "skill:pest"),
        need("goods", "科普海报", 50, "张", "print"))
project(20, "古交市", "夜观星空", "青少年", "天文科普",
        "古交山里光污染少，适合带孩子看星星，缺望远镜。",
        ("children",),
        need("goods", "天文望远镜", 3, "台", "goods:other"),
        need("skill", "天文讲解", 1, "人", "skill:science"))
project(20, "杏花岭区", "朋友圈里的养生谣言", "老年人", "健康科普",
        "老人群里转的养生文章真真假假，请医生来辨一辨，再拍成短视频往群里发。",
        ("elderly", "health"),
        need("skill", "医生", 1, "人", "skill:medical"),
        need("skill", "短视频制作", 1, "人", "skill:media"))

# 21 助残志愿服务项目
project(21, "迎泽区", "听见电影", "视障人士", "无障碍观影",
        "每月一场无障碍电影，讲述员坐在旁边把画面讲出来。",
        (),
        need("skill", "电影讲述员", 4, "人", "skill:host"),
        need("venue", "放映厅", 1, "处", "venue:hall"),
        need("goods", "无线耳机", 30, "副", "goods:electronics"))
project(21, "尖草坪区", "轮椅上的游乐园", "残疾儿童", "融合游乐",
        "带残疾孩子去游乐园玩一天，一个孩子配一个志愿者。",
        ("children",),
        need("venue", "游乐场地", 1, "处", "venue:outdoor"),
        need("volunteers", "陪伴志愿者", 20, "人", "people"),
        need("goods", "接送大巴（带司机）", 1, "辆", "transport"))
project(21, "小店区", "手的温度", "特殊儿童", "康复手工",
        "给智力障碍、自闭症孩子开陶艺课，每周一次。",
        ("children",),
        need("skill", "陶艺老师", 1, "人", "skill:craft"),
        need("venue", "教室", 1, "间", "venue:classroom"))
project(21, "杏花岭区", "盲道上的车", "视障人士", "无障碍环境",
        "盲道上停满了电动车、自行车，组织志愿者劝离、贴提示。",
        ("community",),
        need("volunteers", "志愿者", 20, "人", "people"),
        need("goods", "提示牌", 100, "张", "print"))
project(21, "万柏林区", "找份活干", "残疾人", "就业培训",
        "残疾人电脑技能培训，学完推荐去做客服、录入。",
        (),
        need("skill", "招聘、就业指导", 1, "人", "skill:job"),
        need("skill", "电脑培训老师", 2, "人", "skill:it"),
        need("venue", "电脑室", 1, "间", "venue:computer"))
project(21, "晋源区", "上门理发", "卧床残疾人", "上门服务",
        "卧床的残疾人一年到头理不了发，也没人帮着活动活动手脚。",
        (),
        need("skill", "理发师", 2, "人", "skill:haircut"),
        need("skill", "康复师", 1, "人", "skill:rehab"))
project(21, "清徐县", "康复站", "农村残疾人", "社区康复",
        "乡镇康复站缺轮椅和康复师。",
        ("rural",),
        need("goods", "轮椅", 10, "辆", "goods:mobility"),
        need("skill", "康复师", 1, "人", "skill:rehab"),
        need("money", "运行经费", 5000, "元", "money"))
project(21, "阳曲县", "政务大厅的手语窗口", "听障人士", "无障碍服务",
        "政务大厅需要手语翻译。",
        (),
        need("skill", "手语翻译", 1, "人", "skill:sign"))

# 22 红十字志愿服务项目
project(22, "迎泽区", "人人学急救", "市民", "应急救护培训",
        "每月两期红十字救护员培训，每期四十人。",
        (),
        need("skill", "急救培训师", 3, "人", "skill:firstaid"),
        need("goods", "心肺复苏模拟人", 5, "个", "goods:rescue"),
        need("venue", "培训教室", 1, "间", "venue:classroom", 0))
project(22, "小店区", "博爱一日捐", "困难家庭", "募捐救助",
        "红十字博爱一日捐，所得用于困难家庭救助。",
        ("poor",),
        need("money", "捐款", 50000, "元", "money"))
project(22, "万柏林区", "楼下就有AED", "社区居民", "急救设施",
        "在社区广场、超市门口装AED，装了还得有人会用。",
        ("community",),
        need("goods", "AED", 5, "台", "goods:rescue"),
        need("skill", "AED使用培训", 1, "人", "skill:firstaid"))
project(22, "晋源区", "小小救护员", "中小学生", "校园急救教育",
        "教孩子们包扎、心肺复苏，每个班配一个急救包。",
        ("children", "education"),
        need("skill", "急救老师", 2, "人", "skill:firstaid"),
        need("goods", "急救包", 100, "个", "goods:medical"))
project(22, "清徐县", "水边演练", "沿河村民", "防溺水演练",
        "夏季防溺水演练，教村民怎么救、怎么不把自己搭进去。",
        ("safety", "rural"),
        need("goods", "救生圈", 20, "个", "goods:rescue"),
        need("volunteers", "演练志愿者", 20, "人", "people"),
        need("skill", "水上救援教练", 1, "人", "skill:firstaid"))
project(22, "古交市", "冬春救助", "困难群众", "物资救助",
        "冬春救助，给困难户送棉衣和米面。",
        ("poor",),
        need("goods", "棉衣", 200, "件", "goods:clothes"),
        need("goods", "米面", 200, "袋", "goods:food"))
project(22, "尖草坪区", "应急物资储备点", "辖区居民", "应急储备",
        "建一个街道级应急物资储备点。",
        (),
        need("goods", "家庭应急包", 100, "个", "goods:rescue"),
        need("venue", "储备仓库", 1, "间", "venue:other"))

# 23 文明交通行动项目
project(23, "晋源区", "斑马线在哪儿", "学校周边", "交通设施",
        "学校门口是条县道，没有斑马线，孩子们放学横穿马路，看着心惊。",
        ("children",),
        need("skill", "划斑马线、装减速带", 1, "次", "skill:build"),
        need("goods", "减速带", 40, "米", "goods:build"),
        need("volunteers", "交通劝导志愿者", 10, "人", "people"))
project(23, "杏花岭区", "小黄帽", "小学低年级学生", "交通安全教育",
        "给一年级新生发小黄帽，上一堂交通安全课。",
        ("children", "education"),
        need("goods", "小黄帽", 500, "顶", "goods:safety"),
        need("skill", "交通安全课", 2, "人", "skill:traffic", 0))
project(23, "小店区", "路口的劝导员", "行人、非机动车", "文明交通劝导",
        "早晚高峰在十个路口劝导闯红灯。",
        (),
        need("volunteers", "劝导员", 40, "人", "people", 20),
        need("goods", "马甲、小旗", 40, "套", "goods:safety"))
project(23, "万柏林区", "戴上头盔", "电动车骑行者", "一盔一带",
        "推进“一盔一带”安全守护行动。",
        (),
        need("goods", "头盔", 300, "顶", "goods:safety"),
        need("goods", "宣传海报", 200, "张", "print"))
project(23, "阳曲县", "村口的镜子", "农村道路", "交通安全设施",
        "村口急弯看不见来车，出过两次事了，想装几面凸面镜。",
        ("rural",),
        need("goods", "道路反光镜", 20, "面", "goods:safety"),
        need("skill", "安装", 1, "人", "skill:build"))
project(23, "迎泽区", "路口小剧场", "小学生", "交通安全宣传",
        "把交通安全编成小品，到学校演。",
        ("children",),
        need("skill", "小品表演", 1, "组", "skill:perform"),
        need("skill", "交警讲解", 1, "人", "skill:traffic"))
project(23, "尖草坪区", "喝了不开", "饭店集中区", "拒绝酒驾劝导",
        "在饭店集中区劝导拒绝酒驾。",
        (),
        need("volunteers", "劝导志愿者", 10, "人", "people"),
        need("goods", "提示牌", 50, "块", "print"))
project(23, "娄烦县", "弯道慢行", "山区道路", "交通安全",
        "山路弯多，货车多，村民骑三轮上路不看后面。立警示牌，进村讲一讲。",
        ("rural",),
        need("goods", "警示牌", 30, "块", "goods:safety"),
        need("skill", "交通安全宣讲", 1, "人", "skill:traffic"))

# 24 消防安全志愿服务项目
project(24, "杏花岭区", "一户一具灭火器", "老旧小区居民", "家庭消防",
        "给老旧小区每户配一具灭火器，教会怎么用。",
        ("community", "elderly"),
        need("goods", "灭火器", 200, "具", "goods:fire"),
        need("skill", "灭火器使用教学", 2, "人", "skill:fire"))
project(24, "小店区", "后厨的燃气", "沿街小餐馆", "燃气安全",
        "小餐馆后厨燃气管老化，逐家检查，装报警器。",
        (),
        need("skill", "燃气安全检查", 2, "人", "skill:fire"),
        need("goods", "燃气报警器", 50, "个", "goods:fire"))
project(24, "清徐县", "灶房着火了怎么办", "农村家庭", "农村消防",
        "村里烧柴烧炭，灶房边堆柴禾。",
        ("rural",),
        need("goods", "灭火器", 100, "具", "goods:fire"),
        need("skill", "消防讲解", 1, "人", "skill:fire"))
project(24, "万柏林区", "电动车不进楼", "小区居民", "电动车消防",
        "楼道充电屡禁不止，根子是楼下没地方充。",
        ("community",),
        need("skill", "充电桩安装", 2, "人", "skill:electric"),
        need("goods", "宣传海报", 100, "张", "print"),
        need("volunteers", "劝导志愿者", 10, "人", "people"))
project(24, "迎泽区", "独居老人的烟感", "独居老人", "消防设施",
        "给独居老人家装烟感报警器。",
        ("elderly",),
        need("goods", "独立式烟感报警器", 100, "个", "goods:fire"),
        need("skill", "安装", 2, "人", "skill:electric"))
project(24, "晋源区", "消防站开放日", "小学生", "消防体验",
        "组织小学生参观消防站。",
        ("children",),
        need("volunteers", "引导志愿者", 10, "人", "people"),
        need("goods", "接送大巴", 2, "辆", "transport"))
project(24, "古交市", "矿区宿舍查电线", "矿区职工", "宿舍消防",
        "矿区老宿舍电线私拉乱接，冬天用电炉子多。",
        ("workers",),
        need("goods", "灭火器", 60, "具", "goods:fire"),
        need("skill", "电线检查整改", 2, "人", "skill:electric"))

# 25 紧急医疗救援志愿服务项目
project(25, "小店区", "倒下的那一刻", "商场、车站工作人员", "公共场所急救培训",
        "商场保安、保洁、售货员最先碰上倒下的人，先教他们。",
        (),
        need("skill", "心肺复苏教学", 3, "人", "skill:firstaid"),
        need("goods", "训练模型", 5, "个", "goods:rescue"))
project(25, "晋源区", "跑道边的医生", "马拉松参赛者", "赛事医疗保障",
        "太原马拉松医疗保障，需救护车、医生和急救跑者。",
        ("sport",),
        need("skill", "救护车及医护", 2, "组", "skill:ems"),
        need("skill", "医生", 4, "人", "skill:medical"),
        need("volunteers", "急救跑者", 20, "人", "people"))
project(25, "迎泽区", "让一让", "机动车驾驶人", "生命通道宣传",
        "救护车被堵在路上，一分钟都耽误不起。拍个短片、印一批贴纸。",
        ("traffic",),
        need("skill", "宣传短片", 1, "部", "skill:media"),
        need("goods", "车贴", 1000, "张", "print"))
project(25, "娄烦县", "山村急救箱", "山区村民", "村级急救",
        "山村离县医院一个多小时，村医得会急救，村里得有急救箱。",
        ("rural",),
        need("goods", "急救箱", 20, "个", "goods:medical"),
        need("skill", "村医急救培训", 1, "人", "skill:firstaid"))
project(25, "尖草坪区", "工地急救", "建筑工人", "急救培训",
        "工地上出事，等救护车来之前那几分钟要有人会处理。",
        ("workers", "migrant"),
        need("skill", "急救培训", 2, "人", "skill:firstaid"),
        need("goods", "急救包", 30, "个", "goods:medical"))
project(25, "阳曲县", "断了信号怎么办", "应急救援队", "应急通信",
        "山区救援时手机没信号，要有会用电台的人和对讲机。",
        (),
        need("skill", "无线电通信", 4, "人", "skill:radio"),
        need("goods", "对讲机", 10, "台", "goods:electronics"))
project(25, "杏花岭区", "按一下就有人来", "独居老人", "紧急呼叫",
        "给独居老人装一键呼叫，按一下社区和120都知道。",
        ("elderly",),
        need("goods", "一键呼叫设备", 50, "套", "goods:security"),
        need("skill", "上门安装调试", 2, "人", "skill:electric"))

# 26 大型交通枢纽志愿服务项目
project(26, "迎泽区", "太原站问询台", "火车站旅客", "问询引导",
        "太原站进站口问询台，节假日人手不够。",
        (),
        need("volunteers", "问询志愿者", 20, "人", "people"),
        need("goods", "饮用水", 30, "箱", "goods:water"))
project(26, "小店区", "南站的返乡潮", "春运旅客", "春运服务",
        "春运期间在太原南站候车厅服务返乡旅客，多是带着大包小包的务工人员。",
        ("migrant",),
        need("volunteers", "春运志愿者", 40, "人", "people"),
        need("goods", "热饮", 100, "箱", "goods:water"),
        need("goods", "折叠小板凳", 50, "个", "goods:furniture"))
project(26, "小店区", "登机口的轮椅", "行动不便旅客", "机场助行",
        "武宿机场帮行动不便的旅客推轮椅、办手续。",
        ("disabled", "elderly"),
        need("volunteers", "助行志愿者", 10, "人", "people"),
        need("goods", "轮椅", 10, "辆", "goods:mobility"))
project(26, "迎泽区", "候车室里的孩子", "候车儿童", "儿童陪伴",
        "候车室里等车的孩子闹腾，设个儿童角，放些绘本玩具，有人陪着。",
        ("children",),
        need("goods", "绘本、玩具", 1, "批", "goods:toys"),
        need("volunteers", "陪伴志愿者", 6, "人", "people"))
project(26, "小店区", "雪夜滞留", "滞留旅客", "应急服务",
        "大雪天航班取消、高速封路，旅客滞留。需要临时住处、被子和热饭。",
        (),
        need("venue", "临时住宿", 50, "间", "venue:lodging"),
        need("goods", "棉被", 100, "床", "goods:clothes"),
        need("goods", "热饭", 300, "份", "goods:meal"))
project(26, "杏花岭区", "长途汽车站的歇脚点", "长途客车旅客", "候车服务",
        "长途汽车站候车室小，旅客在外面等车，想在周边店铺设歇脚点。",
        (),
        need("venue", "歇脚点", 3, "处", "venue:station"),
        need("volunteers", "引导志愿者", 8, "人", "people"))
project(26, "万柏林区", "换乘不迷路", "地铁、公交换乘乘客", "换乘引导",
        "新开的换乘站指引不清，乘客老走错。",
        ("transit",),
        need("volunteers", "引导志愿者", 15, "人", "people"),
        need("goods", "临时指引牌", 30, "块", "print"))
