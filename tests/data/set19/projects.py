"""The projects of evaluation set 19, with the grader's tags (README.md), written after the sponsors.

Each project is written as a district clerk or a branch writes one under its programme: what a
real project holds (title, programme, district, service target and type, description, needs)
and, for the grader only, its causes (`causes`, the programme's cause first) and each need's
resource (`tag`). A need's `remaining` is how much of it is still open.
"""

from __future__ import annotations

XD, YZ, XHL, JCP, WBL, JY = "小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"
QX, GJ, YQ, LF = "清徐县", "古交市", "阳曲县", "娄烦县"

PROGRAMME_CAUSE = {1: "party", 2: "safety", 3: "elderly", 4: "online", 5: "education", 6: "community", 7: "legal",
                   8: "migrant", 9: "environment", 10: "transit", 11: "rural", 12: "culture", 13: "health",
                   14: "sport", 15: "tourism", 16: "heritage", 17: "workers", 18: "youth", 19: "women",
                   20: "science", 21: "disabled", 22: "firstaid", 23: "traffic", 24: "fire", 25: "firstaid",
                   26: "hub"}


def need(kind: str, description: str, quantity: int, unit: str, tag: str, remaining: int | None = None) -> dict:
    return {"kind": kind, "description": description, "quantity": quantity, "unit": unit,
            "remaining": quantity if remaining is None else remaining, "tag": tag}


def sk(description: str, quantity: int, unit: str, tag: str, remaining: int | None = None) -> dict:
    return need("skill", description, quantity, unit, tag, remaining)


def gd(description: str, quantity: int, unit: str, tag: str, remaining: int | None = None) -> dict:
    return need("goods", description, quantity, unit, tag, remaining)


def vo(description: str, quantity: int, remaining: int | None = None) -> dict:
    return need("volunteers", description, quantity, "人", "people", remaining)


def ve(description: str, quantity: int, unit: str, tag: str, remaining: int | None = None) -> dict:
    return need("venue", description, quantity, unit, tag, remaining)


def mo(description: str, quantity: int, remaining: int | None = None) -> dict:
    return need("money", description, quantity, "元", "money", remaining)


PROJECTS: list[dict] = []


def P(category: int, district: str, title: str, service_target: str, service_type: str, description: str,
      causes: tuple[str, ...], *needs: dict) -> None:
    PROJECTS.append({"key": f"p{len(PROJECTS) + 1:03d}", "title": title, "category": category,
                     "district": district, "service_target": service_target, "service_type": service_type,
                     "description": description, "causes": list(causes), "needs": list(needs)})


# 1 党员志愿服务
P(1, XD, "红色足迹·党员先锋走进社区", "辖区党员、居民", "主题党日",
  "按照街道党工委“我为群众办实事”部署，组织在职党员回社区报到，开展主题党日和红色故事宣讲活动。",
  ("party", "community"),
  ve("主题党日活动室", 1, "间", "venue:hall"), sk("红色故事宣讲", 4, "场", "skill:host"),
  gd("党员志愿者红马甲印字", 60, "件", "goods:tshirt"),
  vo("服务队志愿者", 20))
P(1, YQ, "初心之路", "农村党员", "党史学习",
  "组织全县农村党员赴红色教育基地开展现场教学，每批40人，需车辆接送和现场讲解。",
  ("party", "rural"),
  gd("大巴车（含司机）", 4, "车次", "transport"), sk("红色遗址现场讲解", 4, "场", "skill:guide"),
  gd("党史读本", 300, "册", "goods:books"), gd("现场教学午餐", 160, "份", "goods:meal"))
P(1, XHL, "党员义务理发日", "社区老党员、困难党员", "便民服务",
  "社区党委每月组织一次义务理发、量血压，服务行动不便的老党员。",
  ("party", "elderly"),
  sk("理发", 2, "人", "skill:haircut"), sk("量血压", 1, "人", "skill:nursing"),
  vo("搀扶接送志愿者", 6))
P(1, LF, "把党课上到田间地头", "农村党员群众", "党课宣讲",
  "为推动党的创新理论进村入户，在各乡镇开展流动党课，需宣传资料印制和音响设备。",
  ("party", "rural"),
  gd("宣传折页", 2000, "份", "print"), gd("便携音响、话筒", 2, "套", "goods:stage"))
P(1, JY, "党员服务队缺一面旗", "党员志愿服务队", "队伍建设",
  "新组建党员志愿服务队，需队旗、队服。",
  ("party",),
  gd("队服", 40, "件", "goods:tshirt"), gd("队旗", 2, "面", "goods:awards", 0), mo("活动经费", 3000))
P(1, GJ, "矿区老党员口述史", "退休老党员、老矿工", "口述史记录",
  "组织记录矿区老党员的入党经历和矿山岁月，拍摄影像并制作短片在社区播放。",
  ("party", "workers", "elderly"),
  sk("影像拍摄", 6, "次", "skill:photo"), sk("短片剪辑", 1, "部", "skill:media"),
  ve("放映场地", 1, "次", "venue:hall"),
  gd("口述史文集印制", 200, "册", "print"))
P(1, WBL, "七一文艺汇演", "辖区党员群众", "文艺演出",
  "为庆祝建党节，街道组织党员群众文艺汇演，需舞台音响和主持人。",
  ("party", "culture"),
  gd("舞台音响灯光", 1, "套", "goods:stage"), sk("主持人", 2, "人", "skill:host"),
  sk("节目表演", 6, "个", "skill:perform"))

# 2 平安建设
P(2, YZ, "平安守护·夜巡柳巷", "商圈群众", "夜间巡逻",
  "为深化平安商圈建设，组织志愿者在柳巷、钟楼街夜间巡逻，需巡逻人员和反光背心。",
  ("safety",),
  vo("夜间巡逻志愿者", 30), gd("反光背心", 30, "件", "goods:safety"),
  gd("强光手电", 30, "把", "goods:other"))
P(2, XD, "钱在自己兜里最安全", "辖区老年人", "反诈宣传",
  "社区老人屡遭“保健品”“养老投资”骗局，拟开展反诈讲座及宣传，需讲师与宣传品。",
  ("safety", "elderly"),
  sk("反诈讲座", 4, "场", "skill:antifraud"), gd("反诈宣传海报", 200, "张", "print"),
  sk("反诈短视频拍摄", 3, "条", "skill:media"))
P(2, QX, "平安乡村视频监控补点", "农村群众", "技防建设",
  "部分村口、路口无监控，拟补装摄像头。",
  ("safety", "rural"),
  gd("监控摄像头", 20, "个", "goods:security"), sk("线路安装", 20, "个", "skill:electric"))
P(2, JCP, "校园周边护学岗", "中小学生", "护学",
  "上下学高峰期，校门口需护学岗志愿者维持秩序。",
  ("safety", "children", "education"),
  vo("护学岗志愿者", 20), gd("护学岗雨衣", 20, "件", "goods:safety"),
  gd("护学岗反光背心", 20, "件", "goods:safety", 0))
P(2, LF, "水库边的红色警示", "库区群众、游客", "防溺水",
  "汾河水库沿岸野泳、垂钓者多，每年夏季均有溺亡事件，需巡查志愿者、救生设备和防溺水宣传。",
  ("safety", "children", "tourism"),
  vo("水库巡查志愿者", 15), gd("救生圈、救生衣", 30, "件", "goods:rescue"),
  sk("防溺水知识进校园", 4, "场", "skill:firstaid"))
P(2, WBL, "禁毒宣传进景区", "游客、青少年", "禁毒宣传",
  "利用节假日在景区、商场开展禁毒宣传展览。",
  ("safety", "youth", "tourism"),
  sk("禁毒展览讲解", 6, "场", "skill:antidrug"), ve("宣传摊位场地", 3, "处", "venue:outdoor"),
  gd("禁毒展板", 20, "块", "print"))
P(2, GJ, "矿区家属院安防", "矿区老旧小区居民", "技防",
  "家属院无门禁无监控，独居老人多，拟安装一键呼叫和门磁报警。",
  ("safety", "elderly", "workers"),
  gd("一键呼叫器", 50, "个", "goods:security"), gd("门磁报警器", 50, "个", "goods:security", 20),
  sk("设备安装", 100, "户", "skill:electric"), mo("设备采购资金", 15000))

# 3 离退休
P(3, JY, "夕阳红合唱团排练缺个地方", "社区老年合唱团", "文化养老",
  "晋源街道老年合唱团40人，原排练室改造，每周两次排练需借用场地和音响。",
  ("elderly", "culture"),
  ve("排练场地", 2, "次/周", "venue:hall"), gd("音响", 1, "套", "goods:stage"),
  sk("声乐指导", 12, "次", "skill:music"), gd("演出服", 40, "套", "goods:costume"))
