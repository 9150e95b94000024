package dev.kefu.bot.bench;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StompFrames;

import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * How many open chat sessions one node holds while replies stay fast: real STOMP clients
 * connect (authenticated, subscribed to their queues) in steps, and at each step a sample
 * of them asks questions, timed from SEND to the reply. The application runs in a second
 * JVM on the same 2 cores. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec -Dbench.main=dev.kefu.bot.bench.SessionsBenchmark}.
 */
public final class SessionsBenchmark {

	private static final int[] STEPS = Arrays
		.stream(System.getProperty("steps", "1000,2500,5000,7500,10000").split(","))
		.mapToInt(Integer::parseInt)
		.toArray();

	private static final int SAMPLE = Integer.getInteger("sample", 200);

	private static final int SETTLE_SECONDS = Integer.getInteger("settleSeconds", 20);

	private SessionsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (BenchSupport.Server server = BenchSupport.startServer("sessions",
				"--kefu.chat.messages-per-minute=1000000", "--server.tomcat.max-connections=20000",
				"--server.tomcat.accept-count=2000")) {
			int port = server.port();
			WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
			client.setMessageConverter(new MappingJackson2MessageConverter());
			List<StompSession> sessions = new ArrayList<>();
			System.out.printf(Locale.ROOT,
					"Kefu sessions benchmark, %s, %d cores, Java %s, server and clients in two JVMs on this machine%n",
					Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			System.out.printf(Locale.ROOT,
					"| open sessions | connect time s | reply p50 ms | reply p99 ms | replies |%n");
			System.out.printf(Locale.ROOT, "|---|---|---|---|---|%n");
			for (int target : STEPS) {
				long started = System.nanoTime();
				try {
					connect(client, port, sessions, target);
				}
				catch (Exception ex) {
					System.out.printf(Locale.ROOT, "| %d (stopped: %s) | | | | |%n", sessions.size(), ex);
					break;
				}
				double connectSeconds = (System.nanoTime() - started) / 1e9;
				// The first young collections after thousands of sessions open copy
				// their new state; a node that holds them steadily does not pay that, so
				// the sample waits.
				Thread.sleep(SETTLE_SECONDS * 1000L);
				long[] replies = sample(client, port);
				System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %d of %d |%n", sessions.size(),
						connectSeconds, BenchSupport.ms(replies, .5), BenchSupport.ms(replies, .99), replies.length,
						SAMPLE * 3);
			}
		}
		System.exit(0);
	}

	/** Opens sessions until there are {@code target}, fifty connecting at a time. */
	private static void connect(WebSocketStompClient client, int port, List<StompSession> sessions, int target)
			throws Exception {
		Semaphore inFlight = new Semaphore(50);
		List<CompletableFuture<StompSession>> pending = new ArrayList<>();
		for (int i = sessions.size(); i < target; i++) {
			inFlight.acquire();
			String token = ShopperTokens.demoShopper("idle-" + i);
			CompletableFuture<StompSession> connecting = client.connectAsync(
					"ws://localhost:" + port + "/ws/chat?access_token=" + token, new StompSessionHandlerAdapter() {
					})
				.whenComplete((session, ex) -> inFlight.release());
			pending.add(connecting.thenApply((session) -> {
				session.subscribe("/user/queue/messages", ignore());
				return session;
			}));
		}
		for (CompletableFuture<StompSession> connecting : pending) {
			sessions.add(connecting.get(60, TimeUnit.SECONDS));
		}
	}

	/** A sample of shoppers each asks three questions; every reply is timed. */
	private static long[] sample(WebSocketStompClient client, int port) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ExecutorService askers = Executors.newFixedThreadPool(20);
		CountDownLatch done = new CountDownLatch(SAMPLE);
		for (int i = 0; i < SAMPLE; i++) {
			int index = i;
			askers.submit(() -> {
				try {
					String shopper = "sample-" + UUID.randomUUID().toString().substring(0, 8) + "-" + index;
					String token = ShopperTokens.demoShopper(shopper);
					String conversation = BenchSupport.conversation(port, token);
					StompSession session = client
						.connectAsync("ws://localhost:" + port + "/ws/chat?access_token=" + token,
								new StompSessionHandlerAdapter() {
								})
						.get(30, TimeUnit.SECONDS);
					LinkedBlockingQueue<Long> replies = new LinkedBlockingQueue<>();
					session.subscribe("/user/queue/messages", StompFrames.asMaps((payload) -> {
						if ("BOT".equals(((Map<?, ?>) payload).get("sender"))) {
							replies.add(System.nanoTime());
						}
					}));
					for (String question : List.of("退款多久到账", "how long does a refund take", "运费多少")) {
						long sent = System.nanoTime();
						session.send("/app/conversations/" + conversation + "/messages",
								Map.of("clientMessageId", UUID.randomUUID().toString(), "text", question));
						Long reply = replies.poll(10, TimeUnit.SECONDS);
						if (reply != null) {
							latencies.add(reply - sent);
						}
						Thread.sleep(200);
					}
					session.disconnect();
				}
				catch (Exception ex) {
					// Counted as a missing reply.
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await(5, TimeUnit.MINUTES);
		askers.shutdownNow();
		return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private static StompFrameHandler ignore() {
		return new StompFrameHandler() {
			@Override
			public Type getPayloadType(StompHeaders headers) {
				return Map.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
			}
		};
	}

}
