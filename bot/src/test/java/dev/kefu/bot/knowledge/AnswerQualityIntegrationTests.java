package dev.kefu.bot.knowledge;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.regression.RegressionCases;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 against the running demo: the try box's rules and trace, refusals, marking
 * answers wrong, the editor's warnings and the demo regression set's known failures.
 */
@KefuIntegrationTest
class AnswerQualityIntegrationTests {

	static final String[] OPS = basic("ops", "kefu-ops-demo");

	static final String[] AGENT = basic("agent", "kefu-agent-demo");

	@LocalServerPort
	int port;

	HttpApi api;

	@BeforeEach
	void connect() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void readsStatementsAsStatementsAndShowsTheRuleInTheTrace() {
		JsonNode paid = tryQuestion("付款了", null);
		assertThat(paid.at("/intent").asText()).isEqualTo("STATEMENT_PAID");
		assertThat(paid.at("/trace/0").asText()).startsWith("rule: STATEMENT_PAID");
		JsonNode received = tryQuestion("东西收到了", null);
		assertThat(received.at("/intent").asText()).isEqualTo("STATEMENT_RECEIVED");
		assertThat(received.at("/answers")).isEmpty();
	}

	@Test
	void refusesAnOfferTheShopNeverMadeAndSaysWhyInTheTrace() {
		JsonNode offer = tryQuestion("买一送一吗", null);
		assertThat(offer.at("/intent").asText()).isEqualTo("FAQ");
		assertThat(offer.at("/reply/verdict").asText()).isEqualTo("NO_MATCH");
		assertThat(offer.at("/answers")).isEmpty();
		assertThat(offer.at("/trace").toString()).contains("refused");
		assertThat(offer.at("/explanation/outOfScope").asDouble()).isPositive();
	}

	@Test
	void answersAReturnQuestionWithTheReturnPolicyNotTheKeepTheItemEntry() {
		JsonNode traditional = tryQuestion("請問可以退貨嗎", null);
		assertThat(traditional.at("/answers/0/entryId").asText()).isEqualTo("return-7day-no-reason-zh");
		assertThat(traditional.at("/answers/0/text").asText()).contains("退貨").doesNotContain("退货");
	}

	@Test
	void answersBothQuestionsOfOneMessage() {
		assertThat(answeredEntries("发什么快递？多久能到", null)).containsExactlyInAnyOrder("shipping-carrier-zh",
				"delivery-time-zh");
	}

	@Test
	void readsAFollowUpWithThePreviousMessage() {
		JsonNode followUp = tryQuestion("那新人呢", "有学生优惠吗");
		assertThat(followUp.at("/answers").findValuesAsText("entryId")).containsExactly("new-customer-zh");
		assertThat(followUp.at("/trace").toString()).contains("follow-up");
	}

	@Test
	void answersAFollowUpWithThePreviousEntryOnlyWhenTheEntrySpeaksOfItsNewTopic() {
		assertThat(answeredEntries("我是花呗付的呢", "退款一般几天到")).containsExactly("refund-time-zh");
		JsonNode elsewhere = tryQuestion("皮鞋呢", "衣服怎么洗");
		assertThat(elsewhere.at("/answers").findValuesAsText("entryId")).isEmpty();
		assertThat(elsewhere.at("/trace").toString()).contains("is not in material-care-zh");
	}

	@Test
	void answersTheShoppersCaseToldInAFigureWithThePreviousAnswerThatStatesSuchFigures() {
		JsonNode time = tryQuestion("晚上八点付的呢", "多久发货");
		assertThat(time.at("/answers").findValuesAsText("entryId")).containsExactly("shipping-time-zh");
		assertThat(time.at("/trace").toString()).contains("the shopper tells a time of day");
		// Read as a statement (付的款), yet it tells the time the shipping rule is set in.
		assertThat(answeredEntries("我晚上九点付的款", "什么时候发货")).containsExactly("shipping-time-zh");
		assertThat(answeredEntries("1.2米的呢", "四件套适合多大的床")).doesNotContain("home-bedding-size-zh");
	}

