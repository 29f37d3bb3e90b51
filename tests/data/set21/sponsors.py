"""The sponsors of evaluation set 21, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md). This set leans to neighbourhood people and grassroots groups.
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
    # Enterprises: a few small firms
    sponsor("s01", ENT, "太原市安居里物业服务有限公司", "迎泽区", "老旧小区物业管理、水电维修",
            "我们是做物业的，管着迎泽区六个老小区，楼里一多半是老人，好些子女不在身边。水管漏了、灯泡坏了，"
            "老人爬不上梯子，就给物业打电话。我们的维修工愿意免费上门，给老人和街坊修修水电。",
            [offer("skill", "维修工上门修水管、通下水、换灯泡、修线路", "skill:build", "skill:electric")],
            causes=("elderly", "community")),
    sponsor("s02", ENT, "清徐县晋麦香挂面厂", "清徐县", "挂面、莜面生产",
            "我们是压挂面的小厂子，一天出两吨面。哪儿办公益用得上面条，说一声就拉过去，不挑是干啥的。",
            [offer("goods", "挂面、莜面，整箱", "goods:food")],
            any_cause=True),
    sponsor("s03", ENT, "太原顺路搬家服务有限公司", "尖草坪区", "搬家、货运",
            "我们是搬家的，三辆厢货、十来个师傅。干这行常碰上一个人搬家的老人，还有低保户搬家掏不起钱，"
            "师傅们看着心里不是滋味。这样的人家搬家、拉东西，我们出车出人，不要钱。",
            [offer("goods", "厢式货车带司机", "transport"),
             offer("volunteers", "搬运师傅", "people")],
            causes=("elderly", "poor")),
    sponsor("s04", ENT, "太原小橡果托育有限公司", "万柏林区", "婴幼儿托育、早教",
            "我们是做托育的，来送孩子的多是双职工，妈妈们下了班还得赶回来接。周末教室空着，"
            "愿意借出来给孩子们办活动，老师也可以给家长讲讲怎么带孩子。",
            [offer("venue", "周末空着的两间教室", "venue:classroom"),
             offer("skill", "早教老师讲课、带亲子活动", "skill:teaching")],
            causes=("children", "women")),
    sponsor("s05", ENT, "山西众力人力资源服务有限公司", "小店区", "劳务派遣、招工",
            "我们是给工地和工厂招工的，天天跟外地来的打工人打交道。好些人干了活拿不到钱，受了伤不知道找谁，"
            "连社保怎么交都不清楚。我们的人可以去讲讲找工作、签合同、交社保的事。",
            [offer("skill", "招聘顾问讲求职、看合同", "skill:job"),
             offer("skill", "社保专员讲参保、工伤申报", "skill:welfare")],
            causes=("migrant", "workers")),
    sponsor("s06", ENT, "太原墨点印务有限公司", "杏花岭区", "印刷、喷绘",
            "我们是印东西的，传单、横幅、展板都能做。做公益的要印啥，材料费我们贴了，谁来都一样。",
            [offer("goods", "宣传单、横幅、展板、手册印制", "print")],
            any_cause=True),
    sponsor("s07", ENT, "古交市山城出租汽车有限公司", "古交市", "出租汽车客运",
            "我们是跑出租的，古交山路多，住在坡上的老人去医院最难，腿脚不好的、坐轮椅的更难。"
            "公司想每月排些车，免费送老人和残疾人去看病、复查。",
            [offer("goods", "出租车带司机接送", "transport")],
            causes=("elderly", "disabled", "health")),
    sponsor("s08", ENT, "阳曲县田家湾蔬菜种植专业合作社", "阳曲县", "蔬菜种植、大棚",
            "我们是种大棚菜的合作社，社员都是本村人。想帮县里的困难户和种地的乡亲把日子过好，菜和种菜的手艺"
            "只给阳曲县，县外的就顾不上了。",
            [offer("goods", "西红柿、黄瓜、土豆等时令菜", "goods:food"),
             offer("skill", "大棚种植技术员上门指导", "skill:agri")],
            causes=("rural", "poor"), own_only=True),

    # Social organisations: mostly informal groups
    sponsor("s09", ORG, "迎泽公园东门广场舞队", "迎泽区", "群众文艺团队（五十多人）",
            "我们是天天晚上在迎泽公园东门跳舞的，都是退休的老姐妹。想去养老院、敬老院给那里的老人跳一跳，"
            "让他们也热闹热闹，队里的人也能去帮着打扫、陪聊。",
            [offer("skill", "广场舞、扇子舞演出", "skill:perform"),
             offer("volunteers", "队员二三十人", "people")],
            causes=("elderly",)),
    sponsor("s10", ORG, "杏花岭区五一路象棋角棋友会", "杏花岭区", "象棋爱好者（退休职工为主）",
            "我们是一帮在路边下象棋的老头，下了十几年了。现在的孩子都捧着手机，想教教孩子们下棋，"
            "学校、社区谁愿意办都行，我们去教。",
            [offer("skill", "教中国象棋、围棋入门", "skill:teaching")],
            causes=("children",)),
    sponsor("s11", ORG, "在并五台老乡联谊会", "小店区", "同乡会",
            "我们是五台县出来在太原打拼的人，有开饭店的、搞装修的、开车的。刚出来那几年吃过苦，"
            "知道打工的老乡难在哪儿。谁家遇上难处了，大家凑点钱帮一把。",
            [offer("money", "会员捐款", "money")],
            causes=("migrant", "poor")),
    sponsor("s12", ORG, "小店区龙城苑小区楼栋长志愿队", "小店区", "楼栋长自发组织（二十四栋楼）",
            "我们是小区的楼栋长，谁家几口人、谁家老人一个人住都清楚。每天给独居老人打个电话，"
            "有事帮着跑跑腿。我们只在小店区活动，远了去不了。",
            [offer("skill", "每天打电话问候独居老人", "skill:phone"),
             offer("volunteers", "楼栋长和热心住户", "people")],
            causes=("elderly", "community"), own_only=True),
    sponsor("s13", ORG, "万柏林区长风西社区居民委员会", "万柏林区", "社区居委会",
            "我们居委会有一间一百多平米的活动室，平时就是老人打打牌。想让街坊们多用起来，"
            "谁来办对居民有好处的活动，活动室都可以借，居委会的网格员也能搭把手。",
            [offer("venue", "社区活动室（可坐八十人）", "venue:hall"),
             offer("volunteers", "网格员", "people")],
            causes=("community",)),
    sponsor("s14", ORG, "中北大学“山里来”支教社", "尖草坪区", "大学生社团",
            "我们社团的人大多是从山里考出来的，小时候爸妈在外打工，自己跟着爷爷奶奶长大。"
            "寒暑假和周末想回到山村去，给留守的孩子补补课、陪陪他们。",
            [offer("skill", "大学生补课、辅导作业", "skill:teaching"),
             offer("volunteers", "社员", "people")],
            causes=("children",)),
    sponsor("s15", ORG, "晋源老城拍友群", "晋源区", "摄影爱好者群（一百二十人）",
            "我们是一群拍照的，退休的、上班的都有，周末就在晋源老城、晋祠那一带转。老房子、老庙拆一座少一座，"
            "想把它们拍下来留个底，也给保护这些老东西的活动拍照。",
            [offer("skill", "摄影、出片", "skill:photo")],
            causes=("heritage",)),
    sponsor("s16", ORG, "小店区坞城路小学家长委员会", "小店区", "学校家委会",
            "我们是孩子在坞城路小学上学的家长。每天早上校门口车挤人、人挤车，看着都心慌。"
            "家长们可以轮流站岗护送孩子过马路，也能给学校和孩子们捐些书。",
            [offer("volunteers", "家长志愿者", "people"),
             offer("goods", "家长捐的课外书", "goods:books")],
            causes=("children", "education", "traffic")),
    sponsor("s17", ORG, "晋源区汾河骑行队", "晋源区", "骑行爱好者团队",
            "我们是骑自行车的，每周沿着汾河骑一圈。河边的塑料袋、饮料瓶越来越多，"
            "想组织队员边骑边捡，也能教孩子们修车、骑车。",
            [offer("volunteers", "队员", "people"),
             offer("skill", "修自行车、骑行技巧", "skill:bike")],
            causes=("environment",)),
    sponsor("s18", ORG, "尖草坪区钢城退休职工合唱团", "尖草坪区", "老年合唱团",
            "我们是太钢退下来的老职工，唱了二十年歌。年纪越大越知道，老人最怕的是没人说话。"
            "想去敬老院、社区给老伙计们唱唱。",
            [offer("skill", "合唱、独唱、晋剧清唱", "skill:perform")],
            causes=("elderly",)),
    sponsor("s19", ORG, "清徐县徐沟镇巧手编织队", "清徐县", "妇女手工团队",
            "我们是村里的家庭妇女，冬天闲了就凑一块儿织毛活。织出来的帽子、围巾、毛袜子想送给山里的孩子和孤寡老人，"
            "也能教别人织。",
            [offer("goods", "手织毛线帽、围巾、毛袜", "goods:clothes"),
             offer("skill", "教编织、钩花", "skill:craft")],
            causes=("children", "elderly")),
    sponsor("s20", ORG, "万柏林区外卖骑手互助群", "万柏林区", "外卖骑手自发群（三百多人）",
            "我们是送外卖的。去年群里一个兄弟闯红灯让车撞了，躺了三个月，平台不管，是群里兄弟凑的钱。"
            "我们想帮帮同样在路上跑的人，也愿意跟人讲讲路上怎么才安全。",
            [offer("volunteers", "骑手", "people"),
             offer("skill", "讲电动车骑行安全", "skill:traffic")],
            causes=("workers", "traffic")),
    sponsor("s21", ORG, "古交市屯兰矿嫂互助队", "古交市", "矿工家属自发组织",
            "我们的男人都在井下。谁家男人伤了、病了，一家子就塌了半边天。我们会做饭，"
            "能给这样的人家送饭、帮着照看，也能给工友们包饺子。",
            [offer("goods", "家常饭菜、饺子", "goods:meal"),
             offer("volunteers", "矿嫂", "people")],
            causes=("workers", "poor")),
    sponsor("s22", ORG, "娄烦在并老乡助学群", "娄烦县", "同乡助学群",
            "我们是从娄烦出来的，在太原上班、做生意。家乡的娃娃念书苦，我们每年凑钱买书、资助学生，"
            "只管娄烦县的学校和孩子。",
            [offer("money", "群里凑的助学款", "money"),
             offer("goods", "课外书、文具", "goods:books")],
            causes=("children", "education"), own_only=True),
    sponsor("s23", ORG, "阳曲县东黄水村老年秧歌队", "阳曲县", "农村秧歌队",
            "我们是村里扭秧歌的，平均六十五岁。年轻人都出去了，秧歌快没人会了。想到处去演，"
            "也想教给娃娃们，别让这门手艺断了。",
            [offer("skill", "扭秧歌、踢鼓子秧歌演出和教学", "skill:perform")],
            causes=("culture", "children")),
    sponsor("s24", ORG, "杏花岭区退休教师书画社", "杏花岭区", "书画爱好者团体",
            "我们是一群退休老师，练了几十年毛笔字。每年腊月在小区门口给街坊写春联，"
            "也想教孩子们写写毛笔字、画画国画。",
            [offer("skill", "写春联、教书法国画", "skill:art")],
            causes=("community", "children")),

    # Caring merchants: corner shops and stalls
    sponsor("s25", MER, "尖草坪区柴村桥头便民小卖部", "尖草坪区", "小卖部",
            "我是开小卖部的，店门口就是环卫工扫的那段路。冬天早上五点他们就上街了，"
            "我想让他们进来喝口热水、暖和暖和，手机没电了也能充。",
            [offer("venue", "店里的小桌和热水", "venue:station"),
             offer("goods", "矿泉水、热水", "goods:water")],
            causes=("workers",)),
    sponsor("s26", MER, "柳巷口老周修鞋摊", "迎泽区", "修鞋、修包",
            "修鞋的，在柳巷口。",
            [offer("skill", "修鞋、缝包、换拉链", "skill:sewing")],
            any_cause=True),
    sponsor("s27", MER, "万柏林区下元老刘早点铺", "万柏林区", "早点铺",
            "我是卖早点的，油条、豆腐脑、小米粥。每天四点多开门，头一拨客人就是扫街的和赶早班的。"
            "想每天给环卫工和附近孤寡老人留几份早饭。",
            [offer("goods", "早饭（油条、粥、包子）", "goods:meal")],
            causes=("workers", "elderly")),
    sponsor("s28", MER, "晋源区金胜镇小芳理发店", "晋源区", "理发店",
            "我是开理发店的。我爸瘫在床上那几年，想给他剪个头都找不着人上门。"
            "现在谁家老人、残疾人出不了门，我关了店去给他们剪。",
            [offer("skill", "上门理发", "skill:haircut")],
            causes=("elderly", "disabled")),
    sponsor("s29", MER, "杏花岭区胜利街小李手机维修", "杏花岭区", "手机维修",
            "我是修手机的，来店里的老人十个有八个是不会用，不是手机坏了。健康码、挂号、视频，"
            "教一遍不会就教两遍，想给老人们开个班。",
            [offer("skill", "教老人用智能手机", "skill:it")],
            causes=("elderly",)),
    sponsor("s30", MER, "古交市东曲街老王水果店", "古交市", "水果店",
            "我是卖水果的，在古交开了十五年店。每周拿些水果送给古交的孤寡老人和困难户，外地的就不管了，"
            "就管咱古交。",
            [offer("goods", "时令水果", "goods:food")],
            causes=("elderly", "poor"), own_only=True),
    sponsor("s31", MER, "清徐县城关打字复印部", "清徐县", "打字复印",
            "复印打字，印啥都行。",
            [offer("goods", "复印、打印、装订", "print")],
            any_cause=True),
    sponsor("s32", MER, "小店区许西开锁修锁铺", "小店区", "开锁、修锁、配钥匙",
            "我是开锁的。半夜常接到老人电话，出去倒个垃圾把自己锁门外了。也见过防盗门坏了一年没人修的。"
            "老人家里的锁、门窗，我免费修，也能给人讲讲怎么防小偷。",
            [offer("skill", "修锁换锁、修门窗", "skill:repair"),
             offer("skill", "讲防盗防撬", "skill:antifraud")],
            causes=("elderly", "safety")),
    sponsor("s33", MER, "尖草坪区光社五金店", "尖草坪区", "五金杂货",
            "开五金店的，缺啥工具说。",
            [offer("goods", "扫帚、铁锹、水桶、手套", "goods:tools")],
            any_cause=True),
    sponsor("s34", MER, "娄烦县城老马烧饼铺", "娄烦县", "烧饼铺",
            "打烧饼的，天天有。",
            [offer("goods", "烧饼", "goods:meal")],
            any_cause=True),
    sponsor("s35", MER, "晋源区晋阳街自行车修理铺", "晋源区", "修自行车、电动车",
            "我是修车的，门口就是中学。学生车子坏了，我都不收钱。想去学校给孩子们讲讲车怎么保养、刹车怎么查。",
            [offer("skill", "修自行车、电动车", "skill:bike")],
            causes=("education",)),
    sponsor("s36", MER, "迎泽区桥东街小花园花店", "迎泽区", "鲜花绿植",
            "我是开花店的。小区院子光秃秃的，看着就憋屈。想拿些花苗、绿植出来，跟街坊一块儿把院子种起来。",
            [offer("goods", "花苗、绿植、种子", "goods:plants")],
            causes=("community",)),
    sponsor("s37", MER, "阳曲县黄寨镇老杨裁缝铺", "阳曲县", "裁缝铺",
            "我是做衣服的裁缝，四十年了。村里的秧歌队、晋剧团服装破了、不够了都来找我，"
            "想帮着把咱们的老戏、老秧歌撑下去。",
            [offer("skill", "缝补、改衣服", "skill:sewing"),
             offer("goods", "做演出服", "goods:costume")],
            causes=("culture",)),
    sponsor("s38", MER, "小店区长治路鑫鑫网咖", "小店区", "网吧",
            "我是开网吧的，白天上午基本没人，八十台电脑空着。想让社区的老人来学学上网、学学视频，"
            "不收钱。",
            [offer("venue", "上午空着的电脑室", "venue:computer")],
            causes=("elderly",)),

    # Individuals
    sponsor("s39", IND, "郝同学", "小店区", "山西大学数学系大三学生",
            "我是大三学生，学数学的。我上初中那几年家里困难，是一个大学生哥哥免费给我补的课。"
            "想给家里困难的孩子辅导数学。",
            [offer("skill", "辅导初中数学", "skill:teaching")],
            causes=("children", "poor")),
    sponsor("s40", IND, "李桂芳", "万柏林区", "家庭主妇",
            "我是家庭主妇，孩子上大学走了，家里就我一个。楼上楼下好几个老人一个人过，饭都凑合吃。"
            "我做饭还行，想给他们做做饭，也能帮着干点活。",
            [offer("skill", "做家常饭", "skill:cooking"),
             offer("volunteers", "自己", "people")],
            causes=("elderly",)),
    sponsor("s41", IND, "温老师", "晋源区", "退休小学语文教师",
            "我是教了三十六年小学的语文老师，退休了闲不住。想给孩子们讲讲故事、教教写作文，"
            "特别是爸妈不在身边的孩子。",
            [offer("skill", "讲故事、教作文", "skill:teaching")],
            causes=("children",)),
    sponsor("s42", IND, "赵师傅", "尖草坪区", "退休电工",
            "我是太钢退休的电工。老小区线路老化，老人家里插座冒火花都不知道，怕死人了。"
            "想给街坊邻居特别是老人家里查查线路。",
            [offer("skill", "查线路、换开关插座", "skill:electric")],
            causes=("elderly", "community")),
    sponsor("s43", IND, "武建军", "迎泽区", "小区夜班保安",
            "我是上夜班的保安，白天睡半天，下午就闲着。谁那儿缺人手叫我，搬东西、站岗、维持秩序都行。",
            [offer("volunteers", "下午有空的自己", "people")],
            any_cause=True),
    sponsor("s44", IND, "张宏伟", "迎泽区", "夜班出租车司机",
            "我是开夜班出租的。有天凌晨拉了个坐轮椅的大爷去医院，他说打了一个钟头车没人停。"
            "从那以后，我想每周拿出一天，专门接送腿脚不方便的人去看病。",
            [offer("goods", "自己的出租车接送", "transport")],
            causes=("disabled", "health")),
    sponsor("s45", IND, "小孟", "杏花岭区", "待业的大学毕业生（学新闻的）",
            "我是学新闻的，毕业一年了还在找工作，这段时间天天闲着。会剪视频、做公众号，"
            "想给太原的老街、老手艺做做短视频，让更多人知道。",
            [offer("skill", "拍剪短视频、运营公众号", "skill:media")],
            causes=("heritage", "culture")),
    sponsor("s46", IND, "王姐", "小店区", "刚被裁员的人事主管",
            "我在一家公司做了十二年人事，上个月被裁了，四十三岁重新找工作，才知道有多难。"
            "这段时间有空，想帮刚毕业的孩子和进城打工的人改改简历、练练面试。",
            [offer("skill", "改简历、模拟面试", "skill:job")],
            causes=("youth", "migrant")),
    sponsor("s47", IND, "老吕", "尖草坪区", "建筑工地瓦工（农民工）",
            "我是工地上砌墙的，河南来的，干了二十年。老家我妈的房子漏雨那年，是村里人帮着修的。"
            "见不得老人住漏房子。雨季前谁家房子要补，叫我。",
            [offer("skill", "砌墙、补房顶、抹灰", "skill:build")],
            causes=("elderly",)),
    sponsor("s48", IND, "刘大姐", "万柏林区", "环卫工",
            "扫马路的，会分垃圾。",
            [offer("skill", "教垃圾分类", "skill:env")],
            any_cause=True),
    sponsor("s49", IND, "秦护士长", "杏花岭区", "退休产科护士",
            "我是在妇产医院干了三十年的护士，退休了。看着现在的年轻妈妈坐月子啥也不懂，喂奶喂不上就哭。"
            "想教教她们怎么喂奶、怎么照顾小月子娃。",
            [offer("skill", "产后护理、母乳喂养指导", "skill:nursing")],
            causes=("women", "children")),
    sponsor("s50", IND, "韩大妈", "晋源区", "社区健身操领队",
            "我是带着小区老姐妹跳健身操的，跳了八年，高血压都跳下去了。想让更多老人动起来，"
            "哪儿办老年人健身活动，我去领着跳。",
            [offer("skill", "领跳健身操、教八段锦", "skill:fitness")],
            causes=("elderly", "sport")),
    sponsor("s51", IND, "Amy（贾同学）", "小店区", "外国语学院英语专业学生",
            "我是学英语的大学生，想练口语，也想帮帮来太原的外地和外国游客，火车站、景点都行。",
            [offer("skill", "英语翻译、讲解", "skill:language")],
            causes=("tourism", "hub")),
    sponsor("s52", IND, "晨晨妈妈", "迎泽区", "全职妈妈",
            "我儿子五岁查出白血病，在省儿童医院住了两年，现在好了。那两年最难熬的是夜里一个人在走廊上哭，"
            "没人可说。想去陪陪现在住院孩子的爸妈。",
            [offer("skill", "陪伴、倾听病童家长", "skill:psych")],
            causes=("children", "health")),
    sponsor("s53", IND, "小冯", "尖草坪区", "外卖骑手",
            "送外卖的，晚上有空。",
            [offer("volunteers", "自己", "people")],
            any_cause=True),
    sponsor("s54", IND, "郭永平", "古交市", "洗煤厂夜班工人",
            "我在洗煤厂上夜班。前年冬天我丈人家烧煤炉子煤气中毒，差点没了人。"
            "白天有空，想跟着挨家挨户去看看炉子、烟筒。",
            [offer("volunteers", "白天有空的自己", "people")],
            causes=("fire",)),
    sponsor("s55", IND, "白师傅", "阳曲县", "退休班车司机",
            "我开了三十年乡村班车，退休了，家里有辆面包车。山里的娃娃上学要走好远的路，"
            "想接送接送他们。就在阳曲县跑，远了跑不动。",
            [offer("goods", "面包车接送", "transport")],
            causes=("children", "education"), own_only=True),
    sponsor("s56", IND, "贺大爷", "清徐县", "退休职工",
            "退休了，爱拍照。",
            [offer("skill", "拍照", "skill:photo")],
            any_cause=True),
    sponsor("s57", IND, "刘秀英", "娄烦县", "农村妇女，会剪纸",
            "我是村里剪窗花的，剪了四十年了，我奶奶教我的。现在的娃娃都不会了，想教给他们，"
            "别把这老手艺丢了。",
            [offer("skill", "教剪纸", "skill:craft")],
            causes=("children", "culture")),
    sponsor("s58", IND, "退伍老兵段建国", "杏花岭区", "退伍军人，现做保安队长",
            "我在部队当过五年卫生员。前年在公交站亲眼看见一个人倒下，围了一圈人没一个会按。"
            "想教大家心肺复苏、止血包扎。",
            [offer("skill", "教心肺复苏、止血包扎", "skill:firstaid")],
            causes=("firstaid",)),
    sponsor("s59", IND, "豆豆妈", "万柏林区", "宝妈",
            "我是宝妈，孩子两岁了，家里剩下好多没拆的纸尿裤、奶粉，还有穿小了的衣服。"
            "想送给家里困难的小宝宝。",
            [offer("goods", "纸尿裤、奶粉", "goods:baby"),
             offer("goods", "童装", "goods:clothes")],
            causes=("children", "poor")),
    sponsor("s60", IND, "小杜和他妈妈", "清徐县", "高二学生和家长",
            "我是高二学生，会弹吉他，我妈说周末别老在家打游戏。我想去敬老院给爷爷奶奶们弹弹唱唱。",
            [offer("skill", "弹吉他、唱歌", "skill:music")],
            causes=("elderly",)),
]
