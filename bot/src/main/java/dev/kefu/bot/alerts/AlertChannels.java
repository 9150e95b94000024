package dev.kefu.bot.alerts;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends an alert everywhere it is configured to go: always the log, a webhook (JSON
 * POST), e-mail. A channel that fails is logged and does not stop the others.
 */
@Component
class AlertChannels {

	private static final Logger logger = LoggerFactory.getLogger(AlertChannels.class);

	private final AlertSettings settings;

	private final RestClient http;

	private final JavaMailSender mail;

	AlertChannels(AlertSettings settings, RestClient.Builder http, ObjectProvider<JavaMailSender> mail) {
		this.settings = settings;
		this.http = http.build();
		this.mail = mail.getIfAvailable();
	}

	void send(Alert alert) {
		logger.warn("Alert {} {}: {}", alert.key(), alert.status(), alert.detail());
		if (this.settings.webhookUrl() != null && !this.settings.webhookUrl().isBlank()) {
			try {
				this.http.post()
					.uri(this.settings.webhookUrl())
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("alert", alert.key(), "status", alert.status().name(), "detail", alert.detail(), "at",
							alert.at().toString(), "text", subject(alert) + ": " + alert.detail()))
					.retrieve()
					.toBodilessEntity();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not deliver alert {} to the webhook", alert.key(), ex);
			}
		}
		if (this.mail != null && !this.settings.emailTo().isEmpty()) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(this.settings.emailFrom());
				message.setTo(this.settings.emailTo().toArray(String[]::new));
				message.setSubject(subject(alert));
				message.setText(alert.detail() + "\n\nSeen at " + alert.at() + ".");
				this.mail.send(message);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not e-mail alert {}", alert.key(), ex);
			}
		}
	}

	private static String subject(Alert alert) {
		return "[Kefu] " + alert.status() + " " + alert.key();
	}

}
