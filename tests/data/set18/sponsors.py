"""The sponsors of evaluation set 18, with the grader's tags (README.md), written before any project.

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
    sponsor("s01", ENT, "山西康宁大药房连锁有限公司", "小店区", "药品零售、慢病管理、执业药师咨询",
            "我们在太原有四十多家药店，天天见的是拿着一塑料袋药来问“这个和那个能不能一块儿吃”的老人。"
            "想给社区里吃药多的老人送药箱、血压计，让店里的执业药师去社区讲讲怎么吃药、哪些药不能混着吃。",
            [offer("goods", "家庭药箱、电子血压计、血糖仪", "goods:medical"),
             offer("skill", "执业药师用药咨询、合理用药讲座", "skill:medical")],
            causes=("elderly", "health")),
    sponsor("s02", ENT, "太原安康医疗器械有限公司", "杏花岭区", "医疗器械批发、轮椅助行器、家用护理床",
            "我们是卖医疗器械的，轮椅、助行器、坐便椅都有库存。常有人来问能不能便宜点，一问是家里老人中风了，"
            "或者孩子腿脚不方便。愿意拿一部分货捐给残疾人和行动不便的老人。",
            [offer("goods", "轮椅、助行器、洗澡椅、坐便椅", "goods:mobility")],
            causes=("disabled", "elderly")),
    sponsor("s03", ENT, "山西颐年居家养老服务有限公司", "万柏林区", "居家养老、上门护理、助浴",
            "我们公司做居家养老，护理员每天上门给失能老人擦身、助浴、翻身。做久了知道，最难的是那些没人管的独居老人，"
            "子女在外地，病了都没人知道。愿意派护理员给独居、失能老人免费上门护理。",
            [offer("skill", "上门护理、助浴、压疮护理", "skill:nursing")],
            causes=("elderly",)),
    sponsor("s04", ENT, "太原仁和康复辅具有限公司", "迎泽区", "假肢矫形器装配、康复训练",
            "我们是装假肢和矫形器的。来的有工伤截肢的，有车祸的，也有生下来脚就是内翻的孩子。"
            "一副好假肢几万块，很多人装不起。愿意给困难的截肢者、脑瘫孩子免费装配矫形器，"
            "我们的康复师也可以教怎么练走路。",
            [offer("goods", "假肢、矫形器、矫形鞋", "goods:prosthesis"),
             offer("skill", "假肢适配后的康复训练指导", "skill:rehab")],
            causes=("disabled", "children", "poor")),
    sponsor("s05", ENT, "清徐县德济医院", "清徐县", "民营综合医院、体检、120转运",
            "我们是县里的民营医院，有内科、外科、体检中心，还有两辆救护车。院长是清徐人，"
            "想让医生下乡给村里的老人义诊，有大型活动需要救护车保障也可以派。",
            [offer("skill", "医生下乡义诊、健康体检", "skill:medical"),
             offer("skill", "救护车和医护人员现场保障", "skill:ems")],
            causes=("rural", "elderly")),
    sponsor("s06", ENT, "太原恒安急救技术服务有限公司", "尖草坪区", "AED销售安装、急救培训",
            "我们卖AED，也做心肺复苏培训，持证导师有十几个。每年都能看到新闻，有人在地铁里、球场上倒下，"
            "旁边没人会按压。学校、工地、社区、车站，哪儿要学急救我们都去教，不收钱。",
            [offer("skill", "心肺复苏、AED使用、海姆立克急救培训", "skill:firstaid")],
            causes=("firstaid",), any_cause=True),
    sponsor("s07", ENT, "山西瑞康医用耗材有限公司", "晋源区", "医用口罩、消毒液、医用敷料生产",
            "厂里生产口罩、消毒液、纱布敷料，仓库常年有货。谁办公益需要，打个电话来拉就行。",
            [offer("goods", "医用口罩、纱布敷料、创可贴", "goods:medical"),
             offer("goods", "消毒液、免洗洗手液、湿巾", "goods:daily")],
            any_cause=True),
    sponsor("s08", ENT, "太原优护母婴护理有限公司", "小店区", "月子会所、产后护理、育婴师培训",
            "我们是做月子护理的，护士和育婴师都是持证的。来我们这儿坐月子的都是条件好的，"
            "可外面好多新手妈妈连奶都喂不好，产后抑郁了也没人知道。愿意派护士上门教困难家庭的新妈妈喂奶、护理新生儿，"
            "也可以送些奶粉、纸尿裤。",
            [offer("skill", "产后护理、母乳喂养指导、新生儿护理", "skill:nursing"),
             offer("goods", "奶粉、纸尿裤", "goods:baby")],
            causes=("women", "children", "poor")),
    sponsor("s09", ENT, "古交市鑫康老年公寓", "古交市", "养老院、日间照料",
            "我们是古交的一家养老院，住着六十来个老人，有个能坐一百人的活动大厅，平时空着的时候多。"
            "社区、老年协会要办活动、讲座，可以用我们的大厅。",
            [offer("venue", "一楼活动大厅，可坐一百人", "venue:hall")],
            causes=("elderly",)),
    sponsor("s10", ENT, "山西膳衡健康管理有限公司", "迎泽区", "营养配餐、慢病饮食管理",
            "我们公司的人都是注册营养师，给医院和企业食堂做配餐方案。糖尿病、高血压的老人最需要有人告诉他们该怎么吃，"
            "愿意去社区、养老院给老人讲饮食，也给他们出食谱。",
            [offer("skill", "慢病饮食讲座、个人食谱", "skill:nutrition")],
            causes=("elderly", "health")),
    sponsor("s11", ENT, "太原心语心理咨询有限公司", "杏花岭区", "心理咨询、EAP、心理热线",
            "我们是做心理咨询的，也给企业做员工心理援助。这几年来咨询的高三学生、失业的中年人越来越多。"
            "愿意给学生和下岗失业的人做免费心理辅导，热线也可以借给公益项目用。",
            [offer("skill", "心理咨询、团体辅导", "skill:psych"),
             offer("skill", "心理援助热线接听", "skill:phone")],
            causes=("education", "workers")),
    sponsor("s12", ENT, "山西民安保险经纪有限公司", "小店区", "保险经纪、医保政策咨询、理赔代办",
            "我们是做保险经纪的，天天跟医保、大病保险、理赔打交道。很多低保户、老人不知道住院能报多少、慢病卡怎么办，"
            "愿意派人去社区帮他们问政策、跑报销。",
            [offer("skill", "医保报销、慢病卡、大病保险政策咨询和代办", "skill:welfare")],
            causes=("poor", "elderly")),
    sponsor("s13", ENT, "娄烦县黄芪源中药材种植有限公司", "娄烦县", "黄芪、党参种植、中药材收购",
            "我们在娄烦种黄芪和党参，跟三百多户签了收购合同。村里种药材的老乡缺技术，"
            "公司的技术员愿意下村教种药材，帮贫困户脱贫。",
            [offer("skill", "中药材种植技术指导", "skill:agri")],
            causes=("rural", "poor")),
    sponsor("s14", ENT, "阳曲县福寿康养中心", "阳曲县", "医养结合养老、康复护理",
            "我们是阳曲的医养结合养老机构，有护士、有康复师，也有食堂。愿意给村里的失能老人、残疾人上门护理，"
            "也能给附近村的老人送饭。",
            [offer("skill", "上门护理", "skill:nursing"),
             offer("goods", "老年餐送餐", "goods:meal")],
            causes=("elderly", "disabled", "rural")),
    sponsor("s15", ENT, "太原洁安消杀服务有限公司", "晋源区", "灭鼠、灭蟑、消毒",
            "我们是做消杀的，医院、食堂、小区都做。老小区的地下室老鼠成群，养老院和学校食堂最怕这个。"
            "愿意给老旧小区、养老院、学校免费灭鼠灭蟑、消毒。",
            [offer("skill", "灭鼠、灭蟑、环境消毒", "skill:pest")],
            causes=("community", "elderly", "education")),
    # Social organisations
    sponsor("s16", ORG, "太原市无偿献血志愿者协会", "迎泽区", "献血屋引导、献血宣传",
            "我们协会一千多个会员都是献过血的人，平时在献血屋帮着引导、给献血者递水。"
            "想让更多人知道献血不伤身体，哪儿办健康宣传活动需要人手，我们出志愿者。",
            [offer("volunteers", "献血宣传和现场引导志愿者", "people")],
            causes=("health",)),
    sponsor("s17", ORG, "太原市糖尿病病友互助会", "小店区", "病友互助、控糖经验分享",
            "我们是一群得了糖尿病的人，最长的病龄三十年了。会里有几个退休护士，教病友自己测血糖、打胰岛素，"
            "也教怎么吃。愿意去社区教刚查出来的老人怎么控糖，别走我们走过的弯路。",
            [offer("skill", "教测血糖、打胰岛素", "skill:nursing"),
             offer("skill", "糖尿病饮食经验", "skill:nutrition")],
            causes=("health", "elderly")),
    sponsor("s18", ORG, "太原市盲人按摩协会", "杏花岭区", "盲人医疗按摩",
            "我们是盲人按摩师的协会，会员都在按摩店上班。大家说，总是别人帮我们，我们也想帮别人。"
            "愿意给养老院的老人、扫大街的环卫工免费按摩。",
            [offer("skill", "盲人按摩、推拿", "skill:massage")],
            causes=("elderly", "workers")),
    sponsor("s19", ORG, "太原市聋人协会", "万柏林区", "聋人互助、手语推广",
            "我们是聋人自己的协会。去医院看病、去派出所办事，没人会手语，急死人。"
            "愿意派会手语的会员去医院、车站、政务大厅做手语服务，也教志愿者手语。",
            [offer("skill", "手语服务、手语教学", "skill:sign")],
            causes=("disabled",)),
    sponsor("s20", ORG, "山西星语自闭症儿童家长互助会", "晋源区", "自闭症家庭互助、融合活动",
            "我们都是自闭症孩子的家长。孩子确诊那年，我们谁都不知道该找谁。现在想帮新确诊的家庭少走弯路，"
            "家长们可以当志愿者陪伴，也可以讲讲我们的经验。",
            [offer("volunteers", "家长志愿者", "people"),
             offer("skill", "新确诊家庭的陪伴和心理支持", "skill:psych")],
            causes=("disabled", "children")),
    sponsor("s21", ORG, "太原市阳光社会工作服务中心", "小店区", "社会工作、低保家庭个案、儿童关爱",
            "我们是社工机构，手上有几百个个案：低保户、独居老人、事实孤儿。很多人该享受的救助不知道去申请，"
            "我们的社工可以帮着评估、申请救助，也做心理疏导。",
            [offer("skill", "社会救助申请、政策代办", "skill:welfare"),
             offer("skill", "个案心理疏导", "skill:psych")],
            causes=("poor", "elderly", "children")),
    sponsor("s22", ORG, "山西仁心慈善基金会", "迎泽区", "慈善资助、大病救助",
            "我们是一个慈善基金会，每年有一笔资助款，主要给困难家庭、留守儿童和残疾人。项目靠谱就资助。",
            [offer("money", "公益项目资助款", "money")],
            causes=("poor", "children", "disabled")),
    sponsor("s23", ORG, "太原市护理学会青年护士志愿服务队", "杏花岭区", "护理、急救培训",
            "我们是各医院的年轻护士，下了夜班也愿意出来。可以给社区老人量血压、换药，"
            "也可以教居民心肺复苏。",
            [offer("skill", "量血压、换药、居家护理指导", "skill:nursing"),
             offer("skill", "心肺复苏培训", "skill:firstaid")],
            causes=("elderly", "firstaid")),
    sponsor("s24", ORG, "太原市退休医师协会", "万柏林区", "退休医生义诊",
            "会员都是从各大医院退下来的主任医师，内外妇儿都有。身体还行，闲不住，"
            "愿意下乡、进社区给老人和农村群众义诊。",
            [offer("skill", "专家义诊、健康讲座", "skill:medical")],
            causes=("elderly", "rural")),
    sponsor("s25", ORG, "古交市蓝天应急救援队", "古交市", "山地救援、水域救援、应急演练",
            "我们是古交的民间救援队，四十多个队员，很多是矿上的工人。会山地搜救，也会教急救、组织演练。"
            "愿意给矿区、学校教急救，帮着搞应急疏散演练。",
            [offer("skill", "急救培训、救援知识", "skill:firstaid"),
             offer("skill", "应急疏散演练组织", "skill:drill")],
            causes=("workers", "education", "firstaid")),
    sponsor("s26", ORG, "清徐县肢残人协会", "清徐县", "肢残人互助、轮椅维修",
            "我们是清徐坐轮椅、拄拐的人自己的协会。会员里有两个修了半辈子轮椅的师傅，"
            "能修轮椅、换胎、调刹车，身体好的会员也能出来当志愿者。我们人少力薄，只在清徐本县活动。",
            [offer("skill", "轮椅、助行器维修", "skill:repair"),
             offer("volunteers", "会员志愿者", "people")],
            causes=("disabled",), own_only=True),
    sponsor("s27", ORG, "太原市认知症家属联谊会", "尖草坪区", "认知症家庭互助、电话关怀",
            "我们都是家里有老年痴呆老人的人。照顾一个不认识你的爹妈，有多难只有自己知道。"
            "会员们轮流给照顾认知症老人的家属和独居老人打电话，聊聊天、问问情况，也做心理陪伴。",
            [offer("skill", "电话关怀、定期打电话问候", "skill:phone"),
             offer("skill", "照护者心理陪伴", "skill:psych")],
            causes=("elderly",)),
    sponsor("s28", ORG, "山西中医药大学推拿社", "晋源区", "推拿、针灸学生社团",
            "我们是中医药大学学推拿的学生社团，手法跟着老师练了两年。想给养老院老人、工地上的农民工按按肩颈腰腿。",
            [offer("skill", "推拿按摩", "skill:massage")],
            causes=("elderly", "migrant")),
    sponsor("s29", ORG, "娄烦县乡村医生协会", "娄烦县", "乡村医生、村卫生室",
            "我们是娄烦各村卫生室的村医。村里就剩老人了，高血压、老慢支多。我们只在娄烦本县，"
            "愿意一起下村巡诊、给老人建健康档案。",
            [offer("skill", "巡诊、测血压、建健康档案", "skill:medical")],
            causes=("rural", "elderly"), own_only=True),
    # Caring merchants
    sponsor("s30", MER, "古交市百姓平价药店", "古交市", "药店",
            "在古交开药店二十年了，老顾客都是矿上退下来的老人。只在咱古交，愿意给老人送点常用药、血压计。",
            [offer("goods", "常用药、血压计", "goods:medical")],
            causes=("elderly",), own_only=True),
    sponsor("s31", MER, "老郝修脚堂", "杏花岭区", "修脚", "修脚的。",
            [offer("skill", "修脚、嵌甲、脚垫", "skill:pedicure")],
            any_cause=True),
    sponsor("s32", MER, "便民轮椅租赁维修店", "小店区", "轮椅租售、维修",
            "我是修轮椅、租轮椅的。看到有的老人坐的轮椅轮子都歪了还在推，心里不是滋味。"
            "愿意给残疾人和老人免费修轮椅，有些旧轮椅修好了也可以送。",
            [offer("skill", "轮椅、助行器维修", "skill:repair"),
             offer("goods", "修好的旧轮椅", "goods:mobility")],
            causes=("disabled", "elderly")),
    sponsor("s33", MER, "万柏林杏林推拿馆", "万柏林区", "中医推拿、拔罐",
            "开推拿馆的，来的多是腰椎间盘突出、颈椎病的。环卫工、快递小哥这些天天干体力活的人腰最不好，"
            "愿意给他们免费推拿。",
            [offer("skill", "推拿、正骨", "skill:massage")],
            causes=("workers",)),
    sponsor("s34", MER, "晋源区贝贝母婴店", "晋源区", "母婴用品",
            "我开母婴店的。自己是二胎妈妈，知道奶粉、尿不湿有多费钱。愿意给困难家庭的宝宝送奶粉尿不湿。",
            [offer("goods", "奶粉、纸尿裤", "goods:baby")],
            causes=("children", "poor", "women")),
    sponsor("s35", MER, "尖草坪区安心护理用品店", "尖草坪区", "护理用品、助行器",
            "我们店卖护理用品，洗澡椅、助行器、拐杖、护理垫都有。来买东西的多是照顾瘫痪老人的家属，"
            "愿意给困难的老人和残疾人送一些。",
            [offer("goods", "洗澡椅、助行器、拐杖", "goods:mobility"),
             offer("goods", "护理垫、湿巾", "goods:daily")],
            causes=("elderly", "disabled")),
    sponsor("s36", MER, "阳曲县老杨家饭馆", "阳曲县", "饭馆",
            "在阳曲县城开饭馆的。村里的孤寡老人吃饭凑合，想给他们送点热饭，就在咱阳曲，远了送不过去。",
            [offer("goods", "热饭、饺子", "goods:meal")],
            causes=("elderly", "poor"), own_only=True),
    sponsor("s37", MER, "娄烦县小李理发店", "娄烦县", "理发", "剃头的。",
            [offer("skill", "理发、上门理发", "skill:haircut")],
            any_cause=True),
    sponsor("s38", MER, "迎泽区王氏口腔诊所", "迎泽区", "口腔诊所",
            "我是开牙科诊所的。常看到孩子满嘴蛀牙、老人牙掉光了也不镶。愿意给孩子和老人免费查牙，讲怎么刷牙。",
            [offer("skill", "口腔检查、口腔健康讲座", "skill:medical")],
            causes=("children", "elderly")),
    sponsor("s39", MER, "晋源区太极拳馆", "晋源区", "太极拳教学", "教太极的。",
            [offer("skill", "太极拳、八段锦教学", "skill:fitness")],
            any_cause=True),
    sponsor("s40", MER, "尖草坪区清泉送水站", "尖草坪区", "桶装水配送", "送水的。",
            [offer("goods", "桶装水、瓶装水", "goods:water")],
            any_cause=True),
    sponsor("s41", MER, "万柏林区小满网店", "万柏林区", "网店、直播带货",
            "我是个坐轮椅的网店老板，自己学的开网店、做直播，现在一个月能卖几万块。"
            "想教跟我一样的残疾人开网店，总得有个自己挣钱的路子。",
            [offer("skill", "网店开设、直播带货教学", "skill:ecommerce")],
            causes=("disabled",)),
    sponsor("s42", MER, "小店区巧手家政", "小店区", "家政保洁",
            "我们是做家政的小店，七八个阿姨。愿意每月抽两天给独居老人、残疾人家里打扫卫生。",
            [offer("volunteers", "家政阿姨上门打扫", "people")],
            causes=("elderly", "disabled")),
    sponsor("s43", MER, "古交市甜心蛋糕房", "古交市", "蛋糕、面包", "开蛋糕店的。",
            [offer("goods", "生日蛋糕、面包", "goods:food")],
            any_cause=True),
    sponsor("s44", MER, "杏花岭区医大旁图文快印", "杏花岭区", "打印、喷绘、宣传册",
            "店开在医院对面，天天给医生印宣传册。健康知识的宣传单、义诊的横幅，愿意免费给印。",
            [offer("goods", "宣传单、横幅、宣传册印制", "print")],
            causes=("health",)),
    sponsor("s45", MER, "小店区康复理疗工作室", "小店区", "康复理疗、运动康复",
            "我们是个小康复工作室，两个康复治疗师。中风后的老人、脑瘫的孩子，出了医院就没人管康复了。"
            "愿意上门教他们在家怎么练。",
            [offer("skill", "居家康复训练指导", "skill:rehab")],
            causes=("elderly", "disabled", "children")),
    sponsor("s46", MER, "娄烦县丰裕粮油店", "娄烦县", "粮油零售",
            "在娄烦卖粮油的。村里低保户、五保户过年缺米面油，我给送，就在娄烦本县。",
            [offer("goods", "米、面、油", "goods:food")],
            causes=("poor", "rural"), own_only=True),
    # Individuals
    sponsor("s47", IND, "退休护士长 赵慧琴", "迎泽区", "退休护士长（省人民医院）",
            "干了三十五年护士，退休了。想给卧床的老人和残疾人上门护理，也教家属怎么翻身、防褥疮。",
            [offer("skill", "居家护理、压疮护理、家属护理培训", "skill:nursing")],
            causes=("elderly", "disabled")),
    sponsor("s48", IND, "退休儿科医生 郭建平", "晋源区", "退休儿科主任医师",
            "当了一辈子儿科大夫。退休后回村看了看，留守的孩子发烧了爷爷奶奶就给吃点感冒药。"
            "想给农村孩子、留守儿童看看病，讲讲常见病怎么护理。",
            [offer("skill", "儿科义诊、育儿讲座", "skill:medical")],
            causes=("children", "rural")),
    sponsor("s49", IND, "社工 刘晓燕", "万柏林区", "社区社工",
            "我在社区做社工，外来打工的人最难：孩子上学、医保异地报销、工伤，不知道找谁。"
            "下班时间可以帮他们弄社保、医保和救助申请。",
            [offer("skill", "社保医保办理、救助申请", "skill:welfare")],
            causes=("migrant", "poor")),
    sponsor("s50", IND, "韩丽萍", "尖草坪区", "家庭照护者",
            "我照顾瘫在床上的母亲十一年了，从不会翻身到会吸痰，全是自己摸索出来的。"
            "现在母亲走了，我想把这些教给刚开始照顾老人的家属，也想常给他们打打电话，他们太孤单了。",
            [offer("skill", "居家照护经验、护理示范", "skill:nursing"),
             offer("skill", "给照护者打电话陪聊", "skill:phone")],
            causes=("elderly",)),
    sponsor("s51", IND, "急救医生 孟涛", "小店区", "120急救中心医生",
            "我是120的医生，跑过的现场太多了，很多人本来有救，就是没人会按压。"
            "想给学生和普通市民教心肺复苏。",
            [offer("skill", "心肺复苏、创伤止血包扎教学", "skill:firstaid")],
            causes=("education", "firstaid")),
    sponsor("s52", IND, "康复治疗师 田蕾", "杏花岭区", "儿童康复治疗师",
            "我在医院做儿童康复，脑瘫、语言发育迟缓的孩子都做。想给残疾孩子的家长教在家里怎么训练，也能做言语训练。",
            [offer("skill", "儿童运动康复指导", "skill:rehab"),
             offer("skill", "言语训练", "skill:speech")],
            causes=("disabled", "children")),
    sponsor("s53", IND, "退休乡医 常有福", "阳曲县", "退休乡村医生",
            "在村卫生室干了四十年，退了。腿脚还利索，愿意给村里的老人量量血压、看看病。",
            [offer("skill", "看常见病、量血压", "skill:medical")],
            causes=("rural", "elderly")),
    sponsor("s54", IND, "药师 李卫东", "古交市", "医院药剂科药师",
            "我是医院药房的药师。矿上退休的老工人一人吃七八种药，吃错的不少。想给老人讲讲药怎么吃，帮他们清理过期药。",
            [offer("skill", "用药指导、清理家庭过期药", "skill:medical")],
            causes=("elderly", "workers")),
    sponsor("s55", IND, "张建军", "万柏林区", "公交司机", "老献血者，献了六十次血。",
            [offer("volunteers", "志愿者", "people")],
            any_cause=True),
    sponsor("s56", IND, "吴静", "迎泽区", "手语翻译", "手语翻译。",
            [offer("skill", "手语翻译", "skill:sign")],
            any_cause=True),
    sponsor("s57", IND, "心理咨询师 杜文君", "清徐县", "中学心理老师、心理咨询师",
            "我是县中学的心理老师。班里一半孩子父母在外打工，有的孩子一学期见不到爸妈。想给留守孩子做心理辅导。",
            [offer("skill", "儿童青少年心理辅导", "skill:psych")],
            causes=("children", "education")),
    sponsor("s58", IND, "老中医 贾德明", "娄烦县", "退休中医",
            "行医五十年，退休回了娄烦老家。扎针、推拿都会，想给村里的老人看看腰腿疼。",
            [offer("skill", "中医看病", "skill:medical"),
             offer("skill", "推拿", "skill:massage")],
            causes=("elderly", "rural")),
    sponsor("s59", IND, "退休医保科员 王淑芬", "杏花岭区", "退休（原区医保中心）",
            "在医保中心窗口坐了二十多年。退休了才知道外面多少老人连门诊慢病都没办，白花钱。愿意帮老人和低保户办医保的事。",
            [offer("skill", "医保报销、门诊慢病申报", "skill:welfare")],
            causes=("elderly", "poor")),
    sponsor("s60", IND, "程序员 高远", "小店区", "软件工程师",
            "我十九岁那年出车祸，从此坐轮椅。学编程找到了工作。想教残疾朋友用电脑、学编程，也能帮他们修电脑。",
            [offer("skill", "电脑、编程教学，修电脑", "skill:it")],
            causes=("disabled",)),
]
