package dev.kefu.bot.anger;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kefu.bot.dialogue.PersonRequest;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * Words that point to a concern, in Simplified and Traditional Chinese (matched after
 * conversion to Simplified), Cantonese and English. Each concern has two lists:
 * <ul>
 * <li><b>sure</b>: wording that names the concern beyond doubt ("打12315", "chargeback",
 * "烧起来了", "扣了两次"); it counts on its own, whatever the model says, since these are the
 * cases that must never be missed;</li>
 * <li><b>cues</b>: words that often go with the concern but also with calm messages ("律师"
 * in "我是律师 想买西装", "过敏" in "我对花生过敏 想先确认", "曝光" of a camera); they are features of the
 * model, which weighs them against the rest of the message.</li>
 * </ul>
 * Patterns are written for the wording shoppers use, not for one phrasing each: a burn is
 * 烫伤, 烧伤, 灼伤, 烫出水泡, 燙親 and "burned my"; the model over the embedding covers what the
 * lists do not.
 */
public final class ConcernLexicon {

	private static final Map<Concern, Pattern> SURE = new EnumMap<>(Concern.class);

	private static final Map<Concern, Pattern> CUES = new EnumMap<>(Concern.class);

	private static final Pattern PERSON_ALONE;

	/**
	 * At most this many characters (Chinese) or words (English): "人工", "agent please".
	 */
	private static final int SHORT = 8;

	// Phone, order and hotline numbers: matched on the original digits (the searchable
	// form masks long numbers).
	private static final Pattern LEGAL_NUMBERS = Pattern.compile("(?<![\\d\\w])12315(?!\\d)|"
			+ "(打|拨|致电|热线|熱線|投诉|投訴|举报|舉報|反映|call|ring)\\D{0,4}(12345|1950)(?!\\d)|(12345|1950)(热线|熱線|消费者|消費者|專線|专线)");

