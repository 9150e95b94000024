package dev.kefu.bot.dialogue;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.VariantLabel;

/**
 * How items and variants are named to shoppers: by their title and the variant's label
 * from the shop's systems ("法式碎花连衣裙 蓝色 M", "尺码 27 · 靛蓝"), never by an order-line
 * reference or a SKU.
 */
final class ItemNames {

	private ItemNames() {
	}

	/**
	 * An order line's name.
	 * @param line the line
	 * @param language the shopper's language and script
	 * @return the title, with the variant's label when the shop's system gives one
	 */
	static String of(OrderLine line, QueryText language) {
		String title = title(line.title(), language);
		return (line.variant() != null) ? title + " · " + label(line.variant(), language) : title;
	}

	/**
	 * An item's title from the shop's systems in the shopper's script: the systems give
	 * Simplified, a Taiwan or Hong Kong shopper reads Traditional on a button too.
	 * @param title the title
	 * @param language the shopper's language and script
	 * @return the title
	 */
	static String title(String title, QueryText language) {
		return language.inShopperScript(title);
	}

	/**
	 * A variant's name among the variants offered.
	 * @param variant the variant
	 * @param position its position among those offered, from 1 (names it when the
	 * inventory gives no label)
	 * @param language the shopper's language and script
	 * @return the name
	 */
	static String of(Inventory.Variant variant, int position, QueryText language) {
		return (variant.label() != null) ? label(variant.label(), language)
				: Voice.say(language, "item.option", position);
	}

	static String label(VariantLabel label, QueryText language) {
		return Voice.either(language, label.zh(), label.en());
	}

}
