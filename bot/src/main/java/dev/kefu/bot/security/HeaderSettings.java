package dev.kefu.bot.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Response headers that depend on where Kefu is deployed.
 *
 * @param widgetFrameAncestors origins allowed to embed the chat widget in a frame (the
 * shops' apps and sites, e.g. {@code https://shop.example.com}); staff pages are never
 * framed
 */
@ConfigurationProperties("kefu.web.headers")
public record HeaderSettings(@DefaultValue List<String> widgetFrameAncestors) {

	public HeaderSettings {
		widgetFrameAncestors = List.copyOf(widgetFrameAncestors);
		for (String origin : widgetFrameAncestors) {
			if (!origin.matches("(https?://[A-Za-z0-9.*-]+(:[0-9]{1,5})?|'self')")) {
				throw new IllegalArgumentException("kefu.web.headers.widget-frame-ancestors: '" + origin
						+ "' is not an origin like https://shop.example.com");
			}
		}
	}

}
