package dev.kefu.integrations.http;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop systems reached over HTTP, by name: {@code orders}, {@code logistics},
 * {@code payments}, {@code inventory}.
 *
 * @param upstreams each system's settings
 */
@ConfigurationProperties("kefu.integrations.http")
public record HttpIntegrationSettings(@DefaultValue Map<String, UpstreamSettings> upstreams) {

	/**
	 * One system's settings.
	 * @param name the system
	 * @return its settings
	 * @throws IllegalStateException if it has no base URL configured
	 */
	public UpstreamSettings upstream(String name) {
		UpstreamSettings settings = this.upstreams.get(name);
		if (settings == null || settings.baseUrl() == null) {
			throw new IllegalStateException("kefu.integrations.http.upstreams." + name
					+ ".base-url is required when the " + name + " adapter is http");
		}
		return settings;
	}

}
