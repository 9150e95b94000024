package dev.kefu.bot.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by the tests: starts the persistent server, writes a row, says so,
 * and waits to be killed, so that its PostgreSQL is left behind as after a real crash.
 */
final class CrashingKefu {

	private CrashingKefu() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(Path.of(args[0]), 0);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table notes (text text)");
			statement.execute("insert into notes values ('written before the crash')");
		}
		System.out.println("WRITTEN");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
