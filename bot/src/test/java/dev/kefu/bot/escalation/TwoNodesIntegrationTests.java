package dev.kefu.bot.escalation;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.chat.StompShopper;
import dev.kefu.bot.security.ShopperAuthentication;
import dev.kefu.returns.orders.ShopperRef;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances against one database and one real STOMP broker (an embedded
 * ActiveMQ Artemis with a STOMP acceptor; RabbitMQ's STOMP plugin in production): a
 * shopper connected to node A and an agent connected to node B talk live, both ways.
 */
class TwoNodesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	static EmbeddedActiveMQ broker;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startBrokerAndTwoNodes() throws Exception {
		int stompPort = freePort();
		Path data = Files.createTempDirectory("kefu-artemis-");
		ConfigurationImpl configuration = new ConfigurationImpl();
		configuration.setPersistenceEnabled(false);
		configuration.setSecurityEnabled(false);
		configuration.setJournalDirectory(data.resolve("journal").toString());
		configuration.setBindingsDirectory(data.resolve("bindings").toString());
		configuration.setPagingDirectory(data.resolve("paging").toString());
		configuration.setLargeMessagesDirectory(data.resolve("large").toString());
		configuration.addAcceptorConfiguration("stomp",
				"tcp://127.0.0.1:" + stompPort + "?protocols=STOMP;anycastPrefix=/queue/;multicastPrefix=/topic/");
		broker = new EmbeddedActiveMQ().setConfiguration(configuration);
		broker.start();
		nodeA = node(stompPort);
		nodeB = node(stompPort);
	}

	@AfterAll
	static void stopEverything() throws Exception {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		if (broker != null) {
			broker.stop();
		}
	}

	@Test
	void aShopperOnOneNodeAndAnAgentOnAnotherTalkLive() throws Exception {
		int portA = port(nodeA);
		int portB = port(nodeB);
		String shopper = "two-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = new HttpApi(portA)
			.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
		HttpApi onB = new HttpApi(portB);
		try (StompShopper socket = StompShopper.connect(portA, shopper);
				StompConsole console = StompConsole.connect(portB, "agent", "kefu-agent-demo")) {
			socket.send(conversation, UUID.randomUUID().toString(), "我要人工客服");
			await().atMost(WAIT).until(() -> console.queued("QUEUED", conversation));
			String escalationId = escalationOf(onB, conversation);

			assertThat(onB.post("/api/agent/escalations/" + escalationId + "/claim", "", AGENT).status())
				.isEqualTo(200);
			await().atMost(WAIT)
				.until(() -> socket.messages.stream()
					.anyMatch((m) -> "SYSTEM".equals(m.get("sender"))
							&& String.valueOf(m.get("text")).contains("人工客服已接入")));

			socket.send(conversation, UUID.randomUUID().toString(), "我的包裹一直没动");
			await().atMost(WAIT)
				.until(() -> console.myEvents.stream()
					.anyMatch((e) -> "MESSAGE".equals(e.get("type"))
							&& "我的包裹一直没动".equals(((Map<?, ?>) e.get("message")).get("text"))));

			onB.post("/api/agent/escalations/" + escalationId + "/messages",
					"{\"clientMessageId\": \"two-1\", \"text\": \"我来帮您查，请稍等\"}", AGENT);
			await().atMost(WAIT)
				.until(() -> socket.messages.stream()
					.anyMatch((m) -> "AGENT".equals(m.get("sender")) && "我来帮您查，请稍等".equals(m.get("text"))));
		}
	}

	@Test
	void everySocketOfAShopperAndEveryConsoleOfAnAgentGetsEveryPushAcrossNodes() throws Exception {
		int portA = port(nodeA);
		int portB = port(nodeB);
		String shopper = "two-" + UUID.randomUUID().toString().substring(0, 8);
		String conversation = new HttpApi(portA)
			.post("/api/shopper/conversations", "{}", bearer(ShopperTokens.demoShopper(shopper)))
			.json()
			.at("/id")
			.asText();
		HttpApi onA = new HttpApi(portA);
		String agent = "two-consoles-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(onA.post("/api/admin/staff", """
				{"username": "%s", "password": "a-long-enough-password", "roles": ["AGENT"]}
				""".formatted(agent), basic("admin", "kefu-admin-demo")).status()).isEqualTo(201);
		String[] auth = basic(agent, "a-long-enough-password");
		String stompName = ShopperAuthentication.userName(new ShopperRef("demo-shop", shopper));
		try (StompShopper phone = StompShopper.connect(portA, shopper);
				StompShopper laptop = StompShopper.connect(portA, shopper);
				StompShopper tablet = StompShopper.connect(portB, shopper);
				StompConsole consoleA = StompConsole.connect(portA, agent, "a-long-enough-password");
				StompConsole consoleB = StompConsole.connect(portB, agent, "a-long-enough-password")) {
			// The nodes tell each other of new sessions within the registry broadcast
			// interval (2 s here; the framework's own default is 10 s).
			await().atMost(Duration.ofSeconds(5))
				.until(() -> sessions(nodeA, agent) == 2 && sessions(nodeB, agent) == 2
						&& sessions(nodeA, stompName) == 3 && sessions(nodeB, stompName) == 3);
			phone.send(conversation, UUID.randomUUID().toString(), "我要人工客服");
			await().atMost(WAIT).until(() -> consoleB.queued("QUEUED", conversation));
			String escalationId = escalationOf(onA, conversation, auth);
			assertThat(onA.post("/api/agent/escalations/" + escalationId + "/claim", "", auth).status()).isEqualTo(200);
			laptop.send(conversation, UUID.randomUUID().toString(), "包裹还没到");
			for (StompConsole console : List.of(consoleA, consoleB)) {
				await().atMost(WAIT)
					.until(() -> console.myEvents.stream()
						.anyMatch((e) -> "MESSAGE".equals(e.get("type"))
								&& "包裹还没到".equals(((Map<?, ?>) e.get("message")).get("text"))));
			}
			onA.post("/api/agent/escalations/" + escalationId + "/messages",
					"{\"clientMessageId\": \"two-2\", \"text\": \"马上帮您查\"}", auth);
			for (StompShopper socket : List.of(phone, laptop, tablet)) {
				await().atMost(WAIT)
					.until(() -> socket.messages.stream()
						.anyMatch((m) -> "AGENT".equals(m.get("sender")) && "马上帮您查".equals(m.get("text"))));
				List<Long> seqs = socket.messages.stream().map((m) -> ((Number) m.get("seq")).longValue()).toList();
				assertThat(seqs).as("in order, each once").isSorted().doesNotHaveDuplicates();
			}
		}
	}

	private static int sessions(ConfigurableApplicationContext node, String user) {
		SimpUser known = node.getBean(SimpUserRegistry.class).getUser(user);
		return (known != null) ? known.getSessions().size() : 0;
	}

	private static String escalationOf(HttpApi api, String conversation) throws Exception {
		return escalationOf(api, conversation, AGENT);
	}

	@SuppressWarnings("unchecked")
	private static String escalationOf(HttpApi api, String conversation, String[] auth) throws Exception {
		Map<String, Object> queue = new ObjectMapper().readValue(api.get("/api/agent/escalations", auth).body(),
				Map.class);
		return ((List<Map<String, Object>>) queue.get("waiting")).stream()
			.map((item) -> (Map<String, Object>) item.get("escalation"))
			.filter((e) -> conversation.equals(e.get("conversationId")))
			.map((e) -> (String) e.get("id"))
			.findFirst()
			.orElseThrow();
	}

	private static ConfigurableApplicationContext node(int stompPort) {
		return new SpringApplicationBuilder(KefuApplication.class).profiles("demo", "test")
			.run("--server.port=0", "--kefu.chat.broker-relay.enabled=true",
					"--kefu.chat.broker-relay.port=" + stompPort, "--kefu.returns.tasks.enabled=false",
					"--logging.level.org.apache.activemq=WARN");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
