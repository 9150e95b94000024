package dev.kefu.bot.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.conversation.Channel;
import dev.kefu.bot.conversation.Conversation;
import dev.kefu.bot.conversation.ConversationTurns;
import dev.kefu.bot.conversation.Conversations;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.TurnResult;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.HistoryEntry;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
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

	@Test
	void continuesAReturnCaseFromItsStoredDeadlinesAfterARestart(@TempDir Path kefuHome) {
		ShopperRef shopper = new ShopperRef("demo-shop", "xiaomei");
		ReturnCase opened;
		try (ConfigurableApplicationContext app = start(kefuHome, "--kefu.returns.tasks.enabled=false")) {
			opened = app.getBean(ReturnsWorkflow.class)
				.open(aReturn().shopper(shopper)
					.order("KF20261001")
					.reason(ReturnReason.WRONG_SIZE)
					.key("restart-test")
					.build(), Actor.shopper("xiaomei"));
			assertThat(opened.state()).isEqualTo(CaseState.APPROVED);
		}
		try (ConfigurableApplicationContext app = start(kefuHome)) {
			ReturnCaseQueries cases = app.getBean(ReturnCaseQueries.class);
			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.until(() -> cases.find(opened.id()).orElseThrow().progress().pickup() != null);
			assertThat(app.getBean(ReturnCaseQueries.class).history(opened.id())).extracting(HistoryEntry::event)
				.startsWith(null, CaseEvent.SUBMIT, CaseEvent.PICKUP_BOOKED);
		}
	}

	private static ConfigurableApplicationContext start(Path kefuHome, String... more) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=", "--logging.structured.format.console=",
						"--kefu.database.embedded.data-directory=" + kefuHome.resolve("postgres"),
						"--kefu.knowledge.index-directory=" + kefuHome.resolve("kb-index")));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(KefuApplication.class).profiles("demo").run(args.toArray(String[]::new));
	}

}
