package dev.kefu.bot.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dev.kefu.bot.dialogue.AnswerActions;
import dev.kefu.bot.dialogue.BotReply;
import dev.kefu.bot.dialogue.DialogueContext;
import dev.kefu.bot.dialogue.DialogueDecision;
import dev.kefu.bot.dialogue.DialoguePolicy;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.evidence.checks.PhotoProblem;
import dev.kefu.returns.orders.ShopperRef;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a shopper's message and produces the bot's answer, durably: the message is
 * committed with its sequence number before anything acknowledges it, the answer is
 * committed before it is sent. A resend of the same client message id is recognised and
 * answered with what was stored (and if the server stopped before answering, the answer
 * is made then): exactly once, whatever the retries.
 */
@Service
public class ConversationTurns {

	/**
	 * The body of a message that is only photos: clients show the photos, not this text.
	 */
	public static final String PHOTO_ONLY = "📷";

	/**
	 * The timer of turns, from a message received to its answer stored.
	 */
	public static final String TURN_TIME = "kefu.chat.turn";

	private static final int MAX_PHOTOS = 5;

	private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

	private final Conversations conversations;

	private final Messages messages;

	private final DialoguePolicy policy;

	private final KnowledgeGaps gaps;

	private final TransactionTemplate transactions;

	private final ChatSettings settings;

	private final Ratings ratings;

	private final Attachments attachments;

	private final PhotoInspections inspections;

	private final DialogueStates dialogueStates;

	private final Handoff handoff;

	private final TurnAdmissions admissions;

	private final Shops shops;

	private final Timer turnTime;

	ConversationTurns(Conversations conversations, Messages messages, DialoguePolicy policy, KnowledgeGaps gaps,
			TransactionTemplate transactions, ChatSettings settings, Ratings ratings, Attachments attachments,
			DialogueStates dialogueStates, ObjectProvider<Handoff> handoff, TurnAdmissions admissions,
			MeterRegistry meters, PhotoInspections inspections, Shops shops) {
		this.shops = shops;
		this.inspections = inspections;
		this.conversations = conversations;
		this.messages = messages;
		this.policy = policy;
		this.gaps = gaps;
		this.transactions = transactions;
		this.settings = settings;
		this.ratings = ratings;
		this.attachments = attachments;
		this.dialogueStates = dialogueStates;
		this.handoff = handoff.getIfAvailable(() -> Handoff.NONE);
		this.admissions = admissions;
		// A histogram, so that percentiles can be aggregated over nodes and over time.
		this.turnTime = Timer.builder(TURN_TIME)
			.description("A shopper's message taken: checked, stored and answered, the answer stored")
			.publishPercentileHistogram()
			.register(meters);
	}

	/**
	 * Handles one shopper message.
	 * @param shopper who sends it
	 * @param conversationId to which of their conversations
	 * @param clientMessageId the client's id for the message, the same on every resend
	 * @param text what they wrote (may be blank when photos are attached)
	 * @param attachmentIds photos of this conversation sent with it (at most five)
	 * @return the stored message and the bot's replies
	 * @throws ConversationNotFound if the conversation is not theirs
	 * @throws MessageRejected if the message breaks a limit (nothing is stored)
	 */
	public TurnResult take(ShopperRef shopper, ConversationId conversationId, String clientMessageId, String text,
			List<UUID> attachmentIds) {
		return take(shopper, conversationId, clientMessageId, text, attachmentIds, (stored) -> {
		});
	}

	/**
	 * Handles one shopper message, acknowledging it as soon as it is stored: whatever the
	 * turn itself sets off (a case that moves and tells the shopper) reaches the sockets
	 * after the acknowledgement, in the order of the conversation.
	 * @param shopper who sends it
	 * @param conversationId to which of their conversations
	 * @param clientMessageId the client's id for the message, the same on every resend
	 * @param text what they wrote (may be blank when photos are attached)
	 * @param attachmentIds photos of this conversation sent with it (at most five)
	 * @param acknowledge told the stored message before the bot answers
	 * @return the stored message and the bot's replies
	 * @throws ConversationNotFound if the conversation is not theirs
	 * @throws MessageRejected if the message breaks a limit (nothing is stored)
	 */
	public TurnResult take(ShopperRef shopper, ConversationId conversationId, String clientMessageId, String text,
			List<UUID> attachmentIds, Consumer<Message> acknowledge) {
		return take(shopper, conversationId, clientMessageId, text, attachmentIds, null, acknowledge);
	}

