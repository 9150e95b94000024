package dev.kefu.bot.dialogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.Match;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.Verdict;

/**
 * Reads one shopper turn: which rule it falls under, and for a question, what the
 * knowledge base says, with the previous turn when the question depends on it ("那六一呢")
 * and part by part when one message asks two things ("发什么快递？多久能到"). Everything that
 * decided is written down as a trace, which the ops "try a question" box shows. Free of
 * Spring and of the shopper's data, so that the eval command reads turns exactly as the
 * chat does.
 */
public final class TurnReader {

	/** A message that only makes sense with the one before it. */
	private static final Pattern FOLLOW_UP = Pattern
		.compile("^(那|那么|那如果|那要是|如果|要是|还有|另外|咁|噉|what about|how about|and|also|what if)|(呢|嘞|咧|呀)[?？]?$"
				+ "|^(这个|那个|這個|那個|呢个|this one|that one)");

	private static final Pattern FOLLOW_UP_OPENING = Pattern
		.compile("^(那么|那如果|那要是|那|还有|另外|同埋|以及|咁|噉|what about|how about|and|also|&)\\s*");

	/** Where one message asks a second question. */
	private static final Pattern PARTS = Pattern.compile("[?？!！。;；\\n]+|\\s+(?=((and|also|plus)\\b|&))"
			+ "|(?<=\\p{IsHan})\\s+(?=\\p{IsHan})|(?<=[吗嗎])(?=\\p{IsHan}{2})");

	/**
	 * Where a clause may end: a comma, an enumeration comma, "同埋" ("and" in Cantonese).
	 */
	private static final Pattern COMMA = Pattern.compile("[，,、]\\s*|\\s*(?=同埋|以及)");

	/**
	 * A clause that is a question by itself, so that a comma after it starts another
	 * ("會員有哪幾級，積分怎麼用"); a comma after a clause that is not ("衣服买回来不太喜欢，还能退掉吗",
	 * "如果尺码不合适，可以退吗") is inside one question.
	 */
	private static final Pattern ASKS_ALREADY = Pattern
		.compile("吗|嗎|么|麼|呢|什么|什麼|怎么|怎麼|怎样|怎樣|哪|几|幾|多少|多久|谁|誰|咋|啥|咩|邊個|边个|點樣|点样"
				+ "|(?<![不没沒])(\\p{IsHan})[不没沒]\\1|还是|還是|偏\\p{IsHan}(还|還)偏|\\b(how|what|when|where|why|which|who|can|could|do|does|is|are|will|would)\\b");

	/** A follow-up that names a new topic ("那新人呢", "what about kids"). */
	private static final Pattern NEW_TOPIC = Pattern
		.compile("(呢|嘞|咧)[?？]?$|^(what about|how about|and for|and|also for)\\b");

	/**
	 * A follow-up that sets a condition on the same question ("那如果已经发出了呢", "没拆的呢") or
	 * tells the shopper's own case ("我在新疆呢" after the delivery times) rather than naming
	 * another thing.
	 */
	private static final Pattern CONDITION = Pattern
		.compile("^(如果|要是|假如|万一|萬一|if|what if)|了|没|沒|未|已经|已經|不|唔|冇|didn't|not|haven't|already"
				+ "|^我(在|是(?!说|說|问|問)|係|喺|住)|^(i'm|i am|i live|i paid)\\b");

	/**
	 * The 不, 没 and 唔 that ask rather than set a condition: "是纯棉的不", "有没有", "可唔可以", "有冇".
	 */
	private static final Pattern ASKED_WITH_NOT = Pattern
		.compile("(?<![不没沒唔])(\\p{IsHan})[不没沒唔]\\1|[不没沒][?？]?$|有冇|冇[?？]?$");

	/** A follow-up that tells the shopper's own case: "我在国外呢", "i'm a member". */
	private static final Pattern OWN_CASE = Pattern.compile("^我(在|是(?!说|說|问|問)|係|喺|住)|^(i'm|i am|i live|i paid)\\b");

	/** The end of a follow-up that is not its topic: "小孩的呢" is about 小孩. */
	private static final Pattern FOLLOW_UP_END = Pattern.compile("(的话|的話|的)?(呢|嘞|咧|呀)?[?？]?$");

	private static final int SHORT_FOLLOW_UP = 6;

	/** Words in an English new-topic follow-up read with its previous question first. */
	private static final int BARE_ENGLISH_TOPIC = 2;