P(3, QX, "一碗热饭", "农村留守老人", "助餐",
  "清徐县徐沟镇留守老人多，拟在村委开办老年餐桌，需食材和餐食支持。",
  ("elderly", "rural"),
  gd("米面粮油、时令水果", 300, "斤", "goods:food"), gd("午餐", 1000, "份", "goods:meal"),
  vo("送餐志愿者", 6),
  mo("餐桌运营经费", 20000))
P(3, XHL, "金婚纪念", "结婚五十年以上老年夫妇", "敬老活动",
  "社区拟为辖区金婚老人举办集体婚礼，需主持、婚纱摄影和化妆。",
  ("elderly", "community"),
  sk("婚礼主持", 1, "场", "skill:host"), sk("婚纱照拍摄", 20, "对", "skill:photo"),
  sk("化妆", 20, "对", "skill:beauty"),
  gd("鲜花", 40, "束", "goods:plants"), ve("婚礼场地", 1, "场", "venue:hall"))
P(3, WBL, "老人们想出去看看", "敬老院老人", "出游",
  "敬老院老人常年不出院门，拟组织一日游去晋祠，需包车和导游。",
  ("elderly", "tourism"),
  gd("带司机大巴车", 2, "辆", "transport"), sk("景区导游", 2, "人", "skill:guide"),
  gd("午餐盒饭", 80, "份", "goods:meal"))
P(3, YQ, "村里的长寿宴", "八十岁以上老人", "敬老",
  "重阳节为全村80岁以上老人办寿宴、拍寿照。",
  ("elderly", "rural"),
  gd("寿宴饭菜", 10, "桌", "goods:meal"), sk("寿照拍摄", 60, "人", "skill:photo"),
  sk("秧歌表演", 2, "场", "skill:perform"), gd("寿桃、蛋糕", 60, "份", "goods:food"))
P(3, XD, "银发健身课", "社区老年人", "健身",
  "社区老人想学八段锦、瑜伽等适合老年人的运动，需教练每周授课。",
  ("elderly", "health", "sport"),
  sk("健身教练", 24, "课时", "skill:fitness"), ve("室内活动室", 1, "间", "venue:hall", 0))
P(3, GJ, "老矿工的下午", "退休矿工", "日间照料",
  "日间照料中心请人陪老矿工聊天、下棋，给他们放老电影。",
  ("elderly", "workers"),
  sk("老电影放映", 12, "场", "skill:film"), vo("陪伴志愿者", 8),
  gd("象棋、扑克", 20, "副", "goods:toys"))
P(3, LF, "给老人的冬衣", "独居老人", "关爱",
  "为全县独居老人送冬衣棉被。",
  ("elderly", "poor"),
  gd("棉衣", 200, "件", "goods:clothes"), gd("棉被", 200, "床", "goods:bedding"),
  gd("送衣车辆（含司机）", 6, "车次", "transport"), vo("入户发放志愿者", 20))

# 4 网络文明
P(4, XD, "清朗网络·青春同行", "大学生", "网络文明宣讲",
  "组织高校开展网络文明宣讲，倡导文明上网、理性发言，揭露网络游戏账号诈骗。",
  ("online", "youth"),
  sk("网络安全与文明上网讲座", 6, "场", "skill:it"), sk("短视频制作", 4, "条", "skill:media"))
P(4, XHL, "教老人用手机", "社区老年人", "智能技术帮扶",
  "按照解决老年人运用智能技术困难的要求，开设手机课堂，教挂号、扫码、视频通话。",
  ("online", "elderly"),
  sk("手机使用教学", 16, "课时", "skill:it"), ve("培训教室", 1, "间", "venue:classroom"),
  vo("手把手辅导志愿者", 10))
P(4, JCP, "网上的谣言我不转", "社区居民", "网络文明",
  "招募网络文明志愿者20名，在小区群里辟谣。",
  ("online", "community"),
  vo("网络文明志愿者", 20))
P(4, QX, "直播带货也要讲文明", "农村主播", "培训",
  "组织农村主播培训，讲网络直播规范，提升带货能力。",
  ("online", "rural"),
  sk("电商直播培训", 4, "场", "skill:ecommerce"), ve("培训场地", 1, "处", "venue:hall"))
P(4, YZ, "游戏里的骗局", "中小学生", "网络安全教育",
  "针对学生游戏账号交易被骗、充值被骗问题，进校园讲座。",
  ("online", "children", "safety"),
  sk("网络防骗讲座", 8, "场", "skill:antifraud"), sk("电竞与游戏知识讲解", 4, "场", "skill:it"),
  gd("防骗漫画手册", 3000, "册", "print"))
P(4, LF, "县里的网络文明宣传片", "全县群众", "宣传",
  "拍摄一部展示娄烦风光和文明新风的短片，在网上投放。",
  ("online", "tourism"),
  sk("宣传片拍摄剪辑", 1, "部", "skill:media"), sk("航拍", 2, "天", "skill:photo"))
P(4, GJ, "电脑教室缺电脑", "社区青少年、老年人", "网络课堂",
  "社区网络课堂电脑老旧，需捐赠电脑。",
  ("online", "community"),
  gd("台式电脑", 10, "台", "goods:electronics"), sk("电脑维护", 2, "次", "skill:it"))

# 5 师生
P(5, WBL, "西山里的课堂", "小学生", "研学",
  "组织学生到西山开展自然与历史研学，需讲解员与场地。",
  ("education", "children", "heritage"),
  sk("景区研学讲解", 6, "场", "skill:guide"), gd("研学大巴（含司机）", 6, "车次", "transport"))
P(5, YQ, "山里学校的足球梦", "乡村小学学生", "体育支教",
  "黄寨镇中心小学组建足球队，缺教练、足球和球门。",
  ("education", "children", "rural", "sport"),
  sk("足球教练", 40, "课时", "skill:fitness"), gd("足球", 30, "个", "goods:sports"),
  gd("小球门", 2, "副", "goods:sports"),
  gd("球衣", 30, "套", "goods:tshirt"), vo("周末陪练志愿者", 6))
P(5, QX, "醋香里的劳动课", "中小学生", "劳动教育",
  "组织学生参观酿醋作坊，学习传统酿造工艺，完成劳动教育课。",
  ("education", "culture"),
  sk("酿醋工艺讲解", 4, "场", "skill:guide"), gd("研学接送车", 4, "车次", "transport"))
P(5, XD, "周末图书角", "随迁子女", "阅读",
  "城中村学校图书角图书缺乏，需捐书和读书会志愿者。",
  ("education", "children", "migrant"),
  gd("儿童图书", 800, "册", "goods:books"), sk("故事会", 12, "次", "skill:teaching"),
  gd("书架", 6, "个", "goods:furniture"))
P(5, JY, "冰上的第一课", "小学生", "冰雪进校园",
  "为推进冰雪运动进校园，组织学生到冰场上滑冰课。",
  ("education", "children", "sport"),
  sk("滑冰教练", 20, "课时", "skill:fitness"), ve("滑冰场", 10, "场次", "venue:sports"))
P(5, GJ, "毕业典礼", "初三学生", "校园活动",
  "学校毕业典礼需音响、摄影和奖牌。",
  ("education", "youth"),
  gd("音响灯光", 1, "套", "goods:stage"), sk("毕业照拍摄", 1, "场", "skill:photo"),
  gd("奖牌", 60, "枚", "goods:awards"),
  sk("主持", 1, "人", "skill:host"))
P(5, LF, "山村小学的运动会", "乡村小学学生", "体育活动",
  "娄烦县乡村小学首次举办运动会，需奖牌、运动服和裁判。",
  ("education", "children", "rural"),
  gd("奖牌", 100, "枚", "goods:awards"), gd("运动T恤", 200, "件", "goods:tshirt"),
  sk("裁判", 6, "人", "skill:fitness"),
  mo("运动会经费", 10000))
P(5, XHL, "放学后的两小时", "双职工家庭学生", "课后托管",
  "社区课后托管缺辅导老师。",
  ("education", "children"),
  sk("作业辅导", 60, "课时", "skill:teaching"), ve("托管教室", 1, "间", "venue:classroom"))

# 6 邻里守望
P(6, XHL, "楼道里的音乐会", "社区居民", "邻里文化",
  "社区在小区广场举办邻里音乐会，需乐手和音响。",
  ("community", "culture"),
  sk("乐手演奏", 4, "组", "skill:music"), gd("音响", 1, "套", "goods:stage"))
