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
import dev.kefu.bot.words.Voice;
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
			return DialogueDecision.rated(score, BotReply.text(Voice.say(query, "rating.thanks")))
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
			return DialogueDecision.reply(Intent.PHOTO, BotReply.text(Voice.say(language, "photo.received")))
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
			return Optional.of(DialogueDecision
				.reply(Intent.SYSTEMS_DOWN,
						new BotReply(Voice.say(query, "systems-down"), null, List.of(personButton(query))))
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
			case RETURN_STATUS -> alsoAnswered(this.returns.status(context, query), context, query, reading);
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
		// was, and offer the way back.
		List<BotReply> replies = new ArrayList<>(decision.replies());
		BotReply last = replies.remove(replies.size() - 1);
		List<BotReply.Button> buttons = new ArrayList<>(last.buttons());
		buttons.add(button(query, "continue-return"));
		replies.add(new BotReply(last.text(), last.entryId(), buttons));
		return decision.withReplies(replies).withFlow(context.flow());
	}

	private DialogueDecision decideOther(DialogueContext context, QueryText query, TurnReader.TurnReading reading) {
		var shopper = context.shopper();
		Intent intent = reading.intent();
		return switch (intent) {
			case GREETING -> say(intent, query, "greeting");
			case THANKS -> say(intent, query, "thanks");
			case GOODBYE -> say(intent, query, "goodbye");
			case ACKNOWLEDGEMENT -> say(intent, query, "acknowledgement");
			case WAITING -> say(intent, query, "waiting");
			case STATEMENT_PAID -> DialogueDecision.reply(intent, new BotReply(Voice.say(query, "statement.paid"), null,
					List.of(button(query, "order-status"), button(query, "when-ships"))));
			case STATEMENT_ORDERED ->
				DialogueDecision.reply(intent, new BotReply(Voice.say(query, "statement.ordered"), null, List
					.of(button(query, "order-status"), button(query, "when-ships"), button(query, "change-address"))));
			case STATEMENT_RECEIVED -> say(intent, query, "statement.received");
			case STATEMENT_RETURN_SENT ->
				DialogueDecision.reply(intent, new BotReply(Voice.say(query, "statement.return-sent"), null,
						List.of(button(query, "return-status"))));
			case STATEMENT_ADDRESS_WRONG -> reading.answers().isEmpty()
					? DialogueDecision.reply(intent,
							new BotReply(Voice.say(query, "statement.address-wrong"), null,
									List.of(personButton(query))))
					: answerFromKnowledge(context, query, reading.answers().get(0)).withIntent(intent);
			case HUMAN -> alsoAnswered(say(intent, query, "human.noted"), context, query, reading);
			case ORDER_STATUS ->
				alsoAnswered(DialogueDecision.replies(intent, this.orderStatus.replyTo(shopper, query)), context, query,
						reading);
			case NOT_UNDERSTOOD -> say(intent, query, "not-understood");
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

	/**
	 * A look-up with the answers to the message's other questions before it ("包裹到哪了
	 * 少发了一件咋办"): the look-up comes last, since its order buttons show under the turn's
	 * last bubble and belong to its "which order?".
	 */
	private DialogueDecision alsoAnswered(DialogueDecision lookUp, DialogueContext context, QueryText query,
			TurnReader.TurnReading reading) {
		if (reading.answers().isEmpty()) {
			return lookUp;
		}
		List<BotReply> replies = new ArrayList<>();
		reading.answers().forEach((result) -> replies.addAll(answerFromKnowledge(context, query, result).replies()));
		replies.addAll(lookUp.replies());
		return lookUp.withReplies(replies);
	}

	private static DialogueDecision say(Intent intent, QueryText query, String key) {
		return DialogueDecision.reply(intent, BotReply.text(Voice.say(query, key)));
	}

	/**
	 * A button by its words' key: {@code button.*} is its label, {@code value.*} what it
	 * sends.
	 */
	static BotReply.Button button(QueryText query, String key) {
		return new BotReply.Button(Voice.say(query, "button." + key), Voice.say(query, "value." + key));
	}

	static BotReply.Button personButton(QueryText query) {
		return button(query, "person");
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
