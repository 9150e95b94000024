package dev.kefu.bot.shops.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.bot.shops.ShopSentences;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.bot.words.BotWords;
import dev.kefu.bot.words.Tongue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bot's sentences for a shop's ops: every key with the bundles' words, the shop's own
 * wording, and a preview of a sentence before it is saved (saving is the settings' own
 * save, so that history and diffs cover the sentences too).
 */
@RestController
@RequestMapping("/api/ops/shops/{shopId}/sentences")
class ShopSentencesController {

	private final Shops shops;

	ShopSentencesController(Shops shops) {
		this.shops = shops;
	}

	@GetMapping
	List<Sentence> sentences(Authentication authentication, @PathVariable String shopId) {
		requireOps(authentication, shopId);
		Map<String, Texts> own = this.shops.of(shopId).sentences();
		BotWords words = BotWords.bundled();
		return words.keys().stream().map((key) -> {
			Map<String, String> defaults = new TreeMap<>();
			words.defaults(key).forEach((tongue, pattern) -> defaults.put(tongue.tag(), BotWords.asShopText(pattern)));
			return new Sentence(key, BotWords.fixed(key), List.copyOf(words.parameters(key)), defaults, own.get(key));
		}).toList();
	}

	@PostMapping("/preview")
	Preview preview(Authentication authentication, @PathVariable String shopId,
			@Valid @RequestBody PreviewRequest request) {
		requireOps(authentication, shopId);
		// Without a wording to try, the shop's saved one (or the bundle's).
		Texts own = (request.own() != null) ? request.own() : this.shops.of(shopId).sentences().get(request.key());
		return new Preview(
				ShopSentences.preview(request.key(), Tongue.ofTag(request.language()), own, request.parts()));
	}

	private void requireOps(Authentication authentication, String shopId) {
		StaffUser user = StaffUser.of(authentication);
		if (!user.scope(StaffRole.OPS, StaffRole.ADMIN).contains(shopId) || !this.shops.exists(shopId)) {
			throw new ShopNotFound(shopId);
		}
	}

	/**
	 * One of the bot's sentences.
	 *
	 * @param key its key
	 * @param fixed whether shops keep the bundle's words (legal wording, formats, what a
	 * button sends)
	 * @param parameters the parts it takes ({@code {0}}, {@code {1}})
	 * @param defaults the bundles' words by language ({@code zh-Hans}, {@code zh-Hant},
	 * {@code en}), as a shop writes them (apostrophes single, parts as {@code {0}})
	 * @param own the shop's own wording, or {@code null}
	 */
	record Sentence(String key, boolean fixed, List<Integer> parameters, Map<String, String> defaults, Texts own) {
	}

	/**
	 * A sentence to preview.
	 *
	 * @param key its key
	 * @param language {@code zh-Hans}, {@code zh-Hant} or {@code en}
	 * @param own the wording to try, or {@code null} for the shop's saved one
	 * @param parts sample parts, in order
	 */
	record PreviewRequest(@NotBlank @Size(max = 100) String key,
			@NotBlank @Pattern(regexp = "zh-Hans|zh-Hant|en",
					message = "must be zh-Hans, zh-Hant or en") String language,
			Texts own, @Size(max = 10) List<@Size(max = 200) String> parts) {
	}

	/**
	 * A previewed sentence.
	 *
	 * @param text the sentence as the bot would say it
	 */
	record Preview(String text) {
	}

}
