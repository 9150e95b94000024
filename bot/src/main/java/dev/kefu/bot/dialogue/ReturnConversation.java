package dev.kefu.bot.dialogue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.cases.UnknownEvidence;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ItemEligibility;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import dev.kefu.returns.workflow.RuleSets;

/**
 * Returns and exchanges in the chat: asks for what a request needs (which item, why,
 * which variant, photos when the rules want them) one question at a time with quick
 * replies, confirms, then opens the case; also answers "where is my return", cancels and
 * disputes. The case's own news (approved, pickup booked, refunded) reaches the shopper
 * through the case notifications, not from here.
 */
final class ReturnConversation {

	private static final Pattern ITEM = Pattern.compile("\\b([A-Za-z]{0,4}\\d{6,20})(?:#(\\d{1,3}))?\\b");

	private static final Pattern CANCEL_FLOW = Pattern
		.compile("^(取消|算了|不用了|不退了|不换了|cancel|never ?mind|stop|forget it)[\\s\\p{P}]*$");

	private static final Pattern CONFIRM = Pattern
		.compile("^(确认|确定|是的?|对|好的?|提交|确认提交|确定取消|yes|yep|ok|okay|confirm|submit)" + "[\\s\\p{P}]*$");

	private static final Pattern DECLINE = Pattern.compile("^(不|否|不要|不取消|no|nope|keep it)[\\s\\p{P}]*$");

	private static final Pattern RETURN_INSTEAD = Pattern
		.compile("^(改为退货|改成退货|那就退货|退货吧|我要退货|return it instead|i'?ll return it|return it)[\\s\\p{P}]*$");

	private static final Pattern SKIP = Pattern.compile("^(跳过|没有照片|没有|skip|no photos?)[\\s\\p{P}]*$");

	private static final Pattern CONTINUE = Pattern.compile("^(继续|繼續|继续退货|继续申请|continue|go on)[\\s\\p{P}]*$");

	private static final List<ReasonWords> REASONS = List.of(
			new ReasonWords(ReturnReason.DAMAGED_IN_TRANSIT, "破损|压坏|运输|摔坏|damaged|crushed|arrived broken"),
			new ReasonWords(ReturnReason.WRONG_ITEM, "发错|错发|不是我买的|wrong item|sent the wrong|wrong colou?r"),
			new ReasonWords(ReturnReason.QUALITY_ISSUE, "质量|起球|开线|脱线|瑕疵|坏了|quality|defect|faulty|broken|stain|hole"),
			new ReasonWords(ReturnReason.NOT_AS_DESCRIBED,
					"描述不符|色差|和图片|不一样|not as described|different from|looks different"),
			new ReasonWords(ReturnReason.WRONG_SIZE,
					"尺码|尺寸|大了|小了|不合身|size|too (big|small|large|tight|loose)|doesn'?t fit"),
			new ReasonWords(ReturnReason.CHANGED_MIND, "不想要|不喜欢|不要了|无理由|changed my mind|don'?t (want|like)|no longer"));

	private final ShopOrders orders;

	private final ReturnsWorkflow workflow;

	private final ReturnCaseQueries cases;

	private final Inventory inventory;

	private final RuleSets rules;

	private final Function<String, ZoneId> zones;

	ReturnConversation(ShopOrders orders, ReturnsWorkflow workflow, ReturnCaseQueries cases, Inventory inventory,
			RuleSets rules, Function<String, ZoneId> zones) {
		this.zones = zones;
		this.orders = orders;
		this.workflow = workflow;
		this.cases = cases;
		this.inventory = inventory;
		this.rules = rules;
	}

