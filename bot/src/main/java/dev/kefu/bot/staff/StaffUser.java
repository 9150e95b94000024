package dev.kefu.bot.staff;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in staff member: the roles per shop (a role held in every shop counts in
 * each), whether a platform admin, and the version of the account's credentials at login,
 * so that the session can be ended when the account changes. The authorities are the
 * roles held anywhere; what a role reaches is narrowed to its shops by {@link #scope}.
 */
public class StaffUser extends User {

	private static final long serialVersionUID = 2L;

	/** The authority of a platform admin. */
	public static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";

	private final long credentialsVersion;

	private final Set<StaffRole> everywhere;

	private final Map<String, Set<StaffRole>> shops;

	private final boolean platformAdmin;

	StaffUser(StaffAccount account) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, true, authorities(account));
		this.credentialsVersion = account.credentialsVersion();
		this.everywhere = Set.copyOf(account.roles());
		this.shops = Map.copyOf(account.shops());
		this.platformAdmin = account.platformAdmin();
	}

	/**
	 * The account's credentials version when this session began.
	 * @return the version
	 */
	public long credentialsVersion() {
		return this.credentialsVersion;
	}

	/**
	 * The shops where this staff member holds a role.
	 * @param role the role
	 * @return every shop, some, or none
	 */
	public ShopScope scope(StaffRole role) {
		if (this.platformAdmin || this.everywhere.contains(role)) {
			return ShopScope.ALL;
		}
		return new ShopScope(false,
				this.shops.entrySet()
					.stream()
					.filter((e) -> e.getValue().contains(role))
					.map(Map.Entry::getKey)
					.collect(Collectors.toSet()));
	}

	/**
	 * The shops where this staff member holds any of the roles.
	 * @param roles the roles
	 * @return every shop, some, or none
	 */
	public ShopScope scope(StaffRole... roles) {
		Set<String> some = new HashSet<>();
		for (StaffRole role : roles) {
			ShopScope one = scope(role);
			if (one.all()) {
				return ShopScope.ALL;
			}
			some.addAll(one.shops());
		}
		return new ShopScope(false, some);
	}

	/**
	 * The roles held per shop (every shop's roles included in each), for showing.
	 * @return per shop, the roles
	 */
	public Map<String, Set<StaffRole>> shops() {
		return this.shops;
	}

	/**
	 * The roles held in every shop.
	 * @return the roles
	 */
	public Set<StaffRole> everywhere() {
		return this.platformAdmin ? EnumSet.allOf(StaffRole.class) : this.everywhere;
	}

	public boolean isPlatformAdmin() {
		return this.platformAdmin;
	}

	/**
	 * The staff member behind a request.
	 * @param authentication the request's authentication
	 * @return the staff member
	 * @throws IllegalStateException if it is not a staff login
	 */
	public static StaffUser of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
			return user;
		}
		throw new IllegalStateException("Not a staff login: " + authentication);
	}

	private static Collection<? extends GrantedAuthority> authorities(StaffAccount account) {
		Set<StaffRole> held = EnumSet.noneOf(StaffRole.class);
		held.addAll(account.roles());
		account.shops().values().forEach(held::addAll);
		if (account.platformAdmin()) {
			held.addAll(EnumSet.allOf(StaffRole.class));
		}
		Set<GrantedAuthority> authorities = held.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.collect(Collectors.toSet());
		if (account.platformAdmin()) {
			authorities.add(new SimpleGrantedAuthority(PLATFORM_ADMIN));
		}
		return authorities;
	}

}
