package dev.kefu.knowledge.search;

import java.util.List;
import java.util.function.Supplier;

import dev.kefu.knowledge.language.Language;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The in-process embedding models, shipped inside their Maven artifacts: bge-small-zh
 * v1.5 for Chinese (strong on Simplified and Traditional, weak on English) and
 * bge-small-en v1.5 for English (the reverse), both quantised. Each model loads on first
 * use (about a second).
 */
public final class InProcessEmbedder implements TextEmbedder {

	private final Lazy chinese = new Lazy(BgeSmallZhV15QuantizedEmbeddingModel::new);

	private final Lazy english = new Lazy(BgeSmallEnV15QuantizedEmbeddingModel::new);

	@Override
	public float[] embed(Language language, String normalizedText) {
		return model(language).embed(normalizedText).content().vector();
	}

	@Override
	public List<float[]> embedAll(Language language, List<String> normalizedTexts) {
		if (normalizedTexts.isEmpty()) {
			return List.of();
		}
		List<TextSegment> segments = normalizedTexts.stream().map(TextSegment::from).toList();
		return model(language).embedAll(segments).content().stream().map((e) -> e.vector()).toList();
	}

	@Override
	public int dimension(Language language) {
		return (language == Language.ZH) ? 512 : 384;
	}

	@Override
	public String modelName(Language language) {
		return (language == Language.ZH) ? "bge-small-zh-v1.5-q" : "bge-small-en-v1.5-q";
	}

	private EmbeddingModel model(Language language) {
		return (language == Language.ZH) ? this.chinese.get() : this.english.get();
	}

	/** Loads a model once, on first use, thread-safely. */
	private static final class Lazy {

		private final Supplier<EmbeddingModel> factory;

		private volatile EmbeddingModel model;

		Lazy(Supplier<EmbeddingModel> factory) {
			this.factory = factory;
		}

		EmbeddingModel get() {
			EmbeddingModel loaded = this.model;
			if (loaded == null) {
				synchronized (this) {
					loaded = this.model;
					if (loaded == null) {
						loaded = this.factory.get();
						this.model = loaded;
					}
				}
			}
			return loaded;
		}

	}

}
