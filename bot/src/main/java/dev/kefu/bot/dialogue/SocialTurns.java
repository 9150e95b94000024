package dev.kefu.bot.dialogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.knowledge.language.ChineseScript;

/**
 * Social turns (greetings, thanks, acknowledgements, closings, "wait a moment") and
 * statements of fact (付款了, 东西收到了, 地址填错了) in Simplified and Traditional Chinese, Cantonese
 * and English, with the particles, repeats, typos and emoji shoppers add. They are told
 * apart from questions before the knowledge base is asked: a statement answered with the
 * nearest entry reads as a problem nobody reported ("东西收到了" → a wrong-item apology), an
 * acknowledgement as a question the bot cannot answer.
 * <p>
 * A message is social when it is made of social phrases only ("好的谢谢", "嗯嗯 好 拜拜"); a
 * social opening followed by a question ("在吗 发什么快递") is that question. A statement with a
 * question or a "but" in it ("收到了 可是颜色不对") is a question too.
 */
final class SocialTurns {

	/** Added around any social phrase: 亲, 呀, 哈, ~, 🙏. */
	private static final String ADDRESS = alt("劳驾|亲亲|亲爱的|亲们|亲|老板|老细|掌柜|店家|卖家|客服|小姐姐|小哥哥|美女|靓女|主播|宝宝|宝|么么哒|么么|mua|dear");

	/**
	 * Particles and interjections shoppers add to any phrase (呀, 哈, 呢, 啦). Not 了: "收到"
	 * acknowledges a message, "收到了" says the goods arrived.
	 */
	private static final Pattern ADDRESS_WORDS = Pattern.compile(ADDRESS);

	private static final Pattern PARTICLES = Pattern
		.compile("(?:[呀啊阿哈呢嘛吧啦拉哦喔噢噻咯囉啰喇嘞咧嘅㗎架呐捏哒滴嗷哇丫喎㖞啵噃~]+|\\b(?:lah|leh|lor|ah|hor|meh)\\b)\\s*");

	private static final String GREETING = alt("你好|您好|你们好|哈喽|哈啰|哈罗|嗨|hi|hello|hey|hiya|heya|yo|halo|"
			+ "在|在吗|在么|在嘛|在没|在不|在不在|在伐|在么亲|有人吗|有人在吗|请问有人吗|有没有人|有冇人|有冇人喺度|有人喺度吗|喺度吗|喺唔喺度|喺唔喺|早上好|早安|早晨|早|"
			+ "中午好|下午好|晚上好|安安|午安|嗨嗨|打扰了|打扰一下|打扰|good morning|good afternoon|good evening|morning|anyone there|anybody there|"
			+ "is anyone there|is anybody there|are you there|you there|u there|hi there|hello there|hey there");

	private static final String THANKS = alt("谢谢|谢啦|谢了|谢谢你|谢谢您|多谢|多谢你|多谢晒|唔该晒你|感谢|感谢你|感谢您|万分感谢|十分感谢|非常感谢|太感谢了|"
			+ "太感谢|感恩|辛苦了|辛苦啦|辛苦|麻烦了|麻烦你了|唔该|唔该晒|唔该你|3q|thanks|thank you|thank u|thankyou|thx|"
			+ "tks|ty|ta|cheers|cheers mate|thanks mate|many thanks|thanks a lot|thanks so much|thank you so much|"
			+ "thank u so much|thank you very much|thanks heaps|appreciate it|much appreciated|蟹蟹|谢谢啦|感谢感谢|"
			+ "帮大忙了|帮到手|好帮到手|你人真好|你真好|ty so much|tysm|thanks a bunch|thanks a ton|"
			// Praise is thanks too ("唔該你 好快手喎", "谢谢你哦 这么耐心").
			+ "承蒙关照|承蒙|麻烦您了|麻烦您|有劳了|有劳|这么耐心|好耐心|真耐心|好有耐心|很有耐心|好快手|效率真高|效率好高|真贴心|好贴心|太贴心了|服务真好|服务很好|服务好好|"
			+ "你们真好|爱你|爱你哦|比心|好人一生平安|"
			+ "(?:thanks|thank you|thank u|thx|ty|tks)(?: (?:so|very) much| a (?:lot|ton|bunch)| heaps| again| for (?:your|the|all the) help| for helping(?: me)?)");