	@Test
	void readsTheShoppersOwnCaseInCantoneseAsTheirCaseNotAsAYes() {
		// 係 alone says yes ("系呀"); "I am a gold member" is the case the shipping fee
		// depends on.
		JsonNode gold = tryQuestion("我係金卡嚟㗎", "運費點計");
		assertThat(gold.at("/intent").asText()).isEqualTo("FAQ");
		assertThat(gold.at("/answers").findValuesAsText("text")).singleElement()
			.satisfies((text) -> assertThat(text).contains("金卡"));
	}

	@Test
	void readsANotThatAsksAsAQuestionNotAConditionOnThePreviousOne() {
		// 不 at the end asks ("是真丝的不" = is it silk?); it sets no condition that would keep
		// the bed-size answer, which says nothing of silk.
		assertThat(answeredEntries("是真丝的不", "四件套适合多大的床")).doesNotContain("home-bedding-size-zh");
		// Only 秒杀 is the topic of "限时秒杀的算不算", and the price-protection answer names it.
		assertThat(answeredEntries("限时秒杀的算不算", "买了就降价能退差价吗")).containsExactly("price-protection-zh");
	}

	@Test
	void readsAQuestionTheKnowledgeBaseDoesNotAnswerAloneWithThePreviousMessage() {
		assertThat(answeredEntries("毕业了还能用不", "有学生优惠吗")).containsExactly("student-discount-zh");
	}

	@Test
	void readsSocialTurnsTheWordListsMissByTheirNearestWrittenExamples() {
		for (String[] turn : new String[][] { { "gotcha", "ACKNOWLEDGEMENT" }, { "钱付过去了", "STATEMENT_PAID" },
				{ "好嘞 晓得咯", "ACKNOWLEDGEMENT" } }) {
			JsonNode reading = tryQuestion(turn[0], null);
			assertThat(reading.at("/intent").asText()).as(turn[0]).isEqualTo(turn[1]);
			assertThat(reading.at("/trace").toString()).as(turn[0]).contains("nearest written example");
		}
	}

	@Test
	void keepsAShortQuestionNearAStatementAQuestion() {
		JsonNode reading = tryQuestion("退货寄出了 退款多久到", null);
		assertThat(reading.at("/intent").asText()).isEqualTo("FAQ");
		assertThat(reading.at("/answers").findValuesAsText("entryId")).contains("refund-time-zh");
		// 點算 ("what now") asks as plainly as 怎么办, however near 收到货喇 the message is.
		JsonNode cantonese = tryQuestion("收到貨喇 但係爛咗 點算", null);
		assertThat(cantonese.at("/intent").asText()).isEqualTo("FAQ");
		assertThat(cantonese.at("/trace").toString()).doesNotContain("nearest written example");
	}

	@Test
	void keepsAFollowUpThatNamesItsOwnTopicOnItsOwnAnswer() {
		assertThat(answeredEntries("退款多久到账", "运费多少")).containsExactly("refund-time-zh");
	}

	@Test
	void answersAFollowUpWithThePreviousAnswerWhenThatAnswerSpeaksOfIt() {
		JsonNode detail = tryQuestion("电机呢", "家居用品保修多久");
		assertThat(detail.at("/answers").findValuesAsText("entryId")).containsExactly("warranty-home-zh");
		assertThat(detail.at("/trace").toString()).contains("speaks of");
		assertThat(answeredEntries("加多少钱", "可以包装成礼物吗")).containsExactly("gift-wrap-zh");
		assertThat(answeredEntries("大概要多久", "账号怎么注销")).containsExactly("account-delete-zh");
		// 会到 is the previous question's own words: this asks the overseas answer's days.
		assertThat(answeredEntries("大概几天会到", "能寄到新加坡吗")).containsExactly("shipping-overseas-zh");
		assertThat(answeredEntries("is it free", "do you gift wrap")).containsExactly("gift-wrap-en");
	}

	@Test
	void answersAFollowUpWithTheEntryItsOwnWordsNameRatherThanThePreviousOne() {
		JsonNode delete = tryQuestion("要是想直接注销呢", "账号登不上咋办");
		assertThat(delete.at("/answers").findValuesAsText("entryId")).containsExactly("account-delete-zh");
		assertThat(delete.at("/trace").toString()).contains("are more in account-delete-zh");
		assertThat(answeredEntries("what if it gave me a rash", "can i return makeup i already opened"))
			.containsExactly("cosmetics-allergy-en");
		// How long the money takes is the double charge's own figure, whatever the refund
		// time entry says.
		// "expire" is the points answer's "expiry": no more in the gift-card entry.
		assertThat(answeredEntries("do they expire", "how do points work")).containsExactly("membership-points-en");
		assertThat(answeredEntries("多久能退回来", "被重复扣款了咋办")).containsExactly("payment-double-charge-zh");
	}

