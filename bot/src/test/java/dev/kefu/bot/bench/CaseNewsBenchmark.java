package dev.kefu.bot.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StompFrames;

import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A case's news in the chat, end to end: the time from a case move over HTTP (the shopper
 * files a quality claim that goes to review, a member of staff approves it, the shopper
 * withdraws it) to the notice arriving on the shopper's real WebSocket. The notice is
 * stored and pushed just after the move commits, by the event publication registry's
 * listener, so this is what the shopper waits. The application runs in a second JVM on
 * the same cores. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec -Dbench.main=dev.kefu.bot.bench.CaseNewsBenchmark}.
 */
public final class CaseNewsBenchmark {

	private static final int ROUNDS = Integer.getInteger("rounds", 120);

	private static final int WARMUP = Integer.getInteger("warmup", 15);

	/** Quiet time before each move, so that no late notice of the last one is counted. */
	private static final long QUIET_MS = Long.getLong("quietMs", 250);

	/** How long a move waits for its notice before it counts as having none. */
	private static final long NOTICE_WAIT_MS = Long.getLong("noticeWaitMs", 5_000);

	private static final String[] OPS = HttpApi.basic("ops", "kefu-ops-demo");

	/** The demo shoppers with a delivered order line each (local-demo-orders.sql). */
	private static final List<String[]> SHOPPERS = List.of(new String[] { "xiaomei", "KF20261001" },
			new String[] { "ahkit", "KF20262001" }, new String[] { "emma", "KF20263001" });

	enum Move {

		FILED("shopper files a quality claim (to review)"), APPROVED("staff approve it over HTTP"),
		WITHDRAWN("shopper withdraws it");

		final String label;

		Move(String label) {
			this.label = label;
		}

	}

