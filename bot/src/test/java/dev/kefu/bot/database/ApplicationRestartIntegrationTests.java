package dev.kefu.bot.database;

import java.nio.file.Path;

import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.conversation.Channel;
import dev.kefu.bot.conversation.Conversation;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as the run command starts it: its own persistent data directory,
 * stopped and started again like a real restart.
 */
class ApplicationRestartIntegrationTests {

	@Test
	void keepsConversationsAcrossARestart(@TempDir Path kefuHome) {
		ShopperRef shopper = new ShopperRef("demo-shop", "restart-tester");
		Conversation started;
		try (ConfigurableApplicationContext app = start(kefuHome)) {
			started = app.getBean(Conversations.class).start(shopper, Channel.APP);
		}
		try (ConfigurableApplicationContext app = start(kefuHome)) {
			assertThat(app.getBean(Conversations.class).findOwnedBy(shopper, started.id())).contains(started);
		}
	}

	private static ConfigurableApplicationContext start(Path kefuHome) {
		return new SpringApplicationBuilder(KefuApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=", "--logging.structured.format.console=",
					"--kefu.database.embedded.data-directory=" + kefuHome.resolve("postgres"));
	}

}
