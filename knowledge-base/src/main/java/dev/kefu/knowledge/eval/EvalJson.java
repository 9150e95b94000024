package dev.kefu.knowledge.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The eval command's one mapper, for the files it reads (KB.jsonl, the public datasets)
 * and the reports it writes. The command runs outside Spring (no context, no database),
 * so there is no application mapper to inject.
 */
final class EvalJson {

	/**
	 * KB.jsonl may carry more than the eval needs (tags, scope, validity: the ops export
	 * format), and a report may hold a value with nothing to show.
	 */
	static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private EvalJson() {
	}

}
