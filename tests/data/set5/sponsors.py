"""Sponsors of evaluation set 5, written from kinds of Taiyuan businesses and people before any project.

Each offer is (kind, description, the resources it gives). `causes`, `any_cause` and
`own_only` are the grader's reading of the sponsor's own words (README.md); they stay here
and never reach the JSON.
"""

from __future__ import annotations


def sponsor(kind, name, district, industry, interests, offers, causes=(), any_cause=False, own_only=False):
    return {
        "kind": kind, "name": name, "district": district, "industry": industry, "interests": interests,
        "offers": [(offer_kind, text, tuple(gives.split())) for offer_kind, text, gives in offers],
        "causes": set(causes), "any_cause": any_cause, "own_only": own_only,
    }


SPONSORS = [
    # Enterprises
    sponsor(
        "enterprise", "太原鑫驰汽车销售服务有限公司", "小店区", "汽车销售、维修（4S店）",
        "我们是开4S店的，卖车修车十几年了。见得最多的就是事故车，好多都是小毛病没当回事、"
        "开车看手机。想给大家讲讲怎么安全开车，店里的售后师傅也可以出来帮着免费查查车。",
        [
            ("skill", "售后技师上门免费检测车辆、补胎换机油", "skill:carrepair"),
            ("skill", "销售经理讲安全驾驶、安全座椅怎么装", "skill:traffic"),
            ("goods", "商务车一辆带司机，周末可以拉人拉东西", "transport"),
        ],
        causes={"traffic"},
    ),
    sponsor(
        "enterprise", "山西晋清煤化工有限责任公司", "清徐县", "焦化、煤化工",
        "公司地处清徐县，周边村庄较多。公司履行社会责任，重点支持厂区周边村庄的环境整治、"
        "困难群众帮扶和职工安全教育，安环部可派员开展危化品及消防安全培训。",
        [
            ("money", "年度公益资金，按项目拨付", "money"),
            ("skill", "安环部专业人员开展消防、燃气、危化品安全培训和应急演练", "skill:fire"),
            ("volunteers", "青年职工志愿服务队", "people"),
        ],
        causes={"environment", "rural", "poor", "fire"},
    ),
    sponsor(
        "enterprise", "太原星河国际影城有限公司", "万柏林区", "电影放映",
        "工作日上午影厅基本空着，可以免费借出来放电影、开讲座。",
        [("venue", "影厅（120座），工作日上午可用，有投影和音响", "venue:hall")],
        any_cause=True,
    ),
    sponsor(
        "enterprise", "太原市城北热力有限公司", "杏花岭区", "城市集中供热",
        "入冬就是我们最忙的时候。每年都碰到独居老人家里暖气不热、低保户交不起取暖费的情况。"
        "公司工会愿意出钱、出人，帮这些人家把冬天过暖和了，维修工也能顺手看看家里的管子和线路。",
        [
            ("money", "工会困难帮扶资金", "money"),
            ("skill", "维修工上门检修暖气管道、阀门，顺便查看室内线路", "skill:build"),
            ("volunteers", "职工志愿者三十人左右", "people"),
        ],
        causes={"elderly", "poor"},
    ),
    sponsor(
        "enterprise", "太原北方家居建材城", "尖草坪区", "建材家居市场",
        "建材城商户多，油漆、灯具、扶手、防滑垫都有。愿意给老旧小区改造、困难户修房子"
        "捐材料，门前广场也能借给街道搞活动。",
        [
            ("goods", "装修材料：涂料、灯具、扶手、防滑地垫等", "goods:build"),
            ("venue", "建材城门前广场约两千平米", "venue:outdoor"),
        ],
        causes={"community", "poor", "elderly"},
    ),
    sponsor(
        "enterprise", "山西阳曲鲜源乳业有限公司", "阳曲县", "乳制品",
        "牛奶、酸奶可以按箱捐。",
        [("goods", "纯牛奶、酸奶，每次最多两百箱", "goods:food")],
        any_cause=True,
    ),
    sponsor(
        "enterprise", "太原华彩广告标识有限公司", "迎泽区", "广告制作、标识标牌",
        "做喷绘写真、展板、横幅、宣传册的，谁要印东西找我们，成本价或者免费。",
        [("goods", "横幅、展板、宣传单、手册印制", "print")],
        any_cause=True,
    ),
    sponsor(
        "enterprise", "太原晋阳绿源农业科技有限公司", "晋源区", "设施农业、育苗",
        "公司在晋源区有育苗大棚，农技员常年跑村里。希望帮农民把菜种好、卖出去，也愿意给"
        "植树、绿化的活动提供苗木。",
        [
            ("goods", "蔬菜苗、花苗、绿化苗木", "goods:plants"),
            ("skill", "农技员下乡讲大棚种植、病虫害防治", "skill:agri"),
        ],
        causes={"rural", "environment"},
    ),
    sponsor(
        "enterprise", "山西众达人力资源服务有限公司", "迎泽区", "人力资源、劳务派遣",
        "我们天天跟找工作的人打交道，农民工、大学毕业生、下岗的大姐都有。"
        "能免费讲求职技巧、劳动合同怎么签，也能把岗位信息带到工地和社区去。",
        [
            ("skill", "求职指导、职业培训讲师", "skill:job"),
            ("skill", "劳动合同、社保政策咨询", "skill:legal"),
        ],
        causes={"migrant", "workers", "youth", "women"},
    ),
    sponsor(
        "enterprise", "太原康泰健康体检中心", "杏花岭区", "健康体检",
        "中心有体检车和医护团队，可以开进社区、村子给老人做免费体检，量血压测血糖，"
        "出报告后医生再给讲讲。",
        [
            ("skill", "医生、护士下社区义诊体检", "skill:medical"),
            ("goods", "体检车一辆（含司机）", "skill:medical"),
        ],
        causes={"health", "elderly"},
    ),
    sponsor(
        "enterprise", "太原云启网络科技有限公司", "小店区", "互联网、小程序开发",
        "一帮写代码的年轻人。可以帮公益组织做小程序、公众号，给中学生讲讲网络安全和怎么"
        "不被网上的东西带偏。",
        [
            ("skill", "开发小程序、网站，维护公众号", "skill:it"),
            ("skill", "网络安全、防沉迷讲座", "skill:science"),
        ],
        causes={"online", "youth", "education"},
    ),
    sponsor(
        "enterprise", "古交市恒顺服饰加工厂", "古交市", "服装加工、劳保用品",
        "厂里做工装、棉大衣、劳保手套。冬天可以捐一批棉衣给环卫工人、困难户和山里的老人孩子。",
        [("goods", "棉大衣、工装、劳保手套", "goods:clothes goods:tools")],
        causes={"workers", "poor", "elderly", "children"},
    ),
    sponsor(
        "enterprise", "山西昊源电力安装工程有限公司", "万柏林区", "电力工程安装",
        "公司党支部常年组织电工师傅为老旧小区、孤寡老人免费检修线路、更换开关插座，"
        "宣讲安全用电常识。",
        [
            ("skill", "持证电工检修入户线路、更换灯具插座", "skill:electric"),
            ("volunteers", "党员志愿者", "people"),
        ],
        causes={"party", "elderly", "community", "fire"},
    ),
    sponsor(
        "enterprise", "太原清泉饮品有限公司", "尖草坪区", "饮用水、饮料生产",
        "瓶装水管够，大型活动、运动会、夏天户外执勤都可以找我们。",
        [("goods", "550ml瓶装水，一次可供一百箱以上", "goods:water")],
        any_cause=True,
    ),
    sponsor(
        "enterprise", "阳曲县丰泽种养专业合作社", "阳曲县", "杂粮种植、养殖",
        "俺们合作社在阳曲县，种小米、谷子、土豆，也养鸡。社员里有会用手机直播卖货的。"
        "想帮村里的贫困户、留守老人一起把东西卖出去，也能捐些小米土豆。",
        [
            ("goods", "小米、土豆、鸡蛋", "goods:food"),
            ("skill", "直播带货、网店运营经验分享", "skill:ecommerce"),
            ("skill", "种植养殖技术交流", "skill:agri"),
        ],
        causes={"rural", "poor", "elderly"},
    ),
    # Social organisations
    sponsor(
        "social_org", "山西医科大学附属医院护理部护士工会小组", "迎泽区", "医疗护理",
        "我们是一群护士，下了班还愿意做点事。会量血压、换药、讲慢病护理，也能教心肺复苏和"
        "海姆立克。最想帮的是卧床老人和他们的家属。",
        [
            ("skill", "上门护理指导：换药、压疮护理、血压血糖监测", "skill:nursing"),
            ("skill", "心肺复苏、海姆立克急救培训", "skill:firstaid"),
        ],
        causes={"health", "elderly", "firstaid"},
    ),
    sponsor(
        "social_org", "太原市欧美同学会（留学人员联谊会）", "杏花岭区", "留学归国人员团体",
        "会员多是从国外回来的博士、工程师和老师。愿意给中学生讲留学和科研经历，开英语角，"
        "也可以在国际性的会议、赛事上做翻译。",
        [
            ("skill", "英语、日语、德语口译笔译", "skill:language"),
            ("skill", "科研人员进校园讲座", "skill:science"),
        ],
        causes={"education", "youth", "science"},
    ),
    sponsor(
        "social_org", "太原外语志愿翻译服务队", "小店区", "外语志愿服务",
        "翻译队三十多人，英语为主，也有俄语、韩语。常驻机场、火车站给外国旅客指路，"
        "景区、展会需要翻译也可以来。",
        [
            ("skill", "英语、俄语、韩语现场翻译", "skill:language"),
            ("volunteers", "队员轮班值守", "people"),
        ],
        causes={"hub", "tourism"},
    ),
    sponsor(
        "social_org", "太原市迎泽区棋类协会", "迎泽区", "围棋、象棋",
        "教小孩下棋，陪老人下棋。",
        [("skill", "围棋、象棋教练", "skill:chess")],
        causes={"children", "elderly", "sport"},
    ),
    sponsor(
        "social_org", "万柏林区老兵志愿服务队", "万柏林区", "退役军人志愿服务",
        "队员都是退伍老兵，纪律性强，巡逻、站岗、维持秩序、抢险救灾都干过。"
        "逢年过节还去看望烈属和老党员。",
        [
            ("volunteers", "老兵队员四十余人，可巡逻值守、维持秩序", "people"),
            ("skill", "部分队员有急救证，可教基础急救", "skill:firstaid"),
        ],
        causes={"party", "safety", "elderly"},
    ),
    sponsor(
        "social_org", "晋阳湖观鸟与自然教育协会", "晋源区", "自然教育",
        "在晋阳湖和汾河边观鸟十年了。我们带孩子认鸟、认植物，做水质检测，"
        "也给公园、湿地做讲解。",
        [
            ("skill", "自然讲解、观鸟导赏", "skill:guide"),
            ("skill", "水质检测、环保课", "skill:env"),
        ],
        causes={"environment", "children", "heritage"},
    ),
    sponsor(
        "social_org", "小店区书香邻里读书会", "小店区", "阅读推广",
        "读书会有两千多本闲置图书，会员里有不少老师。想给农村学校、社区书屋送书，"
        "周末给孩子们讲绘本、讲故事。",
        [
            ("goods", "图书、绘本", "goods:books goods:toys"),
            ("skill", "阅读指导、绘本故事会", "skill:teaching"),
        ],
        causes={"children", "culture", "rural", "education"},
    ),
    sponsor(
        "social_org", "尖草坪区夕阳红健身舞蹈协会", "尖草坪区", "广场舞、健身操",
        "我们几十个大姐天天在广场跳舞，身体好心情也好。哪里搞活动缺节目，我们去演；"
        "想学跳舞的，我们教。",
        [
            ("skill", "广场舞、健身操表演", "skill:perform"),
            ("skill", "健身操教学", "skill:fitness"),
        ],
        causes={"sport", "elderly", "culture", "women"},
    ),
    sponsor(
        "social_org", "太原市浙江商会", "小店区", "商会",
        "商会会员企业每年集中做几件公益的事，什么方向都行，关键是钱要花在明处，有反馈。",
        [("money", "会员企业集中捐款", "money")],
        any_cause=True,
    ),
    sponsor(
        "social_org", "太原市肢残人轮椅运动协会", "杏花岭区", "残疾人体育",
        "我们是坐轮椅打篮球、练乒乓的残疾朋友。愿意去社区、学校分享怎么跟残疾人相处，"
        "也想陪刚受伤的病友走出家门。",
        [
            ("volunteers", "会员志愿者二十人（部分乘轮椅）", "people"),
            ("skill", "轮椅运动教学、同伴支持", "skill:fitness"),
        ],
        causes={"disabled", "sport"},
    ),
    sponsor(
        "social_org", "太原理工大学红十字会学生分会", "晋源区", "高校学生组织",
        "学生分会有三百多名会员，人人持红十字救护员证。可以去社区、车站做急救培训和"
        "献血宣传，大型活动也能派人做医疗保障点的志愿者。",
        [
            ("skill", "红十字救护员急救培训", "skill:firstaid"),
            ("volunteers", "学生志愿者", "people"),
        ],
        causes={"firstaid", "youth", "health"},
    ),
    sponsor(
        "social_org", "万柏林区毛孩子流浪动物救助会", "万柏林区", "动物保护",
        "救助流浪猫狗，也宣传文明养犬、牵绳遛狗。有志愿者，也有一些爱心人士捐的猫粮狗粮。",
        [
            ("volunteers", "救助志愿者", "people"),
            ("goods", "猫粮狗粮", "goods:petfood"),
        ],
        causes={"animals"},
    ),
    sponsor(
        "social_org", "清徐县梆子戏票友协会", "清徐县", "晋剧爱好者团体",
        "清徐的晋剧票友，逢年过节下乡唱戏，给老人们解解闷。锣鼓家什、戏服都是自己的。",
        [
            ("skill", "晋剧清唱、折子戏演出", "skill:perform"),
            ("goods", "锣鼓、音响等演出家什", "goods:stage"),
        ],
        causes={"culture", "elderly", "rural"},
    ),
    # Caring merchants
    sponsor(
        "merchant", "老杨家豆腐坊", "杏花岭区", "豆腐、豆芽加工",
        "我家做豆腐豆芽二十多年，就在杏花岭这片。街坊里有孤老户、困难户，"
        "每礼拜送点豆腐豆芽不成问题，远了送不过去。",
        [("goods", "豆腐、豆芽、豆浆", "goods:food")],
        causes={"elderly", "poor", "community"}, own_only=True,
    ),
    sponsor(
        "merchant", "晋源区小太阳幼儿园", "晋源区", "民办幼儿园",
        "幼儿园老师都是学前教育专业的，周末教室空着。想给留守儿童、外来务工人员家的"
        "小孩子做点亲子活动、早教，也可以捐一些玩具绘本。",
        [
            ("venue", "幼儿园活动教室，周末可用", "venue:classroom"),
            ("goods", "玩具、绘本", "goods:toys"),
            ("skill", "幼儿教师带亲子游戏、早教", "skill:teaching"),
        ],
        causes={"children", "women", "migrant"},
    ),
    sponsor(
        "merchant", "麦乐迪量贩KTV（万达店）", "万柏林区", "KTV",
        "下午场包厢闲着，大厅有舞台和音响，谁要排练、开联欢会都可以来。",
        [
            ("venue", "KTV大厅及舞台，工作日下午", "venue:hall"),
            ("goods", "音响、话筒可外借", "goods:stage"),
        ],
        any_cause=True,
    ),
    sponsor(
        "merchant", "小店区悦音琴行", "小店区", "钢琴培训、乐器销售",
        "琴行有六台钢琴、两间教室，老师都是音乐学院毕业的。愿意免费教家里条件不好的孩子"
        "弹琴，也能给社区演出伴奏。",
        [
            ("skill", "钢琴、电子琴教学", "skill:music"),
            ("venue", "琴房教室两间", "venue:classroom"),
        ],
        causes={"children", "culture", "poor"},
    ),
    sponsor(
        "merchant", "小王手机维修（柴村市场）", "尖草坪区", "手机维修",
        "修手机的，能教老人用智能手机、扫码、视频。只在尖草坪附近。",
        [("skill", "手机维修、教老人用智能手机", "skill:it")],
        causes={"elderly"}, own_only=True,
    ),
    sponsor(
        "merchant", "古交市美家油漆涂料店", "古交市", "油漆涂料零售",
        "本店在古交东曲。古交本地谁家、哪个学校墙面旧了要刷，油漆我出，远了顾不上。",
        [("goods", "乳胶漆、防锈漆", "goods:build")],
        any_cause=True, own_only=True,
    ),
    sponsor(
        "merchant", "迎泽区安心宠物医院", "迎泽区", "宠物诊疗",
        "宠物医生，能给流浪猫狗做绝育、打疫苗，进社区讲讲怎么科学养宠、狂犬病怎么防。",
        [
            ("skill", "流浪动物绝育、疫苗接种，养宠知识讲座", "skill:vet"),
            ("goods", "猫粮、驱虫药", "goods:petfood"),
        ],
        causes={"animals"},
    ),
    sponsor(
        "merchant", "浪淘沙游泳健身馆", "小店区", "游泳馆",
        "夏天孩子溺水的新闻太揪心了。我们馆里教练都有救生员证，可以免费教孩子游泳、"
        "讲防溺水，淡季的时候泳池也能包场给学校用。",
        [
            ("skill", "游泳教学、防溺水和救生培训", "skill:fitness"),
            ("venue", "标准泳池，淡季工作日可包场", "venue:sports"),
        ],
        causes={"children", "sport", "safety"},
    ),
    sponsor(
        "merchant", "老街坊棋牌室", "迎泽区", "棋牌室",
        "棋牌室白天人少，迎泽区附近社区要开会、搞活动，屋子可以借。",
        [("venue", "棋牌室大间，可坐四十人", "venue:hall")],
        any_cause=True, own_only=True,
    ),
    sponsor(
        "merchant", "巧手张裁缝铺", "杏花岭区", "裁缝、改衣",
        "做了三十年裁缝。能给老人、残疾人改衣服、缝缝补补，也可以教大姐们做针线活挣点钱。",
        [
            ("skill", "裁剪、改衣、缝补", "skill:sewing"),
            ("skill", "教手工缝纫", "skill:craft"),
        ],
        causes={"elderly", "disabled", "women"},
    ),
    sponsor(
        "merchant", "娄烦老马家羊汤馆", "娄烦县", "餐饮",
        "俺家在娄烦县城开羊汤馆。娄烦的环卫工、执勤的交警、过路的司机，冬天早上来喝碗热汤"
        "不要钱。只管娄烦县城。",
        [
            ("goods", "羊汤、烧饼", "goods:meal"),
            ("venue", "店里歇脚、喝热水", "venue:station"),
        ],
        causes={"workers", "traffic"}, own_only=True,
    ),
    sponsor(
        "merchant", "中石化大盂加油站", "阳曲县", "加油站",
        "站在208国道边上。跑长途的司机、骑车的路人可以在站里歇脚、喝水、上厕所、充电。",
        [
            ("venue", "便利店休息区、卫生间，可给手机充电", "venue:station"),
            ("goods", "矿泉水", "goods:water"),
        ],
        causes={"traffic", "workers"},
    ),
    sponsor(
        "merchant", "百脑汇电脑城诚信电脑", "小店区", "电脑销售、维修",
        "店里回收的二手电脑翻新后还能用好几年，想送给山区学校和困难学生，"
        "装好系统、配好软件再送去。",
        [
            ("goods", "翻新电脑、平板", "goods:electronics"),
            ("skill", "电脑维修、装系统", "skill:it"),
        ],
        causes={"education", "rural", "children", "poor"},
    ),
    sponsor(
        "merchant", "杏花岭区暖心家政服务部", "杏花岭区", "家政、护工",
        "家政阿姨、护工二十来个。失能老人、残疾人家里需要帮手，可以派人上门保洁、陪护。",
        [
            ("skill", "护工上门照护、陪诊", "skill:nursing"),
            ("volunteers", "家政阿姨上门保洁", "people"),
        ],
        causes={"elderly", "disabled"},
    ),
    sponsor(
        "merchant", "清徐县顺达租车行", "清徐县", "汽车租赁",
        "有七座车和面包车，带司机，哪里用车说一声。",
        [("goods", "七座车、面包车，含司机油费", "transport")],
        any_cause=True,
    ),
    sponsor(
        "merchant", "河西农产品市场老赵蔬菜批发", "万柏林区", "蔬菜批发",
        "菜。",
        [("goods", "时令蔬菜，每次几百斤", "goods:food")],
        any_cause=True,
    ),
    sponsor(
        "merchant", "静语瑜伽馆", "杏花岭区", "瑜伽",
        "想为女性健康做点事。",
        [
            ("skill", "瑜伽、产后康复课", "skill:fitness"),
            ("venue", "瑜伽教室", "venue:sports"),
        ],
        causes={"women", "health"},
    ),
    # Individuals
    sponsor(
        "individual", "周建国", "尖草坪区", "退休民警",
        "干了一辈子派出所，骗子那些套路门儿清。退休了想给老人们讲讲防诈骗，"
        "小区晚上巡逻我也能参加。",
        [
            ("skill", "防诈骗、治安防范宣讲", "skill:antifraud"),
            ("volunteers", "夜间巡逻", "people"),
        ],
        causes={"safety", "elderly"},
    ),
    sponsor(
        "individual", "郭师傅", "万柏林区", "退休公交司机",
        "开了三十年公交车，1路、2路都开过。想去站台上帮着疏导乘客，给孩子们讲讲"
        "大车的盲区、过马路要注意啥。",
        [
            ("volunteers", "站台引导、疏导乘客", "people"),
            ("skill", "讲交通安全、大车盲区", "skill:traffic"),
        ],
        causes={"transit", "traffic", "children"},
    ),
    sponsor(
        "individual", "李明轩", "迎泽区", "中学物理教师",
        "教物理的，喜欢带学生做实验。课余时间愿意去社区、农村学校做科学小实验，"
        "辅导孩子功课也行。",
        [
            ("skill", "科学实验秀、科普讲座", "skill:science"),
            ("skill", "初高中数理化辅导", "skill:teaching"),
        ],
        causes={"science", "education", "children"},
    ),
    sponsor(
        "individual", "赵慧", "小店区", "精神科医生",
        "在医院精神科工作，见过太多拖成重病的抑郁、焦虑。业余时间想多讲讲心理健康，"
        "也能给有需要的人做一对一的谈话。",
        [("skill", "心理健康讲座、心理咨询", "skill:psych")],
        causes={"health"},
    ),
    sponsor(
        "individual", "孙老师", "杏花岭区", "特殊教育学校手语教师",
        "教手语十五年。可以给医院、车站、派出所的工作人员上手语课，也可以现场给聋人朋友当翻译。",
        [("skill", "手语教学、手语翻译", "skill:sign")],
        causes={"disabled"},
    ),
    sponsor(
        "individual", "王电工", "万柏林区", "个体电工",
        "会修电路，万柏林区内随叫随到。",
        [("skill", "修电路、换灯换开关", "skill:electric")],
        any_cause=True, own_only=True,
    ),
    sponsor(
        "individual", "陈一帆", "小店区", "自由职业网页设计师",
        "会做网页、海报、H5，谁需要宣传设计可以找我，线上交稿。",
        [
            ("skill", "网页、H5制作", "skill:it"),
            ("skill", "海报、宣传图设计", "skill:media"),
        ],
        any_cause=True,
    ),
    sponsor(
        "individual", "刘洋、韩雪", "晋源区", "在读大学生",
        "我们俩是大三的情侣，周末有空。想一起去支教、做环保，能出力气，也能给小孩辅导作业。",
        [
            ("volunteers", "周末两人志愿服务", "people"),
            ("skill", "小学作业辅导、英语", "skill:teaching"),
        ],
        causes={"children", "education", "environment"},
    ),
    sponsor(
        "individual", "张秀英", "迎泽区", "退休（家庭主妇）",
        "我今年六十八了，别的不会，就会做饭。包饺子、蒸花馍、做大烩菜都拿手。社区要是有"
        "老人吃饭难、孩子放学没人管的，我可以去帮厨，也可以在家包好饺子送过去。",
        [
            ("skill", "帮厨、做饭", "skill:cooking"),
            ("goods", "手工饺子、花馍", "goods:meal"),
        ],
        causes={"elderly", "children", "community"},
    ),
    sponsor(
        "individual", "高小龙", "娄烦县", "返乡创业青年",
        "在外面做了几年电商，回娄烦老家开了个网店卖小杂粮。想带着村里年轻人一起做直播，"
        "把娄烦的土豆、莜面卖出去。",
        [
            ("skill", "直播带货、网店运营培训", "skill:ecommerce"),
            ("skill", "短视频拍摄剪辑", "skill:media"),
        ],
        causes={"rural", "youth"},
    ),
    sponsor(
        "individual", "武彩霞", "阳曲县", "民间剪纸艺人",
        "阳曲的剪纸传了三代。想教孩子、教村里的妇女剪纸，把这门手艺传下去。",
        [("skill", "剪纸、面塑教学", "skill:craft")],
        causes={"culture", "children", "women", "rural"},
    ),
    sponsor(
        "individual", "冯德昌", "杏花岭区", "退休法官",
        "在法院干了三十五年，后面一直办婚姻家事案子。赡养、继承、离婚、讨薪这些纠纷，"
        "愿意免费给老百姓出出主意、帮着调解。",
        [("skill", "法律咨询、纠纷调解", "skill:legal")],
        causes={"legal", "women", "elderly", "migrant"},
    ),
    sponsor(
        "individual", "白露", "晋源区", "持证导游",
        "晋祠、天龙山带团十年，英语导游证也有。旅游旺季之外时间比较多，可以给景区、博物馆"
        "做志愿讲解，也能培训讲解员。",
        [
            ("skill", "景区讲解、讲解员培训", "skill:guide"),
            ("skill", "英语讲解", "skill:language"),
        ],
        causes={"tourism", "heritage"},
    ),
    sponsor(
        "individual", "匿名", "杏花岭区", "",
        "每年捐点钱，给上不起学的孩子。",
        [("money", "每年一万元左右", "money")],
        causes={"education", "poor", "children"},
    ),
]
