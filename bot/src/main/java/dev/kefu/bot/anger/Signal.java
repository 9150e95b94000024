package dev.kefu.bot.anger;

/**
 * How a message is written or where it stands in the conversation, apart from what it is
 * about; several may hold at once. They feed the model, the conversation's concerns and
 * the hand-off summary's word for the shopper's mood.
 */
public enum Signal {

	/** A message in capitals, or a run of ！！！ or ？？？. */
	SHOUTING,

	/** An insult or swearing, at the shop or at the bot. */
	INSULT,

	/** The insult is aimed at the bot itself ("破机器人", "stupid bot", "廢柴機械人"). */
	INSULT_TO_BOT,

	/** The message asks something (a pre-purchase question is not an incident). */
	QUESTION,

	/**
	 * The message tells of something that happened ("用了以后", "收到的", "got", "after using"),
	 * as incidents are told, unlike questions before buying.
	 */
	REPORTS,

	/**
	 * The shopper asks before buying or how to do something ("孕妇能用吗", "is the pan oven
	 * safe?", "怎么改地址"), the way calm look-alikes of incidents are worded.
	 */
	ASKS_BEFORE,

	/** The shopper plays it down ("不过东西没事", "算了", "no worries", "哈哈", "lol"). */
	PLAYS_DOWN,

	/** The shopper says they are asking again ("第三次了", "third time asking", "問極"). */
	SAYS_ASKED_AGAIN,

	/** The same words as one of the shopper's last messages. */
	SAME_WORDS,

	/** The same question as an earlier message, in other words. */
	ASKED_BEFORE,

	/** The shopper says they are losing patience ("受够了", "越講越嬲", "fed up"). */
	LOSING_PATIENCE

}