	/**
	 * Handles one shopper message that may be a tapped quick reply: then it is stored as
	 * both, the label offered on the button (what people read of it) and the value behind
	 * it (what the dialogue reads).
	 * @param shopper who sends it
	 * @param conversationId to which of their conversations
	 * @param clientMessageId the client's id for the message, the same on every resend
	 * @param text what they wrote (ignored for a tapped quick reply)
	 * @param attachmentIds photos of this conversation sent with it (at most five)
	 * @param reply the value of the quick reply tapped, one offered in this conversation,
	 * or {@code null} for a typed message
	 * @param acknowledge told the stored message before the bot answers
	 * @return the stored message and the bot's replies
	 * @throws ConversationNotFound if the conversation is not theirs
	 * @throws MessageRejected if the message breaks a limit or names a quick reply never
	 * offered (nothing is stored)
	 */
	public TurnResult take(ShopperRef shopper, ConversationId conversationId, String clientMessageId, String text,
			List<UUID> attachmentIds, String reply, Consumer<Message> acknowledge) {
		return this.turnTime
			.record(() -> takeNow(shopper, conversationId, clientMessageId, text, attachmentIds, reply, acknowledge));
	}

	private TurnResult takeNow(ShopperRef shopper, ConversationId conversationId, String clientMessageId, String text,
			List<UUID> attachmentIds, String reply, Consumer<Message> acknowledge) {
		List<UUID> photos = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
		if (reply != null) {
			validateReply(clientMessageId, reply, photos);
		}
		else {
			validate(clientMessageId, text, photos);
		}
		TurnAdmission admission = this.admissions.read(shopper, conversationId, clientMessageId)
			.orElseThrow(() -> new ConversationNotFound(conversationId));
		if (!this.attachments.allBelongTo(conversationId, photos)) {
			throw new MessageRejected(MessageRejected.Reason.INVALID,
					"attachmentIds must name photos uploaded to this conversation.");
		}
		QuickReply tapped = (reply != null && !admission.resend()) ? offered(conversationId, reply) : null;
		if (admission.resend()) {
			return resend(shopper, conversationId, this.messages.findByClientId(conversationId, clientMessageId)
				.orElseThrow(() -> new IllegalStateException("A stored message disappeared: " + clientMessageId)),
					acknowledge);
		}
		Message stored;
		try {
			String body = (text == null || text.isBlank()) ? PHOTO_ONLY : text.strip();
			NewMessage message = (tapped != null) ? NewMessage.tapped(tapped, clientMessageId)
					: NewMessage.fromShopper(body, clientMessageId, photos);
			// One statement, committed on its own before anything acknowledges it; the
			// rate limit is counted in it.
			stored = this.messages
				.appendWithinRate(conversationId, shopper, message, this.settings.messagesPerMinute(), RATE_WINDOW)
				.orElseThrow(() -> new MessageRejected(MessageRejected.Reason.RATE_LIMITED,
						"You are sending messages too fast: at most " + this.settings.messagesPerMinute()
								+ " a minute. Please wait a moment.",
						this.messages.rateWindowLeft(shopper, RATE_WINDOW)));
		}
		catch (DuplicateKeyException ex) {
			// The same message arrived twice at once (two nodes, or a retry racing the
			// original).
			return resend(shopper, conversationId,
					this.messages.findByClientId(conversationId, clientMessageId).orElseThrow(() -> ex), acknowledge);
		}
		acknowledge.accept(stored);
		return new TurnResult(stored, answer(shopper, conversationId, stored), false);
	}

