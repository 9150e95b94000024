package dev.kefu.bot.escalation.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.ReadReceipts;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.conversation.web.MessageView;
import dev.kefu.bot.escalation.AgentDesk;
import dev.kefu.bot.escalation.AgentProfile;
import dev.kefu.bot.escalation.AgentProfiles;
import dev.kefu.bot.escalation.Escalation;
import dev.kefu.bot.escalation.EscalationRefused;
import dev.kefu.bot.escalation.EscalationSettings;
import dev.kefu.bot.escalation.EscalationView;
import dev.kefu.bot.escalation.Escalations;
import dev.kefu.bot.orders.OrderView;
import dev.kefu.bot.returns.CaseView;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.StoredSettings;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent console's API: the queue (the agent's own conversations, then what waits,
 * those matching their skills first), one conversation with everything the agent needs,
 * and the actions. Claiming is exactly once: the loser gets a 409 naming the winner.
 */
@RestController
@RequestMapping("/api/agent/escalations")
class AgentEscalationsController {

	private static final Logger logger = LoggerFactory.getLogger(AgentEscalationsController.class);

	private static final int QUEUE_LIMIT = 200;

	private final Escalations escalations;

	private final AgentDesk desk;

	private final AgentProfiles agents;

	private final Messages messages;

	private final ShopOrders orders;

	private final ReturnCaseQueries cases;

	private final KnowledgeSearches knowledge;

	private final KnowledgeEntries entries;

	private final EscalationSettings settings;

	private final Clock clock;

	private final Shops shops;

	private final ReadReceipts reads;

