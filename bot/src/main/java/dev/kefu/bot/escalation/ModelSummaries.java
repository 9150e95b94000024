package dev.kefu.bot.escalation;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import dev.kefu.bot.conversation.AfterCommit;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.knowledge.answer.ConversationSummarizer;
import dev.kefu.knowledge.language.Language;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * With a language model configured, an escalation also gets the model's summary once it
 * is queued: off the shopper's turn (a model takes seconds; the agent must see the
 * conversation at once), kept beside the brief built without a model, which stays as it
 * is. Without a model, or when it fails, the agent has the brief alone.
 */
@Component
class ModelSummaries {

	private static final Logger logger = LoggerFactory.getLogger(ModelSummaries.class);

	private final ConversationSummarizer summarizer;

	private final Escalations escalations;

	private final ConsolePush console;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("escalation-summaries").factory());

	ModelSummaries(ObjectProvider<ConversationSummarizer> summarizer, Escalations escalations, ConsolePush console) {
		this.summarizer = summarizer.getIfAvailable();
		this.escalations = escalations;
		this.console = console;
	}

	/**
	 * Asks the model for a summary once the escalation is committed.
	 * @param escalation the new escalation
	 * @param conversation its conversation's recent messages, oldest first
	 */
	void request(Escalation escalation, List<Message> conversation) {
		if (this.summarizer == null) {
			return;
		}
		List<ConversationSummarizer.Line> lines = conversation.stream()
			.filter((m) -> m.sender() != Sender.SYSTEM)
			.map((m) -> new ConversationSummarizer.Line(m.sender().name().toLowerCase(Locale.ROOT), m.body()))
			.toList();
		String reasons = escalation.reasons()
			.stream()
			.map((r) -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
			.collect(Collectors.joining(", "));
		var request = new ConversationSummarizer.Request(lines, reasons, Language.fromCode(escalation.language()));
		AfterCommit.run(() -> this.executor.execute(() -> summarize(escalation, request)));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	private void summarize(Escalation escalation, ConversationSummarizer.Request request) {
		try {
			this.summarizer.summarize(request)
				.flatMap((text) -> this.escalations.summarized(escalation.id(), text))
				.ifPresent((updated) -> this.console.queue("SUMMARIZED", updated));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not store the model's summary of escalation {}", escalation.id(), ex);
		}
	}

}
