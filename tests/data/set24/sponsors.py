"""The sponsors of evaluation set 24, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md). This set's sponsors lean to retired people and veterans as givers.
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
    sponsor("s01", ENT, "山西铁军保安服务有限公司", "杏花岭区", "保安服务、小区巡逻、安防培训",
            "我们公司是几个退伍兵凑起来办的，一百多个保安大半当过兵，天天在小区门口站岗、夜里巡逻。"
            "站岗站久了，看见最多的是上门推销保健品、冒充社保局打电话骗老人钱的。"
            "愿意抽队员晚上帮社区巡逻，再给老人们讲讲骗子都是怎么下套的。",
            [offer("volunteers", "退伍保安队员夜间协助巡逻", "people"),
             offer("skill", "防骗防盗讲座、巡逻值守经验", "skill:antifraud")],
            causes=("safety", "elderly")),
    sponsor("s02", ENT, "山西戎创人力资源服务有限公司", "万柏林区", "职业介绍、技能培训、退役军人就业",
            "我们是做职业介绍的，创办人是转业干部，起先专给退伍兵找工作，后来来的多是从村里进城打工的。"
            "很多人连简历都不会写，被黑中介骗过押金。愿意给进城打工的人免费做就业指导和岗位推荐。",
            [offer("skill", "就业指导、简历辅导、岗位推荐", "skill:job")],
            causes=("migrant", "workers")),
    sponsor("s03", ENT, "古交市西山职工康复医院有限公司", "古交市", "呼吸内科、尘肺病康复、职业病体检",
            "我们医院在古交，病人一半是矿上下来的老工人，喘不上气，走几步就得歇。"
            "医生护士愿意下矿区、下村给矿工和家属看看肺、教教呼吸操。",
            [offer("skill", "呼吸科医生义诊、肺功能检查", "skill:medical"),
             offer("skill", "呼吸康复训练指导", "skill:rehab")],
            causes=("workers", "health")),
    sponsor("s04", ENT, "太原夕阳红老年教育培训学校有限公司", "迎泽区", "老年教育、书画声乐课程",
            "我们办的是老年学校，学员平均六十八岁，学书法、唱歌、用智能手机。"
            "白天教室排得满，晚上和周末空着。社区要给老人上课，可以来借我们的教室，老师也能去讲手机课。",
            [offer("venue", "教室两间（每间四十座）", "venue:classroom"),
             offer("skill", "老年人智能手机使用课", "skill:it")],
            causes=("elderly",)),
    sponsor("s05", ENT, "晋阳老工程师建筑技术咨询有限公司", "小店区", "房屋安全鉴定、结构咨询",
            "公司里都是从设计院、建筑公司退下来的老工程师，干了一辈子房子。"
            "老旧小区的楼、困难人家的平房，墙裂了不知道危险不危险，我们愿意免费去看、出主意。",
            [offer("skill", "房屋安全查勘、维修方案", "skill:build")],
            causes=("community", "poor")),
    sponsor("s06", ENT, "太原军嫂之家家政服务有限公司", "尖草坪区", "家政保洁、月嫂、居家照护",
            "我们公司的阿姨多是随军家属，丈夫在部队或者刚转业。每天上门打扫、做饭、照看老人。"
            "想给家里有残疾人、老人卧床的困难户免费上门打扫、陪护。",
            [offer("volunteers", "家政员上门打扫、陪护", "people"),
             offer("skill", "居家照护、卧床老人护理", "skill:nursing")],
            causes=("disabled", "elderly", "poor")),
    sponsor("s07", ENT, "清徐县东湖老坊醋业有限公司", "清徐县", "食醋酿造、老陈醋",
            "我们是酿醋的，厂子是我父亲从一个醋坊干起来的，他七十多了退下来还天天来车间转。"
            "醋家家都用得着，谁办公益要醋，打个电话就送过去。",
            [offer("goods", "老陈醋（箱）", "goods:food")],
            any_cause=True),
    sponsor("s08", ENT, "山西钢城印务有限公司", "尖草坪区", "印刷、宣传品制作",
            "我是太钢轧钢厂退下来的，退休后跟儿子开了这家印刷厂，印画册、传单、横幅。"
            "厂里的老伙计好多是职业病、欠薪的事吃了亏才明白，想帮着印些讲工人权益、安全生产的宣传材料。",
            [offer("goods", "宣传册、传单、横幅印制", "print")],
            causes=("workers",)),
    sponsor("s09", ENT, "太原颐和老年公寓有限公司", "晋源区", "养老机构、护理",
            "我们是开养老院的，住着八十多位老人，护理员是专业的。"
            "院里有个一百多平的活动厅，附近社区给老人办活动可以用；护理员也能去给居家的老人上门护理。",
            [offer("venue", "活动厅（一百二十平米）", "venue:hall"),
             offer("skill", "护理员上门护理", "skill:nursing")],
            causes=("elderly",)),
    sponsor("s10", ENT, "山西兵哥物流有限公司", "小店区", "公路货运、城市配送",
            "退伍兵开的物流公司，二十辆厢货，司机都是老兵。"
            "哪儿有灾、哪儿搬东西缺车，打个招呼，车和司机一块儿出。",
            [offer("goods", "厢式货车及司机", "transport")],
            causes=("firstaid",), any_cause=True),
    sponsor("s11", ENT, "太原松鹤餐饮管理有限公司", "迎泽区", "机关食堂承包、团餐配送",
            "我们原来承包老干部局的食堂，现在给几个单位做团餐。"
            "老人一个人在家做饭难，很多天天凑合。愿意每天多做几十份软烂少盐的饭，送给社区里独居、高龄的老人。",
            [offer("goods", "老年营养餐（份）", "goods:meal")],
            causes=("elderly",)),
    sponsor("s12", ENT, "阳曲县老兵农牧专业合作社", "阳曲县", "肉羊养殖、饲草种植",
            "合作社是我们几个退伍回村的老兵办的，养了六百多只羊。我们只管阳曲县里的事："
            "县里哪个村的困难户想养羊，我们教，也送羊肉给村里的困难人家。",
            [offer("goods", "羊肉", "goods:food"),
             offer("skill", "养羊技术、防疫指导", "skill:vet")],
            causes=("rural", "poor"), own_only=True),
    sponsor("s13", ENT, "太原银龄智能科技有限公司", "万柏林区", "智能呼叫器、居家安防设备",
            "公司是太重退休的两个工程师和他们的徒弟办的，做一键呼叫器、门磁报警。"
            "老人一个人摔在家里没人知道的事听得太多了，愿意给独居老人家里装上，也能出点钱。",
            [offer("goods", "一键呼叫器、门磁报警器", "goods:security"),
             offer("money", "资助资金", "money")],
            causes=("elderly",)),
    sponsor("s14", ENT, "山西老战友文化传媒有限公司", "迎泽区", "纪录片拍摄、新媒体运营",
            "我们是拍片子的，几个合伙人都当过兵。这几年一直在拍老兵、老党员口述历史。"
            "愿意帮着拍红色故事、老党员的事迹，做成短视频往外推。",
            [offer("skill", "短视频拍摄剪辑、公众号推广", "skill:media"),
             offer("skill", "活动摄影", "skill:photo")],
            causes=("party", "culture")),
    sponsor("s15", ENT, "娄烦县汾源老党员农家乐有限公司", "娄烦县", "农家乐、乡村民宿",
            "我们是开农家乐的，老板是村里的老支书，退下来以后把老院子改成了民宿。"
            "想让村里的山货有人来买、有人来玩，乡亲们能多挣几个钱。村里办活动，饭我们管。",
            [offer("goods", "农家饭（桌）", "goods:meal"),
             offer("venue", "院子和大厅", "venue:hall")],
            causes=("rural", "tourism")),
    # Social organisations
    sponsor("s16", ORG, "太原市小店区退役军人协会", "小店区", "退役军人联谊、国防教育",
            "协会有四百多名会员，从抗美援朝的老兵到刚退伍的小伙子都有。"
            "老兵们最想做的是给学生讲讲国防、教教队列，遇上抢险救灾也能拉起一支队伍。",
            [offer("volunteers", "退役军人志愿者", "people"),
             offer("skill", "国防教育课、军训队列", "skill:teaching")],
            causes=("education", "youth", "firstaid")),
    sponsor("s17", ORG, "太原市老年大学金秋合唱团", "迎泽区", "合唱",
            "我们合唱团六十多人，最大的八十一岁，每周二、四排练。"
            "唱了十几年，最愿意去的是养老院和社区，给那些出不了门的老人唱唱老歌。",
            [offer("skill", "合唱演出", "skill:perform")],
            causes=("elderly", "community")),
    sponsor("s18", ORG, "太原晋阳老干部书画研究会", "杏花岭区", "书法、国画",
            "会员都是退休的老干部，写字画画几十年。每年腊月去街上写春联。"
            "想把毛笔字教给孩子们，现在的孩子连钢笔都不太拿了。",
            [offer("skill", "书法教学、现场写春联", "skill:art")],
            causes=("culture", "children")),
    sponsor("s19", ORG, "太原市晋剧票友协会", "杏花岭区", "晋剧、戏曲演出",
            "我们是一群唱晋剧的票友，多是工厂、机关退下来的。行头自己置办的，锣鼓家伙也全。"
            "想把戏送到村里去，村里老人爱看戏，可好些年没戏班子去了。",
            [offer("skill", "晋剧折子戏演出", "skill:perform"),
             offer("goods", "戏服、头面借用", "goods:costume")],
            causes=("culture", "rural")),
    sponsor("s20", ORG, "太原市万柏林区关心下一代工作委员会", "万柏林区", "离退休老同志关心青少年",
            "我们是退下来的老校长、老干部、老民警，一起管管孩子们的事。"
            "看见爹妈在外打工的孩子放学没人管、沉迷手机，心里着急。愿意给孩子们辅导功课、谈谈心。",
            [offer("skill", "课业辅导", "skill:teaching"),
             offer("skill", "老同志谈心、心理疏导", "skill:psych")],
            causes=("children", "youth")),
    sponsor("s21", ORG, "太原市老科技工作者协会", "杏花岭区", "科普讲座、技术咨询",
            "会员是退休的科研人员、教授、高工，搞气象的、搞地质的、搞机械的都有。"
            "愿意去中小学、社区做科普，讲讲天气、地震、机器人。",
            [offer("skill", "科普讲座、科学实验演示", "skill:science")],
            causes=("science", "education")),
    sponsor("s22", ORG, "古交市老矿工联谊会", "古交市", "退休矿工联谊",
            "我们都是古交矿上退下来的，下了三十年井。只在古交本地做事，外面的顾不上。"
            "瓦斯、煤气这些东西我们最清楚，愿意去矿区小区挨家讲煤气怎么防，帮着巡查。",
            [offer("volunteers", "老矿工巡查志愿者", "people"),
             offer("skill", "燃气、煤气安全宣讲", "skill:fire")],
            causes=("workers", "safety"), own_only=True),
    sponsor("s23", ORG, "晋源区红心老党员志愿服务队", "晋源区", "老党员志愿服务",
            "队里五十多个老党员，平均七十岁。每天给辖区的空巢老人打个电话问问，也能出人帮社区干活。",
            [offer("volunteers", "老党员志愿者", "people"),
             offer("skill", "电话问候空巢老人", "skill:phone")],
            causes=("party", "community", "elderly")),
    sponsor("s24", ORG, "太原市军休所老战士宣讲团", "万柏林区", "红色宣讲",
            "宣讲团都是军队离休、退休的老同志，参加过对越作战的就有六个。"
            "愿意到学校、到纪念馆给年轻人讲讲那段历史。",
            [offer("skill", "红色历史宣讲、讲解", "skill:guide")],
            causes=("party", "education", "youth")),
    sponsor("s25", ORG, "清徐县退休教师协会", "清徐县", "退休教师联谊",
            "协会有三百多名退休老师，语数外理化都有人。我们就在清徐本县活动，"
            "县里哪个学校、哪个村缺老师给孩子补课，我们去。",
            [offer("skill", "退休教师义务辅导", "skill:teaching")],
            causes=("children", "education"), own_only=True),
    sponsor("s26", ORG, "太原太钢退休职工摄影协会", "尖草坪区", "摄影",
            "我们是一群拿相机的太钢老职工，长枪短炮都有。哪儿办活动需要拍照，叫一声就到。",
            [offer("skill", "活动拍摄", "skill:photo")],
            any_cause=True),
    sponsor("s27", ORG, "小店区银发风采模特队", "小店区", "老年模特、形体",
            "队里三十个阿姨，退休前是纺织女工、老师、护士。走了八年台步，腰板都直了。"
            "想带更多闷在家里的老姐妹出来活动活动，也愿意上台给大家表演。",
            [offer("skill", "模特走秀表演、形体教学", "skill:modelling")],
            causes=("elderly", "women")),
    sponsor("s28", ORG, "尖草坪区老兵应急救援队", "尖草坪区", "应急救援、急救培训",
            "队员大多在部队干过工兵、卫生兵，有红十字救护员证。平时教人心肺复苏，汛期上堤。",
            [offer("skill", "急救培训、救援演练", "skill:firstaid"),
             offer("volunteers", "救援队员", "people")],
            causes=("firstaid",)),
    sponsor("s29", ORG, "阳曲县老年人体育协会", "阳曲县", "门球、太极拳、健身气功",
            "县里老人打门球、练太极的有好几百。我们愿意下村教老人们练练，身子骨活动开了少生病。",
            [offer("skill", "太极拳、健身气功教练", "skill:fitness")],
            causes=("sport", "elderly")),
    # Caring merchants
    sponsor("s30", MER, "老兵牛肉面馆", "小店区", "面馆",
            "我是侦察兵退伍的，开了个牛肉面馆。早上五点开门，来吃面的多是扫马路的、送外卖的。"
            "环卫工来吃面不要钱，冬天店里热水随便接，进来暖和暖和。",
            [offer("goods", "牛肉面（碗）", "goods:meal"),
             offer("venue", "店里歇脚、接热水", "venue:station")],
            causes=("workers",)),
    sponsor("s31", MER, "老周钟表修理", "杏花岭区", "钟表修理",
            "修钟表的。",
            [offer("skill", "修钟表", "skill:repair")],
            any_cause=True),
    sponsor("s32", MER, "军嫂裁缝铺", "万柏林区", "裁缝、改衣",
            "我是随军家属，丈夫转业回太原后开了这个裁缝铺，改裤脚、换拉链、做窗帘。"
            "楼上楼下的老人衣服大了小了都来找我，愿意给老人们免费改衣服、缝缝补补。",
            [offer("skill", "改衣、缝补", "skill:sewing")],
            causes=("elderly",)),
    sponsor("s33", MER, "老李理发店", "古交市", "理发",
            "我在矿上理了三十年发，退休后在家门口开了个小店。只在古交这一片，远了去不了。"
            "腿脚不好出不了门的老人、残疾人，我上门给理。",
            [offer("skill", "上门理发", "skill:haircut")],
            causes=("elderly", "disabled"), own_only=True),
    sponsor("s34", MER, "晋韵琴行", "迎泽区", "乐器销售、钢琴调律",
            "琴行是我退休后开的，我在师范教了三十年音乐。店里能调琴、修琴，也教孩子弹。"
            "想给学校里没钱学琴的孩子上上课，学校的旧琴也能帮着调一调。",
            [offer("skill", "器乐教学", "skill:music"),
             offer("skill", "钢琴调律维修", "skill:tuning")],
            causes=("children", "education")),
    sponsor("s35", MER, "娄烦县老兵便民超市", "娄烦县", "日用百货、粮油",
            "我退伍回了娄烦，开了个超市卖米面油和日用品。我只管娄烦县里的，"
            "村里的困难户、孤寡老人，需要米面油、洗衣粉，我送过去。",
            [offer("goods", "米面油", "goods:food"),
             offer("goods", "洗衣粉、香皂、毛巾", "goods:daily")],
            causes=("poor", "elderly"), own_only=True),
    sponsor("s36", MER, "墨香斋装裱店", "迎泽区", "字画装裱",
            "装裱字画的。",
            [offer("skill", "字画装裱", "skill:art")],
            any_cause=True),
    sponsor("s37", MER, "老兵汽修厂", "晋源区", "汽车维修保养",
            "我是汽车兵出身，修了二十年车。常来修车的出租车、公交司机不少是老战友。"
            "愿意给跑客运的司机免费检查车况，顺带讲讲怎么开车更安全。",
            [offer("skill", "车辆检修", "skill:carrepair")],
            causes=("transit", "traffic")),
    sponsor("s38", MER, "银发照相馆", "杏花岭区", "照相、证件照",
            "给老人拍照的照相馆。",
            [offer("skill", "老人肖像照、全家福拍摄", "skill:photo")],
            causes=("elderly",)),
    sponsor("s39", MER, "老战友茶馆", "迎泽区", "茶馆",
            "茶馆是我和两个老战友开的，白天多是离退休的老同志来喝茶下棋。"
            "楼上的包间空着的时候，老党员们过组织生活、社区老人开个会，都能来用，茶水管够。",
            [offer("venue", "茶馆包间（三十人）", "venue:hall"),
             offer("goods", "茶水", "goods:water")],
            causes=("party", "elderly")),
    sponsor("s40", MER, "一品豆腐坊", "尖草坪区", "豆腐、豆制品",
            "做豆腐的。",
            [offer("goods", "豆腐、豆腐干", "goods:food")],
            any_cause=True),
    sponsor("s41", MER, "军旅户外用品店", "尖草坪区", "户外装备、帐篷、救生器材",
            "店是我退伍后开的，卖帐篷、睡袋、救生衣、登山绳。我知道出事的时候装备有多要紧。"
            "愿意给救援队、防汛的队伍送些装备。",
            [offer("goods", "帐篷、睡袋", "goods:tents"),
             offer("goods", "救生衣、救援绳", "goods:rescue")],
            causes=("firstaid",)),
    sponsor("s42", MER, "老电工五金水暖店", "晋源区", "五金、水暖、电料",
            "我在太原一电厂当了一辈子电工，退休后开了这个五金店。"
            "老街坊家里电线老化、灯不亮、水管漏了，找我就行。困难的老人家，料我出，活我干。",
            [offer("goods", "电线、灯具、水管配件", "goods:build"),
             offer("skill", "电路检修", "skill:electric")],
            causes=("elderly", "poor")),
    sponsor("s43", MER, "晋源区康乐文体用品店", "晋源区", "体育用品、广场舞音响",
            "我们是卖体育用品的，门球、乒乓球、广场舞音响都卖。老顾客多是退休的。"
            "想给老年人健身队送些器材和音响。",
            [offer("goods", "门球、乒乓球拍、健身器材", "goods:sports"),
             offer("goods", "广场舞音响", "goods:stage")],
            causes=("elderly", "sport")),
    sponsor("s44", MER, "万柏林区矿工劳保用品店", "万柏林区", "劳保用品",
            "我是西山矿退休的，开了个劳保店，卖手套、安全帽、反光背心、雨衣。"
            "在井下见过太多没戴好护具出事的，愿意给干苦活的工人送劳保用品。",
            [offer("goods", "手套、安全帽、反光背心", "goods:safety")],
            causes=("workers", "safety")),
    sponsor("s45", MER, "老刘修车铺", "小店区", "自行车修理",
            "修自行车四十年。",
            [offer("skill", "修自行车、电动车", "skill:bike")],
            any_cause=True),
    sponsor("s46", MER, "清徐县老兵葡萄园", "清徐县", "葡萄种植、采摘",
            "我是马峪乡人，当兵回来种了二十亩葡萄。村里好多孩子爹妈在外打工，跟着爷爷奶奶过。"
            "葡萄下来的时候，想给这些孩子和村里的困难老人送几箱。",
            [offer("goods", "葡萄（箱）", "goods:food")],
            causes=("children", "rural", "elderly")),
    # Individuals
    sponsor("s47", IND, "王秀兰", "小店区", "退休小学语文教师",
            "我是小学语文老师，教了三十五年书，去年退休。我自己小时候爹妈在外地，是跟着姥姥长大的，"
            "知道那种放学没人问作业的滋味。",
            [offer("skill", "语文辅导、作文课、讲故事", "skill:teaching")],
            causes=("children",)),
    sponsor("s48", IND, "赵长水", "万柏林区", "西山矿务局退休采煤工",
            "我下了二十八年井。我的师傅、好几个一块儿下井的工友都是尘肺走的，最后那几年躺在床上喘不上气。"
            "我退休金不多，每年拿出一些。",
            [offer("money", "个人捐款", "money")],
            causes=("workers", "health")),
    sponsor("s49", IND, "孙建国", "尖草坪区", "太钢退休焊工",
            "我是太钢的老焊工，干了三十七年电焊。街坊谁家铁门坏了、护栏断了，都找我。"
            "愿意给院里的孤寡老人、困难人家焊焊补补，不收钱。",
            [offer("skill", "电焊、铁艺修补", "skill:weld")],
            causes=("elderly", "poor")),
    sponsor("s50", IND, "刘卫东", "杏花岭区", "退役军人、曾任部队驾驶员",
            "我在部队开了十二年车，现在自己有辆七座车，平时在家闲着。"
            "楼里的老人、坐轮椅的邻居去医院看病打车难，我可以开车接送。",
            [offer("goods", "七座私家车及本人驾驶", "transport")],
            causes=("elderly", "disabled", "health")),
    sponsor("s51", IND, "郭振华", "晋源区", "退休心内科主任医师",
            "我在省城医院看了一辈子心脏病。我娘在村里犯了心梗，送到县医院已经晚了，"
            "那年我四十岁，是主任了，救不了自己的娘。",
            [offer("skill", "心内科义诊、健康讲座", "skill:medical")],
            causes=("rural", "health")),
    sponsor("s52", IND, "马志强", "万柏林区", "太重退休高级工程师",
            "我是搞起重机设计的，退休后在家做各种小模型。孙子的同学来家里看，眼睛都亮了。"
            "想给孩子们讲讲机器是怎么动起来的。",
            [offer("skill", "机械原理科普、模型制作", "skill:science")],
            causes=("children", "science")),
    sponsor("s53", IND, "韩德明", "迎泽区", "退休法官",
            "退休法官，能帮人看看官司。",
            [offer("skill", "法律咨询", "skill:legal")],
            causes=("legal",)),
    sponsor("s54", IND, "李淑珍", "晋源区", "退休社保经办员",
            "我在区社保中心干了二十六年，养老金怎么算、医保怎么报、低保怎么申请，闭着眼都知道。"
            "老人们被这些事难住、跑好几趟的，我愿意帮着问、帮着办。",
            [offer("skill", "养老保险、医保、低保政策咨询代办", "skill:welfare")],
            causes=("elderly", "poor")),
    sponsor("s55", IND, "周晓燕", "杏花岭区", "企业职员，离休干部家属",
            "我父亲是离休干部，七十八岁那年开始记不住事，走丢过两次，一次是在公交车上被司机送回来的。"
            "现在他在家由我照顾，周末我能出来半天。",
            [offer("volunteers", "周末半天志愿服务", "people")],
            causes=("elderly", "health")),
    sponsor("s56", IND, "高建军", "阳曲县", "退役军人、武术教练",
            "我在部队是侦察兵，练了十几年擒敌拳。退伍后回县里开了个武术班。"
            "想教村里的半大孩子练练拳，强身健体，别整天抱着手机。",
            [offer("skill", "军体拳、武术教学", "skill:fitness")],
            causes=("youth", "children", "sport")),
    sponsor("s57", IND, "陈桂芳", "迎泽区", "退休护士",
            "退休护士，能量血压换药。",
            [offer("skill", "量血压、换药", "skill:nursing")],
            any_cause=True),
    sponsor("s58", IND, "吴振声", "小店区", "退休电台播音员",
            "我在电台播了三十年新闻。有一回在盲人按摩店，师傅说他们看不了电影，只能听。"
            "我想给盲人朋友讲电影、读书。",
            [offer("skill", "电影讲述、朗读", "skill:host")],
            causes=("disabled", "culture")),
    sponsor("s59", IND, "杨二虎", "清徐县", "退休食堂厨师",
            "我在县机关食堂掌了二十年勺。村里的互助幸福院开了老年饭桌，厨子请不起，"
            "我可以去给老人们做饭，顺带教教做饭的怎么做软和的。",
            [offer("skill", "做饭、教厨", "skill:cooking")],
            causes=("elderly", "rural")),
    sponsor("s60", IND, "张国庆", "阳曲县", "退休电影放映员",
            "我在县电影公司放了三十年电影，那会儿背着放映机走村串户。现在机器还在，片子也有，"
            "想给村里老人孩子放放电影。",
            [offer("skill", "露天电影放映", "skill:film")],
            causes=("rural", "elderly", "children")),
]
