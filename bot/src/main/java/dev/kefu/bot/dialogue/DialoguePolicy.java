package dev.kefu.bot.dialogue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.kefu.bot.faq.FaqReplies;
import dev.kefu.bot.faq.FaqReply;
import dev.kefu.knowledge.answer.TurnUnderstanding;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.Verdict;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.workflow.ApprovalRuleSets;
import dev.kefu.returns.workflow.ReturnCases;
import dev.kefu.returns.workflow.ReturnsWorkflow;

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

	private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(DialoguePolicy.class);

	private static final String RATING_ASKED = Intent.CSAT_ASK.name();

	private final KnowledgeSearch knowledge;

	private final FaqReplies faq;

	private final OrderStatusReplies orderStatus;

	private final ReturnConversation returns;

	private final TurnUnderstanding understanding;

	private final Clock clock;

	DialoguePolicy(KnowledgeSearch knowledge, FaqReplies faq, ShopOrders orders, ParcelTracking tracking,
			ReturnsWorkflow workflow, ReturnCases cases, Inventory inventory, ApprovalRuleSets rules, Clock clock,
			ObjectProvider<TurnUnderstanding> understanding) {
		this.knowledge = knowledge;
		this.faq = faq;
		this.orderStatus = new OrderStatusReplies(orders, tracking);
		this.returns = new ReturnConversation(orders, workflow, cases, inventory, rules);
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
		QueryText query = QueryText.of(text);
		Integer score = RATING_ASKED.equals(context.lastBotIntent()) ? SatisfactionAsk.parse(query.original()) : null;
		if (score != null) {
			QueryText conversationLanguage = (context.previousShopperText() != null)
					? QueryText.of(context.previousShopperText()) : query;
			return new DialogueDecision(Intent.RATING,
					List.of(BotReply.text(Phrases.say(conversationLanguage, "感谢您的评价！", "Thank you for your rating!"))),
					null, score, null, context.flow());
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
			return new DialogueDecision(Intent.PHOTO,
					List.of(BotReply.text(Phrases.say(language, "收到您的照片了，谢谢！请再简单说明一下遇到的问题。",
							"Thanks, I've got your photo. Please tell me in a few words what the problem is."))),
					null)
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
			return Optional.of(new DialogueDecision(Intent.SYSTEMS_DOWN, List.of(new BotReply(Phrases.say(query,
					"抱歉，店铺的系统暂时没有响应，我现在查不到。请过几分钟再试，或者转人工客服。",
					"Sorry, the shop's system isn't answering right now, so I can't look that up. Please try again in a few minutes, or ask for a person."),
					null, List.of(new BotReply.Button(Phrases.say(query, "转人工", "Talk to a person"),
							Phrases.say(query, "转人工", "agent"))))),
					null, null, null, context.flow()));
		}
	}

	private DialogueDecision decide(DialogueContext context, QueryText query) {
		Intent intent = IntentRules.classify(query.original());
		DialogueDecision decision = switch (intent) {
			case RETURN -> this.returns.start(context, query, CaseKind.RETURN);
			case EXCHANGE -> this.returns.start(context, query, CaseKind.EXCHANGE);
			case RETURN_STATUS -> this.returns.status(context, query);
			case RETURN_CANCEL -> this.returns.cancel(context, query);
			case ACCEPT_REFUND, DISPUTE ->
				this.returns.caseAction(context, query, intent).orElseGet(() -> answerFromKnowledge(query));
			default -> decideOther(context, query, intent);
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
		List<BotReply> replies = new java.util.ArrayList<>(decision.replies());
		BotReply last = replies.remove(replies.size() - 1);
		List<BotReply.Button> buttons = new java.util.ArrayList<>(last.buttons());
		buttons.add(new BotReply.Button(Phrases.say(query, "继续退换货申请", "Continue my return"),
				Phrases.say(query, "继续", "continue")));
		replies.add(new BotReply(last.text(), last.entryId(), buttons));
		return new DialogueDecision(decision.intent(), replies, decision.gap(), decision.rating(), decision.ratingAsk(),
				context.flow());
	}

	private DialogueDecision decideOther(DialogueContext context, QueryText query, Intent intent) {
		var shopper = context.shopper();
		return switch (intent) {
			case GREETING -> new DialogueDecision(intent, List.of(BotReply.text(Phrases.say(query,
					"您好！我是小铺的智能客服，可以回答问题、查订单、办理退换货。有什么可以帮您？",
					"Hi! I'm the shop's assistant: I can answer questions, check orders and handle returns. How can I help?"))),
					null);
			case THANKS -> new DialogueDecision(intent,
					List.of(BotReply
						.text(Phrases.say(query, "不客气！还有其他问题随时问我。", "You're welcome! Ask me anything else any time."))),
					null);
			case GOODBYE -> new DialogueDecision(intent,
					List.of(BotReply.text(Phrases.say(query, "再见，祝您购物愉快！", "Goodbye, and happy shopping!"))), null);
			case HUMAN -> new DialogueDecision(intent, List.of(BotReply.text(Phrases.say(query,
					"好的，已为您记下需要人工客服。人工客服时间 9:00–24:00，我们的对话和您的订单会一并转给客服。",
					"Noted: you'd like a person. Agents work 9:00–24:00 and will see our conversation and your orders."))),
					null);
			case ORDER_STATUS -> new DialogueDecision(intent, this.orderStatus.replyTo(shopper, query), null);
			case NOT_UNDERSTOOD -> new DialogueDecision(intent, List.of(BotReply.text(Phrases.say(query,
					"抱歉，我没有看懂。可以换个说法吗？", "Sorry, I didn't get that. Could you say it another way?"))), null);
			case FAQ -> {
				SearchResult result = search(query);
				yield understoodByTheModel(context, query, result).orElseGet(() -> answerFromKnowledge(query, result));
			}
			case CSAT_ASK, RATING, PHOTO, RETURN, EXCHANGE, RETURN_STATUS, RETURN_CANCEL, ACCEPT_REFUND, DISPUTE,
					HANDOFF, HANDOFF_OFFER, SYSTEMS_DOWN ->
				throw new IllegalStateException(intent + " is not handled here");
		};
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
			case LOOK_UP_ORDERS -> new DialogueDecision(Intent.ORDER_STATUS,
					this.orderStatus.replyTo(context.shopper(),
							(call.orderId() != null) ? QueryText.of(query.original() + " " + call.orderId()) : query),
					null);
			case START_RETURN -> this.returns.start(context, query, CaseKind.RETURN);
			case START_EXCHANGE -> this.returns.start(context, query, CaseKind.EXCHANGE);
			case RETURN_STATUS -> this.returns.status(context, query);
			case TALK_TO_PERSON -> decideOther(context, query, Intent.HUMAN);
		});
	}

	private SearchResult search(QueryText query) {
		return this.knowledge.search(SearchRequest.of(query.original(), this.clock.instant()));
	}

	private DialogueDecision answerFromKnowledge(QueryText query) {
		return answerFromKnowledge(query, search(query));
	}

	private DialogueDecision answerFromKnowledge(QueryText query, SearchResult result) {
		FaqReply reply = this.faq.replyTo(result);
		List<BotReply.Button> buttons = switch (reply.verdict()) {
			case ANSWER -> List.of();
			case OFFER_CHOICES ->
				reply.choices().stream().map((c) -> new BotReply.Button(c.question(), c.question())).toList();
			case NO_MATCH -> List.of(new BotReply.Button(Phrases.say(query, "转人工", "Talk to a person"),
					Phrases.say(query, "转人工", "agent")));
		};
		Intent intent = (reply.verdict() == Verdict.NO_MATCH) ? Intent.NOT_UNDERSTOOD : Intent.FAQ;
		return new DialogueDecision(intent, List.of(new BotReply(reply.text(), reply.entryId(), buttons)),
				(reply.verdict() == Verdict.ANSWER) ? null : result);
	}

}
