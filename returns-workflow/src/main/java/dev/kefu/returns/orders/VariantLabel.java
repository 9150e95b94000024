package dev.kefu.returns.orders;

import java.util.Objects;

/**
 * How a variant (size, colour) is named to shoppers, in Chinese and English: "尺码 27 · 靛蓝"
 * / "Size 27 · Indigo". The shop's systems name it; Kefu never shows a SKU instead.
 *
 * @param zh the Chinese name (Simplified; converted for shoppers who write Traditional)
 * @param en the English name
 */
public record VariantLabel(String zh, String en) {

	public VariantLabel {
		Objects.requireNonNull(zh, "zh");
		Objects.requireNonNull(en, "en");
		if (zh.isBlank() || en.isBlank()) {
			throw new IllegalArgumentException("a variant label must not be blank");
		}
	}

	/**
	 * A label from what a shop system sent, when it sent one.
	 * @param zh the Chinese name, or {@code null}
	 * @param en the English name, or {@code null}
	 * @return the label, or {@code null} when neither is given (one given stands for
	 * both)
	 */
	public static VariantLabel ofNullable(String zh, String en) {
		boolean hasZh = zh != null && !zh.isBlank();
		boolean hasEn = en != null && !en.isBlank();
		if (!hasZh && !hasEn) {
			return null;
		}
		return new VariantLabel(hasZh ? zh : en, hasEn ? en : zh);
	}

}
