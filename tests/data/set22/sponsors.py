"""The sponsors of evaluation set 22, with the grader's tags (README.md), written before any project.

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
    sponsor("s01", ENT, "山西云岫网络科技有限公司", "小店区", "软件外包、小程序与App开发",
            "我们是做软件外包的，给医院、银行、政务窗口写小程序。写完上线才发现，挂号、缴费全搬到手机上以后，"
            "排在窗口前面一脸茫然的大多是六七十岁的人。公司一百来个程序员，愿意轮流去社区手把手教老人用手机，"
            "每年也拿出一笔钱做公益。",
            [offer("skill", "程序员周末进社区，一对一教老人用智能手机、挂号、缴费", "skill:it"),
             offer("money", "年度公益预算，每年5万元", "money")],
            causes=("elderly",)),
    sponsor("s02", ENT, "清徐县晋味优选电子商务有限公司", "清徐县", "农产品电商、直播带货",
            "我们是在网上卖清徐老陈醋、葡萄和红枣的，抖音、拼多多上都有店。收货的时候跑遍了清徐的村子，"
            "好东西多，可村里人不会拍照、不会开店，只能等贩子上门压价。想教村里人自己在网上开店、直播卖货。",
            [offer("skill", "电商运营培训：开网店、拍商品图、直播卖货", "skill:ecommerce")],
            causes=("rural",)),
    sponsor("s03", ENT, "山西星幕互娱网络科技有限公司", "万柏林区", "手机游戏研发与运营",
            "我们是做手机游戏的，公司里一半是原画师和美术。做游戏这行，总被人说害了孩子，我们心里也不好受。"
            "想为孩子们做点正经事：让美术组的同事去给孩子上画画课，公司换下来的显示器和电脑也可以捐给学校。",
            [offer("skill", "原画师、美术设计师给孩子上绘画课", "skill:art"),
             offer("goods", "公司淘汰的台式电脑和显示器，约40套", "goods:electronics")],
            causes=("children", "education")),
    sponsor("s04", ENT, "太原拾光动画制作有限公司", "杏花岭区", "二维三维动画、宣传片制作",
            "我们是做动画片的小公司，十几个人，接的多是企业宣传片。一直想把太原的老故事——晋祠、"
            "双塔、老城墙这些——做成小孩子爱看的短动画，让地方上的老东西有人记得。",
            [offer("skill", "为公益项目免费制作1至3分钟的动画短片", "skill:animation")],
            causes=("culture", "heritage")),
    sponsor("s05", ENT, "速达出行太原城市运营中心", "小店区", "网约车平台城市运营",
            "我们是网约车平台在太原的城市团队，手底下有几千名注册司机。每年高考组织爱心送考，"
            "平时也有司机自发免费接送去医院透析的老人。想把这些事做成常态，给考生和看病不方便的老人派车。",
            [offer("transport", "爱心车队，网约车及司机，每次最多30辆", "transport")],
            causes=("education", "elderly", "health")),
    sponsor("s06", ENT, "快跑外卖太原城市站", "迎泽区", "外卖配送平台城市站点运营",
            "我们城市站管着三千多名骑手，在各个区有二十几个骑手驿站，有热水、有充电柜、冬天有暖气。"
            "骑手自己就是在外头讨生活的人，驿站想对环卫工、交警、快递员这些在路上干活的人都敞开。"
            "骑手们走街串巷，也愿意顺路帮社区看看独居老人。",
            [offer("venue", "骑手驿站，可歇脚、喝热水、充电", "venue:station"),
             offer("volunteers", "骑手志愿者，顺路探访、帮送东西", "people")],
            causes=("workers", "elderly")),
    sponsor("s07", ENT, "太原智汇众创空间管理有限公司", "小店区", "联合办公、创业孵化",
            "我们是做联合办公的，园区里入驻了六十多家初创团队，多是刚毕业几年的年轻人。"
            "路演厅和会议室晚上、周末常空着。想帮刚出校门、想创业或者找工作的年轻人，"
            "场地可以免费借，园区的创业导师也可以给他们做辅导。",
            [offer("venue", "路演厅（120座）、会议室", "venue:hall"),
             offer("skill", "创业导师辅导、简历修改与模拟面试", "skill:job")],
            causes=("youth",)),
    sponsor("s08", ENT, "山西数安信息安全技术有限公司", "迎泽区", "网络安全、反诈技术服务",
            "我们是做网络安全的，给公安和银行做反诈数据分析。案子看多了：被骗的除了老人，"
            "就是刚上大学的孩子，刷单、校园贷、冒充客服，套路翻来覆去就那几样。"
            "愿意派工程师去社区、学校讲怎么识破电信网络诈骗。",
            [offer("skill", "工程师讲防范电信网络诈骗，附真实案例", "skill:antifraud")],
            causes=("safety", "elderly", "education")),
    sponsor("s09", ENT, "太原码上未来少儿编程培训学校", "晋源区", "少儿编程、机器人培训",
            "我们是教小孩子编程和做机器人的，城里的孩子周末来上课，一个学期几千块。"
            "想给上不起这种课的孩子也开开眼界，尤其是农村学校、留守的孩子，老师可以下乡去上课，"
            "学校有机房最好，没有我们自带笔记本。",
            [offer("skill", "编程老师下乡上编程课、机器人课", "skill:it")],
            causes=("children", "education", "rural")),
    sponsor("s10", ENT, "山西焕新数码回收科技有限公司", "尖草坪区", "二手手机电脑回收翻新",
            "我们是做二手手机和电脑回收翻新的，每个月收上来几千台，检测、换电池、刷机以后再卖。"
            "有一部分翻新机成色一般，卖不上价，但用起来没问题。谁办公益需要，就拿去用。",
            [offer("goods", "翻新的智能手机、平板和笔记本电脑，每年约300台", "goods:electronics")],
            any_cause=True),
    sponsor("s11", ENT, "太原星火文化传媒有限公司", "万柏林区", "短视频MCN、直播运营",
            "我们是做短视频和直播的MCN公司，签了四十多个主播，一个视频动辄几十万播放。"
            "太原好玩的地方不少，乡下的村子也漂亮，就是没人知道。想帮景区和乡村把名气做出来。",
            [offer("skill", "主播和剪辑团队拍摄、发布宣传短视频", "skill:media")],
            causes=("tourism", "rural")),
    sponsor("s12", ENT, "太原鼎讯弱电工程有限公司", "杏花岭区", "监控安防、弱电布线、智能门禁",
            "我们是做弱电的，装监控、拉网线、装门禁。常给老小区装摄像头，见过不少独居老人摔在家里几天没人发现。"
            "愿意给老人家里装一键呼叫和门磁报警，给治安不好的老旧小区补几个摄像头。",
            [offer("goods", "一键呼叫器、门磁报警器、监控摄像头", "goods:security"),
             offer("skill", "监控和报警器安装、线路维护", "skill:electric")],
            causes=("elderly", "safety")),
    sponsor("s13", ENT, "娄烦县通达宽带网络服务有限公司", "娄烦县", "宽带接入、网络维护",
            "我们是娄烦县本地的宽带公司，县里的村子差不多都是我们拉的网。公司小，只在娄烦县内做，"
            "县外的事顾不上。想给本县的学校、村委会、卫生室免费维护网络和电脑，教村里人上网。",
            [offer("skill", "网络和电脑维护、教村民上网（仅限娄烦县内）", "skill:it")],
            causes=("rural", "education"), own_only=True),
    sponsor("s14", ENT, "山西课课通在线教育科技有限公司", "小店区", "在线教育、中小学网课",
            "我们是做中小学网课的，几百位老师在直播间上课。山区学校缺英语、音乐、美术老师，"
            "我们可以给乡村学校的孩子免费开直播课，老师也可以去学校给家长讲讲怎么陪孩子学习。",
            [offer("skill", "名师直播课、家长课堂", "skill:teaching")],
            causes=("education", "children", "rural")),
    sponsor("s15", ENT, "阳曲县鹏程同城物流有限公司", "阳曲县", "同城配送、快递中转",
            "我们是阳曲县做快递中转和同城配送的，有十几辆厢式货车。哪儿需要拉东西就给哪儿拉，"
            "村里的土豆、小米想运出去，也可以捎上。",
            [offer("transport", "厢式货车及司机，每次1至3辆", "transport")],
            causes=("rural",), any_cause=True),
    # Social organisations
    sponsor("s16", ORG, "太原理工大学极客计算机协会", "万柏林区", "高校学生社团（计算机）",
            "我们是学校里一群学计算机的学生，平时在宿舍楼下摆摊帮同学修电脑、装系统。"
            "想走出校门，给社区的老人修手机、装软件、教他们视频聊天，也给社区的电脑室做维护。",
            [offer("skill", "修电脑、修手机、装系统，教老人用手机", "skill:it"),
             offer("volunteers", "社团志愿者，每次10至20人", "people")],
            causes=("elderly", "community")),
    sponsor("s17", ORG, "山西大学青年志愿者协会", "小店区", "高校志愿服务社团",
            "我们是大学生志愿者协会，会员八百多人，每周都有人去打工子弟学校和社区四点半课堂给孩子辅导作业。"
            "人多，哪个活动缺人手可以来找我们，最想做的还是孩子们的课业辅导。",
            [offer("skill", "大学生课业辅导、支教", "skill:teaching"),
             offer("volunteers", "大学生志愿者，每次最多50人", "people")],
            causes=("children", "education")),
    sponsor("s18", ORG, "中北大学街舞社", "尖草坪区", "高校学生社团（街舞）",
            "我们是跳街舞的，社团四十多个人，比赛拿过省里的奖。社区晚会、广场文化节、"
            "学校艺术节叫我们就去，想让更多人看到年轻人跳的舞。",
            [offer("skill", "街舞表演、街舞教学", "skill:perform")],
            causes=("culture",)),
    sponsor("s19", ORG, "太原市电子竞技爱好者协会", "迎泽区", "电竞爱好者协会",
            "我们协会的人都是打游戏长大的。好几个会员上初中的时候偷偷充值、通宵打游戏，"
            "跟家里闹到差点退学。现在回过头看，知道那时候家里有多急。我们可以去学校、社区跟家长和孩子聊聊，"
            "怎么设防沉迷，怎么把游戏当游戏。",
            [offer("skill", "给家长和孩子讲防沉迷、合理游戏", "skill:teaching")],
            causes=("children", "online")),
    sponsor("s20", ORG, "太原市外卖快递小哥互助会", "小店区", "骑手快递员互助组织",
            "我们是送外卖、送快递的人自己组织起来的。大多数是从农村出来的，刚来太原的时候被黑中介骗过押金，"
            "被拖过工资，也在路上被车撞过没人管。会员人多，可以出人出力，最想帮的是刚进城打工的老乡，让他们少走我们走过的弯路。",
            [offer("volunteers", "骑手、快递员志愿者，每次10至30人", "people")],
            causes=("migrant", "workers")),
    sponsor("s21", ORG, "太原码农公益技术联盟", "杏花岭区", "程序员志愿者组织",
            "我们是一群在太原上班的程序员，下班以后接点公益的活：给公益组织做报名系统、"
            "公众号、小程序，帮社区把登记表格变成线上表单。谁做公益需要，都可以来找我们。",
            [offer("skill", "义务开发小程序、报名系统、维护网站", "skill:it")],
            any_cause=True),
    sponsor("s22", ORG, "太原青年影像创作者联盟", "迎泽区", "摄影、短视频创作者社群",
            "我们是一群拍照、拍短片的年轻人，有的在广告公司，有的自己接婚礼跟拍。"
            "前年给一个养老院拍金婚照，老两口结婚时连张合影都没有，拿到照片哭了。"
            "以后想常给老人拍照，也给社区的活动拍拍记录。",
            [offer("skill", "摄影跟拍、给老人拍照并冲印", "skill:photo")],
            causes=("elderly", "community")),
    sponsor("s23", ORG, "山西医科大学学生红十字会", "迎泽区", "高校学生社团（医学生）",
            "我们是医学院的学生，红十字会的会员都考了急救员证。平时在学校教同学心肺复苏，"
            "想去社区、中小学、车站教更多人：旁边有人倒下的时候，会按压就能多救一条命。",
            [offer("skill", "心肺复苏、海姆立克急救教学", "skill:firstaid")],
            causes=("firstaid", "health")),
    sponsor("s24", ORG, "太原学院动漫社", "杏花岭区", "高校学生社团（动漫、cosplay）",
            "我们是喜欢动漫的学生，平时cosplay、排舞台剧，服装道具都是自己做的。"
            "去过一次福利院，孩子们围着“奥特曼”不撒手。想多给孩子们演一演，也给他们带点小玩意儿。",
            [offer("skill", "动漫舞台剧、cosplay表演", "skill:perform"),
             offer("goods", "手办、动漫周边和绘本", "goods:toys")],
            causes=("children",)),
    sponsor("s25", ORG, "山西财经大学金融安全宣讲团", "小店区", "高校学生社团（金融宣讲）",
            "我们是财大的学生，学金融的。身边同学被校园贷、刷单返利、“注销校园贷”骗过好几个，"
            "最多的被骗了三万。我们编了一套讲稿，想去各个学校给学生讲，也给社区的叔叔阿姨讲非法集资和养老骗局。",
            [offer("skill", "防校园贷、防非法集资、防诈骗宣讲", "skill:antifraud")],
            causes=("safety", "education", "elderly")),
    sponsor("s26", ORG, "古交市青年创业者协会", "古交市", "青年创业者社团",
            "我们是古交本地的一帮年轻人，开网店的、开奶茶店的、做装修的都有。"
            "都是在古交长大的，只在古交本地做事。想帮古交的年轻人找活干、创业，"
            "也想帮山里的村子把核桃、小米卖出去，可以出钱，也可以教开网店。",
            [offer("money", "会员捐款，每年约3万元", "money"),
             offer("skill", "教开网店、直播带货", "skill:ecommerce")],
            causes=("youth", "rural"), own_only=True),
    sponsor("s27", ORG, "清徐县大学生返乡志愿服务队", "清徐县", "大学生返乡志愿团队",
            "我们是在外地上大学的清徐人，每年寒暑假回来。队里七十多个人，只在清徐县内活动。"
            "假期村里的孩子没人管，我们给他们补课、陪他们写作业，村里有活动也能来帮忙。",
            [offer("skill", "寒暑假课业辅导", "skill:teaching"),
             offer("volunteers", "返乡大学生，每次10至30人", "people")],
            causes=("children", "education"), own_only=True),
    sponsor("s28", ORG, "太原她码女性科技社群", "小店区", "女性程序员与工程师社群",
            "我们是在太原做程序员、工程师的女生，三百多人的群。"
            "读书的时候班里三十个人只有两个女生，很多女孩子是被一句“女孩子学不好理科”劝退的。"
            "想给女孩子们上编程和科学实验课，让她们知道自己也行。",
            [offer("skill", "少儿编程和科学实验课", "skill:science")],
            causes=("children", "women", "science")),
    sponsor("s29", ORG, "太原市网络文学创作者协会", "杏花岭区", "网络作家协会",
            "我们是在网上写小说的，会员里有几个签约大神，书卖得不错。"
            "写东西的人最知道读书有多要紧。想给学校的孩子上写作课，也把会员的书和捐来的书送给乡下学校。",
            [offer("skill", "网络作家讲写作课", "skill:teaching"),
             offer("goods", "会员作品和捐赠图书", "goods:books")],
            causes=("education", "children")),
    # Caring merchants
    sponsor("s30", MER, "小马手机维修", "迎泽区", "手机维修", "修手机的。",
            [offer("skill", "修手机、换屏、换电池", "skill:it")],
            any_cause=True),
    sponsor("s31", MER, "鑫源电脑城", "杏花岭区", "电脑整机与配件销售",
            "我在电脑城卖了十五年电脑，老家在阳曲山里。前些年回村，小学的电脑房还是十几年前的大脑袋显示器，"
            "一半开不了机。店里有些样机和二手机，可以捐给山里学校，我也能去装机。",
            [offer("goods", "样机和二手电脑，每年约30台", "goods:electronics"),
             offer("skill", "装机、装系统、维护电脑房", "skill:it")],
            causes=("education", "children", "rural")),
    sponsor("s32", MER, "极速网咖", "尖草坪区", "网吧",
            "我们是开网咖的，一百二十台电脑。上午十点以前基本没人，机房空着。"
            "社区的老人想学电脑、孩子们上网课，上午都可以来用，不收钱。",
            [offer("venue", "网咖上午的机房，120台电脑", "venue:computer")],
            causes=("elderly", "children", "education")),
    sponsor("s33", MER, "阿楠女装直播间", "晋源区", "女装网店、服装直播",
            "我是做女装直播的，一晚上能卖几百单，仓库里压着不少过季的衣服。"
            "我原来也是在家带孩子的全职妈妈，后来靠直播才重新挣上钱。想帮带孩子出不了门的妈妈学直播、学开店，"
            "过季的衣服可以捐给困难家庭。",
            [offer("skill", "教宝妈做直播、开网店", "skill:ecommerce"),
             offer("goods", "过季女装、童装，约500件", "goods:clothes")],
            causes=("women", "poor")),
    sponsor("s34", MER, "茶研所奶茶店", "小店区", "奶茶饮品店", "开奶茶店的，夏天可以送饮品。",
            [offer("goods", "奶茶、柠檬水、矿泉水", "goods:water")],
            any_cause=True),
    sponsor("s35", MER, "理工图文快印", "万柏林区", "打印复印、图文制作",
            "我们是学校门口打印复印的，也做横幅、展板、宣传册。社区和学校搞活动要印的东西，"
            "我们按成本价做，量不大就不收钱。",
            [offer("goods", "宣传单、横幅、展板、手册印制", "print")],
            causes=("community", "education")),
    sponsor("s36", MER, "骑手之家电动车维修", "尖草坪区", "电动车维修",
            "我是修电动车的，店开在外卖站旁边，来修车的十个有八个是外卖和快递小哥。"
            "他们一天跑两三百公里，刹车、车灯坏了也舍不得停下来修。想给这些在路上跑的人免费修车、查刹车，"
            "让他们骑得安全点。",
            [offer("skill", "电动车维修、刹车和灯光检查", "skill:bike")],
            causes=("workers", "traffic")),
    sponsor("s37", MER, "迷雾剧本杀推理馆", "迎泽区", "剧本杀、沉浸式剧场",
            "我们是开剧本杀店的，店里有六个全职NPC演员，戏都是自己写的。"
            "去年我们写了一个电诈题材的本子，玩过的人都说比听讲座记得住。想给学校、社区演反诈、禁毒的情景剧，"
            "店里的大包间平时白天也空着。",
            [offer("skill", "NPC演员演反诈、禁毒情景剧", "skill:perform"),
             offer("venue", "大包间，可坐30人", "venue:hall")],
            causes=("safety",)),
    sponsor("s38", MER, "晋阳汉服馆", "晋源区", "汉服租赁与摄影",
            "我在晋源古城边上开汉服馆，租衣服、化妆、拍照一条龙。来拍照的多是外地游客和大学生。"
            "想让更多人知道晋源的古城和老手艺，搞传统文化活动，衣服可以免费借，我们给拍照。",
            [offer("goods", "汉服借用，约80套", "goods:costume"),
             offer("skill", "古风摄影", "skill:photo")],
            causes=("culture", "heritage", "tourism")),
    sponsor("s39", MER, "两小时桌游吧", "杏花岭区", "桌游吧", "开桌游吧的，有旧桌游可以送。",
            [offer("goods", "桌游、棋类、拼图", "goods:toys")],
            any_cause=True),
    sponsor("s40", MER, "古交东曲快递驿站", "古交市", "快递驿站",
            "我们是古交东曲的快递驿站，一天进出一千多件。常有腿脚不好的老人来取件，拿着都费劲。"
            "驿站里有暖气有热水，谁都能进来歇歇、充个电。我们只管古交这一片，别处顾不上，"
            "可以帮老人把快递送上楼。",
            [offer("venue", "驿站一角，歇脚、喝热水、充电", "venue:station"),
             offer("volunteers", "店员帮老人送件上楼", "people")],
            causes=("elderly",), own_only=True),
    sponsor("s41", MER, "娄烦山货小铺", "娄烦县", "杂粮网店",
            "我是娄烦山里长大的，现在在网上卖莜面、小米、土豆粉。小时候家里穷，"
            "初中的学费是村里几户人家凑的，冬天穿的棉袄也是邻居给的。如今网店做起来了，"
            "拿些小米莜面出来。",
            [offer("goods", "莜面、小米、土豆粉，约2000斤", "goods:food")],
            causes=("poor", "children", "education")),
    sponsor("s42", MER, "阳曲山里人家农家乐", "阳曲县", "农家乐餐饮、农产品直播",
            "我们是阳曲县的农家乐，平时也在快手上直播卖山货。灶上能做一百多人的饭。"
            "只在阳曲县里帮忙，县里谁办好事要给干活的人送饭，说一声就行。",
            [offer("goods", "农家饭菜，每次最多100份", "goods:meal")],
            any_cause=True, own_only=True),
    sponsor("s43", MER, "南站电竞主题酒店", "小店区", "电竞主题酒店",
            "我们是开在太原南站旁边的电竞酒店，房间不大但干净。冬天碰上大雪停运，"
            "半夜出站的旅客在站前广场冻着找不着住处。想留几间房给滞留的旅客和来太原看病、打工没地方落脚的人。",
            [offer("venue", "客房，每晚最多8间", "venue:lodging")],
            causes=("hub", "migrant", "health")),
    sponsor("s44", MER, "清徐二手数码店", "清徐县", "二手手机回收与销售",
            "我爷爷一个人住在村里，我在外地上班那几年，他连视频电话都不会接，想他了也只能打电话。"
            "后来我回清徐开了这个二手手机店，店里收上来的旧手机，刷好机、装好大字体，"
            "可以送给村里的老人，我也教他们怎么跟孙子视频。",
            [offer("goods", "刷好机的旧手机，约50部", "goods:electronics"),
             offer("skill", "教老人用手机视频通话", "skill:it")],
            causes=("elderly", "rural")),
    sponsor("s45", MER, "好食光快餐", "万柏林区", "外卖快餐",
            "我们是做外卖快餐的，每天中午出一千多份。每天早上五点多门口扫马路的大姐大哥，"
            "干完活连口热饭都没有。想给环卫工、建筑工地上的工人送早饭和盒饭。",
            [offer("goods", "盒饭、早餐，每天最多100份", "goods:meal")],
            causes=("workers", "migrant")),
    sponsor("s46", MER, "七七美甲工作室", "迎泽区", "美甲美睫", "做美甲的，可以免费做。",
            [offer("skill", "美甲、化妆", "skill:beauty")],
            any_cause=True),
    # Individuals
    sponsor("s47", IND, "赵一鸣", "万柏林区", "后端程序员",
            "我是写后端的程序员。前年我妈接了个“快递理赔”的电话，被骗走两万多块退休金。"
            "那些骗局在我们看来拙劣得很，可她就是看不出来，事后好几个月都抬不起头。"
            "周末可以去社区讲讲那些骗人的电话、链接和App是怎么回事。",
            [offer("skill", "讲识别诈骗电话、钓鱼链接和假App", "skill:antifraud")],
            causes=("elderly", "safety")),
    sponsor("s48", IND, "大飞（游戏主播）", "迎泽区", "游戏主播",
            "我是做游戏直播的，粉丝二十来万，晚上在线的多是十几二十岁的年轻人。"
            "哪个公益项目想让更多人知道、想招志愿者，我直播间里都可以帮着喊一嗓子。",
            [offer("skill", "直播间宣传、转发招募", "skill:media")],
            any_cause=True),
    sponsor("s49", IND, "刘强", "小店区", "外卖骑手",
            "我是送外卖的，每天在小店区跑十几个小时。有一回送餐，敲了半天门，"
            "屋里的老太太倒在地上起不来，是我叫的120。从那以后，送到一个人住的老人家里，我都多问一句。"
            "有空的时候可以去帮忙跑腿。",
            [offer("volunteers", "业余时间跑腿、探访", "people")],
            causes=("elderly",)),
    sponsor("s50", IND, "郭小军", "阳曲县", "快递员", "阳曲跑快递的，有辆面包车。",
            [offer("transport", "面包车及本人驾驶", "transport")],
            any_cause=True),
    sponsor("s51", IND, "苏苗", "尖草坪区", "墙绘师", "画墙绘的。",
            [offer("skill", "墙绘、手绘标语", "skill:art")],
            any_cause=True),
    sponsor("s52", IND, "王乐乐", "万柏林区", "滑板教练",
            "我是教滑板的，周末在公园带一群小孩玩。现在的孩子放学就抱着手机，"
            "拉出来滑两圈，脸上的笑都不一样。想教更多孩子玩滑板、轮滑。",
            [offer("skill", "滑板、轮滑教学", "skill:fitness")],
            causes=("children",)),
    sponsor("s53", IND, "韩志刚", "晋源区", "网约车司机",
            "我是开网约车的。那年冬天半夜，我爸突然脑梗，打车软件上怎么也叫不到车，"
            "最后是邻居开车送的医院。现在我开车，碰上急着去医院的老人，车钱就不要了。可以定期接送。",
            [offer("transport", "私家车接送，本人驾驶", "transport")],
            causes=("elderly", "health")),
    sponsor("s54", IND, "娄烦二丫", "娄烦县", "三农短视频博主",
            "我是拍村里日常的短视频博主，在娄烦老家拍做饭、种地、放羊，粉丝四十多万。"
            "村里的土豆、莜麦好，就是卖不上价。想帮乡亲们拍视频、带货，把山里的东西卖出去。",
            [offer("skill", "拍宣传短视频", "skill:media"),
             offer("skill", "直播带货、教村民开网店", "skill:ecommerce")],
            causes=("rural",)),
    sponsor("s55", IND, "林夕", "杏花岭区", "心理咨询师",
            "我是做心理咨询的，九零后。我自己考研考了两次都没上，那一年天天躲在出租屋里，"
            "不敢给家里打电话，差点没撑过去。后来做了这一行。可以线上、电话陪聊，也可以去学校做讲座。",
            [offer("skill", "心理咨询、心理热线值守", "skill:psych")],
            causes=("youth", "education")),
    sponsor("s56", IND, "何思远", "小店区", "跨境电商客服",
            "我是做跨境电商客服的，英语、俄语都说得来。在机场和火车站见过好几回外国人买不了票、"
            "问不明白路，干着急。周末可以去车站、机场和景区给外国游客当翻译。",
            [offer("skill", "英语、俄语翻译", "skill:language")],
            causes=("hub", "tourism")),
    sponsor("s57", IND, "马骁", "清徐县", "植保无人机飞手",
            "我是飞无人机的，平时接农田飞防的活儿，给葡萄园、玉米地打药。"
            "村里岁数大的人背着药桶打药，一天下来腰都直不起来。想给村里的老人和困难户免费飞防，"
            "也可以教村里年轻人学飞。",
            [offer("skill", "无人机植保飞防、教学", "skill:agri")],
            causes=("rural", "poor", "elderly")),
    sponsor("s58", IND, "沈佳", "万柏林区", "互联网产品经理",
            "我是做产品经理的，也是两个孩子的妈妈。生完二胎歇了三年，回来找工作处处碰壁。"
            "可以帮想回职场的妈妈改简历、做职业规划，也给她们讲讲互联网行业的新岗位。",
            [offer("skill", "简历修改、职业规划辅导", "skill:job")],
            causes=("women",)),
    sponsor("s59", IND, "科学怪叔", "杏花岭区", "科普视频博主",
            "我是在B站做科普视频的，拍实验、讲天文。学校请我去上过几次课，"
            "孩子们看见液氮冒白烟，尖叫声能把房顶掀了。想多给孩子们做实验、讲科学，乡下学校也去。",
            [offer("skill", "科学实验课、科普讲座", "skill:science")],
            causes=("children", "science")),
    sponsor("s60", IND, "阿杰", "尖草坪区", "婚礼跟拍摄影师", "拍照的，周末有空。",
            [offer("skill", "摄影", "skill:photo")],
            any_cause=True),
]
