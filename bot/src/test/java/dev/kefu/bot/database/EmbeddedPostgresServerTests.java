package dev.kefu.bot.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTests {

	@Test
	void keepsDataAcrossARestartOnTheSameDataDirectory(@TempDir Path dataDirectory) throws SQLException {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dataDirectory, 0);
				Connection connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table notes (text text)");
			statement.execute("insert into notes values ('written before the restart')");
		}
		try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startPersistent(dataDirectory, 0);
				Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select text from notes")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the restart");
		}
	}

	@Test
	void commitsDurablyWhenPersistent(@TempDir Path dataDirectory) throws SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(dataDirectory, 0)) {
			assertThat(setting(server, "fsync")).isEqualTo("on");
			assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void takesOverTheDataDirectoryAfterTheJvmWasKilled(@TempDir Path dataDirectory) throws Exception {
		Process crashing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashingKefu.class.getName(), dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(crashing.getInputStream()))) {
			assertThat(output.lines().filter("WRITTEN"::equals).findFirst()).isPresent();
		}
		crashing.destroyForcibly().waitFor();

		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.startPersistent(dataDirectory, 0);
				Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select text from notes")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the crash");
		}
	}

	@Test
	void sharesOneServerPerJvm() {
		assertThat(EmbeddedPostgresServer.sharedPerJvm()).isSameAs(EmbeddedPostgresServer.sharedPerJvm());
	}

	private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
