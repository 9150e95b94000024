package dev.kefu.bot.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives each demo shop its settings ({@code demo/shops/<id>.json}) when it has none, so
 * that a newcomer sees two shops that decided differently.
 */
@Component
@Order(-2)
@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
class DemoShopsInitializer implements ApplicationRunner {

	private final DemoSettings settings;

	private final Shops shops;

	DemoShopsInitializer(DemoSettings settings, Shops shops) {
		this.settings = settings;
		this.shops = shops;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoSettings.DemoShop shop : this.settings.shops()) {
			ClassPathResource file = new ClassPathResource("demo/shops/" + shop.id() + ".json");
			if (!this.shops.exists(shop.id()) && file.exists()) {
				this.shops.create(shop.id(), read(file), "demo");
			}
		}
	}

	private ShopSettings read(ClassPathResource file) {
		try (InputStream in = file.getInputStream()) {
			return this.shops.readSettings(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Demo shop settings " + file.getPath() + " are not readable", ex);
		}
	}

}
