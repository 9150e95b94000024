package dev.kefu.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.kefu.knowledge.language.Language;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryClassifierTests {

	@Test
	void learnsWhichEntryAQuestionBelongsToFromItsPhrasings() {
		Random random = new Random(3);
		List<IndexedEntry> entries = List.of(entry("north", new float[] { 1, 0, 0, 0 }, 15, random),
				entry("east", new float[] { 0, 1, 0, 0 }, 15, random),
				entry("up", new float[] { 0, 0, 1, 0 }, 15, random));
		EntryClassifier classifier = EntryClassifier.train(entries).orElseThrow();

		double[] p = classifier.probabilities(new float[] { 0.1f, 0.9f, 0.05f, 0.2f });
		int best = 0;
		for (int i = 1; i < p.length; i++) {
			best = (p[i] > p[best]) ? i : best;
		}
		assertThat(classifier.entryIds().get(best)).isEqualTo("east");
		assertThat(p[best]).isGreaterThan(0.8);
		assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, Offset.offset(1e-9));
	}

	@Test
	void isNotTrainedWhereEntriesHaveFewPhrasings() {
		Random random = new Random(3);
		List<IndexedEntry> faqStyle = List.of(entry("a", new float[] { 1, 0, 0, 0 }, 3, random),
				entry("b", new float[] { 0, 1, 0, 0 }, 3, random));
		assertThat(EntryClassifier.train(faqStyle)).isEmpty();
		assertThat(EntryClassifier.train(List.of(entry("only", new float[] { 1, 0, 0, 0 }, 20, random)))).isEmpty();
	}

	private static IndexedEntry entry(String id, float[] centre, int phrasings, Random random) {
		List<String> texts = new ArrayList<>();
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < phrasings; i++) {
			float[] v = new float[centre.length];
			for (int d = 0; d < v.length; d++) {
				v[d] = centre[d] + (float) (random.nextGaussian() * 0.15);
			}
			texts.add(id + " " + i);
			vectors.add(v);
		}
		return new IndexedEntry(id, Language.EN, texts, vectors, Set.of(), Set.of(), null, null, List.of());
	}

}
