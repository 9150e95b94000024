package dev.kefu.bot.dialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.kefu.bot.faq.FaqReplies;
import dev.kefu.bot.faq.FaqReply;
import dev.kefu.bot.shops.Shops;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.answer.TurnUnderstanding;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.Verdict;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import dev.kefu.returns.workflow.RuleSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides what the bot does with a shopper's turn: social turns get a short reply, order
 * questions are answered from the shopper's own orders, everything else goes to the
 * knowledge base, which answers, offers its best few entries as choices, or admits it
 * does not know and offers a person. Replies are in the shopper's language and script.
 */
@Component
public class DialoguePolicy {

	private static final Logger logger = LoggerFactory.getLogger(DialoguePolicy.class);

	private static final String RATING_ASKED = Intent.CSAT_ASK.name();

	private final KnowledgeSearches knowledge;

	private final FaqReplies faq;

	private final OrderStatusReplies orderStatus;

	private final ReturnConversation returns;

	private final TurnUnderstanding understanding;

	private final Clock clock;

	private final SocialTurnExamples socialExamples;

	DialoguePolicy(KnowledgeSearches knowledge, FaqReplies faq, ShopOrders orders, ParcelTracking tracking,
			ReturnsWorkflow workflow, ReturnCaseQueries cases, Inventory inventory, RuleSets rules, Clock clock,
			ObjectProvider<TurnUnderstanding> understanding, Shops shops, SocialTurnExamples socialExamples) {
		this.knowledge = knowledge;
		this.socialExamples = socialExamples;
		this.faq = faq;
		this.orderStatus = new OrderStatusReplies(orders, tracking, shops::zoneOf);
		this.returns = new ReturnConversation(orders, workflow, cases, inventory, rules, shops::zoneOf);
		this.understanding = understanding.getIfAvailable();
		this.clock = clock;
	}

	/**
	 * Decides the bot's answer to one turn.
	 * @param context what the conversation holds so far
	 * @param text what the shopper wrote
	 * @return the replies, the intent, a gap to record if the bot was unsure, and a
	 * rating to store or ask for
	 */
	public DialogueDecision respond(DialogueContext context, String text) {
		// A bare "4" or an order number keeps the conversation's language and script.
		QueryText query = QueryText.of(text)
			.inConversation(
					(context.previousShopperText() != null) ? QueryText.of(context.previousShopperText()) : null);
		Integer score = RATING_ASKED.equals(context.lastBotIntent()) ? SatisfactionAsk.parse(query.original()) : null;
		if (score != null) {
			return DialogueDecision
				.rated(score, BotReply.text(Phrases.say(query, "感谢您的评价！", "Thank you for your rating!")))
				.withFlow(context.flow());
		}
		if (context.flow() != null) {
			var step = orSystemsDown(context, query, () -> this.returns.proceed(context, query));
			if (step.isPresent()) {
				return step.get();
			}
		}
		if (!context.photoIds().isEmpty() && query.normalized().codePoints().noneMatch(Character::isLetterOrDigit)) {
			QueryText language = (context.previousShopperText() != null) ? QueryText.of(context.previousShopperText())
					: query;
			return DialogueDecision
				.reply(Intent.PHOTO,
						BotReply.text(Phrases.say(language, "收到您的照片了，谢谢！请再简单说明一下遇到的问题。",
								"Thanks, I've got your photo. Please tell me in a few words what the problem is.")))
				.withFlow(context.flow());
		}
		DialogueDecision decision = orSystemsDown(context, query, () -> Optional.of(decide(context, query)))
			.orElseThrow();
		boolean closing = decision.intent() == Intent.THANKS || decision.intent() == Intent.GOODBYE;
		if (closing && context.botHasHelped() && !context.rated() && !RATING_ASKED.equals(context.lastBotIntent())) {
			return decision.withRatingAsk(SatisfactionAsk.ask(query));
		}
		return decision;
	}

	/**
	 * Runs a turn that needs the shop's systems; when one of them does not answer, the
	 * shopper hears so in plain words and whatever flow they were in waits.
	 */
	private Optional<DialogueDecision> orSystemsDown(DialogueContext context, QueryText query,
			Supplier<Optional<DialogueDecision>> turn) {
		try {
			return turn.get();
		}
		catch (RuntimeException ex) {
			logger.warn("A chat turn could not reach a shop system", ex);
			return Optional.of(DialogueDecision.reply(Intent.SYSTEMS_DOWN, new BotReply(Phrases.say(query,
					"抱歉，店铺的系统暂时没有响应，我现在查不到。请过几分钟再试，或者转人工客服。",
					"Sorry, the shop's system isn't answering right now, so I can't look that up. Please try again in a few minutes, or ask for a person."),
					null, List.of(new BotReply.Button(Phrases.say(query, "转人工", "Talk to a person"),
							Phrases.say(query, "转人工", "agent")))))
				.withFlow(context.flow()));
		}
	}

