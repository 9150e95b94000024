package dev.kefu.bot.anger.training;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one mapper of the offline escalation tools, for the datasets and weights they read
 * and the reports they write. They run from {@code eval}, outside Spring, so there is no
 * application mapper to inject; Jackson's defaults are what these files were written
 * with.
 */
final class TrainingJson {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private TrainingJson() {
	}

}
