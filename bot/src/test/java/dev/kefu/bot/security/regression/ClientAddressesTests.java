package dev.kefu.bot.security.regression;

import java.time.Duration;
import java.util.List;

import dev.kefu.bot.staff.login.ClientAddresses;
import dev.kefu.bot.staff.login.LoginSettings;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's client address comes from {@code X-Forwarded-For} only when the peer is
 * a configured proxy: anyone can send the header, and a forged one must not move an
 * attacker's failures onto someone else's address.
 */
class ClientAddressesTests {

	private final ClientAddresses addresses = ClientAddresses.trusting(new LoginSettings(Duration.ofMinutes(15), 5,
			Duration.ofSeconds(1), 10, Duration.ofMinutes(15), 50, List.of("10.0.0.5", "10.0.0.6")));

	@Test
	void ignoresTheHeaderFromAPeerThatIsNoProxy() {
		assertThat(this.addresses.of(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
	}

	@Test
	void takesTheLastHopThatIsNoProxyFromAProxy() {
		assertThat(this.addresses.of(request("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.6"))).isEqualTo("203.0.113.9");
	}

	@Test
	void usesThePeerWithoutTheHeader() {
		assertThat(this.addresses.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

}
