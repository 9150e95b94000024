package dev.kefu.bot.escalation.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The agent console at {@code /console}, a static page behind the staff login.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/console").setViewName("forward:/console/console.html");
	}

}
