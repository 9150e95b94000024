package dev.kefu.integrations.listings;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which listing-photo URLs Kefu may read: https on a host the shop allows (by default
 * only its order system's), that resolves to public addresses only. The order system's
 * own host is the one exception for plain http and private addresses, because the shop
 * configured it itself (a system inside its network, or WireMock and the demo on
 * localhost); a URL the order system merely names is not trusted that far.
 */
final class ListingPhotoAddresses {

	/** Resolves a host name to its addresses (the system resolver, or a test's). */
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private final String configuredHost;

	private final int configuredPort;

	private final List<String> allowedHosts;

	private final Resolver resolver;

	/**
	 * The guards for one order system.
	 * @param configured the order system's base URL, or {@code null}
	 * @param allowedHosts the hosts the shop allows; empty for the order system's only
	 * @param resolver how host names are resolved
	 */
	ListingPhotoAddresses(URI configured, List<String> allowedHosts, Resolver resolver) {
		this.configuredHost = (configured != null && configured.getHost() != null) ? lower(configured.getHost()) : null;
		this.configuredPort = (configured != null) ? port(configured) : -1;
		this.allowedHosts = allowedHosts.stream().map(ListingPhotoAddresses::lower).toList();
		this.resolver = resolver;
	}

	/**
	 * Why a URL may not be read, or empty when it may.
	 * @param url the URL
	 * @return the refusal, or empty
	 */
	Optional<String> refusal(URI url) {
		if (url == null || url.getHost() == null || !url.isAbsolute()) {
			return Optional.of("not an absolute URL with a host");
		}
		if (url.getRawUserInfo() != null) {
			return Optional.of("URL carries user info");
		}
		String scheme = lower(url.getScheme());
		String host = lower(url.getHost());
		boolean configured = isConfigured(url);
		if (!"https".equals(scheme) && !("http".equals(scheme) && configured)) {
			return Optional.of("only https (plain http only for the order system's own address)");
		}
		if (!allowed(host)) {
			return Optional.of("host " + host + " is not allowed for listing photos");
		}
		if (configured) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(bare(host));
		}
		catch (UnknownHostException ex) {
			return Optional.of("host " + host + " does not resolve");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of("host " + host + " resolves to a non-public address " + address.getHostAddress());
			}
		}
		return (addresses.length == 0) ? Optional.of("host " + host + " has no address") : Optional.empty();
	}

	/**
	 * Whether a redirect may be followed: to the same host and port only, and itself
	 * allowed.
	 * @param from where the redirect came from
	 * @param to where it points
	 * @return the refusal, or empty
	 */
	Optional<String> redirectRefusal(URI from, URI to) {
		if (to.getHost() == null || !lower(to.getHost()).equals(lower(from.getHost())) || port(to) != port(from)) {
			return Optional.of("redirect to another host");
		}
		return refusal(to);
	}

	private boolean isConfigured(URI url) {
		return this.configuredHost != null && this.configuredHost.equals(lower(url.getHost()))
				&& this.configuredPort == port(url);
	}

	private boolean allowed(String host) {
		if (this.allowedHosts.isEmpty()) {
			return host.equals(this.configuredHost);
		}
		for (String allowed : this.allowedHosts) {
			if (allowed.startsWith(".") ? host.endsWith(allowed) : host.equals(allowed)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an address is on the public internet: not loopback, private (RFC 1918, IPv6
	 * unique local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
	 * multicast or unspecified, and no IPv4 address hidden in IPv6.
	 * @param address the address
	 * @return {@code true} when public
	 */
	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			// fc00::/7 unique local; ::ffff:0:0/96 and ::/96 carry IPv4 addresses.
			if ((first & 0xfe) == 0xfc) {
				return false;
			}
			boolean zeroPrefix = true;
			for (int i = 0; i < 10; i++) {
				zeroPrefix &= b[i] == 0;
			}
			if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
			// 2002::/16 6to4 and 64:ff9b::/96 NAT64 wrap IPv4 too; refused rather than
			// unwrapped.
			return !((first == 0x20 && (b[1] & 0xff) == 0x02) || (first == 0x00 && (b[1] & 0xff) == 0x64));
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		// 0/8, 100.64/10 (carrier-grade NAT), 192.0.0/24, 198.18/15 (benchmarks), 240/4.
		return !(first == 0 || (first == 100 && second >= 64 && second < 128)
				|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
				|| first >= 240);
	}

	private static int port(URI url) {
		if (url.getPort() != -1) {
			return url.getPort();
		}
		return "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
	}

	private static String bare(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static String lower(String s) {
		return (s != null) ? s.toLowerCase(Locale.ROOT) : null;
	}

}
