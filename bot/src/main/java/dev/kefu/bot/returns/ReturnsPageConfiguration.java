package dev.kefu.bot.returns;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The returns ops page, a static page over the ops and agent returns API.
 */
@Configuration(proxyBeanMethods = false)
class ReturnsPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/ops/returns").setViewName("forward:/ops/returns.html");
	}

}