P(6, YZ, "邻里节", "社区居民", "邻里活动",
  "为营造远亲不如近邻氛围，举办邻里节百家宴、才艺展示。",
  ("community",),
  gd("百家宴菜品", 20, "桌", "goods:meal"), sk("才艺表演", 8, "个", "skill:perform"),
  ve("小区广场", 1, "处", "venue:outdoor"),
  gd("音响", 1, "套", "goods:stage"))
P(6, WBL, "独居老人敲门行动", "独居老人", "探访",
  "招募志愿者每周探访独居老人，电话问候。",
  ("community", "elderly"),
  vo("探访志愿者", 20), sk("电话问候", 50, "户", "skill:phone"))
P(6, XD, "小区露天电影", "社区居民", "文化活动",
  "夏季每周六晚小区放露天电影。",
  ("community", "culture"),
  sk("电影放映", 10, "场", "skill:film"), gd("投影仪和幕布", 1, "套", "goods:electronics"),
  gd("小板凳", 100, "个", "goods:furniture"), ve("小区空地", 10, "次", "venue:outdoor", 0))
P(6, JCP, "社区健身角", "社区居民", "健身设施",
  "老旧小区缺健身器材。",
  ("community", "sport"),
  gd("健身器材", 8, "件", "goods:fitness"), sk("器材安装", 1, "次", "skill:weld"),
  sk("健身器材使用指导", 4, "次", "skill:fitness"))
P(6, JY, "邻里互助花园", "社区居民", "环境美化",
  "将小区闲置地改造为邻里花园，居民认养花草。",
  ("community", "environment"),
  gd("花苗、绿植", 500, "株", "goods:plants"), sk("花艺、园艺指导", 4, "次", "skill:agri"))
P(6, QX, "县城社区的集体生日会", "社区老人", "邻里关怀",
  "每月为当月过生日的老人办集体生日会。",
  ("community", "elderly"),
  gd("生日蛋糕", 12, "个", "goods:food"), sk("主持", 12, "场", "skill:host"))

# 7 法律
P(7, YZ, "法律明白人进社区", "社区居民", "普法",
  "开展民法典进社区宣讲。",
  ("legal", "community"),
  sk("民法典讲座", 6, "场", "skill:legal"), gd("普法手册", 1000, "册", "print"),
  ve("宣讲会议室", 6, "次", "venue:hall"))
P(7, GJ, "矿工工伤维权咨询", "矿山职工", "法律援助",
  "为矿工提供工伤认定、赔偿的法律咨询。",
  ("legal", "workers"),
  sk("工伤法律咨询", 20, "次", "skill:legal"), sk("社保工伤申报指导", 10, "次", "skill:welfare"))
P(7, XD, "旅游消费维权", "游客", "普法",
  "节假日在景区、商圈设点，宣传旅游消费维权知识。",
  ("legal", "tourism"),
  sk("消费维权咨询", 8, "场", "skill:legal"), ve("咨询点位", 2, "处", "venue:outdoor"))
P(7, LF, "村里的调解员", "农村群众", "人民调解",
  "培训村级调解员，处理邻里、婚姻、土地纠纷。",
  ("legal", "rural"),
  sk("调解培训", 4, "场", "skill:legal"), ve("培训会议室", 1, "间", "venue:hall"))
P(7, WBL, "婚前婚后那些事", "新婚夫妇、妇女", "家事普法",
  "婚姻登记处开设婚姻家庭普法课堂。",
  ("legal", "women"),
  sk("婚姻家事法律讲座", 6, "场", "skill:legal"), sk("婚姻心理辅导", 6, "场", "skill:psych"))
P(7, QX, "老年人防骗普法", "农村老年人", "普法",
  "按照县司法局部署，开展防范养老诈骗普法宣传。",
  ("legal", "elderly", "safety"),
  sk("防骗宣讲", 8, "场", "skill:antifraud"), gd("宣传单", 3000, "份", "print"))
P(7, JCP, "青少年模拟法庭", "中学生", "法治教育",
  "组织中学生模拟法庭。",
  ("legal", "youth", "education"),
  sk("律师指导", 4, "次", "skill:legal"), gd("法袍道具", 10, "套", "goods:costume"))

# 8 农民工
P(8, XD, "工地上的夜校", "建筑工地农民工", "技能培训",
  "在工地生活区开办夜校，教电工、焊工技能和安全知识。",
  ("migrant", "workers"),
  sk("电工培训", 10, "课时", "skill:electric"), sk("焊工培训", 10, "课时", "skill:weld"),
  ve("夜校教室", 1, "间", "venue:classroom"))
P(8, WBL, "讨薪不用跑断腿", "农民工", "法律援助",
  "为农民工提供欠薪维权咨询和代理。",
  ("migrant", "legal"),
  sk("劳动仲裁代理", 10, "件", "skill:legal"),
  sk("维权短视频", 3, "条", "skill:media"), gd("维权指南折页", 2000, "份", "print"))
P(8, JCP, "农民工子女的暑假", "农民工子女", "关爱",
  "暑假期间农民工子女无人看管，开办暑期托管班，需老师、运动教练和场地。",
  ("migrant", "children"),
  sk("暑期辅导", 80, "课时", "skill:teaching"), sk("体育课", 20, "课时", "skill:fitness"),
  ve("运动场地", 20, "次", "venue:sports"))
P(8, YQ, "返乡创业电商课", "返乡农民工", "创业培训",
  "组织返乡农民工学习网店运营和乡村旅游经营。",
  ("migrant", "rural"),
  sk("网店运营", 6, "场", "skill:ecommerce"), sk("民宿、农家乐经营", 3, "场", "skill:job"))
P(8, XHL, "春运返乡大巴", "农民工", "返乡服务",
  "春节前包车送农民工返乡。",
  ("migrant", "transit"),
  gd("返乡大巴（含司机）", 6, "车次", "transport"), gd("路上吃的面包和水", 300, "份", "goods:food"),
  vo("送站志愿者", 20))
P(8, GJ, "零工驿站", "零工人员", "就业服务",
  "在零工市场设驿站，供等活工人歇脚、喝水，提供招聘信息。",
  ("migrant", "workers"),
  ve("歇脚驿站", 1, "处", "venue:station"), sk("招聘对接", 10, "次", "skill:job"),
  gd("热水壶、饮水机", 2, "台", "goods:kitchen"), gd("桌椅", 10, "套", "goods:furniture"))
P(8, YZ, "工友的一张全家福", "农民工家庭", "关爱",
  "春节前为留守城市过年的农民工拍全家福。",
  ("migrant", "women"),
  sk("摄影", 50, "户", "skill:photo"), gd("照片冲印装框", 50, "张", "print"))

# 9 生态环保
P(9, XD, "汾河岸边捡跑", "市民", "环保行动",
  "每月组织一次汾河沿岸徒步捡拾垃圾。",
  ("environment",),
  vo("捡拾志愿者", 100), gd("垃圾袋、夹子、手套", 100, "套", "goods:tools"),
  gd("捡跑T恤", 100, "件", "goods:tshirt"), gd("饮用水", 200, "瓶", "goods:water"))
P(9, LF, "守护汾河源头", "库区群众", "河流保护",
  "在汾河水库上游开展巡河护河和环保宣传，需航拍记录河道变化。",
  ("environment", "rural"),
  sk("河道航拍", 4, "次", "skill:photo"), vo("巡河志愿者", 20), sk("水质讲解", 2, "场", "skill:env"))
P(9, WBL, "西山绿化", "市民", "植树",
  "春季西山义务植树。",
  ("environment",),
  gd("树苗", 2000, "株", "goods:plants"), vo("植树志愿者", 200), gd("植树大巴（含司机）", 5, "车次", "transport"),
  gd("铁锹、水桶", 100, "套", "goods:tools"))
P(9, YZ, "垃圾分类宣传", "居民", "垃圾分类",
  "垃圾分类进小区，需宣讲员和分类垃圾桶。",
  ("environment", "community"),
  sk("垃圾分类宣讲", 10, "场", "skill:env"), gd("分类垃圾桶", 40, "组", "goods:tools"))
P(9, JY, "晋阳湖的鸟", "市民、学生", "生态科普",
  "晋阳湖观鸟和湿地保护宣传，需拍摄鸟类影像制作科普视频。",
  ("environment", "science"),
  sk("鸟类摄影", 6, "次", "skill:photo"), sk("科普视频制作", 3, "条", "skill:media"),
  sk("观鸟讲解", 4, "场", "skill:science"))
