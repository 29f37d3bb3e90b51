"""Set 2, step 2: the projects, written after the sponsors, two or three per programme of the
notice, several with slogan titles whose substance is in the description and the needs. Each
need's `_tag` and each project's `_causes` are the grader's reading, fixed before grading."""

P = []


def project(key, category, district, title, target, service_type, description, needs, causes):
    P.append({
        "key": key, "title": title, "category": category, "district": district, "service_target": target,
        "service_type": service_type, "description": description,
        "needs": [{"kind": k, "description": d, "quantity": q, "unit": u, "_tag": t,
                   **({"remaining": r[0]} if r else {})} for k, d, q, u, t, *r in needs],
        "_causes": causes,
    })


project("q01", 1, "迎泽区", "初心如磐 服务为民", "社区困难党员、老党员", "走访慰问、政策宣讲",
        "组织机关党员每季度到结对社区走访生活困难的老党员，送去慰问品，宣讲惠民政策。",
        [("goods", "米面油慰问品", 80, "份", "goods:food"), ("volunteers", "党员志愿者", 20, "人", "people")], ["party", "elderly"])
project("q02", 1, "小店区", "红色领航 助力社区治理", "社区居民", "楼院议事、环境整治",
        "党员到社区报到，牵头楼院议事会，组织居民清理楼道杂物。需要印制宣传册和议事规则展板。",
        [("skill", "宣传册、展板印制", 200, "份", "skill:printing"), ("volunteers", "在职党员", 30, "人", "people")], ["party", "community"])
project("q03", 2, "杏花岭区", "守护钱袋子", "社区老年人", "反诈宣传",
        "针对老年人易受电信诈骗的情况，进社区开展防诈骗讲座和情景演示，发放防骗手册。",
        [("skill", "金融防诈骗讲师", 10, "场", "skill:teaching"), ("skill", "防骗手册印刷", 2000, "册", "skill:printing")], ["safety", "elderly"])
project("q04", 2, "万柏林区", "夜间平安巡逻", "小区居民", "治安巡逻",
        "组织居民志愿者夜间巡逻，需要反光背心、手电等装备。",
        [("goods", "反光背心、手电", 100, "套", "goods:daily"), ("volunteers", "巡逻志愿者", 40, "人", "people")], ["safety", "community"])
project("q05", 3, "迎泽区", "银龄舞台 乐享晚年", "离退休老同志", "文艺汇演",
        "组织离退休老同志排练节目、举办重阳文艺汇演，需要演出场地和民乐伴奏。",
        [("venue", "演出场地", 1, "处", "venue"), ("skill", "民乐伴奏（二胡、琵琶）", 3, "人", "skill:performance")], ["retirees", "elderly", "culture"])
project("q06", 3, "杏花岭区", "老干部智能手机课堂", "离退休干部", "培训",
        "手把手教离退休老同志使用智能手机：挂号、打车、视频通话。",
        [("skill", "手机使用讲师", 8, "人", "skill:it"), ("venue", "培训教室", 1, "间", "venue")], ["retirees", "elderly", "online"])
project("q07", 4, "小店区", "清朗网络 你我同行", "青少年、网民", "网络文明宣传",
        "拍摄网络文明主题短视频，在校园和社区播放，倡导文明上网、不信谣不传谣。",
        [("skill", "短视频拍摄剪辑", 5, "部", "skill:media"), ("money", "制作经费", 20000, "元", "money")], ["online", "youth", "students"])
project("q08", 4, "迎泽区", "指尖上的正能量", "社区居民", "网络安全宣传",
        "在社区广场举办网络安全宣传周活动，展板和户外屏宣传防范网络谣言和个人信息泄露。",
        [("skill", "展板设计和户外屏广告", 1, "批", "skill:printing")], ["online", "community"])
project("q09", 5, "晋源区", "春蕾课堂", "农村留守儿童", "课业辅导",
        "周末为村里的留守儿童辅导作业、开展兴趣课，需要老师和图书文具。",
        [("skill", "辅导老师", 12, "人", "skill:teaching"), ("goods", "课外图书", 500, "册", "goods:books")], ["children", "students", "rural"])
project("q10", 5, "小店区", "护苗成长 心理护航", "中小学生", "心理健康教育",
        "走进中小学开展心理健康讲座和一对一心理辅导，帮助学生缓解学业压力。",
        [("skill", "心理咨询师", 6, "人", "skill:psychology")], ["students", "children", "health"])