	DialogueDecision start(DialogueContext context, QueryText query, CaseKind kind) {
		ReturnFlow flow = ReturnFlow.start(kind, query.original()).photos(context.photoIds());
		Matcher number = ITEM.matcher(query.original());
		List<Candidate> all = candidates(context.shopper());
		if (number.find()) {
			String orderId = number.group(1).toUpperCase(Locale.ROOT);
			all = all.stream().filter((c) -> c.order().orderId().equals(orderId)).toList();
		}
		List<Candidate> candidates = all.stream().filter((c) -> c.eligibility().returnable()).toList();
		List<PickerPhrases.Left> left = all.stream()
			.filter((c) -> !c.eligibility().returnable())
			.map((c) -> new PickerPhrases.Left(c.line(), c.eligibility()))
			.toList();
		Optional<ReturnReason> reason = reasonIn(query);
		if (reason.isPresent()) {
			flow = flow.reason(reason.get());
		}
		if (candidates.isEmpty()) {
			String none = left.isEmpty() ? Voice.say(query, "return.nothing-delivered")
					: PickerPhrases.notOffered(left, query);
			return DialogueDecision.reply(Intent.of(kind),
					new BotReply(none, null, left.isEmpty() ? List.of() : List.of(DialoguePolicy.personButton(query))));
		}
		List<BotReply> before = left.isEmpty() ? List.of()
				: List.of(BotReply.text(PickerPhrases.notOffered(left, query)));
		if (candidates.size() == 1) {
			Candidate only = candidates.get(0);
			return told(before, next(context, flow.item(only.order().orderId(), only.line().lineNumber()), query));
		}
		List<Candidate> offered = candidates.stream().limit(6).toList();
		List<String> labels = PickerPhrases.labels(
				offered.stream().map((c) -> new PickerPhrases.Offered(c.line(), c.order().placedAt())).toList(),
				this.zones.apply(context.shopper().shopId()), query);
		return told(before,
				ask(Intent.of(kind), flow.at(ReturnFlow.Step.ITEM),
						Voice.say(query, (kind == CaseKind.EXCHANGE) ? "exchange.which-item" : "return.which-item"),
						IntStream.range(0, offered.size())
							.mapToObj((i) -> new BotReply.Button(labels.get(i),
									offered.get(i).order().orderId() + "#" + offered.get(i).line().lineNumber()))
							.toList()));
	}

	/** A decision with a line said before its own replies. */
	private static DialogueDecision told(List<BotReply> before, DialogueDecision decision) {
		if (before.isEmpty()) {
			return decision;
		}
		List<BotReply> replies = new ArrayList<>(before);
		replies.addAll(decision.replies());
		return decision.withReplies(replies);
	}

	/**
	 * Continues a flow with the shopper's answer, or stays out of the way (empty) when
	 * the message answers something else: the policy then handles it as a new topic and
	 * the flow waits.
	 */
	Optional<DialogueDecision> proceed(DialogueContext context, QueryText typed) {
		ReturnFlow flow = context.flow();
		QueryText language = QueryText.of(flow.languageSample());
		String text = typed.normalized();
		if (CANCEL_FLOW.matcher(text).matches()) {
			return Optional.of(end(Intent.of(flow.kind()), Voice.say(language, "return.dropped")));
		}
		if (CONTINUE.matcher(text).matches()) {
			return Optional.of(next(context, flow, language));
		}
		return switch (flow.step()) {
			case ITEM -> chosenItem(context, typed).map((f) -> next(context, f, language));
			case REASON -> reasonIn(typed).map((r) -> next(context, flow.reason(r), language));
			case VARIANT ->
				chosenVariant(context, flow, typed).map((sku) -> next(context, flow.exchangeTo(sku), language));
			case PHOTOS -> (!context.photoIds().isEmpty() || SKIP.matcher(text).matches())
					? Optional
						.of(confirm(context, flow.photos(context.photoIds()), language, SKIP.matcher(text).matches()))
					: Optional.empty();
			case CONFIRM -> CONFIRM.matcher(text).matches() ? Optional.of(submit(context, flow, language))
					: DECLINE.matcher(text).matches()
							? Optional.of(end(Intent.of(flow.kind()), Voice.say(language, "return.not-submitted")))
							: Optional.empty();
			case OFFER_RETURN -> (CONFIRM.matcher(text).matches() || RETURN_INSTEAD.matcher(text).matches())
					? Optional.of(next(context, flow.asReturn(), language))
					: DECLINE.matcher(text).matches()
							? Optional.of(end(Intent.EXCHANGE, Voice.say(language, "return.not-submitted")))
							: Optional.empty();
			case CONFIRM_CANCEL -> CONFIRM.matcher(text).matches() ? Optional.of(cancelCase(context, flow, language))
					: DECLINE.matcher(text).matches()
							? Optional.of(end(Intent.RETURN_CANCEL, Voice.say(language, "return.unchanged")))
							: Optional.empty();
		};
	}

