package dev.kefu.bot.anger.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * Embeds many texts at once (per language, in bulk) and then answers single embeddings
 * from what it computed, so that the eval and the training run the detector's own code
 * path over thousands of texts in reasonable time. With a cache folder, vectors are kept
 * on disk between runs (per embedding model), which matters when iterating over the
 * public datasets.
 */
final class BulkEmbeddings implements TextEmbedder {

	private final TextEmbedder delegate;

	private final Path cacheFolder;

	private final Map<Language, Map<String, float[]>> vectors = new EnumMap<>(Language.class);

	BulkEmbeddings(TextEmbedder delegate, Path cacheFolder) {
		this.delegate = delegate;
		this.cacheFolder = cacheFolder;
		for (Language language : Language.values()) {
			this.vectors.put(language, new HashMap<>());
		}
	}

	/**
	 * Embeds the texts not embedded yet.
	 * @param texts shoppers' texts as written
	 * @return this
	 */
	BulkEmbeddings embed(Collection<String> texts) {
		for (Language language : Language.values()) {
			Map<String, float[]> known = this.vectors.get(language);
			if (known.isEmpty() && this.cacheFolder != null) {
				known.putAll(load(language));
			}
			Set<String> missing = new LinkedHashSet<>();
			for (String text : texts) {
				QueryText query = QueryText.of(text);
				if (query.language() == language && !query.isBlank() && !known.containsKey(query.normalized())) {
					missing.add(query.normalized());
				}
			}
			if (missing.isEmpty()) {
				continue;
			}
			List<String> list = new ArrayList<>(missing);
			List<float[]> embedded = this.delegate.embedAll(language, list);
			Map<String, float[]> fresh = new HashMap<>();
			for (int i = 0; i < list.size(); i++) {
				fresh.put(list.get(i), embedded.get(i));
			}
			known.putAll(fresh);
			if (this.cacheFolder != null) {
				store(language, fresh);
			}
		}
		return this;
	}

	@Override
	public float[] embed(Language language, String normalizedText) {
		float[] known = this.vectors.get(language).get(normalizedText);
		return (known != null) ? known : this.delegate.embed(language, normalizedText);
	}

	@Override
	public List<float[]> embedAll(Language language, List<String> normalizedTexts) {
		return normalizedTexts.stream().map((text) -> embed(language, text)).toList();
	}

	@Override
	public String modelName(Language language) {
		return this.delegate.modelName(language);
	}

	private Path file(Language language) {
		return this.cacheFolder.resolve(this.delegate.modelName(language) + ".vectors");
	}

	private Map<String, float[]> load(Language language) {
		Map<String, float[]> loaded = new HashMap<>();
		Path file = file(language);
		if (!Files.exists(file)) {
			return loaded;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			while (true) {
				String text;
				try {
					text = in.readUTF();
				}
				catch (EOFException ex) {
					return loaded;
				}
				float[] vector = new float[in.readInt()];
				for (int i = 0; i < vector.length; i++) {
					vector[i] = in.readFloat();
				}
				loaded.put(text, vector);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private void store(Language language, Map<String, float[]> fresh) {
		Path file = file(language);
		try {
			Files.createDirectories(this.cacheFolder);
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
					Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
				for (Map.Entry<String, float[]> entry : fresh.entrySet()) {
					out.writeUTF(entry.getKey());
					out.writeInt(entry.getValue().length);
					for (float value : entry.getValue()) {
						out.writeFloat(value);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

}
