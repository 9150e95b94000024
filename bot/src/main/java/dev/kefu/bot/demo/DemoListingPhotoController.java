package dev.kefu.bot.demo;

import java.net.URI;

import dev.kefu.returns.evidence.ListingPhotos;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Demo only: the listing photo of a line of one of the shopper's orders, as the shop's
 * product page would show it, so that a demo shopper can send it back as "evidence" and
 * see the case go to a person with the fact.
 */
@RestController
@RequestMapping("/api/demo/listing-photos")
@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
class DemoListingPhotoController {

	private final ShopOrders orders;

	private final ListingPhotos photos;

	DemoListingPhotoController(ShopOrders orders, ListingPhotos photos) {
		this.orders = orders;
		this.photos = photos;
	}

	@GetMapping("/{orderId}/{lineNumber}")
	ResponseEntity<byte[]> listingPhoto(@AuthenticationPrincipal ShopperRef shopper, @PathVariable String orderId,
			@PathVariable int lineNumber) {
		URI url = this.orders.findOrder(shopper.shopId(), orderId)
			.filter((o) -> o.belongsTo(shopper))
			.flatMap((o) -> o.lines().stream().filter((l) -> l.lineNumber() == lineNumber).findFirst())
			.map((l) -> l.listingImageUrl())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No listing photo for that line."));
		byte[] bytes = this.photos.fetch(shopper.shopId(), url)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No listing photo for that line."));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