	@Test
	void narrowsANewTopicToTheNextEntryThatSpeaksOfItOnceThePreviousAnswerIsRuledOut() {
		JsonNode kids = tryQuestion("小孩的呢", "尺码怎么选");
		assertThat(kids.at("/answers").findValuesAsText("entryId")).containsExactly("size-kids-zh");
		assertThat(kids.at("/trace").toString()).contains("the next entry, size-kids-zh, speaks of");
		// A question of its own the previous entry does not answer is not asked of its
		// neighbours.
		assertThat(answeredEntries("能先帮我留一件不", "缺货的啥时候补")).isEmpty();
	}

	@Test
	void offersNoChoiceOfTheAnswerAFollowUpHasJustHad() {
		JsonNode family = tryQuestion("会员能转给家人吗", "会员等级有哪些");
		assertThat(family.at("/answers").findValuesAsText("entryId")).isEmpty();
		assertThat(family.at("/reply/choices").findValuesAsText("entryId")).doesNotContain("membership-levels-zh");
		assertThat(family.at("/reply/verdict").asText()).isEqualTo("NO_MATCH");
		assertThat(family.at("/trace").toString()).contains("not offered again");
		// Without a previous answer the same question may be offered the levels.
		JsonNode alone = tryQuestion("会员能转给家人吗", null);
		assertThat(alone.at("/reply/choices").findValuesAsText("entryId")).contains("membership-levels-zh");
	}

	@Test
	void readsTheShoppersOwnCaseAsPartOfTheQuestionItIsToldFor() {
		assertThat(answeredEntries("我係金卡會員嚟㗎", "退貨運費點計")).containsExactly("return-shipping-fee-zh");
		assertThat(answeredEntries("我是金卡 券是多少的", "会员过生日有啥福利")).containsExactly("membership-birthday-zh");
		assertThat(answeredEntries("我晚上8点多付的款", "什么时候发火呀")).containsExactly("shipping-time-zh");
		// A sum told without a question is the shopper's case, whatever it finds alone; a
		// height the children's sizes also state keeps that more specific entry.
		assertThat(answeredEntries("my order is like 120 rmb", "is shipping free")).containsExactly("shipping-fee-en");
		assertThat(answeredEntries("its for my 4yo, shes about 105cm", "size guide pls"))
			.containsExactly("size-kids-en");
		assertThat(answeredEntries("put the wrong company name on it oops", "how do i get an invoice"))
			.containsExactly("invoice-change-en");
	}

	@Test
	void asksTheSameQuestionOfABareEnglishTopic() {
		assertThat(answeredEntries("and returns?", "how much is shipping")).containsExactly("return-shipping-fee-en");
	}

	@Test
	void answersAPartWithOneCloseEntryBesideAQuestionAnsweredSurelyButNotAPartThatAsksNothing() {
		assertThat(answeredEntries("大衣柜包安装吗 保修几年啊", null)).containsExactly("home-furniture-install-zh",
				"warranty-home-zh");
		assertThat(answeredEntries("到了 但是箱子都压扁了", "帮我查下物流")).containsExactly("order-damaged-parcel-zh");
	}

	@Test
	void answersTheNotAtHomeQuestionAndTaiwaneseWordsWithTheirOwnEntries() {
		assertThat(answeredEntries("上门取件的时候我不在家怎么办", null)).containsExactly("pickup-not-at-home-zh");
		assertThat(answeredEntries("退貨要怎麼弄 可以到府收件嗎", null)).containsExactly("return-how-zh", "pickup-booking-zh");
	}

	@Test
	void readsACaseToldWithoutAQuestionThatThePreviousAnswerNamesAsTheShoppersCase() {
		assertThat(answeredEntries("我买的是那个小边几", "家具要自己装吗")).containsExactly("home-furniture-install-zh");
		// Asked, it is a question of its own.
		assertThat(answeredEntries("50件能打几折", "可以批发吗")).isEmpty();
	}

