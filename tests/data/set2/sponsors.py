"""Set 2, step 1: the sponsors, written from kinds of Taiyuan businesses and people before any
project of set 2 was written and without reading the dev set's projects. Each says, in its own
everyday words, what it cares about and what it can give; the annotations after `_` are the
grader's reading of that text (causes, and what it can give), fixed here, before grading."""

S = []


def sponsor(key, kind, name, industry, interests, offers, district, causes, gives, any_cause=False, own=None):
    S.append({
        "key": key, "kind": kind, "name": name, "industry": industry, "interests": interests,
        "offers": [{"kind": k, "description": d} for k, d in offers], "district": district,
        **({"own_district_only": own} if own is not None else {}),
        "_causes": causes, "_gives": gives, "_any_cause": any_cause,
    })


sponsor("t01", "merchant", "晋阳汽修服务中心", "汽车维修", "我们是开汽修店的，师傅们手艺好，想帮帮出行不方便的人。",
        [("skill", "免费检修车辆、换胎"), ("volunteers", "周末出五六个师傅")], "小店区",
        ["traffic", "disabled", "elderly"], ["skill:repair", "people"])
sponsor("t02", "enterprise", "安居家装工程有限公司", "家装", "做家装的小公司，能给困难老人家里装个扶手、修修水电。",
        [("skill", "水电维修、适老化改造"), ("goods", "扶手、防滑垫等材料")], "万柏林区",
        ["elderly", "disabled", "community"], ["skill:repair", "goods:daily"])
sponsor("t03", "individual", "郭师傅", "", "退休了，会拉二胡，想给老人们演演。", [("skill", "二胡演奏")], "迎泽区",
        ["elderly", "culture"], ["skill:performance"])
sponsor("t04", "merchant", "文印快线打印店", "打印复印", "只要是做好事，宣传单、横幅、手册我们都能免费印。",
        [("skill", "免费打印宣传单、横幅、展板")], "杏花岭区", [], ["skill:printing"], any_cause=True)
sponsor("t05", "enterprise", "三晋律师事务所", "法律服务", "所里律师愿意出时间给老百姓讲法、帮打官司。",
        [("skill", "律师法律咨询、代理")], "小店区", ["legal", "workers"], ["skill:legal"])
sponsor("t06", "merchant", "顺达搬家", "搬家运输", "我们有三辆厢货，周末闲着，谁要拉东西说一声。",
        [("skill", "厢式货车运输、搬运")], "尖草坪区", [], ["transport"], any_cause=True)
sponsor("t07", "merchant", "动力健身会所", "健身房", "想推广全民健身，可以出教练，场馆白天人少可以借用。",
        [("skill", "健身教练指导"), ("venue", "健身房场馆")], "小店区", ["sports"], ["skill:fitness", "venue"])
sponsor("t08", "merchant", "老街理发店", "理发", "给行动不便的老人上门理发，每月一次。", [("skill", "上门理发")], "迎泽区",
        ["elderly", "disabled"], ["skill:haircut"], own=True)
sponsor("t09", "merchant", "红星刀削面", "餐饮", "面馆，能给环卫工、老人管顿热饭。", [("goods", "免费面食、盒饭")], "杏花岭区",
        ["elderly", "workers", "community"], ["goods:food", "skill:meals"], own=True)
sponsor("t10", "enterprise", "美特好超市龙城店", "超市零售", "超市，米面油、日用品都有，愿意捐给有需要的家庭。",
        [("goods", "米面油、日用品")], "万柏林区", ["elderly", "rural", "community", "disabled"], ["goods:food", "goods:daily"])
sponsor("t11", "enterprise", "并州大药房", "医药零售", "药店，可以捐常用药，店里药师能讲讲怎么吃药。",
        [("goods", "常用药品"), ("skill", "药师用药指导")], "小店区", ["health", "elderly"], ["goods:medicine", "skill:medical"])
sponsor("t12", "enterprise", "龙城口腔门诊", "口腔诊所", "医生护士可以下社区、进学校做口腔检查。",
        [("skill", "口腔义诊")], "迎泽区", ["health", "children", "elderly"], ["skill:medical"])
sponsor("t13", "merchant", "安顺驾校", "驾驶培训", "驾校教练最懂交通安全，愿意进校园、进社区讲。",
        [("skill", "交通安全讲解"), ("venue", "驾校训练场")], "晋源区", ["traffic", "students"], ["skill:teaching", "venue"])
sponsor("t14", "merchant", "晋阳书局", "书店", "书店，能捐书，也能借店面搞读书会。", [("goods", "图书"), ("venue", "店内阅读区")],
        "迎泽区", ["culture", "children", "students"], ["goods:books", "venue"])
sponsor("t15", "enterprise", "启航教育培训学校", "课外培训", "老师多，想给留守孩子、农民工孩子补补课。",
        [("skill", "课业辅导老师")], "小店区", ["children", "students", "rural", "workers"], ["skill:teaching"])
sponsor("t16", "merchant", "光影摄影工作室", "摄影", "会拍照剪视频，可以给活动拍照、做宣传片。",
        [("skill", "活动摄影、短视频制作")], "杏花岭区", [], ["skill:media"], any_cause=True)
sponsor("t17", "enterprise", "汾河国际酒店", "酒店", "酒店有多功能厅，平日下午可以免费借给公益活动。",
        [("venue", "多功能厅（200人）")], "迎泽区", [], ["venue"], any_cause=True)
sponsor("t18", "enterprise", "龙城物业服务有限公司", "物业", "管着十几个小区，想把邻里关系搞好，帮帮独居老人。",
        [("volunteers", "物业员工志愿者"), ("venue", "小区活动室")], "小店区", ["community", "elderly"], ["people", "venue"])
