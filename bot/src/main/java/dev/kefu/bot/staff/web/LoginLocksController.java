package dev.kefu.bot.staff.web;

import java.security.Principal;
import java.util.List;

import dev.kefu.bot.staff.login.LoginThrottle;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform admins see which accounts and client addresses may not log in now, and lift an
 * address's lock (an account's is lifted on the account, by its shop's admin too). An
 * address's lock spans every shop's accounts, so a shop's admin sees none of it.
 */
@RestController
@RequestMapping("/api/admin/login-locks")
class LoginLocksController {

	private final LoginThrottle throttle;

	LoginLocksController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping
	List<LoginThrottle.Lock> locks() {
		return this.throttle.locks();
	}

	@DeleteMapping
	ResponseEntity<Void> unlockAddress(Principal admin,
			@RequestParam("address") @Pattern(regexp = "[0-9A-Fa-f.:]{2,45}",
					message = "is not an IP address") String address) {
		return this.throttle.unlock(LoginThrottle.address(address), admin.getName())
				? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

}
