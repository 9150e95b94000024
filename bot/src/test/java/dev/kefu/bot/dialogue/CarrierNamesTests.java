package dev.kefu.bot.dialogue;

import dev.kefu.knowledge.search.QueryText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierNamesTests {

	@Test
	void namesACarrierAsShoppersKnowItInTheirLanguageAndScript() {
		assertThat(CarrierNames.of("Kefu Local Express", QueryText.of("我要退货"))).isEqualTo("客服同城快递");
		assertThat(CarrierNames.of("Kefu Local Express", QueryText.of("我要退貨，請問怎麼辦"))).isEqualTo("客服同城快遞");
		assertThat(CarrierNames.of("顺丰速运", QueryText.of("where is my parcel"))).isEqualTo("SF Express");
		assertThat(CarrierNames.of(" SF ", QueryText.of("我的快递到哪了"))).isEqualTo("顺丰速运");
	}

	@Test
	void keepsTheNameOfACarrierItDoesNotKnow() {
		assertThat(CarrierNames.of("Acme Couriers", QueryText.of("我的快递到哪了"))).isEqualTo("Acme Couriers");
	}

}
