package dev.kefu.bot.knowledge;

import java.util.List;

import dev.kefu.knowledge.gaps.GapCluster;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gaps view: what the bot could not answer, grouped, and marking groups as dealt with
 * (after turning them into an entry or a phrasing, which the entries API does).
 */
@RestController
@RequestMapping("/api/ops/kb/gaps")
class GapsController {

	private final KnowledgeGaps gaps;

	private final StaffShops shops;

	GapsController(KnowledgeGaps gaps, StaffShops shops) {
		this.gaps = gaps;
		this.shops = shops;
	}

	@GetMapping
	List<GapCluster> open(@RequestParam(defaultValue = "50") int limit, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return this.gaps.openClusters(this.shops.forOps(staff, shop), Math.max(1, Math.min(limit, 200)));
	}

	@PostMapping("/resolve")
	Resolved resolve(@Valid @RequestBody Resolution resolution, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return new Resolved(this.gaps.resolve(this.shops.forOps(staff, shop), resolution.gapIds(), staff.getName(),
				resolution.resolution()));
	}

	record Resolution(@NotEmpty @Size(max = 2000) List<Long> gapIds, @NotBlank @Size(max = 200) String resolution) {
	}

	record Resolved(int resolved) {
	}

}
