package dev.kefu.integrations.listings;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Kefu reads the shop's listing photos.
 *
 * @param enabled whether they are read at all
 * @param allowedHosts the hosts they may be read from (exact names, or
 * {@code .example.com} for its subdomains); empty: only the order system's own host
 * @param maxBytes the largest photo read
 * @param connectTimeout longest wait for a connection
 * @param timeout longest wait for the whole photo, redirects included
 * @param maxRedirects redirects followed at most (each on the same host)
 */
@ConfigurationProperties("kefu.integrations.listing-photos")
public record ListingPhotoSettings(@DefaultValue("true") boolean enabled, @DefaultValue List<String> allowedHosts,
		@DefaultValue("5242880") int maxBytes, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("4s") Duration timeout, @DefaultValue("2") int maxRedirects) {

	public ListingPhotoSettings {
		allowedHosts = List.copyOf(allowedHosts);
		if (maxBytes < 1) {
			throw new IllegalArgumentException("kefu.integrations.listing-photos.max-bytes must be positive");
		}
	}

}