	/** Asks for the next empty slot, or for confirmation when all are filled. */
	private DialogueDecision next(DialogueContext context, ReturnFlow flow, QueryText language) {
		if (flow.orderId() == null) {
			return start(context, language, flow.kind());
		}
		if (flow.reason() == null) {
			// Named, so that a shopper with one returnable item knows which the bot took.
			String item = line(context.shopper(), flow).map((l) -> ItemNames.of(l, language)).orElse(null);
			boolean exchange = flow.kind() == CaseKind.EXCHANGE;
			String question = (item != null)
					? Voice.say(language, exchange ? "exchange.reason-for" : "return.reason-for", item)
					: Voice.say(language, "return.reason");
			return ask(Intent.of(flow.kind()), flow.at(ReturnFlow.Step.REASON), question,
					List.of(ReturnReason.values())
						.stream()
						.map((r) -> new BotReply.Button(ReturnPhrases.reasonLabel(r, language),
								ReturnPhrases.reasonLabel(r, language)))
						.toList());
		}
		if (flow.kind() == CaseKind.EXCHANGE && flow.exchangeSku() == null) {
			return askVariant(context, flow, language);
		}
		if (flow.photoIds().isEmpty() && this.rules.current(context.shopper().shopId()).needsPhotos(flow.reason())) {
			return ask(Intent.PHOTO, flow.at(ReturnFlow.Step.PHOTOS), Voice.say(language, "return.photo-ask"),
					List.of(DialoguePolicy.button(language, "skip")));
		}
		return confirm(context, flow, language, false);
	}

	private DialogueDecision askVariant(DialogueContext context, ReturnFlow flow, QueryText language) {
		OrderLine line = line(context.shopper(), flow).orElseThrow();
		List<Inventory.Variant> available = this.inventory.otherVariants(context.shopper().shopId(), line.sku())
			.stream()
			.filter((v) -> v.available() > 0)
			.toList();
		List<BotReply.Button> inStock = IntStream.range(0, available.size())
			.mapToObj(
					(i) -> new BotReply.Button(ItemNames.of(available.get(i), i + 1, language), available.get(i).sku()))
			.toList();
		if (inStock.isEmpty()) {
			// A return of the same item for the same reason, without asking either again.
			return ask(Intent.EXCHANGE, flow.at(ReturnFlow.Step.OFFER_RETURN), Voice.say(language, "exchange.sold-out"),
					List.of(DialoguePolicy.button(language, "return-instead"),
							DialoguePolicy.button(language, "never-mind")));
		}
		return ask(Intent.EXCHANGE, flow.at(ReturnFlow.Step.VARIANT), Voice.say(language, "exchange.which-variant"),
				inStock);
	}

	private DialogueDecision confirm(DialogueContext context, ReturnFlow flow, QueryText language,
			boolean skippedPhotos) {
		String kind = Voice.say(language, (flow.kind() == CaseKind.EXCHANGE) ? "word.exchange" : "word.return");
		OrderLine line = line(context.shopper(), flow).orElse(null);
		String item = (line != null) ? ItemNames.of(line, language) : "";
		String target = (flow.exchangeSku() != null) ? variantName(context, line, flow.exchangeSku(), language) : null;
		String variant = (target != null) ? Voice.say(language, "return.confirm-variant", target) : "";
		String photos = flow.photoIds().isEmpty() ? ""
				: Voice.say(language, "return.confirm-photos", flow.photoIds().size());
		String text = Voice.say(language, "return.confirm", kind, item,
				ReturnPhrases.reasonLabel(flow.reason(), language), variant, photos)
				+ settlement(context, flow, language);
		return ask(Intent.of(flow.kind()), flow.at(ReturnFlow.Step.CONFIRM), text,
				List.of(DialoguePolicy.button(language, "submit"), DialoguePolicy.button(language, "cancel")));
	}

