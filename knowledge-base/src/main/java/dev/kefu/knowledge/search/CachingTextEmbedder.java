package dev.kefu.knowledge.search;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kefu.knowledge.language.Language;

/**
 * Remembers the most recent single-text embeddings. One chat turn embeds the shopper's
 * words twice, for the knowledge-base search and for the anger check; embedding is the
 * costliest step of a turn (about 2–3 ms of CPU), and shoppers repeat the same short
 * questions. Bulk embedding (entries) is passed through uncached.
 */
public final class CachingTextEmbedder implements TextEmbedder {

	private final TextEmbedder delegate;

	private final Cache<Key, float[]> cache;

	public CachingTextEmbedder(TextEmbedder delegate, int maximumSize) {
		this.delegate = delegate;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
	}

	@Override
	public float[] embed(Language language, String normalizedText) {
		// Callers must not change the array; a copy per hit would cost more than it
		// saves.
		return this.cache.get(new Key(language, normalizedText),
				(key) -> this.delegate.embed(language, normalizedText));
	}

	@Override
	public List<float[]> embedAll(Language language, List<String> normalizedTexts) {
		return this.delegate.embedAll(language, normalizedTexts);
	}

	@Override
	public String modelName(Language language) {
		return this.delegate.modelName(language);
	}

	private record Key(Language language, String text) {
	}

}
