package dev.kefu.bot.staff;

/**
 * Who may see and manage whose account: a platform admin every account; a shop's admin
 * the accounts of their shops, and may change such an account as a whole (disable it, set
 * its password) only when it belongs to no shop they do not administer.
 */
public final class StaffAdministration {

	private StaffAdministration() {
	}

	/**
	 * Whether an admin sees an account.
	 * @param admin who looks
	 * @param account the account
	 * @return {@code true} when it belongs to one of their shops (or they are a platform
	 * admin)
	 */
	public static boolean canSee(StaffUser admin, StaffAccount account) {
		if (admin.isPlatformAdmin()) {
			return true;
		}
		ShopScope scope = admin.scope(StaffRole.ADMIN);
		return account.shops().keySet().stream().anyMatch(scope::contains);
	}

	/**
	 * Whether an admin may change an account as a whole.
	 * @param admin who changes it
	 * @param account the account
	 * @return {@code true} when every shop the account belongs to is theirs
	 */
	public static boolean canManage(StaffUser admin, StaffAccount account) {
		if (admin.isPlatformAdmin()) {
			return true;
		}
		ShopScope scope = admin.scope(StaffRole.ADMIN);
		return !account.platformAdmin() && account.roles().isEmpty() && !account.shops().isEmpty()
				&& account.shops().keySet().stream().allMatch(scope::contains);
	}

}
