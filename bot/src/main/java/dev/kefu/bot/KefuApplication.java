package dev.kefu.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kefu's application: wires the knowledge base, the returns workflow and the integrations
 * into one Spring Boot service.
 */
@SpringBootApplication(scanBasePackages = "dev.kefu")
@ConfigurationPropertiesScan("dev.kefu")
public class KefuApplication {

	public static void main(String[] args) {
		SpringApplication.run(KefuApplication.class, args);
	}

}
