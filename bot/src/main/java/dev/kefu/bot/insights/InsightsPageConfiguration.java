package dev.kefu.bot.insights;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The insights page at {@code /ops/insights}, a static page behind the ops login.
 */
@Configuration(proxyBeanMethods = false)
class InsightsPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/ops/insights").setViewName("forward:/ops/insights.html");
	}

}