P(9, GJ, "矿山复绿", "矿区群众", "生态修复",
  "废弃矿区复绿，需苗木和种植技术指导。",
  ("environment", "workers"),
  gd("苗木", 3000, "株", "goods:plants"), sk("种植指导", 6, "次", "skill:agri"))
P(9, JCP, "景区无痕山林", "游客", "文明旅游",
  "节假日在景区倡导无痕山林，带走垃圾。",
  ("environment", "tourism"),
  vo("景区劝导志愿者", 30), gd("垃圾袋", 5000, "个", "goods:tools"), gd("宣传展板", 10, "块", "print"))

# 10 公交
P(10, YZ, "文明乘车我先行", "公交乘客", "文明引导",
  "在五一广场、大南门等公交站台开展文明乘车引导，需引导员、宣传品。",
  ("transit",),
  vo("站台引导志愿者", 40), gd("文明乘车宣传页", 5000, "份", "print"), gd("志愿者马甲", 40, "件", "goods:safety"))
P(10, XD, "公交司机的热水", "公交司机", "关爱一线",
  "公交末站缺休息点，司机冬天喝不上热水，拟在站旁商户设爱心驿站。",
  ("transit", "workers"),
  ve("司机休息点", 3, "处", "venue:station"), gd("热水器", 3, "台", "goods:kitchen"),
  gd("暖心包（手套、保温杯）", 300, "份", "goods:daily"))
P(10, JCP, "轮椅也能坐公交", "残疾乘客、老人", "无障碍出行",
  "组织无障碍车辆，接送轮椅老人、残疾人去医院和办事。",
  ("transit", "disabled", "elderly"),
  gd("无障碍车辆（含司机）", 20, "车次", "transport"), vo("陪同志愿者", 10),
  mo("车辆油费补贴", 5000))
P(10, QX, "城乡公交开通了", "农村群众", "出行宣传",
  "城乡公交线路开通，需向村里老人宣讲乘车和扫码。",
  ("transit", "rural", "elderly"),
  sk("扫码乘车教学", 6, "场", "skill:it"), gd("线路图", 2000, "张", "print"))
P(10, GJ, "山城公交安全课", "公交司机", "安全培训",
  "山区线路多弯道，组织司机安全驾驶与急救培训。",
  ("transit", "safety", "firstaid"),
  sk("急救培训", 3, "场", "skill:firstaid"), sk("交通安全培训", 3, "场", "skill:traffic"))
P(10, WBL, "地铁口的问路台", "乘客、游客", "引导服务",
  "地铁站口设问路服务台，需会外语的志愿者。",
  ("transit", "tourism"),
  sk("外语问路服务", 20, "班次", "skill:language"), vo("引导志愿者", 20),
  gd("外语指引手册", 2000, "册", "print"))
P(10, XHL, "出租车上的爱心", "出租车司机", "行业文明",
  "表彰爱心出租车司机，需奖杯和宣传片。",
  ("transit", "workers"),
  gd("奖杯", 20, "座", "goods:awards"), sk("宣传片拍摄", 1, "部", "skill:media"))

# 11 扶贫和农村
P(11, LF, "云顶山下的民宿村", "脱贫村村民", "乡村旅游",
  "按照县委乡村振兴部署，在云顶山脚下发展民宿旅游，培训村民做农家饭、接待游客，推广乡村游线路。",
  ("rural", "tourism", "poor"),
  sk("农家菜烹饪培训", 6, "场", "skill:cooking"), sk("乡村游网络推广", 1, "项", "skill:media"),
  sk("接待礼仪", 2, "场", "skill:teaching"),
  ve("培训期间学员住宿", 40, "间夜", "venue:lodging"), mo("民宿改造补助", 50000, 30000))
P(11, LF, "乡村振兴培训班食宿", "村干部、致富带头人", "培训",
  "县里举办乡村振兴培训班，学员60人三天，需解决住宿和就餐。",
  ("rural",),
  ve("学员住宿", 30, "间", "venue:lodging"), gd("学员工作餐", 360, "份", "goods:meal"))
P(11, YQ, "小米卖出去", "农户", "消费帮扶",
  "阳曲小米滞销，需网店、直播推广。",
  ("rural", "poor"),
  sk("直播带货", 4, "场", "skill:ecommerce"), sk("产品拍摄", 1, "次", "skill:photo"),
  gd("包装设计印制", 5000, "个", "print"))
P(11, QX, "葡萄园里的专家", "果农", "技术帮扶",
  "马峪葡萄病虫害多，请农技专家田间指导。",
  ("rural",),
  sk("葡萄种植技术", 6, "次", "skill:agri"),
  gd("有机肥", 10, "吨", "goods:plants"))
P(11, GJ, "山村的冬天", "困难群众", "帮扶",
  "为山村困难户送煤、送冬衣。",
  ("rural", "poor"),
  gd("冬衣", 150, "件", "goods:clothes"), gd("取暖煤", 30, "吨", "goods:other"), mo("慰问金", 30000))
P(11, YQ, "村里的乡村旅游节", "村民、游客", "乡村旅游",
  "某村首次办桃花节，需舞台、主持、表演和宣传。",
  ("rural", "tourism", "culture"),
  gd("舞台音响", 1, "套", "goods:stage"), sk("主持", 1, "人", "skill:host"),
  sk("舞狮、秧歌表演", 3, "个", "skill:perform"), sk("宣传视频", 1, "条", "skill:media"),
  vo("会务志愿者", 30))
P(11, WBL, "结对村的孩子进城", "结对帮扶村儿童", "城乡交流",
  "组织结对帮扶村的孩子进城看电影、参观科技馆。",
  ("rural", "children"),
  gd("大巴（含司机）", 2, "车次", "transport"), ve("影厅", 1, "场", "venue:hall"), gd("午餐", 80, "份", "goods:meal"))
P(11, LF, "山货上网", "农户", "电商帮扶",
  "帮助农户把杂粮、蘑菇卖到网上。",
  ("rural", "poor"),
  sk("网店运营", 3, "家", "skill:ecommerce"), gd("包装盒印制", 2000, "个", "print"))

# 12 文化
P(12, YZ, "钟楼街周末快闪", "市民、游客", "文艺演出",
  "每周末在钟楼街开展街头文艺快闪，展示城市文化。",
  ("culture", "tourism"),
  sk("街头表演", 8, "组", "skill:perform"), sk("乐队演奏", 4, "组", "skill:music"), gd("音响", 1, "套", "goods:stage"))
P(12, JY, "晋剧票友会", "戏曲爱好者", "戏曲",
  "晋源区戏迷协会每月举办票友会，缺场地和音响。",
  ("culture", "elderly"),
  ve("演出场地", 12, "次", "venue:hall"), gd("戏服", 10, "套", "goods:costume"),
  sk("晋剧伴奏", 12, "次", "skill:music"))
P(12, YQ, "舞狮进校园", "小学生", "非遗传承",
  "在阳曲中小学开设舞狮兴趣课，传承民间舞狮。",
  ("culture", "children", "education"),
  sk("舞狮教学", 30, "课时", "skill:perform"), gd("狮头狮被", 4, "套", "goods:costume"),
  mo("课程经费", 8000))
P(12, XHL, "社区电影周", "社区居民", "文化惠民",
  "组织社区电影周，放映经典老电影。",
  ("culture", "community"),
  sk("电影放映", 7, "场", "skill:film"), ve("放映厅", 7, "场", "venue:hall"))
P(12, QX, "清徐秧歌汇演", "农村群众", "民俗",
  "正月里全县秧歌汇演，需音响、服装和主持。",
  ("culture", "rural"),
  gd("秧歌服装", 60, "套", "goods:costume"), gd("音响", 1, "套", "goods:stage"), sk("主持", 2, "人", "skill:host"),
  sk("汇演摄影", 1, "场", "skill:photo"))
P(12, WBL, "一起读老太原", "市民", "文化讲座",
  "开设老太原文化讲座，讲街巷、古迹故事。",
  ("culture", "heritage"),
  sk("太原历史讲解", 6, "场", "skill:guide"), ve("讲座场地", 6, "次", "venue:hall"))
P(12, GJ, "矿山文化节", "矿区群众", "文化活动",
  "古交市第三届矿山文化节，需摄影、演出。",
  ("culture", "workers"),
  sk("文艺演出", 6, "个", "skill:perform"), sk("活动摄影", 2, "天", "skill:photo"),
  gd("舞台灯光音响", 1, "套", "goods:stage"), ve("户外广场", 3, "天", "venue:outdoor"))