	@Test
	void tellsOfOpenedCosmeticsWhatTheReturnsLawTellsInEveryEntryThatSpeaksOfThem() {
		// The returns module refuses cosmetics whose seal is broken as not intact (SAMR
		// Art. 9); the list of exceptions used to say they came back unless confirmed.
		JsonNode exceptions = tryQuestion("有什么商品是不给退的", null);
		assertThat(exceptions.at("/answers").findValuesAsText("entryId")).containsExactly("return-exceptions-zh");
		assertThat(exceptions.at("/answers").findValuesAsText("text")).singleElement()
			.satisfies((text) -> assertThat(text).doesNotContain("已拆封的化妆品").contains("密封包装拆开"));
	}

	@Test
	void doesNotTakeAQuestionOfHowOrWhatForAGreetingAtTheStartOfAConversation() {
		JsonNode notHome = tryQuestion("我唔喺屋企點算", null);
		assertThat(notHome.at("/intent").asText()).isEqualTo("FAQ");
		JsonNode anyoneThere = tryQuestion("在不 老板", null);
		assertThat(anyoneThere.at("/intent").asText()).isEqualTo("GREETING");
	}

	@Test
	void readsAStatementOnlySomewhatLikeAWrittenOneAfterAQuestionAsTheShoppersCase() {
		assertThat(answeredEntries("已經第九天了", "七天鑑賞期可以退嗎")).containsExactly("return-window-expired-zh");
	}

	@Test
	void leavesAFollowUpThePreviousAnswerDoesNotSpeakOfUnanswered() {
		assertThat(answeredEntries("能约周六送吗", "快递几天能到")).isEmpty();
		// One word of seven ("用户") in the new-customer answer is not what is asked.
		assertThat(answeredEntries("那老用户回归有券吗", "新人有优惠吗")).isEmpty();
		// "I mean" names a new topic; it is not the shopper's own case.
		assertThat(answeredEntries("我是说皮鞋呢", "衣服怎么洗")).doesNotContain("material-care-zh");
		assertThat(answeredEntries("会员多少钱", "可以包装成礼物吗")).doesNotContain("gift-wrap-zh");
		// Its words pull the live-stream times down: a question the knowledge base does
		// not
		// answer, not the times again.
		JsonNode replay = tryQuestion("错过了能看回放不", "今晚几点直播");
		assertThat(replay.at("/answers").findValuesAsText("entryId")).isEmpty();
		assertThat(replay.at("/trace").toString()).contains("below the previous message alone");
		assertThat(answeredEntries("毕业了还能用不", "有学生优惠吗")).containsExactly("student-discount-zh");
	}

	@Test
	void readsAStatementAboutTheQuestionJustAskedAsItsFollowUp() {
		JsonNode signed = tryQuestion("已经签收了呢", "包裹破损了怎么办");
		assertThat(signed.at("/intent").asText()).isEqualTo("FAQ");
		assertThat(signed.at("/answers").findValuesAsText("entryId")).containsExactly("order-damaged-parcel-zh");
		assertThat(signed.at("/trace").toString()).contains("a statement about the previous question");
	}

	@Test
	void answersTheQuestionBesideALookUpAndAConditionOnThePreviousQuestion() {
		JsonNode both = tryQuestion("包裹到哪了 少发了一件咋办", null);
		assertThat(both.at("/intent").asText()).isEqualTo("ORDER_STATUS");
		assertThat(both.at("/answers").findValuesAsText("entryId")).containsExactly("order-missing-item-zh");
		assertThat(answeredEntries("我在新疆呢", "快递几天能到")).containsExactly("delivery-time-zh");
		assertThat(answeredEntries("已经发货了呢", "下单后能改地址吗")).containsExactly("address-change-zh");
		assertThat(answeredEntries("I already signed for it though", "my parcel arrived damaged"))
			.containsExactly("order-damaged-parcel-en");
	}

	@Test
	void answersAPartUnsureAloneWithTheEntryTheWholeMessageFinds() {
		assertThat(answeredEntries("尺碼怎麼選 可以換顏色嗎", null)).containsExactlyInAnyOrder("size-guide-zh",
				"exchange-size-zh");
		assertThat(answeredEntries("那钱呢 要多久", "我要退货")).containsExactly("refund-time-zh");
	}

