package dev.kefu.returns.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import dev.kefu.returns.MutableClock;
import dev.kefu.returns.ShopSystems;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.approval.RuleSetFormat;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseChanged;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import dev.kefu.returns.workflow.RuleSets;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;

/**
 * Replays a realistic mix of return and exchange requests through the real machines,
 * persisted in PostgreSQL, with a simulated clock: shoppers who hand parcels over late or
 * never, carriers that are slow, reviewers who decide in hours or not at all. Prints what
 * share is approved on the spot, what share needs a person, and how long from request to
 * money back.
 */
final class ReturnsSimulation {

	private static final Duration STEP = Duration.ofMinutes(10);

	private static final Duration HORIZON = Duration.ofDays(40);

	private final ReturnsWorkflow workflow;

	private final RuleSets rules;

	private final ShopSystems shop;

	private final MutableClock clock;

	private final ConcurrentLinkedQueue<ReturnCaseChanged> changes;

	private final Random random;

	private final PriorityQueue<Timed> agenda = new PriorityQueue<>();

	private final Map<ReturnCaseId, Track> tracks = new HashMap<>();

	ReturnsSimulation(ReturnsWorkflow workflow, RuleSets rules, ShopSystems shop, MutableClock clock,
			ConcurrentLinkedQueue<ReturnCaseChanged> changes, long seed) {
		this.workflow = workflow;
		this.rules = rules;
		this.shop = shop;
		this.clock = clock;
		this.changes = changes;
		this.random = new Random(seed);
	}

	Result run(String shopId, String rulesYaml, int requests, Duration arrivals) {
		if (rulesYaml != null) {
			this.rules.save(shopId, RuleSetFormat.fromYaml(rulesYaml, 0), this.rules.current(shopId).version(),
					"simulation", null);
		}
		Instant start = this.clock.instant();
		for (int i = 0; i < requests; i++) {
			long offset = (long) (this.random.nextDouble() * arrivals.toMillis());
			int index = i;
			at(start.plusMillis(offset), () -> request(shopId, index));
		}
		Instant end = start.plus(arrivals).plus(HORIZON);
		while (this.clock.instant().isBefore(end)) {
			Instant next = this.clock.instant().plus(STEP);
			while (!this.agenda.isEmpty() && !this.agenda.peek().at().isAfter(next)) {
				Timed due = this.agenda.poll();
				if (due.at().isAfter(this.clock.instant())) {
					this.clock.set(due.at());
				}
				runQuietly(due.action());
				react();
			}
			this.clock.set(next);
			while (this.workflow.runDueTasks() > 0) {
				react();
			}
			react();
			if (this.agenda.isEmpty() && this.tracks.values().stream().allMatch(Track::closed)) {
				break;
			}
		}
		return Result.of(this.tracks.values());
	}

	private void request(String shopId, int index) {
		ShopperRef shopper = new ShopperRef(shopId, "s" + (index % 4000));
		if (this.random.nextDouble() < 0.1) {
			this.shop.tier(shopper, "VIP");
		}
		String category = pick(new String[] { "apparel", "cosmetics", "home", "underwear", "custom-made" },
				new double[] { 0.62, 0.14, 0.16, 0.05, 0.03 });
		BigDecimal price = price(category);
		Duration deliveredAgo = Duration.ofHours((long) ((this.random.nextDouble() < 0.9)
				? this.random.nextDouble() * 150 : 168 + this.random.nextDouble() * 300));
		String sku = category.toUpperCase() + "-" + index + "-M";
		ShopOrder order = this.shop.deliveredOrder(shopper, deliveredAgo,
				new OrderLine(1, sku, category + " " + index, category, price, 1));
		ReturnReason reason = pick(ReturnReason.values(), new double[] { 0.35, 0.30, 0.10, 0.12, 0.08, 0.05 });
		CaseKind kind = (reason == ReturnReason.WRONG_SIZE && this.random.nextDouble() < 0.6) ? CaseKind.EXCHANGE
				: CaseKind.RETURN;
		String wanted = null;
		if (kind == CaseKind.EXCHANGE) {
			wanted = category.toUpperCase() + "-" + index + "-L";
			this.shop.stock(wanted, (this.random.nextDouble() < 0.85) ? 5 : 0);
		}
		int photos = (reason.isShopsFault() && this.random.nextDouble() < 0.75) ? 1 : 0;
		List<UUID> photoIds = new ArrayList<>();
		for (int p = 0; p < photos; p++) {
			photoIds.add(this.shop.uploadedPhoto(shopper));
		}
		ReturnRequest request = aReturn().kind(kind)
			.shopper(shopper)
			.order(order.orderId())
			.reason(reason)
			.photos(photoIds)
			.exchangeSku(wanted)
			.key("sim-" + index)
			.origin(Origin.CHAT)
			.build();
		ReturnCase opened = this.workflow.open(request, Actor.shopper(shopper.shopperId()));
		Track track = new Track(this.clock.instant(), opened.state());
		this.tracks.put(opened.id(), track);
		if (opened.state() == CaseState.UNDER_REVIEW) {
			review(opened);
		}
	}

