"""The sponsors of evaluation set 15, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md).
"""

from __future__ import annotations


def offer(kind: str, description: str, *gives: str) -> dict:
    return {"kind": kind, "description": description, "gives": list(gives)}


def sponsor(key: str, kind: str, name: str, district: str, industry: str, interests: str, offers: list[dict],
            causes: tuple[str, ...] = (), any_cause: bool = False, own_only: bool = False) -> dict:
    return {"key": key, "kind": kind, "name": name, "district": district, "industry": industry,
            "interests": interests, "offers": offers, "causes": list(causes), "any_cause": any_cause,
            "own_only": own_only}


ENT, ORG, MER, IND = "enterprise", "social_org", "merchant", "individual"
SPONSORS = [
    # Enterprises
    sponsor("s01", ENT, "清徐县晋铸铸造有限公司", "清徐县", "铸铁井盖、雨水箅子、管件铸造",
            "我们是做铸铁井盖、雨水箅子、管件的，县里的市政工程用的多半是我们的。前年冬天村口一个井盖让拉煤车压碎了，"
            "晚上一个骑电动车的后生连人带车栽进去，腿断了两截。那以后谁说哪条路上井盖缺了、坏了，我们免费给补上，"
            "马路上、小区里、学校门口都算。",
            [offer("goods", "球墨铸铁井盖、雨水箅子", "goods:build")],
            causes=("safety", "traffic")),
    sponsor("s02", ENT, "太原暖居保温建材有限公司", "尖草坪区", "岩棉板、挤塑板等外墙保温材料生产",
            "我们是做外墙保温板的，岩棉、挤塑板都有。跑工地的时候看见老小区、城中村好些老人家墙皮透风，"
            "冬天屋里跟冰窖一样，一个人住的老人舍不得烧暖气。想拿出一批保温板，给这样的老房子、困难户贴上。",
            [offer("goods", "岩棉板、挤塑板、保温砂浆", "goods:build")],
            causes=("elderly", "poor")),
    sponsor("s03", ENT, "太原鲜达冷链物流有限公司", "晋源区", "冷藏车运输、冷库仓储",
            "我们是跑冷链的，二十多台冷藏车，主要给超市拉肉、拉菜。去年秋天到娄烦收土豆，农户家的菜堆在地头烂了没人拉，"
            "看着心疼。村里的农产品要往城里运、要送到爱心超市、送到困难户家里，车和司机我们出。",
            [offer("goods", "冷藏车连司机，每月可出四个车次", "transport")],
            causes=("rural", "poor")),
    sponsor("s04", ENT, "阳曲县菌香食用菌科技有限公司", "阳曲县", "香菇、平菇工厂化种植",
            "我们是种蘑菇的，香菇、平菇，一年四季都出菇。公司在村里用的都是本村人，好些是低保户、上了年纪的。"
            "村里谁想学种菇我们派技术员去教，菌棒成本价给；敬老院、村里的困难户，鲜菇我们定期送。",
            [offer("goods", "鲜香菇、平菇", "goods:food"),
             offer("skill", "食用菌种植技术指导", "skill:agri")],
            causes=("rural", "poor")),
    sponsor("s05", ENT, "娄烦县山岭风电有限公司", "娄烦县", "风力发电场运营",
            "我们是在山梁上发风电的，场里的运维小伙子好多是本县人。他们说小时候上学要翻两道梁，冬天天不亮就走，"
            "中午啃个冷馍。我们想出点钱，也能出些人，给山里的学校和孩子办点实事。",
            [offer("money", "每年公益资金", "money"),
             offer("volunteers", "运维员工志愿者", "people")],
            causes=("children", "education")),
    sponsor("s06", ENT, "太原安眠床垫厂", "尖草坪区", "弹簧床垫、棕垫生产",
            "我们是做床垫的，弹簧垫、棕垫都做。老人家睡了几十年的硬板床、破褥子，腰不好也舍不得换。"
            "我们每年拿出一批床垫，给孤寡老人、困难家庭换上。",
            [offer("goods", "床垫、棕垫", "goods:bedding")],
            causes=("elderly", "poor")),
    sponsor("s07", ENT, "太原通衢公路养护工程有限公司", "晋源区", "农村公路养护、道路标线施划",
            "我们是修路养路的，县乡公路的坑槽修补、划标线、装波形护栏都干。村道上没有标线、弯道没有护栏，"
            "每年都出事。哪个村、哪个学校门口的路要修要划线，我们派工人带设备去，不收钱。",
            [offer("skill", "道路坑槽修补、施划标线、安装护栏", "skill:build"),
             offer("volunteers", "养护工人", "people")],
            causes=("traffic", "rural")),
    sponsor("s08", ENT, "山西恒通电线电缆有限公司", "尖草坪区", "电线、电缆生产",
            "我们是做电线电缆的。老房子里的电线三四十年没换过，皮都酥了，一开电暖器就冒烟，这几年着了好几回火，"
            "烧着的多是老人。我们出电线，厂里的电工也能去帮着换。",
            [offer("goods", "国标电线、插座开关", "goods:build"),
             offer("skill", "厂里电工上门换线", "skill:electric")],
            causes=("fire", "elderly")),
    sponsor("s09", ENT, "阳曲县丰禾农机专业合作社", "阳曲县", "农机作业服务、农机维修",
            "我们是合作社，手里有旋耕机、播种机、拖拉机，也有修农机的师傅。村里没劳力的人家、五保户的地，"
            "我们帮着耕、帮着种；谁家农机坏了，师傅上门修。",
            [offer("skill", "农机维修", "skill:repair"),
             offer("goods", "拖拉机、旋耕机连机手", "goods:machinery")],
            causes=("rural",)),
    sponsor("s10", ENT, "太原西山绿苑苗木有限公司", "晋源区", "苗木培育、园林绿化",
            "我们是育苗的，油松、侧柏、国槐、山桃都有，西山上的荒坡这些年种了不少。谁要植树、护林、给河边添绿，"
            "苗子我们给，技术员也能去教怎么栽、怎么养活。",
            [offer("goods", "油松、侧柏、山桃等苗木", "goods:plants"),
             offer("skill", "栽植养护技术指导", "skill:agri")],
            causes=("environment",)),
    sponsor("s11", ENT, "太原劳尔工装制衣有限公司", "小店区", "工作服、劳保服装加工",
            "我们是做工作服的。我爹当年在工地上干了二十年，冬天就一件旧棉袄，袖口都磨烂了。现在厂子有了，"
            "想给在外头干活的人送点厚实的衣裳：工地上的、扫马路的、送快递的都行。",
            [offer("goods", "棉工作服、马甲、工装裤", "goods:clothes")],
            causes=("workers", "migrant")),
    sponsor("s12", ENT, "太原北通物流园管理有限公司", "尖草坪区", "公路物流园区、停车场、司机之家",
            "我们是管物流园的，每天进出一千多台大货车。园里有司机之家，能洗澡、吃饭、歇脚，还有个大停车场。"
            "跑长途的司机太苦，疲劳驾驶出事的不少。谁办跟司机、跟交通安全有关的事，地方我们提供。",
            [offer("venue", "司机之家（休息室、热水、充电）", "venue:station"),
             offer("venue", "园区停车场", "venue:outdoor")],
            causes=("workers", "traffic")),
    sponsor("s13", ENT, "古交市兴鑫焦化有限公司", "古交市", "焦炭生产",
            "我们是炼焦炭的，厂子在汾河边上。这些年一直在治烟尘、治废水，欠汾河的得还。工人的事也放在心上，"
            "想拿钱出来，也把库里的劳保用品拿些出来，给一线工人、给护河的人用。",
            [offer("money", "公益资金", "money"),
             offer("goods", "安全帽、劳保手套、反光背心", "goods:safety")],
            causes=("workers", "environment")),
    sponsor("s14", ENT, "太原标准标识标牌有限公司", "小店区", "标识标牌、喷绘、条幅制作",
            "做标牌、喷绘、条幅的。",
            [offer("goods", "展板、条幅、宣传单印制", "print")],
            any_cause=True),
    sponsor("s15", ENT, "古交市盛基商品混凝土有限公司", "古交市", "商品混凝土、砂石料",
            "我们是搅拌站，卖混凝土、砂石料。罐车跑不远，所以只管古交的事：哪个村的路、桥、水渠要修，"
            "水泥、砂石我们出。",
            [offer("goods", "水泥、砂石料、商品混凝土", "goods:build")],
            causes=("rural",), own_only=True),
    # Social organisations
    sponsor("s16", ORG, "太钢退休职工铜管乐队", "尖草坪区", "业余铜管乐队",
            "我们是太钢退休职工的铜管乐队，小号、长号、圆号、大鼓都全，一个礼拜排练两回。老伙计们退了休，"
            "有的住进了养老院，有的一个人在家。我们想去敬老院、去老小区给老人们吹一场，热闹热闹。",
            [offer("skill", "铜管乐演奏", "skill:music", "skill:perform")],
            causes=("elderly",)),
    sponsor("s17", ORG, "清徐县葡萄种植协会", "清徐县", "葡萄种植技术交流",
            "我们是清徐种葡萄的人凑起来的协会，龙眼、巨峰、阳光玫瑰都种。村里有些人家种了葡萄卖不上价，"
            "一场病一场冰雹就返了贫。会里的老把式愿意下地教剪枝、防病，帮着把日子过起来。",
            [offer("skill", "葡萄栽培、剪枝、病害防治", "skill:agri")],
            causes=("rural", "poor")),
    sponsor("s18", ORG, "阳曲县返乡创业者协会", "阳曲县", "返乡创业互助",
            "我们都是在外头打过工、又回村里创业的，开网店的、搞养殖的、办加工厂的都有。在外打工那些年吃过的亏多了："
            "被欠薪、找不着活。想帮还在外头打工的老乡找活、学技术，也帮村里人把东西挂到网上卖。",
            [offer("skill", "就业指导、技能培训", "skill:job"),
             offer("skill", "网店开店、直播卖货", "skill:ecommerce")],
            causes=("migrant", "rural")),
    sponsor("s19", ORG, "娄烦县山曲民歌社", "娄烦县", "民歌演唱",
            "我们是唱山曲、唱二人台的，会里二十来个人，最大的七十多了。老调子年轻人不会唱了，"
            "我们想到村里、学校里唱，把老辈子的东西传下去，也给村里的老人们解解闷。",
            [offer("skill", "山曲、二人台演唱", "skill:perform")],
            causes=("culture", "elderly")),
    sponsor("s20", ORG, "娄烦县老区红色故事宣讲队", "娄烦县", "红色历史宣讲",
            "娄烦是晋绥老区，我们这些人多是老党员、老教师，把村里的红色故事一件一件收集起来。想给党员、给学生讲讲，"
            "让年轻人知道这山沟沟里出过什么人、发生过什么事。",
            [offer("skill", "红色故事宣讲、旧址讲解", "skill:guide")],
            causes=("party", "youth")),
    sponsor("s21", ORG, "尖草坪区劳模工匠创新工作室联盟", "尖草坪区", "劳模、技能大师工作室",
            "我们是几个劳模、技能大师工作室凑起来的，焊工、钳工、电工都有大师傅。想给厂里、工地上的年轻工人传传手艺，"
            "也能帮着焊、帮着修。",
            [offer("skill", "焊接", "skill:weld"),
             offer("skill", "钳工、设备维修", "skill:repair"),
             offer("skill", "技能培训、带徒弟", "skill:teaching")],
            causes=("workers", "youth")),
    sponsor("s22", ORG, "万柏林区泥瓦匠爱心服务队", "万柏林区", "建筑工匠志愿服务",
            "我们是一帮在工地上干了半辈子的泥瓦匠、木匠、管道工。谁家房子漏了、墙裂了、炕塌了，"
            "特别是孤寡老人和困难户，叫一声我们就去修，不要工钱。",
            [offer("skill", "房屋修缮、砌墙、防水、管道", "skill:build")],
            causes=("poor", "elderly")),
    sponsor("s23", ORG, "迎泽区榫卯木作社", "迎泽区", "木工爱好者社团",
            "我们是一帮爱做木工的，凳子、小车、鲁班锁都做。社里的人说，自己小时候就是跟着爷爷刨木头长大的。"
            "想带孩子们动手做点东西，学校、社区都能去。",
            [offer("skill", "木工手作课", "skill:craft")],
            causes=("children",)),
    sponsor("s24", ORG, "杏花岭区智造创客空间", "杏花岭区", "3D打印、机器人创客空间",
            "我们是一个创客空间，有3D打印机、激光切割机，还有一群搞机器人的年轻人。想让中学生、大学生来这里学学怎么把想法做出来，"
            "我们的工程师也能去学校讲。",
            [offer("skill", "3D打印、机器人、编程课", "skill:science"),
             offer("venue", "创客教室（二十个工位）", "venue:classroom")],
            causes=("science", "youth")),
    sponsor("s25", ORG, "清徐县形意拳研究会", "清徐县", "形意拳传习",
            "我们是练形意拳的，清徐练这个的人不少。村里留下来的多是老人和孩子，爹妈都在外头打工。"
            "我们想教老人孩子练练拳，把身子骨练结实。",
            [offer("skill", "形意拳教学", "skill:fitness")],
            causes=("elderly", "children")),
    sponsor("s26", ORG, "太原某大学土木工程学院青年志愿者协会", "小店区", "大学生志愿服务",
            "我们是学土木的大学生，会看房子的裂缝、会测量、会画图。寒暑假想去村里，给困难户看看房子安全不安全，"
            "也能出力气帮着干活。",
            [offer("skill", "房屋安全排查、测绘", "skill:build"),
             offer("volunteers", "大学生志愿者", "people")],
            causes=("poor", "rural")),
    sponsor("s27", ORG, "太原北编组站退休职工协会", "尖草坪区", "铁路退休职工联谊",
            "我们都是编组站退下来的，扳道工、调车员、列检员，一辈子跟火车打交道。火车站人多的时候，"
            "我们能去帮着指指路、扶扶老人；铁道边上还有孩子乱跑，我们想去村里学校讲讲铁路安全。",
            [offer("volunteers", "退休铁路职工志愿者", "people"),
             offer("skill", "讲铁路历史和铁路安全", "skill:guide")],
            causes=("hub", "safety")),
    sponsor("s28", ORG, "太重退休工程师协会", "万柏林区", "退休科技人员社团",
            "我们是太重退下来的工程师，造过挖掘机、起重机、轧钢设备。退了休闲不住，想给中小学生讲讲机器是怎么造出来的，"
            "带他们做点小实验。",
            [offer("skill", "科普讲座、动手实验", "skill:science"),
             offer("skill", "辅导学生", "skill:teaching")],
            causes=("science", "children")),
    sponsor("s29", ORG, "晋源区越野跑与山野徒步协会", "晋源区", "山地徒步、越野跑",
            "我们是在西山上跑山、走山路的，常年在山里转，哪条沟有路、哪里容易迷路都清楚。"
            "山里有人走丢、摔伤，我们能去找；搞山地赛事也能当向导、当补给员。",
            [offer("volunteers", "熟悉山路的队员", "people"),
             offer("goods", "帐篷、睡袋、头灯", "goods:tents")],
            causes=("firstaid", "sport")),
    # Merchants
    sponsor("s30", MER, "清徐县老孟农用车修理铺", "清徐县", "三轮车、农用车修理",
            "修三轮车、农用车的，只在清徐。",
            [offer("skill", "修三轮车、农用车、小型农机", "skill:repair")],
            causes=("rural",), own_only=True),
    sponsor("s31", MER, "古交市老街羊杂割", "古交市", "羊杂割、饼子",
            "我是卖羊杂割的，店开在矿上下来的那条街上，下了夜班的工人爱来喝一碗。谁家办好事要热乎饭，"
            "给老人、给工人、给干活的志愿者，来我这端就行。",
            [offer("goods", "羊杂割、饼子", "goods:meal")],
            causes=("workers", "elderly"), any_cause=True),
    sponsor("s32", MER, "尖草坪区顺达货车修理厂", "尖草坪区", "重型货车维修",
            "我是开修车厂的，修大货车、半挂。跑车的司机刹车片磨秃了也舍不得换，轮胎补了又补，出了事就是大事。"
            "想免费给司机们检查检查车，讲讲怎么看车况。",
            [offer("skill", "货车安全检查、维修", "skill:carrepair")],
            causes=("traffic", "workers")),
    sponsor("s33", MER, "阳曲县东村便民小卖部", "阳曲县", "村里小卖部",
            "我是村里开小卖部的，就在阳曲。店里有炉子、有开水，村里老人等班车、赶集回来都在我这坐坐、喝口热水；"
            "肥皂、毛巾这些日用的，谁家老人困难了我也送点。",
            [offer("venue", "店里歇脚、喝热水", "venue:station"),
             offer("goods", "肥皂、毛巾、卫生纸", "goods:daily")],
            causes=("elderly",), own_only=True),
    sponsor("s34", MER, "娄烦县青石沟石料厂", "娄烦县", "石料、砂石",
            "开石料厂的，只管娄烦。",
            [offer("goods", "石料、砂子、石子", "goods:build")],
            any_cause=True, own_only=True),
    sponsor("s35", MER, "万柏林区热源茶炉开水器店", "万柏林区", "电开水器、茶炉生产销售",
            "我是做开水器、茶炉的，自己的小作坊焊出来的。冬天看环卫工、交警、送外卖的在外头冻得直跺脚，"
            "连口热水都喝不上，想在他们歇脚的地方装个开水器。",
            [offer("goods", "电开水器、茶炉", "goods:kitchen")],
            causes=("workers",)),
    sponsor("s36", MER, "迎泽区光刻激光刻字店", "迎泽区", "激光刻字、奖牌奖杯",
            "激光刻字的。",
            [offer("goods", "奖牌、奖杯、荣誉牌", "goods:awards")],
            any_cause=True),
    sponsor("s37", MER, "杏花岭区安康劳保用品店", "杏花岭区", "劳保用品批发零售",
            "我是卖劳保用品的，安全帽、手套、反光衣、雨衣。来买东西的多是工头，工人自己舍不得买，"
            "干活不戴手套、不戴帽子。想送一些给工地上的农民工兄弟。",
            [offer("goods", "安全帽、劳保手套、反光衣、雨衣", "goods:safety")],
            causes=("migrant", "workers")),
    sponsor("s38", MER, "万柏林区明眸监控安装", "万柏林区", "监控摄像头安装",
            "我是装监控的。去年给一个老太太装门铃的时候听她说，被骗子上门骗过两回。独居老人家门口装个摄像头、装个报警按钮，"
            "儿女在手机上就能看见。楼道、村口没监控的，我也能去装。",
            [offer("goods", "监控摄像头、一键报警器", "goods:security"),
             offer("skill", "安装、布线", "skill:electric")],
            causes=("elderly", "safety")),
    sponsor("s39", MER, "阳曲县北山核桃园", "阳曲县", "核桃种植销售",
            "我是种核桃的，二百来亩。村里学校的娃娃早上多半不吃饭就去上学，我想给学校送核桃，"
            "一个娃一天两个，补补脑子。",
            [offer("goods", "核桃", "goods:food")],
            causes=("children", "education")),
    sponsor("s40", MER, "古交市老周电机水泵修理部", "古交市", "电机、水泵维修",
            "我是修电机、修水泵的，古交的村子我跑遍了。村里的水泵坏了、老人家的电机坏了，打个电话我就去，"
            "只在古交，远了去不了。",
            [offer("skill", "电机、水泵维修", "skill:repair"),
             offer("skill", "线路检修", "skill:electric")],
            causes=("rural", "elderly"), own_only=True),
    sponsor("s41", MER, "娄烦县山药蛋粉条坊", "娄烦县", "土豆粉条加工",
            "我是做土豆粉条的，收的都是本村人的土豆。村里有几户人家男人病了、干不了活，我多收他们的土豆。"
            "粉条也能拿出来，送给困难户和敬老院。",
            [offer("goods", "土豆粉条", "goods:food")],
            causes=("poor", "elderly")),
    sponsor("s42", MER, "晋源区古艺木雕砖雕坊", "晋源区", "木雕、砖雕",
            "我是雕木头、雕砖的，晋祠周边的老院子、老庙，门楼上的砖雕、梁上的木雕掉了坏了，我会补。"
            "想帮着把村里的老建筑修一修，给孩子们讲讲怎么雕。",
            [offer("skill", "木雕、砖雕修补", "skill:restore"),
             offer("skill", "雕刻手艺", "skill:art")],
            causes=("heritage",)),
    sponsor("s43", MER, "尖草坪区旺达废品回收站", "尖草坪区", "废品回收",
            "我是收废品的，有两辆三轮一辆小货车。河边、山上、村口的垃圾，谁组织捡，我们去帮着拉走、帮着分，"
            "能卖的钱也捐了。",
            [offer("volunteers", "工人帮着分拣", "people"),
             offer("goods", "小货车、三轮车拉运", "transport")],
            causes=("environment",)),
    sponsor("s44", MER, "小店区力源叉车租赁", "小店区", "叉车、吊车租赁",
            "租叉车的，哪儿用都行。",
            [offer("goods", "叉车、小吊车连操作手", "goods:machinery")],
            any_cause=True),
    sponsor("s45", MER, "晋源区晋祠稻香米业", "晋源区", "晋祠大米加工销售",
            "我们是做晋祠大米的，自己种、自己碾。晋祠米名气大，可种米的多是上了年纪的老人。"
            "想拿米出来，给村里的孤寡老人、低保户送一送。",
            [offer("goods", "晋祠大米", "goods:food")],
            causes=("elderly", "poor")),
    sponsor("s46", MER, "迎泽区亮点户外LED广告屏", "迎泽区", "户外LED屏广告",
            "我是做户外大屏广告的，迎泽大街、火车站附近有六块屏。想在屏上免费播公益广告：防诈骗的、交通安全的都行。",
            [offer("skill", "户外LED屏免费播放公益广告", "skill:media")],
            causes=("safety", "traffic")),
    # Individuals
    sponsor("s47", IND, "段师傅（古交市退休煤矿安全员）", "古交市", "煤矿安全员（已退休）",
            "我是煤矿上的安全员，干了三十年，瓦斯、透水、着火都见过。现在村里、城里老人用煤炉子、用液化气，"
            "冬天中毒的年年有。我想去讲讲怎么防火、防中毒，帮着搞搞逃生演练。",
            [offer("skill", "防火、防煤气中毒宣讲", "skill:fire"),
             offer("skill", "组织应急疏散演练", "skill:drill")],
            causes=("safety", "fire")),
    sponsor("s48", IND, "郝师傅（太钢退休炼钢工）", "尖草坪区", "炼钢工（已退休）",
            "我是太钢炼钢厂退下来的。老伙计们一个接一个走了，剩下的好些一个人住，儿女不在身边。"
            "我身子骨还行，想去陪陪这些老人，隔三差五打个电话问问。",
            [offer("volunteers", "上门陪伴", "people"),
             offer("skill", "电话问候", "skill:phone")],
            causes=("elderly",)),
    sponsor("s49", IND, "阳曲县盘炕的老贾", "阳曲县", "盘炕、砌灶",
            "我是盘炕的，村里的炕多半是我盘的。炕不好好烧，烟倒灌，老人睡着睡着就中了煤气。"
            "谁家老人的炕塌了、倒烟了，我去修，不要钱，就在阳曲。",
            [offer("skill", "盘炕、砌灶、修烟道", "skill:build")],
            causes=("elderly",), own_only=True),
    sponsor("s50", IND, "李师傅（娄烦县小货车司机）", "娄烦县", "个体货运",
            "我是开小货车的，拉货跑太原、跑吕梁。常年在外跑车，娃娃是他奶奶拉扯大的，开家长会从来没去过。"
            "现在想着，村里跟我娃一样的孩子，谁要送东西、接送，我的车能用。",
            [offer("goods", "小货车连司机", "transport")],
            causes=("children",)),
    sponsor("s51", IND, "清徐县剪果树的温师傅", "清徐县", "果树修剪",
            "给果树剪枝的。",
            [offer("skill", "果树修剪", "skill:agri")],
            any_cause=True),
    sponsor("s52", IND, "晋源区彩塑修复师小冯", "晋源区", "古代彩塑修复",
            "我是修彩塑的，在文物修复公司干了十几年，晋祠、双塔寺周边的寺庙我都修过。村里的小庙、老戏台上的泥塑、壁画，"
            "没人管，一年年剥落，我想有空就去补一补。",
            [offer("skill", "彩塑、壁画修复", "skill:restore")],
            causes=("heritage",)),
    sponsor("s53", IND, "小店区开面包车拉货的老杨", "小店区", "面包车拉货、搬家小活",
            "我是开面包车拉零活的，搬家、拉货都干。好些老人搬个家、拉趟东西找不着人，叫大公司又贵。"
            "困难户、老人家要拉东西，我免费跑。",
            [offer("goods", "面包车连司机", "transport")],
            causes=("elderly", "poor")),
    sponsor("s54", IND, "万柏林区退休车工秦师傅", "万柏林区", "车工（已退休）",
            "我是车床上干了一辈子的车工，零件、小工具、小玩意儿都会做，坏了的东西也会修。"
            "孙子说现在学校里的娃娃连螺丝刀都不会拿，我想教孩子们动手做东西。",
            [offer("skill", "手工制作", "skill:craft"),
             offer("skill", "修理小物件", "skill:repair")],
            causes=("children", "youth")),
    sponsor("s55", IND, "杏花岭区水电工小武", "杏花岭区", "水电维修",
            "我是干水电的，换水管、修水龙头、换电线、装灯都会。老人家里漏水漏电，自己不会修，"
            "找人又怕被坑。老人、残疾人家里有活，叫我就行。",
            [offer("skill", "水管、下水维修", "skill:build"),
             offer("skill", "电路维修", "skill:electric")],
            causes=("elderly", "disabled")),
    sponsor("s56", IND, "迎泽区装卸工老常", "迎泽区", "装卸搬运",
            "卸货的，有把子力气。",
            [offer("volunteers", "出力气", "people")],
            any_cause=True),
    sponsor("s57", IND, "娄烦县骑摩托理发的刘师傅", "娄烦县", "流动理发",
            "我是理发的，骑个摩托车挨村跑。村里的老人走不动，头发长了没人剪，我去了就在院子里给剪。"
            "想一直这么跑下去，不收老人的钱。",
            [offer("skill", "上门理发", "skill:haircut")],
            causes=("elderly", "rural")),
    sponsor("s58", IND, "清徐县编筐的马大爷", "清徐县", "柳编",
            "我是编柳条筐的，编了五十年，簸箕、笸箩、小篮子都会。现在没人学了，我想去学校、文化站教孩子们编，"
            "这手艺不能断了。",
            [offer("skill", "柳编手艺", "skill:craft")],
            causes=("culture", "children")),
    sponsor("s59", IND, "清徐县卖葡萄的返乡姑娘小雷", "清徐县", "农产品网店",
            "我大学毕业回了村，在网上卖清徐的葡萄、老陈醋。村里好些婶子想学开网店，又怕不会弄。"
            "我想教她们，也帮乡亲们把东西卖出去。",
            [offer("skill", "网店、直播卖货教学", "skill:ecommerce")],
            causes=("rural", "women")),
    sponsor("s60", IND, "王姐（万柏林区塔吊司机）", "万柏林区", "塔吊司机",
            "我是开塔吊的，在工地上干了十二年，一个工地上女的没几个。工地上的姐妹们有难处没处说，家里孩子也顾不上。"
            "我想有空去帮帮她们。",
            [offer("volunteers", "陪伴、跑腿", "people")],
            causes=("women", "workers")),
]