project("q11", 5, "杏花岭区", "明眸皓齿", "小学生", "健康检查",
        "为辖区小学生做口腔和视力筛查，建立健康档案。",
        [("skill", "口腔医生、眼科医生", 8, "人", "skill:medical")], ["children", "students", "health"])
project("q12", 6, "小店区", "远亲不如近邻", "独居、空巢老人", "结对帮扶",
        "组织楼院邻居与独居老人结对，每周上门问候，帮忙买菜、打扫。",
        [("volunteers", "结对邻居", 50, "人", "people"), ("skill", "上门保洁", 30, "户", "skill:cleaning")], ["community", "elderly"])
project("q13", 6, "迎泽区", "幸福小院 共享客厅", "社区居民", "邻里活动",
        "在老旧小区打造共享客厅，开展邻里聚餐、义剪、手工等活动。",
        [("skill", "义务理发", 4, "次", "skill:haircut"), ("goods", "邻里聚餐食材", 10, "次", "goods:food")], ["community", "elderly"])
project("q14", 6, "万柏林区", "适老改造暖心工程", "高龄困难老人", "居家改造",
        "为高龄困难老人家庭安装扶手、防滑地垫，改造卫生间，检修水电线路。",
        [("skill", "水电检修和安装", 40, "户", "skill:repair"), ("goods", "扶手、防滑垫", 40, "套", "goods:daily")], ["elderly", "disabled", "community"])
project("q15", 7, "小店区", "法润万家", "社区居民", "法律咨询",
        "每月在社区设立法律咨询点，律师解答婚姻家庭、物业纠纷等问题。",
        [("skill", "律师坐班咨询", 24, "次", "skill:legal")], ["legal", "community"])
project("q16", 7, "古交市", "送法进矿区", "矿区职工和家属", "普法宣传",
        "到矿区开展劳动合同、工伤赔偿普法讲座，提供免费法律咨询。",
        [("skill", "律师讲座", 6, "场", "skill:legal"), ("skill", "普法手册印刷", 1000, "册", "skill:printing")], ["legal", "workers"])
project("q17", 8, "尖草坪区", "温暖工地行", "建筑工地农民工", "送清凉、送健康",
        "夏季到工地为农民工送清凉饮品、防暑药品，开展免费体检。",
        [("goods", "防暑药品", 300, "份", "goods:medicine"), ("skill", "体检医生", 6, "人", "skill:medical")], ["workers", "health"])
project("q18", 8, "万柏林区", "骑手驿站 暖心港湾", "外卖骑手、快递员", "歇脚服务",
        "在街面设置暖心驿站，为外卖骑手、快递员提供饮水、充电、歇脚。",
        [("venue", "驿站点位", 5, "处", "venue"), ("goods", "饮用水、常用药", 200, "份", "goods:daily")], ["workers"])
project("q19", 8, "小店区", "农民工子女假期课堂", "随迁子女", "课业辅导",
        "暑假为农民工随迁子女开办课堂，辅导功课，开展安全教育。",
        [("skill", "辅导老师", 10, "人", "skill:teaching"), ("venue", "教室", 2, "间", "venue")], ["workers", "children", "students"])
project("q20", 9, "万柏林区", "守护母亲河", "汾河沿岸", "河道清理",
        "每月组织志愿者沿汾河清理垃圾，劝导不文明行为。",
        [("volunteers", "巡河志愿者", 60, "人", "people"), ("goods", "垃圾袋、手套、夹子", 100, "套", "goods:daily")], ["environment"])
project("q21", 9, "晋源区", "绿满西山", "西山生态区", "植树造林",
        "春季在西山荒坡植树，需要树苗、工具和运输车辆。",
        [("goods", "树苗", 2000, "株", "goods:plants"), ("skill", "运输车辆", 5, "车次", "transport")], ["environment"])
project("q22", 10, "杏花岭区", "文明乘车 礼让有你", "公交乘客", "站台引导",
        "早晚高峰在公交站台引导乘客排队上车，帮助老人上下车。",
        [("volunteers", "站台引导员", 40, "人", "people")], ["traffic", "elderly"])
project("q23", 10, "小店区", "爱心送考车", "高考考生", "免费接送",
        "高考期间组织出租车、私家车免费接送考生。",
        [("skill", "送考车辆", 50, "辆", "transport")], ["traffic", "students"])