	/**
	 * The refund, line by line, before the shopper confirms (SAMR Art. 12, 14, 17, 18);
	 * nothing when the order system does not answer (the case still opens).
	 */
	private String settlement(DialogueContext context, ReturnFlow flow, QueryText language) {
		if (flow.kind() != CaseKind.RETURN) {
			return "";
		}
		try {
			return "\n" + SettlementPhrases.describe(this.workflow.settlement(context.shopper(), flow.orderId(),
					flow.lineNumber(), 1, flow.reason(), Set.of()), language);
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private DialogueDecision submit(DialogueContext context, ReturnFlow flow, QueryText language) {
		ReturnRequest request = new ReturnRequest(flow.kind(), context.shopper(), flow.orderId(), flow.lineNumber(), 1,
				flow.reason(), null, flow.photoIds(), flow.exchangeSku(), "chat:" + flow.id(), Origin.CHAT,
				context.conversationId());
		try {
			ReturnCase opened = this.workflow.open(request, Actor.shopper(context.shopper().shopperId()));
			String followUp = (opened.state() == CaseState.REQUESTED)
					? Voice.say(language, "return.submitted", shortId(opened))
					: Voice.say(language, "return.case-number", shortId(opened));
			return end(Intent.of(flow.kind()), followUp);
		}
		catch (ReturnNotPossible ex) {
			return end(Intent.of(flow.kind()), RefusalPhrases.notPossible(ex, language));
		}
		catch (UnknownEvidence ex) {
			return end(Intent.of(flow.kind()), RefusalPhrases.photosMissing(language));
		}
	}

	DialogueDecision status(DialogueContext context, QueryText query) {
		List<ReturnCase> mine = this.cases.ofShopper(context.shopper(), 3);
		if (mine.isEmpty()) {
			return end(Intent.RETURN_STATUS, Voice.say(query, "return.none"));
		}
		List<BotReply> replies = mine.stream()
			.map((c) -> BotReply.text(ReturnPhrases.status(c, query, zoneOf(c))))
			.toList();
		return DialogueDecision.replies(Intent.RETURN_STATUS, replies);
	}

	DialogueDecision cancel(DialogueContext context, QueryText query) {
		List<ReturnCase> cancellable = this.cases.ofShopper(context.shopper(), 10)
			.stream()
			.filter((c) -> c.state().isCancellable())
			.toList();
		if (cancellable.isEmpty()) {
			return end(Intent.RETURN_CANCEL, Voice.say(query, "return.nothing-cancellable"));
		}
		ReturnCase latest = cancellable.get(0);
		return ask(Intent.RETURN_CANCEL, ReturnFlow.cancelling(latest.id().value(), query.original()),
				Voice.say(query, "return.cancel-ask", ReturnPhrases.status(latest, query, zoneOf(latest))),
				List.of(DialoguePolicy.button(query, "yes-cancel"), DialoguePolicy.button(query, "keep")));
	}

	/** "Refund instead" for a sold-out exchange, "dispute" for a rejection. */
	Optional<DialogueDecision> caseAction(DialogueContext context, QueryText query, Intent intent) {
		CaseState waiting = (intent == Intent.ACCEPT_REFUND) ? CaseState.AWAITING_SHOPPER : CaseState.REJECTED;
		Optional<ReturnCase> target = this.cases.ofShopper(context.shopper(), 10)
			.stream()
			.filter((c) -> c.state() == waiting)
			.findFirst();
		if (target.isEmpty()) {
			return Optional.empty();
		}
		try {
			if (intent == Intent.ACCEPT_REFUND) {
				this.workflow.acceptRefund(context.shopper(), target.get().id());
			}
			else {
				this.workflow.dispute(context.shopper(), target.get().id(), query.original());
			}
			return Optional.of(DialogueDecision.noReply(intent));
		}
		catch (EventNotAccepted ex) {
			return Optional.of(end(intent, Voice.say(query, "return.already-disputed")));
		}
	}

	private DialogueDecision cancelCase(DialogueContext context, ReturnFlow flow, QueryText language) {
		try {
			this.workflow.cancel(context.shopper(), new ReturnCaseId(flow.caseId()));
			return DialogueDecision.noReply(Intent.RETURN_CANCEL);
		}
		catch (EventNotAccepted ex) {
			return end(Intent.RETURN_CANCEL, Voice.say(language, "return.already-left"));
		}
	}

	private Optional<ReturnFlow> chosenItem(DialogueContext context, QueryText typed) {
		Matcher chosen = ITEM.matcher(typed.original());
		if (!chosen.find()) {
			return Optional.empty();
		}
		String orderId = chosen.group(1).toUpperCase(Locale.ROOT);
		List<Candidate> lines = returnable(context.shopper()).stream()
			.filter((c) -> c.order().orderId().equals(orderId))
			.filter((c) -> chosen.group(2) == null || c.line().lineNumber() == Integer.parseInt(chosen.group(2)))
			.toList();
		if (lines.size() != 1) {
			return Optional.empty();
		}
		return Optional.of(context.flow().item(orderId, lines.get(0).line().lineNumber()));
	}

	private Optional<String> chosenVariant(DialogueContext context, ReturnFlow flow, QueryText typed) {
		OrderLine line = line(context.shopper(), flow).orElseThrow();
		String wanted = typed.original().strip().toUpperCase(Locale.ROOT);
		return this.inventory.otherVariants(context.shopper().shopId(), line.sku())
			.stream()
			.map(Inventory.Variant::sku)
			.filter((sku) -> sku.equals(wanted))
			.findFirst();
	}

	/** The name of the variant a shopper chose, as the picker offered it. */
	private String variantName(DialogueContext context, OrderLine line, String sku, QueryText language) {
		if (line == null) {
			return Voice.say(language, "exchange.chosen-variant");
		}
		List<Inventory.Variant> offered = this.inventory.otherVariants(context.shopper().shopId(), line.sku())
			.stream()
			.filter((v) -> v.available() > 0 || v.sku().equals(sku))
			.toList();
		for (int i = 0; i < offered.size(); i++) {
			if (offered.get(i).sku().equals(sku)) {
				return ItemNames.of(offered.get(i), i + 1, language);
			}
		}
		return Voice.say(language, "exchange.chosen-variant");
	}

	private Optional<OrderLine> line(ShopperRef shopper, ReturnFlow flow) {
		return this.orders.findOrder(shopper.shopId(), flow.orderId())
			.filter((o) -> o.belongsTo(shopper))
			.flatMap((o) -> o.lines().stream().filter((l) -> l.lineNumber() == flow.lineNumber()).findFirst());
	}

	/**
	 * The lines of the shopper's recent orders that are or will be theirs (delivered,
	 * paid or on the way), each with whether it can be returned now, as the returns
	 * module judges it.
	 */
	private List<Candidate> candidates(ShopperRef shopper) {
		return this.orders.recentOrders(shopper, 10)
			.stream()
			.filter((o) -> o.status() == OrderStatus.DELIVERED || o.status() == OrderStatus.SHIPPED
					|| o.status() == OrderStatus.PAID)
			.flatMap((o) -> o.lines().stream().map((l) -> new Candidate(o, l, this.workflow.eligibility(o, l))))
			.toList();
	}

	private List<Candidate> returnable(ShopperRef shopper) {
		return candidates(shopper).stream().filter((c) -> c.eligibility().returnable()).toList();
	}

	static Optional<ReturnReason> reasonIn(QueryText query) {
		return REASONS.stream().filter((r) -> r.matches(query.normalized())).map(ReasonWords::reason).findFirst();
	}

	private static DialogueDecision ask(Intent intent, ReturnFlow flow, String text, List<BotReply.Button> buttons) {
		return DialogueDecision.reply(intent, new BotReply(text, null, buttons)).withFlow(flow);
	}

	private static DialogueDecision end(Intent intent, String text) {
		return DialogueDecision.reply(intent, BotReply.text(text));
	}

	private static String shortId(ReturnCase c) {
		return c.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private record Candidate(ShopOrder order, OrderLine line, ItemEligibility eligibility) {
	}

	private record ReasonWords(ReturnReason reason, Pattern words) {

		ReasonWords(ReturnReason reason, String words) {
			this(reason, Pattern.compile(words));
		}

		boolean matches(String text) {
			return this.words.matcher(text).find();
		}

	}

	private ZoneId zoneOf(ReturnCase c) {
		return this.zones.apply(c.request().shopper().shopId());
	}

}
