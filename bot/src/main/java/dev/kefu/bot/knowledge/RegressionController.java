package dev.kefu.bot.knowledge;

import java.util.List;

import dev.kefu.knowledge.regression.RegressionCase;
import dev.kefu.knowledge.regression.RegressionCases;
import dev.kefu.knowledge.regression.RegressionCheck;
import dev.kefu.knowledge.regression.RegressionReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ops keep test questions with the entry that must answer them, and run them against the
 * live index.
 */
@RestController
@RequestMapping("/api/ops/kb/regression")
class RegressionController {

	private final RegressionCases cases;

	private final RegressionCheck check;

	private final StaffShops shops;

	RegressionController(RegressionCases cases, RegressionCheck check, StaffShops shops) {
		this.shops = shops;
		this.cases = cases;
		this.check = check;
	}

	@GetMapping("/cases")
	List<RegressionCase> all(Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		return this.cases.all(this.shops.forOps(staff, shop));
	}

	@PostMapping("/cases")
	RegressionCase save(@Valid @RequestBody NewCase newCase, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return this.cases.save(this.shops.forOps(staff, shop), newCase.question(), newCase.expectedEntryId(),
				staff.getName(), "ops", null, (newCase.knownFailure() != null && !newCase.knownFailure().isBlank())
						? newCase.knownFailure().strip() : null);
	}

	@DeleteMapping("/cases/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		if (!this.cases.delete(this.shops.forOps(staff, shop), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No regression question " + id + ".");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/run")
	RegressionReport run(Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		return this.check.runLive(this.shops.forOps(staff, shop));
	}

	record NewCase(@NotBlank @Size(max = 300) String question, @Size(max = 80) String expectedEntryId,
			@Size(max = 500) String knownFailure) {
	}

}