	private CaseNewsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (BenchSupport.Server server = BenchSupport.startServer("case-news",
				"--kefu.chat.messages-per-minute=1000000")) {
			int port = server.port();
			HttpApi api = new HttpApi(port);
			WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
			client.setMessageConverter(new MappingJackson2MessageConverter());
			List<Shopper> shoppers = new ArrayList<>();
			for (String[] s : SHOPPERS) {
				String token = ShopperTokens.demoShopper(s[0]);
				BenchSupport.conversation(port, token);
				StompSession session = BenchSupport.shopperSession(client, port, token);
				LinkedBlockingQueue<Long> notices = new LinkedBlockingQueue<>();
				session.subscribe("/user/queue/messages", StompFrames.asMaps((payload) -> {
					if ("BOT".equals(payload.get("sender"))) {
						notices.add(System.nanoTime());
					}
				}));
				shoppers.add(new Shopper(s[0], s[1], HttpApi.bearer(token), notices));
			}
			Thread.sleep(1000);
			System.out.printf(Locale.ROOT,
					"Kefu case news benchmark, %s, %d cores, Java %s, server in its own JVM; %d rounds of 3 moves"
							+ " after %d warm-up rounds%n",
					Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
					ROUNDS, WARMUP);
			Map<Move, List<Long>> timings = new EnumMap<>(Move.class);
			Map<Move, Integer> missing = new EnumMap<>(Move.class);
			Map<Move, List<Long>> answers = new EnumMap<>(Move.class);
			Map<Move, List<Long>> after = new EnumMap<>(Move.class);
			for (int round = 0; round < WARMUP + ROUNDS; round++) {
				Shopper shopper = shoppers.get(round % shoppers.size());
				boolean measured = round >= WARMUP;
				Timed filed = move(shopper,
						() -> api.post("/api/shopper/returns",
								"{\"kind\": \"RETURN\", \"orderId\": \"" + shopper.order() + "\", \"lineNumber\": 1,"
										+ " \"quantity\": 1, \"reason\": \"QUALITY_ISSUE\", \"note\": \"线头开了\"}",
								header(shopper.auth(), "Idempotency-Key", UUID.randomUUID().toString())));
				String id = filed.response().json().at("/id").asText();
				if (!"UNDER_REVIEW".equals(filed.response().json().at("/state").asText())) {
					throw new IllegalStateException("the claim was not sent to review: " + filed.response().body());
				}
				Timed approved = move(shopper, () -> api.post("/api/agent/returns/" + id + "/decision",
						"{\"outcome\": \"APPROVE\", \"reason\": \"照片已核实\"}", OPS));
				Timed withdrawn = move(shopper,
						() -> api.post("/api/shopper/returns/" + id + "/cancel", "{}", shopper.auth()));
				if (measured) {
					record(Move.FILED, filed, timings, answers, after, missing);
					record(Move.APPROVED, approved, timings, answers, after, missing);
					record(Move.WITHDRAWN, withdrawn, timings, answers, after, missing);
				}
			}
			System.out.printf(Locale.ROOT,
					"| move | moves | HTTP answer p50 ms | notice p50 ms | p95 ms | p99 ms | max ms | notice after the answer p50 / p99 ms | no notice |%n"
							+ "|---|---|---|---|---|---|---|---|---|%n");
			List<Long> all = new ArrayList<>();
			List<Long> allAnswers = new ArrayList<>();
			List<Long> allAfter = new ArrayList<>();
			for (Move move : Move.values()) {
				List<Long> list = timings.getOrDefault(move, List.of());
				all.addAll(list);
				allAnswers.addAll(answers.getOrDefault(move, List.of()));
				allAfter.addAll(after.getOrDefault(move, List.of()));
				line(move.label, list, answers.getOrDefault(move, List.of()), after.getOrDefault(move, List.of()),
						missing.getOrDefault(move, 0));
			}
			line("all moves", all, allAnswers, allAfter, missing.values().stream().mapToInt(Integer::intValue).sum());
		}
		System.exit(0);
	}

	private static void record(Move move, Timed timed, Map<Move, List<Long>> timings, Map<Move, List<Long>> answers,
			Map<Move, List<Long>> after, Map<Move, Integer> missing) {
		answers.computeIfAbsent(move, (m) -> new ArrayList<>()).add(timed.answered());
		if (timed.notice() < 0) {
			missing.merge(move, 1, Integer::sum);
		}
		else {
			timings.computeIfAbsent(move, (m) -> new ArrayList<>()).add(timed.notice());
			after.computeIfAbsent(move, (m) -> new ArrayList<>()).add(timed.notice() - timed.answered());
		}
	}

	/**
	 * One move: waits until the shopper's socket has been quiet, sends the request and
	 * waits for the first notice after it.
	 */
	private static Timed move(Shopper shopper, Request request) throws Exception {
		do {
			shopper.notices().clear();
		}
		while (shopper.notices().poll(QUIET_MS, TimeUnit.MILLISECONDS) != null);
		long started = System.nanoTime();
		HttpApi.Response response = request.send();
		long answered = System.nanoTime() - started;
		if (response.status() >= 300) {
			throw new IllegalStateException("the move answered " + response.status() + ": " + response.body());
		}
		Long notice = shopper.notices().poll(NOTICE_WAIT_MS, TimeUnit.MILLISECONDS);
		return new Timed(response, answered, (notice != null) ? notice - started : -1);
	}

	private static void line(String label, List<Long> nanos, List<Long> answers, List<Long> after, int missing) {
		long[] sorted = sorted(nanos);
		long[] answered = sorted(answers);
		long[] afterAnswer = sorted(after);
		System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f | %d |%n", label,
				answered.length, BenchSupport.ms(answered, .5), BenchSupport.ms(sorted, .5),
				BenchSupport.ms(sorted, .95), BenchSupport.ms(sorted, .99),
				(sorted.length > 0) ? sorted[sorted.length - 1] / 1e6 : Double.NaN, BenchSupport.ms(afterAnswer, .5),
				BenchSupport.ms(afterAnswer, .99), missing);
	}

	private static long[] sorted(List<Long> nanos) {
		return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private static String[] header(String[] headers, String name, String value) {
		String[] out = new String[headers.length + 2];
		System.arraycopy(headers, 0, out, 0, headers.length);
		out[headers.length] = name;
		out[headers.length + 1] = value;
		return out;
	}

	@FunctionalInterface
	interface Request {

		HttpApi.Response send();

	}

	record Shopper(String id, String order, String[] auth, LinkedBlockingQueue<Long> notices) {

	}

	record Timed(HttpApi.Response response, long answered, long notice) {

	}

}