	private static final String ACKNOWLEDGEMENT = alt("嗯|恩|摁|好|好的|好滴|好哒|好嘞|好吧|好呀|好嘅|好咧|好了|行|行吧|行的|可以|可以的|"
			+ "ok|okk|okok|okay|okie|okey|k|kk|得|得啦|收到|知道了|知道|明白|明白了|了解|了解了|懂了|懂|对|对的|对对|是|是的|是啊|哦|噢|喔|係|系|"
			+ "冇问题|没问题|无问题|alright|sure|got it|i see|cool|fine|noted|understood|yes|yep|yeah|yup|right|"
			+ "all right|sounds good|great|perfect|nice|makes sense|fair enough|no problem|no worries|that's fine|"
			+ "that works|欧了|哦了|妥了|妥|妥妥的|will do|roger|roger that|okey dokey|这样|这样子|原来如此|原来是这样|原来这样|原来|"
			+ "系咁|原来系咁|原来係咁|咁样|明白晒|了解晒|oh i see|ah i see|ok i see|can can");

	private static final String GOODBYE = alt("再见|拜拜|拜|掰掰|白白|88|886|回见|下次见|先这样|就这样|就这样吧|先这样吧|没事了|没事|"
			+ "没有了|没了|没别的了|没有别的了|没其他了|没其他问题了|没有其他问题了|没问题了|冇嘢|冇嘢喇|冇其他嘢|冇其他|"
			+ "bye|goodbye|bye bye|byebye|see you|see ya|cya|that's all|thats all|that is all|nothing else|"
			+ "no more questions|that's it|that's it for now|that's all for now|talk later|talk to you later|ttyl|"
			+ "下次再聊|下次聊|回聊|就咁先|先咁|先咁啦|晚安|拜了个拜|cya later|see you later|later|have a good one|"
			+ "have a nice day|have a good day|take care|先撤了|我先撤了|我先撤|先撤|撤了|我先走了|先走了|先下了|我先下了|下线了|先溜了|溜了|"
			+ "咁先|gtg|got to go|gotta go|i have to go|i gotta go|走了|我走了|有事再找你|有事再找|有问题再找你|有需要再找你|回头再找你|"
			+ "我先下线|先下线|迟啲再倾|迟啲倾|下次再倾|see you next time|see you soon|until next time|bye for now");

	private static final String WAITING = alt("等等|等一下|等一等|等下|等会|等会儿|稍等|稍等一下|稍等下|稍后|我等等|那我等等|我等你|"
			+ "我等着|我等一下|等我一下|等我下|等我|你等我一下|你等等|你等下|你稍等|等阵|等阵先|等我睇下先|我先看看|我再看看|先看看|看看先|我考虑一下|我再考虑|"
			+ "我再考虑一下|我再考虑看看|考虑一下|我想想|我再想想|我先想想|我对比一下|我比较一下|我先问问|我问问|我諗下先|我諗下|我谂下先|我谂下|wait|"
			+ "wait a sec|wait a second|wait a minute|wait a moment|one moment|one sec|just a sec|hold on|"
			+ "give me a (?:sec|second|min|minute|moment)|let me think|let me check|let me see|i'll think about it|"
			+ "i will think about it|brb|先等等|等等看|先等等看|我先等等|我先等等看|我等你回复|等你回复|我等你回覆|等你回覆|等你消息|我等你消息|等等吧|先等|我先等|等一阵|等我一阵|等我阵|等一会|等一会儿|"
			+ "稍等片刻|稍等一会|我去看看|我去找找|我找一下|我找找|我去找一下|我查一下|我查查|let me find|one min|just a moment|"
			+ "just a min|gimme a sec|hang on|be right back");

	private static final Pattern SOCIAL_PHRASE = Pattern.compile("(" + alt(String.join("|", inner(GREETING),
			inner(THANKS), inner(GOODBYE), inner(WAITING), inner(ACKNOWLEDGEMENT), inner(ADDRESS))) + ")\\s*");