	private DialogueDecision decide(DialogueContext context, QueryText query) {
		// Only the conversation's shop's knowledge base is asked.
		TurnReader.TurnReading reading = new TurnReader(this.knowledge.forShop(context.shopper().shopId()),
				this.socialExamples, this.clock::instant)
			.read(query.original(), context.previousShopperText());
		Intent intent = reading.intent();
		DialogueDecision decision = switch (intent) {
			case RETURN -> this.returns.start(context, query, CaseKind.RETURN);
			case EXCHANGE -> this.returns.start(context, query, CaseKind.EXCHANGE);
			case RETURN_STATUS -> this.returns.status(context, query);
			case RETURN_CANCEL -> this.returns.cancel(context, query);
			case ACCEPT_REFUND, DISPUTE ->
				this.returns.caseAction(context, query, intent).orElseGet(() -> answerFromKnowledge(context, query));
			default -> decideOther(context, query, reading);
		};
		boolean flowTurn = EnumSet.of(Intent.RETURN, Intent.EXCHANGE, Intent.RETURN_CANCEL).contains(decision.intent());
		if (flowTurn || context.flow() == null) {
			return decision;
		}
		if (decision.replies().isEmpty()) {
			return decision.withFlow(context.flow());
		}
		// Another topic in the middle of a return: answer it, keep the return where it
		// was,
		// and offer the way back.
		List<BotReply> replies = new ArrayList<>(decision.replies());
		BotReply last = replies.remove(replies.size() - 1);
		List<BotReply.Button> buttons = new ArrayList<>(last.buttons());
		buttons.add(new BotReply.Button(Phrases.say(query, "继续退换货申请", "Continue my return"),
				Phrases.say(query, "继续", "continue")));
		replies.add(new BotReply(last.text(), last.entryId(), buttons));
		return decision.withReplies(replies).withFlow(context.flow());
	}

	private DialogueDecision decideOther(DialogueContext context, QueryText query, TurnReader.TurnReading reading) {
		var shopper = context.shopper();
		Intent intent = reading.intent();
		return switch (intent) {
			case GREETING -> say(intent, query, "您好！我是小铺的智能客服，可以回答问题、查订单、办理退换货。有什么可以帮您？",
					"Hi! I'm the shop's assistant: I can answer questions, check orders and handle returns. How can I help?");
			case THANKS -> say(intent, query, "不客气！还有其他问题随时问我。", "You're welcome! Ask me anything else any time.");
			case GOODBYE -> say(intent, query, "再见，祝您购物愉快！", "Goodbye, and happy shopping!");
			case ACKNOWLEDGEMENT ->
				say(intent, query, "好的。还有什么需要帮忙的，随时告诉我。", "All right. If there's anything else, just let me know.");
			case WAITING ->
				say(intent, query, "好的，不着急，您慢慢来，有需要随时找我。", "Sure, take your time. I'm here whenever you need me.");
			case STATEMENT_PAID -> DialogueDecision.reply(intent, new BotReply(Phrases.say(query,
					"收到，谢谢您的付款！我们会尽快为您发货。需要看看订单状态，或者了解多久发货吗？",
					"Thanks, your payment is in! We'll ship it soon. Would you like to see your order status, or when it ships?"),
					null, List.of(button(query, "订单状态", "我的订单到哪了", "Order status", "where is my order"),
							button(query, "多久发货", "多久发货", "When it ships", "When will my order ship?"))));
			case STATEMENT_ORDERED -> DialogueDecision.reply(intent, new BotReply(Phrases.say(query,
					"收到，谢谢您的下单！需要帮您看看订单状态，或者还有什么想了解的吗？",
					"Thanks for your order! Would you like me to check its status, or is there anything else you'd like to know?"),
					null,
					List.of(button(query, "订单状态", "我的订单到哪了", "Order status", "where is my order"),
							button(query, "多久发货", "多久发货", "When it ships", "When will my order ship?"),
							button(query, "修改地址", "下单后能改地址吗", "Change the address",
									"Can I change the delivery address after ordering?"))));
			case STATEMENT_RECEIVED -> say(intent, query, "好的，收到就好！使用中有任何问题，随时告诉我。",
					"Great, glad it arrived! If anything about it needs sorting out, just tell me.");
			case STATEMENT_RETURN_SENT -> DialogueDecision.reply(intent, new BotReply(Phrases.say(query,
					"好的，收到！仓库收到退货并验收后会尽快处理，您随时可以查看退货进度。",
					"Thanks! Once the warehouse receives and checks your return we'll process it quickly; you can check its progress any time."),
					null, List.of(button(query, "退货进度", "退货进度", "Return status", "return status"))));
			case STATEMENT_ADDRESS_WRONG -> reading.answers().isEmpty() ? DialogueDecision
				.reply(intent, new BotReply(Phrases.say(query, "地址或电话填错了的话，请告诉我订单号和正确的信息，我帮您转给人工修改。",
						"If the address or phone number is wrong, tell me the order number and the right details and I'll pass it to a person to fix."),
						null, List.of(personButton(query))))
					: answerFromKnowledge(context, query, reading.answers().get(0)).withIntent(intent);
			case HUMAN -> say(intent, query, "好的，已为您记下需要人工客服。人工客服时间 9:00–24:00，我们的对话和您的订单会一并转给客服。",
					"Noted: you'd like a person. Agents work 9:00–24:00 and will see our conversation and your orders.");
			case ORDER_STATUS -> DialogueDecision.replies(intent, this.orderStatus.replyTo(shopper, query));
			case NOT_UNDERSTOOD ->
				say(intent, query, "抱歉，我没有看懂。可以换个说法吗？", "Sorry, I didn't get that. Could you say it another way?");
			case FAQ -> {
				if (!reading.answers().isEmpty()) {
					List<BotReply> replies = reading.answers()
						.stream()
						.map((result) -> answerFromKnowledge(context, query, result).replies().get(0))
						.toList();
					yield DialogueDecision.replies(intent, replies);
				}
				SearchResult result = reading.result();
				yield understoodByTheModel(context, query, result)
					.orElseGet(() -> answerFromKnowledge(context, query, result));
			}
			case CSAT_ASK, RATING, PHOTO, RETURN, EXCHANGE, RETURN_STATUS, RETURN_CANCEL, ACCEPT_REFUND, DISPUTE,
					HANDOFF, HANDOFF_OFFER, SYSTEMS_DOWN, RETURN_UPDATE ->
				throw new IllegalStateException(intent + " is not handled here");
		};
	}

