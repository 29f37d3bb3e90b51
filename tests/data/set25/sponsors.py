"""The sponsors of evaluation set 25, with the grader's tags (README.md), written before any project.

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
    sponsor("s01", ENT, "太原暖贝母婴用品连锁有限公司", "小店区", "母婴用品零售、奶粉纸尿裤、孕产用品",
            "我们是卖奶粉、纸尿裤的，全市十几家门店。收银台前常见年轻妈妈拿起一罐奶粉看看价钱又放回去。"
            "想把一部分奶粉、纸尿裤送到低保户、困难家庭的新手妈妈手里，孩子的口粮不能断。",
            [offer("goods", "婴儿奶粉、纸尿裤，按月配送", "goods:baby")],
            causes=("women", "poor")),
    sponsor("s02", ENT, "山西慧育早期教育科技有限公司", "万柏林区", "0-6岁早期教育、亲子课程、托育",
            "我们开早教中心，每天带着一岁到三岁的小家伙们玩积木、唱儿歌。城里的孩子一周上两节课，"
            "村里跟着爷爷奶奶长大的孩子一节都没上过。愿意派老师下乡给留守的孩子上亲子课，也给带孩子的老人讲讲怎么陪孩子玩。",
            [offer("skill", "早教老师上亲子课、给家长和祖辈讲育儿", "skill:teaching"),
             offer("venue", "万柏林区早教中心的教室，周一周二上午空着", "venue:classroom")],
            causes=("children", "rural")),
    sponsor("s03", ENT, "太原安心家政服务有限公司", "迎泽区", "家政、月嫂育婴师派遣、家政培训",
            "我们公司派月嫂、育婴师、保洁阿姨，手底下四百多个阿姨，大多是从吕梁、忻州乡下来太原打工的大姐。"
            "想免费教进城打工的姐妹学育婴、学护理，拿到证就有活干；也能派金牌月嫂去给产妇上门指导。",
            [offer("skill", "家政、育婴员免费培训，帮着找活", "skill:job"),
             offer("skill", "月嫂上门指导产妇护理、新生儿护理", "skill:nursing")],
            causes=("women", "migrant")),
    sponsor("s04", ENT, "山西锦绣良缘婚庆礼仪有限公司", "杏花岭区", "婚礼策划、司仪、舞台灯光音响",
            "我们是办婚礼的，一年办四五百场，音响、灯光、司仪都是现成的。去敬老院送过一回喜糖，"
            "一问好多老两口当年结婚连身新衣裳都没有。想给老人们办集体金婚宴，平时谁家老人过寿也能帮着张罗。",
            [offer("goods", "音响、话筒、舞台灯光，连人带设备", "goods:stage"),
             offer("skill", "婚礼司仪主持", "skill:host")],
            causes=("elderly",)),
    sponsor("s05", ENT, "太原丽人服饰有限公司", "尖草坪区", "女装加工、外贸尾单",
            "我们厂做女装，厂里三百多个女工，有不少是一个人拉扯孩子的。每季都有尾货和样衣压在库房里，"
            "想整理出来送给困难家庭的妈妈和孩子，棉衣棉裤尤其多。",
            [offer("goods", "女装、童装尾货，冬季棉服为主", "goods:clothes")],
            causes=("women", "children", "poor")),
    sponsor("s06", ENT, "太原和美妇产医院", "小店区", "民营妇产专科医院、产科、儿童保健",
            "我们是妇产医院，天天接生、做产检。产后门诊常见到月子里不会喂奶、抑郁了自己都不知道的妈妈。"
            "愿意派产科医生、护士到社区给孕妇和新手妈妈讲课、做免费检查，也给孩子做体检。",
            [offer("skill", "产科医生、儿保医生义诊", "skill:medical"),
             offer("skill", "护士教母乳喂养、新生儿护理", "skill:nursing")],
            causes=("women", "children", "health")),
    sponsor("s07", ENT, "太原心桥家庭教育咨询有限公司", "杏花岭区", "家庭教育指导、亲子关系咨询",
            "我们是做家庭教育咨询的，来找我们的家长，一半是孩子不去上学了、一半是孩子天天抱着手机。"
            "问题多半出在家里。愿意给学校和社区办家长课堂，也给正闹矛盾的家庭做一对一咨询。",
            [offer("skill", "家长课堂、家庭教育讲座", "skill:teaching"),
             offer("skill", "亲子关系、家庭心理咨询", "skill:psych")],
            causes=("women", "children", "education")),
    sponsor("s08", ENT, "清徐县巧娘手工艺品有限公司", "清徐县", "手工刺绣、布艺、来料加工",
            "我们公司收村里妇女做的绣花鞋垫、布老虎，统一卖到外地。好多嫂子在家看孩子出不了门，一双手闲着。"
            "愿意派绣娘去村里免费教手艺，学会了就给活干，让姐妹们在家门口挣钱。",
            [offer("skill", "绣娘下村教刺绣、布艺", "skill:craft"),
             offer("skill", "学会的给派活、按件收货", "skill:job")],
            causes=("women", "rural")),
    sponsor("s09", ENT, "太原贝乐儿童摄影有限公司", "迎泽区", "儿童摄影、全家福",
            "我们是给小孩拍照、拍全家福的，摄影师和灯都是现成的。谁办公益要拍照都行，提前说一声就派人过去。",
            [offer("skill", "摄影师跟拍活动、拍全家福", "skill:photo")],
            any_cause=True),
    sponsor("s10", ENT, "山西悦美日化有限公司", "万柏林区", "洗护用品生产、护手霜、洗衣液",
            "我们是做洗发水、护手霜、洗衣液的。每年冬天在街上看见扫马路的大姐手上全是口子，"
            "想给环卫女工、工地上做饭的大姐送一批洗护用品，让她们手上少裂几道口子。",
            [offer("goods", "护手霜、洗发水、洗衣液、香皂", "goods:daily")],
            causes=("workers", "women")),
    sponsor("s11", ENT, "太原童趣文化用品有限公司", "晋源区", "玩具、绘本批发",
            "我们是批发玩具和绘本的，仓库里常年有几万本绘本。去山里送过一次货，看见村小的孩子围着一本翻烂的画书抢。"
            "想给农村学校、留守儿童送绘本和玩具，建个小书角。",
            [offer("goods", "绘本、益智玩具", "goods:toys"),
             offer("goods", "儿童读物、文具", "goods:books")],
            causes=("children", "rural", "education")),
    sponsor("s12", ENT, "古交市康乐幼儿园", "古交市", "民办幼儿园",
            "我们是古交的民办幼儿园，十二个老师，寒暑假教室都空着。只在古交本地做，古交哪个社区、"
            "哪个村想给孩子办假期班、亲子活动，教室和老师都可以出。",
            [offer("venue", "幼儿园教室和活动室，寒暑假、周末", "venue:classroom"),
             offer("skill", "幼儿老师带孩子做游戏、讲故事", "skill:teaching")],
            causes=("children",), own_only=True),
    sponsor("s13", ENT, "阳曲县田嫂农产品专业合作社", "阳曲县", "小米、杂粮、土鸡蛋种养销售",
            "我们合作社是二十几个嫂子一起种小米、养鸡。村里的孤寡老人、低保户，过年过节我们都送点。"
            "愿意拿出小米、杂粮、鸡蛋给困难的老人和困难家庭。",
            [offer("goods", "小米、杂粮、土鸡蛋", "goods:food")],
            causes=("elderly", "poor")),
    sponsor("s14", ENT, "山西巾帼云商电子商务有限公司", "小店区", "电商直播、网店代运营",
            "我们是做直播带货的，主播都是女孩子。见过太多乡下大姐种的小米、做的手工卖不出去。"
            "愿意教农村妇女开网店、拍短视频、上直播，也可以在我们直播间帮村里卖货。",
            [offer("skill", "电商、直播带货培训", "skill:ecommerce"),
             offer("skill", "短视频拍摄和账号运营", "skill:media")],
            causes=("rural", "women")),
    sponsor("s15", ENT, "山西爱婴卫生用品有限公司", "清徐县", "婴儿纸尿裤生产",
            "我们厂就是做婴儿纸尿裤的。谁家、哪个单位办好事用得上，都可以来拉。",
            [offer("goods", "婴儿纸尿裤，整箱", "goods:baby")],
            any_cause=True),
    # Social organisations
    sponsor("s16", ORG, "太原市女企业家协会", "迎泽区", "行业协会（女企业家）",
            "我们是一群做企业的女人，会员一百二十多家。这些年大家最愿意掏钱的事，是供山里的女孩子念书，"
            "和帮一个人撑着家的困难母亲。愿意出钱资助困难家庭的女孩上学，也资助困难母亲。",
            [offer("money", "会员捐款，定向资助", "money")],
            causes=("women", "poor", "education")),
    sponsor("s17", ORG, "万柏林区妈妈帮互助会", "万柏林区", "社区妈妈互助组织",
            "我们是一群住在一个片区的妈妈，白天送完孩子有半天空。平时在小区里轮流带孩子讲故事、做手工。"
            "愿意出人帮社区办儿童活动、照看放学没人接的孩子。",
            [offer("volunteers", "妈妈志愿者，工作日白天", "people"),
             offer("skill", "给孩子讲故事、带绘本阅读", "skill:teaching")],
            causes=("children", "community")),
    sponsor("s18", ORG, "向阳花单亲家庭互助会", "杏花岭区", "单亲家庭互助",
            "我们会里都是一个人带孩子的。刚离婚那两年，白天上班晚上哭，孩子开家长会都不知道找谁帮忙去。"
            "现在大家抱团了，愿意陪刚走到这一步的妈妈说说话，也能出人帮忙。",
            [offer("skill", "姐妹陪伴谈心、电话陪聊", "skill:psych"),
             offer("volunteers", "会员志愿者", "people")],
            causes=("women", "children")),
    sponsor("s19", ORG, "太原母乳爱心妈妈团", "小店区", "母乳喂养互助公益团体",
            "我们是一帮喂过奶的妈妈，好多人考了国际泌乳顾问证。月子里喂不上奶那种急，我们都经历过。"
            "愿意去社区、医院给新手妈妈教喂奶、解决涨奶。",
            [offer("skill", "泌乳顾问指导母乳喂养", "skill:nursing")],
            causes=("women",)),
    sponsor("s20", ORG, "太原市家庭教育研究会", "尖草坪区", "家庭教育研究与推广",
            "我们研究会有中小学老师、心理老师，也有做了爷爷奶奶的退休校长。"
            "愿意到学校、社区给家长讲怎么跟孩子说话、怎么管手机，家长学校缺讲师可以找我们。",
            [offer("skill", "家长学校讲师", "skill:teaching")],
            causes=("education", "children", "women")),
    sponsor("s21", ORG, "晋源区老姐妹带娃互助组", "晋源区", "隔代养育互助小组",
            "我们是一帮帮儿女带孙子的老太太，天天在小区里推着娃碰头。手上都会做虎头鞋、缝棉坎肩。"
            "愿意给没爸妈在身边的娃娃做几双棉鞋、几件棉坎肩，也能去陪陪跟我们一样带孙子的老人。",
            [offer("goods", "手工虎头棉鞋、棉坎肩", "goods:clothes"),
             offer("volunteers", "老姐妹志愿者", "people")],
            causes=("children", "elderly")),
    sponsor("s22", ORG, "山西女律师联谊会", "迎泽区", "律师行业女律师组织",
            "我们都是执业女律师，办得最多的是离婚、抚养费、家暴。好多女的被打了十几年，不知道能申请人身保护令。"
            "愿意给受家暴的妇女、要不来抚养费的单亲妈妈免费代理，也去社区讲反家暴法。",
            [offer("skill", "免费法律咨询、代理、普法讲座", "skill:legal")],
            causes=("women", "children")),
    sponsor("s23", ORG, "太原市女医师协会", "杏花岭区", "医师行业女医师组织",
            "我们会员是各医院的女医生，妇科、乳腺科、内科都有。下过几次乡，村里五十多岁的妇女好多一辈子没做过妇科检查。"
            "愿意组织女医生下乡给农村妇女义诊、做两癌筛查宣讲。",
            [offer("skill", "女医生义诊、健康讲座", "skill:medical")],
            causes=("women", "rural", "health")),
    sponsor("s24", ORG, "太原市旗袍文化协会", "小店区", "旗袍走秀、形体",
            "我们是一群爱穿旗袍的姐妹，平均年龄五十八岁，天天在公园里练走台步。"
            "愿意去敬老院、社区给老人们演一场旗袍秀，文化节、广场演出也能出节目。",
            [offer("skill", "旗袍走秀、形体表演", "skill:modelling"),
             offer("goods", "旗袍演出服可以借", "goods:costume")],
            causes=("elderly", "culture")),
    sponsor("s25", ORG, "古交市矿嫂互助会", "古交市", "矿工家属互助组织",
            "我们都是矿工的老婆。男人在井下，我们在井上提心吊胆。只在古交本地活动，"
            "愿意给下井的工人包饺子送到井口，也出人去矿上、社区帮忙。",
            [offer("goods", "包好煮熟的饺子，送到井口", "goods:meal"),
             offer("volunteers", "矿嫂志愿者", "people")],
            causes=("workers",), own_only=True),
    sponsor("s26", ORG, "太原市退休女职工合唱团", "迎泽区", "业余合唱团",
            "我们是纺织厂、机床厂退下来的女工，唱了十几年合唱。愿意去社区、敬老院给老人唱歌，"
            "小区里办晚会也能出个节目。",
            [offer("skill", "合唱演出", "skill:perform")],
            causes=("elderly", "community")),
    sponsor("s27", ORG, "娄烦县巾帼手工协会", "娄烦县", "妇女手工编织、缝纫",
            "我们协会是娄烦各村会针线活的妇女，做鞋垫、缝棉被、补衣裳。只在娄烦本县做，"
            "哪个村、哪家需要缝缝补补、教姑娘们做针线，我们就去。",
            [offer("skill", "缝补衣物、做棉被", "skill:sewing"),
             offer("skill", "教针线活、编织", "skill:craft")],
            causes=("women", "rural"), own_only=True),
    sponsor("s28", ORG, "太原早产儿家长互助会", "小店区", "早产儿家庭互助",
            "我家孩子生下来一千二百克，在保温箱里住了四十三天，那些天我跟孩子爸就在走廊上坐着。"
            "会里都是这样过来的爸妈。愿意给正在住院的早产儿家庭送纸尿裤、奶粉，去医院陪陪那些爸妈。",
            [offer("goods", "早产儿纸尿裤、特殊奶粉", "goods:baby"),
             offer("volunteers", "过来人家长去医院陪伴", "people")],
            causes=("children", "health", "women")),
    sponsor("s29", ORG, "阳曲县巾帼志愿服务队", "阳曲县", "农村妇女志愿服务",
            "我们是阳曲各村的妇女骨干，种地、带娃、照看老人都在行。"
            "愿意出人给村里的留守老人和留守娃娃帮忙，帮着收拾屋子、陪着说说话。",
            [offer("volunteers", "村里妇女志愿者", "people")],
            causes=("elderly", "children", "rural")),
    # Caring merchants
    sponsor("s30", MER, "指尖花园美甲店", "小店区", "美甲", "做美甲的。",
            [offer("skill", "美甲、手部护理", "skill:beauty")],
            any_cause=True),
    sponsor("s31", MER, "老街李姐裁缝铺", "迎泽区", "裁缝、改衣、缝补",
            "我在柳巷后头开了二十年裁缝铺，改裤脚、换拉链、做棉被罩。来改衣服的老人一件衣服穿十几年，"
            "愿意给社区的孤老、困难户免费缝补、改衣服。",
            [offer("skill", "缝补、改衣、做被罩", "skill:sewing")],
            causes=("elderly", "poor")),
    sponsor("s32", MER, "花嫁婚纱摄影", "杏花岭区", "婚纱摄影、婚纱租赁",
            "我们店拍婚纱照、租婚纱礼服。有回一对八十多岁的老人来问能不能拍一张，说结婚时候连照片都没有。"
            "愿意给老两口免费拍补婚照，化妆、礼服、照片都包。",
            [offer("skill", "摄影、修片、相册", "skill:photo"),
             offer("skill", "化妆造型", "skill:beauty"),
             offer("goods", "婚纱礼服、演出服可借用", "goods:costume")],
            causes=("elderly",)),
    sponsor("s33", MER, "贝贝家母婴店", "尖草坪区", "母婴用品零售", "开母婴店的。",
            [offer("goods", "奶粉、纸尿裤", "goods:baby")],
            any_cause=True),
    sponsor("s34", MER, "静颜美容会所", "万柏林区", "美容护肤",
            "我们是做皮肤护理的，来的客人都是有钱有闲的。想给那些一年到头顾不上自己的女人做做护理，"
            "环卫大姐、一个人带孩子的妈妈，来店里或者我们上门都行。",
            [offer("skill", "面部护理、化妆", "skill:beauty")],
            causes=("women", "workers")),
    sponsor("s35", MER, "巧手阿芳理发店", "小店区", "理发",
            "我是剃头的，在小区门口开了十五年店。瘫在床上的老人、坐轮椅的人来不了店，"
            "我可以带着推子上门给他们剃。",
            [offer("skill", "上门理发", "skill:haircut")],
            causes=("elderly", "disabled")),
    sponsor("s36", MER, "小橡树绘本馆", "晋源区", "儿童绘本借阅、故事会",
            "我们绘本馆每周末给孩子开故事会，馆里三千多本绘本。愿意把旧一点的绘本送给村里的孩子，"
            "也能去学校、社区给孩子讲故事。",
            [offer("goods", "绘本", "goods:toys"),
             offer("skill", "故事妈妈讲绘本", "skill:teaching")],
            causes=("children",)),
    sponsor("s37", MER, "清徐家和家政服务部", "清徐县", "保洁、钟点工",
            "我们是清徐县城的家政小店，七八个阿姨做保洁、做钟点工。只在清徐县里做，"
            "县里哪家独居老人屋子没人收拾，打个电话我们就派人去。",
            [offer("volunteers", "保洁阿姨上门打扫", "people")],
            causes=("elderly",), own_only=True),
    sponsor("s38", MER, "王嫂饺子馆", "阳曲县", "饺子、家常饭",
            "我在阳曲县城开饺子馆。就在县城附近，别的地方去不了。县里哪儿有干活的工人、"
            "没人做饭的老人吃不上热乎饭，我们包了饺子送过去。",
            [offer("goods", "现包现煮饺子", "goods:meal")],
            causes=("workers", "elderly"), own_only=True),
    sponsor("s39", MER, "一束光花艺", "迎泽区", "鲜花、绿植", "开花店的。",
            [offer("goods", "鲜花、盆栽绿植", "goods:plants")],
            any_cause=True),
    sponsor("s40", MER, "小脚丫童装店", "古交市", "童装零售",
            "我在古交开童装店，店里每年换季都剩一批。想送给家里困难的孩子，特别是没妈管的。",
            [offer("goods", "童装、童鞋", "goods:clothes")],
            causes=("children", "poor")),
    sponsor("s41", MER, "柔韧瑜伽馆", "小店区", "瑜伽、产后修复",
            "我是瑜伽老师，馆里一半学员是生完孩子来修复的。愿意给产后的妈妈、带孩子累坏了腰的妈妈免费上课，"
            "周一上午场馆空着可以借。",
            [offer("skill", "瑜伽、产后修复课", "skill:fitness"),
             offer("venue", "瑜伽馆，周一上午", "venue:sports")],
            causes=("women",)),
    sponsor("s42", MER, "晋绣坊", "杏花岭区", "刺绣、绣品",
            "我从小跟姥姥学绣花，开了个小绣坊。晋绣会的人越来越少了，愿意去学校、社区、文化活动上教人绣花。",
            [offer("skill", "教晋绣、手工刺绣", "skill:craft")],
            causes=("culture",)),
    sponsor("s43", MER, "妈妈图文快印", "尖草坪区", "打印复印、喷绘", "复印店，印东西找我。",
            [offer("goods", "打印、宣传单、海报、横幅", "print")],
            any_cause=True),
    sponsor("s44", MER, "暖阳奶茶", "尖草坪区", "奶茶、热饮",
            "我们是卖奶茶的小店，冬天早上五点多就看见扫马路的大姐们。愿意给环卫工送热奶茶、姜茶，"
            "店里也让她们进来歇脚、充电、接热水。",
            [offer("goods", "热奶茶、姜茶", "goods:water"),
             offer("venue", "店里两张桌子给环卫工歇脚", "venue:station")],
            causes=("workers",)),
    sponsor("s45", MER, "彩虹少儿舞蹈", "晋源区", "少儿舞蹈培训",
            "我们教小朋友跳舞，有民族舞、拉丁。愿意带孩子们去社区、敬老院演出，"
            "也愿意免费教留守、困难家庭的孩子跳舞，演出服我们有。",
            [offer("skill", "少儿舞蹈教学、演出", "skill:perform"),
             offer("goods", "儿童演出服", "goods:costume")],
            causes=("children", "poor")),
    sponsor("s46", MER, "乐妈钢琴教室", "迎泽区", "钢琴教学", "教孩子弹钢琴的。",
            [offer("skill", "钢琴课", "skill:music")],
            any_cause=True),
    # Individuals
    sponsor("s47", IND, "周慧（全职妈妈）", "小店区", "全职妈妈",
            "我是全职妈妈，孩子上二年级，早上送完就没事了。学校门口早上那一阵车多人乱，"
            "我愿意站站护学岗，学校组织活动也可以去帮忙。",
            [offer("volunteers", "工作日上午、放学时间", "people")],
            causes=("education", "children", "traffic")),
    sponsor("s48", IND, "郝桂兰（退休妇产科医生）", "杏花岭区", "退休医生",
            "我在妇幼保健院干了三十五年妇产科，退休五年了。年轻时下乡接生，见过太多在家生孩子出事的。"
            "愿意给农村妇女、孕妇看看病、讲讲怎么做产检。",
            [offer("skill", "妇产科咨询、义诊", "skill:medical")],
            causes=("women", "rural", "health")),
    sponsor("s49", IND, "陈静（律师）", "小店区", "律师",
            "我是律师。我自己当年离婚，前夫的抚养费拖了三年，跑了几十趟法院才要回来。"
            "现在遇到一个人带孩子、要不到抚养费的妈妈，我都愿意免费帮她们。",
            [offer("skill", "婚姻家事法律咨询、代理", "skill:legal")],
            causes=("women", "children")),
    sponsor("s50", IND, "刘芳（网约车司机）", "尖草坪区", "网约车司机",
            "我开网约车，一个人带闺女。那年冬天半夜闺女烧到四十度，我抱着她在路边等了四十分钟打不到车。"
            "晚上收车以后，谁家孩子半夜要去医院，我愿意跑这一趟。",
            [offer("goods", "夜间用车，自己开", "transport")],
            causes=("children", "health")),
    sponsor("s51", IND, "赵奶奶（带孙子的退休工人）", "万柏林区", "退休", "退休带孙子，会织毛衣。",
            [offer("goods", "手织毛衣、毛线帽", "goods:clothes")],
            any_cause=True),
    sponsor("s52", IND, "马晓燕（育婴师）", "迎泽区", "育婴师、月嫂",
            "我是月嫂，伺候过六十多个月子。见过家里穷、请不起月嫂的产妇，奶喂不上孩子饿得哭。"
            "愿意休息的时候免费去给困难家庭的产妇帮忙。",
            [offer("skill", "产妇和新生儿护理", "skill:nursing")],
            causes=("women", "poor")),
    sponsor("s53", IND, "吴颖（家庭教育指导师）", "晋源区", "家庭教育指导",
            "我是家庭教育指导师，周末在社区带家长沙龙。愿意给家长讲课，也给跟孩子闹僵了的家庭做咨询。",
            [offer("skill", "家长课", "skill:teaching"),
             offer("skill", "亲子沟通咨询", "skill:psych")],
            causes=("women", "children")),
    sponsor("s54", IND, "田蕊（营养师）", "尖草坪区", "医院营养科",
            "我是医院营养科的，天天给孕妇配餐、给小孩看挑食。愿意去社区、学校讲讲孕妇和孩子该怎么吃。",
            [offer("skill", "孕期、儿童营养讲座和咨询", "skill:nutrition")],
            causes=("women", "children", "health")),
    sponsor("s55", IND, "范秀珍（退休小学老师）", "清徐县", "退休教师",
            "我在清徐的村小教了一辈子书，现在给闺女带外孙。村里好多娃娃爸妈在外头打工，放了学没人辅导作业。"
            "愿意给留守的娃娃补补课。",
            [offer("skill", "小学辅导、陪读", "skill:teaching")],
            causes=("children", "rural", "education")),
    sponsor("s56", IND, "孙琪（婚礼摄影师）", "万柏林区", "婚礼跟拍",
            "我拍了十年婚礼。现在想给老人拍拍照，好多老人家里最后一张照片还是身份证上的。",
            [offer("skill", "摄影、拍肖像", "skill:photo")],
            causes=("elderly",)),
    sponsor("s57", IND, "韩雪（心理咨询师）", "迎泽区", "心理咨询",
            "我儿子初三那年抑郁了，休学一年。那一年我才知道孩子心里的事大人不知道。"
            "现在我做心理咨询，愿意给中小学生和他们的家长做咨询，电话也行。",
            [offer("skill", "青少年心理咨询", "skill:psych"),
             offer("skill", "心理热线接听", "skill:phone")],
            causes=("children", "education")),
    sponsor("s58", IND, "白雅琴（返乡创业大学生）", "娄烦县", "农产品网店",
            "我大学毕业回娄烦开网店卖土豆、莜面。愿意教村里人开网店、拍视频卖东西。",
            [offer("skill", "网店、直播培训", "skill:ecommerce")],
            causes=("rural",)),
    sponsor("s59", IND, "阳曲县东黄水村妇女主任", "阳曲县", "村干部", "村里的妇女主任。",
            [offer("volunteers", "帮着跑腿、张罗", "people")],
            any_cause=True),
    sponsor("s60", IND, "郭丽（产科护士）", "古交市", "医院产科护士",
            "我是古交医院产科护士。我妈生我妹妹的时候在家里生，大出血差点没了。"
            "现在休班的时候愿意去村里看看孕妇和刚生完孩子的妈妈。",
            [offer("skill", "孕产妇随访、产后护理", "skill:nursing")],
            causes=("women", "rural", "health")),
]
