package dev.kefu.bot.chat;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The shoppers' chat widget at {@code /chat}, a static page a shop app opens in a web
 * view with its shopper token in the URL fragment.
 */
@Configuration(proxyBeanMethods = false)
class ChatPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/chat").setViewName("forward:/chat.html");
	}

}
