package dev.kefu.bot.knowledge;

import java.net.URI;
import java.util.List;

import dev.kefu.knowledge.synonyms.SynonymGroup;
import dev.kefu.knowledge.synonyms.SynonymGroups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ops edit the synonym groups; every node applies them to queries within a second.
 */
@RestController
@RequestMapping("/api/ops/kb/synonyms")
class SynonymsController {

	private final SynonymGroups synonyms;

	private final StaffShops shops;

	SynonymsController(SynonymGroups synonyms, StaffShops shops) {
		this.synonyms = synonyms;
		this.shops = shops;
	}

	@GetMapping
	List<SynonymGroup> all(Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		return this.synonyms.all(this.shops.forOps(staff, shop));
	}

	@PostMapping
	ResponseEntity<SynonymGroup> create(@Valid @RequestBody Terms terms, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		SynonymGroup group = this.synonyms.create(shopId, terms.terms(), staff.getName());
		return ResponseEntity.created(URI.create("/api/ops/kb/synonyms/" + group.id() + "?shop=" + shopId)).body(group);
	}

	@PutMapping("/{id}")
	ResponseEntity<Void> update(@PathVariable long id, @Valid @RequestBody Terms terms, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		if (!this.synonyms.update(this.shops.forOps(staff, shop), id, terms.terms(), staff.getName())) {
			throw noSuchGroup(id);
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		if (!this.synonyms.delete(this.shops.forOps(staff, shop), id, staff.getName())) {
			throw noSuchGroup(id);
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseStatusException noSuchGroup(long id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No synonym group " + id + ".");
	}

	record Terms(@NotNull List<String> terms) {
	}

}
