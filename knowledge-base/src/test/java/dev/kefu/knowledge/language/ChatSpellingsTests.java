package dev.kefu.knowledge.language;

import dev.kefu.knowledge.search.QueryText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatSpellingsTests {

	@Test
	void searchesInternetSpellingsInTheWordsTheEntriesAreWrittenIn() {
		assertThat(QueryText.of("木有收到货肿么办").searchable()).isEqualTo("没有收到货怎么办");
		assertThat(QueryText.of("這是神馬情況").searchable()).isEqualTo("这是什么情况");
	}

	@Test
	void readsAShippingTypoOnlyWhereTheWordsAroundItAskWhenGoodsShip() {
		assertThat(QueryText.of("什么时候发火呀").searchable()).isEqualTo("什么时候发货呀");
		assertThat(QueryText.of("亲多久发或呀").searchable()).isEqualTo("亲多久发货呀");
		assertThat(QueryText.of("再不回我要发火了").searchable()).isEqualTo("再不回我要发火了");
		assertThat(QueryText.of("发顺丰或者京东").searchable()).isEqualTo("发顺丰或者京东");
	}

	@Test
	void leavesTheShoppersOwnWordsAsWritten() {
		assertThat(QueryText.of("木有收到货").normalized()).isEqualTo("木有收到货");
		assertThat(QueryText.of("偶尔会掉色吗").searchable()).isEqualTo("偶尔会掉色吗");
	}

}