P(12, LF, "二人台进村", "农村群众", "送戏下乡",
  "组织二人台剧团送戏下乡，需车辆运送演员道具。",
  ("culture", "rural"),
  gd("演出车辆（含司机）", 10, "车次", "transport"), gd("演出音响", 1, "套", "goods:stage"))

# 13 医疗卫生
P(13, YZ, "病人家属的一张床", "外地来并就医的困难家属", "住宿帮扶",
  "省人民医院周边，大量县乡病人家属无处住宿，拟联系周边酒店提供爱心客房。",
  ("health", "poor"),
  ve("爱心客房", 300, "间夜", "venue:lodging"), gd("洗漱用品", 300, "套", "goods:daily"),
  gd("爱心餐", 600, "份", "goods:meal"), mo("住宿补贴", 30000))
P(13, XD, "儿科病房里的笑声", "住院患儿", "医院陪伴",
  "儿童医院血液科需要志愿者给患儿表演、讲故事。",
  ("health", "children"),
  sk("魔术、小丑表演", 10, "场", "skill:perform"), sk("绘本故事", 20, "次", "skill:teaching"),
  gd("玩具绘本", 200, "件", "goods:toys"),
  sk("音乐陪伴", 10, "场", "skill:music"))
P(13, XHL, "化疗中的美丽", "肿瘤女性患者", "关爱",
  "肿瘤医院妇科病区开设“美丽课堂”，教患者化妆、护肤。",
  ("health", "women"),
  sk("化妆", 12, "次", "skill:beauty"), gd("假发", 30, "顶", "goods:other"))
P(13, QX, "村医巡诊车", "农村老人", "巡诊",
  "县医院组织专家下乡义诊，需车辆接送。",
  ("health", "elderly", "rural"),
  gd("巡诊车辆（含司机）", 12, "车次", "transport"), sk("义诊医生", 12, "人次", "skill:medical"))
P(13, WBL, "糖尿病饮食课", "慢病患者", "健康教育",
  "社区卫生服务中心开设糖尿病饮食课。",
  ("health", "elderly"),
  sk("营养饮食讲解", 6, "场", "skill:nutrition"), sk("健康烹饪示范", 6, "场", "skill:cooking"))
P(13, JCP, "献血屋", "市民", "无偿献血",
  "献血屋周末需引导员，并为献血者准备饮品点心。",
  ("health",),
  vo("献血引导志愿者", 20), gd("饮料", 500, "瓶", "goods:water"), gd("点心", 500, "份", "goods:food"))
P(13, GJ, "矿工尘肺筛查", "矿山职工", "健康筛查",
  "组织矿工尘肺病筛查，需医生和接送车辆。",
  ("health", "workers"),
  sk("筛查医生", 10, "人次", "skill:medical"), gd("接送车辆", 6, "车次", "transport"),
  gd("筛查期间午餐", 300, "份", "goods:meal"))
P(13, LF, "家庭医生签约宣传", "农村群众", "健康宣传",
  "开展家庭医生签约宣传。",
  ("health", "rural"),
  gd("宣传折页", 3000, "份", "print"), sk("宣传视频", 1, "条", "skill:media"))

# 14 体育
P(14, XD, "全民健身日", "市民", "群众体育",
  "8月8日全民健身日在长风商务区举办健身展示、趣味运动会。",
  ("sport", "health"),
  sk("健身指导、裁判", 20, "人", "skill:fitness"), gd("奖牌", 300, "枚", "goods:awards"),
  gd("参赛T恤", 500, "件", "goods:tshirt"),
  gd("音响", 1, "套", "goods:stage"), vo("赛事志愿者", 50))
P(14, GJ, "古交职工篮球联赛", "企业职工", "职工体育",
  "古交市总工会举办职工篮球联赛，需裁判、场馆。",
  ("sport", "workers"),
  sk("篮球裁判", 30, "场", "skill:fitness"), ve("篮球馆", 30, "场", "venue:sports"),
  gd("奖杯", 6, "座", "goods:awards"))
P(14, JCP, "学生周末球场", "中学生", "青少年体育",
  "学生周末无处打球，拟协调场馆免费开放。",
  ("sport", "youth"),
  ve("篮球场、足球场", 40, "场次", "venue:sports"), sk("教练", 20, "课时", "skill:fitness"),
  gd("篮球、足球", 40, "个", "goods:sports"))
P(14, YQ, "乒乓球进乡村", "乡村少儿、老人", "乡村体育",
  "阳曲县在乡镇推广乒乓球，需场馆和球拍。",
  ("sport", "rural", "children", "elderly"),
  ve("乒乓球场馆", 20, "次", "venue:sports"), gd("球拍、乒乓球", 40, "套", "goods:sports"),
  sk("乒乓球教练", 20, "课时", "skill:fitness"))
P(14, JY, "冰雪嘉年华", "市民", "冰雪运动",
  "晋阳湖冰雪嘉年华，需滑冰教练和安全员。",
  ("sport", "tourism"),
  sk("滑冰教练", 20, "人次", "skill:fitness"), vo("安全员", 30), gd("头盔护具", 100, "套", "goods:safety"))
P(14, WBL, "残健融合趣味跑", "残疾人、市民", "融合体育",
  "组织残疾人和市民一起参加趣味跑。",
  ("sport", "disabled"),
  gd("完赛奖牌", 300, "枚", "goods:awards"), gd("无障碍接送车", 4, "车次", "transport"), vo("陪跑志愿者", 50))
P(14, LF, "汾河源头徒步大会", "市民、游客", "户外运动",
  "举办汾河源徒步大会，需沿途补给、急救。",
  ("sport", "tourism"),
  gd("饮用水", 2000, "瓶", "goods:water"), sk("沿途急救", 10, "人", "skill:firstaid"), gd("参赛服", 1000, "件", "goods:tshirt"),
  ve("选手住宿", 200, "间夜", "venue:lodging"), gd("完赛奖牌", 1000, "枚", "goods:awards"))

# 15 旅游
P(15, YZ, "太原欢迎你", "外地游客", "游客服务",
  "在火车站、景区设游客咨询点，需导游和外语志愿者。",
  ("tourism", "hub"),
  sk("导游咨询", 30, "班次", "skill:guide"), sk("外语服务", 20, "班次", "skill:language"))
P(15, JY, "晋祠的故事", "游客", "讲解服务",
  "节假日晋祠游客多，需义务讲解员。",
  ("tourism", "heritage"),
  sk("义务讲解", 40, "班次", "skill:guide"))
P(15, LF, "游客来了住哪儿", "游客", "乡村旅游",
  "娄烦县汾河水库旅游节期间，游客激增，县城宾馆不够，需民宿接待。",
  ("tourism", "rural"),
  ve("民宿房间", 100, "间夜", "venue:lodging"), gd("游客餐", 500, "份", "goods:meal"),
  sk("游客向导", 10, "次", "skill:guide"))
P(15, QX, "醋香清徐一日游", "游客", "旅游推广",
  "推广清徐醋文化一日游线路，需拍摄宣传片。",
  ("tourism", "culture"),
  sk("宣传片拍摄", 1, "部", "skill:media"), sk("摄影", 2, "天", "skill:photo"))
P(15, GJ, "山城古交游", "游客", "旅游推广",
  "开发古交山地旅游线路，需向导和宣传。",
  ("tourism", "rural"),
  sk("户外向导", 10, "次", "skill:guide"), sk("网络推广", 1, "项", "skill:media"))
P(15, XHL, "文明旅游劝导", "游客", "文明旅游",
  "节假日景区文明旅游劝导志愿者。",
  ("tourism",),
  vo("劝导志愿者", 40),
  gd("劝导员马甲", 40, "件", "goods:safety"))
P(15, WBL, "西山游客安全", "游客", "安全保障",
  "西山步道游客多，需急救点和应急演练。",
  ("tourism", "firstaid"),
  sk("急救值守", 20, "人次", "skill:firstaid"), sk("景区应急演练", 2, "次", "skill:drill"),
  gd("急救包", 20, "个", "goods:medical"))

# 16 文物
P(16, JY, "晋阳古城小讲解员", "小学生", "文物教育",
  "培训小学生当晋阳古城遗址小讲解员。",
  ("heritage", "children", "education"),
  sk("讲解培训", 10, "课时", "skill:guide"), sk("普通话朗读", 6, "课时", "skill:host"))
P(16, YQ, "古庙留影", "文物保护单位", "文物记录",
  "全县古庙古建年久失修，需系统拍照建档。",
  ("heritage", "rural"),
  sk("古建摄影", 20, "处", "skill:photo"), sk("航拍", 5, "处", "skill:photo"),
  gd("影像集印制", 300, "册", "print"))
