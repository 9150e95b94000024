package dev.kefu.bot.dialogue;

import dev.kefu.returns.cases.CaseKind;

/**
 * What a shopper's turn is understood to be.
 */
public enum Intent {

	/** A question for the knowledge base. */
	FAQ,

	/** Where is my order or parcel. */
	ORDER_STATUS,

	/** The shopper asks for a person. */
	HUMAN,

	/** Hello. */
	GREETING,

	/** Thank you. */
	THANKS,

	/** Goodbye, or "that's all". */
	GOODBYE,

	/** 嗯, 好的, ok: the shopper acknowledges what the bot said. */
	ACKNOWLEDGEMENT,

	/** 稍等, 我先看看: the shopper will be back. */
	WAITING,

	/** 付款了: a statement that the shopper has paid (not a payment problem). */
	STATEMENT_PAID,

	/** 下单了: a statement that the shopper has ordered. */
	STATEMENT_ORDERED,

	/** 东西收到了: a statement that the goods arrived (nothing wrong said). */
	STATEMENT_RECEIVED,

	/** 地址填错了: the shopper got the address or phone number wrong. */
	STATEMENT_ADDRESS_WRONG,

	/** 退货寄出了: the shopper has sent a return back. */
	STATEMENT_RETURN_SENT,

	/** The bot could not make anything of it. */
	NOT_UNDERSTOOD,

	/** The bot asks how satisfied the shopper is (1 to 5). */
	CSAT_ASK,

	/** The shopper's answer to that ask. */
	RATING,

	/** Photos without words (return evidence). */
	PHOTO,

	/** Start (or fill in) a return. */
	RETURN,

	/** Start (or fill in) an exchange. */
	EXCHANGE,

	/** Where is my return or refund. */
	RETURN_STATUS,

	/** Cancel my return. */
	RETURN_CANCEL,

	/** Take a refund for an exchange whose replacement sold out. */
	ACCEPT_REFUND,

	/** Dispute a rejected return. */
	DISPUTE,

	/** The bot hands the conversation to a person. */
	HANDOFF,

	/**
	 * The bot offers a VIP a person and waits for the answer (yes is a request for a
	 * person).
	 */
	HANDOFF_OFFER,

	/**
	 * A shop system the turn needed did not answer (not the bot failing to understand).
	 */
	SYSTEMS_DOWN,

	/**
	 * A case's news (approved, pickup booked, refunded), told when the case moves: not an
	 * answer to the shopper, nor a question they are answering.
	 */
	RETURN_UPDATE;

	/**
	 * Whether the shopper states a fact (付款了, 东西收到了) rather than asks or chats.
	 * @return whether this is one of the statements
	 */
	boolean isStatement() {
		return switch (this) {
			case STATEMENT_PAID, STATEMENT_ORDERED, STATEMENT_RECEIVED, STATEMENT_ADDRESS_WRONG,
					STATEMENT_RETURN_SENT ->
				true;
			default -> false;
		};
	}

	static Intent of(CaseKind kind) {
		return (kind == CaseKind.EXCHANGE) ? EXCHANGE : RETURN;
	}

}
