package dev.kefu.bot.staff.login;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The address a request comes from. Behind a proxy every request comes from the proxy, so
 * its {@code X-Forwarded-For} names the client, but anyone can send that header: it is
 * believed only when the peer is one of the configured proxies, and then its last entry
 * that is not itself a proxy is the client.
 */
@Component
public class ClientAddresses {

	private final Set<String> trustedProxies;

	ClientAddresses(LoginSettings settings) {
		this.trustedProxies = Set.copyOf(settings.trustedProxies());
	}

	/**
	 * The addresses as a node with these settings reads them.
	 * @param settings the login settings (their trusted proxies)
	 * @return the reader
	 */
	public static ClientAddresses trusting(LoginSettings settings) {
		return new ClientAddresses(settings);
	}

	/**
	 * The client's address.
	 * @param request the request
	 * @return the address
	 */
	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || !this.trustedProxies.contains(peer)) {
			return peer;
		}
		List<String> hops = List.of(forwarded.split(","));
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i).strip();
			if (!hop.isEmpty() && !this.trustedProxies.contains(hop)) {
				return (hop.length() <= 45) ? hop : peer;
			}
		}
		return peer;
	}

}