P(16, WBL, "西山古栈道修缮", "文物", "文物修缮",
  "西山古栈道部分损毁，需修缮技术和志愿者清理。",
  ("heritage",),
  sk("古建修缮", 1, "项", "skill:restore"), vo("清理志愿者", 20),
  mo("修缮资金", 100000))
P(16, YZ, "双塔寺外语导览", "外国游客", "文物讲解",
  "双塔寺外国游客增多，需英语、日语讲解。",
  ("heritage", "tourism"),
  sk("外语讲解", 20, "班次", "skill:language"), gd("外语导览册", 2000, "册", "print"))
P(16, GJ, "古交的老戏台", "古戏台", "文物保护",
  "对全市古戏台开展调查，拍摄影像资料。",
  ("heritage", "culture"),
  sk("摄影记录", 12, "处", "skill:photo"), gd("调查车辆", 6, "车次", "transport"))
P(16, QX, "清源古城墙", "文物", "文物宣传",
  "清源古城墙保护宣传，需讲解员和展板。",
  ("heritage",),
  sk("讲解", 10, "次", "skill:guide"), gd("展板", 20, "块", "print"))
P(16, LF, "文物巡查员", "文物点", "文物巡查",
  "招募文物巡查员，定期巡查野外文物点。",
  ("heritage", "rural"),
  vo("文物巡查员", 10), gd("巡查用帐篷睡袋", 5, "套", "goods:tents"),
  sk("巡查路线向导", 6, "次", "skill:guide"))
P(16, XHL, "文物里的太原短视频", "市民", "文物宣传",
  "制作一组文物短视频。",
  ("heritage",),
  sk("短视频制作", 6, "条", "skill:media"), sk("文物讲解出镜", 6, "次", "skill:guide"))

# 17 职工
P(17, GJ, "下井前的一碗面", "矿山职工", "职工关爱",
  "古交矿区早班工人凌晨四点下井，食堂不开门，拟设爱心早餐点。",
  ("workers",),
  gd("早餐", 3000, "份", "goods:meal"), ve("早餐点", 1, "处", "venue:station"),
  vo("早餐点志愿者", 10))
P(17, YZ, "环卫工的热饭", "环卫工人", "职工关爱",
  "冬季为环卫工提供免费午餐和休息点。",
  ("workers",),
  gd("免费午餐", 2000, "份", "goods:meal"), ve("休息点", 5, "处", "venue:station"),
  gd("手套、保温杯", 500, "份", "goods:daily"))
P(17, XD, "职工亲子运动会", "企业职工及子女", "职工文体",
  "工会举办职工亲子运动会。",
  ("workers", "children", "sport"),
  ve("运动场", 1, "天", "venue:sports"), gd("奖牌", 200, "枚", "goods:awards"), sk("裁判", 10, "人", "skill:fitness"))
P(17, WBL, "快递小哥的车坏了", "快递、外卖骑手", "职工关爱",
  "骑手电动车故障多，设免费修车点。",
  ("workers", "traffic"),
  sk("修电动车", 20, "次", "skill:bike"), sk("骑行安全讲解", 4, "场", "skill:traffic"))
P(17, XHL, "一线工人的故事", "一线职工", "宣传",
  "拍摄一线工人短视频，讲述劳动者故事。",
  ("workers",),
  sk("短视频拍摄", 10, "条", "skill:media"), sk("人物摄影", 10, "人", "skill:photo"))
P(17, JCP, "职工疗休养", "劳模、一线职工", "疗休养",
  "组织劳模和一线职工疗休养。",
  ("workers",),
  ve("疗养住宿", 100, "间夜", "venue:lodging"), gd("大巴（含司机）", 4, "车次", "transport"),
  sk("疗养地导游", 4, "次", "skill:guide"))
P(17, GJ, "矿工家属的年夜饭", "困难矿工家庭", "帮扶",
  "为困难矿工家庭送年夜饭。",
  ("workers", "poor"),
  gd("年夜饭", 50, "桌", "goods:meal"), mo("慰问金", 20000))

# 18 青年
P(18, XD, "青年夜校", "青年", "技能提升",
  "团区委开办青年夜校，开设摄影、化妆、吉他、健身课程。",
  ("youth",),
  sk("摄影课", 8, "课时", "skill:photo"), sk("吉他课", 8, "课时", "skill:music"),
  sk("化妆课", 8, "课时", "skill:beauty"), sk("健身课", 8, "课时", "skill:fitness"))
P(18, YZ, "青春音乐节", "青年", "文化活动",
  "举办公益青年音乐节，需场地、音响和乐队。",
  ("youth", "culture"),
  ve("演出场地", 1, "场", "venue:hall"), gd("音响灯光", 1, "套", "goods:stage"), sk("乐队", 4, "支", "skill:music"))
P(18, GJ, "古交青年篮球赛", "青年", "青年体育",
  "团市委举办青年篮球赛。",
  ("youth", "sport"),
  sk("裁判", 20, "场", "skill:fitness"), gd("奖杯", 4, "座", "goods:awards"))
P(18, JY, "青年相亲会", "单身青年", "婚恋交友",
  "团区委举办青年联谊会，需主持和场地。",
  ("youth",),
  sk("活动主持", 1, "场", "skill:host"), ve("活动场地", 1, "场", "venue:hall"), gd("鲜花", 100, "束", "goods:plants"),
  sk("活动摄影", 1, "场", "skill:photo"))
P(18, WBL, "青年志愿者培训", "青年志愿者", "培训",
  "开展青年志愿者急救和服务礼仪培训。",
  ("youth", "firstaid"),
  sk("急救培训", 4, "场", "skill:firstaid"), ve("培训场地", 4, "次", "venue:hall"),
  gd("志愿者服装", 100, "件", "goods:tshirt"))
P(18, QX, "大学生返乡实践", "返乡大学生", "社会实践",
  "组织大学生暑期返乡开展乡村调研与乡村游推广。",
  ("youth", "rural"),
  sk("乡村游推广指导", 2, "场", "skill:media"), gd("调研车辆", 4, "车次", "transport"))
P(18, XHL, "电竞比赛也讲文明", "青年", "网络文明",
  "举办高校电竞友谊赛，倡导文明竞技。",
  ("youth", "online"),
  ve("比赛场地", 1, "场", "venue:computer"), gd("奖杯", 6, "座", "goods:awards"))

# 19 巾帼
P(19, XHL, "妈妈的一束花", "社区妇女", "节日关爱",
  "三八节、母亲节为社区妈妈们开插花课、送鲜花，请摄影师拍母女合影。",
  ("women", "community"),
  sk("插花教学", 4, "场", "skill:craft"), gd("鲜花", 200, "束", "goods:plants"),
  sk("母女合影拍摄", 50, "组", "skill:photo"),
  ve("活动场地", 2, "次", "venue:hall"))
P(19, JCP, "单亲妈妈的手艺", "单亲妈妈", "就业帮扶",
  "妇联为单亲妈妈开办美甲、化妆、家政技能培训，帮助居家就业。",
  ("women", "poor"),
  sk("美甲化妆培训", 20, "课时", "skill:beauty"), sk("就业指导", 4, "场", "skill:job"),
  ve("培训教室", 1, "间", "venue:classroom"))
P(19, XD, "产后妈妈瑜伽", "产后妇女", "健康关爱",
  "社区妇儿之家开设产后恢复瑜伽课。",
  ("women", "health"),
  sk("产后瑜伽", 24, "课时", "skill:fitness"), sk("产后康复指导", 6, "场", "skill:rehab"),
  gd("瑜伽垫", 30, "张", "goods:sports"))
P(19, LF, "巾帼农家乐", "农村妇女", "创业帮扶",
  "娄烦县妇联扶持农村妇女开办农家乐，需厨艺培训、经营指导和网上推广。",
  ("women", "rural", "tourism"),
  sk("农家菜培训", 8, "场", "skill:cooking"), sk("网上推广", 1, "项", "skill:media"),
  ve("培训期间住宿", 20, "间夜", "venue:lodging"),
  mo("创业启动资金", 30000))
P(19, YQ, "留守妇女的夜晚", "留守妇女", "文体",
  "村里留守妇女组建广场舞队，需老师教舞、音响。",
  ("women", "rural"),
  sk("广场舞教学", 20, "课时", "skill:perform"), gd("音箱", 2, "台", "goods:stage"),
  gd("演出服", 30, "套", "goods:costume"))
