package dev.kefu.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.kefu.knowledge.language.Language;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The in-process embedding models, shipped inside their Maven artifacts: bge-small-zh
 * v1.5 for Chinese (strong on Simplified and Traditional, weak on English) and
 * bge-small-en v1.5 for English (the reverse), both quantised. Each model loads on first
 * use (about a second).
 * <p>
 * The models run in ONNX Runtime sessions with one intra-op thread: on two shared cores
 * the default thread pool spins against the caller and doubles the tail latency of a
 * single query (measured p99 6.7 ms against 4.3 ms), and concurrent shoppers are better
 * served one core each. Bulk embedding runs texts in parallel instead.
 */
public final class InProcessEmbedder implements TextEmbedder {

	private static final ExecutorService BULK = Executors.newFixedThreadPool(
			Math.max(1, Runtime.getRuntime().availableProcessors()),
			Thread.ofPlatform().daemon().name("embed-", 0).factory());

	private final Lazy chinese = new Lazy(
			() -> SingleThreaded.load(BgeSmallZhV15QuantizedEmbeddingModel.class, "bge-small-zh-v1.5-q", 512));

	private final Lazy english = new Lazy(
			() -> SingleThreaded.load(BgeSmallEnV15QuantizedEmbeddingModel.class, "bge-small-en-v1.5-q", 384));

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
	public String modelName(Language language) {
		return (language == Language.ZH) ? "bge-small-zh-v1.5-q" : "bge-small-en-v1.5-q";
	}

	private EmbeddingModel model(Language language) {
		return (language == Language.ZH) ? this.chinese.get() : this.english.get();
	}

	/** A bge model from its artifact, in a session with one intra-op thread. */
	private static final class SingleThreaded extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		private final int dimension;

		private SingleThreaded(OnnxBertBiEncoder encoder, int dimension) {
			super(BULK);
			this.encoder = encoder;
			this.dimension = dimension;
		}

		static EmbeddingModel load(Class<?> artifact, String name, int dimension) {
			try (InputStream model = resource(artifact, name + ".onnx");
					InputStream tokenizer = resource(artifact, name + "-tokenizer.json")) {
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession.SessionOptions options = new OrtSession.SessionOptions();
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				// bge models are pooled on the CLS token, as LangChain4j's own classes
				// do.
				return new SingleThreaded(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS),
						dimension);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the " + name + " model from its artifact", ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("ONNX Runtime could not load " + name, ex);
			}
		}

		private static InputStream resource(Class<?> artifact, String file) throws IOException {
			InputStream stream = artifact.getResourceAsStream("/" + file);
			if (stream == null) {
				throw new IOException(file + " is not in the model's artifact");
			}
			return stream;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

		@Override
		protected Integer knownDimension() {
			return this.dimension;
		}

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
