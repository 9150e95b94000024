package dev.kefu.integrations.listings;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address checks before a listing photo is asked for, with a resolver whose answers
 * the test chooses (so a name that resolves to a private address is tested without DNS).
 */
class ListingPhotoAddressesTests {

	private static final URI ORDERS = URI.create("https://api.shop.example/v1");

	private final Map<String, String> dns = Map.of("api.shop.example", "203.0.113.10", "img.shop.example",
			"198.51.100.7", "cdn.shop.example", "10.0.0.5", "meta.shop.example", "169.254.169.254", "v6.shop.example",
			"::ffff:127.0.0.1", "local6.shop.example", "fd00::1");

	private final ListingPhotoAddresses.Resolver resolver = (host) -> {
		String address = this.dns.get(host);
		if (address == null && host.matches("[0-9.:a-f]+")) {
			// An address literal, which the system resolver answers without DNS.
			address = host;
		}
		if (address == null) {
			throw new UnknownHostException(host);
		}
		return new InetAddress[] { InetAddress.getByName(address) };
	};

	private ListingPhotoAddresses allowing(String... hosts) {
		return new ListingPhotoAddresses(ORDERS, List.of(hosts), this.resolver);
	}

	@Test
	void allowsOnlyTheOrderSystemsOwnHostByDefault() {
		ListingPhotoAddresses addresses = allowing();
		assertThat(addresses.refusal(URI.create("https://api.shop.example/images/1.jpg"))).isEmpty();
		assertThat(addresses.refusal(URI.create("https://img.shop.example/1.jpg")))
			.get(InstanceOfAssertFactories.STRING)
			.contains("not allowed");
		assertThat(addresses.refusal(URI.create("https://evil.example/1.jpg"))).isPresent();
	}

	@Test
	void allowsTheShopsHostsAndSubdomainsOnTheList() {
		ListingPhotoAddresses addresses = allowing("img.shop.example", ".cdn.example");
		assertThat(addresses.refusal(URI.create("https://img.shop.example/1.jpg"))).isEmpty();
		assertThat(addresses.refusal(URI.create("https://api.shop.example/1.jpg"))).isPresent();
		assertThat(addresses.refusal(URI.create("https://evil-cdn.example/1.jpg"))).isPresent();
	}

	@Test
	void refusesPlainHttpExceptForTheOrderSystemsOwnAddress() {
		assertThat(allowing("img.shop.example").refusal(URI.create("http://img.shop.example/1.jpg")))
			.get(InstanceOfAssertFactories.STRING)
			.contains("https");
		ListingPhotoAddresses local = new ListingPhotoAddresses(URI.create("http://localhost:8089"), List.of(),
				this.resolver);
		assertThat(local.refusal(URI.create("http://localhost:8089/images/1.jpg"))).isEmpty();
		assertThat(local.refusal(URI.create("http://localhost:9000/images/1.jpg"))).isPresent();
		assertThat(local.refusal(URI.create("ftp://localhost:8089/1.jpg"))).isPresent();
		assertThat(local.refusal(URI.create("file:///etc/passwd"))).isPresent();
	}

	@Test
	void refusesHostsThatResolveToPrivateLoopbackOrLinkLocalAddresses() {
		ListingPhotoAddresses addresses = allowing("cdn.shop.example", "meta.shop.example", "v6.shop.example",
				"local6.shop.example", "gone.shop.example", "127.0.0.1", "[::1]");
		assertThat(addresses.refusal(URI.create("https://cdn.shop.example/1.jpg")))
			.get(InstanceOfAssertFactories.STRING)
			.contains("non-public");
		assertThat(addresses.refusal(URI.create("https://meta.shop.example/latest/meta-data"))).isPresent();
		assertThat(addresses.refusal(URI.create("https://v6.shop.example/1.jpg"))).isPresent();
		assertThat(addresses.refusal(URI.create("https://local6.shop.example/1.jpg"))).isPresent();
		assertThat(addresses.refusal(URI.create("https://gone.shop.example/1.jpg")))
			.get(InstanceOfAssertFactories.STRING)
			.contains("does not resolve");
		assertThat(addresses.refusal(URI.create("https://127.0.0.1/1.jpg"))).get(InstanceOfAssertFactories.STRING)
			.contains("non-public");
		assertThat(addresses.refusal(URI.create("https://[::1]/1.jpg"))).get(InstanceOfAssertFactories.STRING)
			.contains("non-public");
	}

	@Test
	void refusesUserInfoAndRelativeUrls() {
		ListingPhotoAddresses addresses = allowing();
		assertThat(addresses.refusal(URI.create("https://user:pw@api.shop.example/1.jpg"))).isPresent();
		assertThat(addresses.refusal(URI.create("/images/1.jpg"))).isPresent();
	}

	@Test
	void followsARedirectOnlyOnTheSameHostAndPort() {
		ListingPhotoAddresses addresses = allowing("img.shop.example", "api.shop.example");
		URI from = URI.create("https://img.shop.example/1.jpg");
		assertThat(addresses.redirectRefusal(from, URI.create("https://img.shop.example/2.jpg"))).isEmpty();
		assertThat(addresses.redirectRefusal(from, URI.create("https://api.shop.example/2.jpg")))
			.get(InstanceOfAssertFactories.STRING)
			.contains("another host");
		assertThat(addresses.redirectRefusal(from, URI.create("https://img.shop.example:8443/2.jpg"))).isPresent();
		assertThat(addresses.redirectRefusal(from, URI.create("http://img.shop.example/2.jpg"))).isPresent();
	}

	@Test
	void tellsPublicAddressesFromTheOthers() throws Exception {
		for (String address : List.of("203.0.113.10", "8.8.8.8", "2001:4860:4860::8888")) {
			assertThat(ListingPhotoAddresses.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
		for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
				"100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12::1",
				"::ffff:10.0.0.1", "2002:a00:1::1", "64:ff9b::a00:1")) {
			assertThat(ListingPhotoAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

}