P(19, WBL, "妈妈课堂", "孕产妇、新手妈妈", "母婴健康",
  "开展母乳喂养、新生儿护理讲座。",
  ("women", "children", "health"),
  sk("母婴护理讲座", 6, "场", "skill:nursing"), gd("纸尿裤、奶粉", 100, "份", "goods:baby"))
P(19, QX, "家庭暴力求助热线", "妇女", "维权",
  "县妇联设反家暴热线，需律师和心理志愿者轮值。",
  ("women", "legal"),
  sk("法律咨询", 50, "小时", "skill:legal"), sk("心理疏导", 50, "小时", "skill:psych"),
  sk("热线接听", 100, "小时", "skill:phone"))
P(19, GJ, "矿嫂风采", "矿工家属", "宣传",
  "拍摄矿嫂故事，举办风采展示。",
  ("women", "workers"),
  sk("人物拍摄", 20, "人", "skill:photo"), sk("化妆造型", 20, "人", "skill:beauty"),
  ve("展示场地", 1, "场", "venue:hall"))

# 20 科普
P(20, XD, "星空下的露营", "中小学生", "天文科普",
  "组织学生郊外露营观星，需帐篷睡袋、天文讲解。",
  ("science", "children"),
  gd("帐篷睡袋", 30, "套", "goods:tents"), sk("天文讲解", 2, "场", "skill:science"),
  gd("天文望远镜", 5, "台", "goods:other"),
  gd("营地接送车辆", 2, "车次", "transport"))
P(20, JY, "湿地科普小课堂", "小学生", "生态科普",
  "晋阳湖湿地开设科普课，讲鸟类和水生态。",
  ("science", "environment", "children"),
  sk("湿地生态讲解", 8, "场", "skill:env"), sk("鸟类摄影展示", 2, "场", "skill:photo"),
  gd("研学接送车", 4, "车次", "transport"))
P(20, GJ, "矿山里的科学", "中学生", "科普",
  "带学生参观煤矿科普馆，讲煤炭与能源。",
  ("science", "education", "workers"),
  sk("能源科普讲解", 4, "场", "skill:science"), gd("接送车辆", 4, "车次", "transport"))
P(20, YZ, "科普大篷车进社区", "社区居民", "科普",
  "科普大篷车进社区，开展互动实验。",
  ("science", "community"),
  sk("科学实验表演", 10, "场", "skill:science"), ve("社区广场", 10, "次", "venue:outdoor"),
  gd("实验材料", 10, "套", "goods:other"))
P(20, LF, "气象小站", "乡村学生", "气象科普",
  "在乡村学校建气象观测小站。",
  ("science", "rural", "education"),
  gd("气象观测设备", 3, "套", "goods:other"), sk("气象讲解", 3, "场", "skill:science"))
P(20, WBL, "无人机科普营", "中学生", "科技教育",
  "开办无人机科普营，讲飞行原理、航拍。",
  ("science", "youth"),
  sk("无人机航拍教学", 8, "课时", "skill:photo"), sk("飞行原理讲解", 4, "课时", "skill:science"),
  ve("室外飞行场地", 4, "次", "venue:outdoor"))
P(20, XHL, "手机里的科学", "老年人", "科普",
  "为老人讲防辐射、保健品骗局等伪科学辟谣。",
  ("science", "elderly", "online"),
  sk("辟谣讲座", 6, "场", "skill:science"), sk("手机辨谣教学", 6, "场", "skill:it"))

# 21 助残
P(21, XHL, "听见电影", "视障人士", "无障碍文化",
  "残联与影院合作开设无障碍电影专场，需讲述人为视障观众讲电影。",
  ("disabled", "culture"),
  sk("电影讲述", 12, "场", "skill:host"), ve("影厅", 12, "场", "venue:hall"),
  gd("接送车辆", 12, "车次", "transport"),
  vo("引导志愿者", 12))
P(21, JY, "冰上的孩子", "听障、智障儿童", "康复体育",
  "特教学校开设滑冰课，需教练和冰场。",
  ("disabled", "children", "sport"),
  sk("滑冰教练", 20, "课时", "skill:fitness"), ve("冰场", 10, "场次", "venue:sports"),
  gd("护具", 20, "套", "goods:safety"))
P(21, XHL, "星星的孩子蹦起来", "自闭症儿童", "康复",
  "自闭症康复机构组织孩子感统训练，需蹦床场馆。",
  ("disabled", "children"),
  ve("蹦床场馆", 12, "次", "venue:sports"), sk("康复训练指导", 12, "次", "skill:rehab"),
  vo("陪护志愿者", 12))
P(21, JY, "学一门手艺", "残疾青年", "职业培训",
  "残联为残疾青年开办厨艺、烘焙培训，推荐就业。",
  ("disabled", "youth"),
  sk("厨艺培训", 30, "课时", "skill:cooking"), sk("就业推荐", 10, "人", "skill:job"),
  sk("手语翻译", 30, "课时", "skill:sign"))
P(21, XD, "残疾人家庭全家福", "残疾人家庭", "关爱",
  "为残疾人家庭拍全家福并冲洗装框。",
  ("disabled", "community"),
  sk("摄影", 60, "户", "skill:photo"), gd("照片冲印装框", 60, "张", "print"))
P(21, JCP, "轮椅出行日", "肢体残疾人", "出行帮扶",
  "组织轮椅使用者出行游园，需无障碍车辆和陪同。",
  ("disabled", "tourism"),
  gd("无障碍车辆（含司机）", 6, "车次", "transport"), vo("陪同志愿者", 20), gd("轮椅", 10, "台", "goods:mobility"),
  sk("景区导览", 6, "次", "skill:guide"))
P(21, GJ, "矿工伤残康复", "工伤致残矿工", "康复",
  "为工伤致残矿工开展康复训练和假肢适配。",
  ("disabled", "workers"),
  sk("康复训练", 40, "次", "skill:rehab"), gd("假肢", 5, "具", "goods:prosthesis"))
P(21, QX, "残疾人的年货", "困难残疾人", "帮扶",
  "春节为困难残疾人送年货。",
  ("disabled", "poor"),
  gd("米面油", 100, "份", "goods:food"), mo("慰问金", 20000))
P(21, YQ, "送残疾人去医院", "农村残疾人", "出行",
  "残疾人去县医院复查无车。",
  ("disabled", "health"),
  gd("接送车辆", 20, "车次", "transport"))

# 22 红十字
P(22, WBL, "景区救护站", "游客", "应急救护",
  "红十字会在西山景区设救护站，需急救志愿者、急救包和AED。",
  ("firstaid", "tourism"),
  sk("急救值守", 30, "人次", "skill:firstaid"), gd("急救包", 30, "个", "goods:medical"),
  gd("AED", 2, "台", "goods:aed"),
  gd("急救站帐篷", 2, "顶", "goods:tents"))
P(22, XD, "人人学急救", "市民", "急救培训",
  "红十字会开展心肺复苏培训进商场、进酒店。",
  ("firstaid",),
  sk("心肺复苏培训", 20, "场", "skill:firstaid"), ve("培训场地", 10, "次", "venue:hall"))
P(22, LF, "水上救援队", "库区群众", "水上救援",
  "组建汾河水库水上救援队，需培训和装备。",
  ("firstaid", "safety"),
  sk("水上救援培训", 6, "场", "skill:firstaid"), gd("救生衣、救生圈", 40, "件", "goods:rescue"),
  ve("队员集训住宿", 20, "间夜", "venue:lodging"))
P(22, YZ, "博爱送万家", "困难家庭", "救助",
  "春节红十字博爱送万家，为困难家庭送棉被、米面。",
  ("firstaid", "poor"),
  gd("棉被", 200, "床", "goods:bedding"), gd("米面油", 200, "份", "goods:food"), mo("救助金", 50000, 20000),
  vo("发放志愿者", 30))
P(22, QX, "学校急救课", "中小学生", "急救教育",
  "为县城中小学开设急救课。",
  ("firstaid", "education", "children"),
  sk("急救课", 10, "场", "skill:firstaid"))
P(22, GJ, "矿区救护演练", "矿工", "应急演练",
  "组织矿区救护演练。",
  ("firstaid", "workers"),
  sk("应急演练组织", 2, "次", "skill:drill"), gd("担架", 10, "副", "goods:rescue"))
P(22, JCP, "献血者的一顿饭", "献血者", "关爱",
  "献血日为献血者提供爱心餐。",
  ("firstaid", "health"),
  gd("爱心餐", 300, "份", "goods:meal"))