	private static final Pattern IS_GREETING = Pattern.compile(GREETING);

	private static final Pattern IS_THANKS = Pattern.compile(THANKS);

	private static final Pattern IS_GOODBYE = Pattern.compile(GOODBYE);

	private static final Pattern IS_WAITING = Pattern.compile(WAITING);

	private static final Pattern IS_ACKNOWLEDGEMENT = Pattern.compile(ACKNOWLEDGEMENT);

	/** A waiting turn that goes on ("我对比一下再来", "let me check with my husband first"). */
	private static final Pattern WAITING_LONGER = Pattern
		.compile("^(我|那我)?(先|再)?(看看|考虑|想想|对比|比较|问问|问一下|问下|商量|谂下)|(回来再说|回头再说|晚点再说|等下再说|再说吧)"
				+ "|^(let me|i'll|i will|i need to) (check|think|ask|talk)|^(wait|hold on)\\b");

	/** What makes a message a question, even when it states something first. */
	private static final Pattern QUESTION = Pattern
		.compile("[?？]|吗|么|什么|怎么|咋|(?<!没)啥|多久|多少|几天|几时|哪|能不能|可不可以|可以不|能否|是不是|有没有|要不要|会不会|为什么|为啥|"
				+ "点算|几耐|几多|乜|咩|未呀|得唔得|可唔可以|有冇|系咪|但是|可是|不过|但|怎么办|了没(?!问题|事)|没啊|没呀|"
				// "地址还能改不": a verb asked with 不 at the end.
				+ "[能会要行有可].{0,4}不(?=\\s|$)|(?<![不没])(\\p{IsHan})[不没]\\1|"
				+ "\\b(how|what|when|where|which|why|who|can|could|would|will|do you|does|is it|is there|are there|"
				+ "should|may|but)\\b");

	private static final Pattern PAID = Pattern.compile("(付款了|已付款|付了|付完|完成付款|付款完成|已经付款|付好了|付过了|付了款|付完了|付完款|钱付了|钱已付|已付钱|"
			+ "已支付|支付了|支付好了|支付成功|款已付|款项已付|已付|付款成功|俾咗钱|畀咗钱|俾了钱|给了钱|拍了已付|转账了|"
			+ "过了数|过数了|转了账|已转账|转过去了|钱转了|打了款|打款了|已打款|已汇款|汇款了|"
			+ "\\b(paid|payment sent|payment made|made the payment|payment done|i've paid|i have paid|just paid|"
			+ "payment is done|payment went through)\\b)");

	private static final Pattern ORDERED = Pattern.compile("(下单了|下好单|下了单|下了一单|刚下单|已下单|拍下了|拍下|拍好了|拍了|已拍|落单|落咗单|"
			+ "买了|买咗|订了|订好了|\\b(placed (the|an|my) order|i ordered|just ordered|ordered it|i've ordered|ordered|"
			+ "i have ordered|order placed|i bought)\\b)");

	/**
	 * Arrived: "收到" alone is an acknowledgement (a social turn, read before this), but
	 * with anything else ("今天收到包裹了") it says the goods came.
	 */
	private static final Pattern RECEIVED = Pattern.compile("(收到|签收|到了|拿到|到货|取回来|取到|取了|取货了|取件了|拿回来|提货了|领到|自提了|"
			+ "\\b(received|arrived|came|got it today|got my order|got the parcel|got the package|it's here|delivered|"
			+ "(picked up|collected) (the|my) (parcel|package|order)|picked (it|them) up)\\b)");

	private static final Pattern ADDRESS_WRONG = Pattern
		.compile("((地址|电话|手机号|手机|号码|收件人|名字|姓名|门牌|门牌号码|门牌号|小区|楼号|邮编|邮递区号|邮政编码).{0,8}(写错|填错|打错|选错|错了|不对|填成)|"
				+ "少打了|多打了|\\b(wrong (address|phone|number|postcode|zip|name)|address is wrong|typed .*wrong|"
				+ "put the wrong|entered the wrong|entered my old|old address|misspelled|mistyped)\\b)");

