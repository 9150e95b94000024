package dev.kefu.bot.knowledge;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The knowledge base's ops page, a static page over the ops API.
 */
@Configuration(proxyBeanMethods = false)
class OpsPagesConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/ops/kb").setViewName("forward:/ops/kb.html");
	}

}
