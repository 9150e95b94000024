package dev.kefu.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StompFrames;
import dev.kefu.bot.conversation.Channel;
import dev.kefu.bot.conversation.ConversationId;
import dev.kefu.bot.conversation.ConversationTurns;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Messages;
import dev.kefu.bot.conversation.NewMessage;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.entry.EntryContent;
import dev.kefu.knowledge.entry.KnowledgeEditor;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.returns.orders.ShopperRef;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Bot turn latency over real WebSockets, on this machine: the whole application (embedded
 * PostgreSQL, a 1,000-entry knowledge base, no LLM) and real STOMP clients in one JVM.
 * Shoppers send a question every few seconds, as people do; each turn is timed from SEND
 * to the bot's reply arriving. Beside it, in the same run: the bare knowledge-base search
 * for the same questions, and the durability cost (acknowledged message appends against a
 * raw JDBC insert loop). Prints Markdown for docs/benchmarks.md. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec}.
 */
public final class ChatLoadBenchmark {

	private static final List<String> QUESTIONS = List.of("退款多久到账", "衣服买回来不太喜欢，还能退掉吗", "运费多少", "怎么开发票", "尺码怎么选",
			"how long does a refund take", "do you ship to Singapore", "can I pay in instalments", "where is my parcel",
			"会员有什么好处", "優惠券為什麼不能用", "can I exchange for a bigger size");

