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
	void leavesTheShoppersOwnWordsAsWritten() {
		assertThat(QueryText.of("木有收到货").normalized()).isEqualTo("木有收到货");
		assertThat(QueryText.of("偶尔会掉色吗").searchable()).isEqualTo("偶尔会掉色吗");
	}

}