project("q24", 11, "娄烦县", "山货进城", "贫困村农户", "农产品销售",
        "帮助贫困村农户把小米、土豆等农产品卖进城，需要运输车辆和宣传推广。",
        [("skill", "农产品运输", 10, "车次", "transport"), ("skill", "直播带货拍摄推广", 5, "场", "skill:media")], ["rural"])
project("q25", 11, "阳曲县", "冬日暖阳", "山区困难群众", "物资捐赠",
        "为山区困难家庭送去棉衣棉被，帮助他们温暖过冬。",
        [("goods", "棉衣棉被", 300, "套", "goods:clothing"), ("money", "采购资金", 50000, "元", "money")], ["rural", "elderly"])
project("q26", 11, "清徐县", "乡村振兴 文化赋能", "农村群众", "文化下乡",
        "在村里建农家书屋、开展送戏下乡，丰富农民文化生活。",
        [("goods", "图书", 1000, "册", "goods:books"), ("skill", "文艺演出", 4, "场", "skill:performance")], ["rural", "culture"])
project("q27", 12, "迎泽区", "书香龙城", "社区居民、儿童", "阅读推广",
        "在社区开展亲子阅读、读书分享会，需要图书和活动场地。",
        [("goods", "儿童图书", 800, "册", "goods:books"), ("venue", "读书会场地", 1, "处", "venue")], ["culture", "children"])
project("q28", 12, "杏花岭区", "戏曲进社区", "社区老年人", "晋剧演出",
        "组织晋剧票友进社区演出，教老年人唱晋剧。",
        [("skill", "晋剧演员和乐队伴奏", 6, "人", "skill:performance"), ("money", "演出经费", 10000, "元", "money")], ["culture", "elderly"])
project("q29", 13, "杏花岭区", "健康进万家", "社区居民", "义诊",
        "组织医生每月进社区义诊，测血压血糖，开展慢性病健康讲座。",
        [("skill", "义诊医生", 10, "人", "skill:medical"), ("goods", "常用药品", 200, "盒", "goods:medicine")], ["health", "elderly", "community"])
project("q30", 13, "娄烦县", "送医下乡", "山区村民", "巡回医疗",
        "医疗队到偏远山村巡回义诊，需要车辆送医疗队进山。",
        [("skill", "医疗队用车", 12, "车次", "transport"), ("skill", "巡回医生", 8, "人", "skill:medical")], ["health", "rural"])
project("q31", 14, "小店区", "全民健身 活力龙城", "社区居民", "健身指导",
        "在社区广场开展健身操、太极拳教学，举办邻里运动会。",
        [("skill", "健身教练", 6, "人", "skill:fitness"), ("goods", "运动器材和奖品", 100, "份", "goods:sports")], ["sports", "community"])
project("q32", 14, "万柏林区", "马拉松赛事服务", "参赛选手", "赛事保障",
        "为太原马拉松提供补给站服务、医疗急救保障。",
        [("volunteers", "赛道志愿者", 200, "人", "people"), ("skill", "急救保障人员", 20, "人", "skill:firstaid")], ["sports", "emergency"])
project("q33", 14, "晋源区", "快乐运动 阳光少年", "农村小学学生", "体育支教",
        "为农村小学送体育器材，开展篮球、跳绳课程。",
        [("goods", "篮球、跳绳等体育器材", 200, "件", "goods:sports"), ("skill", "体育老师", 4, "人", "skill:teaching")], ["sports", "children", "rural"])
project("q34", 15, "迎泽区", "文明旅游 龙城先行", "游客", "文明劝导",
        "在景区、火车站发放文明旅游手册，劝导不文明行为。",
        [("skill", "文明旅游手册印刷", 5000, "册", "skill:printing"), ("volunteers", "劝导志愿者", 30, "人", "people")], ["tourism"])
project("q35", 15, "晋源区", "带你游晋阳古城", "外地游客", "导游讲解",
        "招募志愿讲解员为游客讲解晋阳古城历史，制作宣传片。",
        [("volunteers", "讲解员", 20, "人", "people"), ("skill", "宣传片拍摄", 1, "部", "skill:media")], ["tourism", "heritage"])
project("q36", 16, "晋源区", "晋祠文保讲解", "游客", "文物讲解",
        "在晋祠开展文物保护宣传和义务讲解。",
        [("volunteers", "义务讲解员", 30, "人", "people")], ["heritage", "tourism"])
