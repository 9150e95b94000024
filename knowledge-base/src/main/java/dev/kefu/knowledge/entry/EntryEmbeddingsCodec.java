package dev.kefu.knowledge.entry;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Vectors as stored in {@code bytea} columns: float32, little-endian, one after the
 * other.
 */
public final class EntryEmbeddingsCodec {

	private EntryEmbeddingsCodec() {
	}

	public static byte[] encode(List<float[]> vectors) {
		int floats = vectors.stream().mapToInt((vector) -> vector.length).sum();
		ByteBuffer buffer = ByteBuffer.allocate(floats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float[] vector : vectors) {
			for (float value : vector) {
				buffer.putFloat(value);
			}
		}
		return buffer.array();
	}

	public static List<float[]> decode(byte[] bytes, int count) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int dimension = bytes.length / Float.BYTES / count;
		List<float[]> vectors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			float[] vector = new float[dimension];
			for (int d = 0; d < dimension; d++) {
				vector[d] = buffer.getFloat();
			}
			vectors.add(vector);
		}
		return vectors;
	}

}
