package dev.kefu.bot.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntentRulesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			你好               | GREETING
			在嗎？             | GREETING
			亲在               | GREETING
			在嘛               | GREETING
			在不在呀           | GREETING
			亲亲 在吗~         | GREETING
			Hello!             | GREETING
			谢谢               | THANKS
			好的谢谢           | THANKS
			万分感谢🙏         | THANKS
			唔該晒             | THANKS
			thx                | THANKS
			thank you so much  | THANKS
			嗯                 | ACKNOWLEDGEMENT
			好的               | ACKNOWLEDGEMENT
			👌                 | ACKNOWLEDGEMENT
			👍🏻👍🏻               | ACKNOWLEDGEMENT
			是的               | ACKNOWLEDGEMENT
			好吧               | ACKNOWLEDGEMENT
			行                 | ACKNOWLEDGEMENT
			知道了             | ACKNOWLEDGEMENT
			ok                 | ACKNOWLEDGEMENT
			係呀               | ACKNOWLEDGEMENT
			拜拜               | GOODBYE
			好的 没问题了 拜拜 | GOODBYE
			那我等等           | WAITING
			稍等一下哈         | WAITING
			let me check with my husband first | WAITING
			付款了             | STATEMENT_PAID
			已付款             | STATEMENT_PAID
			我俾咗錢喇         | STATEMENT_PAID
			我拍了两件         | STATEMENT_ORDERED
			东西收到了         | STATEMENT_RECEIVED
			got it today       | STATEMENT_RECEIVED
			地址填错了         | STATEMENT_ADDRESS_WRONG
			電話寫錯了         | STATEMENT_ADDRESS_WRONG
			退货寄出了         | STATEMENT_RETURN_SENT
			转人工             | HUMAN
			我要找真人客服     | HUMAN
			can I talk to a person please | HUMAN
			人工客服几点上班   | FAQ
			我的快递到哪了     | ORDER_STATUS
			我的包裹到哪裡了   | ORDER_STATUS
			where is my parcel | ORDER_STATUS
			谢谢，退款多久到账 | FAQ
			付款了 什么时候发货 | FAQ
			收到了 可是颜色不对 | FAQ
			到了没啊我的快递   | ORDER_STATUS
			东西收到了没问题   | STATEMENT_RECEIVED
			客服小姐姐呢       | HUMAN
			欧了               | ACKNOWLEDGEMENT
			蟹蟹亲             | THANKS
			cya later          | GOODBYE
			谢谢客服小姐姐     | THANKS
			可以让你们的客服小姐姐来回我吗 | HUMAN
			hello, how long does a refund take | FAQ
			买一送一吗         | FAQ
			？？？             | NOT_UNDERSTOOD
			主播晚上好         | GREETING
			下午好～ (｡･ω･｡)ﾉ  | GREETING
			thx so much!       | THANKS
			唔該你 好快手喎    | THANKS
			谢谢 m(_ _)m       | THANKS
			那我先撤啦 拜拜    | GOODBYE
			噢噢 原来这样      | ACKNOWLEDGEMENT
			one moment, getting my order number | WAITING
			wait, I was charged twice | FAQ
			啱啱過咗數         | STATEMENT_PAID
			已經去7-11取貨了   | STATEMENT_RECEIVED
			物流單號已經填上去了 | STATEMENT_RETURN_SENT
			courier picked up my return | STATEMENT_RETURN_SENT
			下单了 地址还能改不 | FAQ
			return's in the mail | STATEMENT_RETURN_SENT
			🙏👌               | ACKNOWLEDGEMENT
			👋                 | GREETING
			🙏🙏               | THANKS
			您好 打扰了        | GREETING
			承蒙关照           | THANKS
			thanks ah          | THANKS
			ok bye lah         | GOODBYE
			那我先下線囉       | GOODBYE
			see you next time  | GOODBYE
			give me a min, finding the order number | WAITING
			退回的包裹交給物流了 | STATEMENT_RETURN_SENT
			发票用不用寄回去   | FAQ
			我個包裹去咗邊     | ORDER_STATUS
			幫我查下去到邊     | ORDER_STATUS
			我嘅退款去到邊     | RETURN_STATUS
			那你是真人嗎       | FAQ
			are you a real person | FAQ
			你是真人吗 我要找真人 | HUMAN
			显示签收了可我没拿到啊 | FAQ
			it came with a hole in it | FAQ
			I put the wrong company name on it | FAQ
			I put the wrong address on it | STATEMENT_ADDRESS_WRONG
			""")
	void classifiesTurnsInEveryScriptAndEnglish(String text, Intent expected) {
		assertThat(IntentRules.classify(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			在吗 发什么快递          | 发什么快递
			好的 那退款多久到账      | 退款多久到账
			ok and how long is delivery | how long is delivery
			谢谢亲 积分怎么用啊      | 积分怎么用啊
			""")
	void leavesASocialOpeningOutOfTheQuestion(String text, String question) {
		assertThat(IntentRules.read(text).intent()).isEqualTo(Intent.FAQ);
		assertThat(IntentRules.read(text).question()).isEqualTo(question);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			发什么快递？多久能到              | 2
			什么时候直播 直播价怎么拍         | 2
			can you gift wrap it? and when is the next livestream | 2
			退款多久到账                      | 1
			包邮吗几天能到                    | 2
			會員有哪幾級，積分怎麼用          | 2
			how do i return it, who pays the postage | 2
			亲，退货怎么弄                    | 1
			衣服买回来不太喜欢，还能退掉吗    | 1
			如果尺码不合适，可以退吗          | 1
			可以吗                            | 1
			裤子偏长还偏短，能改吗            | 2
			要不要付运费，几天到              | 2
			退货运费谁出，退款多久到          | 2
			運費邊個俾，幾時發貨              | 2
			退货的话，谁出运费                | 1
			會員分幾級、點數怎麼用            | 2
			发顺丰、京东还是邮政              | 1
			幾時出貨同埋幾耐到                | 2
			how do i get an invoice & can i change the address | 2
			""")
	void splitsAMessageIntoItsQuestions(String text, int parts) {
		assertThat(TurnReader.parts(text)).hasSize(parts);
	}

}