sponsor("t19", "merchant", "极速电脑维修", "电脑手机维修", "教老年人用智能手机，帮着修手机电脑。",
        [("skill", "智能手机教学、电脑维修")], "尖草坪区", ["elderly", "online"], ["skill:it", "skill:repair"])
sponsor("t20", "enterprise", "绿源园林绿化公司", "园林绿化", "搞绿化的，植树护绿、清理河道都能出人出工具。",
        [("volunteers", "绿化工人"), ("goods", "树苗、工具")], "晋源区", ["environment", "heritage"], ["people", "goods:plants"])
sponsor("t21", "enterprise", "洁美保洁服务公司", "保洁", "保洁公司，能给孤寡老人家里做大扫除。", [("skill", "家政保洁")], "万柏林区",
        ["elderly", "disabled", "community"], ["skill:cleaning"])
sponsor("t22", "social_org", "心晴心理咨询工作室", "心理咨询", "心理咨询师团队，关注孩子和老人的心理健康。",
        [("skill", "心理咨询、心理疏导")], "杏花岭区", ["children", "elderly", "health", "students"], ["skill:psychology"])
sponsor("t23", "enterprise", "晋能控股某煤矿", "煤炭", "企业每年拿出一笔钱做公益，重点帮扶农村和困难职工。",
        [("money", "公益资金")], "古交市", ["rural", "workers"], ["money"])
sponsor("t24", "enterprise", "太原某银行迎泽支行", "银行", "支行员工可以讲防诈骗、金融知识，也能出点钱。",
        [("skill", "防诈骗金融知识宣讲"), ("money", "公益赞助")], "迎泽区", ["safety", "elderly"], ["skill:teaching", "money"])
sponsor("t25", "social_org", "山西大学青年志愿者协会", "高校社团", "大学生，人多，有时间，啥活都能干。",
        [("volunteers", "大学生志愿者")], "小店区", [], ["people"], any_cause=True)
sponsor("t26", "individual", "刘大夫", "", "退休的内科医生，想给老人量量血压看看病。", [("skill", "内科义诊")], "杏花岭区",
        ["health", "elderly"], ["skill:medical"])
sponsor("t27", "individual", "王女士", "", "全职妈妈，想陪陪孩子们。", [("volunteers", "陪伴儿童")], "小店区",
        ["children", "women"], ["people"])
sponsor("t28", "individual", "张建国", "", "老党员，退休干部，愿意发挥余热。", [("volunteers", "参加志愿服务")], "迎泽区",
        ["party", "retirees", "community"], ["people"])
sponsor("t29", "social_org", "迎泽广场舞蹈队", "文艺团体", "我们跳广场舞的阿姨，能去演出，也能教大家跳。",
        [("skill", "舞蹈演出、教学")], "迎泽区", ["culture", "sports", "elderly"], ["skill:performance", "skill:fitness"])
sponsor("t30", "social_org", "龙城户外俱乐部", "户外运动", "爬山的驴友，看不得山上河边的垃圾。", [("volunteers", "捡垃圾、巡河")], "万柏林区",
        ["environment", "tourism"], ["people"])
sponsor("t31", "enterprise", "东湖醋业", "食品", "老陈醋厂，想支持乡村振兴和传统文化。", [("money", "资金"), ("goods", "醋和小米等农产品")],
        "清徐县", ["rural", "culture"], ["money", "goods:food"], own=True)
sponsor("t32", "merchant", "好运来出租车队", "出租车", "出租车司机，可以免费接送老人、残疾人看病。",
        [("skill", "免费接送")], "杏花岭区", ["elderly", "disabled", "traffic", "hub"], ["transport"])
sponsor("t33", "enterprise", "消安消防器材公司", "消防器材", "卖灭火器的，愿意给老小区送灭火器、教大家怎么用。",
        [("goods", "灭火器"), ("skill", "消防器材使用培训")], "尖草坪区", ["fire", "community"], ["goods:fire", "skill:teaching"])
sponsor("t34", "enterprise", "华晋服装厂", "服装", "厂里有库存的棉衣棉鞋，想送给山区和困难家庭。",
        [("goods", "棉衣、棉鞋")], "阳曲县", ["rural", "children", "workers"], ["goods:clothing"])
sponsor("t35", "enterprise", "体联体育用品", "体育用品", "体育用品店，能捐篮球、跳绳这些。", [("goods", "体育器材")], "小店区",
        ["sports", "children", "students"], ["goods:sports"])
sponsor("t36", "individual", "小李", "", "会手语，想帮听障朋友。", [("skill", "手语翻译")], "小店区", ["disabled"], ["skill:sign"])
sponsor("t37", "individual", "陈老师", "", "退休教师。", [("skill", "辅导功课")], "晋源区", ["students", "children"], ["skill:teaching"])
sponsor("t38", "merchant", "便民快递驿站", "快递", "驿站小哥多，想关心一下送外卖送快递的兄弟们。",
        [("venue", "驿站歇脚点")], "万柏林区", ["workers"], ["venue"])
sponsor("t39", "social_org", "太原市急救志愿者协会", "急救培训", "持证急救导师，教大家心肺复苏。", [("skill", "急救培训")],
        "迎泽区", ["emergency", "redcross"], ["skill:firstaid"])
sponsor("t40", "enterprise", "晋商广告传媒", "广告设计", "做广告设计和户外屏，能帮公益项目做宣传。",
        [("skill", "海报设计、户外大屏公益广告")], "小店区", [], ["skill:printing", "skill:media"], any_cause=True)
