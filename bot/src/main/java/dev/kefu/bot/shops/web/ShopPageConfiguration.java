package dev.kefu.bot.shops.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The shop settings page, a static page over the shop settings API.
 */
@Configuration(proxyBeanMethods = false)
class ShopPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/ops/shop").setViewName("forward:/ops/shop.html");
	}

}
