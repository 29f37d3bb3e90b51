"""The sponsors of evaluation set 26, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md). This set's sponsors lean to building, home and moving things.
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
    sponsor("s01", ENT, "山西晋筑建设工程有限公司", "小店区", "房屋建筑、市政道路施工",
            "我们是盖楼修路的，一年到头在工地上。工人里好些老家在村里，常说家里的孤寡老人还住着几十年的土坯房，"
            "一下雨就漏。想出结构工程师和施工队，帮困难家庭、独居老人看看房子还安不安全，能修的就修。",
            [offer("skill", "结构工程师上门查房，施工队修缮", "skill:build"),
             offer("goods", "挖掘机、装载机连司机，清淤、平整场地", "goods:machinery")],
            causes=("poor", "elderly")),
    sponsor("s02", ENT, "太原居美装饰工程有限公司", "万柏林区", "家装设计施工、旧房翻新、适老化改造",
            "我们是做家装的。这几年接的活儿里，越来越多是儿女给爸妈改卫生间：装扶手、铺防滑砖、把门槛敲平。"
            "想给家里有残疾人、失能老人，又掏不起这笔钱的人家免费做这样的改造。",
            [offer("skill", "设计师上门量房，工人做无障碍改造", "skill:build"),
             offer("goods", "扶手、防滑地砖、感应夜灯", "goods:build")],
            causes=("disabled", "elderly", "poor")),
    sponsor("s03", ENT, "太原北城建材市场有限公司", "尖草坪区", "建材批发市场：水泥、管材、涂料、灯具",
            "我们是开建材市场的，场子里三百多家商户。商户们商量过，每年凑一批水泥、涂料、水管、灯具，"
            "给乡村学校和村里的卫生室修修补补。市场门口的大停车场周末空着，谁要办活动可以来用。",
            [offer("goods", "水泥、涂料、水管、灯具", "goods:build"),
             offer("venue", "市场门口停车场（周末，约4000平方米）", "venue:outdoor")],
            causes=("education", "rural")),
    sponsor("s04", ENT, "太原木语家具有限公司", "小店区", "实木家具生产、门店销售",
            "我们是做实木家具的，厂里天天剩下好木料。跟工人聊起来，好几个人的孩子在老家上学，"
            "教室里的桌椅还是摇摇晃晃的。想给乡下小学、留守儿童之家送课桌椅、书架。",
            [offer("goods", "课桌椅、书架、储物柜", "goods:furniture")],
            causes=("education", "children")),
    sponsor("s05", ENT, "太原恒通家电连锁有限公司", "迎泽区", "家电零售、安装和售后维修",
            "我们是卖家电的，售后师傅一天要跑十几户。常碰上老人家里的热水器用了十几年，漏电了都不知道。"
            "愿意给独居老人、低保户送电水壶、燃气灶，让售后师傅上门免费检修家电。",
            [offer("goods", "电水壶、燃气灶、净水器", "goods:kitchen"),
             offer("skill", "售后师傅上门检修家电", "skill:repair")],
            causes=("elderly", "poor")),
    sponsor("s06", ENT, "山西安居物业服务有限公司", "杏花岭区", "住宅小区物业管理",
            "我们管着杏花岭区十二个老小区，保安、保洁、维修工加起来两百多人。小区里一半住的是老人，"
            "好多子女不在身边。想让员工下了班组成队伍，帮小区老人跑跑腿，帮邻里办点事；小区活动室也可以借给社区用。",
            [offer("volunteers", "物业员工志愿者，每次20人左右", "people"),
             offer("venue", "小区活动室（可坐50人）", "venue:hall")],
            causes=("elderly", "community")),
    sponsor("s07", ENT, "太原盾卫保安服务有限公司", "晋源区", "保安服务、大型活动安保",
            "我们是做保安的，接得最多的是演唱会、马拉松、庙会的安保。站岗、维持秩序、疏导人流是本行，"
            "公益活动缺人维持秩序的，哪儿需要就派到哪儿。",
            [offer("volunteers", "保安员维持秩序、疏导人流", "people")],
            any_cause=True),
    sponsor("s08", ENT, "山西迅达速递有限公司", "小店区", "快递、同城配送",
            "我们是送快递的，网点铺到了各县的乡镇。每到秋天，山里的小米、核桃、红枣卖不出去，"
            "农户托快递员问能不能帮着卖。愿意出车出网点，帮村里把农产品运出来，也给乡下学校捎书捎物。",
            [offer("goods", "配送车辆连司机", "transport"),
             offer("goods", "快递纸箱、包装袋", "goods:tools")],
            causes=("rural", "education")),
    sponsor("s09", ENT, "太原汾源物流有限公司", "清徐县", "公路货运、仓储",
            "我们是跑货运的，二十多台车，从清徐发往全国。车有空的时候，谁办公益要拉东西都行，提前打个电话就派车。",
            [offer("goods", "厢式货车、平板车连司机", "transport")],
            any_cause=True),
    sponsor("s10", ENT, "山西洁雅保洁服务有限公司", "迎泽区", "保洁、开荒、消杀",
            "我们是做保洁的，给写字楼开荒、给饭店消杀。有一回去给一位瘫在床上的老人打扫，屋里好几年没人收拾过。"
            "想定期派保洁员去独居老人、残疾人家里打扫，顺带消杀灭蟑。",
            [offer("volunteers", "保洁员上门打扫", "people"),
             offer("skill", "消杀、灭蟑灭鼠", "skill:pest")],
            causes=("elderly", "disabled")),
    sponsor("s11", ENT, "太原顺心搬家有限公司", "杏花岭区", "居民搬家、单位搬迁",
            "我们是干搬家的，车和人天天在路上。搬过太多回老人家：儿女不在，一个人从棚户区搬进新楼，"
            "东西都不知道怎么收拾。想给困难家庭、孤寡老人免费搬家，社区办活动要搬桌椅也能出车出人。",
            [offer("goods", "厢式货车连司机", "transport"),
             offer("volunteers", "搬运工", "people")],
            causes=("poor", "elderly", "community")),
    sponsor("s12", ENT, "山西通衢能源有限公司", "尖草坪区", "加油站连锁、便利店",
            "我们在太原北边有九座加油站。夜里来加油的除了货车司机，还有扫大街的环卫工，手冻得通红。"
            "想把站里的便利店变成歇脚的地方，热水管够，再给环卫工和户外干活的人送些饮料。",
            [offer("venue", "加油站便利店（热水、充电、歇脚）", "venue:station"),
             offer("goods", "矿泉水、热饮", "goods:water")],
            causes=("workers",)),
    sponsor("s13", ENT, "古交市鑫磊建筑安装有限公司", "古交市", "建筑安装、乡村道路",
            "我们是古交本地的建筑队，只在古交市里干活，外面的顾不过来。矿区边上的村子路坑坑洼洼，"
            "有的老房子墙都裂了。想出工出机械，帮村里修路，给困难户修房子。",
            [offer("skill", "施工队修房、修路", "skill:build"),
             offer("goods", "挖掘机、铲车连司机", "goods:machinery")],
            causes=("rural", "poor"), own_only=True),
    sponsor("s14", ENT, "山西智安安防科技有限公司", "万柏林区", "监控、门禁、智能报警安装",
            "我们是装监控、装门禁的。做过几个老小区改造，发现独居老人最怕两件事：摔倒了没人知道，夜里有人撬门。"
            "想给独居老人家里装一键呼叫器、门磁报警，给治安不好的背街小巷装摄像头。",
            [offer("goods", "一键呼叫器、门磁报警器、摄像头", "goods:security"),
             offer("skill", "技术员上门安装调试", "skill:electric")],
            causes=("elderly", "safety")),
    sponsor("s15", ENT, "太原安焰燃气设备有限公司", "迎泽区", "燃气灶具、报警器销售安装，燃气管道检修",
            "我们是装燃气灶、燃气报警器的。老楼里的胶皮管子十几年不换，每年冬天都听说有人煤气中毒。"
            "想给老旧小区的住户免费查燃气、装报警器，给大家讲讲怎么防漏气。",
            [offer("goods", "燃气报警器、一氧化碳报警器", "goods:fire"),
             offer("skill", "入户燃气安全检查、安全讲解", "skill:fire")],
            causes=("fire", "community")),
    # Social organisations
    sponsor("s16", ORG, "太原市装饰装修行业协会", "小店区", "装修行业协会，会员单位三百余家",
            "我们协会的会员都是装修公司和工长。每年行业搞诚信评比，大家都说光评比没意思，不如干点实事："
            "给残疾人家庭、低保户免费改造厨房和卫生间。",
            [offer("skill", "会员企业的工长、工人上门施工", "skill:build")],
            causes=("disabled", "poor")),
    sponsor("s17", ORG, "太原市物业管理协会", "迎泽区", "物业行业协会",
            "我们协会联系着全市四百多家物业公司。物业天天和业主打交道，谁家楼道堆了杂物、谁家垃圾乱扔都清楚。"
            "愿意组织物业员工参加邻里互助、垃圾分类，协会的会议室也能借。",
            [offer("volunteers", "物业员工志愿者", "people"),
             offer("venue", "协会会议室（可坐80人）", "venue:hall")],
            causes=("community", "environment")),
    sponsor("s18", ORG, "太原卡友互助会", "尖草坪区", "货车司机互助组织",
            "我们是一帮跑大车的，群里六百多人。跑了二十年车，路上见过太多出事的，有时候人就躺在那儿，没人会救。"
            "现在大家凑钱学急救，也愿意出车拉物资，去学校讲讲大车的盲区有多大。",
            [offer("goods", "会员的货车连司机", "transport"),
             offer("skill", "讲大车盲区、路上怎么躲大车", "skill:traffic")],
            causes=("firstaid", "traffic")),
    sponsor("s19", ORG, "晋源区水电工志愿服务队", "晋源区", "水电维修志愿服务队",
            "我们二十来个人，都是在小区、工地干水电的师傅，平时各干各的，周末凑到一块儿。谁家水管爆了、电闸老跳，"
            "尤其是家里就剩老人的、吃低保的，打电话就去，不收工钱。",
            [offer("skill", "修水管、通下水", "skill:build"),
             offer("skill", "查电路、换开关插座", "skill:electric")],
            causes=("elderly", "poor")),
    sponsor("s20", ORG, "太原市家政服务协会", "杏花岭区", "家政行业协会、家政培训",
            "我们协会做家政培训，来学的大多是四五十岁的下岗女工、从村里进城的妇女，学会了育婴、保洁就能上岗。"
            "想在各区办免费培训班，帮更多妇女找到活儿干；会员公司的家政员也愿意去照顾困难老人。",
            [offer("skill", "家政技能培训、推荐上岗", "skill:job"),
             offer("volunteers", "家政员上门照顾老人", "people")],
            causes=("women", "elderly")),
    sponsor("s21", ORG, "太原市出租汽车爱心车队", "迎泽区", "出租车司机志愿组织",
            "我们车队一百二十辆出租车，司机都是自愿加入的。高考送考、给腿脚不方便的人免费送医，是车队的老传统。",
            [offer("goods", "出租车连司机", "transport")],
            causes=("education", "disabled")),
    sponsor("s22", ORG, "太原理工大学土木工程学院“筑梦”志愿者协会", "万柏林区", "高校学生社团",
            "我们是学土木的学生，课上学结构、学测量。暑假跟老师下乡，看到不少墙体开裂的房子还住着人。"
            "想组队下乡帮村民查房子安不安全，也去中小学讲讲地震来了房子为什么会倒。",
            [offer("skill", "房屋安全排查", "skill:build"),
             offer("skill", "建筑与防震小课堂", "skill:science")],
            causes=("rural", "education")),
    sponsor("s23", ORG, "清徐县农村建筑工匠协会", "清徐县", "农村建筑工匠行业组织",
            "我们协会都是清徐本地的泥瓦匠、木匠，只在清徐县里干。县里不少村的老人还住着老窑洞、老平房，"
            "漏雨、墙裂，儿女在外地顾不上。我们能出工给他们修。",
            [offer("skill", "泥瓦匠、木匠修房", "skill:build")],
            causes=("elderly",), own_only=True),
    sponsor("s24", ORG, "太原市保安协会", "杏花岭区", "保安行业协会",
            "我们协会下面有四十多家保安公司。保安天天站在学校门口、小区门口，骗子怎么骗老人、孩子放学路上会碰到什么，"
            "他们最清楚。愿意让有经验的保安员去社区、学校讲防骗防拐，也能出人参加巡逻。",
            [offer("skill", "防骗防拐讲座、巡逻经验", "skill:antifraud"),
             offer("volunteers", "保安员参加巡逻", "people")],
            causes=("safety", "elderly", "children")),
    sponsor("s25", ORG, "太原市快递行业工会联合会", "小店区", "快递行业工会",
            "我们是快递小哥的工会。快递员、外卖员一天在外面跑十个钟头，最怕冬天没地方暖和、手机没电。"
            "会员网点愿意开成爱心驿站，一样在户外干活的环卫工、交警也欢迎进来。",
            [offer("venue", "快递网点爱心驿站", "venue:station"),
             offer("goods", "热水、姜茶", "goods:water")],
            causes=("workers",)),
    sponsor("s26", ORG, "娄烦县货运司机协会", "娄烦县", "县内货运司机互助组织",
            "我们都是娄烦本地跑运输的，只在县里出车。山里的村子离县城几十里，没有班车，老人看病、孩子上学都难。"
            "愿意轮流出车，接送山里的老人看病、学生返校，也帮着拉扶贫的物资。",
            [offer("goods", "货车、面包车连司机", "transport")],
            causes=("elderly", "education", "poor"), own_only=True),
    sponsor("s27", ORG, "太原市电梯行业协会", "晋源区", "电梯安装维保行业协会",
            "我们协会是做电梯安装、维保的企业。老楼加装电梯以后，困人的报警多了，被困的多是老人和孩子，"
            "有的吓得犯了心脏病。愿意派维保工程师去小区、学校搞电梯困人的应急演练，教大家被困了怎么办。",
            [offer("skill", "电梯困人应急演练", "skill:drill"),
             offer("skill", "电梯检修", "skill:repair")],
            causes=("elderly", "children")),
    sponsor("s28", ORG, "太原市再生资源回收利用协会", "尖草坪区", "废品回收、再生资源行业协会",
            "我们是收废品的，协会里有两百多个回收站。收了二十年废品，知道一个塑料瓶、一节电池扔错了地方有多麻烦。"
            "愿意出分类垃圾桶，派人进社区、进学校教大家怎么分，也教河边的村子别往河里倒垃圾。",
            [offer("goods", "分类垃圾桶、回收袋", "goods:tools"),
             offer("skill", "垃圾分类讲解", "skill:env")],
            causes=("environment",)),
    sponsor("s29", ORG, "太原市汽车维修行业协会", "小店区", "汽车维修行业协会",
            "我们协会都是修车厂。出了事拖进来的车，一看刹车片磨没了、轮胎鼓了包，司机还不知道。"
            "想给公交车、出租车、跑乡村客运的司机免费检车，也去客运站讲讲车该怎么保养。",
            [offer("skill", "免费检车：刹车、轮胎、灯光", "skill:carrepair")],
            causes=("traffic", "transit")),
    # Caring merchants
    sponsor("s30", MER, "老郝开锁", "迎泽区", "开锁、换锁芯、修门锁",
            "开锁换锁的。",
            [offer("skill", "上门换锁芯、修门锁", "skill:repair")],
            any_cause=True),
    sponsor("s31", MER, "通畅管道疏通", "杏花岭区", "下水道疏通、水管维修",
            "我是通下水的，二十四小时接电话。老楼的下水管都是铸铁的，锈得厉害，一堵就往上返水。"
            "独居的老人家里堵了，不好意思喊人，我去了不收钱。",
            [offer("skill", "疏通下水、修水管", "skill:build")],
            causes=("elderly",)),
    sponsor("s32", MER, "亮堂电料行", "晋源区", "电料零售、电工上门",
            "我们是开电料行的，灯泡、开关、电线都卖，也上门接线。晋源这边老村子多，巷子里的路灯坏了好几年没人修，"
            "晚上老人出门摸黑。想给巷子、楼道换灯，让老人和街坊走夜路踏实，材料和人工我们出。",
            [offer("goods", "灯泡、开关、电线", "goods:build"),
             offer("skill", "上门接线换灯", "skill:electric")],
            causes=("elderly", "community")),
    sponsor("s33", MER, "洁净洗车行", "小店区", "洗车、汽车美容",
            "我们是洗车的，店门口就是主干道。每天早上交警在路口站岗、环卫工扫马路，冬天冷得不行。"
            "店里休息室有空调有热水，想请他们进来歇歇脚、充个电。",
            [offer("venue", "洗车行休息室", "venue:station"),
             offer("goods", "热水、茶", "goods:water")],
            causes=("workers",)),
    sponsor("s34", MER, "老贾补胎", "古交市", "补胎换胎、汽车小修",
            "补胎换胎的。",
            [offer("skill", "补胎、查胎压", "skill:carrepair")],
            any_cause=True),
    sponsor("s35", MER, "兴旺五金店", "清徐县", "五金、水暖、工具",
            "我是开五金店的，卖锤子钉子、水管龙头。闺女在村小学教书，说学校的水龙头坏了好几个，扫帚也秃了。"
            "想给学校送点五金和打扫用的家什。",
            [offer("goods", "扫帚、水桶、垃圾桶", "goods:tools"),
             offer("goods", "水龙头、水管、灯泡", "goods:build")],
            causes=("education",)),
    sponsor("s36", MER, "三岔口加油站", "阳曲县", "加油、便利店",
            "我们是阳曲县国道边上的加油站，就在本县做点事，别处顾不上。冬天大雪封路，货车司机、修路的工人在站里一等好几个钟头。"
            "站里有热水、有地方坐，谁来都行；县里办活动，我们也能送矿泉水。",
            [offer("venue", "加油站便利店歇脚", "venue:station"),
             offer("goods", "矿泉水", "goods:water")],
            causes=("workers",), own_only=True),
    sponsor("s37", MER, "巧手窗帘布艺", "万柏林区", "窗帘、沙发套定做",
            "我是做窗帘的，踩了十五年缝纫机。来店里学手艺的，大多是孩子上学以后想出来挣钱的妈妈们。"
            "愿意免费教妇女学缝纫，也给社区的老人改改衣服、缝缝补补。",
            [offer("skill", "教缝纫、改衣服、缝补", "skill:sewing")],
            causes=("women", "elderly")),
    sponsor("s38", MER, "旧物新家二手家具", "尖草坪区", "二手家具回收、销售",
            "我们收二手家具，也卖。来买的大多是刚来太原打工的年轻人，租个房子什么都没有。"
            "店里的床、桌子、柜子，困难家庭和打工的要，我们送，还拿小货车给拉过去。",
            [offer("goods", "二手床、桌椅、衣柜", "goods:furniture"),
             offer("goods", "小货车送货", "transport")],
            causes=("poor", "migrant")),
    sponsor("s39", MER, "老宋家电维修", "小店区", "家电维修",
            "修了三十年电视机、洗衣机、空调。好多老人家里的东西坏了舍不得扔，自己不会修，找人修又怕被宰。"
            "想每个月去社区摆摊，给老人、困难户修家电，不要钱。",
            [offer("skill", "修电视、洗衣机、空调、小家电", "skill:repair")],
            causes=("elderly", "poor")),
    sponsor("s40", MER, "明亮玻璃店", "娄烦县", "玻璃、门窗",
            "装玻璃的。",
            [offer("goods", "玻璃、玻璃胶", "goods:build")],
            any_cause=True),
    sponsor("s41", MER, "美家瓷砖卫浴", "晋源区", "瓷砖、卫浴洁具",
            "我是卖瓷砖、马桶的。我爸中风以后坐了轮椅，家里卫生间门窄、有台阶，他进不去，那几年全家都难。"
            "店里的扶手、防滑砖、坐便椅，谁家有这种难处就拿去。",
            [offer("goods", "扶手、防滑砖、坐便器", "goods:build"),
             offer("goods", "坐便椅、洗澡椅", "goods:mobility")],
            causes=("disabled",)),
    sponsor("s42", MER, "彩虹油漆涂料", "迎泽区", "油漆涂料零售、刷墙",
            "我们是卖涂料、给人刷墙的。店旁边是个老公园，长椅、栏杆掉漆掉得斑斑驳驳；对面小学的围墙也旧得不像样。"
            "想出涂料、出师傅，给公园的椅子栏杆、学校的墙刷一刷。",
            [offer("goods", "涂料、油漆", "goods:build"),
             offer("skill", "刷墙师傅", "skill:build")],
            causes=("heritage", "education")),
    sponsor("s43", MER, "邻里快递驿站", "杏花岭区", "快递代收、社区驿站",
            "我开快递驿站，天天守在小区门口。小区老人多，取件不会扫码，常在门口站半天。驿站有热水、有凳子、能充电，"
            "送快递的、扫地的、老人都能进来坐；我也能帮老人把快递送上楼。",
            [offer("venue", "驿站歇脚、热水、充电", "venue:station"),
             offer("volunteers", "帮老人取件送上楼", "people")],
            causes=("workers", "elderly")),
    sponsor("s44", MER, "顺风汽车租赁", "杏花岭区", "汽车租赁、带司机包车",
            "我们是租车的，小轿车、商务车、中巴都有。谁搞公益缺车，我们出车出司机，油钱也不要。",
            [offer("goods", "轿车、商务车、中巴连司机", "transport")],
            any_cause=True),
    sponsor("s45", MER, "暖窝家纺", "尖草坪区", "床上用品、家纺",
            "开家纺店十年了。每年入冬，社区的人来买棉被，说是给低保户、孤寡老人送的，我就想，干脆我自己也送。",
            [offer("goods", "棉被、褥子、床单", "goods:bedding")],
            causes=("poor", "elderly")),
    sponsor("s46", MER, "一木工坊", "万柏林区", "手工木作、定制小家具",
            "开木工坊的。",
            [offer("goods", "小书架、小板凳", "goods:furniture")],
            any_cause=True),
    # Individuals
    sponsor("s47", IND, "王建国", "杏花岭区", "退休电工",
            "我是厂里的老电工，退休八年了。住的是八十年代的老楼，楼里老人多，电线老化，插座一碰就冒火星。"
            "闲着也是闲着，楼里街坊谁家要换灯、查线路，叫我。",
            [offer("skill", "换灯、查线路、修插座", "skill:electric")],
            causes=("elderly", "community")),
    sponsor("s48", IND, "郝建军", "清徐县", "个体货车司机",
            "我是开货车的，常年跑长途。我小时候爹妈都在外面打工，跟着奶奶在村里长大，一年见不上爸妈两回。"
            "现在有了车，想帮帮跟我小时候一样的娃娃，拉东西、接送都行。",
            [offer("goods", "一台货车，我自己开", "transport")],
            causes=("children",)),
    sponsor("s49", IND, "刘小东", "尖草坪区", "面包车拉货",
            "开面包车拉货的。",
            [offer("goods", "面包车，我开", "transport")],
            any_cause=True),
    sponsor("s50", IND, "赵小龙", "迎泽区", "小区保安",
            "我在小区当保安，上夜班。去年小区一个老太太被冒充公安的骗了八万块，转账的时候我就在旁边，没拦住。"
            "这事我一直过不去，想去社区给老人讲讲那些骗局，晚上也能参加巡逻。",
            [offer("skill", "给老人讲骗子的套路", "skill:antifraud"),
             offer("volunteers", "夜间巡逻", "people")],
            causes=("elderly", "safety")),
    sponsor("s51", IND, "陈悦", "万柏林区", "室内设计师",
            "我是做室内设计的。我妹妹生下来就是脆骨病，一直坐轮椅，我才知道一个普通的家对她处处是坎："
            "门太窄、灶台太高、厕所转不开身。想给有这种难处的家庭免费出改造方案，盯着施工。",
            [offer("skill", "无障碍改造设计、盯施工", "skill:build")],
            causes=("disabled",)),
    sponsor("s52", IND, "张二虎", "阳曲县", "泥瓦匠",
            "我是泥瓦匠，住在阳曲县城边上，只在阳曲本地干，远了去不了。村里的老人房子漏雨、院墙塌了，叫我一声，"
            "工钱不要，材料他们出不起，我也想办法。",
            [offer("skill", "砌墙、补房顶、抹灰", "skill:build")],
            causes=("elderly",), own_only=True),
    sponsor("s53", IND, "李亚鹏", "万柏林区", "快递员",
            "我是送快递的，干了五年。冬天最难的不是冷，是一整天找不到个地方喝口热水、上个厕所。"
            "休息的时候，愿意给跟我一样在外面跑的人帮忙，摆个驿站、发个热水都行。",
            [offer("volunteers", "休息日做志愿者", "people")],
            causes=("workers",)),
    sponsor("s54", IND, "白守仁", "娄烦县", "退休家电维修工",
            "我在娄烦县城修了一辈子电器，现在退休了。村里的老人电视看不了、电饭锅不热了就放着，等儿女过年回来。"
            "我骑个电动车下乡，给他们修，不要钱。",
            [offer("skill", "修电视、电饭锅、小家电", "skill:repair")],
            causes=("elderly",)),
    sponsor("s55", IND, "任福生", "古交市", "挖掘机司机",
            "开挖掘机的。",
            [offer("goods", "一台挖掘机，连人带机", "goods:machinery")],
            any_cause=True),
    sponsor("s56", IND, "刘桂兰", "晋源区", "保洁员",
            "我是做保洁的，一个人把儿子带大。那些年最难的时候，社区的大姐们帮过我。现在儿子大学毕业了，"
            "我想帮帮那些一个人带孩子的妈妈，帮她们看看孩子、收拾收拾屋子。",
            [offer("volunteers", "看孩子、收拾屋子", "people")],
            causes=("women", "children")),
    sponsor("s57", IND, "张卫东", "尖草坪区", "建筑工地安全员",
            "我是工地上的安全员，管安全帽、管脚手架、管每周的安全教育。工地上的农民工大多五十多岁，"
            "出了事连急救电话都说不清地址。想去各个工地给工友们搞应急演练，自己掏钱买一批安全帽、反光背心送他们。",
            [offer("skill", "工地应急演练", "skill:drill"),
             offer("goods", "安全帽、反光背心", "goods:safety")],
            causes=("migrant", "workers")),
    sponsor("s58", IND, "李红梅", "迎泽区", "出租车司机",
            "我开出租十二年。当年我临产，半夜打不着车，是邻居骑三轮把我送到医院的。现在晚上碰上孕妇、"
            "抱着孩子看急病的，我都不收钱。这样的人要用车，我随叫随到。",
            [offer("goods", "出租车，我开", "transport")],
            causes=("women", "children")),
    sponsor("s59", IND, "郭满仓", "晋源区", "老木匠",
            "老木匠，修过晋祠的廊子。",
            [offer("skill", "修古建的木构件", "skill:restore")],
            any_cause=True),
    sponsor("s60", IND, "王磊", "小店区", "装修短视频博主",
            "我是拍装修视频的，账号有三十多万粉丝。当年自己装修，包工头卷了钱跑了，报警、打官司折腾了一年。"
            "想用视频帮大家认清装修里的坑；谁的公益项目要拍片子宣传，我也愿意拍。",
            [offer("skill", "拍短视频、账号宣传", "skill:media")],
            causes=("safety",), any_cause=True),
]
