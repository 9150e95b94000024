package dev.kefu.returns.shops;

/**
 * The consumer law each shop's returns follow (the application's shop settings).
 */
public interface ShopLegalProfiles {

	/**
	 * A shop's legal profile.
	 * @param shopId the shop
	 * @return its code: {@code CN} (mainland China, the default), {@code EU} or
	 * {@code NONE}
	 */
	String legalProfileOf(String shopId);

}