	static {
		SURE.put(Concern.SAFETY, Pattern.compile(String.join("|",
				// burns, fire, smoke, sparks, electricity
				"烫伤|烧伤|灼伤|烫出|烫到起泡|起了?(两|几|一)?个?(大)?水泡|水泡|燙亲|烫亲|辣亲|烧亲",
				"冒烟|冒黑烟|冒火花|冒火|喷火|火花|着火|起火|烧起来|烧着|差点烧|差啲烧|烧了个洞|烧穿|烧焦|烧黑|烧坏|烧化|自燃|爆炸|炸了|炸开", "触电|漏电|被电|电到我|电亲|电了一下|跳闸",
				"熔化|融化|熔掉|融掉|熔咗|化掉了|烧化", "焦味|糊味|㶶味|燶味|烧胶味", "鼓包|鼓埋|胀气鼓",
				// skin reactions and allergies that happened
				"红疹|起疹|疹子|荨麻疹|皮炎|过敏了|过敏反应|过敏性|医生说是过敏", "红肿|肿了|肿起来|又红又肿|又痒又肿|化脓|流脓|烂脸|脸烂|脸.{0,4}烂掉|起晒粒|红晒|又红又痕",
				"刺痛.{0,8}(脱皮|发红|红血丝)|脱皮.{0,6}(红|痛|痒)",
				// swallowing, choking, poisoning, illness
				"窒息|呛到|噎到|噎住|卡喉咙|误食|误吞|吞(了|下|进|咗)|塞进鼻子", "食物中毒|中毒|上吐下泻|拉肚子|腹泻|又屙又呕|一直吐|一直呕|呕吐|吐了.{0,6}(医院|医生)",
				// injuries and care
				"割伤|划伤|割出血|划了.{0,4}口子|流血|出血|缝了.{0,3}针|缝针|割亲|损手",
				"住院|送医|进了?医院|入医院|在医院|去医院|急诊|看了?医生|睇医生|睇兽医|宠物医院|兽医|皮肤科|眼科", "哮喘|头晕|头痛想吐|呼吸困难",
				// English
				"\\brash(es)?\\b(?! decision)|\\bhives\\b|allergic reaction|broke out|break out in|swell(ing|ed|s)? up|swollen",
				"\\bburn(ed|t|s|ing)?\\b(?! (a )?(cd|dvd|disc|calories))|blister|scald",
				"caught fire|on fire|set .{0,20} on fire|fire (risk|hazard)|flames?\\b|explod|exploded|blew (off|up)",
				"(start(ed|s)?|was|is|it's|began) smoking|smoke (came|coming|pouring)|smoked\\b|smoking when",
				"\\bsparks?\\b|sparked|sparking|electric shock|got (a |an )?(electric )?shock|shocked me|electrocut",
				"melt(ed|ing|s)?\\b|overheat(ed|ing|s)?|so hot it|too hot to (hold|touch)",
				"chok(e|ed|ing)\\b|swallow(ed)?|in (his|her|my|their) mouth",
				"hospital|emergency room|\\ber\\b|a&e|urgent care|\\bvet\\b|the vet|doctor said|saw a doctor|see a doctor",
				"vomit|threw up|throwing up|food poisoning|(got|felt|feel|made .{0,10}) sick|diarrh",
				"\\bcut (my|his|her|their)|bleed|stitches|asthma|poison")));
		CUES.put(Concern.SAFETY, Pattern.compile(String.join("|",
				"过敏|敏感|痒|痛|刺激|发红|泛红|红点|红了|脱皮|掉头发|掉发|甩头发|烫|热得|很热|发热|过热|温热|发烫|烧|火|烟|电|爆|漏|焦|臭味|化学味|味道超重|头痛",
				"孩子|宝宝|小孩|儿子|女儿|婴儿|儿童|细路|个女|个仔|狗|猫|宠物|老人|孕妇", "医院|医生|药|危险|吓死|吓人|好惊|差点|差啲|伤|血|吐|呕|屙",
				"\\bitch|\\bred\\b|hot\\b|heat|fire|smoke|smell|shock|danger|unsafe|scar|hurt|pain|injur|kid|child|baby|toddler|son|daughter|dog|cat\\b|allerg")));

		SURE.put(Concern.LEGAL, Pattern.compile(String.join("|",
				"消协|消费者协会|消委会|消费者委员会|消基会|消保官|消保处|消费者专线|工商局|工商部门|市场监管|市监局|网信办|私隐专员", "黑猫投诉|黑猫上|在黑猫",
				"律师函|找律师|请律师|搵咗律师|揾咗律师|找了律师|咨询过?律师|问过律师|我的律师|我律师|律师(会|将|再)?(联系|联络|处理|跟进)|交给律师|他是律师|佢系律师|系律师.{0,6}违法",
				"起诉|提告|告你们|告你哋|告你|告到|告他们|打官司|法院见|法庭见|上法庭|法院起诉|走法律程序|法律途径|入禀|小额钱债|仲裁", "退一赔三|假一赔三|欺诈", "报警|报咗警|报了警|海关",
				"拒付|撤销这笔交易|撤销交易|申请退单|退单 ?chargeback|(支付宝|paypal|银行|信用卡公司).{0,8}(争议|dispute|拒付|投诉)|发起争议",
				"曝光你们|曝光你哋|曝光了|曝光吧|发帖曝光|发到网上|找记者|联系记者|让.{0,4}报道|媒体曝光|上新闻|连登|(微博|抖音|小红书|脸书|facebook|ig|tiktok).{0,10}(曝光|发帖|让大家|给大家看|畀全)",
				// English
				"chargeback|charge back|dispute (it|this|the charge|the payment)|disputed (it|the charge|this)|open(ed)? a (dispute|claim)|(file|filed|filing|raise|raised) a (dispute|claim|complaint) (with|against)",
				"small claims|lawsuit|\\bsue\\b|\\bsuing\\b|legal action|take (you|this) to court|see you in court|court\\b.{0,20}(you|this)",
				"(my|our) (lawyer|attorney|solicitor)(?! friend)|lawyer (will|has|says|said|advised)|(talk|talking|speak|speaking|spoke|consult|consulting|contact|contacting|hire|hiring|get|got|getting) (to |with )?(a|my|our) (lawyer|attorney|solicitor)",
				"better business bureau|\\bbbb\\b|\\bftc\\b|\\baccc\\b|\\bico\\b|attorney general|trading standards|citizens advice|ombudsman|product safety commission|\\bcpsc\\b",
				"consumer (protection|council|rights|affairs|law|agency|watchdog)|report(ing|ed)? (you|this|your (store|shop|company)) to",
				"(journalist|reporter|the press|the media|news)\\b.{0,30}(about|this|you)|(contact|contacting|call|calling|told) (a|the) (journalist|reporter|press)",
				"(tiktok|reddit|twitter|instagram|facebook|youtube|x\\.com).{0,30}(everyone|people need|tonight|post)|post(ing)? (about )?(this|it) (on|everywhere)|going viral")));
		CUES.put(Concern.LEGAL, Pattern.compile(String.join("|",
				"律师|律師|法律|违法|合法|法院|法庭|出庭|记者|媒体|新闻|报道|曝光|投诉|举报|检举|申诉|维权|赔偿|负责|警察|银行|信用卡|争议|退单|小红书|微博|抖音|脸书|社团|网上",
				"lawyer|attorney|legal|court|law\\b|illegal|police|bank|dispute|report|complain|journalist|press|news|media|review|post|viral")));

		SURE.put(Concern.ANGER, Pattern.compile(String.join("|",
				"垃圾(?!袋|桶|邮件|短信|分类|处理|信息|电话)|骗子(?!电话|短信)|骗人|诈骗(集团|公司|店)(?!打)|你们是诈骗|坑人|坑爹|黑店|无良|奸商|赖账|耍赖|耍我|耍人",
				"傻逼|傻b|煞笔|沙雕|妈的|他妈|tmd|nmd|尼玛|卧槽|我操|操你|草泥马|滚(?!筒|轮|动|珠|烫)|去死|废物|白痴|白癡|脑残|智障|弱智|笨蛋|蠢|眼瞎|瞎了|你瞎|有病吧|脑子有病|你们有病|神经病",
				"恶心|气死|气到|烦死|吸血鬼|一坨屎|狗屎|狗屁|搞什么|什么鬼|搞笑的吧|来搞笑|做梦|良心被狗|没良心|烂透|烂店|烂平台|烂客服|可恶|不要脸|装死|浪费我时间|拉黑|差评走起|去你的|见鬼|听不懂人话|破机器人|破系统|破服务|什么破",
				// Cantonese
				"玩嘢|搞乜鬼|乜鬼|冇阴功|做乜嘢食|呃人|呃钱|仆街|屌|柒头|on9|废柴|黐线|痴线|激死|嬲爆|顶你|食屎|收皮|戆居|垃圾嘢",
				// English
				"\\bscam (company|store|shop|artists?)|(you|you're|you are|bunch of|what a|this is a|such a) (total )?scam|\\bscammers\\b(?! call)|\\bfraud(s|sters)?\\b|rip-?off|\\bthieves\\b",
				"\\bidiots?\\b|\\bstupid\\b|\\bmoron|\\bdumb\\b|brainless|\\bwtf\\b|\\bfuck|f\\*ck|\\bshit|\\bcrap\\b|bullshit|\\bdamn\\b|jesus christ|\\bhell\\b",
				"\\bpathetic\\b|\\bdisgusting\\b|\\bridiculous\\b|\\bunacceptable\\b|\\bunbelievable\\b|worst|\\bincompetent\\b|\\buseless\\b|\\bgarbage\\b|\\btrash\\b|\\bjoke\\b|kidding me|shut up|how hard is it|are you even reading|sick of you")));
		CUES.put(Concern.ANGER, Pattern.compile(String.join("|",
				"气|烦|怒|火大|离谱|无语|不爽|失望|受够|投诉|差评|一星|赶紧|到底|凭什么|什么意思|搞错|故意|还好意思|搞什么|还敢|又是|每次|机器人|自动回复|复读|罐头|听不懂|答非所问|别再|不要再|链接|装|骗|坑|烂|破|吗？|！|？？|你们",
				"angry|annoyed|furious|upset|mad\\b|seriously|again|nobody|why does|why is|wtf|bot\\b|canned|\\?\\?|!!")));

		SURE.put(Concern.PAYMENT, Pattern.compile(String.join("|",
				// charged twice
				"(扣|付|刷|收|缴|交|扣款|付款|收费|扣费)(了|咗)?(我)?(两|二|2|两个|兩)(次|回|遍|笔)|重复(扣|付|收|缴)|(两|2)笔(一样|一模一样|相同)|(出现|有)了?(两|2)次|两条一模一样|双重扣款|多扣|多收|多刷|多付|扣多了|收多了|又被?(自动)?扣了|又扣了",
				// paid but shown unpaid, money gone without an order
				"(付|付款|支付|付钱|畀咗钱|给了钱|付了钱|扣了).{0,12}(显示|还是|仍然|却|仲|但).{0,8}(未付|待付|没付|未支付|待支付|支付失败|付款失败|没有付|订单异常)",
				"(钱|款).{0,4}(扣了|扣咗|收了|已经扣|被扣).{0,10}(订单|单|张单).{0,6}(没|不见|消失|取消|没了|异常)|扣(了|咗)?(我)?钱.{0,10}(没有订单|订单没|订单不见|冇单)|钱收了.{0,4}订单没",
				"(没|冇|没有)(下|落|买)过?.{0,6}(单|订单|东西).{0,10}(扣|收)(了|咗)?(我)?钱|余额.{0,6}少了",
				// refunds that did not come
				"退款.{0,12}(没到|没收到|未到|还没到|没有到|冇收到|未收到|没退|不退|没见|未见|都没|还没|一直)|(钱|款)(一直|都|仲|还)?(没|未|冇)(有)?退|没退(回|给)?我|唔退|唔退钱|不退钱",
				"退款(显示|话|说|提示)?.{0,4}(已)?(完成|成功).{0,10}(没|未|冇|根本)",
				"(说好|承诺|答应|话|说).{0,16}(退款|退钱|补差价|原路退回|退运费|到账).{0,20}(没|未|冇|超过|过了|都|已经|现在)",
				"自动续费.{0,8}扣|没经过我同意.{0,8}扣|(标价|标的|显示|购物车|结账).{0,16}(却|但|结果)?.{0,6}(扣了|收了|刷了|扣咗)|实际扣|扣了全款|扣咗全数|全款|(券|优惠码|折价券).{0,10}(没|冇|唔)(有)?(扣|用到|减)|多刷了|差了(快)?\\d*.{0,3}(块|元|百)",
				// English
				"charged (me )?(twice|again|double)|double[- ]?(charged|billed|charge)|billed (me )?(twice|again)|two (identical )?charges|charged .{0,20}(instead of|when|but)|was charged (\\$|the full|full)|charged full price",
				"(still )?no refund|refund (never|hasn't|has not|didn't|did not|still hasn't)|never (got|received) (my|the|a) refund|nothing on my (card|account|statement)|(haven't|have not|didn't) (got|gotten|received) (my|the|a|any) refund|half my refund|partial refund|wait(ing)? .{0,20}for (my )?money",
				"(paid|payment).{0,30}(still says|shows|showing|says) .{0,10}(awaiting|unpaid|pending|not paid)|took my money|money (was )?taken|charged but|never placed this order.{0,20}charged|(both|were) charged|still got charged|(code|discount).{0,20}(didn't|did not|wasn't) (apply|applied).{0,30}charged")));
		CUES.put(Concern.PAYMENT, Pattern
			.compile(String.join("|", "扣|付|刷|退款|退钱|到账|钱|款|账单|银行|信用卡|支付宝|微信|花呗|余额|差价|金额|价|手续费|运费险|券|续费",
					"charge|charged|bill|billed|refund|money|paid|payment|card|bank|statement|amount|price|\\$|fee")));

		SURE.put(Concern.PARCEL, Pattern.compile(String.join("|",
				"空(的)?(箱|盒|包裹|袋|快递)|(箱|盒|包裹|袋)(子|入面|里面|里)?(是|系)?(空|乜都冇|什么都没)|乜都冇|什么都没有|啥也没有",
				"只有(一张|一堆|几张)?(发票|说明书|泡沫|泡泡纸|碎纸|纸|一只鞋)|(一堆|全是)(碎纸|泡沫|泡泡纸)|东西(呢|不见|没了|没有)|啲嘢呢|(里面|入面|里头).{0,8}(不见|没了|少了|冇咗)",
				"少了(一|两|二|1|2|几)?(件|个|盒|瓶|只|双|样|支)(?!赠品)|只(收到|有|来了)(一|两|1|2)(件|个|瓶|盒|只)|只发(了)?一半|一半.{0,4}(没|冇)",
				"调包|掉包|被换|换成了|(一|是)?(块|嚿)(砖|石头|番枧)|砖头|旧拖鞋|二手", "假货|仿冒|山寨|冒牌|高仿|翻版|不是正品|唔系正品|A货",
				"(签收|送达|妥投|投递|派送成功|已取|取件|放咗门口|放门口).{0,16}(没|冇|根本|不是我|唔系我|没人|乜都冇)|没收到.{0,6}(签收|显示)|冒领|代签|代收.{0,6}(没|不是)|不是我本人",
				"被人?(拆|开)过|拆过|重新(贴|黐)|割开|划开|(丢|寄失|遗失|弄丢)(了|咗)|丢件|件丢|找不到了|揾唔到|搵唔到",
				"(退回|退返).{0,10}(没|冇|根本|从来).{0,4}拒收|从来没拒收|没有?拒收",
				// English
				"empty (box|package|parcel)|(box|package|parcel) (was|is) empty|nothing (inside|in (it|the box))|nothing (arrived|there|was there)|(was|is) empty|just packing|only the (manual|invoice)|invoice but no",
				"missing\\b|only (got|received|one|two|half)|half (the|my) order|a brick|a rock\\b|a stone\\b|swapped|counterfeit|knock-?off|\\bfake\\b|not (the )?(genuine|real|authentic)",
				"(says|said|shows|showing|marked( as)?|claims?) (it was |it's )?(delivered|left)|never (arrived|came|got it|received)|didn't (arrive|get it)|lost\\b|stolen|retaped|re-taped|tampered|slit open|clearly opened|returned to sender|wasn't me who signed|signed by someone")));
		CUES.put(Concern.PARCEL, Pattern
			.compile(String.join("|", "快递|物流|包裹|箱|盒|签收|送达|驿站|快递员|速递|宅配|管理室|门卫|丢|少|空|假|正品|拆|胶带|发票|寄",
					"box|package|parcel|delivered|tracking|courier|driver|carrier|missing|empty|fake|locker|door")));

		SURE.put(Concern.PRIVACY, Pattern.compile(String.join("|",
				"删除(我|我的|所有|账号|账户)|删掉(我|账号|账户)|删晒|删咗佢|刪除我|(资料|数据|信息|个资|记录|照片|地址|银行卡|信用卡资讯).{0,10}(删除|删掉|删埋|清掉|彻底删除)|清掉我的资料",
				"注销.{0,12}(删|数据|资料|信息)|注销(账号|账户|户口)|注销.{0,2}户口",
				"导出(我的)?|攞返.{0,10}资料|查阅.{0,10}(资料|数据|信息)|(所有|全部)(的)?(资料|数据|个人信息)", "个人信息保护法|个资法|私隐|gdpr|ccpa|pipl",
				"泄露了|泄漏了|泄露咗|泄漏咗|外泄了|外泄咗|是不是.{0,6}外泄|系咪.{0,6}外泄|泄露我|泄漏我|被泄露|信息从哪(漏|泄)|是不是你们泄|系咪你哋泄|系咪你哋泄漏",
				"别人的(名字|姓名|地址|电话|订单|资料|信息|载具|聊天|账户)|第二个人(嘅|的)?(地址|名|电话)|另一个(人|顾客|买家|客人)(的)?|陌生人.{0,10}(地址|包裹)|别的顾客的资料",
				"(骚扰|推销|诈骗|骗子)电话|垃圾(短信|邮件)|冒充.{0,6}客服|自称.{0,8}(客服|物流)|(知道|说得出|讲得出|准确报出|报出).{0,12}(订单|买了|地址|单号|我买)",
				"账号被(别人|人)?登录|户口俾人登入|被盗号|账号被盗|不同意.{0,10}(使用|用).{0,6}(资料|个资|照片)|停止使用我的|唔想你哋再用我",
				// English
				"delete (my|all my) (account|data|personal|info|information)|erase (all )?my|(account|data).{0,30}(permanently )?removed|remove my (data|account|information)|right to be forgotten",
				"personal (data|information|info)|(copy|export) of (all )?(the )?(my )?(personal )?data|data you hold|withdraw (my )?consent|delete the id",
				"leak(ed|ing)?\\b|(someone else's|another customer's|other customer's|another person's|stranger's)|who gave them my|had my (full )?(address|name|number)|knew my (order|address|name)",
				"spam (calls|texts|emails)|scam call|scammers? call|visible .{0,20}(for )?everyone|stop using my (photo|picture|data)")));
		CUES.put(Concern.PRIVACY,
				Pattern.compile(String.join("|", "资料|数据|信息|个资|隐私|账号|账户|户口|注销|删除|删|电话|手机号|地址|名字|身份证|实名|人脸|照片|短信|邮件|泄",
						"data|privacy|account|delete|personal|address|phone number|name|email|spam|consent")));

		// A request for a person in so many words; the words for a person alone (人工, 真人,
		// agent, human) are sure only in a short message (PERSON_ALONE), since in a
		// longer one they are as often 人工钻石, 真人模特图, a travel agent or human hair.
		SURE.put(Concern.REQUESTED, Pattern.compile(String.join("|",
				"转人工|转接人工|转接客服|找人工|要人工|叫人工|接人工|人工客服(?!.{0,6}(几点|时间|下班|上班|收工|电话))|真人客服|活人|客服专员",
				"找.{0,3}(经理|主管|店长|老板|负责人)|叫.{0,4}(经理|主管|店长|老板)|专人|专员|叫人(来|嚟|过来)|人员回电|回电给我|打电话给我|打俾我|打电话过来",
				"speak (to|with) (a |an |someone|somebody|your |one of your )?(person|someone|somebody|manager|human|staff|supervisor|representative|real)",
				"talk (to|with) (a |an |someone|somebody|your |one of your )?(person|someone|somebody|manager|human|staff|supervisor|representative|real)",
				"customer service staff|put me through|transfer me|get me (a |an |to )?(human|person|real|agent|someone|manager|supervisor)",
				"(want|need|like) (a |an |to speak to a |to talk to a )?(human|real person|live agent|manager|supervisor)\\b",
				"live (agent|person)|\\bsomeone\\b.{0,20}(call|contact|ring) me|call me back|give me a call")));
		PERSON_ALONE = Pattern.compile(String.join("|",
				"人工(?!费|草|智|成本|湖|合成|皮|花|养|种|降|钻|绣|宝石|培育|晶|泪|耳|绿|缝|植)|真人(?!模特|试|图|照|秀|版|尺|实拍|拍|皮|发|cs|比例|上身|走|出镜)",
				"客服小姐姐|客服人员|工作人员|职员|有冇人|人呢|找个人|揾个?人|搵个?人|叫个人",
				"\\bhuman\\b(?![- ](hair|grade|scale|made))|\\bagent\\b|real person(?! (photo|model|picture|in))|\\boperator\\b|\\bsomeone\\b|\\bperson\\b"));
		CUES.put(Concern.REQUESTED, Pattern.compile("人|客服|经理|电话|联系|对接|处理|someone|person|staff|manager|contact|call"));
	}