# 23 交通
P(23, JY, "骑车戴好头盔", "电动车骑行者", "交通安全",
  "在晋源区路口开展一盔一带劝导，送头盔。",
  ("traffic",),
  vo("路口劝导志愿者", 30), gd("头盔", 200, "顶", "goods:safety"), sk("骑行安全讲解", 4, "场", "skill:traffic"),
  sk("修车服务", 50, "辆", "skill:bike"))
P(23, XD, "学生上学路", "小学生", "交通安全教育",
  "为小学生讲交通安全，开展路口体验。",
  ("traffic", "children", "education"),
  sk("交通安全课", 8, "场", "skill:traffic"), gd("反光贴", 1000, "个", "goods:safety"))
P(23, YQ, "大车司机的休息站", "货车司机", "疲劳驾驶预防",
  "108国道沿线大车多，疲劳驾驶事故频发，拟设司机休息站。",
  ("traffic", "workers"),
  ve("司机休息站", 2, "处", "venue:station"), gd("热水、饮料", 500, "瓶", "goods:water"),
  sk("安全驾驶宣讲", 4, "场", "skill:traffic"))
P(23, LF, "山路上的反光镜", "山区群众", "交通设施",
  "山区弯道多，需安装凸面镜。",
  ("traffic", "rural"),
  gd("凸面反光镜", 30, "面", "goods:other"), sk("安装", 30, "处", "skill:build"))
P(23, WBL, "外卖骑手安全课", "外卖骑手", "交通安全",
  "为外卖骑手开安全课并免费检修电动车。",
  ("traffic", "workers"),
  sk("交通安全课", 4, "场", "skill:traffic"), sk("电动车检修", 100, "辆", "skill:bike"))
P(23, GJ, "老人过马路", "老年人", "交通安全",
  "在老人集中的路口设文明引导岗。",
  ("traffic", "elderly"),
  vo("引导志愿者", 20), gd("马甲小旗", 20, "套", "goods:safety"))
P(23, XHL, "交通安全短视频", "市民", "交通安全宣传",
  "拍摄交通安全短视频。",
  ("traffic",),
  sk("短视频拍摄", 5, "条", "skill:media"))

# 24 消防
P(24, YZ, "酒店消防演练", "酒店、宾馆员工", "消防安全",
  "辖区宾馆酒店人员密集，组织消防疏散演练。",
  ("fire",),
  sk("疏散演练组织", 10, "次", "skill:drill"), sk("消防知识讲解", 10, "场", "skill:fire"),
  gd("灭火器", 40, "具", "goods:fire"))
P(24, XD, "KTV、影院消防检查宣传", "娱乐场所", "消防宣传",
  "开展人员密集场所消防宣传。",
  ("fire", "safety"),
  sk("消防宣讲", 8, "场", "skill:fire"), gd("宣传海报", 500, "张", "print"))
P(24, LF, "山林防火", "林区群众", "森林防火",
  "清明、春季林区防火巡查。",
  ("fire", "environment", "rural"),
  vo("防火巡查员", 30), sk("森林防火宣讲", 4, "场", "skill:fire"), gd("灭火器", 50, "具", "goods:fire"))
P(24, GJ, "老楼里的烟感", "独居老人", "消防",
  "为矿区老楼独居老人装烟感报警器。",
  ("fire", "elderly"),
  gd("烟感报警器", 200, "个", "goods:fire"), sk("安装", 200, "户", "skill:electric"))
P(24, JCP, "消防站开放日", "中小学生", "消防科普",
  "消防站开放日，组织学生参观。",
  ("fire", "children", "education"),
  gd("接送车辆", 6, "车次", "transport"), sk("消防科普讲解", 6, "场", "skill:fire"),
  gd("消防知识读本", 500, "册", "goods:books"))
P(24, QX, "农家乐用气安全", "农家乐经营户", "燃气安全",
  "检查农家乐燃气使用，讲燃气安全。",
  ("fire", "rural", "tourism"),
  sk("燃气安全检查", 30, "户", "skill:fire"), gd("燃气报警器", 30, "个", "goods:fire"))
P(24, WBL, "社区微型消防站", "社区居民", "消防",
  "社区建微型消防站，需器材和培训。",
  ("fire", "community"),
  gd("消防器材", 5, "套", "goods:fire"), sk("消防培训", 4, "场", "skill:fire"), vo("消防志愿者", 10))

# 25 应急
P(25, JCP, "汛期应急物资储备", "受灾群众", "应急保障",
  "为汛期做好准备，储备帐篷、睡袋、棉被。",
  ("firstaid",),
  gd("帐篷", 50, "顶", "goods:tents"), gd("睡袋", 100, "个", "goods:tents"), gd("棉被", 100, "床", "goods:bedding"))
P(25, YZ, "景区应急演练", "景区、游客", "应急演练",
  "组织景区应急疏散和救援演练。",
  ("firstaid", "tourism"),
  sk("演练组织", 3, "次", "skill:drill"), sk("急救培训", 3, "场", "skill:firstaid"))
P(25, YQ, "应急避难场所", "村民", "应急",
  "村里设应急避难点，需帐篷和应急灯。",
  ("firstaid", "rural"),
  gd("帐篷", 20, "顶", "goods:tents"), gd("应急灯", 40, "个", "goods:build"))
P(25, LF, "山洪灾害转移演练", "山区群众", "应急演练",
  "山洪易发村组织群众转移演练，需临时安置住宿。",
  ("firstaid", "rural", "safety"),
  sk("演练组织", 2, "次", "skill:drill"), ve("临时安置住宿", 30, "间夜", "venue:lodging"))
P(25, XHL, "应急志愿者招募", "市民", "队伍建设",
  "招募应急志愿者50名并培训。",
  ("firstaid",),
  vo("应急志愿者", 50), sk("急救培训", 4, "场", "skill:firstaid"),
  gd("应急服装", 50, "套", "goods:safety"))
P(25, QX, "大型活动应急保障", "群众", "应急保障",
  "县里大型节庆活动，需急救点、应急广播。",
  ("firstaid", "culture"),
  sk("急救点值守", 10, "人次", "skill:firstaid"), sk("应急通讯", 2, "人", "skill:radio"))
P(25, WBL, "应急物资运送", "受灾群众", "应急运输",
  "应急物资需车辆随时运送。",
  ("firstaid",),
  gd("货车（含司机）", 10, "车次", "transport"))

# 26 站场
P(26, YZ, "太原站的问询台", "旅客", "站场服务",
  "太原火车站设志愿服务台，需问询、外语、帮扶重点旅客。",
  ("hub", "tourism"),
  vo("问询志愿者", 40), sk("外语服务", 20, "班次", "skill:language"), sk("太原景点推介", 20, "班次", "skill:guide"),
  ve("问询服务点", 1, "处", "venue:station", 0))
P(26, XD, "机场的爱心通道", "老弱病残孕旅客", "重点旅客服务",
  "武宿机场开设爱心通道，需志愿者和轮椅。",
  ("hub", "elderly", "disabled"),
  vo("帮扶志愿者", 20), gd("轮椅", 10, "台", "goods:mobility"))
P(26, JY, "春运暖心驿站", "春运旅客", "春运服务",
  "春运期间在汽车站设驿站，提供热水、姜茶。",
  ("hub",),
  gd("姜茶、热饮", 3000, "杯", "goods:water"), ve("驿站", 1, "处", "venue:station", 0), vo("志愿者", 30))
P(26, GJ, "古交汽车站春运", "旅客", "春运服务",
  "春运客流大，需引导志愿者和小型文艺演出。",
  ("hub",),
  vo("引导志愿者", 20), sk("候车厅小型演出", 4, "场", "skill:perform"),
  gd("热水、姜茶", 2000, "杯", "goods:water"), gd("春运音响", 1, "套", "goods:stage"))
P(26, YQ, "高铁站游客指引", "旅客、游客", "站场服务",
  "高铁站出站口设旅游咨询点，推介阳曲乡村游。",
  ("hub", "tourism", "rural"),
  sk("旅游咨询", 20, "班次", "skill:guide"), gd("旅游宣传册", 2000, "册", "print"))
P(26, WBL, "滞留旅客的一晚", "滞留旅客", "应急住宿",
  "恶劣天气下长途客运站旅客滞留，需临时住宿。",
  ("hub", "firstaid"),
  ve("临时住宿", 50, "间夜", "venue:lodging"), gd("泡面、饮用水", 200, "份", "goods:food"))
P(26, QX, "县客运站的文明窗口", "旅客", "文明创建",
  "客运站文明创建，需宣传海报和引导员。",
  ("hub",),
  gd("宣传海报", 100, "张", "print"), vo("引导员", 10))
