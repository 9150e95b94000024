package dev.kefu.bot.orders;

import java.util.List;

import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shopper lists and reads their own orders. Ownership is checked here, whatever the
 * order system returned: another shopper's order answers 404, like a missing one.
 */
@RestController
@RequestMapping("/api/shopper/orders")
class ShopperOrdersController {

	private static final int RECENT_LIMIT = 20;

	private final ShopOrders orders;

	ShopperOrdersController(ShopOrders orders) {
		this.orders = orders;
	}

	@GetMapping
	List<OrderView> recent(@AuthenticationPrincipal ShopperRef shopper) {
		return this.orders.recentOrders(shopper, RECENT_LIMIT).stream().map(OrderView::of).toList();
	}

	@GetMapping("/{orderId}")
	OrderView one(@AuthenticationPrincipal ShopperRef shopper,
			@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "is not an order number") String orderId) {
		return this.orders.findOrder(shopper.shopId(), orderId)
			.filter((order) -> order.belongsTo(shopper))
			.map(OrderView::of)
			.orElseThrow(() -> new OrderNotFound(orderId));
	}

	@ExceptionHandler(OrderNotFound.class)
	ProblemDetail notFound(OrderNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	static class OrderNotFound extends RuntimeException {

		OrderNotFound(String orderId) {
			super("You have no order " + orderId + ".");
		}

	}

}
