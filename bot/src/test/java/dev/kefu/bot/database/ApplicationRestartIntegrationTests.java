package dev.kefu.bot.database;

import java.nio.file.Path;
import java.util.List;

import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.conversation.Channel;
import dev.kefu.bot.conversation.Conversation;
import dev.kefu.bot.conversation.ConversationTurns;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.TurnResult;
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
	void keepsConversationsAndAcknowledgedMessagesAcrossARestart(@TempDir Path kefuHome) {
		ShopperRef shopper = new ShopperRef("demo-shop", "restart-tester");
		Conversation started;
		TurnResult turn;
		try (ConfigurableApplicationContext app = start(kefuHome)) {
			started = app.getBean(Conversations.class).start(shopper, Channel.APP);
			turn = app.getBean(ConversationTurns.class).take(shopper, started.id(), "before-restart", "你好", List.of());
		}
		try (ConfigurableApplicationContext app = start(kefuHome)) {
			assertThat(app.getBean(Conversations.class).findOwnedBy(shopper, started.id())).contains(started);
			List<Message> history = app.getBean(ConversationTurns.class).history(shopper, started.id(), 0);
			assertThat(history).first().isEqualTo(turn.shopperMessage());
			assertThat(history).hasSize(1 + turn.replies().size());
			TurnResult resent = app.getBean(ConversationTurns.class)
				.take(shopper, started.id(), "before-restart", "你好", List.of());
			assertThat(resent.resend()).isTrue();
			assertThat(resent.replies()).isEqualTo(turn.replies());
		}
	}

	private static ConfigurableApplicationContext start(Path kefuHome) {
		return new SpringApplicationBuilder(KefuApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=", "--logging.structured.format.console=",
					"--kefu.database.embedded.data-directory=" + kefuHome.resolve("postgres"));
	}

}
