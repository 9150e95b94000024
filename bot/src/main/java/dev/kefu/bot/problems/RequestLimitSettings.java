package dev.kefu.bot.problems;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on incoming requests.
 *
 * @param maxBodySize the largest request body accepted, except multipart uploads, which
 * {@code spring.servlet.multipart.*} bounds
 */
@ConfigurationProperties("kefu.web.limits")
public record RequestLimitSettings(@DefaultValue("64KB") DataSize maxBodySize) {
}