	/**
	 * Reviewers decide within hours most of the time; the rest wait for the 48 h timer.
	 */
	private void review(ReturnCase c) {
		this.tracks.get(c.id()).person = true;
		if (this.random.nextDouble() < 0.7) {
			Outcome outcome = (this.random.nextDouble() < 0.85) ? Outcome.APPROVE : Outcome.REJECT;
			at(this.clock.instant().plus(hours(2, 30)), () -> this.workflow.decide(c.id(), outcome,
					Actor.staff("reviewer"), new LocalizedText("审核", "reviewed")));
		}
	}

	/** What shoppers, carriers and the warehouse do when a case reaches a state. */
	private void react() {
		ReturnCaseChanged change;
		while ((change = this.changes.poll()) != null) {
			ReturnCase c = change.returnCase();
			Track track = this.tracks.get(c.id());
			if (track == null) {
				continue;
			}
			track.state = c.state();
			if (change.event() == CaseEvent.REFUND_SETTLED) {
				track.refundedAt = this.clock.instant();
			}
			if (c.state().isFinal() || c.state() == CaseState.REJECTED) {
				track.closedAt = this.clock.instant();
			}
			if (c.state() == CaseState.DISPUTED) {
				track.person = true;
				at(this.clock.instant().plus(hours(4, 24)), () -> this.workflow.decide(c.id(), Outcome.APPROVE,
						Actor.staff("lead"), new LocalizedText("复核", "rechecked")));
			}
			if (c.state() == CaseState.PICKUP_BOOKED && change.event() == CaseEvent.PICKUP_BOOKED) {
				String tracking = c.progress().pickup().trackingNumber();
				double behaviour = this.random.nextDouble();
				if (behaviour < 0.04) {
					continue;
				}
				if (behaviour < 0.09) {
					at(this.clock.instant().plus(hours(2, 20)),
							() -> this.workflow.cancel(c.request().shopper(), c.id()));
					continue;
				}
				Instant handedOver = this.clock.instant().plus(hours(3, 60));
				Duration transit = hours(20, 72)
					.plus((this.random.nextDouble() < 0.1) ? Duration.ofDays(2) : Duration.ZERO);
				at(handedOver, () -> this.workflow.parcelEvent(tracking, ParcelEvent.PICKED_UP, tracking + ":1"));
				at(handedOver.plus(transit),
						() -> this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, tracking + ":2"));
			}
			if (c.state() == CaseState.RECEIVED && c.amount().compareTo(new BigDecimal("1000")) > 0) {
				boolean passed = this.random.nextDouble() < 0.95;
				at(this.clock.instant().plus(hours(2, 24)),
						() -> this.workflow.inspected(c.id(), passed, Actor.staff("warehouse"), null));
			}
			if (c.state() == CaseState.AWAITING_SHOPPER) {
				at(this.clock.instant().plus(hours(1, 12)),
						() -> this.workflow.acceptRefund(c.request().shopper(), c.id()));
			}
			if (c.state() == CaseState.REPLACEMENT_SHIPPED) {
				String tracking = c.progress().replacement().trackingNumber();
				at(this.clock.instant().plus(hours(24, 72)),
						() -> this.workflow.parcelEvent(tracking, ParcelEvent.DELIVERED, tracking + ":r"));
			}
		}
	}

	private void at(Instant when, Runnable action) {
		this.agenda.add(new Timed(when, this.agenda.size() + System.nanoTime(), action));
	}

	private static void runQuietly(Runnable action) {
		try {
			action.run();
		}
		catch (EventNotAccepted ex) {
			// The case moved on before the simulated person acted (e.g. the review timer
			// won).
		}
	}

	private Duration hours(double min, double max) {
		return Duration.ofSeconds((long) ((min + this.random.nextDouble() * (max - min)) * 3600));
	}

	private BigDecimal price(String category) {
		double median = switch (category) {
			case "apparel" -> 220;
			case "cosmetics" -> 180;
			case "home" -> 90;
			case "underwear" -> 60;
			default -> 400;
		};
		double value = Math.max(5, median * Math.exp(this.random.nextGaussian() * 0.8));
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private <T> T pick(T[] values, double[] weights) {
		double r = this.random.nextDouble();
		double sum = 0;
		for (int i = 0; i < values.length; i++) {
			sum += weights[i];
			if (r < sum) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private record Timed(Instant at, long order, Runnable action) implements Comparable<Timed> {

		@Override
		public int compareTo(Timed other) {
			int byTime = this.at.compareTo(other.at);
			return (byTime != 0) ? byTime : Long.compare(this.order, other.order);
		}

	}

	private static final class Track {

		final Instant requestedAt;

		final CaseState firstDecision;

		CaseState state;

		boolean person;

		Instant refundedAt;

		Instant closedAt;

		Track(Instant requestedAt, CaseState firstDecision) {
			this.requestedAt = requestedAt;
			this.firstDecision = firstDecision;
			this.state = firstDecision;
		}

		boolean closed() {
			return this.closedAt != null;
		}

	}

	/**
	 * What one run measured.
	 *
	 * @param requests requests replayed
	 * @param autoApproved share approved on the spot by the rules
	 * @param rejected share refused on the spot by the rules
	 * @param needingPerson share that needed a person (review, dispute, failed
	 * inspection)
	 * @param refunded cases that ended with money back
	 * @param medianHours median hours from request to money back
	 * @param p90Hours 90th percentile of the same
	 * @param refundedWithinTwoDays share of refunded cases refunded within 48 h
	 * @param completed share completed (refund or replacement delivered)
	 */
	record Result(int requests, double autoApproved, double rejected, double needingPerson, int refunded,
			double medianHours, double p90Hours, double refundedWithinTwoDays, double completed) {

		static Result of(Collection<Track> tracks) {
			int n = tracks.size();
			List<Double> hours = tracks.stream()
				.filter((t) -> t.refundedAt != null)
				.map((t) -> Duration.between(t.requestedAt, t.refundedAt).toMinutes() / 60.0)
				.sorted()
				.toList();
			return new Result(n, share(tracks, (t) -> t.firstDecision == CaseState.APPROVED),
					share(tracks, (t) -> t.firstDecision == CaseState.REJECTED), share(tracks, (t) -> t.person),
					hours.size(), percentile(hours, 0.5), percentile(hours, 0.9),
					hours.isEmpty() ? 0 : hours.stream().filter((h) -> h <= 48).count() / (double) hours.size(),
					share(tracks, (t) -> t.state == CaseState.COMPLETED));
		}

		private static double share(Collection<Track> tracks, Predicate<Track> test) {
			return tracks.stream().filter(test).count() / (double) tracks.size();
		}

		private static double percentile(List<Double> sorted, double p) {
			return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
		}

	}

}