	AgentEscalationsController(Escalations escalations, AgentDesk desk, AgentProfiles agents, Messages messages,
			ShopOrders orders, ReturnCaseQueries cases, KnowledgeSearches knowledge, KnowledgeEntries entries,
			EscalationSettings settings, Clock clock, Shops shops, ReadReceipts reads) {
		this.shops = shops;
		this.reads = reads;
		this.escalations = escalations;
		this.desk = desk;
		this.agents = agents;
		this.messages = messages;
		this.orders = orders;
		this.cases = cases;
		this.knowledge = knowledge;
		this.entries = entries;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	Queue queue(Authentication agent) {
		AgentProfile profile = this.agents.find(agent.getName()).orElse(new AgentProfile(agent.getName(), Set.of(), 1));
		ShopScope scope = StaffUser.of(agent).scope(StaffRole.AGENT);
		List<QueueItem> waiting = this.escalations.waiting(scope, QUEUE_LIMIT)
			.stream()
			.map((e) -> new QueueItem(view(e), profile.suits(e)))
			.sorted(Comparator.comparing((QueueItem item) -> !item.suitsYou()))
			.toList();
		List<EscalationView> mine = this.escalations.claimedBy(agent.getName()).stream().map(this::view).toList();
		List<String> shops = scope.all() ? this.shops.all().stream().map(StoredSettings::shopId).sorted().toList()
				: scope.shops().stream().sorted().toList();
		Map<UUID, Escalations.Note> transfers = this.escalations
			.lastTransfers(Stream.concat(mine.stream(), waiting.stream().map(QueueItem::escalation))
				.map(EscalationView::id)
				.toList());
		return new Queue(mine, waiting, profile.capacity(), shops, transfers);
	}

	@GetMapping("/{id}")
	Detail detail(Authentication agent, @PathVariable UUID id) {
		Escalation e = inScope(agent, id);
		List<MessageView> history = this.messages.after(e.conversationId(), 0, 1000)
			.stream()
			.map(MessageView::of)
			.toList();
		List<OrderView> shopperOrders;
		String ordersError = null;
		try {
			shopperOrders = this.orders.recentOrders(e.shopper(), 10).stream().map(OrderView::of).toList();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the orders of a shopper for the console", ex);
			shopperOrders = List.of();
			ordersError = "The shop's order system is not answering; try again in a moment.";
		}
		List<CaseView> returns = this.cases.ofShopper(e.shopper(), 10)
			.stream()
			.map((c) -> CaseView.of(c, null, this.cases.staffActions(c)))
			.toList();
		ReadReceipts.Positions read = this.reads.positions(e.conversationId());
		return new Detail(view(e), history, this.escalations.notes(id), shopperOrders, ordersError, returns,
				read.shopperReadSeq(), read.agentReadSeq(), this.shops.of(e.shopper().shopId()).cannedReplies());
	}

	@GetMapping("/{id}/suggestions")
	List<Suggestion> suggestions(Authentication agent, @PathVariable UUID id,
			@RequestParam(name = "q", required = false) String query) {
		Escalation e = inScope(agent, id);
		String text = (query != null && !query.isBlank()) ? query : lastShopperWords(e);
		if (text == null || text.isBlank()) {
			return List.of();
		}
		// The shopper's shop's knowledge base, never another's.
		var result = this.knowledge.forShop(e.shopper().shopId())
			.search(SearchRequest.of((text.length() > 300) ? text.substring(0, 300) : text, this.clock.instant()));
		return result.matches()
			.stream()
			.limit(3)
			.flatMap((m) -> this.entries.publishedVersion(e.shopper().shopId(), m.entryId())
				.map((v) -> new Suggestion(m.entryId(), result.query().inShopperScript(v.content().question()),
						result.query().inShopperScript(v.content().answer())))
				.stream())
			.toList();
	}

	@PostMapping("/{id}/claim")
	EscalationView claim(Authentication agent, @PathVariable UUID id) {
		inScope(agent, id);
		return view(this.desk.claim(id, agent.getName()));
	}

	@PostMapping("/{id}/messages")
	MessageView reply(Authentication agent, @PathVariable UUID id, @Valid @RequestBody AgentMessage body) {
		inScope(agent, id);
		return MessageView.of(this.desk.reply(id, agent.getName(), body.clientMessageId(), body.text()));
	}

	@PostMapping("/{id}/typing")
	ResponseEntity<Void> typing(Authentication agent, @PathVariable UUID id) {
		inScope(agent, id);
		this.desk.typing(id, agent.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(Authentication agent, @PathVariable UUID id, @RequestBody AgentRead body) {
		inScope(agent, id);
		if (body.seq() == null) {
			throw new EscalationRefused(EscalationRefused.Kind.INVALID, "seq is required.");
		}
		this.desk.read(id, agent.getName(), body.seq());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/notes")
	List<Escalations.Note> note(Authentication agent, @PathVariable UUID id, @Valid @RequestBody AgentNote body) {
		inScope(agent, id);
		this.desk.note(id, agent.getName(), body.text());
		return this.escalations.notes(id);
	}

	@PostMapping("/{id}/transfer")
	EscalationView transfer(Authentication agent, @PathVariable UUID id, @Valid @RequestBody Transfer body) {
		inScope(agent, id);
		return view(this.desk.transfer(id, agent.getName(), new AgentDesk.TransferTarget(body.agent(), body.skill()),
				body.note()));
	}

	@PostMapping("/{id}/resolve")
	EscalationView resolve(Authentication agent, @PathVariable UUID id) {
		inScope(agent, id);
		return view(this.desk.resolve(id, agent.getName()));
	}

	@PostMapping("/{id}/hand-back")
	EscalationView handBack(Authentication agent, @PathVariable UUID id) {
		inScope(agent, id);
		return view(this.desk.handBack(id, agent.getName()));
	}

	@ExceptionHandler(EscalationRefused.class)
	ProblemDetail refused(EscalationRefused ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case TAKEN, AT_CAPACITY -> HttpStatus.CONFLICT;
			case NOT_YOURS -> HttpStatus.FORBIDDEN;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(switch (ex.kind()) {
			case NOT_FOUND -> "No such escalation";
			case TAKEN -> "Already taken";
			case AT_CAPACITY -> "At capacity";
			case NOT_YOURS -> "Not your conversation";
			case INVALID -> "Invalid input";
		});
		problem.setProperty("reason", ex.kind().name());
		return problem;
	}

	/**
	 * The escalation, when it is of one of the agent's shops. Another shop's escalation
	 * is answered as if it did not exist: its id tells an agent of another shop nothing.
	 */
	private Escalation inScope(Authentication agent, UUID id) {
		Escalation e = this.desk.find(id);
		if (!StaffUser.of(agent).scope(StaffRole.AGENT).contains(e.shopper().shopId())) {
			throw new EscalationRefused(EscalationRefused.Kind.NOT_FOUND, "No escalation " + id + ".");
		}
		return e;
	}

	/**
	 * The shopper's last few messages, latest first: one message ("还没到") seldom says what
	 * the conversation is about, the last three usually do.
	 */
	private String lastShopperWords(Escalation e) {
		List<String> said = this.messages.latest(e.conversationId(), 30)
			.reversed()
			.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER)
			.map(Message::body)
			.limit(3)
			.toList();
		return said.isEmpty() ? null : String.join(" ", said);
	}

	private EscalationView view(Escalation e) {
		return EscalationView.of(e);
	}

	/**
	 * The agent's queue.
	 *
	 * @param mine the conversations the agent has
	 * @param waiting what waits, those suiting the agent's skills first, then by priority
	 * and age
	 * @param capacity how many the agent takes at once
	 * @param shops the shops whose queue it is, each with its queue topic
	 * ({@code /topic/console/queue/<shop>})
	 * @param transfers by escalation, the note of its last transfer, for those
	 * transferred
	 */
	record Queue(List<EscalationView> mine, List<QueueItem> waiting, int capacity, List<String> shops,
			Map<UUID, Escalations.Note> transfers) {
	}

	/**
	 * A waiting conversation.
	 *
	 * @param escalation the escalation
	 * @param suitsYou whether the agent has the skills it needs
	 */
	record QueueItem(EscalationView escalation, boolean suitsYou) {
	}

	/**
	 * Everything the agent needs on one conversation.
	 *
	 * @param escalation the escalation, with its summary
	 * @param messages the whole conversation, oldest first
	 * @param notes internal notes
	 * @param orders the shopper's recent orders
	 * @param ordersError why the orders are missing, if they are
	 * @param returns the shopper's return and exchange cases
	 * @param shopperReadSeq the last message the shopper has read
	 * @param agentReadSeq the last message the agent has read
	 * @param cannedReplies the shop's ready answers, found by typing "/" in the reply box
	 */
	record Detail(EscalationView escalation, List<MessageView> messages, List<Escalations.Note> notes,
			List<OrderView> orders, String ordersError, List<CaseView> returns, long shopperReadSeq, long agentReadSeq,
			List<ShopSettings.CannedReply> cannedReplies) {
	}

	/**
	 * How far the agent has read the conversation.
	 *
	 * @param seq the sequence number of the last message shown to them
	 */
	record AgentRead(Long seq) {
	}

	/**
	 * A knowledge-base answer the agent may send as it is or edit.
	 *
	 * @param entryId the entry
	 * @param question its question
	 * @param answer its answer
	 */
	record Suggestion(String entryId, String question, String answer) {
	}

	/**
	 * The agent's message to the shopper.
	 *
	 * @param clientMessageId the console's id for it, the same on every resend
	 * @param text the text
	 */
	record AgentMessage(@NotBlank @Size(max = 58) String clientMessageId, @NotBlank @Size(max = 1000) String text) {
	}

	/**
	 * A transfer: to an agent or to the agents with a skill, with a note for them.
	 *
	 * @param agent the agent's username, or {@code null}
	 * @param skill the skill, or {@code null}
	 * @param note what the next person should know
	 */
	record Transfer(@Size(max = 128) String agent, @Size(max = 40) String skill,
			@NotBlank @Size(max = 2000) String note) {
	}

	/**
	 * An internal note.
	 *
	 * @param text the note
	 */
	record AgentNote(@NotBlank @Size(max = 2000) String text) {
	}

}
