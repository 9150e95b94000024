package dev.kefu.bot.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StompFrames;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Time from an escalating message to the conversation showing in a connected agent
 * console, with 200 shoppers chatting at once over real WebSockets (the whole application
 * and all clients in one JVM, embedded PostgreSQL). Each shopper asks ordinary questions
 * every few seconds and now and then writes angrily; an escalated shopper carries on in a
 * new conversation, so 200 conversations stay live. Beside it, in the same run: the
 * ordinary turn (message to the bot's reply) under the same load. Prints Markdown for
 * docs/benchmarks.md. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec -Dbench.main=dev.kefu.bot.bench.EscalationBenchmark}.
 */
public final class EscalationBenchmark {

	private static final List<String> CALM = List.of("退款多久到账", "运费多少", "怎么开发票", "尺码怎么选", "how long does a refund take",
			"do you ship to Singapore", "会员有什么好处", "can I exchange for a bigger size");

	private static final List<String> ANGRY = List.of("你们这什么破服务，气死我了", "等了十天还没到，你们到底管不管", "再不给我退款我就去12315投诉",
			"you people are useless", "I am so angry, nobody answers me", "这是第三次问了，到底有没有人管！！！");

	private static final int SHOPPERS = 200;

	private EscalationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Files.createTempDirectory("kefu-bench-");
		Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KefuApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=", "--logging.level.root=WARN",
					"--logging.structured.format.console=", "--kefu.chat.messages-per-minute=1000000",
					"--kefu.database.embedded.data-directory=" + home.resolve("postgres"),
					"--kefu.knowledge.index-directory=" + home.resolve("kb-index"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Result result = run(port, duration);
			System.out.printf(Locale.ROOT, "| conversations | escalations | to console p50 ms | p99 ms | "
					+ "ordinary turns | turn p50 ms | p99 ms | p99 ratio |%n");
			System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
			System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %d | %.1f | %.1f | %.2f |%n", SHOPPERS,
					result.escalations().length, BenchSupport.ms(result.escalations(), .5),
					BenchSupport.ms(result.escalations(), .99), result.turns().length,
					BenchSupport.ms(result.turns(), .5), BenchSupport.ms(result.turns(), .99),
					BenchSupport.ms(result.escalations(), .99) / BenchSupport.ms(result.turns(), .99));
		}
		System.exit(0);
	}

	private static Result run(int port, Duration duration) throws Exception {
		ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
		heartbeats.initialize();
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new MappingJackson2MessageConverter());
		client.setTaskScheduler(heartbeats);
		Map<String, Long> angrySentAt = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Long> toConsole = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> turns = new ConcurrentLinkedQueue<>();
		StompSession console = console(client, port, angrySentAt, toConsole);
		ScheduledExecutorService pacing = Executors.newScheduledThreadPool(2);
		Instant warm = Instant.now().plusSeconds(10);
		Instant end = warm.plus(duration);
		List<StompSession> sessions = new ArrayList<>();
		for (int i = 0; i < SHOPPERS; i++) {
			sessions.add(shopper(client, port, "esc-bench-" + i, new Random(i), pacing, angrySentAt, turns, warm, end));
		}
		while (Instant.now().isBefore(end.plusSeconds(5))) {
			Thread.sleep(1_000);
		}
		sessions.forEach(StompSession::disconnect);
		console.disconnect();
		pacing.shutdownNow();
		heartbeats.shutdown();
		return new Result(toConsole.stream().mapToLong(Long::longValue).sorted().toArray(),
				turns.stream().mapToLong(Long::longValue).sorted().toArray());
	}

	private static StompSession console(WebSocketStompClient client, int port, Map<String, Long> angrySentAt,
			ConcurrentLinkedQueue<Long> toConsole) throws Exception {
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		handshake.add("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString("agent:kefu-agent-demo".getBytes(StandardCharsets.UTF_8)));
		StompSession console = client
			.connectAsync("ws://localhost:" + port + "/ws/console", handshake, new StompSessionHandlerAdapter() {
			})
			.get(30, TimeUnit.SECONDS);
		console.subscribe("/topic/console/queue/demo-shop", StompFrames.asMaps((payload) -> {
			Map<?, ?> event = (Map<?, ?>) payload;
			if ("QUEUED".equals(event.get("type"))) {
				Long sent = angrySentAt.remove(((Map<?, ?>) event.get("escalation")).get("conversationId"));
				if (sent != null) {
					toConsole.add(System.nanoTime() - sent);
				}
			}
		}));
		return console;
	}

	private static StompSession shopper(WebSocketStompClient client, int port, String shopperId, Random random,
			ScheduledExecutorService pacing, Map<String, Long> angrySentAt, ConcurrentLinkedQueue<Long> turns,
			Instant warm, Instant end) throws Exception {
		String token = ShopperTokens.demoShopper(shopperId);
		AtomicReference<String> conversation = new AtomicReference<>(BenchSupport.conversation(port, token));
		AtomicLong calmSentAt = new AtomicLong();
		StompSession session = BenchSupport.shopperSession(client, port, token);
		Runnable[] next = new Runnable[1];
		next[0] = () -> {
			if (Instant.now().isAfter(end)) {
				return;
			}
			boolean angry = Instant.now().isAfter(warm) && random.nextInt(6) == 0;
			String text = angry ? ANGRY.get(random.nextInt(ANGRY.size())) : CALM.get(random.nextInt(CALM.size()));
			if (angry) {
				angrySentAt.put(conversation.get(), System.nanoTime());
			}
			else {
				calmSentAt.set(System.nanoTime());
			}
			session.send("/app/conversations/" + conversation.get() + "/messages",
					Map.of("clientMessageId", UUID.randomUUID().toString(), "text", text));
			if (angry) {
				// The escalated conversation is now a person's; the shopper goes on in a
				// new one.
				pacing.schedule(() -> {
					try {
						conversation.set(BenchSupport.conversation(port, token));
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					next[0].run();
				}, 2_000 + random.nextInt(3_000), TimeUnit.MILLISECONDS);
			}
		};
		session.subscribe("/user/queue/messages", StompFrames.asMaps((payload) -> {
			if (!"BOT".equals(((Map<?, ?>) payload).get("sender")) || calmSentAt.get() == 0) {
				return;
			}
			long sent = calmSentAt.getAndSet(0);
			if (Instant.now().isAfter(warm)) {
				turns.add(System.nanoTime() - sent);
			}
			pacing.schedule(next[0], 2_000 + random.nextInt(3_000), TimeUnit.MILLISECONDS);
		}));
		pacing.schedule(next[0], random.nextInt(3_000), TimeUnit.MILLISECONDS);
		return session;
	}

	private record Result(long[] escalations, long[] turns) {
	}

}
