package dev.kefu.bot.shops;

/**
 * Someone saved the shop's settings since the editor read them: nothing was saved.
 */
public class SettingsChanged extends RuntimeException {

	private final int latest;

	SettingsChanged(String shopId, int latest) {
		super("The settings of '" + shopId + "' were changed meanwhile (now version " + latest
				+ "); reload them and make your change again.");
		this.latest = latest;
	}

	public int latest() {
		return this.latest;
	}

}