	private ChatLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Files.createTempDirectory("kefu-bench-");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KefuApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=", "--logging.level.root=WARN",
					"--logging.structured.format.console=", "--kefu.chat.messages-per-minute=1000000",
					"--kefu.database.embedded.data-directory=" + home.resolve("postgres"),
					"--kefu.knowledge.index-directory=" + home.resolve("kb-index"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			growKnowledgeBase(app, 1_000);
			Thread.sleep(2_000);
			int[] levels = Arrays.stream(System.getProperty("shoppers", "1,50,500").split(","))
				.mapToInt(Integer::parseInt)
				.toArray();
			Timer serverTurns = app.getBean(MeterRegistry.class).get(ConversationTurns.TURN_TIME).timer();
			warmUp(port, Arrays.stream(levels).max().orElse(1), serverTurns);
			System.out.printf(Locale.ROOT,
					"| shoppers | turns | p50 ms | p99 ms | server-side turn p50 / p99 ms | bare KB search p50 / p99 ms | p99 ratio |%n");
			System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|%n");
			Duration settle = Duration.ofSeconds(Integer.getInteger("settleSeconds", 20));
			for (int shoppers : levels) {
				Level level = run(port, shoppers, settle, Duration.ofSeconds((shoppers == 1) ? 40 : 30), serverTurns);
				long[] turns = level.turns();
				CountAtBucket[] serverBefore = level.serverBefore();
				CountAtBucket[] serverAfter = level.serverAfter();
				long[] search = bareSearch(app.getBean(KnowledgeSearches.class).forShop("demo-shop"), 400);
				System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | ≤ %.1f / ≤ %.1f | %.2f / %.2f | %.1f |%n",
						shoppers, turns.length, BenchSupport.ms(turns, .5), BenchSupport.ms(turns, .99),
						bucketMs(serverBefore, serverAfter, .5), bucketMs(serverBefore, serverAfter, .99),
						BenchSupport.ms(search, .5), BenchSupport.ms(search, .99),
						BenchSupport.ms(turns, .99) / BenchSupport.ms(search, .99));
			}
			durability(app);
		}
		System.exit(0);
	}

	/**
	 * Runs the largest level for a while before anything is measured: until the JIT has
	 * compiled the turn's path, its compiler threads take about half of the JVM's CPU on
	 * two cores, and a cold level measures that instead of a turn.
	 */
	private static void warmUp(int port, int shoppers, Timer serverTurns) throws Exception {
		int seconds = Integer.getInteger("warmupSeconds", 90);
		if (seconds > 0) {
			long[] turns = run(port, shoppers, Duration.ZERO, Duration.ofSeconds(seconds), serverTurns).turns();
			System.out.printf(Locale.ROOT,
					"(warm-up, not a figure: %d shoppers for %d s, %d turns, p50 %.1f ms, p99 %.1f ms)%n", shoppers,
					seconds, turns.length, BenchSupport.ms(turns, .5), BenchSupport.ms(turns, .99));
		}
	}

	/**
	 * One level: the shoppers connect, chat for a while unmeasured (the first young
	 * collections after hundreds of sessions open copy their new state, a burst a steady
	 * level does not have), then chat while measured.
	 */
	private static Level run(int port, int shoppers, Duration settle, Duration duration, Timer serverTurns)
			throws Exception {
		ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
		heartbeats.initialize();
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new MappingJackson2MessageConverter());
		client.setTaskScheduler(heartbeats);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ScheduledExecutorService pacing = Executors.newScheduledThreadPool(2);
		List<StompSession> sessions = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(shoppers);
		// Set once every shopper is connected: opening 500 sessions (a REST call, a
		// handshake, a subscription each) is a burst no steady level has.
		Instant[] end = new Instant[1];
		AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
		List<Runnable> firstQuestions = new ArrayList<>();
		Random random = new Random(shoppers);
		for (int i = 0; i < shoppers; i++) {
			String shopperId = "bench-" + shoppers + "-" + i;
			String token = ShopperTokens.demoShopper(shopperId);
			String conversation = BenchSupport.conversation(port, token);
			AtomicLong sentAt = new AtomicLong();
			StompSession session = BenchSupport.shopperSession(client, port, token);
			Runnable[] next = new Runnable[1];
			next[0] = () -> {
				if (Instant.now().isAfter(end[0])) {
					done.countDown();
					return;
				}
				sentAt.set(System.nanoTime());
				session.send("/app/conversations/" + conversation + "/messages", Map.of("clientMessageId",
						UUID.randomUUID().toString(), "text", QUESTIONS.get(random.nextInt(QUESTIONS.size()))));
			};
			session.subscribe("/user/queue/messages", StompFrames.asMaps((payload) -> {
				if (!"BOT".equals(((Map<?, ?>) payload).get("sender")) || sentAt.get() == 0) {
					return;
				}
				long sent = sentAt.getAndSet(0);
				if (sent >= measuredFrom.get()) {
					latencies.add(System.nanoTime() - sent);
				}
				// People take a few seconds to read and type the next question.
				pacing.schedule(next[0], 2_000 + random.nextInt(3_000), TimeUnit.MILLISECONDS);
			}));
			sessions.add(session);
			firstQuestions.add(next[0]);
		}
		end[0] = Instant.now().plus(settle).plus(duration);
		firstQuestions.forEach((ask) -> pacing.schedule(ask, random.nextInt(3_000), TimeUnit.MILLISECONDS));
		Thread.sleep(settle.toMillis());
		CountAtBucket[] serverBefore = serverTurns.takeSnapshot().histogramCounts();
		measuredFrom.set(System.nanoTime());
		done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
		CountAtBucket[] serverAfter = serverTurns.takeSnapshot().histogramCounts();
		sessions.forEach(StompSession::disconnect);
		pacing.shutdownNow();
		heartbeats.shutdown();
		return new Level(latencies.stream().mapToLong(Long::longValue).sorted().toArray(), serverBefore, serverAfter);
	}

	/**
	 * A level's measured turns as the clients saw them, and the server's turn histogram
	 * around them.
	 */
	private record Level(long[] turns, CountAtBucket[] serverBefore, CountAtBucket[] serverAfter) {
	}

	/**
	 * The upper bound of the histogram bucket that holds a percentile of the turns timed
	 * between two snapshots of the server's turn timer.
	 */
	private static double bucketMs(CountAtBucket[] before, CountAtBucket[] after, double quantile) {
		double total = after[after.length - 1].count() - before[before.length - 1].count();
		for (int i = 0; i < after.length; i++) {
			if (after[i].count() - before[i].count() >= quantile * total) {
				return after[i].bucket(TimeUnit.MILLISECONDS);
			}
		}
		return Double.POSITIVE_INFINITY;
	}

	private static long[] bareSearch(KnowledgeSearch search, int count) {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			search.search(SearchRequest.of(QUESTIONS.get(i % QUESTIONS.size()), Instant.now()));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void durability(ConfigurableApplicationContext app) {
		Messages messages = app.getBean(Messages.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		ConversationId conversation = app.getBean(Conversations.class)
			.start(new ShopperRef("demo-shop", "bench-durability"), Channel.APP)
			.id();
		int n = 3_000;
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			// As a turn stores a shopper's message: one statement, committed on its own.
			messages.append(conversation, NewMessage.fromShopper("message " + i, "d-" + i, List.of()));
		}
		double stored = n / ((System.nanoTime() - start) / 1e9);
		jdbc.sql(
				"create table if not exists bench_raw (id uuid primary key, body text, created_at timestamptz default now())")
			.update();
		start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			jdbc.sql("insert into bench_raw (id, body) values (?, ?)")
				.params(UUID.randomUUID(), "message " + i)
				.update();
		}
		double raw = n / ((System.nanoTime() - start) / 1e9);
		jdbc.sql("drop table bench_raw").update();
		System.out.printf(Locale.ROOT,
				"%ndurability: %.0f messages/s stored with sequence and acknowledgement (one statement and commit each) vs "
						+ "%.0f rows/s raw JDBC insert (autocommit) on the same database: ratio %.2f%n",
				stored, raw, stored / raw);
	}

	private static void growKnowledgeBase(ConfigurableApplicationContext app, int total) {
		KnowledgeEditor editor = app.getBean(KnowledgeEditor.class);
		List<KnowledgeEditor.ImportedEntry> extra = new ArrayList<>();
		for (int i = 0; extra.size() < total - 156; i++) {
			Language language = (i % 2 == 0) ? Language.ZH : Language.EN;
			String question = (language == Language.ZH) ? "第" + i + "号商品的保修和售后政策是什么"
					: "What is the warranty and after-sales policy for product number " + i;
			extra.add(new KnowledgeEditor.ImportedEntry("bench-" + i, new EntryContent(question, List.of(),
					"See the product page.", language, "bench", Set.of(), Set.of(), Set.of(), null, null, Set.of())));
		}
		editor.importEntries("demo-shop", extra, "bench", true);
	}

}
