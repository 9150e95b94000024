package dev.kefu.knowledge;

import java.nio.file.Path;
import java.time.Duration;

import dev.kefu.knowledge.search.Calibration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Knowledge-base settings.
 *
 * @param indexDirectory where this node keeps its Lucene indexes, one per shop in
 * {@code shop-<id>} (derived data: deleting them only costs a rebuild at the next start)
 * @param syncInterval how often the node polls the change feed for other nodes' changes
 * @param lexicalWeight how much a full BM25 match adds to the cosine similarity in the
 * ranking
 * @param calibration the confidence models; empty for the fitted defaults
 */
@ConfigurationProperties("kefu.knowledge")
public record KnowledgeSettings(@DefaultValue("${user.home}/.kefu/kb-index") Path indexDirectory,
		@DefaultValue("250ms") Duration syncInterval, @DefaultValue("0.1") double lexicalWeight,
		Calibration calibration) {

	public Calibration calibrationOrDefault() {
		return (this.calibration != null) ? this.calibration : Calibration.DEFAULT;
	}

}
