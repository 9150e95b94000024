package dev.kefu.bot.staff;

/**
 * What a staff member may do. One account may hold several roles.
 */
public enum StaffRole {

	/** Handles escalated conversations in the agent console. */
	AGENT,

	/** Edits the knowledge base and the approval rules, reads reports and metrics. */
	OPS,

	/** Manages staff accounts. */
	ADMIN

}