	private ConcernLexicon() {
	}

	/**
	 * The concerns a text names.
	 * @param query the shopper's text
	 * @return what the lists found
	 */
	public static Hits read(QueryText query) {
		String words = query.normalized();
		String raw = Normalizer.normalize(query.original(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		Set<Concern> sure = EnumSet.noneOf(Concern.class);
		Set<Concern> cues = EnumSet.noneOf(Concern.class);
		SURE.forEach((concern, pattern) -> {
			if (pattern.matcher(words).find()) {
				sure.add(concern);
			}
		});
		if (PERSON_ALONE.matcher(words).find() && isShort(query) && !PersonRequest.courtesyOnly(query.original())) {
			sure.add(Concern.REQUESTED);
		}
		if (LEGAL_NUMBERS.matcher(raw).find()) {
			sure.add(Concern.LEGAL);
		}
		// Taiwanese swearing: the Simplified form (干) is an everyday word.
		if (raw.contains("幹！") || raw.contains("幹!") || raw.startsWith("幹 ") || raw.equals("幹")) {
			sure.add(Concern.ANGER);
		}
		CUES.forEach((concern, pattern) -> {
			if (pattern.matcher(words).find()) {
				cues.add(concern);
			}
		});
		return new Hits(sure, cues);
	}

	private static boolean isShort(QueryText query) {
		String words = query.normalized();
		if (query.language() == Language.ZH) {
			return words.codePoints().filter(Character::isLetterOrDigit).count() <= SHORT;
		}
		return words.split("[^\\p{L}\\p{N}']+").length <= SHORT / 2 + 1;
	}

	/**
	 * What the lists found in one text.
	 *
	 * @param sure concerns named beyond doubt
	 * @param cues concerns hinted at
	 */
	public record Hits(Set<Concern> sure, Set<Concern> cues) {

		public Hits {
			sure = Set.copyOf(sure);
			cues = Set.copyOf(cues);
		}

		public boolean isSure(Concern concern) {
			return this.sure.contains(concern);
		}

		public boolean hasCue(Concern concern) {
			return this.cues.contains(concern);
		}

	}

}