	/** An English message that opens as a question. */
	private static final Pattern ENGLISH_QUESTION = Pattern
		.compile("^(how|what|when|where|why|which|who|can|could|do|does|did|is|are|will|would|should)\\b");

	/**
	 * How far a follow-up's words may pull the previous entry's score down before they
	 * are a question of their own; chosen on the context dev sets (0.11 and 0.13 kept two
	 * rows fewer, none of the other sets moved).
	 */
	private static final double DILUTION = 0.09;

	/**
	 * How like a written statement a turn after a question must be to be read as one
	 * rather than as a follow-up; chosen on the context dev sets (0.75 kept the same
	 * rows, 0.8 lost three).
	 */
	private static final double STATEMENT_IN_CONTEXT = 0.7;

	/** A question for a figure: how much, how many, how long. */
	private static final Pattern AMOUNT = Pattern
		.compile("多少|多久|几|幾|多耐|幾耐|几耐|加钱|加錢|收费|收費|要钱|要錢|免费|免費|how (much|many|long|soon)|what time|cost|charge"
				+ "|\\bfree\\b");

	/**
	 * What may stand beside the figure asked for ("要另外加錢嗎", "大概要几天"); anything else
	 * ("会员多少钱") names a topic of its own.
	 */
	private static final Pattern AMOUNT_FILLER = Pattern
		.compile("[要另外还還再加大概一般约約那么麼总總共钱錢元块塊天日个個件次起吗嗎呢啊呀吧?？\\s]|\\b(is|it|does|will|the|extra|be|that|this)\\b");

	private static final Pattern FIGURE = Pattern.compile("\\d");

	/**
	 * One item the shopper looks at ("这条裤子裤长多少"): its figures are the listing's, not the
	 * answer's.
	 */
	private static final Pattern ONE_ITEM = Pattern
		.compile("(这|那|呢|這|嗰)(条|件|款|双|支|瓶|條|雙|個|个)|\\b(this|that) (dress|item|one|shirt|top|pair|jacket|coat)\\b");

	/**
	 * Turns whose other questions are answered too: a look-up, and a request for a person
	 * ("退款多久到账 帮我转人工"), whose question is answered while the shopper waits.
	 */
	private static final Set<Intent> ANSWERED_BESIDE = Set.of(Intent.ORDER_STATUS, Intent.RETURN_STATUS, Intent.HUMAN);

	private static final Set<Intent> STATEMENTS = Set.of(Intent.STATEMENT_PAID, Intent.STATEMENT_ORDERED,
			Intent.STATEMENT_RECEIVED, Intent.STATEMENT_RETURN_SENT);

	private final KnowledgeSearch knowledge;

	private final Supplier<Instant> clock;

	private final SocialTurnExamples socialExamples;

	/**
	 * Creates the reader.
	 * @param knowledge the knowledge base's search
	 * @param socialExamples the written social turns and statements, for wordings the
	 * rules do not list
	 * @param clock the moment that decides which entries are valid
	 */
	public TurnReader(KnowledgeSearch knowledge, SocialTurnExamples socialExamples, Supplier<Instant> clock) {
		this.knowledge = knowledge;
		this.socialExamples = socialExamples;
		this.clock = clock;
	}