	private static final Pattern RETURN_SENT = Pattern
		.compile("(寄回|寄出|寄返|寄.{0,2}(回|返)去|退回去了|退货.{0,8}(寄|发)|放驿站|放到驿站|交给(快递|物流|顺丰|京东|邮政)|给快递员|单号.{0,4}填|"
				+ "填.{0,3}单号|已退回|发回|退回给|\\b((picked|collected) up (my|the) return|return (was )?(picked up|collected))\\b|\\b(sent it back|sent back|sent the return|shipped it back|mailed it back|posted it back|"
				+ "dropped (off )?the return|returned it|dropped it off|(return|it)('s| is) in the (mail|post)|(sent|shipped|posted|mailed) the return|"
				+ "return (was )?(sent|shipped|posted|mailed)|tracking (no|number).{0,20}return)\\b)");

	private static final Pattern PROBLEM = Pattern.compile("(两次|重复|多扣|失败|没成功|不成功|坏了|坏的|破了|破损|少了|少一|漏发|发错|"
			+ "错了|不对|没收到|没拿到|没取到|没到手|破洞|有.{0,2}洞|开线|脱线|污渍|\\b(twice|failed|didn't go through|broken|damaged|missing|wrong|never|"
			+ "holes?|torn|ripped|stain(ed|s)?|didn't get|haven't got)\\b)");

	/**
	 * What an invoice, not a delivery, is written to: "公司名写错了", "I put the wrong company
	 * name on it" are the invoice's title.
	 */
	private static final Pattern INVOICE = Pattern.compile("发票|抬头|税号|公司|\\b(invoice|company|tax)\\b");

	/**
	 * Punctuation, symbols, emoji, and the Greek, Cyrillic and kana letters of kaomoji
	 * ("(｡･ω･｡)ﾉ", "(╯°Д°)╯"); shoppers here write no Japanese.
	 */
	private static final Pattern NOISE = Pattern.compile(
			"[[\\p{P}\\p{S}\\s\\x{1F000}-\\x{1FFFF}\\p{IsGreek}\\p{IsCyrillic}\\p{IsKatakana}\\p{IsHiragana}]&&[^']]+");

	/** A bowing kaomoji, whose letters are a face: "m(_ _)m". */
	private static final Pattern BOWING = Pattern.compile("\\bm\\([^)]{0,6}\\)m\\b");

	private SocialTurns() {
	}

	private static String inner(String group) {
		return group.substring(3, group.length() - 1);
	}

