package dev.kefu.bot;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Kefu's application: wires the knowledge base, the returns workflow and the integrations
 * into one Spring Boot service.
 */
@SpringBootApplication(scanBasePackages = "dev.kefu")
@ConfigurationPropertiesScan("dev.kefu")
public class KefuApplication {

	/**
	 * Starts the service, or with {@code eval ...} runs the quality evaluation and exits
	 * (no web server, no database: the eval builds its own throw-away index).
	 * @param args the command line
	 */
	public static void main(String[] args) {
		if (args.length > 0 && "eval".equals(args[0])) {
			System.exit(EvalCommand.run(List.of(args).subList(1, args.length)));
		}
		SpringApplication.run(KefuApplication.class, args);
	}

	/**
	 * The time every module reads, so that tests and simulations can move it.
	 * @return the system clock in UTC
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