	/**
	 * Reads a turn.
	 * @param text what the shopper wrote
	 * @param previousShopperText their message before it, or {@code null}
	 * @return what the turn is and what the knowledge base says to it
	 */
	public TurnReading read(String text, String previousShopperText) {
		List<String> trace = new ArrayList<>();
		QueryText previous = (previousShopperText != null) ? QueryText.of(previousShopperText) : null;
		QueryText language = QueryText.of(text).inConversation(previous);
		SocialTurns.Reading rule = IntentRules.read(text);
		if (rule.intent() != Intent.FAQ) {
			trace.add("rule: " + rule.intent() + " (" + describe(rule.intent()) + ")");
			Optional<TurnReading> onTopic = statementOnTopic(rule.intent(), previous, text.strip(), language, trace);
			if (onTopic.isPresent()) {
				return onTopic.get();
			}
			if (ANSWERED_BESIDE.contains(rule.intent())) {
				return new TurnReading(rule.intent(), language, questionsBeside(text, trace), null, trace);
			}
			return ruled(rule.intent(), language, trace);
		}
		String question = rule.question();
		if (!question.equals(text.strip())) {
			trace.add("social opening left out; the question is \"" + question + "\"");
		}
		SearchResult whole = search(question);
		Optional<SocialTurnExamples.Guess> social = this.socialExamples.read(question,
				whole.best().map(Match::cosine).orElse(0.0), previous != null);
		// After a social opening ("谢谢亲亲 比心"), what is left may be social too.
		// Mid-conversation, a statement only somewhat like a written one ("已經第九天了" near
		// "已经收到了") is more likely the shopper's case in the question just asked.
		if (social.isPresent() && previous != null && social.get().intent().isStatement()
				&& social.get().similarity() < STATEMENT_IN_CONTEXT) {
			Optional<TurnReading> followUp = followUp(previous, question, whole, language, trace);
			if (followUp.isPresent()) {
				return followUp.get();
			}
		}
		if (social.isPresent()) {
			trace.add(String.format(Locale.ROOT,
					"nearest written example: %s, \"%s\" (similarity %.3f, nearer than "
							+ "the knowledge base's first entry) (%s)",
					social.get().intent(), social.get().example(), social.get().similarity(),
					describe(social.get().intent())));
			Optional<TurnReading> onTopic = statementOnTopic(social.get().intent(), previous, question, language,
					trace);
			if (onTopic.isPresent()) {
				return onTopic.get();
			}
			return ruled(social.get().intent(), language, trace);
		}
		trace.add("knowledge base: " + summary(whole));
		// "我是金卡 券是多少的" asks one thing: the first part tells whom it is for.
		List<String> parts = parts(question).stream().filter((part) -> !tellsOwnCaseOnly(part)).toList();
		if (parts.size() > 1) {
			List<SearchResult> answers = answeredParts(Part.each(parts), trace);
			if (answers.size() > 1) {
				trace.add("two questions in one message: answered each");
				return new TurnReading(Intent.FAQ, language, answers, whole, trace);
			}
			if (whole.verdict() != Verdict.ANSWER && answers.size() == 1) {
				trace.add("answered the part the knowledge base knows");
				return new TurnReading(Intent.FAQ, language, answers, answers.get(0), trace);
			}
			// "尺碼怎麼選 可以換顏色嗎": the colour part is unsure alone, but the whole message
			// lands on the exchange entry, which is the part's answer. A follow-up in
			// pieces
			// ("那钱呢 要多久") is one question.
			if (whole.verdict() == Verdict.ANSWER && answers.size() == 1 && !looksLikeFollowUp(question)
					&& !sameEntry(answers.get(0), whole)) {
				trace.add("one part answered alone, the other by the whole message: answered both");
				return new TurnReading(Intent.FAQ, language, List.of(answers.get(0), whole), whole, trace);
			}
		}
		if (previous != null
				&& (looksLikeFollowUp(question) || whole.verdict() != Verdict.ANSWER || tellsFigureOnly(question))) {
			Optional<TurnReading> followUp = followUp(previous, question, whole, language, trace);
			if (followUp.isPresent()) {
				return followUp.get();
			}
			whole = notOfferedAgain(whole, previous, trace);
		}
		return new TurnReading(Intent.FAQ, language, answered(whole), whole, trace);
	}

	/**
	 * The knowledge base's answers to the other questions of a message a rule reads as a
	 * look-up ("包裹到哪了 少发了一件咋办": the parcel is looked up, the missing item is answered),
	 * so the second question is not lost.
	 */
	private List<SearchResult> questionsBeside(String text, List<String> trace) {
		List<String> parts = parts(text);
		if (parts.size() < 2) {
			return List.of();
		}
		List<Part> questions = new ArrayList<>();
		for (Part part : Part.each(parts)) {
			SocialTurns.Reading own = IntentRules.read(part.text());
			if (own.intent() != Intent.FAQ) {
				trace.add("part \"" + part.text() + "\": rule " + own.intent());
			}
			else {
				questions.add(new Part(own.question(), part.before()));
			}
		}
		List<SearchResult> answers = answeredParts(questions, trace);
		if (!answers.isEmpty()) {
			trace.add("a request and a question in one message: answered the question too");
		}
		return answers;
	}

