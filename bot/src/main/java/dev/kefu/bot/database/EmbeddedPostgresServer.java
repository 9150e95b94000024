package dev.kefu.bot.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server run from binaries shipped in a Maven artifact, so that Kefu
 * needs no database installation to run or to test.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final boolean closeable;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean closeable) {
		this.postgres = postgres;
		this.closeable = closeable;
	}

	/**
	 * Starts a server on a data directory that outlives it: a directory that already
	 * holds a database is reused as it is, so data written before a restart is still
	 * there.
	 * @param dataDirectory where the database files live
	 * @param port the port, 0 for any free one
	 * @return the running server
	 */
	public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
		stopOrphanedPostmaster(dataDirectory);
		return new EmbeddedPostgresServer(launch(dataDirectory, port, true), true);
	}

	/**
	 * The embedded library's defaults trade durability for speed (no fsync, asynchronous
	 * commit), which suits throw-away test servers only: a persistent server must not
	 * acknowledge a write it could lose.
	 */
	private static EmbeddedPostgres launch(Path dataDirectory, int port, boolean durable) {
		try {
			Files.createDirectories(dataDirectory);
			// Kefu stops it after what uses it (the bean's close; the shared server once
			// every context has closed), not a JVM hook of the library's that races
			// them: a context reads the database while it closes.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false);
			if (durable) {
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			logger.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", postgres.getPort(),
					dataDirectory);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * A JVM killed without shutting down (SIGKILL, power to the process cut) leaves its
	 * postmaster running on the data directory, and a new postmaster would refuse the
	 * directory's lock. The orphan has no clients left, so it is asked to shut down
	 * cleanly and the new server then starts on the same, intact data.
	 */
	private static void stopOrphanedPostmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info()
					.command()
					.map((command) -> command.endsWith("/postgres"))
					.orElse(false))
				.ifPresent((orphan) -> {
					logger.warn("Stopping the PostgreSQL (pid {}) left running on {} by an earlier Kefu", pid,
							dataDirectory);
					orphan.destroy();
					orphan.onExit().orTimeout(60, TimeUnit.SECONDS).join();
				});
		}
		catch (IOException | RuntimeException ex) {
			// An unreadable or stale pid file is PostgreSQL's own business: it checks the
			// lock itself.
			logger.debug("Could not check {} for an orphaned postmaster", pidFile, ex);
		}
	}

	/**
	 * The one throw-away server of this JVM, started on first use. Test suites start many
	 * application contexts; sharing one server keeps them fast. Closing the returned
	 * handle does nothing: the server stops, and its files are deleted, when the JVM
	 * exits, after Spring Boot has closed the application contexts.
	 * @return the shared server
	 */
	public static EmbeddedPostgresServer sharedPerJvm() {
		return SharedServer.INSTANCE;
	}

	/**
	 * The JDBC URL of the server's {@code postgres} database.
	 * @return the URL
	 */
	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() {
		if (!this.closeable) {
			return;
		}
		try {
			this.postgres.close();
			logger.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
		}
	}

	/** Holder idiom: the shared server starts on first use, once, thread-safely. */
	private static final class SharedServer {

		private static final EmbeddedPostgresServer INSTANCE = start();

		private static EmbeddedPostgresServer start() {
			try {
				Path directory = Files.createTempDirectory("kefu-postgres-");
				EmbeddedPostgresServer server = new EmbeddedPostgresServer(launch(directory, 0, false), false);
				// After the application contexts have closed, not beside them: the
				// event publication registry lists what is left unfinished as its
				// context closes.
				SpringApplication.getShutdownHandlers().add(() -> stopAndDelete(server, directory));
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not create a directory for the shared embedded PostgreSQL", ex);
			}
		}

		private static void stopAndDelete(EmbeddedPostgresServer server, Path directory) {
			try {
				server.postgres.close();
				try (Stream<Path> files = Files.walk(directory)) {
					files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
				}
			}
			catch (IOException ex) {
				// The JVM is exiting: a left-over temporary directory is all that can go
				// wrong here.
			}
		}

	}

}