project("q37", 16, "迎泽区", "净美公园", "公园游客", "环境维护",
        "在迎泽公园开展捡拾垃圾、爱绿护绿活动，补植花木。",
        [("volunteers", "护绿志愿者", 50, "人", "people"), ("goods", "花苗", 500, "株", "goods:plants")], ["heritage", "environment"])
project("q38", 17, "古交市", "困难职工帮扶", "困难职工家庭", "慰问帮扶",
        "为困难职工家庭送米面油和助学金。",
        [("money", "助学金", 100000, "元", "money"), ("goods", "米面油", 200, "份", "goods:food")], ["workers"])
project("q39", 17, "小店区", "劳动者维权服务站", "企业职工", "劳动争议调解",
        "为职工提供劳动争议咨询和调解服务。",
        [("skill", "劳动法律师", 4, "人", "skill:legal")], ["workers", "legal"])
project("q40", 18, "小店区", "青春护航青运会", "赛会观众", "赛会服务",
        "招募大学生志愿者参与赛会引导、翻译服务。",
        [("volunteers", "大学生志愿者", 300, "人", "people")], ["youth", "sports"])
project("q41", 18, "杏花岭区", "青年创客空间", "青年", "创业辅导",
        "为青年提供创业辅导和活动场地。",
        [("venue", "活动场地", 1, "处", "venue"), ("money", "活动经费", 30000, "元", "money")], ["youth"])
project("q42", 19, "迎泽区", "她健康", "社区妇女", "两癌筛查",
        "为社区妇女开展免费两癌筛查和健康讲座。",
        [("skill", "妇科医生", 6, "人", "skill:medical"), ("money", "筛查经费", 60000, "元", "money")], ["women", "health"])
project("q43", 19, "小店区", "妈妈课堂", "年轻妈妈", "家庭教育",
        "请心理咨询师和育儿专家给年轻妈妈讲家庭教育、亲子沟通。",
        [("skill", "心理咨询师、育儿讲师", 8, "场", "skill:psychology"), ("venue", "讲座场地", 1, "处", "venue")], ["women", "children"])
project("q44", 20, "尖草坪区", "科普大篷车", "农村中小学生", "科普展示",
        "科普大篷车进乡村学校，开展科学实验秀。",
        [("skill", "大篷车运输", 10, "车次", "transport"), ("skill", "科普讲解员", 6, "人", "skill:teaching")], ["science", "students", "rural"])
project("q45", 20, "小店区", "银发数字课堂", "老年人", "智能技术培训",
        "帮老年人跨越数字鸿沟，学用智能手机、防范网络诈骗。",
        [("skill", "智能手机讲师", 10, "人", "skill:it")], ["science", "elderly", "online"])
project("q46", 21, "杏花岭区", "无声的爱", "听障人士", "手语服务",
        "为听障人士提供就医、办事手语陪同翻译。",
        [("skill", "手语翻译", 10, "人", "skill:sign")], ["disabled"])
project("q47", 21, "万柏林区", "助残出行", "残疾人", "出行接送",
        "为行动不便的残疾人提供就医、康复接送。",
        [("skill", "接送车辆", 100, "车次", "transport")], ["disabled", "health"])
project("q48", 21, "迎泽区", "星星的孩子", "自闭症儿童", "康复陪伴",
        "陪伴自闭症儿童做康复训练，为家长提供心理支持。",
        [("volunteers", "陪伴志愿者", 20, "人", "people"), ("skill", "心理咨询", 10, "次", "skill:psychology")], ["disabled", "children"])
project("q49", 22, "迎泽区", "人人学急救", "市民", "急救培训",
        "开展心肺复苏、AED使用培训，让更多人掌握急救技能。",
        [("skill", "急救培训导师", 10, "人", "skill:firstaid"), ("venue", "培训场地", 1, "处", "venue")], ["redcross", "emergency"])
project("q50", 22, "小店区", "热血龙城", "市民", "无偿献血",
        "组织无偿献血活动，需要宣传推广和献血者爱心餐。",
        [("skill", "海报设计", 1, "批", "skill:printing"), ("goods", "爱心餐", 300, "份", "goods:food")], ["redcross", "health"])