	/**
	 * The sure answers to a message's parts, one per entry. A part unsure alone is read
	 * with the part before it, as a follow-up: in "我嘅退貨去到邊 可唔可以取消" the cancelling is the
	 * return's.
	 */
	private List<SearchResult> answeredParts(List<Part> parts, List<String> trace) {
		List<SearchResult> read = new ArrayList<>();
		for (Part part : parts) {
			SearchResult alone = search(part.text());
			trace.add("part \"" + part.text() + "\": " + summary(alone));
			read.add(
					(alone.verdict() != Verdict.ANSWER && part.before() != null)
							? followUp(QueryText.of(part.before()), part.text(), alone, QueryText.of(part.text()),
									trace)
								.flatMap((reading) -> reading.answers().stream().findFirst())
								.orElse(alone)
							: alone);
		}
		// Beside a question answered surely, a part with one close entry ("大衣柜包安装吗
		// 保修几年啊") is a second question about the shop, not a stray: answering it
		// beats dropping it, and a shopper who asked two things expects two answers.
		boolean oneSure = read.stream().anyMatch((r) -> r.verdict() == Verdict.ANSWER);
		List<SearchResult> answers = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			SearchResult result = read.get(i);
			// "到了 但是箱子都压扁了": a part that neither asks nor reports a problem is the
			// shopper's case, not a question.
			String text = parts.get(i).text();
			SearchResult answer = (oneSure && result.choices().size() == 1
					&& (SocialTurns.asks(text) || SocialTurns.reportsProblem(text)))
							? result.answeredInContext("the only close entry, beside a question answered surely")
							: result;
			if (answer.verdict() == Verdict.ANSWER && answers.stream().noneMatch((a) -> sameEntry(a, answer))) {
				answers.add(answer);
			}
		}
		return answers;
	}

	/**
	 * One question of a message, with the part written before it (its context), or
	 * {@code null} for the first.
	 */
	private record Part(String text, String before) {

		static List<Part> each(List<String> parts) {
			List<Part> each = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				each.add(new Part(parts.get(i), (i > 0) ? parts.get(i - 1) : null));
			}
			return each;
		}

	}

	private static boolean sameEntry(SearchResult a, SearchResult b) {
		return a.best().map(Match::entryId).equals(b.best().map(Match::entryId));
	}

	/**
	 * A turn a rule or the written examples placed: only a wrong address is looked up.
	 */
	private TurnReading ruled(Intent intent, QueryText language, List<String> trace) {
		if (intent == Intent.STATEMENT_ADDRESS_WRONG) {
			String question = Voice.say(language, "value.address-question");
			SearchResult routed = search(question);
			trace.add("routed to the knowledge base as \"" + question + "\": " + summary(routed));
			return new TurnReading(intent, language, answered(routed), routed, trace);
		}
		return new TurnReading(intent, language, List.of(), null, trace);
	}

	/**
	 * A follow-up read with the previous message: "运费多少" then "那退货呢" asks for the return
	 * shipping fee, which neither message finds alone. The reading with context wins when
	 * it lands on another entry than the previous message alone (the follow-up moved the
	 * topic); a follow-up that stands on its own keeps its own answer; one closer to what
	 * the knowledge base does not answer ("双11" then "那双12呢") is not pulled back to the
	 * previous topic.
	 */
	private Optional<TurnReading> followUp(QueryText previous, String question, SearchResult alone, QueryText language,
			List<String> trace) {
		boolean newTopic = NEW_TOPIC.matcher(question.toLowerCase(Locale.ROOT).strip()).find();
		// A question of its own ("能约周六送吗" after "快递几天能到") brings its own words too.
		boolean elliptic = looksLikeFollowUp(question);
		String asked = FOLLOW_UP_OPENING.matcher(question).replaceFirst("");
		SearchResult before = search(previous.original());
		String previousEntry = before.best().map(Match::entryId).orElse(null);
		boolean previousAnswered = before.verdict() == Verdict.ANSWER;
		List<SearchResult> tiers = new ArrayList<>();
		// The follow-up read with the previous message, when it is one of the readings.
		SearchResult together = null;
		String topic = FOLLOW_UP_END.matcher(asked).replaceFirst("").strip();
		String lowerTopic = topic.toLowerCase(Locale.ROOT);
		boolean condition = CONDITION.matcher(ASKED_WITH_NOT.matcher(lowerTopic).replaceAll("")).find();
		if (newTopic && previous.language() == Language.ZH && !topic.isBlank()) {
			// "有学生优惠吗" then "那新人呢": the same question about a new topic, which takes
			// the place of the previous question's word it is most like.
			List<String> words = this.knowledge.words(previous)
				.stream()
				.filter((word) -> word.length() >= 2 && previous.normalized().contains(word))
				.distinct()
				.toList();
			Optional<String> replaced = this.knowledge.nearestWord(Language.ZH, topic, words);
			if (replaced.isPresent()) {
				SearchResult substituted = search(previous.normalized().replace(replaced.get(), topic));
				trace.add("a follow-up about a new topic, \"" + topic + "\" in place of \"" + replaced.get() + "\": "
						+ summary(substituted));
				// Still the previous question's entry, while the new topic alone has one
				// of its own ("会员等级有哪些" then "那积分呢"): the topic moved.
				boolean stayed = substituted.best().map((m) -> m.entryId().equals(previousEntry)).orElse(false);
				// A condition on the same question ("已经发货了呢" after "下单后能改地址吗") keeps it.
				if (stayed && alone.verdict() == Verdict.ANSWER && !condition) {
					tiers.add(alone);
				}
				tiers.add(substituted);
			}
			tiers.add(alone);
			// "尺码怎么选" then "小孩的呢": the new topic narrows the question rather than
			// taking the place of one of its words.
			SearchResult narrowed = search(topic + " " + previous.original());
			trace.add("the new topic with the previous message: " + summary(narrowed));
			tiers.add(narrowed);
		}
		else {
			// "可以包装成礼物吗" then "加多少钱": more about the same topic.
			together = search(previous.original() + " " + asked);
			trace.add("a follow-up, read with the previous message: " + summary(together));
			// A short question with no word pointing back ("退款多久到账" after "运费多少") is
			// read on its own first.
			boolean pointsBack = FOLLOW_UP.matcher(question.toLowerCase(Locale.ROOT).strip()).find();
			// "and returns?" after "how much is shipping" asks the return shipping fee: a
			// bare English topic of a word or two is the previous question about
			// something else.
			boolean bareTopic = asked.strip().split("\\s+").length <= BARE_ENGLISH_TOPIC;
			boolean togetherFirst = pointsBack && (!newTopic || bareTopic);
			tiers.add(togetherFirst ? together : alone);
			tiers.add(togetherFirst ? alone : together);
		}
		String searchableTopic = QueryText.of(topic).searchable();
		Set<String> topicWords = TopicWords.brought(searchableTopic, previous.searchable());
		Set<String> brought = condition ? Set.of() : topicWords;
		String previousText = (previousEntry != null) ? this.knowledge.entryText(previousEntry) : "";
		// "已经发货了呢" after the address change, whose answer speaks of shipped orders; not
		// "皮鞋脏了呢" after how to wash clothes.
		boolean conditionSpokenOf = TopicWords.mentions(topicWords, previousText);
		// "可以包装成礼物吗" then "加多少钱": an answer that gives figures speaks of how much.
		// A bare "要多久" has no topic of its own, so what it finds alone (the shipping time
		// after "怎么注销账号") is chance; one with a topic ("退款多久到账" after "运费多少") is not
		// a bare amount.
		boolean answeredAlone = alone.verdict() == Verdict.ANSWER
				&& !alone.best().map((m) -> m.entryId().equals(previousEntry)).orElse(false);
		String besidesAmount = AMOUNT.matcher(lowerTopic).replaceAll("");
		boolean asksAmount = !besidesAmount.equals(lowerTopic)
				&& TopicWords.onlyFrom(AMOUNT_FILLER.matcher(besidesAmount).replaceAll(""), previous.searchable())
				&& !ONE_ITEM.matcher(question.toLowerCase(Locale.ROOT)).find() && FIGURE.matcher(previousText).find();
		boolean spokenOf = !brought.isEmpty() && previousEntry != null
				&& (TopicWords.spokenOf(brought, previousText) || asksAmount);
		// An amount the previous answer gives in figures ("多久能退回来" after the double
		// charge) and the shopper's own case ("我在国外呢") ask about the same question,
		// whatever other entry their words find.
		boolean amountGiven = !besidesAmount.equals(lowerTopic) && FIGURE.matcher(previousText).find();
		Optional<SearchResult> specific = (amountGiven || OWN_CASE.matcher(lowerTopic).find()) ? Optional.empty()
				: moreSpecific(alone, previousEntry, topicWords, previousText);
		if (specific.isPresent()) {
			trace.add("the follow-up's own words " + topicWords + " are more in "
					+ specific.get().best().orElseThrow().entryId() + " than in the previous answer, " + previousEntry);
		}
		// "我买的是那个小边几" after whether furniture comes assembled: told, not asked, and the
		// previous answer names it (小件（收纳、边几）需自行组装), so it is the shopper's case. A
		// figure told ("its been 10 days though") is the figures' rule's to read.
		boolean toldOnly = !answeredAlone && !SocialTurns.asks(question) && !SocialTurns.reportsProblem(question)
				&& !FIGURE.matcher(question).find();
		if ((elliptic || toldOnly) && !newTopic && spokenOf && previousAnswered && specific.isEmpty()) {
			// "可以寄到海外吗" then "运费咋算": the overseas answer speaks of its shipping fee,
			// which is what the shopper asks, rather than the home shipping fee entry.
			return Optional.of(inContext(previousReading(tiers, previousEntry, before),
					"the previous answer, " + previousEntry + ", speaks of " + brought + ": answered with it", language,
					trace));
		}
		// "多久发货" then "下午五点才拍的呢": the shopper's case in a figure of the kind the
		// previous answer sets its rule in ("16:00 前付款当天发货").
		// Told without a question ("my order is like 120 rmb"), a figure is the shopper's
		// case whatever entry it finds alone; with one ("我买了200块 能开发票吗") it may ask
		// something else.
		Optional<String> figure = (previousAnswered && (!answeredAlone
				|| tellsFigureOnly(question) && CaseFigures.toldAndStated(searchableTopic, entryText(alone)).isEmpty()))
						? CaseFigures.toldAndStated(searchableTopic, previousText) : Optional.empty();
		if (figure.isPresent()) {
			return Optional.of(inContext(
					previousReading(tiers, previousEntry, before), "the shopper tells " + figure.get()
							+ ", which the previous answer, " + previousEntry + ", states: answered with it",
					language, trace));
		}
		for (SearchResult reading : tiers) {
			String entry = reading.best().map(Match::entryId).orElse(null);
			boolean again = entry != null && entry.equals(previousEntry);
			// "衣服怎么洗" then "皮鞋呢": the clothes-care entry again would answer a question
			// about something else; it may only when it speaks of the new topic
			// ("我是花呗付的呢" after the refund time, which names 花呗).
			if (reading.verdict() == Verdict.ANSWER && again && !brought.isEmpty() && !spokenOf) {
				trace.add("the new topic " + brought + " is not in " + entry + ", which answered the previous "
						+ "message: not answered with it again");
				// Only a new topic narrows the question ("小孩的呢"); a question of its own
				// ("能先帮我留一件不") that the previous entry does not answer is not asked of
				// its neighbours.
				Optional<Match> next = newTopic ? nextSpeakingOf(reading, previousEntry, brought) : Optional.empty();
				if (next.isPresent()) {
					String why = "the next entry, " + next.get().entryId() + ", speaks of " + brought
							+ ": answered with it";
					trace.add(why);
					SearchResult answered = reading.answeredWith(next.get(), why);
					return Optional.of(new TurnReading(Intent.FAQ, language, List.of(answered), answered, trace));
				}
				continue;
			}
			// "错过了能看回放不" after the live-stream times: read with the previous message it
			// lands on the times again, but its words pull that entry's score down rather
			// than up, and the entry speaks of few of them; a question of its own the
			// knowledge base does not answer.
			if (reading == together && again && reading.verdict() == Verdict.ANSWER && previousAnswered && !amountGiven
					&& !OWN_CASE.matcher(lowerTopic).find()
					&& before.best().orElseThrow().score() - reading.best().orElseThrow().score() >= DILUTION
					&& !TopicWords.spokenOf(topicWords, previousText)) {
				trace.add(String.format(Locale.ROOT,
						"read with the previous message, %s scores %.3f below the previous message alone, and "
								+ "speaks of little of %s: not answered with it again",
						entry, before.best().orElseThrow().score() - reading.best().orElseThrow().score(), topicWords));
				continue;
			}
			if (again && reading.verdict() != Verdict.NO_MATCH && specific.isPresent()) {
				trace.add("answered with " + specific.get().best().orElseThrow().entryId());
				return Optional
					.of(new TurnReading(Intent.FAQ, language, List.of(specific.get()), specific.get(), trace));
			}
			if (reading.verdict() == Verdict.ANSWER) {
				trace.add("answered with " + entry);
				return Optional.of(new TurnReading(Intent.FAQ, language, List.of(reading), reading, trace));
			}
			// "家居用品保修多久" then "电机呢": unsure on its own, but the previous answer names
			// the new word, so it is that answer's detail.
			if (reading.verdict() == Verdict.OFFER_CHOICES && again && previousAnswered
					&& (spokenOf || (condition && conditionSpokenOf))) {
				return Optional.of(
						inContext(reading,
								"the previous answer, " + entry + ", speaks of "
										+ (condition ? "the condition" : brought) + ": answered with it",
								language, trace));
			}
		}
		return Optional.empty();
	}

	/**
	 * The follow-up's own answer when it speaks of the follow-up's words more than the
	 * previous answer does: "要是想直接注销呢" after the log-in help wants the account-deletion
	 * entry, not the log-in one again.
	 */
	private Optional<SearchResult> moreSpecific(SearchResult alone, String previousEntry, Set<String> words,
			String previousText) {
		if (alone.verdict() != Verdict.ANSWER || previousEntry == null || words.isEmpty()) {
			return Optional.empty();
		}
		String entry = alone.best().orElseThrow().entryId();
		if (entry.equals(previousEntry)) {
			return Optional.empty();
		}
		String entryText = this.knowledge.entryText(entry);
		return (TopicWords.found(words, entryText) > TopicWords.found(words, previousText)) ? Optional.of(alone)
				: Optional.empty();
	}

	/**
	 * The first later match of a reading with the previous message that speaks of the new
	 * topic: the narrowed question's answer once the one already given is ruled out.
	 */
	private Optional<Match> nextSpeakingOf(SearchResult reading, String previousEntry, Set<String> brought) {
		return reading.matches()
			.stream()
			.skip(1)
			.filter((m) -> !m.entryId().equals(previousEntry))
			.filter((m) -> TopicWords.spokenOf(brought, this.knowledge.entryText(m.entryId())))
			.findFirst();
	}

	/**
	 * A follow-up left unanswered offers no choice of the answer the previous message
	 * just had: "会员能转给家人吗" after the membership levels would otherwise be offered the
	 * levels again.
	 */
	private SearchResult notOfferedAgain(SearchResult reading, QueryText previous, List<String> trace) {
		SearchResult before = search(previous.original());
		if (reading.verdict() != Verdict.OFFER_CHOICES || before.verdict() != Verdict.ANSWER) {
			return reading;
		}
		String previousEntry = before.best().orElseThrow().entryId();
		SearchResult offered = reading.withoutChoice(previousEntry,
				previousEntry + " answered the previous message: not offered again");
		if (offered != reading) {
			trace.add(previousEntry + " answered the previous message: not offered again as a choice");
		}
		return offered;
	}

	/** The reading that lands on the previous entry, else the previous message's own. */
	private static SearchResult previousReading(List<SearchResult> tiers, String previousEntry, SearchResult before) {
		return tiers.stream()
			.filter((r) -> r.verdict() != Verdict.NO_MATCH
					&& r.best().map((m) -> m.entryId().equals(previousEntry)).orElse(false))
			.findFirst()
			.orElse(before);
	}

	/**
	 * A statement read as a follow-up of the question before it, when that question's
	 * answer speaks of what the statement says: "包裹破损了怎么办" then "已经签收了呢".
	 */
	private Optional<TurnReading> statementOnTopic(Intent intent, QueryText previous, String statement,
			QueryText language, List<String> trace) {
		if (previous == null || !STATEMENTS.contains(intent)) {
			return Optional.empty();
		}
		SearchResult before = search(previous.original());
		if (before.verdict() != Verdict.ANSWER) {
			return Optional.empty();
		}
		String entry = before.best().orElseThrow().entryId();
		String topic = FOLLOW_UP_END.matcher(statement).replaceFirst("").strip();
		String entryText = this.knowledge.entryText(entry);
		// "多久发货" then "我下午五点多付的款": the time paid is what the shipping rule is
		// set in.
		String searchableTopic = QueryText.of(topic).searchable();
		Optional<String> figure = CaseFigures.toldAndStated(searchableTopic, entryText);
		if (figure.isPresent()) {
			return Optional.of(inContext(before, "a statement that tells " + figure.get() + ", which the previous "
					+ "answer, " + entry + ", states: answered with it", language, trace));
		}
		Set<String> brought = TopicWords.brought(searchableTopic, previous.searchable());
		if (brought.isEmpty() || !TopicWords.spokenOf(brought, entryText)) {
			return Optional.empty();
		}
		SearchResult together = search(previous.original() + " " + statement);
		if (together.best().map((m) -> m.entryId().equals(entry)).orElse(false)
				&& together.verdict() != Verdict.NO_MATCH) {
			return Optional.of(inContext(together, "a statement about the previous question, whose answer " + entry
					+ " speaks of " + brought + ": answered with it", language, trace));
		}
		return Optional.empty();
	}

	/**
	 * Whether a message tells a figure and asks nothing: "my order is like 120 rmb", not
	 * "我买了200块 能开发票吗".
	 */
	private static boolean tellsFigureOnly(String text) {
		String lower = text.toLowerCase(Locale.ROOT).strip();
		boolean asks = (QueryText.of(lower).language() == Language.ZH) ? ASKS_ALREADY.matcher(lower).find()
				: ENGLISH_QUESTION.matcher(lower).find();
		return CaseFigures.tells(lower) && !asks && !lower.contains("?") && !lower.contains("？");
	}

	/** The text an answer's entry holds, or nothing when it has none. */
	private String entryText(SearchResult result) {
		return result.best().map((m) -> this.knowledge.entryText(m.entryId())).orElse("");
	}

	private static boolean tellsOwnCaseOnly(String part) {
		String lower = part.toLowerCase(Locale.ROOT);
		return OWN_CASE.matcher(lower).find() && !ASKS_ALREADY.matcher(lower).find();
	}

	private static boolean looksLikeFollowUp(String question) {
		String lower = question.toLowerCase(Locale.ROOT).strip();
		if (FOLLOW_UP.matcher(lower).find()) {
			return true;
		}
		QueryText text = QueryText.of(lower);
		return (text.language() == Language.ZH) ? lower.codePointCount(0, lower.length()) <= SHORT_FOLLOW_UP
				: lower.split("\\s+").length <= 3;
	}

	/** The questions of a message, when it asks more than one; otherwise the message. */
	static List<String> parts(String question) {
		List<String> parts = new ArrayList<>();
		for (String piece : PARTS.split(question.strip())) {
			for (String part : clauses(piece)) {
				String stripped = FOLLOW_UP_OPENING.matcher(part.strip()).replaceFirst("").strip();
				if (stripped.codePoints().filter(Character::isLetterOrDigit).count() >= 2) {
					parts.add(stripped);
				}
			}
		}
		return parts.isEmpty() ? List.of(question) : parts;
	}

	/**
	 * A reading the search alone left unsure, answered with what the conversation
	 * settles.
	 */
	private static TurnReading inContext(SearchResult reading, String why, QueryText language, List<String> trace) {
		trace.add(why);
		SearchResult answered = reading.answeredInContext(why);
		return new TurnReading(Intent.FAQ, language, List.of(answered), answered, trace);
	}

	/** A piece split at each comma that follows a question of its own. */
	private static List<String> clauses(String piece) {
		List<String> clauses = new ArrayList<>();
		Matcher comma = COMMA.matcher(piece);
		int from = 0;
		while (comma.find()) {
			String before = piece.substring(from, comma.start());
			if (ASKS_ALREADY.matcher(before.toLowerCase(Locale.ROOT)).find()) {
				clauses.add(before);
				from = comma.end();
			}
		}
		clauses.add(piece.substring(from));
		return clauses;
	}

	private SearchResult search(String text) {
		return this.knowledge.search(SearchRequest.of(text, this.clock.get()));
	}

	private static List<SearchResult> answered(SearchResult result) {
		return (result.verdict() == Verdict.ANSWER) ? List.of(result) : List.of();
	}

	private static String summary(SearchResult result) {
		String first = result.best()
			.map((Match m) -> String.format(Locale.ROOT, "%s (score %.3f, similarity %.3f)", m.entryId(), m.score(),
					m.cosine()))
			.orElse("no entry");
		return result.verdict() + ", first " + first + "; " + String.join("; ", result.explanation().notes());
	}

	private static String describe(Intent intent) {
		return switch (intent) {
			case GREETING, THANKS, GOODBYE, ACKNOWLEDGEMENT, WAITING ->
				"a social turn, answered without the knowledge base";
			case STATEMENT_PAID, STATEMENT_ORDERED, STATEMENT_RECEIVED, STATEMENT_ADDRESS_WRONG,
					STATEMENT_RETURN_SENT ->
				"a statement: the bot asks what is needed or routes it, never answers it with a problem entry";
			case HUMAN -> "asks for a person";
			case NOT_UNDERSTOOD -> "nothing to read";
			default -> "a request the bot acts on with the shopper's orders and returns";
		};
	}

	/**
	 * What a turn was read as.
	 *
	 * @param intent the rule it falls under, or {@link Intent#FAQ} for a question
	 * @param language the language and script to reply in (a bare order number keeps the
	 * conversation's)
	 * @param answers the knowledge-base answers to give, one per question asked; empty
	 * when the knowledge base has none
	 * @param result the search that decides the reply when there is no answer (choices,
	 * or the gap to record), or {@code null} when the knowledge base was not asked
	 * @param trace what decided, in order
	 */
	public record TurnReading(Intent intent, QueryText language, List<SearchResult> answers, SearchResult result,
			List<String> trace) {

		public TurnReading {
			answers = List.copyOf(answers);
			trace = List.copyOf(trace);
		}

	}

}
