package dev.kefu.bot.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.KefuApplication;

import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * What the chat benchmarks share: starting a shopper's conversation over the REST API,
 * opening their STOMP session, and reading a quantile off sorted nanosecond timings.
 */
final class BenchSupport {

	private BenchSupport() {
	}

	static String conversation(int port, String token) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/shopper/conversations"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return new ObjectMapper().readTree(response.body()).get("id").asText();
	}

	static StompSession shopperSession(WebSocketStompClient client, int port, String token) throws Exception {
		return client.connectAsync("ws://localhost:" + port + "/ws/chat?access_token=" + token,
				new StompSessionHandlerAdapter() {
				})
			.get(30, TimeUnit.SECONDS);
	}

	/**
	 * Starts the demo in its own JVM, as it would run in production: clients and server
	 * then each have their own file descriptors (two per session in one process would
	 * stop at half the limit) and their own heap. Its flags are the ones the operations
	 * guide recommends. Returns once it reports healthy.
	 * @param name names the temporary folder of its database, index and log
	 * @param settings further application arguments ({@code --key=value})
	 * @return the running server
	 */
	static Server startServer(String name, String... settings) throws Exception {
		Path home = Files.createTempDirectory("kefu-" + name + "-bench-");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--add-modules",
						"jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xms1g", "-Xmx2g", "-cp",
						serverClassPath(), KefuApplication.class.getName(), "--spring.profiles.active=demo",
						"--server.port=" + port, "--spring.datasource.url=", "--logging.level.root=WARN",
						"--logging.structured.format.console=",
						"--kefu.database.embedded.data-directory=" + home.resolve("postgres"),
						"--kefu.knowledge.index-directory=" + home.resolve("kb-index")));
		command.addAll(List.of(settings));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve("server.log").toFile())
			.start();
		Server server = new Server(process, port);
		try {
			awaitHealthy(port);
		}
		catch (Exception ex) {
			server.close();
			throw ex;
		}
		return server;
	}

	/**
	 * The benchmark's class path without other modules' test classes: the returns
	 * module's test-jar brings its fixtures, but in a reactor build it is that module's
	 * whole test-classes folder, whose test application would join the server's.
	 */
	private static String serverClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !(entry.endsWith("-tests.jar")
					|| (entry.replace('\\', '/').endsWith("/target/test-classes")
							&& !entry.replace('\\', '/').endsWith("/bot/target/test-classes"))))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * The demo running in its own JVM.
	 *
	 * @param process its process
	 * @param port its HTTP port
	 */
	record Server(Process process, int port) implements AutoCloseable {

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}

	}

	private static void awaitHealthy(int port) throws Exception {
		var http = HttpClient.newHttpClient();
		var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
		// Up to five minutes: on a machine shared with other builds the demo's start (the
		// embedded database, the models, the index) can take more than two.
		for (int i = 0; i < 600; i++) {
			try {
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start");
	}

	static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