	@Test
	void answersTwoQuestionsWrittenWithoutABreakAndAFollowUpThatNarrowsTheQuestion() {
		assertThat(answeredEntries("包邮吗几天能到", null)).containsExactlyInAnyOrder("shipping-fee-zh", "delivery-time-zh");
		assertThat(answeredEntries("要另外加錢嗎", "可以包成禮物嗎")).containsExactly("gift-wrap-zh");
		assertThat(answeredEntries("那我要是满299呢", "发什么快递")).containsExactly("shipping-carrier-zh");
	}

	@Test
	void readsAStatementFollowedByAQuestionAsTheQuestion() {
		JsonNode damaged = tryQuestion("东西收到了 但是有破损咋办", null);
		assertThat(damaged.at("/intent").asText()).isEqualTo("FAQ");
		JsonNode done = tryQuestion("没啥事了 拜拜亲", null);
		assertThat(done.at("/intent").asText()).isEqualTo("GOODBYE");
	}

	@Test
	void answersWrittenCantoneseWithTheMandarinEntries() {
		JsonNode both = tryQuestion("啲衫點洗 有冇小樣送", null);
		assertThat(both.at("/answers").findValuesAsText("entryId")).containsExactlyInAnyOrder("material-care-zh",
				"cosmetics-samples-zh");
		assertThat(both.at("/language").asText()).isEqualTo("zh");
	}

	@Test
	void keepsTheConversationsScriptForAReplyThatShowsNone() {
		JsonNode traditional = tryQuestion("A2319", "請問可以退貨嗎");
		assertThat(traditional.at("/language").asText()).isEqualTo("zh");
	}

	@Test
	void turnsAnAnswerMarkedWrongIntoARegressionCaseAndRefusesAQuestionMarkedNone(@Autowired RegressionCases cases,
			@Autowired KnowledgeSearches searches) {
		String question = "帮我看看这个保温杯的盖子是什么材料 " + UUID.randomUUID().toString().substring(0, 4);
		Response marked = this.api.post("/api/ops/kb/answer-marks", """
				{"question":"%s","answeredEntryId":"material-care-zh","rightEntryId":"none","place":"try"}"""
			.formatted(question), OPS);
		assertThat(marked.status()).as(marked.body()).isEqualTo(200);
		assertThat(marked.json().at("/source").asText()).isEqualTo("mark:try");
		assertThat(marked.json().at("/expectedEntryId").asText(null)).isNull();
		assertThat(cases.all("demo-shop")).anyMatch((c) -> c.question().equals(question) && c.isMark());
		assertThat(this.api.get("/api/ops/kb/answer-marks", OPS).json().findValuesAsText("question"))
			.contains(question);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> searches.forShop("demo-shop")
				.search(SearchRequest.of(question, Instant.now()))
				.verdict() == Verdict.NO_MATCH);

		Response unknown = this.api.post("/api/ops/kb/answer-marks", """
				{"question":"q","answeredEntryId":"x","rightEntryId":"no-such-entry","place":"gaps"}""", OPS);
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void letsAnAgentMarkABotAnswerInAConversation() {
		// A shopper of its own: demo shoppers' sends count against one rate window across
		// the test JVM.
		String[] shopper = bearer(ShopperTokens.demoShopper("mark-" + UUID.randomUUID().toString().substring(0, 8)));
		String conversation = this.api.post("/api/shopper/conversations", "{}", shopper).json().at("/id").asText();
		Response answer = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"m-" + UUID.randomUUID() + "\",\"text\":\"退款多久到账\"}", shopper);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode reply = answer.json().at("/replies/0");
		assertThat(reply.at("/entryId").asText()).isEqualTo("refund-time-zh");
		Response marked = this.api.post("/api/agent/answers/marks", """
				{"conversationId":"%s","seq":%d,"rightEntryId":"refund-partial-zh"}""".formatted(conversation,
				reply.at("/seq").asLong()), AGENT);
		assertThat(marked.status()).as(marked.body()).isEqualTo(200);
		assertThat(marked.json().at("/question").asText()).isEqualTo("退款多久到账");
		assertThat(marked.json().at("/answeredEntryId").asText()).isEqualTo("refund-time-zh");
		assertThat(marked.json().at("/source").asText()).isEqualTo("mark:console");
		// It is the regression set's now: the live run shows it failing until fixed.
		JsonNode report = this.api.post("/api/ops/kb/regression/run", "{}", OPS).json();
		assertThat(report.at("/failing").findValuesAsText("question")).contains("退款多久到账");
		this.api.send("DELETE", "/api/ops/kb/regression/cases/" + marked.json().at("/id").asLong(),
				HttpRequest.BodyPublishers.noBody(), OPS);

