"""The sponsors of evaluation set 27, with the grader's tags (README.md), written before any project.

Each sponsor holds what a real profile holds (kind, name, district, industry, interests, offers)
and, for the grader only: the causes its words name about whom or what it wants to help
(`causes`), whether it gives for any cause or names none while offering one thing (`any_cause`),
whether its words say it gives only in its own district (`own_only`), and what each offer gives
(`gives`, tags of README.md). This set's sponsors lean to newcomers and people from elsewhere.
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
    sponsor("s01", ENT, "太原瓯晋服饰贸易有限公司", "小店区", "服装批发、羽绒服和劳保棉衣",
            "我们是温州人，在太原做服装批发快二十年了，库房里常年压着羽绒服、棉袄和劳保棉衣。"
            "刚来太原那几年，冬天在工地上干活冻得直哆嗦，知道没件厚衣服是什么滋味。"
            "想把冬衣送给在外面干活的农民工，还有家里困难、过冬发愁的人家。",
            [offer("goods", "羽绒服、棉袄、劳保棉衣，每年冬天可出五百件左右", "goods:clothes"),
             offer("money", "每年拿出两万元，用在冬衣不够的地方", "money")],
            causes=("migrant", "poor")),
    sponsor("s02", ENT, "山西闽茗茶业有限公司", "迎泽区", "福建乌龙茶、白茶批发零售",
            "我们是福建安溪人，在太原开茶叶公司。店门口每天早上都有扫马路的大姐歇脚，夏天热得脸通红，"
            "我们就给她们泡茶喝。想正经做这件事：给扫街的环卫工人、在外面风吹日晒干活的人送茶水、凉茶。",
            [offer("goods", "袋泡茶、瓶装凉茶，夏季每月可出两千瓶", "goods:water")],
            causes=("workers",)),
    sponsor("s03", ENT, "太原豫晋装饰工程有限公司", "万柏林区", "家庭装修、旧房翻新、水电改造",
            "我们是做家装的，老板和工人大多是河南老乡。干活时常进老小区，见过不少独居老人家里水管漏、"
            "墙皮掉了没人修，也见过低保户的房子冬天漏风。公司愿意派师傅上门免费修，材料我们出一部分。",
            [offer("skill", "水电瓦木师傅上门维修、房屋改造", "skill:build"),
             offer("goods", "水管、龙头、涂料、灯具等装修辅料", "goods:build")],
            causes=("elderly", "poor")),
    sponsor("s04", ENT, "山西吕运物流有限公司", "尖草坪区", "公路货运、城配物流",
            "我们是做货运的，吕梁人开的公司，车队有四十多辆车，大小都有。哪里需要拉东西就说，"
            "车和司机都能出，谁办公益都行。老家在吕梁山里，往山里村里送东西更愿意跑。",
            [offer("goods", "厢式货车、轻卡带司机，每月可出车十趟", "transport")],
            causes=("rural",), any_cause=True),
    sponsor("s05", ENT, "太原云栈网络科技有限公司", "小店区", "软件外包、小程序开发",
            "我们几个是从深圳回来的程序员，回太原办了个小公司。在外地那些年，爸妈不会用智能手机，"
            "视频打不通、健康码弄不出来，只能干着急。公司程序员周末可以去社区教老人用手机；"
            "公司换下来的旧笔记本电脑，想送给县里缺电脑的学校。",
            [offer("skill", "程序员周末教老人用智能手机、电脑", "skill:it"),
             offer("goods", "旧笔记本电脑二十台，已重装系统", "goods:electronics")],
            causes=("elderly", "education")),
    sponsor("s06", ENT, "太原启言外语培训学校", "杏花岭区", "少儿英语、雅思托福培训",
            "我们是做英语培训的，有中教也有外教。来上课的多是城里孩子，县里和村里的孩子很少有机会听外教讲课。"
            "愿意派老师给留守儿童、农村学校的孩子上英语课，周末教室也可以借给学校用。",
            [offer("skill", "中外教老师英语课，每月八课时", "skill:language"),
             offer("venue", "三间教室，周末上午可用", "venue:classroom")],
            causes=("children", "education", "rural")),
    sponsor("s07", ENT, "山西忻味杂粮食品有限公司", "晋源区", "莜面、小米、杂粮加工销售",
            "我们是忻州人，在晋源开杂粮加工厂，做莜面、小米、荞面。家里就是种地出来的，粮食有的是，"
            "哪儿需要吃的都能拉几袋过去。",
            [offer("goods", "小米、莜面、杂粮礼包，每次可出三百份", "goods:food")],
            any_cause=True),
    sponsor("s08", ENT, "清徐县伊和清真肉食品有限公司", "清徐县", "清真牛羊屠宰、冷鲜肉加工",
            "我们是回族人办的清真肉食厂。每年古尔邦节厂里都要给清真寺周边的孤寡老人送肉，"
            "这几年想把范围放大一点：过年过节给困难家庭、孤寡老人送牛羊肉。",
            [offer("goods", "冷鲜牛羊肉，每次五百斤左右", "goods:food")],
            causes=("poor", "elderly")),
    sponsor("s09", ENT, "山西众邦人力资源服务有限公司", "小店区", "劳务派遣、招聘、职业培训",
            "我们是做劳务派遣和招工的，手下一千多工人大多是外省外县来的。干这行最怕两件事：工人被欠工钱，"
            "工人受了伤不知道找谁。公司有专门处理劳动争议的法务，也有给工人做岗前培训的老师，"
            "愿意帮进城打工的人讨薪、找活、学手艺。",
            [offer("skill", "法务人员劳动争议咨询、协助讨薪", "skill:legal"),
             offer("skill", "招聘对接、岗前和技能培训", "skill:job")],
            causes=("migrant", "workers")),
    sponsor("s10", ENT, "太原义晋小商品批发有限公司", "迎泽区", "小商品批发、文具玩具日用品",
            "我们是义乌人，在太原开小商品批发，文具、玩具、毛巾牙刷什么都有。自己的孩子小时候留在老家跟奶奶过，"
            "一年见两回，所以特别想给留守的孩子送点东西；困难家庭缺的日用品也可以送。",
            [offer("goods", "书包、本子、笔等文具", "goods:books"),
             offer("goods", "玩具、绘本", "goods:toys"),
             offer("goods", "毛巾、牙刷、洗衣粉、香皂等日用品", "goods:daily")],
            causes=("children", "poor")),
    sponsor("s11", ENT, "太原闽家商务酒店", "迎泽区", "酒店住宿、会议室出租",
            "我们是福建人开的酒店，就在火车站旁边。常遇到半夜下车没地方去的旅客，也常遇到从县里来太原看病、"
            "舍不得住店的病人家属。愿意给滞留的旅客和外地来看病的家属提供免费或低价房间，会议室也可以借用。",
            [offer("venue", "客房十间，按需提供", "venue:lodging"),
             offer("venue", "八十人会议室", "venue:hall")],
            causes=("hub", "health")),
    sponsor("s12", ENT, "娄烦县汾源田园农业开发有限公司", "娄烦县", "马铃薯种植收购、电商销售",
            "我在北京做了十年销售，前年回娄烦老家，办了个公司收土豆、卖杂粮，网上也开了店。"
            "只在娄烦本县做：想带村里人种好土豆、把东西卖出去，教年轻人在网上开店。",
            [offer("skill", "网店开设、直播带货培训", "skill:ecommerce"),
             offer("skill", "马铃薯种植技术指导", "skill:agri")],
            causes=("rural", "poor"), own_only=True),
    sponsor("s13", ENT, "太原安顺驾驶员培训学校", "晋源区", "机动车驾驶培训",
            "我们是开驾校的，老板是河南周口人。教练天天在路上，见过太多孩子放学横穿马路、电动车带娃不戴头盔。"
            "愿意派教练去学校、社区讲交通安全，训练场也能借出来做活动。",
            [offer("skill", "教练员讲交通安全、演示盲区", "skill:traffic"),
             offer("venue", "驾校训练场一处，周末可用", "venue:outdoor")],
            causes=("traffic", "children")),
    sponsor("s14", ENT, "古交市吕兴矿山机电设备有限公司", "古交市", "矿山机电设备维修、劳保用品",
            "我们是做矿山设备维修的，我自己是吕梁人，年轻时在古交下了十年井。知道井下的人最缺什么："
            "一顶好安全帽、一双好手套。想给矿工和在外面干重活的工人送劳保用品，电焊师傅也能出。",
            [offer("goods", "安全帽、劳保手套、反光背心", "goods:safety"),
             offer("skill", "电焊、金属加工师傅", "skill:weld")],
            causes=("workers",)),
    sponsor("s15", ENT, "太原喜遇婚礼策划有限公司", "杏花岭区", "婚礼策划、舞台音响灯光",
            "我们是外地来太原打拼的小两口开的婚庆公司，一个是主持人，一个管音响灯光。"
            "婚礼淡季设备闲着，想给社区办晚会、给小区里的老人办金婚纪念，主持和音响我们包了。",
            [offer("goods", "音响、话筒、舞台灯光一套", "goods:stage"),
             offer("skill", "婚礼主持人主持", "skill:host")],
            causes=("community", "elderly")),

    # Social organisations
    sponsor("s16", ORG, "太原市浙江商会", "小店区", "在并浙江籍企业家商会",
            "商会有两百多家会员企业，老家都在浙江，在太原扎根的时间有长有短。"
            "会员们商量好了，每年拿一笔钱在太原设助学金，帮困难家庭的孩子上学。",
            [offer("money", "助学资金，每年二十万元", "money")],
            causes=("education", "poor", "children")),
    sponsor("s17", ORG, "太原市福建商会", "迎泽区", "在并福建籍企业家商会",
            "我们会员多做茶叶、石材和鞋服生意。前年会员在柳巷的两家店半夜着火，一条街的商户都跟着遭了殃，"
            "后来大家凑钱买了一批灭火器和烟感。想把这件事做下去，给老街老院子送灭火器、烟雾报警器。",
            [offer("goods", "灭火器、烟雾报警器、燃气报警器", "goods:fire"),
             offer("money", "每年五万元", "money")],
            causes=("fire",)),
    sponsor("s18", ORG, "太原市河南商会", "万柏林区", "在并河南籍企业家商会",
            "在太原的河南老乡很多在工地、在物流园干活。商会成立了法律服务团，几个律师会员专门帮老乡讨工钱、"
            "处理工伤；商会每年也拿钱出来，给出了事的老乡救急。",
            [offer("skill", "律师会员法律咨询、代理劳动纠纷", "skill:legal"),
             offer("money", "救急资金，每年十万元", "money")],
            causes=("migrant", "legal", "workers")),
    sponsor("s19", ORG, "太原忻州同乡联谊会", "杏花岭区", "在并忻州籍同乡组织",
            "我们会里有一支二人台、北路梆子的小剧团，都是在太原工作退休的忻州老乡，行头自己置办的。"
            "逢年过节想去社区、敬老院给老人们唱几段。",
            [offer("skill", "二人台、北路梆子演出", "skill:perform"),
             offer("goods", "戏服、道具可以借用", "goods:costume")],
            causes=("culture", "elderly")),
    sponsor("s20", ORG, "中北大学吕梁籍学生联谊会", "尖草坪区", "大学生同乡社团",
            "我们都是从吕梁各县考来太原的大学生，大多是在村里长大的。寒暑假、周末想给村里的留守孩子补补课，"
            "也能出人干活。",
            [offer("skill", "大学生辅导功课、讲课", "skill:teaching"),
             offer("volunteers", "志愿者三十人", "people")],
            causes=("children", "rural", "education")),
    sponsor("s21", ORG, "太原回族青年志愿服务队", "迎泽区", "回族青年志愿者团队",
            "我们队里大多是开牛肉面馆、清真饭店的年轻人。冬天早上给扫街的环卫工人送热面，"
            "隔一阵去敬老院给老人做一顿清真饭，人和饭我们都能出。",
            [offer("goods", "牛肉面、清真饭菜，每次一百份", "goods:meal"),
             offer("volunteers", "队员二十人", "people")],
            causes=("workers", "elderly")),
    sponsor("s22", ORG, "太原外语志愿者协会", "杏花岭区", "外语教师、翻译志愿者组织",
            "会员是大学和中学的外语老师、自由翻译，英语、日语、俄语、韩语都有。"
            "我们想帮来太原的外国游客和旅客：在车站、机场、景区做翻译，给景区改英文标识、讲解。",
            [offer("skill", "英日俄韩口译、标识翻译", "skill:language"),
             offer("skill", "外语讲解", "skill:guide")],
            causes=("tourism", "hub")),
    sponsor("s23", ORG, "小店区新市民互助会", "小店区", "外来人口互助组织",
            "我们是在太原安了家的外地人自己组织的互助会。刚来时办居住证、孩子上学、交社保，一件件都是摸黑走过来的。"
            "想帮后来的人少走弯路：帮进城打工的人家和孩子办手续、问政策，也能出人帮忙。",
            [offer("skill", "居住证、社保、子女入学政策咨询代办", "skill:welfare"),
             offer("volunteers", "会员志愿者十五人", "people")],
            causes=("migrant", "children")),
    sponsor("s24", ORG, "阳曲县返乡青年创业协会", "阳曲县", "返乡创业青年组织",
            "我们是从北京、西安、太原回阳曲创业的年轻人，做网店、拍短视频、养蜂种菌的都有。"
            "想帮村里人把东西卖出去，也想拉更多年轻人回来。",
            [offer("skill", "网店运营、直播带货", "skill:ecommerce"),
             offer("skill", "短视频拍摄剪辑", "skill:media")],
            causes=("rural", "youth")),
    sponsor("s25", ORG, "太原理工大学家电义修社", "万柏林区", "大学生志愿服务社团",
            "社员多是从县里考来的学生，学电气、机械的。老家村里的老人电视坏了、电饭锅不热了，"
            "只能扔或者等儿女回来。我们想给村里的老人、独居老人修家电。",
            [offer("skill", "维修小家电、电视、电饭锅", "skill:repair"),
             offer("skill", "检查线路、换灯换插座", "skill:electric")],
            causes=("rural", "elderly")),
    sponsor("s26", ORG, "太原浙商应急救援队", "晋源区", "民间应急救援队",
            "队员大多是在太原做生意的浙江人，老家年年防台风，很多人在家乡就参加过救援队。"
            "我们有冲锋舟、救生衣、担架，想让社区居民和学校的孩子都学会遇险自救：教水上救援和急救，"
            "帮着搞应急演练。",
            [offer("skill", "急救培训、水上救援教学", "skill:firstaid"),
             offer("skill", "组织应急疏散演练", "skill:drill"),
             offer("goods", "救生衣、救生圈、担架", "goods:rescue")],
            causes=("firstaid", "community", "education")),
    sponsor("s27", ORG, "远嫁太原姐妹会", "晋源区", "外地媳妇互助组织",
            "我们是从四川、湖南、东北嫁到太原的媳妇。刚嫁过来的时候谁也不认识，生孩子坐月子身边没个人，"
            "那种滋味现在还记得。姐妹们会绣花、会做各地的菜，想跟有同样难处的姐妹一起做点事。",
            [offer("skill", "刺绣、编织手工", "skill:craft"),
             offer("skill", "各地家常菜教学", "skill:cooking")],
            causes=("women",)),
    sponsor("s28", ORG, "古交市豫籍矿工联谊会", "古交市", "外省矿工同乡组织",
            "我们是在古交矿上干活的河南人，有的已经在古交安了家。只在古交本地，谁需要人手就喊一声，"
            "下了班大家都能去。",
            [offer("volunteers", "会员四十人，轮班后可出工", "people")],
            any_cause=True, own_only=True),
    sponsor("s29", ORG, "清徐县新农人葡萄种植协会", "清徐县", "葡萄种植户协会",
            "我们多是从河北、山东来清徐租地种葡萄的，也有村里的老户。想把种葡萄的技术教给村里的困难户，"
            "收了葡萄也分一些给敬老院、困难家庭。",
            [offer("skill", "葡萄种植、修剪技术", "skill:agri"),
             offer("goods", "鲜葡萄，秋季每次五百斤", "goods:food")],
            causes=("rural", "poor", "elderly")),

    # Caring merchants
    sponsor("s30", MER, "马师傅兰州牛肉拉面", "小店区", "清真拉面馆",
            "我是甘肃临夏人，在太原开拉面馆九年了。冬天早上五点开门，头一碗面常给扫街的环卫工人、"
            "送外卖的小伙子。想固定下来做：每天给他们留二十碗面。",
            [offer("goods", "牛肉拉面，每天二十碗", "goods:meal")],
            causes=("workers",)),
    sponsor("s31", MER, "清徐穆家清真牛羊肉铺", "清徐县", "清真牛羊肉零售",
            "卖牛羊肉的。",
            [offer("goods", "牛羊肉", "goods:food")],
            any_cause=True),
    sponsor("s32", MER, "白家清真糕点坊", "迎泽区", "清真糕点、馓子、油香",
            "我们家三代做清真糕点，馓子、油香、饼干都做。小时候家里穷，过年吃一回点心高兴半天，"
            "想给福利院、留守的孩子送点心。",
            [offer("goods", "馓子、饼干、点心礼盒，每次两百盒", "goods:food")],
            causes=("children",)),
    sponsor("s33", MER, "阿林沙县小吃", "杏花岭区", "沙县小吃",
            "开沙县小吃的，福建人。",
            [offer("goods", "拌面、扁肉、蒸饺，一次五十份", "goods:meal")],
            any_cause=True),
    sponsor("s34", MER, "温州陈记裁缝铺", "万柏林区", "裁缝、改衣、修补",
            "温州人，开裁缝铺的。",
            [offer("skill", "改衣服、缝补、做窗帘", "skill:sewing")],
            any_cause=True),
    sponsor("s35", MER, "古交老郑家烩面馆", "古交市", "河南烩面",
            "我是河南人，在古交开烩面馆，来吃饭的一多半是下井的矿工。只在古交本地，"
            "想给下井的矿工、社区里的老人送口热饭，有活动需要饭，我们送烩面过去。",
            [offer("goods", "烩面、卤肉，每次八十份", "goods:meal")],
            causes=("workers", "elderly"), own_only=True),
    sponsor("s36", MER, "阳曲乔家莜面馆", "阳曲县", "忻州莜面栲栳栳",
            "我是忻州人，嫁到阳曲开了个莜面馆。只在阳曲县里，村里的老人过寿、敬老院过节，"
            "我们送莜面栲栳栳过去。",
            [offer("goods", "莜面栲栳栳、羊肉臊子，每次六十份", "goods:meal")],
            causes=("elderly",), own_only=True),
    sponsor("s37", MER, "半格咖啡", "小店区", "咖啡馆",
            "我从上海回来，在学府街开了个咖啡馆。刚回来那半年找工作、找朋友都难，"
            "很懂刚来太原、刚毕业的年轻人那种悬着的感觉。店里晚上可以给年轻人办分享会、读书会。",
            [offer("venue", "店内四十人空间，工作日晚上", "venue:hall"),
             offer("goods", "活动时的咖啡、茶饮", "goods:water")],
            causes=("youth",)),
    sponsor("s38", MER, "拾光照相馆", "迎泽区", "人像摄影、证件照",
            "我们是从河北来的小两口，开照相馆。我奶奶走的时候，家里翻遍了也找不出一张像样的照片。"
            "现在想给上了年纪的老人拍照，拍好了洗出来装框送到家。",
            [offer("skill", "上门拍照、修图、冲洗装框", "skill:photo")],
            causes=("elderly",)),
    sponsor("s39", MER, "小高手机维修", "尖草坪区", "手机维修、配件",
            "我是吕梁临县人，在柴村开手机维修店。常有老人拿着手机来问怎么视频、怎么交电费，"
            "一问孩子都在外地。我愿意教老人用手机，手机坏了也给修。",
            [offer("skill", "教老人用手机、修手机", "skill:it")],
            causes=("elderly",)),
    sponsor("s40", MER, "闽南人鞋店", "晋源区", "鞋类零售",
            "我家是福建晋江的，卖鞋的，运动鞋、棉鞋都有。谁缺鞋说一声，多少都能凑。",
            [offer("goods", "运动鞋、棉鞋", "goods:clothes")],
            any_cause=True),
    sponsor("s41", MER, "浙联五金建材店", "万柏林区", "五金、建材、工具",
            "我们是浙江台州人，在下元开五金店二十年了。小区里谁家要修个什么，工具材料从我这里拿。"
            "想给老旧小区的邻里修缮、打扫出点扫把水桶、螺丝水管。",
            [offer("goods", "扫把、水桶、垃圾袋等清洁工具", "goods:tools"),
             offer("goods", "水管、龙头、灯泡等小五金", "goods:build")],
            causes=("community",)),
    sponsor("s42", MER, "娄烦小李理发店", "娄烦县", "理发",
            "我是河南人，跟着媳妇来娄烦开了个理发店。只在娄烦县里，村里敬老院的老人、"
            "腿脚不好出不了门的老人，我上门给剃头。",
            [offer("skill", "上门理发", "skill:haircut")],
            causes=("elderly",), own_only=True),
    sponsor("s43", MER, "天山干果行", "迎泽区", "新疆干果、葡萄干、红枣",
            "我们是新疆来的，在太原卖干果十几年了。过年过节想给困难家庭、福利院的孩子送葡萄干、核桃、红枣。",
            [offer("goods", "葡萄干、核桃、红枣礼包，每次两百份", "goods:food")],
            causes=("poor", "children")),
    sponsor("s44", MER, "学府打印店", "小店区", "打印、复印、喷绘",
            "大学旁边开打印店的，老家在长治。学生社团、学校做活动要印的东西，我给成本价或者不要钱。",
            [offer("goods", "宣传单、海报、横幅印制", "print")],
            causes=("education", "youth")),
    sponsor("s45", MER, "豫兴搬家", "杏花岭区", "搬家、拉货",
            "我们是河南人，在太原干搬家八年了。老人搬家、困难户搬家不收钱，车和人都出。",
            [offer("goods", "厢货带司机", "transport"),
             offer("volunteers", "搬运工人四名", "people")],
            causes=("elderly", "poor")),
    sponsor("s46", MER, "燃力健身工作室", "小店区", "健身房、私教",
            "我在北京做了七年健身教练，回太原开了个小健身房。来的多是外地来太原上班的年轻人，"
            "想给年轻人、学生免费带几节课，场地空着的时候也能借出去办比赛。",
            [offer("skill", "健身私教、体能训练", "skill:fitness"),
             offer("venue", "三百平米训练场地", "venue:sports")],
            causes=("youth", "education")),

    # Individuals
    sponsor("s47", IND, "Daniel Hughes（休斯）", "小店区", "山西大学外籍英语教师",
            "I teach English at Shanxi University. 我来太原六年了，周末有时间，想去给缺英语老师的学校、"
            "农村的孩子上英语课。",
            [offer("skill", "英语口语课，每月两次", "skill:language")],
            causes=("education", "children", "rural")),
    sponsor("s48", IND, "孙悦", "杏花岭区", "日语翻译",
            "我在日本读书工作了八年，去年回太原。现在做日语翻译，可以在外国人问路、买票的时候帮把手。",
            [offer("skill", "日语、英语口译", "skill:language")],
            causes=("tourism", "hub")),
    sponsor("s49", IND, "王小川", "尖草坪区", "中北大学学生，娄烦县人",
            "我是从娄烦山沟里考出来的。小学时村里的老师一个人教三个年级，现在想每个周末给村里的孩子讲数学。",
            [offer("skill", "数学辅导", "skill:teaching")],
            causes=("children", "rural", "education")),
    sponsor("s50", IND, "刘铮", "迎泽区", "律师",
            "我在北京做了十年律师，去年回了太原。小时候我爸在工地干了一年，年底老板跑了，一分钱没拿到，"
            "他蹲在门口抽了一夜的烟。现在谁遇上这种事，我愿意帮他打官司。",
            [offer("skill", "劳动争议、欠薪案件免费代理", "skill:legal")],
            causes=("migrant", "workers")),
    sponsor("s51", IND, "何小梅", "清徐县", "刺绣手艺人",
            "我是从贵州嫁到清徐的，会苗绣。想教村里的妇女绣花，能在家挣点零花钱。",
            [offer("skill", "苗绣教学", "skill:craft")],
            causes=("women", "rural")),
    sponsor("s52", IND, "张广田", "古交市", "退休矿山救护队员",
            "河南人，在古交矿山救护队干了二十八年，退休了。想让更多人会急救，矿上的年轻人、小区的居民都行，"
            "井下和楼里的撤离演练我也会组织。",
            [offer("skill", "急救培训", "skill:firstaid"),
             offer("skill", "应急撤离演练", "skill:drill")],
            causes=("firstaid", "workers", "community")),
    sponsor("s53", IND, "贾二女", "晋源区", "二人台演员",
            "二人台唱了三十年。",
            [offer("skill", "二人台演唱", "skill:perform")],
            any_cause=True),
    sponsor("s54", IND, "林晓", "小店区", "平面设计师",
            "做平面设计的，也画墙绘。",
            [offer("skill", "墙绘、海报设计", "skill:art")],
            any_cause=True),
    sponsor("s55", IND, "赵磊、陈静", "万柏林区", "新婚夫妻，刚搬来太原",
            "我们是去年结婚搬到太原的，一个在银行，一个在医院行政。小区里谁也不认识，想周末做做志愿者，"
            "帮邻居们干点活，顺便认识认识人。",
            [offer("volunteers", "两人，周末", "people")],
            causes=("community",)),
    sponsor("s56", IND, "高建军", "迎泽区", "出租车司机，吕梁人",
            "开出租车十二年。拉过太多打不上车的老人、坐轮椅的人，在路边招手半天没人停。"
            "每周可以空出一天，专门接送他们去医院。",
            [offer("goods", "出租车带司机，每周一天", "transport")],
            causes=("elderly", "disabled")),
    sponsor("s57", IND, "沈一帆", "小店区", "程序员，浙江人",
            "在太原远程上班的程序员。我妈在老家被人用“保健品返现”骗走了两万，后来一提手机就怕。"
            "想给老人讲讲网上那些骗局，也能帮社区做做公众号。",
            [offer("skill", "讲网络诈骗、教老人辨别", "skill:antifraud"),
             offer("skill", "公众号、网页维护", "skill:media")],
            causes=("elderly", "safety")),
    sponsor("s58", IND, "郭小雨", "迎泽区", "山西医科大学护理专业学生，阳曲县人",
            "我是阳曲山里考出来的。我奶奶高血压好几年，村里没人给量过，直到有一天倒在地里。"
            "想在假期回村给老人量血压、讲讲怎么吃药。",
            [offer("skill", "量血压、健康宣教", "skill:nursing")],
            causes=("elderly", "rural", "health")),
    sponsor("s59", IND, "闫浩", "阳曲县", "返乡直播带货",
            "回老家阳曲做直播带货的。",
            [offer("skill", "直播带货、开网店教学", "skill:ecommerce")],
            any_cause=True),
    sponsor("s60", IND, "韩强", "杏花岭区", "外卖骑手，河南人",
            "外卖骑手，下午两点到四点有空。",
            [offer("volunteers", "一人，下午两点到四点", "people")],
            any_cause=True),
]
