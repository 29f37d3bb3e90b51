"""The sponsors of evaluation set 23, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md). This set's sponsors lean to food and drink, from field to table.
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
    sponsor("s01", ENT, "山西清源老醋坊酿造有限公司", "清徐县", "老陈醋酿造、醋饮品、醋文化展馆",
            "我们是酿老陈醋的，作坊从爷爷那辈传下来，现在厂里还按老法子蒸、酵、熏、淋、晒。"
            "周边村里还有不少困难户和没人照看的老人，逢年过节想给他们送些醋和小米。"
            "厂里有个醋文化展厅，学校带孩子来看看醋是怎么酿出来的，我们管讲解。",
            [offer("goods", "老陈醋、熏醋礼盒", "goods:food"),
             offer("venue", "醋文化展厅（可坐八十人）", "venue:hall")],
            causes=("poor", "elderly", "education")),
    sponsor("s02", ENT, "太原晋丰面粉有限公司", "小店区", "小麦收储、面粉加工",
            "我们是磨面粉的，一年加工小麦六万吨，面粉供太原大大小小的面馆。"
            "我们的装卸工、送货司机好多是从吕梁、忻州来的，知道在外打工不容易。"
            "愿意给环卫工、建筑工地上的农民工送面粉，也可以出点钱。",
            [offer("goods", "25公斤装面粉", "goods:food"),
             offer("money", "公益资金，每年五万元以内", "money")],
            causes=("workers", "migrant")),
    sponsor("s03", ENT, "太原市万和挂面厂", "万柏林区", "挂面、手擀面生产",
            "我们厂是做挂面的，干面放得住、不怕路远，哪儿需要就给哪儿。",
            [offer("goods", "挂面，每箱10公斤", "goods:food")],
            any_cause=True),
    sponsor("s04", ENT, "山西牧歌乳业有限公司", "尖草坪区", "鲜奶、酸奶生产，奶牛养殖",
            "我们是做鲜奶和酸奶的，牧场在阳曲，加工厂在尖草坪。老板小时候在村里上学，一年也喝不上几回奶。"
            "现在想让山里学校的孩子每天能喝上一盒奶，城里困难家庭的孩子也一样。",
            [offer("goods", "纯牛奶、酸奶（需冷藏）", "goods:water", "goods:food")],
            causes=("children", "education", "poor")),
    sponsor("s05", ENT, "太原晋源丰泽肉食品有限公司", "晋源区", "生猪屠宰、冷鲜肉、灌肠熟食",
            "我们是做冷鲜肉和灌肠的，太原不少超市的肉都是我们送的。每年过年前都想给低保户、困难家庭送点肉。"
            "公司有六辆冷藏车，平时跑完货有空档，谁家要拉东西也能派车派司机。",
            [offer("goods", "冷鲜猪肉、灌肠", "goods:food"),
             offer("goods", "冷藏车带司机", "transport")],
            causes=("poor",)),
    sponsor("s06", ENT, "山西食安鲜团餐管理有限公司", "小店区", "团餐、单位食堂托管、学校配餐",
            "我们是做团餐的，托管着二十多家工厂和学校的食堂，每天出一万多份饭。"
            "看到社区里的老人一个人做饭凑合，想给老年助餐点送饭，也可以派厨师去社区食堂掌勺。",
            [offer("goods", "盒饭、营养套餐", "goods:meal"),
             offer("skill", "厨师、面点师", "skill:cooking")],
            causes=("elderly",)),
    sponsor("s07", ENT, "太原美佳乐连锁超市有限公司", "杏花岭区", "连锁超市，三十二家门店",
            "我们是开超市的，门店早上七点开门。天冷的时候总看见扫马路的师傅在门口搓手，"
            "想在门店里留个角落，让环卫工、外卖小哥进来喝口热水、充个电。"
            "也愿意给社区困难户送米面油和日用品。",
            [offer("venue", "门店休息角（热水、充电）", "venue:station"),
             offer("goods", "米面油", "goods:food"),
             offer("goods", "洗衣液、纸巾、毛巾等日用品", "goods:daily")],
            causes=("workers", "poor")),
    sponsor("s08", ENT, "太原双塔农贸市场管理有限公司", "迎泽区", "农贸市场经营管理",
            "我们管着一个农贸市场，三百多个摊位，早上买菜的多是周边的老街坊。"
            "市场门口有一块一千多平米的空场，下午三点以后就空了，街坊们办个活动、搞个义诊都可以用。",
            [offer("venue", "市场门口空场（下午、晚上可用）", "venue:outdoor")],
            causes=("community",)),
    sponsor("s09", ENT, "山西谱正食品检测技术有限公司", "万柏林区", "食品、农产品检测，第三方实验室",
            "我们是做食品检测的，一天要测几百个样，农药残留、添加剂、微生物都测。"
            "老人最容易信那些“包治百病”的保健食品，学生爱买校门口的辣条。"
            "我们的检测员可以到社区和学校讲食品安全，现场做快检给大家看。",
            [offer("skill", "食品安全科普、快检演示", "skill:science")],
            causes=("elderly", "education", "science")),
    sponsor("s10", ENT, "太原麦香园烘焙食品有限公司", "小店区", "面包、蛋糕连锁，十四家门店",
            "我们是做面包蛋糕的。每个月都有福利院和学校的老师来订蛋糕，说是给没人过生日的孩子过生日。"
            "以后这样的蛋糕我们包了，也可以让烘焙师傅去教孩子们做小点心。",
            [offer("goods", "生日蛋糕、面包", "goods:meal"),
             offer("skill", "烘焙师傅教做点心", "skill:cooking")],
            causes=("children",)),
    sponsor("s11", ENT, "阳曲清泉饮用水有限公司", "阳曲县", "桶装水、瓶装矿泉水",
            "我们是做桶装水和瓶装水的，水源在阳曲的山里。谁办公益活动要水，说一声就给送，"
            "夏天在太阳底下干活的环卫工更要多送。",
            [offer("goods", "瓶装矿泉水、桶装水", "goods:water")],
            causes=("workers",), any_cause=True),
    sponsor("s12", ENT, "娄烦县汾源薯业有限公司", "娄烦县", "马铃薯收购、粉条粉皮加工",
            "我们是收土豆做粉条的，厂子在娄烦，收的是周边几十个村的土豆。"
            "村里种土豆的多是老人，不会在网上卖，价钱全凭贩子说。想帮乡亲们把土豆、粉条卖出去，"
            "也帮村里的贫困户。我们有人会直播带货，也有懂种薯的技术员。",
            [offer("goods", "粉条、土豆", "goods:food"),
             offer("skill", "直播带货、网店", "skill:ecommerce"),
             offer("skill", "种薯、病虫害技术指导", "skill:agri")],
            causes=("rural", "poor")),
    sponsor("s13", ENT, "太原鲜到家生鲜配送有限公司", "小店区", "同城生鲜配送、冷链运输",
            "我们是做同城生鲜配送的，有二十多辆冷链车。车有空的时候，谁搞公益要拉东西都行。",
            [offer("goods", "冷链车带司机", "transport")],
            any_cause=True),
    sponsor("s14", ENT, "清徐马峪葡萄酒庄有限公司", "清徐县", "葡萄种植、葡萄酒、葡萄汁",
            "我们在清徐马峪种葡萄、酿酒，葡萄园有三百亩。每年采摘季来的人很多，"
            "想把家乡的乡村旅游做起来，让游客来了有地方看、有东西买，村里人也多个进项。",
            [offer("venue", "葡萄园、酒庄广场", "venue:outdoor"),
             offer("goods", "葡萄汁", "goods:water")],
            causes=("tourism", "rural")),
    sponsor("s15", ENT, "太原福满门速冻食品有限公司", "尖草坪区", "速冻水饺、汤圆、包子",
            "我们是做速冻水饺、汤圆的。冬至、过年的时候想给独居老人和残疾人家里送饺子，"
            "他们自己包不动了。",
            [offer("goods", "速冻水饺、汤圆", "goods:food")],
            causes=("elderly", "disabled")),
    # Social organisations
    sponsor("s16", ORG, "太原市烹饪协会", "迎泽区", "行业协会，会员多为饭店厨师",
            "我们协会的会员都是饭店大厨和面点师。想教下了岗的女同志、腿脚不便的残疾人学门厨艺，"
            "学会了能进饭店后厨，也能自己摆个摊。",
            [offer("skill", "厨艺、面点培训", "skill:cooking")],
            causes=("women", "disabled")),
    sponsor("s17", ORG, "太原市营养学会", "杏花岭区", "学术团体，会员为营养师、医生",
            "我们学会的会员是医院营养科、疾控和学校的营养师。门诊里见得最多的是高血压、糖尿病的老人，"
            "还有早饭不吃、光喝饮料的学生。愿意到社区和学校讲怎么吃。",
            [offer("skill", "营养讲座、膳食指导", "skill:nutrition")],
            causes=("health", "elderly", "education")),
    sponsor("s18", ORG, "太原市餐饮业商会", "小店区", "商会，会员为餐饮企业",
            "我们商会的会员是开饭店的老板。商会每年留一笔公益金，想用在农民工子女上学、"
            "环卫工过冬这些事上。",
            [offer("money", "商会公益金", "money")],
            causes=("migrant", "children", "workers")),
    sponsor("s19", ORG, "太原骑手之家志愿服务队", "小店区", "外卖、快递骑手组成的志愿队",
            "我们都是送外卖、送快递的，一天在街上跑十几个小时，哪栋楼住着一个人过的老人，我们心里有数，"
            "顺路敲个门看看不费事。电动车闯红灯有多悬，我们也最清楚，可以去给人讲。",
            [offer("volunteers", "骑手志愿者，顺路探访", "people"),
             offer("skill", "骑手讲电动车交通安全", "skill:traffic")],
            causes=("elderly", "traffic")),
    sponsor("s20", ORG, "清徐县醋文化研究会", "清徐县", "民间研究会，会员为老醋工、文史爱好者",
            "我们是一群老醋工和爱好文史的，专门研究清徐的醋是怎么来的，老作坊、老醋坊的故事都收着。"
            "只在清徐本地活动，外县的事顾不上。能给来清徐的人讲醋的历史，也能讲村里的老庙老院。",
            [offer("skill", "讲解醋文化、清徐历史", "skill:guide")],
            causes=("heritage", "culture"), own_only=True),
    sponsor("s21", ORG, "太原食物银行", "杏花岭区", "公益组织，回收临期食品分发",
            "我们是做食物银行的，从超市、面包店收还没过期但卖不出去的食品，分给需要的人。"
            "每个月能收到两三吨，主要送给低保户和没人照看的老人。也有一帮固定的志愿者帮着分拣、送货。",
            [offer("goods", "临期米面、饼干、罐头", "goods:food"),
             offer("goods", "当日面包", "goods:meal"),
             offer("volunteers", "分拣、送货志愿者", "people")],
            causes=("poor", "elderly")),
    sponsor("s22", ORG, "阳曲县绿源蔬菜种植专业合作社", "阳曲县", "大棚蔬菜种植，社员一百二十户",
            "我们是种大棚菜的合作社，西红柿、黄瓜、豆角都有。村里的五保户、困难户，我们每季都送菜。"
            "只管阳曲县里，远了送不过去。社里有农技员，会看大棚病虫害。",
            [offer("goods", "时令蔬菜", "goods:food"),
             offer("skill", "大棚种植技术", "skill:agri")],
            causes=("poor", "elderly", "rural"), own_only=True),
    sponsor("s23", ORG, "太原市面食文化协会", "迎泽区", "民间协会，会员为面点师、面食研究者",
            "我们是研究太原面食的，刀削面、剔尖、猫耳朵、揪片子，会员里有好几位老面点师。"
            "这些手艺年轻人不学就断了，想多办传承课，也让外地游客尝到正宗的。",
            [offer("skill", "面点师教做传统面食", "skill:cooking")],
            causes=("culture", "heritage", "tourism")),
    sponsor("s24", ORG, "古交市农家乐协会", "古交市", "农家乐经营户协会，会员四十户",
            "我们是古交山里开农家乐的，有吃有住。来古交办活动、搞培训的，吃住我们管，"
            "只在古交，出了古交就管不上了。想让更多城里人来山里玩，村里人日子好过些。",
            [offer("venue", "农家乐客房", "venue:lodging"),
             offer("goods", "农家饭", "goods:meal")],
            causes=("tourism", "rural"), own_only=True),
    sponsor("s25", ORG, "中北大学食品科学志愿者协会", "尖草坪区", "大学生志愿组织",
            "我们是学食品科学的大学生，实验课上做过的东西，换个法子给小朋友演示很好玩："
            "酸奶怎么发酵、糖怎么变成焦糖、碘水遇到淀粉变蓝。想去小学和社区给孩子们做。",
            [offer("skill", "食品科学小实验", "skill:science"),
             offer("volunteers", "大学生志愿者", "people")],
            causes=("children", "science")),
    sponsor("s26", ORG, "太原市茶文化研究会", "迎泽区", "民间研究会，会员为茶人、茶馆老板",
            "我们会员多是开茶馆、卖茶叶的。会里有间茶室，下午常空着，想请社区里的老人来喝茶、"
            "听听戏，也可以办传统文化的讲座。",
            [offer("venue", "茶室（可坐四十人）", "venue:hall"),
             offer("goods", "茶叶", "goods:water")],
            causes=("elderly", "culture")),
    sponsor("s27", ORG, "龙城热粥早餐志愿队", "小店区", "民间志愿队，队员多为早餐店主",
            "我们是一帮开早点铺的，冬天早上五点，扫马路的师傅已经干了一个钟头了。"
            "从三年前开始，每天给他们送一碗热粥、两个包子。人手一直不够。",
            [offer("goods", "热粥、包子", "goods:meal"),
             offer("volunteers", "早上送粥的志愿者", "people")],
            causes=("workers",)),
    sponsor("s28", ORG, "太原儿童食物过敏家长互助会", "杏花岭区", "家长互助组织",
            "我们的孩子有的对牛奶过敏，有的对花生、鸡蛋过敏，好几个孩子吃错一口就进了急救室。"
            "那时候我们什么都不懂，手忙脚乱。现在会里有医生家长，能教人认出过敏性休克、学会用肾上腺素笔，"
            "也能讲孩子过敏了该怎么吃。",
            [offer("skill", "过敏急救知识", "skill:firstaid"),
             offer("skill", "过敏儿童饮食指导", "skill:nutrition")],
            causes=("children", "health")),
    sponsor("s29", ORG, "晋源区巧媳妇花馍协会", "晋源区", "民间协会，会员多为农村妇女",
            "我们是晋源村里捏花馍的媳妇们，过年过节、娶亲祝寿的花馍都做。"
            "想带更多村里的姐妹学这门手艺挣点钱，也想把花馍手艺传下去。",
            [offer("skill", "教捏花馍", "skill:craft"),
             offer("goods", "花馍", "goods:meal")],
            causes=("women", "culture", "heritage")),
    # Caring merchants
    sponsor("s30", MER, "老王刀削面", "迎泽区", "面馆", "开削面馆的。",
            [offer("goods", "刀削面，每天五十碗", "goods:meal")],
            any_cause=True),
    sponsor("s31", MER, "桃园路早点摊", "小店区", "早点摊，油条豆浆",
            "我是摆早点摊的，油条豆浆豆腐脑，每天四点半出摊。天不亮扫马路的师傅从摊前过，"
            "我都给端一碗热豆浆。",
            [offer("goods", "豆浆、油条", "goods:meal")],
            causes=("workers",)),
    sponsor("s32", MER, "娄烦甜心蛋糕房", "娄烦县", "蛋糕店",
            "我在娄烦县城开蛋糕房。村里好多娃娃爸妈在外头打工，过生日没人给买蛋糕。"
            "只在咱娄烦，县里谁组织给这些娃娃过生日，蛋糕我出。",
            [offer("goods", "生日蛋糕", "goods:meal")],
            causes=("children",), own_only=True),
    sponsor("s33", MER, "半坡街清风茶馆", "杏花岭区", "茶馆",
            "我开茶馆十来年了，下午来喝茶的大多是退了休的。二楼有个大间，老人们下棋、听评书、唱两段晋剧都行，"
            "茶水我管。",
            [offer("venue", "茶馆二楼大间", "venue:hall"),
             offer("goods", "茶水", "goods:water")],
            causes=("elderly", "culture")),
    sponsor("s34", MER, "胜利街鲜果铺", "尖草坪区", "水果店", "卖水果的，给点水果没问题。",
            [offer("goods", "时令水果", "goods:food")],
            any_cause=True),
    sponsor("s35", MER, "清徐东湖醋坊门市", "清徐县", "老醋零售",
            "我在清徐开醋坊门市，自家酿的醋。咱清徐的学校、敬老院要醋要小米，找我就行，外面的就不掺和了。",
            [offer("goods", "老陈醋、小米", "goods:food")],
            causes=("education", "elderly"), own_only=True),
    sponsor("s36", MER, "晋源区邻家便利超市", "晋源区", "社区超市",
            "我是开社区超市的，小区里的老人买东西常常拎不动，我都给送上楼。冬天店里暖和，"
            "老人遛弯累了进来坐坐。也愿意给小区里的困难老人送点米面和日用品。",
            [offer("goods", "米面、日用品", "goods:food", "goods:daily"),
             offer("venue", "店里的歇脚角", "venue:station")],
            causes=("elderly", "community")),
    sponsor("s37", MER, "长风街蜀香火锅", "万柏林区", "火锅店",
            "我是开火锅店的，店里的小伙子大多是外地来打工的，我自己也是从四川来太原打工起家的，"
            "知道刚来时两眼一抹黑。愿意帮帮在太原打工的人，中午店里闲，大厅能借出来开个会、讲个课。",
            [offer("venue", "火锅店大厅（中午可用）", "venue:hall"),
             offer("goods", "工作餐", "goods:meal")],
            causes=("migrant",)),
    sponsor("s38", MER, "古交惠民粮油店", "古交市", "粮油零售",
            "我在古交开粮油店，给低保户买米面油一直按进价。愿意给困难家庭再多送一些。",
            [offer("goods", "大米、面粉、食用油", "goods:food")],
            causes=("poor",)),
    sponsor("s39", MER, "老街卤肉店", "小店区", "熟食店", "卖卤肉的。",
            [offer("goods", "卤肉、熟食", "goods:meal")],
            any_cause=True),
    sponsor("s40", MER, "阳曲县乡味饺子馆", "阳曲县", "饺子馆",
            "我在阳曲县城开饺子馆。县里搞活动的志愿者、工作人员中午没地方吃饭，饺子我管，"
            "不管是哪个单位办的。",
            [offer("goods", "饺子、盒饭", "goods:meal")],
            any_cause=True),
    sponsor("s41", MER, "大学城一杯茶饮品店", "尖草坪区", "奶茶饮品店",
            "我的店开在大学城，顾客都是学生。考试、考研那几天，学生和家长在考点外面等，"
            "店里有空调、有充电的地方，可以进来歇脚，饮品我送。",
            [offer("venue", "店内歇脚（空调、充电）", "venue:station"),
             offer("goods", "奶茶、柠檬水", "goods:water")],
            causes=("education", "youth")),
    sponsor("s42", MER, "河西农产品批发市场老郭蔬菜", "万柏林区", "蔬菜批发",
            "我是批发蔬菜的，每天凌晨进货。街道上的困难户，我隔三岔五送一车菜，自己有辆小货车，"
            "能帮着拉东西。",
            [offer("goods", "蔬菜", "goods:food"),
             offer("goods", "小货车带司机", "transport")],
            causes=("poor",)),
    sponsor("s43", MER, "小麦穗烘焙工作室", "万柏林区", "烘焙工作室，开课教烘焙",
            "我开了个烘焙工作室，平常教人做蛋糕、饼干。来学的多是带娃的全职妈妈，"
            "愿意给妈妈们和孩子们免费开几期亲子烘焙课，工作室能坐十二个人。",
            [offer("skill", "烘焙课", "skill:cooking"),
             offer("venue", "烘焙工作室（十二人）", "venue:classroom")],
            causes=("women", "children")),
    sponsor("s44", MER, "暖心月子餐", "小店区", "月子餐配送",
            "我们是做月子餐配送的，店里有营养师。见过不少产妇家里困难，月子里顿顿挂面。"
            "愿意给困难家庭的产妇送月子餐，营养师也能讲讲产后怎么吃。",
            [offer("goods", "月子餐", "goods:meal"),
             offer("skill", "产后营养指导", "skill:nutrition")],
            causes=("women", "poor")),
    sponsor("s45", MER, "柳巷老字号头脑馆", "迎泽区", "头脑、帽盒子早点", "熬头脑的，老字号。",
            [offer("goods", "头脑、帽盒子", "goods:meal")],
            any_cause=True),
    sponsor("s46", MER, "亲贤街冰点冷饮店", "小店区", "冷饮、绿豆汤",
            "我是开冷饮店的。夏天看着十字路口站岗的交警、协警晒得脱皮，想给他们送点绿豆汤、冰水。",
            [offer("goods", "绿豆汤、冰水", "goods:water")],
            causes=("traffic",)),
    # Individuals
    sponsor("s47", IND, "赵师傅", "迎泽区", "退休酒店厨师",
            "我是酒店厨师退休的，颠了四十年勺。小区里好多老人自己做饭凑合，愿意去社区老年食堂掌勺，"
            "也能教教老人怎么做得清淡又好吃。",
            [offer("skill", "做饭、掌勺", "skill:cooking")],
            causes=("elderly", "community")),
    sponsor("s48", IND, "刘营养师", "小店区", "运动营养师",
            "我是给省体工队做运动营养的。练体育的孩子吃得不对，练得再苦也白搭。"
            "愿意给业余体校、学校运动队的孩子讲讲比赛前后怎么吃。",
            [offer("skill", "运动营养指导", "skill:nutrition")],
            causes=("sport", "youth")),
    sponsor("s49", IND, "小马", "万柏林区", "外卖骑手",
            "我是送外卖的，老家在娄烦。我上小学那几年，爸妈在太原工地上干活，我跟着奶奶过，"
            "一年见爸妈一回。现在下了单有空就想去做点什么，跑腿出力都行。",
            [offer("volunteers", "跑腿出力", "people")],
            causes=("children", "migrant")),
    sponsor("s50", IND, "郭女士", "晋源区", "市场监管所食品检验员",
            "我是做食品检验的。我妈前年让卖保健品的骗了一万多，买回来一看是压片糖果。"
            "我能讲保健品会销那一套是怎么骗人的，也能教大家看食品标签、认三无产品。",
            [offer("skill", "讲保健品骗局", "skill:antifraud"),
             offer("skill", "食品安全、看标签", "skill:science")],
            causes=("elderly",)),
    sponsor("s51", IND, "孟师傅", "杏花岭区", "面点师",
            "我是做面点的，包子馒头花卷，二十多年了。我自己也是下岗以后学的这门手艺，"
            "愿意教想学手艺的姐妹们。",
            [offer("skill", "教做面点", "skill:cooking")],
            causes=("women",)),
    sponsor("s52", IND, "老韩", "清徐县", "果农", "清徐种葡萄的。",
            [offer("goods", "葡萄", "goods:food")],
            any_cause=True),
    sponsor("s53", IND, "Kevin 王", "小店区", "酒店西餐厨师",
            "我在酒店做西餐厨师，在国外待过几年，英语还行。常看到外国客人在太原点菜、问路犯难，"
            "愿意帮外国游客当个翻译，也能做饭。",
            [offer("skill", "英语翻译", "skill:language"),
             offer("skill", "做西餐", "skill:cooking")],
            causes=("tourism",)),
    sponsor("s54", IND, "白师傅", "古交市", "退休矿山食堂管理员",
            "我在矿上食堂干了三十年，一千多人的饭都管过。矿上的工人下了井出来，就盼一口热乎饭。"
            "愿意给工人们做饭。",
            [offer("skill", "大锅饭、食堂管理", "skill:cooking")],
            causes=("workers",)),
    sponsor("s55", IND, "吃在太原阿豆", "小店区", "美食博主，短视频账号三十万粉丝",
            "我是拍美食短视频的，吃遍了太原的小馆子。想帮村里的人把好东西卖出去，"
            "也想让外地人知道太原好吃好玩的地方。",
            [offer("skill", "拍短视频、账号推广", "skill:media")],
            causes=("rural", "tourism")),
    sponsor("s56", IND, "陈女士", "杏花岭区", "医院营养科营养师",
            "我爸中风以后吃饭总呛，瘦了二十斤，那半年我才知道家里有个吞咽困难的病人有多难。"
            "我是营养师，能教家属做软食、糊状餐，也能讲慢病老人怎么吃。",
            [offer("skill", "吞咽困难饮食、慢病膳食", "skill:nutrition")],
            causes=("elderly", "health", "disabled")),
    sponsor("s57", IND, "小周", "万柏林区", "面包店店员", "做面包的，每天剩十几个。",
            [offer("goods", "当天面包", "goods:meal")],
            any_cause=True),
    sponsor("s58", IND, "冯师傅", "尖草坪区", "冷藏车司机", "开冷藏车的，有空就帮忙拉。",
            [offer("goods", "冷藏车带司机", "transport")],
            any_cause=True),
    sponsor("s59", IND, "杨老师", "晋源区", "职业学校食品专业教师",
            "我在职业学校教食品加工，学生大多十六七岁，中考没考好，来学门手艺。"
            "愿意去中学、社区给孩子们上食品科学课，也帮年轻人看看以后干哪行。",
            [offer("skill", "食品科学课", "skill:science", "skill:teaching"),
             offer("skill", "职业规划", "skill:job")],
            causes=("education", "youth")),
    sponsor("s60", IND, "老田", "迎泽区", "烧饼铺掌柜",
            "我刚来太原那年，钱包在火车站让人偷了，在候车室睡了三晚，是一个卖烧饼的给了我两个饼。"
            "现在我自己也打烧饼了，想把这两个饼还回去。",
            [offer("goods", "烧饼", "goods:meal"),
             offer("volunteers", "自己去帮忙", "people")],
            causes=("hub",)),
]
