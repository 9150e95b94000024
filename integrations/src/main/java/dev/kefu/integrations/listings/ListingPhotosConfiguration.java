package dev.kefu.integrations.listings;

import java.net.InetAddress;
import java.net.URI;

import dev.kefu.integrations.http.HttpIntegrationSettings;
import dev.kefu.integrations.http.UpstreamSettings;
import dev.kefu.returns.evidence.ListingPhotos;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads listing photos over HTTP when the orders adapter is http: the order system's base
 * URL is the one host trusted by default.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.orders.adapter", havingValue = "http")
@EnableConfigurationProperties(ListingPhotoSettings.class)
public class ListingPhotosConfiguration {

	@Bean
	ListingPhotos httpListingPhotos(ListingPhotoSettings settings, HttpIntegrationSettings http) {
		UpstreamSettings orders = http.upstreams().get("orders");
		URI configured = (orders != null) ? orders.baseUrl() : null;
		return new HttpListingPhotos(settings,
				new ListingPhotoAddresses(configured, settings.allowedHosts(), InetAddress::getAllByName));
	}

}