	private static DialogueDecision say(Intent intent, QueryText query, String chinese, String english) {
		return DialogueDecision.reply(intent, BotReply.text(Phrases.say(query, chinese, english)));
	}

	private static BotReply.Button button(QueryText query, String chineseLabel, String chineseValue,
			String englishLabel, String englishValue) {
		return new BotReply.Button(Phrases.say(query, chineseLabel, englishLabel),
				Phrases.say(query, chineseValue, englishValue));
	}

	private static BotReply.Button personButton(QueryText query) {
		return button(query, "转人工", "转人工", "Talk to a person", "agent");
	}

	/**
	 * A question the knowledge base has no answer for may still be something the bot can
	 * do (a parcel, a return) in words the rules do not know: with a language model
	 * configured, it picks the tool, and the bot's own code does the rest for this
	 * shopper.
	 */
	private Optional<DialogueDecision> understoodByTheModel(DialogueContext context, QueryText query,
			SearchResult result) {
		if (this.understanding == null || result.verdict() != Verdict.NO_MATCH) {
			return Optional.empty();
		}
		return this.understanding.understand(query.original()).map((call) -> switch (call.tool()) {
			case LOOK_UP_ORDERS ->
				DialogueDecision.replies(Intent.ORDER_STATUS, this.orderStatus.replyTo(context.shopper(),
						(call.orderId() != null) ? QueryText.of(query.original() + " " + call.orderId()) : query));
			case START_RETURN -> this.returns.start(context, query, CaseKind.RETURN);
			case START_EXCHANGE -> this.returns.start(context, query, CaseKind.EXCHANGE);
			case RETURN_STATUS -> this.returns.status(context, query);
			case TALK_TO_PERSON -> decideOther(context, query,
					new TurnReader.TurnReading(Intent.HUMAN, query, List.of(), null, List.of()));
		});
	}

	private SearchResult search(DialogueContext context, QueryText query) {
		return this.knowledge.forShop(context.shopper().shopId())
			.search(SearchRequest.of(query.original(), this.clock.instant()));
	}

	private DialogueDecision answerFromKnowledge(DialogueContext context, QueryText query) {
		return answerFromKnowledge(context, query, search(context, query));
	}

	private DialogueDecision answerFromKnowledge(DialogueContext context, QueryText query, SearchResult result) {
		FaqReply reply = this.faq.replyTo(context.shopper().shopId(), result, query);
		List<BotReply.Button> buttons = switch (reply.verdict()) {
			case ANSWER -> List.of();
			case OFFER_CHOICES ->
				reply.choices().stream().map((c) -> new BotReply.Button(c.question(), c.question())).toList();
			case NO_MATCH -> List.of(personButton(query));
		};
		Intent intent = (reply.verdict() == Verdict.NO_MATCH) ? Intent.NOT_UNDERSTOOD : Intent.FAQ;
		BotReply said = new BotReply(reply.text(), reply.entryId(), buttons);
		return (reply.verdict() == Verdict.ANSWER) ? DialogueDecision.reply(intent, said)
				: DialogueDecision.unanswered(intent, said, result);
	}

}
