package dev.kefu.bot.shops.web;

import java.util.List;

import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import dev.kefu.bot.words.ShopWording;
import dev.kefu.bot.words.Tongue;
import dev.kefu.bot.words.Voice;
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

	/** The default quick starts, by their words' keys: what most shoppers come for. */
	private static final List<String> QUICK_STARTS = List.of("quick-order", "quick-return", "quick-exchange", "person");

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
		Tongue tongue = Tongue.ofTag(tag);
		ShopWording wording = this.shops.wordingOf(shopper.shopId());
		List<Greeting.Start> starts = settings.quickStarts().isEmpty()
				? QUICK_STARTS.stream()
					.map((key) -> new Greeting.Start(Voice.say(wording, tongue, "button." + key),
							Voice.say(wording, tongue, "value." + key)))
					.toList()
				: settings.quickStarts()
					.stream()
					.map((q) -> new Greeting.Start(in(q.label(), tag), in(q.text(), tag)))
					.toList();
		return new Greeting(own.isBlank() ? Voice.say(wording, tongue, "widget.greeting") : own, starts);
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