	/**
	 * The messages after a sequence number, for a client that reconnects.
	 * @param shopper who asks
	 * @param conversationId their conversation
	 * @param afterSeq the last sequence number they have
	 * @return the messages, in order
	 */
	public List<Message> history(ShopperRef shopper, ConversationId conversationId, long afterSeq) {
		ensureOwned(shopper, conversationId);
		return this.messages.after(conversationId, Math.max(0, afterSeq), this.settings.historyPage());
	}

	private TurnResult resend(ShopperRef shopper, ConversationId conversationId, Message original,
			Consumer<Message> acknowledge) {
		acknowledge.accept(original);
		List<Message> following = this.messages.after(conversationId, original.seq(), this.settings.historyPage());
		List<Message> replies = following.stream().takeWhile((m) -> m.sender() != Sender.SHOPPER).toList();
		// The replies are the start of what follows: anything at all after the message
		// means it was answered.
		return new TurnResult(original, following.isEmpty() ? answer(shopper, conversationId, original) : replies,
				true);
	}

	private List<Message> answer(ShopperRef shopper, ConversationId conversationId, Message shopperMessage) {
		// The bot speaks in the shop's own wording where it has one.
		return Voice.inShop(this.shops.wordingOf(shopper.shopId()),
				() -> answerInShop(shopper, conversationId, shopperMessage));
	}

	private List<Message> answerInShop(ShopperRef shopper, ConversationId conversationId, Message shopperMessage) {
		Optional<List<BotReply>> whilePerson = this.handoff.whilePerson(conversationId, shopperMessage);
		if (whilePerson.isPresent()) {
			return whilePerson.get()
				.stream()
				.map((reply) -> store(conversationId, reply, Intent.HANDOFF.name()))
				.toList();
		}
		List<Message> earlier = this.messages.latest(conversationId, 50)
			.stream()
			.filter((m) -> m.seq() < shopperMessage.seq())
			.toList();
		Map<UUID, PhotoInspection> inspected = this.inspections.of(shopperMessage.attachmentIds());
		Set<PhotoProblem> problems = EnumSet.noneOf(PhotoProblem.class);
		inspected.values().stream().filter((i) -> !i.usable()).forEach((i) -> problems.addAll(i.problems()));
		List<UUID> usable = shopperMessage.attachmentIds()
			.stream()
			.filter((photo) -> !inspected.containsKey(photo) || inspected.get(photo).usable())
			.toList();
		DialogueContext context = context(shopper, conversationId, shopperMessage, earlier, usable);
		if (!problems.isEmpty()) {
			// An unusable photo is not evidence: ask for a clearer one at once, and say
			// why.
			String sample = (context.previousShopperText() != null && PHOTO_ONLY.equals(shopperMessage.body()))
					? context.previousShopperText() : shopperMessage.body();
			BotReply retake = BotReply.text(PhotoAdvice.retake(problems, QueryText.of(sample)));
			if (usable.isEmpty() && PHOTO_ONLY.equals(shopperMessage.body())) {
				return this.transactions
					.execute((status) -> List.of(store(conversationId, retake, Intent.PHOTO.name())));
			}
			List<Message> asked = new ArrayList<>(
					this.transactions.execute((status) -> List.of(store(conversationId, retake, Intent.PHOTO.name()))));
			asked.addAll(reply(shopper, conversationId, shopperMessage, earlier, context));
			return asked;
		}
		return reply(shopper, conversationId, shopperMessage, earlier, context);
	}

	private List<Message> reply(ShopperRef shopper, ConversationId conversationId, Message shopperMessage,
			List<Message> earlier, DialogueContext context) {
		DialogueDecision decision = this.policy.respond(context, shopperMessage.body());
		if (decision.gap() != null) {
			this.gaps.record(shopper.shopId(), decision.gap());
		}
		return this.transactions.execute((status) -> {
			if (decision.rating() != null) {
				this.ratings.rate(conversationId, decision.rating());
			}
			if (!Objects.equals(decision.flow(), context.flow())) {
				this.dialogueStates.save(conversationId, decision.flow());
			}
			List<Message> stored = new ArrayList<>();
			DialogueDecision sent = this.handoff.review(context, earlier, shopperMessage, decision);
			sent.replies().forEach((reply) -> stored.add(store(conversationId, reply, sent.intent().name())));
			if (decision.ratingAsk() != null && sent == decision) {
				stored.add(store(conversationId, decision.ratingAsk(), Intent.CSAT_ASK.name()));
			}
			return stored;
		});
	}

