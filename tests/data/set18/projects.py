"""The projects of evaluation set 18, with the grader's tags (README.md), written after the sponsors.

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


def project(category: int, district: str, title: str, service_target: str, service_type: str, description: str,
            needs: list[dict], *causes: str) -> None:
    PROJECTS.append({"key": f"p{len(PROJECTS) + 1:03d}", "title": title, "category": category, "district": district,
                     "service_target": service_target, "service_type": service_type, "description": description,
                     "needs": needs, "causes": [PROGRAMME_CAUSE[category], *causes]})


# 1 党员志愿服务项目
project(1, XD, "党员进网格，健康送到家", "辖区独居老人", "健康服务",
        "按照区委组织部“党员进网格”工作安排，坪阳路街道组织在职党员每月到网格内独居老人家中开展健康随访，"
        "需要专业人员一同入户测量血压血糖、指导用药。",
        [sk("入户测血压、血糖并指导用药的医护人员", 4, "人", "skill:nursing"),
         gd("电子血压计", 20, "台", "goods:medical"), vo("在职党员入户随访", 30, 12)], "elderly", "health")
project(1, YZ, "初心药箱", "老旧小区困难党员", "关爱帮扶",
        "为困难老党员配备家庭小药箱，每季度上门补充常用药品。",
        [gd("家庭药箱（含常用药）", 60, "个", "goods:medical"), mo("药品补充经费", 6000)], "elderly", "poor")
project(1, XHL, "红色物业·楼道亮起来", "老旧小区居民", "环境整治",
        "党员志愿者更换老旧小区楼道灯泡、清理杂物。",
        [gd("LED楼道灯", 120, "个", "goods:build"), sk("电工", 2, "人", "skill:electric"), vo("党员志愿者", 20)],
        "community")
project(1, JCP, "组织部门党员义诊下基层", "城中村居民", "义诊",
        "为深化“我为群众办实事”实践活动，区委组织部联合辖区医疗机构党组织到城中村开展义诊，现需内科、口腔、眼科医生参与，并印制健康手册。",
        [sk("内科、口腔、眼科义诊医生", 6, "人", "skill:medical"), gd("健康知识手册", 500, "册", "print")],
        "health", "community")
project(1, WBL, "一名党员一盏灯", "矿区困难家庭", "走访慰问",
        "机关党支部结对走访困难家庭，春节前送米面油。",
        [gd("米面油礼包", 80, "份", "goods:food"), vo("结对党员", 40, 0), need("goods", "送货车辆", 2, "辆", "transport")],
        "poor")
project(1, GJ, "老党员的书架", "离退休老党员", "学习阅读",
        "为矿区离退休老党员活动室添置大字版党史读物和老花镜阅读角。",
        [gd("大字版党史读物", 200, "册", "goods:books"), gd("书架", 4, "个", "goods:furniture")], "elderly")
project(1, QX, "党员先锋岗·村村有医", "偏远村村民", "健康服务",
        "按照县委组织部部署，由党员医生牵头在偏远村设立每月一次的党员先锋巡诊点。",
        [sk("党员医生或志愿医生巡诊", 3, "人", "skill:medical"), ve("村委会巡诊室", 1, "间", "venue:hall", 0),
         gd("血压计、血糖仪", 10, "台", "goods:medical")], "rural", "health")

# 2 平安志愿服务项目
project(2, XD, "药店门口的骗局", "中老年居民", "反诈宣传",
        "近期辖区多发冒充医保局、推销“特效药”诈骗案件，派出所联合社区开展反诈宣传，需要懂医保政策的人讲清真假。",
        [sk("医保政策讲解（辨别冒充医保诈骗）", 2, "人", "skill:welfare"), sk("反诈民警讲座", 2, "场", "skill:antifraud"),
         gd("反诈宣传折页", 2000, "份", "print")], "elderly")
project(2, YZ, "平安巡逻队缺装备", "社区巡逻队", "治安巡逻",
        "社区夜间巡逻队缺反光背心和手电。",
        [gd("反光背心", 50, "件", "goods:safety"), gd("强光手电", 30, "个", "goods:other")], "community")
project(2, WBL, "禁毒宣传进校园", "中学生", "禁毒宣传",
        "开展“青春无毒”主题宣传，需要禁毒讲师和展板。",
        [sk("禁毒讲师", 2, "人", "skill:antidrug"), gd("禁毒展板", 20, "块", "print")], "education", "youth")
project(2, JY, "平安小区·一键呼叫", "独居老人", "安全防护",
        "为晋祠路街道80户独居老人安装一键呼叫器，与社区值班室联动，需要设备和安装人员。",
        [gd("一键呼叫器", 80, "个", "goods:security"), sk("安装调试电工", 2, "人", "skill:electric")], "elderly")
project(2, LF, "平安娄烦·护村队", "乡村", "治安巡防",
        "为乡镇护村队配备雨衣、头盔并培训巡防知识。",
        [gd("执勤雨衣、头盔", 60, "套", "goods:safety"), sk("巡防知识培训", 1, "场", "skill:antifraud")], "rural")
project(2, YQ, "假药假保健品，说给老人听", "农村老人", "防骗宣传",
        "针对农村集市上兜售“包治百病”保健品骗局，组织药师赶集宣传识别假药。",
        [sk("药师讲识别假药假保健品", 2, "人", "skill:medical"), gd("宣传单", 1000, "张", "print"),
         vo("赶集宣传志愿者", 10)], "rural", "elderly", "health")
project(2, GJ, "矿区心理疏导站", "矿区家庭", "矛盾调解",
        "依托综治中心设立心理疏导站，化解家庭矛盾，需要心理咨询师轮值和热线接听人员。",
        [sk("心理咨询师轮值", 4, "人", "skill:psych"), sk("热线接听", 3, "人", "skill:phone")], "workers")

# 3 离退休人员志愿服务项目
project(3, XD, "银龄护理互助", "高龄失能老人", "居家护理",
        "为深入贯彻积极应对人口老龄化国家战略，区老龄办组织低龄退休人员与高龄失能老人结对，开展居家护理互助。"
        "现需专业护理人员培训结对志愿者，并为失能老人配置洗澡椅。",
        [sk("护理培训（翻身、助浴、防压疮）", 6, "课时", "skill:nursing"), gd("洗澡椅", 30, "把", "goods:mobility"),
         vo("低龄退休结对志愿者", 40)], "health")
project(3, YZ, "一个人吃饭", "独居老人", "助餐",
        "很多独居老人一天只吃一顿，社区老年食堂想为行动不便的老人送餐上门，缺送餐人手和餐费补贴。",
        [vo("送餐志愿者", 15), mo("助餐补贴", 20000, 8000), gd("保温餐盒", 100, "个", "goods:kitchen")], "community")
project(3, XHL, "脚底下的事", "高龄老人", "修脚护理",
        "老人自己剪不了脚指甲，嵌甲、灰指甲、糖尿病足的不少，社区想请修脚师傅每月来一次。",
        [sk("修脚师傅", 2, "人", "skill:pedicure"), gd("消毒液、毛巾", 50, "套", "goods:daily")], "health")
project(3, JCP, "认知症家庭喘息服务", "认知症老人及照护者", "喘息照护",
        "辖区认知症老人家属长期照护身心俱疲，社区开展喘息服务：每周半天替照护者看护老人，并定期电话关怀照护者。",
        [sk("照护者心理支持", 2, "人", "skill:psych"), sk("电话关怀照护者", 5, "人", "skill:phone"),
         vo("看护志愿者", 10)], "health")
project(3, WBL, "老有所医，健康随访", "矿区退休职工", "健康服务",
        "为西山矿区退休职工开展季度健康随访，需医生讲解慢病用药并印制随访手册。",
        [sk("慢病随访医生", 3, "人", "skill:medical"), gd("健康随访手册", 800, "册", "print")], "workers", "health")
project(3, GJ, "老矿工的“家门口”药箱", "矿区空巢老人", "健康服务",
        "古交矿区空巢老人多，就医远，想给每户配常用药和血压计，社区医生定期检查。",
        [gd("常用药、血压计", 100, "套", "goods:medical"), sk("社区医生上门", 2, "人", "skill:medical")],
        "workers")
project(3, YQ, "村里的热饭", "农村孤寡老人", "助餐",
        "县老龄办在黄寨镇三个村开展孤寡老人助餐，需要每天送热饭和送餐车辆。",
        [gd("每日午餐", 40, "份", "goods:meal"), need("goods", "送餐车辆", 1, "辆", "transport"), mo("助餐经费", 30000)],
        "rural", "poor")
project(3, QX, "老年日间照料中心添设施", "社区老人", "日间照料",
        "清源镇日间照料中心需要添置护理床和康复器材。",
        [gd("护理床", 6, "张", "goods:furniture"), gd("康复训练器材", 10, "件", "goods:fitness"),
         sk("康复师指导", 2, "人", "skill:rehab")], "health")

# 4 网络文明传播志愿服务项目
project(4, XD, "谣言止于医生", "网民", "网络科普",
        "针对网上流传的“偏方治癌”“隔夜菜致癌”等健康谣言，招募医生录制辟谣短视频，由文明网推送。",
        [sk("医生出镜讲解", 5, "人", "skill:medical"), sk("短视频拍摄剪辑", 2, "人", "skill:media")], "health")
project(4, YZ, "招募网络文明志愿者", "网民", "网络文明",
        "招募网络文明志愿者30名。",
        [vo("网络文明志愿者", 30), ve("培训会议室", 1, "间", "venue:hall"), gd("志愿者马甲", 30, "件", "goods:tshirt")])
project(4, XHL, "给爸妈的手机课", "老年人", "数字助老",
        "按照关于切实解决老年人运用智能技术困难实施方案的要求，社区开设智能手机课，教老人网上挂号、扫码、视频通话。",
        [sk("手机使用教学", 4, "人", "skill:it"), gd("教学用智能手机", 10, "部", "goods:electronics"),
         ve("教室", 1, "间", "venue:classroom")], "elderly")
project(4, WBL, "无障碍上网课堂", "残疾人", "数字技能",
        "为肢体残疾、听障朋友开设电脑上网课，学网上办事、网上就业。",
        [sk("电脑教学", 2, "人", "skill:it"), ve("电脑教室", 1, "间", "venue:computer"), sk("手语翻译", 1, "人", "skill:sign")],
        "disabled")
project(4, JY, "网上的“神医”信不得", "中老年网民", "网络辨识",
        "直播间里卖“神药”的多，老人一买就是几千块。社区开讲座，请医生、药师讲怎么识别，并在社区群里推送。",
        [sk("医生或药师讲座", 2, "场", "skill:medical"), sk("社区群推送文章", 1, "人", "skill:media")], "elderly", "health")
project(4, LF, "娄烦好物上网来", "农户", "电商助农",
        "开展网络文明进乡村，培训农户网上卖土特产。",
        [sk("电商培训", 3, "场", "skill:ecommerce"), gd("直播补光灯、手机支架", 10, "套", "goods:electronics")], "rural")
project(4, QX, "清徐网评员培训", "网评员", "培训",
        "组织全县网评员开展网络文明传播培训。",
        [sk("新媒体写作培训", 2, "场", "skill:media"), ve("会议室", 1, "间", "venue:hall", 0), ve("电脑室", 1, "间", "venue:computer")])

# 5 师生志愿服务项目
project(5, XD, "心肺复苏进课堂", "中小学生", "急救教育",
        "按照市教育局关于在中小学开展急救教育的要求，每校培训学生不少于200人，需急救导师和训练模拟人。",
        [sk("急救导师", 4, "人", "skill:firstaid"), gd("心肺复苏模拟人", 10, "个", "goods:other")], "firstaid")
project(5, YZ, "小牙齿大健康", "小学生", "口腔健康",
        "为辖区小学一年级学生开展口腔检查和窝沟封闭宣传，需要牙医和儿童牙刷。",
        [sk("口腔医生", 3, "人", "skill:medical"), gd("儿童牙刷、牙膏", 600, "套", "goods:daily")], "children", "health")
project(5, XHL, "高三，别一个人扛", "高三学生", "心理辅导",
        "高考前开展团体心理辅导和一对一咨询。",
        [sk("心理咨询师", 4, "人", "skill:psych"), sk("心理热线", 2, "人", "skill:phone")], "youth")
project(5, JCP, "校园近视防控", "小学生", "健康教育",
        "组织眼科医生进校园筛查视力。",
        [sk("眼科医生", 2, "人", "skill:medical"), gd("视力表灯箱", 5, "个", "goods:medical")], "children", "health")
project(5, GJ, "矿区学校的急救课", "中学生", "急救培训",
        "古交矿区学校请救援队教学生急救和组织地震疏散演练。",
        [sk("急救培训", 4, "场", "skill:firstaid"), sk("疏散演练组织", 2, "场", "skill:drill")], "firstaid")
project(5, LF, "山里娃的营养午餐", "农村寄宿学生", "营养改善",
        "娄烦县两所寄宿制小学学生营养不良比例偏高，需要营养师指导食谱并补充鸡蛋、牛奶。",
        [sk("营养师制定食谱", 1, "人", "skill:nutrition"), gd("鸡蛋、牛奶", 300, "份/周", "goods:food"),
         sk("厨师培训", 1, "人", "skill:cooking")], "children", "rural")
project(5, QX, "特教学校送教上门", "重度残疾儿童", "送教上门",
        "县特教学校教师为不能到校的重度残疾儿童送教上门，需要康复师、言语治疗师一同入户。",
        [sk("儿童康复师", 2, "人", "skill:rehab"), sk("言语治疗师", 1, "人", "skill:speech"),
         need("goods", "送教车辆", 1, "辆", "transport")], "disabled", "children")

# 6 邻里守望社区志愿服务项目
project(6, XD, "楼上楼下都是亲人", "独居老人", "邻里守望",
        "社区建立楼长制，每天敲门问候独居老人，需要电话问候志愿者和一键呼叫设备。",
        [sk("电话问候", 8, "人", "skill:phone"), gd("一键呼叫器", 40, "个", "goods:security")], "elderly")
project(6, YZ, "老院子的保洁日", "老旧小区", "环境整治",
        "每月一次的老院子保洁日，缺扫帚簸箕和志愿者。",
        [gd("扫帚、簸箕、垃圾袋", 100, "套", "goods:tools"), vo("保洁志愿者", 30)])
project(6, XHL, "地下室的老鼠", "老旧小区居民", "病媒防制",
        "敦化坊几个老小区地下室鼠患严重，居民反映多次，需要专业灭鼠和消毒。",
        [sk("灭鼠、消毒", 4, "次", "skill:pest"), gd("垃圾桶", 20, "个", "goods:tools")], "health")
project(6, JCP, "邻里互助洗澡日", "卧床老人", "助浴",
        "社区为卧床老人开展上门助浴，每月两次。",
        [sk("助浴护理员", 4, "人", "skill:nursing"), gd("洗澡椅、防滑垫", 20, "套", "goods:mobility"),
         gd("毛巾、浴液", 40, "套", "goods:daily")], "elderly")
project(6, WBL, "社区理发日", "老人、残疾人", "便民服务",
        "每月第一个周六社区广场免费理发，卧床的上门。",
        [sk("理发师", 4, "人", "skill:haircut"), ve("社区广场", 1, "处", "venue:outdoor", 0)], "elderly", "disabled")
project(6, JY, "邻里守望·小家电维修", "社区居民", "便民维修",
        "开展便民维修，修电饭锅、电风扇、轮椅。",
        [sk("家电维修", 3, "人", "skill:repair"), vo("引导志愿者", 6)])
project(6, GJ, "矿区楼院互助站", "矿区居民", "互助服务",
        "为东曲矿区楼院建互助站，配桌椅和急救箱。",
        [gd("桌椅", 20, "套", "goods:furniture"), gd("急救箱", 10, "个", "goods:medical")], "workers")
project(6, YQ, "冬日暖炕", "困难老人", "冬季帮扶",
        "为困难老人送棉被、检修火炕烟道。",
        [gd("棉被", 80, "床", "goods:bedding"), sk("烟道检修", 2, "人", "skill:build")], "elderly", "poor")

# 7 法律援助志愿服务项目
project(7, XD, "医疗纠纷调解志愿岗", "患者及家属", "调解",
        "在区医调委设志愿岗，为患者家属提供医疗纠纷法律咨询。",
        [sk("律师或调解员", 3, "人", "skill:legal"), sk("医学专家咨询", 2, "人", "skill:medical")], "health")
project(7, YZ, "残疾人法律援助", "残疾人", "法律咨询",
        "为残疾人提供法律咨询和代理，需手语翻译配合。",
        [sk("律师", 2, "人", "skill:legal"), sk("手语翻译", 1, "人", "skill:sign")], "disabled")
project(7, XHL, "赡养纠纷调解", "老年人", "调解",
        "针对赡养纠纷增多，社区请律师、社工开展调解并帮老人申请救助。",
        [sk("律师调解", 2, "人", "skill:legal"), sk("社工协助申请救助", 2, "人", "skill:welfare")], "elderly", "poor")
project(7, WBL, "工伤了怎么办", "工伤职工", "法律援助",
        "工伤认定和赔偿法律咨询，每月两次。",
        [sk("劳动法律师", 2, "人", "skill:legal"), sk("工伤保险政策讲解", 1, "人", "skill:welfare")], "workers")
project(7, LF, "法律明白人进村", "村民", "普法",
        "培训每村一名法律明白人，印制普法读本。",
        [gd("普法读本", 1000, "册", "print"), sk("律师授课", 4, "课时", "skill:legal")], "rural")
project(7, GJ, "尘肺病矿工维权", "尘肺病矿工", "法律援助",
        "为尘肺病矿工提供职业病鉴定、工伤赔偿法律援助，并协助申请大病救助。",
        [sk("律师代理", 3, "人", "skill:legal"), sk("大病救助申请", 2, "人", "skill:welfare"),
         sk("职业病科医生咨询", 1, "人", "skill:medical")], "workers", "health", "poor")
project(7, QX, "遗嘱与监护", "老人", "法律咨询",
        "公证处志愿者讲遗嘱和意定监护。",
        [sk("公证员讲座", 2, "场", "skill:legal"), ve("村委会会议室", 1, "间", "venue:hall")], "elderly")

# 8 关爱农民工志愿服务项目
project(8, XD, "工地上的体检车", "建筑工地农民工", "健康体检",
        "为深入开展关爱农民工志愿服务，区人社局联合医疗机构到在建工地开展免费体检和健康咨询。",
        [sk("体检医生", 4, "人", "skill:medical"), sk("救护车保障", 1, "辆", "skill:ems"), gd("防暑药品", 200, "份", "goods:medical")],
        "health", "workers")
project(8, YZ, "零工市场的早上", "零工人员", "暖心服务",
        "零工市场天不亮就有人等活，想设个暖心驿站，供热水、早饭。",
        [ve("暖心驿站", 1, "处", "venue:station"), gd("桶装水", 100, "桶", "goods:water"), gd("早餐", 50, "份/天", "goods:meal")],
        "workers")
project(8, JCP, "农民工异地医保代办", "外来务工人员", "政策服务",
        "很多农民工不会办异地就医备案，住院报不了。需要懂医保的志愿者帮忙办理。",
        [sk("医保异地备案代办", 3, "人", "skill:welfare")], "health")
project(8, WBL, "腰杆子", "装卸工、建筑工", "健康关爱",
        "体力活干久了腰都不好，请推拿师、康复师来工棚教护腰。",
        [sk("推拿按摩", 4, "人", "skill:massage"), sk("康复师讲护腰", 1, "人", "skill:rehab")], "workers", "health")
project(8, JY, "农民工子女暑期班", "农民工子女", "托管",
        "暑期托管农民工子女，需要大学生志愿者和教室。",
        [vo("大学生志愿者", 20), ve("教室", 2, "间", "venue:classroom"), gd("文具", 100, "套", "goods:books")],
        "children", "education")
project(8, GJ, "返乡农民工技能培训", "返乡农民工", "技能培训",
        "开展电商和家政技能培训。",
        [sk("电商讲师", 2, "人", "skill:ecommerce"), sk("家政护理培训", 2, "人", "skill:nursing")], "rural")
project(8, QX, "讨薪路上有人陪", "农民工", "法律援助",
        "为被拖欠工资的农民工提供法律援助。",
        [sk("律师", 2, "人", "skill:legal"), mo("仲裁差旅费", 5000)], "legal")

# 9 关爱山川河流志愿服务项目
project(9, XD, "汾河边的过期药回收", "沿河居民", "环保宣传",
        "过期药随手丢进垃圾桶、冲进下水道会污染水体。社区在汾河沿岸开展家庭过期药回收，请药师讲解。",
        [sk("药师讲解过期药危害", 2, "人", "skill:medical"), gd("回收箱", 10, "个", "goods:tools"), vo("回收志愿者", 10)],
        "health")
project(9, YZ, "河长制宣传日", "市民", "环保宣传",
        "印制河长制宣传册。",
        [gd("宣传册", 1000, "册", "print"), vo("河长制宣传志愿者", 15), sk("水环境讲解", 1, "场", "skill:env")])
project(9, WBL, "西山绿化补植", "荒山", "植树",
        "西山生态修复区补植油松。",
        [gd("油松苗", 2000, "株", "goods:plants"), vo("植树志愿者", 100, 40), need("goods", "运苗车辆", 2, "辆", "transport")])
project(9, JY, "晋阳湖净滩", "湖区", "环境清理",
        "晋阳湖周边净滩，需要手套和垃圾袋。",
        [gd("手套、垃圾袋", 200, "套", "goods:tools"), vo("志愿者", 50), gd("饮用水", 10, "箱", "goods:water")])
project(9, LF, "汾河源头护林", "林区", "护林防火",
        "汾河水库上游林区护林员巡山缺装备。",
        [gd("巡山雨衣、头盔", 40, "套", "goods:safety"), sk("森林防火培训", 1, "场", "skill:fire")], "rural")
project(9, GJ, "矿区废水科普", "中学生", "环保教育",
        "请环保专家讲矿区废水治理。",
        [sk("环保讲座", 2, "场", "skill:env"), ve("学校报告厅", 1, "间", "venue:hall", 0), gd("水质检测试纸", 50, "盒", "goods:other")], "education")
project(9, YQ, "垃圾不落地·乡村行", "村民", "垃圾分类",
        "在阳曲三个村推行垃圾分类，配分类垃圾桶。",
        [gd("分类垃圾桶", 60, "个", "goods:tools"), sk("垃圾分类宣讲", 3, "场", "skill:env")], "rural")

# 10 城市公共交通志愿服务项目
project(10, XD, "公交上的急救箱", "公交乘客", "应急保障",
        "为1路、8路等客流大的公交车配急救箱，并培训驾驶员心肺复苏。",
        [gd("车载急救箱", 150, "个", "goods:medical"), sk("驾驶员急救培训", 6, "场", "skill:firstaid")], "firstaid")
project(10, YZ, "爱心专座·轮椅上车", "残疾乘客", "无障碍出行",
        "培训公交驾驶员协助轮椅乘客上下车，并制作无障碍出行指南。",
        [sk("残疾人出行协助培训", 2, "场", "skill:rehab"), gd("无障碍出行指南", 2000, "份", "print"),
         vo("站台引导志愿者", 12)], "disabled")
project(10, XHL, "地铁站里的手语", "听障乘客", "无障碍服务",
        "地铁2号线大南门等站设手语服务岗。",
        [sk("手语志愿者", 6, "人", "skill:sign"), gd("服务岗标识牌", 10, "块", "print")], "disabled")
project(10, WBL, "出租车司机体检日", "出租车驾驶员", "健康关爱",
        "出租车司机久坐，颈椎、腰椎、前列腺问题多。行业协会组织体检和推拿。",
        [sk("体检医生", 3, "人", "skill:medical"), sk("推拿师", 3, "人", "skill:massage"), ve("停车场", 1, "处", "venue:outdoor")],
        "workers", "health")
project(10, JCP, "公交场站暖心驿站", "公交驾驶员", "职工关爱",
        "在场站设驿站，冬天供热水。",
        [ve("驿站用房", 1, "间", "venue:station", 0), gd("饮水机", 4, "台", "goods:kitchen"), gd("桶装水", 200, "桶", "goods:water")],
        "workers")
project(10, GJ, "客运站的“慢”通道", "老年旅客", "助老出行",
        "古交客运站为老人、孕妇开设绿色通道，配轮椅和引导员。",
        [gd("轮椅", 4, "辆", "goods:mobility"), vo("引导志愿者", 8)], "elderly")
project(10, JY, "文明乘车宣传月", "市民", "文明宣传",
        "印制文明乘车宣传海报。",
        [gd("海报", 500, "张", "print"), vo("宣传志愿者", 20, 5)])

# 11 扶贫和农村志愿服务项目
project(11, LF, "村医背包", "山区村民", "巡回医疗",
        "娄烦县山区村卫生室缺医少药，县卫健局组织巡回医疗队进村，需要医生和药品。",
        [sk("巡诊医生", 4, "人", "skill:medical"), gd("常用药品", 200, "份", "goods:medical"), need("goods", "巡诊车辆", 1, "辆", "transport")],
        "health", "elderly")
project(11, LF, "五保户的年货", "五保户、低保户", "节日慰问",
        "春节前为全县五保户、低保户送米面油。",
        [gd("米、面、油", 300, "份", "goods:food"), vo("送货志愿者", 20)], "poor")
project(11, LF, "黄芪地里的课", "药材种植户", "技术培训",
        "在静游镇开设中药材种植技术田间课堂。",
        [sk("中药材种植技术", 4, "场", "skill:agri"), gd("有机肥", 20, "吨", "goods:plants")], "poor")
project(11, YQ, "阳曲小米卖出去", "种植户", "电商助农",
        "帮合作社开网店、做直播。",
        [sk("电商运营指导", 2, "人", "skill:ecommerce"), sk("产品拍摄", 1, "人", "skill:photo"), gd("包装设计印制", 2000, "个", "print")])
project(11, QX, "葡萄园里的病虫害", "果农", "技术服务",
        "清徐马峪乡葡萄种植户病虫害防治培训。",
        [sk("果树植保专家", 2, "人", "skill:agri"), gd("宣传明白纸", 500, "张", "print"), sk("无人机植保", 1, "次", "skill:agri", 0)])
project(11, GJ, "山村留守老人健康行", "留守老人", "义诊",
        "按照市卫健委“健康扶贫”工作部署，到古交偏远山村开展义诊和健康教育，并为行动不便老人送助行器。",
        [sk("义诊医生", 4, "人", "skill:medical"), gd("助行器、拐杖", 30, "个", "goods:mobility"),
         gd("老花镜", 100, "副", "goods:other")], "elderly", "health")
project(11, YQ, "农村危房改造帮扶", "困难户", "危房改造",
        "为困难户加固危房。",
        [sk("泥瓦工", 4, "人", "skill:build"), gd("水泥、砖", 10, "吨", "goods:build"), mo("材料费", 40000, 15000)], "poor")
project(11, JY, "城郊村的小药房", "城郊村民", "健康服务",
        "为城郊村卫生室补充药品和血压计。",
        [gd("常用药、血压计", 50, "套", "goods:medical"), sk("村医培训", 2, "场", "skill:medical")], "health")

# 12 文化志愿服务项目
project(12, XD, "病房里的歌声", "住院患者", "文艺慰问",
        "组织文艺志愿者到肿瘤医院、儿童医院病房演出。",
        [sk("歌手、乐手", 6, "人", "skill:perform"), gd("便携音响", 2, "套", "goods:stage")], "health")
project(12, YZ, "盲人电影院", "视障人士", "无障碍观影",
        "每月在图书馆放一场无障碍电影，需讲述员现场讲解画面。",
        [sk("电影讲述员", 2, "人", "skill:host"), sk("放映", 1, "人", "skill:film"), ve("放映厅", 1, "间", "venue:hall")],
        "disabled")
project(12, XHL, "社区合唱团招指挥", "社区老人", "文艺培训",
        "社区老年合唱团缺指挥和钢琴伴奏。",
        [sk("合唱指挥", 1, "人", "skill:music"), sk("钢琴调律", 1, "次", "skill:tuning")], "elderly")
project(12, WBL, "非遗剪纸进养老院", "养老院老人", "文化活动",
        "剪纸艺人进养老院教老人剪纸。",
        [sk("剪纸老师", 2, "人", "skill:craft"), gd("红纸、剪刀", 100, "套", "goods:art")], "elderly")
project(12, QX, "清徐秧歌进村", "村民", "文艺演出",
        "送秧歌下乡。",
        [sk("秧歌队", 1, "支", "skill:perform"), gd("秧歌服装", 30, "套", "goods:costume"), gd("音响", 1, "套", "goods:stage")], "rural")
project(12, LF, "娄烦民歌录音", "民歌传承人", "文化保护",
        "为老民歌手录音建档。",
        [sk("录音", 2, "人", "skill:media"), gd("录音设备", 1, "套", "goods:electronics"), need("goods", "下乡车辆", 1, "辆", "transport")], "heritage")
project(12, JCP, "手语歌舞队", "听障青年", "文艺培训",
        "为听障青年组建手语舞蹈队，需手语老师和舞蹈老师。",
        [sk("手语老师", 1, "人", "skill:sign"), sk("舞蹈老师", 1, "人", "skill:perform"), ve("排练厅", 1, "间", "venue:sports")],
        "disabled", "youth")

# 13 医疗卫生志愿服务项目
project(13, XD, "家门口的慢病管理", "高血压、糖尿病患者", "慢病管理",
        "为贯彻落实健康太原行动，社区卫生服务中心组织慢病患者自我管理小组，需营养师讲饮食、护士教自测血糖，并配血糖仪。",
        [sk("营养师", 2, "人", "skill:nutrition"), sk("护士教自测血糖", 2, "人", "skill:nursing"),
         gd("血糖仪及试纸", 50, "套", "goods:medical")], "elderly")
project(13, YZ, "献血屋需要人", "献血者", "献血服务",
        "五一广场献血屋周末人多，招引导志愿者。",
        [vo("献血引导志愿者", 20), gd("献血者饮品", 50, "箱", "goods:water")])
project(13, XHL, "药不能乱吃", "社区老人", "合理用药",
        "社区开展家庭药箱整理，请药师上门清理过期药。",
        [sk("药师", 3, "人", "skill:medical"), gd("分药盒", 200, "个", "goods:medical")], "elderly")
project(13, JCP, "产后妈妈上门访视", "困难家庭产妇", "母婴护理",
        "为困难家庭产妇提供产后上门访视，教母乳喂养和新生儿护理。",
        [sk("母婴护理", 3, "人", "skill:nursing"), gd("奶粉、纸尿裤", 60, "份", "goods:baby")], "women", "children", "poor")
project(13, WBL, "眼前一亮", "白内障老人", "复明手术",
        "为困难白内障老人筛查并资助复明手术。",
        [sk("眼科筛查", 2, "人", "skill:medical"), mo("手术资助", 60000, 30000)], "elderly", "poor")
project(13, LF, "老慢支村里管", "农村老人", "巡诊建档",
        "娄烦县组织村医为老人巡诊、建健康档案。",
        [sk("村医巡诊建档", 6, "人", "skill:medical"), gd("健康档案袋", 2000, "个", "print")], "elderly", "rural")
project(13, GJ, "矿工的肺", "尘肺病患者", "健康关爱",
        "为尘肺病矿工提供呼吸康复指导和制氧机。",
        [sk("呼吸康复指导", 2, "人", "skill:rehab"), gd("制氧机", 20, "台", "goods:medical"), mo("治疗补助", 50000)],
        "workers", "poor")
project(13, QX, "健康大篷车", "村民", "义诊",
        "县医院下乡义诊，需要宣传单。",
        [sk("义诊医生", 5, "人", "skill:medical", 0), gd("健康宣传单", 3000, "张", "print")], "rural")

# 14 体育及全民健身志愿服务项目
project(14, JY, "公园里的八段锦", "中老年人", "健身指导",
        "晋阳公园晨练点教八段锦、太极。",
        [sk("太极、八段锦教练", 2, "人", "skill:fitness"), gd("音箱", 2, "个", "goods:stage")], "elderly", "health")
project(14, XD, "轮椅篮球队", "肢残人", "残疾人体育",
        "组建轮椅篮球队，需要教练、运动轮椅和场地。",
        [sk("篮球教练", 1, "人", "skill:fitness"), gd("运动轮椅", 10, "辆", "goods:mobility"), ve("篮球馆", 1, "处", "venue:sports")],
        "disabled")
project(14, YZ, "马拉松医疗保障", "参赛选手", "赛事保障",
        "太原马拉松沿途医疗点招募医护志愿者，需AED和救护车。",
        [sk("医护志愿者", 40, "人", "skill:firstaid"), gd("AED", 10, "台", "goods:aed"), sk("救护车", 4, "辆", "skill:ems")],
        "firstaid")
project(14, WBL, "社区健身器材维修", "社区居民", "设施维护",
        "小区健身器材坏了没人修。",
        [sk("焊工", 2, "人", "skill:weld"), gd("健身器材", 5, "件", "goods:fitness")], "community")
project(14, GJ, "矿区职工运动会", "矿区职工", "体育赛事",
        "需要裁判、奖牌和饮用水。",
        [sk("裁判", 10, "人", "skill:fitness"), gd("奖牌", 100, "枚", "goods:awards"), gd("饮用水", 50, "箱", "goods:water")],
        "workers")
project(14, YQ, "农民趣味运动会", "村民", "体育赛事",
        "阳曲县农民运动会需要体育器材和医疗保障。",
        [gd("跳绳、拔河绳", 50, "件", "goods:sports"), sk("医疗保障", 2, "人", "skill:medical")], "rural")
project(14, XHL, "老年门球场修缮", "老年门球队", "设施",
        "门球场地面开裂。",
        [sk("场地修补", 2, "人", "skill:build"), gd("水泥", 3, "吨", "goods:build")], "elderly")

# 15 文明旅游志愿服务项目
project(15, JY, "晋祠游客医疗点", "游客", "应急服务",
        "旅游旺季晋祠景区设医疗点，需医护人员、急救箱。",
        [sk("医护人员", 4, "人", "skill:medical"), gd("急救箱", 10, "个", "goods:medical"), gd("饮用水", 30, "箱", "goods:water")],
        "heritage", "firstaid")
project(15, XD, "无障碍旅游线路", "残疾游客", "无障碍旅游",
        "编制太原无障碍旅游地图，需要残疾人志愿者实地走访。",
        [vo("残疾人体验员", 10), gd("无障碍地图", 2000, "份", "print"), sk("手语导览", 1, "人", "skill:sign")],
        "disabled")
project(15, YZ, "文明旅游宣传进社区", "市民", "文明宣传",
        "向社区居民宣传文明出游。",
        [gd("宣传册", 1000, "册", "print"), vo("宣讲员", 6)])
project(15, LF, "云顶山游客服务站", "游客", "游客服务",
        "云顶山景区服务站供热水、借轮椅。",
        [ve("服务站", 1, "处", "venue:station"), gd("轮椅", 2, "辆", "goods:mobility"), gd("饮用水", 40, "箱", "goods:water")],
        "rural")
project(15, QX, "老醋坊讲解员", "游客", "讲解服务",
        "招募讲解员。",
        [sk("讲解", 4, "人", "skill:guide"), sk("外语讲解", 1, "人", "skill:language"), gd("扩音器", 4, "个", "goods:stage")])
project(15, GJ, "古交山水摄影行", "游客", "宣传推介",
        "拍摄古交风光宣传片。",
        [sk("摄影", 2, "人", "skill:photo"), sk("短视频剪辑", 1, "人", "skill:media"), need("goods", "拍摄用车", 1, "辆", "transport")])
project(15, XHL, "银发游太原", "老年人", "助老出游",
        "组织养老院老人乘车游城市新景，需要大巴、随行护士和轮椅。",
        [need("goods", "大巴车", 2, "辆", "transport"), sk("随行护士", 2, "人", "skill:nursing"), gd("轮椅", 6, "辆", "goods:mobility")],
        "elderly")

# 16 文物景区、公园广场志愿服务项目
project(16, YZ, "迎泽公园的AED", "游园群众", "应急设施",
        "迎泽公园人流大，计划在三个门口设AED并培训园区保安。",
        [gd("AED", 3, "台", "goods:aed"), sk("保安急救培训", 3, "场", "skill:firstaid")], "firstaid")
project(16, XHL, "纯阳宫讲解", "游客", "讲解",
        "纯阳宫招募讲解员。",
        [sk("讲解员", 6, "人", "skill:guide"), sk("手语讲解", 1, "人", "skill:sign"), gd("讲解员服装", 6, "套", "goods:clothes")], "tourism")
project(16, JY, "天龙山步道的急救点", "登山游客", "应急服务",
        "天龙山登山步道设临时急救点。",
        [sk("急救员", 4, "人", "skill:firstaid"), gd("担架", 4, "副", "goods:rescue"), gd("急救药品", 20, "份", "goods:medical")],
        "firstaid", "tourism")
project(16, WBL, "公园广场的轮椅通道", "残疾人、老人", "无障碍改造",
        "公园入口台阶改坡道。",
        [sk("无障碍改造施工", 1, "项", "skill:build"), gd("扶手", 20, "米", "goods:build")], "disabled", "elderly")
project(16, XD, "广场舞噪音劝导", "广场", "文明劝导",
        "需劝导志愿者。",
        [vo("劝导志愿者", 10), gd("劝导员马甲", 10, "件", "goods:safety")], "community")
project(16, QX, "清泉寺壁画保护", "文物", "文物修缮",
        "清泉寺壁画起甲，需修复。",
        [sk("壁画修复", 1, "人", "skill:restore"), mo("修复费", 80000)])
project(16, YQ, "烈士陵园清扫", "陵园", "环境维护",
        "清明前清扫陵园。",
        [vo("志愿者", 30), gd("扫帚", 30, "把", "goods:tools"), gd("鲜花", 200, "束", "goods:plants"), need("goods", "接送志愿者车辆", 1, "辆", "transport")], "party")

# 17 职工权益保障志愿服务项目
project(17, XD, "环卫工的腰和腿", "环卫工人", "健康关爱",
        "区总工会为环卫工开展健康服务：推拿、体检、送护腰。",
        [sk("推拿师", 4, "人", "skill:massage"), sk("体检医生", 2, "人", "skill:medical"), gd("护腰、护膝", 300, "副", "goods:medical")],
        "health")
project(17, YZ, "夜班护士的心事", "医护人员", "心理关爱",
        "为一线医护职工开展减压团体辅导。",
        [sk("心理咨询师", 2, "人", "skill:psych"), ve("活动室", 1, "间", "venue:hall")], "health")
project(17, JCP, "户外劳动者驿站", "快递员、外卖员、环卫工", "驿站服务",
        "依托沿街商户设户外劳动者驿站，供热水、充电、歇脚。",
        [ve("商户驿站", 10, "处", "venue:station"), gd("桶装水", 300, "桶", "goods:water"), gd("应急药箱", 10, "个", "goods:medical")],
        "migrant")
project(17, WBL, "职工心理热线", "企业职工", "心理援助",
        "为下岗转岗职工开通心理热线。",
        [sk("热线接听", 4, "人", "skill:phone"), sk("心理咨询", 2, "人", "skill:psych")])
project(17, GJ, "尘肺病职工家访", "尘肺病职工家庭", "帮扶慰问",
        "工会走访尘肺病职工家庭，送药送米面。",
        [gd("米面油", 100, "份", "goods:food"), gd("常用药", 100, "份", "goods:medical"), sk("社工评估救助", 2, "人", "skill:welfare")],
        "health", "poor")
project(17, LF, "职工法律服务站", "职工", "法律服务",
        "设职工法律服务站。",
        [sk("律师坐班", 2, "人", "skill:legal"), ve("服务站用房", 1, "间", "venue:station"), gd("普法手册", 500, "册", "print")], "legal")
project(17, JY, "女职工两癌筛查", "女职工", "健康体检",
        "为困难女职工开展乳腺癌、宫颈癌筛查。",
        [sk("妇科医生", 3, "人", "skill:medical"), mo("筛查费用", 40000, 10000)], "women", "health")

# 18 青年志愿服务项目
project(18, XD, "青年献血季", "高校学生", "献血宣传",
        "团区委在高校开展献血宣传周。",
        [vo("宣传志愿者", 30), gd("宣传海报", 200, "张", "print"), gd("献血纪念T恤", 300, "件", "goods:tshirt")], "health")
project(18, YZ, "大学生急救员", "大学生", "急救培训",
        "培训大学生取得急救员证。",
        [sk("急救培训导师", 4, "人", "skill:firstaid"), ve("培训教室", 1, "间", "venue:classroom")], "firstaid", "education")
project(18, XHL, "青年陪诊团", "独居老人", "陪诊",
        "青年志愿者陪独居老人去医院看病，需要培训和交通车。",
        [vo("陪诊志愿者", 20), sk("陪诊培训（医院流程）", 1, "场", "skill:nursing"), need("goods", "接送车辆", 1, "辆", "transport")],
        "elderly", "health")
project(18, WBL, "青年就业加油站", "待业青年", "就业服务",
        "简历指导、模拟面试。",
        [sk("HR导师", 4, "人", "skill:job"), sk("心理疏导", 1, "人", "skill:psych")])
project(18, JCP, "残疾青年学编程", "残疾青年", "技能培训",
        "为残疾青年开设编程入门课。",
        [sk("编程讲师", 2, "人", "skill:it"), gd("笔记本电脑", 10, "台", "goods:electronics")], "disabled")
project(18, GJ, "山里的青春课堂", "留守青少年", "支教",
        "古交山区支教。",
        [vo("支教青年", 10), gd("图书", 500, "册", "goods:books"), ve("支教住宿", 5, "间", "venue:lodging"), sk("儿童心理辅导", 1, "人", "skill:psych")], "education", "children")
project(18, QX, "青年护河队", "汾河清徐段", "环保",
        "青年护河巡河。",
        [vo("护河青年", 20), gd("救生衣", 10, "件", "goods:rescue"), sk("水域救援培训", 1, "场", "skill:firstaid")], "environment")

# 19 巾帼志愿服务项目
project(19, XD, "妈妈的第一个月", "困难家庭产妇", "母婴关爱",
        "区妇联联合月子机构，为困难家庭产妇提供上门产后护理和母乳喂养指导，送奶粉纸尿裤。",
        [sk("产后护理、母乳喂养指导", 4, "人", "skill:nursing"), gd("奶粉、纸尿裤", 80, "份", "goods:baby"),
         sk("产后抑郁心理疏导", 1, "人", "skill:psych")], "children", "poor")
project(19, YZ, "她们照顾了别人一辈子", "家庭照护者（女性）", "照护者支持",
        "照顾瘫痪老人、残疾孩子的多是妻子、女儿、母亲。妇联开设照护者互助小组，需护理培训、心理陪伴和电话回访。",
        [sk("居家护理技能培训", 4, "课时", "skill:nursing"), sk("心理陪伴", 2, "人", "skill:psych"),
         sk("电话回访", 4, "人", "skill:phone"), ve("活动室", 1, "间", "venue:hall", 0)], "elderly", "disabled")
project(19, XHL, "巾帼家政培训", "下岗女工", "技能培训",
        "培训养老护理员、育婴员，帮下岗女工再就业。",
        [sk("养老护理员培训", 6, "课时", "skill:nursing"), sk("就业推荐", 1, "人", "skill:job"), ve("培训教室", 1, "间", "venue:classroom")],
        "workers")
project(19, JCP, "两癌筛查进社区", "适龄妇女", "健康筛查",
        "为辖区农村和城中村适龄妇女开展两癌筛查。",
        [sk("妇科医生", 3, "人", "skill:medical"), gd("宣传折页", 1000, "份", "print"), mo("筛查经费", 30000)], "health")
project(19, WBL, "单亲妈妈互助会", "单亲母亲", "互助",
        "单亲妈妈互助会需要心理咨询和法律咨询。",
        [sk("心理咨询", 2, "人", "skill:psych"), sk("婚姻家事律师", 1, "人", "skill:legal")], "poor")
project(19, GJ, "矿嫂健康课", "矿工家属", "健康教育",
        "请医生给矿嫂讲妇科病预防、讲家里尘肺病人怎么护理。",
        [sk("医生讲座", 2, "场", "skill:medical"), sk("护理示范", 1, "场", "skill:nursing"), ve("讲座大厅", 1, "间", "venue:hall")],
        "workers", "health")
project(19, YQ, "留守妇女手工坊", "农村留守妇女", "技能培训",
        "教留守妇女做手工布艺、网上卖。",
        [sk("手工布艺老师", 2, "人", "skill:craft"), sk("网店运营", 1, "人", "skill:ecommerce"), gd("布料", 200, "米", "goods:clothes")],
        "rural")
project(19, QX, "春蕾女童", "困难家庭女童", "助学",
        "资助困难女童，送书包文具。",
        [mo("助学金", 50000, 20000), gd("书包文具", 100, "套", "goods:books")], "children", "poor", "education")

# 20 科学普及志愿服务项目
project(20, XD, "身体里的秘密", "小学生", "健康科普",
        "科技馆开设人体健康科普课，请医生讲心脏、讲牙齿。",
        [sk("医生科普讲座", 4, "场", "skill:medical"), gd("人体模型", 2, "套", "goods:other")], "children", "health", "education")
project(20, YZ, "老年人防跌倒科普", "老年人", "健康科普",
        "跌倒是老人受伤第一原因。科协联合社区讲防跌倒，并为高危老人家装扶手。",
        [sk("康复师讲防跌倒", 2, "场", "skill:rehab"), gd("卫生间扶手", 50, "套", "goods:build"), sk("扶手安装", 2, "人", "skill:build")],
        "elderly", "health")
project(20, XHL, "食品安全科普周", "市民", "科普宣传",
        "印制食品安全科普手册。",
        [gd("科普手册", 2000, "册", "print"), sk("营养学讲座", 2, "场", "skill:nutrition")], "health")
project(20, WBL, "科普大篷车进矿区", "矿区居民", "科普",
        "科普车进矿区。",
        [sk("科普讲解", 2, "人", "skill:science"), need("goods", "科普大篷车", 1, "辆", "transport", 0), vo("志愿者", 6)])
project(20, JY, "中医药科普进校园", "中学生", "科普",
        "中医药大学学生进校园讲中草药。",
        [sk("中草药讲解", 2, "人", "skill:science"), gd("中草药标本", 20, "盒", "goods:other")], "education")
project(20, LF, "农村健康科普讲堂", "村民", "健康科普",
        "在娄烦县各乡镇开设健康科普讲堂，讲高血压、脑卒中早识别。",
        [sk("医生讲座", 6, "场", "skill:medical"), gd("宣传挂图", 200, "张", "print"), ve("乡镇会议室", 3, "间", "venue:hall")],
        "rural", "health", "elderly")
project(20, GJ, "天上的星星", "学生", "天文科普",
        "观星活动。",
        [sk("天文讲解", 1, "人", "skill:science"), gd("望远镜", 3, "台", "goods:other"), ve("学校操场", 1, "处", "venue:outdoor")], "education")

# 21 助残志愿服务项目
project(21, QX, "轮椅修好了再上路", "肢体残疾人", "辅具维修",
        "清徐县残联每季度开展辅具维修日，为全县坐轮椅的残疾人免费修轮椅、换胎，并招引导志愿者。",
        [sk("轮椅维修", 2, "人", "skill:repair"), vo("引导志愿者", 8), gd("轮胎配件", 40, "套", "goods:mobility")], "community")
project(21, QX, "残疾人居家护理", "重度残疾人", "居家服务",
        "为重度残疾人开展居家护理和康复训练。",
        [sk("上门护理", 3, "人", "skill:nursing"), sk("康复训练", 2, "人", "skill:rehab"), vo("助残志愿者", 10)])
project(21, XD, "星星的孩子", "自闭症儿童", "康复支持",
        "为自闭症儿童家庭提供康复指导、言语训练和家长心理支持，需融合活动场地。",
        [sk("言语训练", 2, "人", "skill:speech"), sk("家长心理支持", 2, "人", "skill:psych"), ve("活动场地", 1, "处", "venue:hall"),
         vo("融合活动志愿者", 15)], "children")
project(21, XHL, "盲人按摩师就业", "视障人士", "就业帮扶",
        "帮助盲人按摩师开店。",
        [sk("创业指导", 1, "人", "skill:job"), gd("按摩床", 10, "张", "goods:furniture"), mo("开店补贴", 30000)], "workers")
project(21, WBL, "残疾人网店孵化", "残疾人", "就业帮扶",
        "孵化残疾人网店，培训直播带货，配电脑。",
        [sk("电商培训", 3, "人", "skill:ecommerce"), gd("电脑", 10, "台", "goods:electronics"), ve("电脑培训室", 1, "间", "venue:computer")],
        "workers")
project(21, LF, "上门理发，上门修脚", "卧床残疾人、老人", "上门服务",
        "娄烦县残联组织手艺人为卧床的残疾人和老人上门理发、修脚。",
        [sk("理发师", 2, "人", "skill:haircut"), sk("修脚师", 1, "人", "skill:pedicure"), need("goods", "下乡车辆", 1, "辆", "transport")],
        "elderly", "rural")
project(21, JY, "假肢让他重新站起来", "截肢者", "辅具适配",
        "为困难截肢者适配假肢，并教康复训练。",
        [gd("假肢", 10, "具", "goods:prosthesis"), sk("康复训练指导", 2, "人", "skill:rehab"), mo("适配补助", 100000, 40000)],
        "poor")
project(21, GJ, "助残日·健康行", "残疾人", "义诊",
        "全国助残日当天为残疾人义诊并送助行器，借用养老机构大厅。",
        [sk("义诊医生", 3, "人", "skill:medical"), gd("助行器、拐杖", 20, "件", "goods:mobility"), ve("活动大厅", 1, "间", "venue:hall")],
        "health", "elderly")

# 22 红十字志愿服务项目
project(22, XD, "造血干细胞，等一个配型", "血液病患者", "捐献宣传",
        "红十字会开展造血干细胞捐献入库宣传，需要现场志愿者和宣传品。",
        [vo("宣传志愿者", 20), gd("宣传折页", 3000, "份", "print"), sk("医生答疑", 1, "人", "skill:medical")], "health")
project(22, YZ, "博爱一日捐", "困难群众", "募捐",
        "博爱一日捐活动需要募捐志愿者。",
        [vo("募捐志愿者", 40, 15), mo("博爱救助金", 100000, 60000)], "poor")
project(22, XHL, "社区应急救护培训", "社区居民", "救护培训",
        "按照市红十字会“应急救护进社区”工作安排，每社区培训救护员30名。",
        [sk("救护培训导师", 4, "人", "skill:firstaid"), gd("急救包", 60, "个", "goods:medical"), ve("培训室", 1, "间", "venue:hall")],
        "community")
project(22, JCP, "冬日送温暖", "困难家庭", "救助",
        "为困难家庭送棉衣、棉被。",
        [gd("棉衣", 200, "件", "goods:clothes"), gd("棉被", 100, "床", "goods:bedding")], "poor")
project(22, WBL, "遗体器官捐献宣传", "市民", "宣传",
        "需宣传员。",
        [vo("宣传员", 10), gd("宣传品", 500, "份", "print"), sk("医生答疑", 1, "人", "skill:medical")], "health")
project(22, GJ, "矿区红十字救护站", "矿工", "应急救护",
        "在矿区建红十字救护站，配急救箱、担架，培训矿工。",
        [gd("急救箱、担架", 20, "套", "goods:rescue"), sk("矿工急救培训", 6, "场", "skill:firstaid"), sk("应急演练", 2, "场", "skill:drill")],
        "workers")
project(22, YQ, "红十字博爱家园", "农村社区", "防灾减灾",
        "在阳曲县建博爱家园，开展防灾演练。",
        [sk("防灾演练", 2, "场", "skill:drill"), gd("应急包", 100, "个", "goods:rescue"), ve("村广场", 1, "处", "venue:outdoor")],
        "rural")
project(22, JY, "人道救助·大病家庭", "大病困难家庭", "救助",
        "为大病困难家庭提供救助和医保报销代办。",
        [mo("救助金", 80000), sk("医保报销代办", 2, "人", "skill:welfare")], "poor", "health")

# 23 文明交通行动项目
project(23, XD, "斑马线上的老人", "老年行人", "文明劝导",
        "路口老人过马路慢，设文明交通劝导岗。",
        [vo("劝导志愿者", 20), gd("反光背心", 40, "件", "goods:safety")], "elderly")
project(23, YZ, "交通事故伤者救护培训", "交通协管员", "急救培训",
        "教协管员事故现场止血包扎。",
        [sk("创伤急救培训", 2, "场", "skill:firstaid"), gd("急救包", 30, "个", "goods:medical")], "firstaid")
project(23, WBL, "小黄帽", "小学生", "交通安全",
        "小学生交通安全课，送小黄帽。",
        [sk("交通安全课", 4, "场", "skill:traffic"), gd("小黄帽", 500, "顶", "goods:safety")], "children", "education")
project(23, JCP, "电动车戴头盔", "骑行者", "宣传",
        "宣传电动车佩戴头盔。",
        [gd("头盔", 300, "顶", "goods:safety"), gd("宣传单", 2000, "张", "print"), vo("路口宣传志愿者", 20)])
project(23, QX, "农村路口劝导站", "村民", "交通劝导",
        "农村路口设劝导站。",
        [vo("劝导员", 10), ve("劝导站", 2, "处", "venue:station"), gd("反光背心", 20, "件", "goods:safety")], "rural")
project(23, LF, "山路客车安全行", "乘客", "宣传",
        "山区客运线路安全宣传。",
        [gd("宣传海报", 200, "张", "print"), sk("驾驶员培训", 1, "场", "skill:traffic")], "transit")
project(23, JY, "老年代步车安全课", "老年驾驶人", "交通安全",
        "老年人开代步车事故多，交警讲安全，医生讲用药对驾驶的影响。",
        [sk("交通安全讲座", 2, "场", "skill:traffic"), sk("医生讲用药与驾驶", 1, "场", "skill:medical")], "elderly")

# 24 消防安全志愿服务项目
project(24, XD, "独居老人家的烟感", "独居老人", "消防安全",
        "为独居老人安装独立式烟感和燃气报警器。",
        [gd("烟感、燃气报警器", 200, "个", "goods:fire"), sk("安装", 3, "人", "skill:electric")], "elderly")
project(24, YZ, "养老院消防演练", "养老机构", "消防演练",
        "辖区养老院卧床老人多，疏散难。开展夜间疏散演练，需演练组织和护理人员配合转运。",
        [sk("疏散演练组织", 2, "场", "skill:drill"), sk("护理人员配合转运", 4, "人", "skill:nursing"),
         gd("转运担架", 6, "副", "goods:rescue")], "elderly")
project(24, XHL, "医院消防安全检查", "医疗机构", "消防检查",
        "为小诊所开展消防检查。",
        [sk("消防检查", 2, "人", "skill:fire"), gd("灭火器", 50, "具", "goods:fire")], "health")
project(24, WBL, "消防进校园", "学生", "宣传",
        "消防知识进校园。",
        [sk("消防讲座", 4, "场", "skill:fire"), sk("疏散演练", 2, "场", "skill:drill")], "education")
project(24, GJ, "煤炉边的报警器", "矿区平房住户", "防一氧化碳中毒",
        "冬季矿区平房烧煤炉，为住户装一氧化碳报警器，并教中毒急救。",
        [gd("一氧化碳报警器", 300, "个", "goods:fire"), sk("中毒急救讲解", 2, "场", "skill:firstaid")], "workers", "firstaid")
project(24, YQ, "护林防火", "林区", "森林防火",
        "清明期间护林防火值守。",
        [vo("值守志愿者", 20), sk("森林防火培训", 1, "场", "skill:fire"), gd("值守帐篷", 4, "顶", "goods:tents"), gd("饮用水、干粮", 40, "份", "goods:food")], "environment")
project(24, JCP, "残疾人家庭消防安全", "残疾人家庭", "消防安全",
        "为残疾人家庭配灭火毯、检查电线。",
        [gd("灭火毯", 100, "块", "goods:fire"), sk("电线检查", 2, "人", "skill:electric"), sk("手语讲解", 1, "人", "skill:sign")],
        "disabled")

# 25 紧急医疗救援志愿服务项目
project(25, XD, "让AED走进写字楼", "写字楼白领", "急救设施",
        "在亲贤街写字楼配AED，培训物业人员。",
        [gd("AED", 5, "台", "goods:aed"), sk("AED培训", 5, "场", "skill:firstaid"), gd("AED位置指引牌", 20, "块", "print")])
project(25, YZ, "急救志愿者招募", "市民", "志愿招募",
        "招募急救志愿者100名。",
        [vo("急救志愿者", 100, 60), sk("急救员培训", 4, "场", "skill:firstaid"), gd("志愿者服装", 100, "件", "goods:tshirt")])
project(25, XHL, "心脏骤停，四分钟", "社区居民", "急救培训",
        "心脏骤停黄金四分钟，救护车到不了，只能靠身边人。急救中心联合社区每月开一期心肺复苏课。",
        [sk("心肺复苏导师", 3, "人", "skill:firstaid"), gd("训练模拟人", 5, "个", "goods:other"), ve("社区活动室", 1, "间", "venue:hall")],
        "community")
project(25, JCP, "大型活动医疗保障", "活动群众", "医疗保障",
        "区内大型活动需要救护车待命。",
        [sk("救护车及医护", 2, "组", "skill:ems"), gd("急救药品", 20, "份", "goods:medical"), vo("现场引导志愿者", 20), gd("饮用水", 20, "箱", "goods:water")])
project(25, WBL, "工地急救员", "建筑工人", "急救培训",
        "在工地培训急救员。",
        [sk("急救培训", 4, "场", "skill:firstaid"), gd("工地急救箱", 30, "个", "goods:medical")], "workers", "migrant")
project(25, QX, "乡镇急救站点", "农村居民", "急救网络",
        "清徐县在乡镇卫生院设急救站点，配救护车保障和急救员培训。",
        [sk("救护车保障", 1, "组", "skill:ems"), sk("急救员培训", 3, "场", "skill:firstaid"), gd("急救药品", 50, "份", "goods:medical")],
        "rural")
project(25, LF, "山区急救绿色通道", "山区群众", "急救转运",
        "娄烦山区急症病人转运难，需要转运车辆和医护。",
        [need("goods", "转运车辆", 1, "辆", "transport"), sk("随车医生", 2, "人", "skill:medical")], "rural", "health")
project(25, GJ, "矿难应急救援演练", "矿区", "应急演练",
        "组织矿区应急救援演练。",
        [sk("演练组织", 1, "场", "skill:drill"), sk("急救队", 1, "支", "skill:firstaid"), sk("应急电台通信", 2, "人", "skill:radio")],
        "workers", "safety")

# 26 大型交通枢纽志愿服务项目
project(26, XD, "太原南站的爱心服务台", "旅客", "旅客服务",
        "南站爱心服务台为老弱病残孕旅客提供轮椅、急救药品和引导。",
        [gd("轮椅", 6, "辆", "goods:mobility"), gd("急救药品", 20, "份", "goods:medical"), vo("引导志愿者", 20)],
        "elderly", "disabled")
project(26, YZ, "火车站的手语岗", "听障旅客", "无障碍服务",
        "太原站设手语服务岗。",
        [sk("手语志愿者", 4, "人", "skill:sign"), gd("手语服务标识", 6, "块", "print"), sk("手语培训（站务人员）", 2, "场", "skill:sign")], "disabled")
project(26, XD, "机场急救响应", "航空旅客", "应急服务",
        "武宿机场航站楼培训地勤急救，加装AED。",
        [sk("地勤急救培训", 4, "场", "skill:firstaid"), gd("AED", 4, "台", "goods:aed")], "firstaid")
project(26, YZ, "春运暖心驿站", "返乡旅客", "春运服务",
        "春运期间设暖心驿站，供热水、姜茶。",
        [gd("姜茶、热水", 100, "箱", "goods:water"), vo("春运志愿者", 50, 20), ve("驿站", 1, "处", "venue:station", 0)], "migrant")
project(26, XD, "南站母婴室", "带婴旅客", "母婴服务",
        "完善南站母婴室用品。",
        [gd("纸尿裤、湿巾", 100, "包", "goods:baby"), gd("消毒用品", 20, "箱", "goods:daily")], "women", "children")
project(26, YZ, "火车站重点旅客接送", "老人、残疾旅客", "重点旅客服务",
        "为重点旅客提供接送站。",
        [vo("接送志愿者", 10), gd("轮椅", 4, "辆", "goods:mobility"), need("goods", "接送车辆", 2, "辆", "transport")], "elderly", "disabled")
project(26, XD, "机场旅客医疗点", "航空旅客", "医疗服务",
        "机场医疗点需医护志愿者。",
        [sk("医护志愿者", 4, "人", "skill:medical"), gd("常用药品", 30, "份", "goods:medical")], "health")
