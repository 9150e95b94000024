package dev.kefu.knowledge.language;

import dev.kefu.knowledge.search.QueryText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CantoneseWordsTests {

	@Test
	void readsWrittenCantoneseAsTheMandarinTheEntriesAreWrittenIn() {
		assertThat(QueryText.of("俾人扣咗兩次錢 幾耐退返").searchable()).isEqualTo("给人扣了两次钱 多久退回");
		assertThat(QueryText.of("使唔使寄返").searchable()).isEqualTo("要不要寄回");
	}

	@Test
	void leavesMandarinWordsThatShareACharacterAlone() {
		assertThat(QueryText.of("仲裁结果出来了吗").searchable()).isEqualTo("仲裁结果出来了吗");
		assertThat(QueryText.of("這跟訂單有關係嗎").searchable()).isEqualTo("这跟订单有关系吗");
		assertThat(QueryText.of("能不能早点退款").searchable()).isEqualTo("能不能早点退款");
		assertThat(QueryText.of("去海边度假").searchable()).isEqualTo("去海边度假");
		assertThat(QueryText.of("晚上八點付款的").searchable()).isEqualTo("晚上八点付款的");
		assertThat(QueryText.of("9点付的").searchable()).isEqualTo("9点付的");
		assertThat(QueryText.of("唔該晒").searchable()).isEqualTo("谢谢");
	}

	@Test
	void leavesTheEntriesAndTheShoppersOwnWordsAsWritten() {
		assertThat(QueryText.normalize("几时出货", Language.ZH)).isEqualTo("几时出货");
		assertThat(QueryText.of("冇人理我").normalized()).isEqualTo("冇人理我");
	}

}