	private Message store(ConversationId conversationId, BotReply answer, String intent) {
		BotReply reply = AnswerActions.apply(answer);
		return this.messages.append(conversationId, new NewMessage(Sender.BOT, reply.text(), null, reply.entryId(),
				intent, reply.buttons().stream().map((b) -> new QuickReply(b.label(), b.value())).toList(), List.of()));
	}

	/**
	 * What the policy needs to know: the last bot message before this turn, and what came
	 * before.
	 */
	private DialogueContext context(ShopperRef shopper, ConversationId conversationId, Message shopperMessage,
			List<Message> earlier, List<UUID> usablePhotos) {
		// A case's news may come between the bot's question and the shopper's answer.
		String lastBotIntent = earlier.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.BOT && !Intent.RETURN_UPDATE.name().equals(m.intent()))
			.map(Message::intent)
			.findFirst()
			.orElse(null);
		boolean helped = earlier.stream()
			.anyMatch((m) -> m.sender() == Sender.BOT
					&& (m.entryId() != null || Intent.ORDER_STATUS.name().equals(m.intent())));
		String previousShopperText = earlier.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER)
			// What they read on a button they tapped, in their language, not the code
			// behind it.
			.map(Message::shown)
			.findFirst()
			.orElse(null);
		return new DialogueContext(shopper, conversationId.value().toString(), lastBotIntent, helped,
				this.ratings.isRated(conversationId), previousShopperText, usablePhotos,
				this.dialogueStates.find(conversationId).orElse(null));
	}

	private void ensureOwned(ShopperRef shopper, ConversationId conversationId) {
		if (this.conversations.findOwnedBy(shopper, conversationId).isEmpty()) {
			throw new ConversationNotFound(conversationId);
		}
	}

	/**
	 * The quick reply with this value most recently offered to the shopper, among the
	 * conversation's last messages: its label is what they saw and tapped.
	 */
	private QuickReply offered(ConversationId conversationId, String value) {
		return this.messages.latest(conversationId, 20)
			.reversed()
			.stream()
			.filter((m) -> m.sender() != Sender.SHOPPER)
			.flatMap((m) -> m.quickReplies().stream())
			.filter((q) -> q.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new MessageRejected(MessageRejected.Reason.INVALID,
					"reply must be the value of a quick reply offered in this conversation."));
	}

	private void validateReply(String clientMessageId, String reply, List<UUID> photos) {
		validate(clientMessageId, reply, List.of());
		if (!photos.isEmpty()) {
			throw new MessageRejected(MessageRejected.Reason.INVALID, "A quick reply carries no photos.");
		}
	}

	private void validate(String clientMessageId, String text, List<UUID> photos) {
		if (clientMessageId == null || clientMessageId.isBlank() || clientMessageId.length() > 64) {
			throw new MessageRejected(MessageRejected.Reason.INVALID, "clientMessageId must be 1 to 64 characters.");
		}
		if (photos.size() > MAX_PHOTOS) {
			throw new MessageRejected(MessageRejected.Reason.INVALID, "At most " + MAX_PHOTOS + " photos per message.");
		}
		if ((text == null || text.isBlank()) && photos.isEmpty()) {
			throw new MessageRejected(MessageRejected.Reason.INVALID, "text must not be blank.");
		}
		if (text != null && text.length() > this.settings.maxMessageLength()) {
			throw new MessageRejected(MessageRejected.Reason.TOO_LONG,
					"text must be at most " + this.settings.maxMessageLength() + " characters.");
		}
	}

}