	/**
	 * The alternatives as one group, longest first: a regular expression takes the first
	 * alternative that matches, and "好" must not stop "好的" from being read whole.
	 */
	private static String alt(String alternatives) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < alternatives.length(); i++) {
			char c = alternatives.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (c == '|' && depth == 0) {
				parts.add(alternatives.substring(from, i));
				from = i + 1;
			}
		}
		parts.add(alternatives.substring(from));
		parts.sort(Comparator.comparingInt(String::length).reversed());
		return "(?:" + String.join("|", parts) + ")";
	}

	/**
	 * What a message is, if it is social or a statement.
	 * @param text the message
	 * @return the reading, or empty for a question (or anything else)
	 */
	static Optional<Reading> read(String text) {
		String plain = plain(text);
		if (plain.isEmpty()) {
			return Optional.empty();
		}
		String spaced = ChineseScript.toSimplified(Normalizer.normalize(text, Normalizer.Form.NFKC))
			.toLowerCase(Locale.ROOT)
			.strip();
		Optional<Intent> social = socialOnly(plain);
		if (social.isPresent()) {
			return Optional.of(new Reading(social.get(), ""));
		}
		String rest = afterSocialOpening(spaced);
		String restPlain = plain(rest);
		boolean question = QUESTION.matcher(restPlain).find() || QUESTION.matcher(rest).find();
		// "wait, I was charged twice" reports a problem, however it opens.
		String restInMandarin = mandarin(rest);
		boolean problem = PROBLEM.matcher(restInMandarin).find();
		if (!question) {
			if (!problem && openedWith(spaced, Intent.WAITING)) {
				// "你等我一下 我去量一下腰围": the shopper will be back.
				return Optional.of(new Reading(Intent.WAITING, ""));
			}
			Optional<Intent> statement = statement(restInMandarin);
			if (statement.isPresent()) {
				return Optional.of(new Reading(statement.get(), ""));
			}
			if (!problem && WAITING_LONGER.matcher(rest).find()) {
				return Optional.of(new Reading(Intent.WAITING, ""));
			}
		}
		return rest.equals(spaced) ? Optional.empty() : Optional.of(new Reading(Intent.FAQ, rest));
	}

	/**
	 * Whether the message asks something, whatever it opens or ends with: "下单了 还能取消不".
	 * @param text the message
	 * @return whether a question word or mark is in it
	 */
	static boolean asks(String text) {
		return QUESTION.matcher(plain(text)).find();
	}

	/**
	 * Whether the message reports something gone wrong ("收到的衣服有个洞"), which asks for help
	 * without a question word.
	 * @param text the message
	 * @return whether a problem word is in it
	 */
	static boolean reportsProblem(String text) {
		return PROBLEM.matcher(mandarin(plain(text))).find();
	}

	/**
	 * Whether the message is social phrases only ("谢谢客服小姐姐"): what it calls the shop's
	 * staff is a way of speaking, not a request for a person.
	 * @param text the message
	 * @return {@code true} for a greeting, thanks, goodbye, nod or wait and nothing else
	 */
	static boolean isSocialOnly(String text) {
		String plain = plain(text);
		// "客服小姐姐呢" calls for the staff member: a way of address alone is not social.
		String besidesAddress = PARTICLES.matcher(ADDRESS_WORDS.matcher(plain).replaceAll("")).replaceAll("").strip();
		return !besidesAddress.isEmpty() && socialOnly(plain).isPresent();
	}

	/** "那我先撤啦 拜拜", "那好吧": a social phrase may open with "so". */
	private static final Pattern SO = Pattern.compile("^(那么|那|咁)\\s*(?=\\S)");

	/** The message as a run of social phrases, or empty. */
	private static Optional<Intent> socialOnly(String plain) {
		Optional<Intent> whole = phrasesOnly(plain);
		Matcher so = SO.matcher(plain);
		return (whole.isPresent() || !so.find()) ? whole : phrasesOnly(plain.substring(so.end()));
	}

	private static Optional<Intent> phrasesOnly(String plain) {
		Matcher phrases = SOCIAL_PHRASE.matcher(plain);
		Matcher particles = PARTICLES.matcher(plain);
		int at = 0;
		Intent strongest = null;
		boolean any = false;
		while (at < plain.length()) {
			phrases.region(at, plain.length());
			particles.region(at, plain.length());
			if (phrases.lookingAt() && phrases.end() > at) {
				strongest = stronger(strongest, kindOf(phrases.group(1)));
				at = phrases.end();
				any = true;
			}
			else if (any && particles.lookingAt()) {
				at = particles.end();
			}
			else {
				return Optional.empty();
			}
		}
		if (strongest == null) {
			// Only a form of address ("亲"): a greeting.
			return Optional.of(Intent.GREETING);
		}
		return Optional.of(strongest);
	}

	/**
	 * A mix keeps what matters most for the reply: a goodbye after thanks is a goodbye,
	 * thanks after an acknowledgement is thanks.
	 */
	private static Intent stronger(Intent current, Intent next) {
		if (next == null) {
			return current;
		}
		if (current == null) {
			return next;
		}
		return (rank(next) >= rank(current)) ? next : current;
	}

	private static int rank(Intent intent) {
		return switch (intent) {
			case GOODBYE -> 5;
			case THANKS -> 4;
			case WAITING -> 3;
			case GREETING -> 2;
			default -> 1;
		};
	}

	private static Intent kindOf(String phrase) {
		if (IS_GOODBYE.matcher(phrase).matches()) {
			return Intent.GOODBYE;
		}
		if (IS_THANKS.matcher(phrase).matches()) {
			return Intent.THANKS;
		}
		if (IS_WAITING.matcher(phrase).matches()) {
			return Intent.WAITING;
		}
		if (IS_GREETING.matcher(phrase).matches()) {
			return Intent.GREETING;
		}
		if (IS_ACKNOWLEDGEMENT.matcher(phrase).matches()) {
			return Intent.ACKNOWLEDGEMENT;
		}
		return null;
	}

	/**
	 * Whether the message opens with a social phrase of that kind, an English one of
	 * several words included ("one moment, getting my order number").
	 */
	private static boolean openedWith(String spaced, Intent kind) {
		String first = spaced.split("[\\s,，。.!！~～、]+")[0];
		if (socialOnly(plain(first)).filter((intent) -> intent == kind).isPresent()) {
			return true;
		}
		Matcher opening = SOCIAL_PHRASE.matcher(plain(spaced));
		return opening.lookingAt() && kindOf(opening.group(1)) == kind && opening.group(1).contains(" ");
	}

	/** The message without a social opening ("在吗 ", "好的 那", "thanks, also"). */
	private static String afterSocialOpening(String spaced) {
		String[] words = spaced.split("[\\s,，。.!！~～、]+");
		int skipped = 0;
		for (String word : words) {
			String plainWord = plain(word);
			if (!plainWord.isEmpty() && socialOnly(plainWord).isEmpty()) {
				break;
			}
			skipped++;
		}
		if (skipped == 0 || skipped == words.length) {
			return spaced;
		}
		StringBuilder rest = new StringBuilder();
		for (int i = skipped; i < words.length; i++) {
			rest.append((rest.length() > 0) ? " " : "").append(words[i]);
		}
		return rest.toString().replaceFirst("^(那|那么|还有|另外|还想问下|还想问|想问下|想问|请问|also|and|so|then)\\s*", "").strip();
	}

	/**
	 * Whether a message speaks of an invoice's details, which a wrong "name" or "title"
	 * in it is, rather than of the delivery address.
	 * @param simplified the message, lower case in Simplified characters
	 * @return true if it does
	 */
	static boolean aboutInvoice(String simplified) {
		return INVOICE.matcher(simplified).find();
	}

	private static Optional<Intent> statement(String text) {
		if (ADDRESS_WRONG.matcher(text).find() && !aboutInvoice(text)) {
			return Optional.of(Intent.STATEMENT_ADDRESS_WRONG);
		}
		if (PROBLEM.matcher(text).find()) {
			// "付了两次钱", "收到的是坏的": a problem to answer, not a statement to acknowledge.
			return Optional.empty();
		}
		if (RETURN_SENT.matcher(text).find()) {
			return Optional.of(Intent.STATEMENT_RETURN_SENT);
		}
		if (PAID.matcher(text).find()) {
			return Optional.of(Intent.STATEMENT_PAID);
		}
		if (RECEIVED.matcher(text).find()) {
			return Optional.of(Intent.STATEMENT_RECEIVED);
		}
		if (ORDERED.matcher(text).find()) {
			return Optional.of(Intent.STATEMENT_ORDERED);
		}
		return Optional.empty();
	}

	/**
	 * Cantonese function words in their Mandarin form, so that one set of statement
	 * patterns reads both ("付咗款" is "付了款", "到咗" is "到了").
	 */
	private static String mandarin(String text) {
		return text.replace("咗", "了").replace("嘅", "的").replace("喺", "在").replace("冇", "没").replace("畀", "给");
	}

	/** "hiii", "byeee": a letter typed three times or more counts once. */
	private static final Pattern REPEATED_LETTER = Pattern.compile("([a-z])\\1{2,}");

	/**
	 * Simplified, lower-case, punctuation, symbols and emoji as single blanks (English
	 * phrases keep their spaces; an apostrophe stays).
	 */
	private static String plain(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
		String single = REPEATED_LETTER.matcher(BOWING.matcher(folded).replaceAll(" ")).replaceAll("$1");
		return NOISE.matcher(ChineseScript.toSimplified(single)).replaceAll(" ").strip();
	}

	/**
	 * What a message was read as.
	 *
	 * @param intent the social turn or statement, or {@link Intent#FAQ} for a question
	 * after a social opening
	 * @param question the question without its opening (for {@link Intent#FAQ}), else
	 * empty
	 */
	record Reading(Intent intent, String question) {
	}

}