project("q51", 23, "小店区", "一盔一带", "电动车骑行者", "交通安全宣传",
        "在路口劝导电动车骑行者佩戴头盔，给学生讲交通安全。",
        [("skill", "交通安全讲师", 6, "人", "skill:teaching"), ("volunteers", "路口劝导员", 40, "人", "people")], ["traffic", "students"])
project("q52", 23, "杏花岭区", "礼让斑马线", "市民", "文明劝导",
        "在斑马线开展礼让行人劝导，拍摄宣传片。",
        [("volunteers", "劝导志愿者", 30, "人", "people"), ("skill", "宣传片拍摄", 1, "部", "skill:media")], ["traffic"])
project("q53", 24, "尖草坪区", "消防安全进楼院", "老旧小区居民", "消防宣传",
        "为老旧小区配发灭火器，教居民使用，排查隐患。",
        [("goods", "灭火器", 300, "具", "goods:fire"), ("skill", "消防器材培训", 10, "场", "skill:teaching")], ["fire", "community"])
project("q54", 24, "万柏林区", "平安校园 消防先行", "中小学生", "消防演练",
        "在学校开展消防逃生演练和消防知识讲座。",
        [("skill", "消防讲师", 5, "人", "skill:teaching")], ["fire", "students"])
project("q55", 25, "迎泽区", "黄金四分钟", "市民", "急救知识普及",
        "在公共场所推广AED，培训社区急救员。",
        [("skill", "急救导师", 8, "人", "skill:firstaid"), ("money", "AED设备采购", 80000, "元", "money")], ["emergency", "health"])
project("q56", 25, "小店区", "生命守护者", "社区居民", "急救演练",
        "组织社区急救演练，需要演练场地。",
        [("venue", "演练场地", 1, "处", "venue")], ["emergency", "community"])
project("q57", 26, "小店区", "温暖回家路", "春运旅客", "问询引导",
        "春运期间在太原南站为旅客提供问询、搬运行李、重点旅客帮扶。",
        [("volunteers", "车站志愿者", 100, "人", "people"), ("goods", "热水、姜茶", 1000, "份", "goods:food")], ["hub", "elderly"])
project("q58", 26, "小店区", "机场爱心通道", "老弱病残孕旅客", "出行帮扶",
        "为机场的老弱病残孕旅客提供轮椅推送、接送服务。",
        [("volunteers", "引导志愿者", 40, "人", "people"), ("skill", "接送车辆", 20, "车次", "transport")], ["hub", "disabled", "elderly"])
project("q59", 13, "小店区", "关爱老人用药安全", "社区老年人", "用药指导",
        "药师进社区讲解老年人合理用药，清理家庭过期药品。",
        [("skill", "药师", 6, "人", "skill:medical"), ("goods", "常用药品", 100, "盒", "goods:medicine", 0)], ["health", "elderly"])
project("q60", 6, "杏花岭区", "爱心食堂", "社区高龄老人", "助餐服务",
        "为社区高龄、独居老人提供低价或免费午餐。",
        [("goods", "老人午餐", 3000, "份", "goods:food"), ("money", "助餐补贴", 50000, "元", "money")], ["elderly", "community"])
project("q61", 12, "迎泽区", "非遗传承进校园", "中小学生", "非遗课堂",
        "请非遗传承人进校园教剪纸、面塑，需要材料和拍摄记录。",
        [("goods", "剪纸面塑材料", 500, "份", "goods:daily"), ("skill", "活动摄影", 6, "次", "skill:media")], ["culture", "students"])
project("q62", 9, "清徐县", "清水润乡", "农村居民", "垃圾分类宣传",
        "在村里宣传垃圾分类，需要印制宣传单和分类垃圾桶。",
        [("skill", "宣传单印制", 3000, "张", "skill:printing"), ("goods", "分类垃圾桶", 100, "个", "goods:daily")], ["environment", "rural"])
project("q63", 2, "小店区", "平安家园 调解先行", "社区居民", "矛盾调解",
        "组建社区调解队，律师参与调解邻里纠纷。",
        [("skill", "律师调解员", 5, "人", "skill:legal")], ["safety", "legal", "community"])
project("q64", 3, "万柏林区", "夕阳红理发屋", "高龄老人", "上门服务",
        "为高龄行动不便的老人提供上门理发、修脚服务。",
        [("skill", "上门理发师", 10, "人", "skill:haircut")], ["elderly", "retirees", "disabled"])
