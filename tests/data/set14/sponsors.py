"""The sponsors of evaluation set 14, with the grader's tags (README.md), written before any project.

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
    sponsor("s01", ENT, "太原市安途交通安全用品有限公司", "小店区", "反光背心、锥桶、爆闪灯生产",
            "我们是做反光背心、锥桶、爆闪灯这些东西的，产品主要卖给高速养护队和环卫公司。前阵子看新闻，"
            "一个环卫大姐凌晨扫马路让车给撞了，心里很不是滋味。想给扫马路的、在路口劝导的志愿者送反光背心，"
            "让开车的人老远就能看见他们。",
            [offer("goods", "反光背心、反光臂带、锥桶", "goods:safety")],
            causes=("workers", "traffic")),
    sponsor("s02", ENT, "太原译通翻译服务有限公司", "迎泽区", "笔译、口译、多语种翻译",
            "我们是做翻译的，英、俄、日、韩、德语都有人。外国客人到了南站、机场、晋祠，问路、买票、看病常常说不明白。"
            "我们的译员周末可以轮流去帮着翻译，也可以免费给车站、景区翻译指示牌和介绍。",
            [offer("skill", "口译、笔译（英俄日韩德）", "skill:language")],
            causes=("hub", "tourism")),
    sponsor("s03", ENT, "清徐县果香罐头食品有限公司", "清徐县", "黄桃、山楂、糖水梨罐头加工",
            "我们是做水果罐头的，黄桃、山楂、糖水梨。谁办公益用得上都可以来拉，敬老院、学校、工地都行，不挑。",
            [offer("goods", "水果罐头，整箱", "goods:food")],
            any_cause=True),
    sponsor("s04", ENT, "太原市守望智能科技有限公司", "万柏林区", "老人定位手表、一键呼叫器研发生产",
            "我们是做老人手表的，能定位、能一键呼叫，摔倒了会自动报警。好多老人走丢了、在家摔了几天没人知道，"
            "子女又在外地。愿意给独居的、记性不好的老人免费送表，后台我们的客服每月还给老人打个电话问问。",
            [offer("goods", "定位手表、一键呼叫器", "goods:security"),
             offer("skill", "客服每月电话回访", "skill:phone")],
            causes=("elderly",)),
    sponsor("s05", ENT, "太原仁和血液透析中心", "杏花岭区", "独立血液透析机构",
            "我们是做血液透析的，每周来透析的病人三百多个，好多是从县里坐车来的，一周三趟，钱和路都难。"
            "我们的肾内科医生、护士可以出去义诊，查查肾功能、量量血压，讲讲肾不好的人该怎么吃；"
            "那些家里困难、透析透得倾家荡产的，我们也想帮一把。",
            [offer("skill", "肾内科医生、护士义诊", "skill:medical"),
             offer("skill", "肾病饮食指导", "skill:nutrition")],
            causes=("health", "poor")),
    sponsor("s06", ENT, "太原速达同城配送服务站", "小店区", "外卖平台城市站点运营、骑手管理",
            "我们站管着两千多个外卖骑手，每天在大街小巷跑，哪个楼道几个老人比社区还清楚。想跟社区合作，"
            "让骑手顺路多看一眼独居老人，送餐的时候敲敲门、问一声；站里每年也能拿出一笔钱来。",
            [offer("volunteers", "骑手顺路探访独居老人", "people"),
             offer("money", "站点公益经费", "money")],
            causes=("elderly", "community")),
    sponsor("s07", ENT, "太原明光太阳能照明有限公司", "尖草坪区", "太阳能路灯、庭院灯生产",
            "我们是做太阳能路灯的。跑过不少村子，一到晚上黑灯瞎火，老人出门摔跤，娃们上晚自习回来走夜路。"
            "哪个村、哪个老小区缺路灯，我们送灯，装也帮着装。",
            [offer("goods", "太阳能路灯，含安装", "goods:build")],
            causes=("rural", "elderly", "children")),
    sponsor("s08", ENT, "山西康泰护理床制造有限公司", "晋源区", "医用护理床、电动升降床生产",
            "我们是做护理床的，手摇的、电动的都有。家里有瘫在床上的人，翻身、擦洗、接屎接尿全靠家属，"
            "一张能升降、能侧翻的床能省一半力气。想给困难家庭里卧床的老人、残疾人捐床。",
            [offer("goods", "手摇护理床", "goods:furniture")],
            causes=("elderly", "disabled", "poor")),
    sponsor("s09", ENT, "太原站前行李搬运服务有限公司", "迎泽区", "火车站行李搬运（“小红帽”）服务",
            "我们是在太原站干搬运的，就是大家说的小红帽，几十号人。春运、暑运人多，老人、拄拐的扛着大包小包上天桥，"
            "看着就揪心。愿意派人到车站、机场帮忙，拉行李的电瓶车连司机也能出。",
            [offer("volunteers", "搬运工志愿帮扶", "people"),
             offer("goods", "行李电瓶车，连司机", "transport")],
            causes=("hub", "elderly", "disabled")),
    sponsor("s10", ENT, "太原启智教育科技有限公司", "杏花岭区", "学习平板、点读机销售",
            "我们是卖学习机的，说白了就是给孩子学习用的平板，里头有课。我老家娄烦的，小时候爹妈在外头打工，"
            "我跟着奶奶过，作业不会没人问。现在有能力了，想给像我当年那样的娃娃送几台。",
            [offer("goods", "学习平板", "goods:electronics")],
            causes=("children",)),
    sponsor("s11", ENT, "太原稳步防滑科技有限公司", "万柏林区", "地面防滑处理、卫生间适老化施工",
            "我们是做防滑的，瓷砖地面做防滑处理，卫生间装扶手、铺防滑垫。老人骨折一多半是在卫生间摔的。"
            "愿意免费给高龄、独居老人和残疾人家里做卫生间防滑，扶手我们也送。",
            [offer("skill", "卫生间、楼道防滑施工", "skill:build"),
             offer("goods", "扶手、防滑垫", "goods:build")],
            causes=("elderly", "disabled")),
    sponsor("s12", ENT, "古交市安矿劳保用品厂", "古交市", "矿工安全帽、矿灯、劳保手套生产",
            "我们是做矿帽、劳保手套的，主要供古交几个矿。想给井下的工人、还有修路扫街的送些安全帽、手套。",
            [offer("goods", "安全帽、劳保手套", "goods:safety")],
            causes=("workers",)),
    sponsor("s13", ENT, "阳曲县丰牛养殖有限公司", "阳曲县", "肉牛养殖",
            "我们是养肉牛的，存栏六百来头。周边村里养牛的散户多，牛病了找不着人看，我们场里的兽医可以去看看；"
            "过年给村里的困难户送点牛肉。",
            [offer("skill", "兽医上门、养牛技术", "skill:vet"),
             offer("goods", "牛肉", "goods:food")],
            causes=("rural", "poor")),
    sponsor("s14", ENT, "娄烦县高原种薯繁育有限公司", "娄烦县", "脱毒马铃薯种薯繁育",
            "我们是育土豆种的，脱毒种薯。山上的老品种退化了，一亩打不了多少。愿意给村里的困难户免费送种薯，"
            "技术员下地教怎么种、怎么防病。",
            [offer("goods", "脱毒种薯", "goods:plants"),
             offer("skill", "马铃薯种植技术指导", "skill:agri")],
            causes=("rural", "poor")),
    sponsor("s15", ENT, "太原市粮食储备有限公司", "尖草坪区", "国有粮食收储",
            "我们是国有粮库，党支部每年都搞结对帮扶，给老党员、生活困难的党员送米面油，也能出党员志愿者。",
            [offer("goods", "米、面、油", "goods:food"),
             offer("volunteers", "党员志愿者", "people")],
            causes=("party", "poor")),

    # Social organisations
    sponsor("s16", ORG, "太原市柔力球协会", "迎泽区", "柔力球推广",
            "我们协会大多是五六十岁的退休人员，打柔力球打了十来年。柔力球不伤膝盖，上了岁数的人打正合适。"
            "想到社区、敬老院去教，让更多老人动起来，别整天坐在沙发上看电视。",
            [offer("skill", "柔力球教学", "skill:fitness")],
            causes=("elderly", "sport")),
    sponsor("s17", ORG, "太原魔方爱好者俱乐部", "小店区", "魔方",
            "我们是一帮玩魔方的，有拿过全国名次的。魔方练手练脑，孩子学了能坐得住。周末可以去学校、社区教，"
            "魔方我们自带一些，送给孩子。",
            [offer("skill", "魔方教学", "skill:teaching"),
             offer("goods", "魔方", "goods:toys")],
            causes=("children",)),
    sponsor("s18", ORG, "汾河晋阳湖民间河长志愿队", "晋源区", "河道巡护",
            "我们是一群住在汾河边的退休人员，自己给自己封了个“民间河长”，每天沿河走一趟，看到排污口、垃圾、"
            "有人电鱼就拍照报上去。会看水色、会认偷排，可以给学生讲讲这条河。",
            [offer("volunteers", "巡河", "people"),
             offer("skill", "讲河流保护、看水质", "skill:env")],
            causes=("environment",)),
    sponsor("s19", ORG, "太原单亲妈妈互助会", "杏花岭区", "单亲家庭互助",
            "我们都是一个人带孩子的妈妈。那种难只有自己知道：孩子半夜发烧一个人抱着去医院，开家长会请不下假。"
            "大家轮流帮着接孩子、看孩子，也攒了一批孩子穿小了的衣服，想送给用得着的人家。",
            [offer("volunteers", "接送、看护孩子", "people"),
             offer("goods", "儿童衣物", "goods:clothes")],
            causes=("women", "children")),
    sponsor("s20", ORG, "山西交通职业技术学院汽修专业志愿服务队", "尖草坪区", "汽车维修专业学生志愿服务",
            "我们是学汽修的学生，老师带着。想给出租车、公交车、乡村客运车的师傅们免费检查车，"
            "换机油、查刹车、补胎都会。",
            [offer("skill", "车辆免费检测保养", "skill:carrepair")],
            causes=("transit",)),
    sponsor("s21", ORG, "山西体育学院体育教育专业志愿服务队", "小店区", "体育专业学生志愿服务",
            "我们是体育学院学体育教育的学生，跑、跳、球类都能教。听说不少村小连个体育老师都没有，体育课就是放羊。"
            "暑假、周末我们可以下去给孩子们上体育课；搞比赛也能当裁判、当场地志愿者。",
            [offer("skill", "体育课、裁判", "skill:fitness"),
             offer("volunteers", "赛事志愿者", "people")],
            causes=("children", "sport")),
    sponsor("s22", ORG, "太原老话研究会", "迎泽区", "太原方言与老城民俗研究",
            "我们是一帮爱老太原话的人，录老人说话，整理老街老巷的故事。现在年轻人都不会说太原话了。"
            "可以到老街区、景点给游客讲老太原，也能给社区老人录音、做口述史。",
            [offer("skill", "讲老太原、老街巷的故事", "skill:guide"),
             offer("skill", "录音、口述史整理", "skill:media")],
            causes=("culture", "heritage")),
    sponsor("s23", ORG, "太原野花野草观察小组", "万柏林区", "野生植物观察",
            "认植物的，周末往西山、天龙山跑，拍了上千种野花野草。可以带孩子们认植物，讲讲哪些是外来的、"
            "哪些眼看着快没了。",
            [offer("skill", "植物识别、自然讲解", "skill:science")],
            causes=("children", "environment")),
    sponsor("s24", ORG, "杏花岭区坝陵桥街道楼长联谊会", "杏花岭区", "楼长自治",
            "我们是街道里的楼长，一栋楼一个。谁家老人独住、谁家孩子在外地，心里都有数。每天给独居老人打个电话，"
            "三天不见人就上门敲门。人手我们有。",
            [offer("skill", "每日电话问候", "skill:phone"),
             offer("volunteers", "上门探望", "people")],
            causes=("elderly", "community")),
    sponsor("s25", ORG, "尖草坪区故事妈妈志愿团", "尖草坪区", "亲子阅读",
            "我们是一群爱给孩子讲故事的妈妈。自家孩子小的时候天天讲，现在孩子大了，就去图书馆、社区讲。"
            "想去给那些爸妈不在身边的孩子讲。",
            [offer("skill", "绘本故事会", "skill:teaching")],
            causes=("children",)),
    sponsor("s26", ORG, "太原市青少年棒垒球协会", "万柏林区", "棒垒球推广",
            "我们是打棒垒球的，协会有一批旧球棒、手套。想让中学生也玩上，愿意去学校教。",
            [offer("goods", "旧球棒、手套、垒球", "goods:sports"),
             offer("skill", "棒垒球教学", "skill:fitness")],
            causes=("education", "youth")),
    sponsor("s27", ORG, "太原市国标舞协会", "小店区", "国际标准舞",
            "我们协会是跳国标的，平均年龄五十八，比赛拿过不少奖。逢年过节爱到敬老院、工地上去演，演出服自己带。",
            [offer("skill", "国标舞演出", "skill:perform")],
            causes=("elderly", "workers")),
    sponsor("s28", ORG, "娄烦县巧手鞋垫婆婆队", "娄烦县", "手工绣花鞋垫",
            "我们是村里一帮老婆婆，一年到头纳鞋垫、绣鞋垫。想给下矿的、在外头打工的人一人送一双，脚底下暖和。"
            "就在娄烦县里送。",
            [offer("goods", "手工鞋垫", "goods:clothes")],
            causes=("workers", "migrant"), own_only=True),
    sponsor("s29", ORG, "晋祠古树守护志愿队", "晋源区", "古树名木保护",
            "我们是守护老树的志愿者，晋祠的周柏、唐槐，还有村里几百年的老槐树。会看树势、会支撑、会补树洞，"
            "跟园林上的老师傅学过。",
            [offer("skill", "古树养护", "skill:agri"),
             offer("volunteers", "古树巡护", "people")],
            causes=("heritage", "environment")),

    # Caring merchants
    sponsor("s30", MER, "马庄琉璃老窑", "晋源区", "琉璃烧制",
            "我家是烧琉璃的，祖上给晋祠、崇善寺都烧过琉璃瓦。老庙、古建上的琉璃脊兽、瓦当坏了，我们能照原样烧、"
            "能补。也能给孩子们开琉璃小件的手工课。",
            [offer("skill", "古建琉璃构件修补", "skill:restore"),
             offer("skill", "琉璃手工课", "skill:craft")],
            causes=("heritage",)),
    sponsor("s31", MER, "步步稳老人鞋店", "迎泽区", "老人鞋零售",
            "卖老人鞋的，想给老人送鞋。",
            [offer("goods", "老人防滑鞋", "goods:clothes")],
            causes=("elderly",)),
    sponsor("s32", MER, "老王煎饼果子", "小店区", "煎饼果子",
            "摊煎饼的。",
            [offer("goods", "煎饼果子", "goods:meal")],
            any_cause=True),
    sponsor("s33", MER, "胡记烤红薯", "杏花岭区", "烤红薯、烤玉米",
            "烤红薯的，冬天出摊。",
            [offer("goods", "烤红薯", "goods:meal")],
            any_cause=True),
    sponsor("s34", MER, "实在人工地快餐", "尖草坪区", "工地盒饭配送",
            "我们是给工地送盒饭的，一份十二块，两荤一素。干活的人吃饭就凑合，讨工钱那几天连饭都顾不上吃。"
            "讨薪的、受了伤住院没人管饭的农民工，我们管饭。",
            [offer("goods", "盒饭", "goods:meal")],
            causes=("migrant", "workers")),
    sponsor("s35", MER, "腾跃篮球馆", "万柏林区", "室内篮球馆",
            "开篮球馆的，四块场地，晚上和周末满，工作日白天空着。学校、社区搞比赛，孩子们训练，白天可以免费来用。",
            [offer("venue", "室内篮球场（工作日白天）", "venue:sports")],
            causes=("children", "community")),
    sponsor("s36", MER, "小牛顿科学实验室", "小店区", "少儿科学实验课",
            "我们是给孩子上科学实验课的，火山喷发、水火箭、电路小灯泡这些。器材我们带，去学校、社区给孩子做实验，"
            "特别想去打工子弟学校那样的地方。店里的实验教室周末上午也空着。",
            [offer("skill", "科学实验课", "skill:science"),
             offer("venue", "实验教室", "venue:classroom")],
            causes=("children", "science")),
    sponsor("s37", MER, "回声现场音乐酒吧", "迎泽区", "现场音乐酒吧",
            "我们是个小 livehouse，晚上有乐队演出，白天空着。谁办公益演出、义卖、读书会都行，场地白天免费借，"
            "驻场乐队也能来唱两首。",
            [offer("venue", "演出场地（白天）", "venue:hall"),
             offer("skill", "乐队演出", "skill:music")],
            any_cause=True),
    sponsor("s38", MER, "旧时光二手书店", "杏花岭区", "二手书收售",
            "开旧书店的，收来的书堆成了山。童书、教辅、小说都有，想给山里的学校送，整箱整箱拉走都行。",
            [offer("goods", "二手图书", "goods:books")],
            causes=("education", "children")),
    sponsor("s39", MER, "老张弹棉花", "清徐县", "弹棉花、做棉被",
            "我是弹棉花的，新棉花做被子，旧被子翻新。清徐的五保户、孤寡老人冬天被子薄的，我给做新的；"
            "出了清徐就顾不上了。",
            [offer("goods", "新棉被", "goods:bedding")],
            causes=("elderly", "poor"), own_only=True),
    sponsor("s40", MER, "阳曲县李师傅收割机", "阳曲县", "联合收割机作业",
            "开收割机的，只在阳曲县。",
            [offer("goods", "收割机连机手", "goods:machinery")],
            any_cause=True, own_only=True),
    sponsor("s41", MER, "古交市顺达装载机租赁", "古交市", "铲车、装载机出租",
            "我们是出租铲车、装载机的，连司机。古交冬天雪大，山路一封，村里老人看病都出不去。下了雪哪个村、"
            "哪条路要铲，打电话就去；平时平场、清淤也行。只在古交市里。",
            [offer("goods", "铲车、装载机连司机", "goods:machinery")],
            causes=("rural", "elderly"), own_only=True),
    sponsor("s42", MER, "晓唱声乐工作室", "万柏林区", "声乐培训",
            "教唱歌的。",
            [offer("skill", "声乐教学、合唱指导", "skill:perform")],
            any_cause=True),
    sponsor("s43", MER, "娄烦—太原城乡客运个体班车", "娄烦县", "城乡客运",
            "我跑娄烦到太原的班车，一天两趟。村里老人上太原看病、做透析，坐我车的多。"
            "有公益的事要拉人、拉东西，跟我说，不收钱。",
            [offer("goods", "中巴车连司机", "transport")],
            causes=("elderly", "health")),
    sponsor("s44", MER, "晋韵手工皮具", "晋源区", "手工皮具制作",
            "做手工皮具的，钱包、皮带、包都能做，也能修。可以开手工课；谁的包、鞋坏了拿来修。"
            "店里请过一个听不见的小伙子，手特别巧，想多教几个残疾朋友学门手艺。",
            [offer("skill", "手工皮具课", "skill:craft"),
             offer("skill", "修包、修鞋", "skill:sewing")],
            causes=("disabled",)),
    sponsor("s45", MER, "鲜果时光果汁站", "迎泽区", "鲜榨果汁",
            "榨果汁的。",
            [offer("goods", "鲜榨果汁", "goods:water")],
            any_cause=True),
    sponsor("s46", MER, "暖阳太阳能热水器专卖", "尖草坪区", "太阳能热水器销售安装",
            "卖太阳能热水器的。城边村、平房区好多老人一冬天洗不上一回热水澡。我愿意给困难老人家里装热水器，"
            "东西和安装都不要钱。",
            [offer("goods", "太阳能热水器，含安装", "goods:build")],
            causes=("elderly", "poor")),

    # Individuals
    sponsor("s47", IND, "郭大夫（心内科退休医生）", "杏花岭区", "心内科医生（退休）",
            "我是心内科退休的，干了三十多年。现在社区里高血压、冠心病的老人多，不少人药吃得乱七八糟，"
            "听保健品推销的比听大夫的多。我能去义诊、讲课，看心电图也行。",
            [offer("skill", "心内科义诊、健康讲座", "skill:medical")],
            causes=("elderly", "health")),
    sponsor("s48", IND, "秦老师（出版社退休编辑）", "迎泽区", "图书编辑（退休）",
            "出版社干了一辈子编辑，退了。能改稿子，能教孩子写作文。社区里有想写回忆录的老人，我也乐意帮着教、帮着改。",
            [offer("skill", "作文辅导、写作课", "skill:teaching")],
            causes=("children", "elderly")),
    sponsor("s49", IND, "娄烦县马铁匠", "娄烦县", "铁匠",
            "打铁的，只在娄烦县。",
            [offer("skill", "打铁、焊补", "skill:weld")],
            any_cause=True, own_only=True),
    sponsor("s50", IND, "老范（供热公司退休司炉工）", "尖草坪区", "锅炉司炉工（退休）",
            "在供热公司烧了三十年锅炉，退休了。平房里的老人自己烧土暖气，管子冻裂了、炉子倒烟，煤气中毒年年有。"
            "我能上门给看看暖气、通通烟道，顺带讲讲怎么防煤气。",
            [offer("skill", "修土暖气、通烟道", "skill:build"),
             offer("skill", "防煤气中毒宣传", "skill:fire")],
            causes=("elderly", "fire")),
    sponsor("s51", IND, "贺师傅（退休钳工）", "万柏林区", "钳工（退休）",
            "我是钳工出身，退休后在家闲不住。小区里坐轮椅的、推助行器的不少，刹车坏了、轮子歪了，没处修。"
            "我在楼下摆了个摊，免费修轮椅、助行器。",
            [offer("skill", "修轮椅、助行器", "skill:repair")],
            causes=("disabled", "elderly")),
    sponsor("s52", IND, "小吴（婚礼摄影师）", "小店区", "婚礼摄影",
            "我是拍婚礼的。有一回给一对结婚五十年的老人补拍婚纱照，老太太换上婚纱就哭了。想给没拍过婚纱照的老两口"
            "免费拍，给敬老院的老人拍张像样的照片。",
            [offer("skill", "免费拍照", "skill:photo")],
            causes=("elderly",)),
    sponsor("s53", IND, "韩工（室内设计师）", "晋源区", "室内设计",
            "我是做室内设计的。去年去山里一个村小，图书角就是一个破柜子，孩子们坐在水泥地上看书。"
            "想帮学校、儿童之家把屋子重新设计一下，施工我找熟的工人来。",
            [offer("skill", "设计与改造施工", "skill:build")],
            causes=("children", "education")),
    sponsor("s54", IND, "老阎（古交疾控退休职工）", "古交市", "卫生防疫（退休）",
            "我在古交疾控干了一辈子，灭鼠、灭蟑、消毒是老本行。想让老百姓少得病：老旧小区、菜市场、"
            "学校食堂要消杀的，我能去指导，也能动手。",
            [offer("skill", "灭鼠、灭蟑、消毒", "skill:pest")],
            causes=("health", "community")),
    sponsor("s55", IND, "老杜（动物园退休饲养员）", "杏花岭区", "动物饲养员（退休）",
            "我在动物园养了三十年猴子和熊。退下来了，想给孩子们讲讲动物，怎么跟动物相处、为什么不能乱投喂，"
            "讲起来可带劲。",
            [offer("skill", "动物科普讲座", "skill:science")],
            causes=("children",)),
    sponsor("s56", IND, "刘姐（陪读家长）", "古交市", "陪读家长",
            "我在古交城里陪孩子念初中，租的房子离学校不远。白天孩子上学，我一个人在屋里没事做。"
            "哪儿用得着人就叫我。",
            [offer("volunteers", "志愿服务", "people")],
            any_cause=True),
    sponsor("s57", IND, "任大夫（清徐中学退休校医）", "清徐县", "校医（退休）",
            "在清徐中学当了二十多年校医。孩子们体育课晕倒、磕破头、流鼻血，哪样都见过。"
            "我能教学生和老师急救，心肺复苏、包扎、海姆立克都能教。",
            [offer("skill", "急救培训", "skill:firstaid")],
            causes=("education",)),
    sponsor("s58", IND, "阿Ken（说唱歌手）", "小店区", "说唱",
            "我是玩说唱的，写过一首反诈的歌，在网上还挺火。想给中学生、大学生写点歌、演一演，"
            "讲讲网贷、电诈、毒品这些坑。",
            [offer("skill", "说唱演出、写歌", "skill:perform")],
            causes=("youth", "safety")),
    sponsor("s59", IND, "老赵（电视台退休体育解说员）", "万柏林区", "体育解说（退休）",
            "电视台体育频道退下来的，解说了三十年足球、篮球。社区运动会、老年人的比赛需要主持、解说的，我去。",
            [offer("skill", "赛事解说、主持", "skill:host")],
            causes=("sport", "elderly")),
    sponsor("s60", IND, "阳曲县郝家村广播员老郝", "阳曲县", "村广播员",
            "我是村里的广播员，大喇叭一响全村都听得见。老人们不看手机，骗子的事、防火的事，我用老百姓的话广播。"
            "别的村要录广播稿，我也能帮着录。",
            [offer("skill", "大喇叭广播、录音", "skill:media")],
            causes=("elderly", "safety", "fire")),
]