		Response notAnAnswer = this.api.post("/api/agent/answers/marks", """
				{"conversationId":"%s","seq":1,"rightEntryId":"none"}""".formatted(conversation), AGENT);
		assertThat(notAnAnswer.status()).isEqualTo(404);
	}

	@Test
	void warnsOfABareYesAndOfSeasonalWordingWithoutAnEnd() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = this.api.post("/api/ops/kb/entries",
				"""
						{"id":"%s","question":"今晚直播有赠品吗？","alternatives":[],"answer":"是的！今晚下单就送。","language":"zh","category":"test"}"""
					.formatted(id),
				OPS);
		assertThat(created.json().at("/warnings").size()).isEqualTo(2);
		assertThat(created.json().at("/warnings/0").asText()).contains("是的");
		assertThat(created.json().at("/warnings/1").asText()).contains("今晚");
		assertThat(created.json().at("/warningsFound/0/kind").asText()).isEqualTo("BARE_YES_OR_NO");
		assertThat(created.json().at("/warningsFound/0/word").asText()).isEqualTo("是的");
		assertThat(created.json().at("/warningsFound/1/kind").asText()).isEqualTo("SEASONAL_WITHOUT_END");
		assertThat(created.json().at("/warningsFound/1/word").asText()).isEqualTo("今晚");
	}

	@Test
	void listsTheDemoRegressionCasesThatFailAsKnownFailuresOnly() {
		JsonNode report = this.api.post("/api/ops/kb/regression/run", "{}", OPS).json();
		assertThat(report.at("/failing").findValues("regressionCase"))
			.filteredOn((c) -> "demo".equals(c.at("/source").asText()))
			.as("demo cases failing without being marked as known failures")
			.isEmpty();
		assertThat(report.at("/knownFailures").findValuesAsText("question")).contains("我在新加坡可以下单吗");
	}

	@Test
	void listsACaseWhoseEntryIsOutOfSeasonApart() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String question = "去年双十二的满减还能用吗 " + id;
		assertThat(this.api
			.post("/api/ops/kb/entries",
					"""
							{"id":"%s","question":"%s","alternatives":[],"answer":"双十二满300减40，12月12日当天有效。",
							 "language":"zh","category":"test","validFrom":"2020-12-11T16:00:00Z","validTo":"2020-12-12T16:00:00Z"}"""
						.formatted(id, question),
					OPS)
			.status()).isEqualTo(201);
		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/publish", "{}", OPS).status()).isEqualTo(200);
		Response saved = this.api.post("/api/ops/kb/regression/cases",
				"{\"question\":\"%s\",\"expectedEntryId\":\"%s\"}".formatted(question, id), OPS);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode report = this.api.post("/api/ops/kb/regression/run", "{}", OPS).json();
		assertThat(report.at("/outOfSeason").findValuesAsText("question")).contains(question);
		assertThat(report.at("/failing").findValuesAsText("question")).doesNotContain(question);
		this.api.send("DELETE", "/api/ops/kb/regression/cases/" + saved.json().at("/id").asLong(),
				HttpRequest.BodyPublishers.noBody(), OPS);
	}

	private List<String> answeredEntries(String question, String previous) {
		return tryQuestion(question, previous).at("/answers").findValuesAsText("entryId");
	}

	private JsonNode tryQuestion(String question, String previous) {
		String body = (previous != null) ? "{\"question\":\"%s\",\"previous\":\"%s\"}".formatted(question, previous)
				: "{\"question\":\"%s\"}".formatted(question);
		Response response = this.api.post("/api/ops/kb/try", body, OPS);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
