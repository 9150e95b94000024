package dev.kefu.bot.escalation;

import java.util.Optional;

import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What a brief names besides the conversation: an entry's question (not its id) and an
 * item's title (not its order line or SKU). Either may be missing; a brief is written
 * without it rather than not at all.
 */
@Component
class BriefFacts {

	private static final Logger logger = LoggerFactory.getLogger(BriefFacts.class);

	private final KnowledgeEntries entries;

	private final ShopOrders orders;

	BriefFacts(KnowledgeEntries entries, ShopOrders orders) {
		this.entries = entries;
		this.orders = orders;
	}

	/**
	 * The question of one of the shop's entries.
	 * @param shopId the shop whose knowledge base it is in
	 * @param entryId the entry
	 * @return its question, or empty when the shop has no such entry
	 */
	Optional<String> entryQuestion(String shopId, String entryId) {
		return this.entries.find(shopId, entryId).map((entry) -> entry.latest().content().question());
	}

	/**
	 * The title of an item of the shopper's order.
	 * @param shopper whose order it must be
	 * @param orderId the order
	 * @param line its line, or 0 for the order's only or first line
	 * @return the title, or empty when the order is not the shopper's or the shop's
	 * system did not answer
	 */
	Optional<String> item(ShopperRef shopper, String orderId, int line) {
		try {
			return this.orders.findOrder(shopper.shopId(), orderId)
				.filter((order) -> order.belongsTo(shopper))
				.flatMap((
						order) -> order.lines().stream().filter((l) -> line == 0 || l.lineNumber() == line).findFirst())
				.map(OrderLine::title);
		}
		catch (RuntimeException ex) {
			// The order system being down must not keep anyone from a person.
			logger.warn("Could not read order {} of {} for a hand-off brief", orderId, shopper.shopId(), ex);
			return Optional.empty();
		}
	}

}
