package dev.kefu.bot.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is
 * not set.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port the port to listen on (loopback only), 0 for any free port
 * @param sharedPerJvm start one throw-away server per JVM instead (tests): every
 * application context in the JVM reuses it and its files are deleted when the JVM exits
 */
@ConfigurationProperties("kefu.database.embedded")
public record EmbeddedDatabaseSettings(@DefaultValue("${user.home}/.kefu/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("false") boolean sharedPerJvm) {
}
