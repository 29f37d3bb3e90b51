"""The sponsors of evaluation set 29, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md). This set's sponsors lean to schools and training of every kind.
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
    sponsor("s01", ENT, "山西通达机动车驾驶员培训有限公司", "尖草坪区", "机动车驾驶培训、科目二科目三训练场",
            "我们是开驾校的，三十多个教练，每天在车上跟学员念叨的就是“看盲区、礼让行人”。教练们最怕的是放学时候"
            "校门口乱穿的孩子和骑电动车不看路的老人。想让教练去学校、社区讲讲大车盲区和过马路，训练场周末也能借出来做演练。",
            [offer("skill", "金牌教练进校园、进社区讲交通安全、大车盲区体验", "skill:traffic"),
             offer("venue", "驾校训练场（约两万平方米，周末可借）", "venue:outdoor")],
            causes=("traffic", "children", "elderly")),
    sponsor("s02", ENT, "太原晋技职业技能培训学校有限公司", "万柏林区", "电工、焊工、中式烹调、家政等职业技能培训",
            "我们学校办了十二年，培训电工、焊工、厨师、家政。来学的多数是从村里出来打工的，也有厂子关了四十多岁重新找活的。"
            "学会一门手艺就能多挣一份钱，愿意拿出免费名额、派老师去工地和社区讲课，帮他们找工作。",
            [offer("skill", "职业技能培训免费名额、就业推荐", "skill:job"),
             offer("venue", "实训教室两间（可容六十人）", "venue:classroom"),
             offer("money", "每年助学金三万元", "money")],
            causes=("migrant", "workers", "poor")),
    sponsor("s03", ENT, "山西智造未来机器人教育科技有限公司", "小店区", "少儿机器人、编程培训",
            "我们是教孩子搭机器人、学编程的，城里孩子一节课两百块，上得起的都来了。可我们去阳曲、娄烦的学校看过，"
            "那边的孩子连电脑都摸得少。想把机器人课和淘汰下来的编程电脑带到乡下学校，也愿意去科技馆、社区办体验。",
            [offer("skill", "机器人、编程科普课（老师带套件上门）", "skill:science"),
             offer("goods", "淘汰的编程用笔记本电脑、平板", "goods:electronics")],
            causes=("children", "science", "rural")),
    sponsor("s04", ENT, "太原禾丰校园餐饮管理有限公司", "迎泽区", "中小学食堂承包、学生营养餐配送",
            "我们给迎泽、杏花岭的十几所中小学做午饭，中央厨房每天出八千份。寒暑假厨房和厨师都闲着。"
            "想给社区里没人做饭的独居老人和假期没人管饭的孩子送几顿热饭，厨师也可以去教教怎么做得又省钱又有营养。",
            [offer("goods", "营养午餐、盒饭（寒暑假每天可供两三百份）", "goods:meal"),
             offer("skill", "食堂厨师、营养配餐", "skill:cooking")],
            causes=("elderly", "children")),
    sponsor("s05", ENT, "清徐县锦程校服服饰有限公司", "清徐县", "中小学校服、运动服、文化衫生产",
            "我们厂子专门做校服，一年出二十多万套，也接印字文化衫的活。不挑什么活动，谁办公益缺统一的衣服都可以来找我们，"
            "山里学校孩子穿不上新校服的，我们优先。",
            [offer("goods", "校服、运动服", "goods:clothes"),
             offer("goods", "印字文化衫、志愿者马甲", "goods:tshirt")],
            causes=("children",), any_cause=True),
    sponsor("s06", ENT, "太原顺程校车运营服务有限公司", "晋源区", "校车运营、学生接送",
            "我们有四十台黄色校车，上学放学跑两趟，白天中间和整个寒暑假车都停着。司机都是开了十年以上的老司机。"
            "可以拉山里的孩子进城参观，也可以拉村里的老人去医院体检、去公园转转。",
            [offer("goods", "校车及司机（白天和寒暑假）", "transport")],
            causes=("children", "elderly")),
    sponsor("s07", ENT, "太原博雅教育培训学校有限公司", "杏花岭区", "中小学课外辅导、一对一家教",
            "我们做中小学辅导十年了，四个校区，一百来个老师。遇到过家里交不起学费、在门口站着听课的孩子。"
            "想给困难家庭的孩子免费补课，教室周末晚上也可以让社区用。",
            [offer("skill", "数学、语文、英语课外辅导", "skill:teaching"),
             offer("venue", "校区教室（周末晚上空）", "venue:classroom"),
             offer("money", "助学金", "money")],
            causes=("children", "poor", "education")),
    sponsor("s08", ENT, "山西墨彩艺术培训有限公司", "小店区", "少儿美术、书法培训",
            "我们教孩子画画、写毛笔字。班上有个孩子听不见，来的时候不说话，画了三年，现在拿了全省一等奖。"
            "从那以后我们就想多收一些这样的孩子，老师可以上门教，颜料画纸我们出。",
            [offer("skill", "美术、书法老师", "skill:art"),
             offer("goods", "画纸、颜料、画笔、毛笔宣纸", "goods:art")],
            causes=("disabled", "children")),
    sponsor("s09", ENT, "太原雅韵琴行有限公司", "迎泽区", "钢琴销售、音乐培训、乐器维修",
            "我们卖琴也教琴，店里有六个音乐老师，两个调律师。老年大学的合唱团、社区的文艺队常来借琴、问怎么修。"
            "愿意给老人们的文艺队、社区演出去伴奏、教乐器，琴坏了上门修。",
            [offer("skill", "钢琴、电子琴、二胡老师伴奏和教学", "skill:music"),
             offer("skill", "钢琴调律、乐器维修", "skill:tuning")],
            causes=("elderly", "culture")),
    sponsor("s10", ENT, "太原龙城武术学校", "晋源区", "武术、散打寄宿学校",
            "我们学校有三百多个学武术的孩子，教练都是省队退下来的。孩子们练的是身体，也是规矩。"
            "愿意派教练、学生去给年轻人、孩子们教武术、做表演，让更多孩子动起来。",
            [offer("skill", "武术、散打教练", "skill:fitness"),
             offer("skill", "学生武术表演队", "skill:perform")],
            causes=("sport", "youth", "children")),
    sponsor("s11", ENT, "山西云课堂教育科技有限公司", "万柏林区", "中小学线上直播课、学习平板",
            "我们是做网课和学习平板的。去年给娄烦一个村小捐了直播设备，山里孩子第一次听到城里名师的课，眼睛都亮了。"
            "想接着给农村学校捐平板、开直播课。",
            [offer("goods", "学习平板、直播设备", "goods:electronics"),
             offer("skill", "名师线上直播课", "skill:teaching"),
             offer("money", "乡村学校助学资金", "money")],
            causes=("rural", "education")),
    sponsor("s12", ENT, "古交市育苗幼儿园", "古交市", "民办幼儿园",
            "我们是古交的一家幼儿园，三百多个孩子。园里绘本、玩具每年都换新的，旧的还好好的。"
            "只在古交本地送，给矿区、村里的孩子，老师也可以去给他们讲故事。",
            [offer("goods", "绘本、玩具", "goods:toys"),
             offer("skill", "幼儿老师讲故事、亲子课", "skill:teaching")],
            causes=("children",), own_only=True),
    sponsor("s13", ENT, "太原交通技师学院", "尖草坪区", "汽车维修、机电等专业技工教育",
            "我们学院汽修、机电专业的学生每学期都要实习。公交、出租车司机天天在路上跑，车有点小毛病舍不得修。"
            "愿意带学生去场站给他们免费检车，也能修修社区里的电器。",
            [offer("skill", "汽修专业师生免费检车、小修", "skill:carrepair"),
             offer("skill", "机电专业学生家电维修", "skill:repair")],
            causes=("transit",)),
    sponsor("s14", ENT, "山西晋游研学旅行服务有限公司", "迎泽区", "中小学研学旅行、博物馆课程",
            "我们是带中小学生研学的，一年走晋祠、天龙山、双塔寺几百趟，讲解员都是学历史的。"
            "想带更多孩子认认家门口的古建筑，讲解员也愿意去文物景区当义务讲解。",
            [offer("skill", "研学讲解员", "skill:guide"),
             offer("goods", "研学大巴及司机", "transport")],
            causes=("heritage", "children")),
    sponsor("s15", ENT, "娄烦县兴农职业培训学校", "娄烦县", "农民职业技能培训、电商培训",
            "我们学校教娄烦的农民开网店、种土豆、养羊。县里的事我们管，外面的顾不上，只在娄烦本县做。"
            "想帮村里的贫困户把东西卖出去。",
            [offer("skill", "电商直播培训", "skill:ecommerce"),
             offer("skill", "种植养殖技术课", "skill:agri")],
            causes=("rural", "poor"), own_only=True),

    # Social organisations
    sponsor("s16", ORG, "小店区实验小学家长委员会", "小店区", "家长自治组织",
            "我们是一群小学生的家长，每天早晚轮流在校门口站护学岗，看着孩子们过马路。家长里什么行当都有，"
            "学校和社区有活动需要人手，我们就排班去。",
            [offer("volunteers", "家长志愿者（每次十到二十人）", "people")],
            causes=("children", "traffic")),
    sponsor("s17", ORG, "山西大学青年志愿者协会", "小店区", "高校学生志愿组织",
            "我们协会有一千多个注册志愿者，寒暑假去乡下支教，平时去敬老院、社区陪老人。"
            "大学生有的是力气和时间，缺的是对接的地方。",
            [offer("volunteers", "大学生志愿者", "people"),
             offer("skill", "支教（语文、数学、英语、音乐）", "skill:teaching")],
            causes=("children", "elderly")),
    sponsor("s18", ORG, "太原理工大学机器人创新协会", "万柏林区", "高校学生科技社团",
            "我们是一群学机械、学计算机的大学生，做机器人比赛。常去中小学、科技馆给孩子做机器人展示，"
            "也会修电脑、装系统。",
            [offer("skill", "机器人、无人机科普展示", "skill:science"),
             offer("skill", "电脑维修、装系统", "skill:it")],
            causes=("science", "children")),
    sponsor("s19", ORG, "太原市退休教师协会", "迎泽区", "退休教师联谊组织",
            "我们协会四百多个会员，都是从中小学讲台上退下来的。身体还行，教了一辈子书，放不下孩子。"
            "想给留守儿童、外来务工人员的孩子辅导功课，也能给家长讲讲怎么管孩子。",
            [offer("skill", "退休教师辅导功课、家长课堂", "skill:teaching")],
            causes=("children", "education", "migrant")),
    sponsor("s20", ORG, "太原市少儿舞蹈教育联合会", "杏花岭区", "少儿舞蹈培训机构联合组织",
            "我们是全市四十多家舞蹈培训学校的联合会，孩子们一年到头排节目。演出服一套穿一次就放着了。"
            "愿意带孩子们去社区、乡下演出，演出服也可以借给各种文艺队。",
            [offer("skill", "少儿舞蹈节目、舞蹈老师", "skill:perform"),
             offer("goods", "演出服、道具", "goods:costume")],
            causes=("culture",)),
    sponsor("s21", ORG, "太原市书法教育研究会", "杏花岭区", "书法教师学术团体",
            "我们会员多数是中小学书法老师。每年腊月在街上写春联送人，一写就是几百副。"
            "想把写毛笔字这门手艺传下去，去社区、学校教都行，也可以去古建筑、景区写匾、题字。",
            [offer("skill", "书法教学、写春联、题字", "skill:art")],
            causes=("culture", "heritage")),
    sponsor("s22", ORG, "太原市聋儿家长联谊会", "尖草坪区", "听障儿童家长互助组织",
            "我们的孩子都听不见。刚发现的时候我们什么都不懂，到处跑医院、找学校，一个手语词都不会。"
            "现在我们都学会了手语，愿意去给刚遇到这种事的家庭帮忙，也能去窗口、车站给聋人当翻译。",
            [offer("skill", "手语翻译、手语教学", "skill:sign"),
             offer("volunteers", "家长志愿者", "people")],
            causes=("disabled",)),
    sponsor("s23", ORG, "清徐县乡村教师志愿服务队", "清徐县", "乡村教师志愿团体",
            "我们是清徐各个乡镇学校的老师，一百二十人。只在清徐本县活动，周末给村里的孩子补课、"
            "寒暑假看着留守的孩子，村里有事也能出人。",
            [offer("skill", "乡村教师补课、作业辅导", "skill:teaching"),
             offer("volunteers", "教师志愿者", "people")],
            causes=("children",), own_only=True),
    sponsor("s24", ORG, "太原市青少年编程教育协会", "杏花岭区", "编程教育机构行业协会",
            "我们平时教小孩编程，可是回家一看，爸妈、爷爷奶奶连手机付款都不会，还老被骗。"
            "想让编程老师去社区教老人用手机上网，我们的机房周末也可以开放。",
            [offer("skill", "智能手机、电脑使用教学", "skill:it"),
             offer("venue", "编程机房（三十台电脑）", "venue:computer")],
            causes=("elderly", "online")),
    sponsor("s25", ORG, "太原市跆拳道运动协会", "万柏林区", "跆拳道馆联合会",
            "我们是全市跆拳道馆的协会，三十多个道馆。很多家长送女儿来学，说的是“学点防身”。"
            "想给女孩子、妈妈们开免费防身课，道馆也能借给社区搞比赛。",
            [offer("skill", "跆拳道、女子防身术教练", "skill:fitness"),
             offer("venue", "道馆场地", "venue:sports")],
            causes=("women", "sport")),
    sponsor("s26", ORG, "太原市中小学心理健康教育研究会", "晋源区", "学校心理教师专业团体",
            "我们是中小学的心理老师，每年考试前后接到的求助最多，有孩子半夜发消息说不想活了。"
            "愿意给孩子、年轻人做心理辅导，开热线，也能培训家长和班主任。",
            [offer("skill", "心理辅导、团体辅导", "skill:psych"),
             offer("skill", "心理热线接听", "skill:phone")],
            causes=("children", "youth")),
    sponsor("s27", ORG, "阳曲县乡村少年宫辅导员联合会", "阳曲县", "乡村学校少年宫辅导员组织",
            "我们是阳曲各乡镇学校少年宫的辅导员，教美术、教体育。只在阳曲县内活动，"
            "村里孩子、老人搞活动缺老师的，我们去。",
            [offer("skill", "美术、手工辅导", "skill:art"),
             offer("skill", "体育辅导、比赛裁判", "skill:fitness")],
            causes=("children", "elderly"), own_only=True),
    sponsor("s28", ORG, "太原市家庭教育促进会", "迎泽区", "家庭教育指导社团",
            "我们这些年接的电话，一半是离了婚一个人带孩子的妈妈，孩子不听话，自己也快撑不住。"
            "愿意办家长课堂，给单亲妈妈、困难家庭做家庭教育指导和心理疏导。",
            [offer("skill", "家庭教育讲座、家长课堂", "skill:teaching"),
             offer("skill", "亲子心理疏导", "skill:psych")],
            causes=("women", "children", "poor")),
    sponsor("s29", ORG, "山西职业技术学院学生会志愿部", "尖草坪区", "高职院校学生志愿组织",
            "我们学校学建筑、学电气的学生多，动手能力强。暑假有一百多人留校。"
            "愿意去社区、村里帮老人修修灯、通通下水道，大型活动也能出人。",
            [offer("skill", "电气专业学生修灯、查线路", "skill:electric"),
             offer("volunteers", "学生志愿者", "people")],
            causes=("elderly",)),

    # Caring merchants
    sponsor("s30", MER, "小星星托管中心", "小店区", "小学生午托、晚托、作业辅导",
            "我开托管班七年了。班上好些孩子的爸妈是环卫工、送外卖的，下班晚，孩子放学没地方去。"
            "我想多收几个这样的孩子，不收钱，管一顿晚饭，作业也给看。",
            [offer("venue", "托管教室（晚上可坐三十人）", "venue:classroom"),
             offer("goods", "托管班晚饭", "goods:meal")],
            causes=("children", "workers")),
    sponsor("s31", MER, "妙笔作文工作室", "迎泽区", "作文辅导", "教作文的。",
            [offer("skill", "作文、阅读课", "skill:teaching")], any_cause=True),
    sponsor("s32", MER, "琴韵钢琴教室", "杏花岭区", "钢琴教学", "教钢琴的。",
            [offer("skill", "钢琴老师", "skill:music")], any_cause=True),
    sponsor("s33", MER, "学府路文具店", "杏花岭区", "文具、教辅图书零售",
            "我在学校对面开文具店十五年，常有孩子攥着几块钱挑最便宜的本子。"
            "想给家里困难的孩子送书包、本子、课外书。",
            [offer("goods", "书包、本子、笔、课外书", "goods:books"),
             offer("goods", "美术用品、水彩笔", "goods:art")],
            causes=("children", "poor")),
    sponsor("s34", MER, "巧手裁缝铺", "小店区", "改校服、缝补、定做",
            "我在学校门口给孩子们改校服、缝书包二十年了。愿意给社区老人免费缝缝补补、改改衣服，"
            "老人眼睛不好穿不上针。",
            [offer("skill", "缝补、改衣", "skill:sewing")],
            causes=("elderly",)),
    sponsor("s35", MER, "黑白子少儿围棋馆", "万柏林区", "少儿围棋培训", "教围棋的。",
            [offer("skill", "围棋老师", "skill:teaching")], any_cause=True),
    sponsor("s36", MER, "彩虹舞蹈工作室", "晋源区", "成人、少儿舞蹈培训",
            "我开舞蹈工作室的，白天来的多是退休的阿姨，晚上是孩子。阿姨们跳广场舞没人教动作，"
            "我愿意去社区教，教室上午也可以借出来给她们排练。",
            [offer("skill", "舞蹈老师编舞、教跳舞", "skill:perform"),
             offer("venue", "舞蹈教室（带镜子、音响）", "venue:sports")],
            causes=("elderly",)),
    sponsor("s37", MER, "童话树绘本馆", "尖草坪区", "儿童绘本借阅、亲子阅读",
            "我开绘本馆的，家里有个孩子小时候住了半年院，那时候最盼的就是有人来病房给他念故事。"
            "现在想给住院的孩子、没书看的孩子送绘本，去念故事。",
            [offer("goods", "绘本、儿童读物", "goods:toys"),
             offer("skill", "亲子阅读、讲故事", "skill:teaching")],
            causes=("children", "health")),
    sponsor("s38", MER, "健将体育用品店", "尖草坪区", "体育器材零售",
            "我店开在三所学校中间，卖篮球、跳绳、羽毛球。想给缺器材的学校和孩子们送点体育用品，让孩子们多动一动。",
            [offer("goods", "篮球、足球、跳绳、羽毛球拍", "goods:sports")],
            causes=("children", "sport")),
    sponsor("s39", MER, "学苑打印复印", "小店区", "打印复印、印刷", "大学城门口开打印店的。",
            [offer("goods", "打印、复印、印传单海报", "print")], any_cause=True),
    sponsor("s40", MER, "童年时光儿童摄影", "迎泽区", "儿童摄影、证件照",
            "我开儿童影楼，天天给孩子拍照。想起我姥姥走的时候，家里连一张她的好照片都没有。"
            "愿意给老人拍照、拍全家福，不收钱。",
            [offer("skill", "摄影、照片冲印", "skill:photo")],
            causes=("elderly",)),
    sponsor("s41", MER, "浪花少儿游泳馆", "万柏林区", "少儿游泳培训",
            "我是教游泳的。前年暑假汾河边又淹死了两个孩子，都是自己偷偷去玩水的。"
            "愿意给孩子们免费上防溺水和自救课，游泳馆也可以借出来。",
            [offer("skill", "游泳教练教防溺水、水中自救", "skill:firstaid"),
             offer("venue", "游泳馆", "venue:sports")],
            causes=("children",)),
    sponsor("s42", MER, "老周乐器维修", "杏花岭区", "乐器修理", "修乐器的。",
            [offer("skill", "修二胡、琵琶、钢琴、手风琴", "skill:tuning")], any_cause=True),
    sponsor("s43", MER, "娄烦县永顺客运面包车", "娄烦县", "城乡客运包车",
            "我在娄烦跑县城到乡里的面包车十来年了。村里老人、孩子进城看病上学不方便的，"
            "有活动要拉人我就去，只在娄烦县里跑。",
            [offer("goods", "七座面包车及司机", "transport")],
            causes=("elderly", "children"), own_only=True),
    sponsor("s44", MER, "晋源区田园研学营地", "晋源区", "研学营地、农事体验",
            "我们营地在晋源的山脚下，有菜地、果园、帐篷区，平时接学校的研学团。"
            "城里孩子没下过地，山里孩子没出过门，都可以来住两天。",
            [offer("venue", "营地草坪、农事体验区", "venue:outdoor"),
             offer("venue", "营地宿舍（八十个床位）", "venue:lodging")],
            causes=("children",)),
    sponsor("s45", MER, "清徐县甜心烘焙培训坊", "清徐县", "蛋糕面包、烘焙培训",
            "我是做蛋糕、教烘焙的。我妈在敬老院住过两年，过生日都是一碗面。"
            "愿意给老人做生日蛋糕，也能教村里的妇女学门烘焙手艺。",
            [offer("goods", "生日蛋糕、面包", "goods:meal"),
             offer("skill", "烘焙培训", "skill:cooking")],
            causes=("elderly", "women")),
    sponsor("s46", MER, "启明少儿英语工作室", "迎泽区", "少儿英语培训",
            "我教少儿英语，以前在国外待过几年。火车站、景区常见外国人拿着手机问路，没人搭理。"
            "愿意去车站、景区给外国旅客帮忙翻译。",
            [offer("skill", "英语翻译、英语角", "skill:language")],
            causes=("hub", "tourism")),

    # Individuals
    sponsor("s47", IND, "李慧敏", "杏花岭区", "小学语文教师",
            "我是小学语文老师，教了二十二年书。班上留守的孩子作文里写得最多的是“想妈妈”。"
            "周末和假期想给留守儿童读书、辅导写作文。",
            [offer("skill", "语文辅导、阅读课", "skill:teaching")],
            causes=("children",)),
    sponsor("s48", IND, "王建军", "尖草坪区", "中学物理教师",
            "我是中学物理老师，实验室里的东西孩子们最爱看。愿意去社区、乡下学校给孩子们做科学实验，"
            "讲讲电、讲讲天上的星星。",
            [offer("skill", "物理实验、科普讲座", "skill:science")],
            causes=("science", "children")),
    sponsor("s49", IND, "赵雨桐", "晋源区", "大学生", "大三学生，周末有空。",
            [offer("volunteers", "周末做志愿者", "people")], any_cause=True),
    sponsor("s50", IND, "孙丽娟", "小店区", "会计、小学生家长",
            "我儿子三年级那年在校门口被一辆逆行的电动车撞了，腿上缝了十一针。从那以后我每周去学校门口站岗，"
            "也想去别的路口、别的学校帮忙，让司机和家长都慢一点。",
            [offer("volunteers", "文明交通劝导志愿者", "people")],
            causes=("traffic", "children")),
    sponsor("s51", IND, "郭永刚", "万柏林区", "退休中学体育教师",
            "我教了三十五年体育，退休了闲不住。愿意给社区的老人教健身操、太极拳，给孩子们当比赛裁判。",
            [offer("skill", "健身操、太极拳教学、比赛裁判", "skill:fitness")],
            causes=("elderly", "sport")),
    sponsor("s52", IND, "刘桂英", "迎泽区", "退休幼儿园园长",
            "我当了二十年幼儿园园长，见过太多手足无措的新手妈妈。愿意给年轻妈妈讲讲怎么带孩子，"
            "陪陪产后情绪不好的妈妈。",
            [offer("skill", "育儿讲座、亲子课", "skill:teaching"),
             offer("skill", "新手妈妈心理陪伴", "skill:psych")],
            causes=("women", "children")),
    sponsor("s53", IND, "张志强", "清徐县", "校车司机",
            "我开了十五年校车，在清徐跑遍了每个村。周末和假期车不用，村里老人看病、孩子参加活动要用车，我去拉。",
            [offer("goods", "校车接送（周末、假期）", "transport")],
            causes=("elderly", "children")),
    sponsor("s54", IND, "韩晓东", "古交市", "中学美术教师",
            "我是古交的美术老师，画了十几年古交山里的老庙和戏台，好多壁画都快掉光了。"
            "愿意帮着临摹、记录，给村里的戏台、墙上画画。",
            [offer("skill", "绘画、临摹壁画、墙绘", "skill:art")],
            causes=("heritage",)),
    sponsor("s55", IND, "马婷婷", "小店区", "舞蹈教师", "教民族舞的。",
            [offer("skill", "民族舞教学、编排节目", "skill:perform")], any_cause=True),
    sponsor("s56", IND, "田海平", "阳曲县", "驾校教练员",
            "我在阳曲的驾校当教练。村里好多老人骑三轮车、电动车上国道，大车一过吓死人。"
            "愿意去村里给老人讲讲怎么安全骑车、过马路。",
            [offer("skill", "交通安全讲解", "skill:traffic")],
            causes=("traffic", "elderly")),
    sponsor("s57", IND, "白建国", "娄烦县", "职业中学电工专业教师",
            "我在娄烦职中教电工。村里老人家的电线都是几十年前拉的，一下雨就跳闸，还有人私拉乱接。"
            "愿意带学生去给村里老人、贫困户查线路、换灯泡。",
            [offer("skill", "电路检修、换灯、装插座", "skill:electric")],
            causes=("elderly", "poor")),
    sponsor("s58", IND, "陈子豪", "万柏林区", "大学计算机专业学生",
            "我奶奶去年接了个电话，说孙子出事了要交钱，一下子被骗了三万。我是学计算机的，"
            "想教老人们用手机，认出那些骗人的电话和链接。",
            [offer("skill", "教老人用智能手机", "skill:it")],
            causes=("elderly", "safety")),
    sponsor("s59", IND, "杨帆", "杏花岭区", "婚礼摄影师、脑瘫儿童家长",
            "我女儿五岁，脑瘫，在特教学校上学。带她跑康复这几年，认识了很多和我们一样的家庭。"
            "我是拍婚礼的，愿意给这些家庭拍照、拍视频，把他们的事讲出去。",
            [offer("skill", "摄影、视频拍摄", "skill:photo")],
            causes=("disabled",)),
    sponsor("s60", IND, "周静", "晋源区", "律师、高中生家长",
            "我是律师，也是一个高三孩子的妈妈。接的案子里最让我难受的是离婚时孩子没人要、抚养费要不来，"
            "还有被家暴不敢说的妈妈。愿意免费给她们咨询、代写文书。",
            [offer("skill", "法律咨询、代写法律文书", "skill:legal")],
            causes=("women", "children")),
]
