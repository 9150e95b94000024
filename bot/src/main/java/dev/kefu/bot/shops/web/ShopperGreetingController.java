package dev.kefu.bot.shops.web;

import java.util.List;

import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the widget shows when a conversation opens: the shop's greeting and quick starts
 * (its settings, or defaults when it has none), in the widget's language. Nothing is
 * stored: a quick start tapped is sent as the shopper's own words.
 */
@RestController
@RequestMapping("/api/shopper/greeting")
class ShopperGreetingController {

	private static final Texts DEFAULT_GREETING = new Texts("您好，我是在线客服，有什么可以帮您？", "您好，我是線上客服，有什麼可以幫您？",
			"Hello! How can I help you today?");

	/** The default quick starts: what most shoppers come for. */
	private static final List<ShopSettings.QuickStart> QUICK_STARTS = List.of(
			new ShopSettings.QuickStart(new Texts("查订单", "查訂單", "Where's my order?"),
					new Texts("我的快递到哪了", "我的快遞到哪了", "Where is my order?")),
			new ShopSettings.QuickStart(new Texts("退货", "退貨", "Return an item"),
					new Texts("我要退货", "我要退貨", "I want to return something")),
			new ShopSettings.QuickStart(new Texts("换货", "換貨", "Exchange an item"),
					new Texts("我要换货", "我要換貨", "I want to exchange it")),
			new ShopSettings.QuickStart(new Texts("转人工", "轉人工", "Talk to a person"), new Texts("转人工", "轉人工", "agent")));

	private final Shops shops;

	ShopperGreetingController(Shops shops) {
		this.shops = shops;
	}

	@GetMapping
	Greeting greeting(@AuthenticationPrincipal ShopperRef shopper,
			@RequestParam(defaultValue = "zh-Hans") String language) {
		String tag = switch (language) {
			case "zh-Hant", "en" -> language;
			default -> "zh-Hans";
		};
		ShopSettings settings = this.shops.of(shopper.shopId());
		String own = settings.greeting().in(tag);
		List<ShopSettings.QuickStart> starts = settings.quickStarts().isEmpty() ? QUICK_STARTS : settings.quickStarts();
		return new Greeting(own.isBlank() ? DEFAULT_GREETING.in(tag) : own,
				starts.stream().map((q) -> new Greeting.Start(in(q.label(), tag), in(q.text(), tag))).toList());
	}

	/** A shop that wrote only one language still gets a button in the others. */
	private static String in(Texts texts, String tag) {
		String text = texts.in(tag);
		if (text.isBlank()) {
			text = texts.in("zh-Hans");
		}
		return text.isBlank() ? texts.in("en") : text;
	}

	/**
	 * The greeting.
	 *
	 * @param text what the bot says first
	 * @param quickStarts buttons to start with
	 */
	record Greeting(String text, List<Start> quickStarts) {

		/**
		 * A quick start.
		 *
		 * @param label what the button says
		 * @param text what tapping it sends, as the shopper's own words
		 */
		record Start(String label, String text) {
		}

	}

}
