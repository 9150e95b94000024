package dev.kefu.bot.knowledge;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.kefu.knowledge.entry.Change;
import dev.kefu.knowledge.entry.EntryDiff;
import dev.kefu.knowledge.entry.EntryFilter;
import dev.kefu.knowledge.entry.EntryStatus;
import dev.kefu.knowledge.entry.EntryVersion;
import dev.kefu.knowledge.entry.KnowledgeEditor;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.entry.KnowledgeEntry;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.regression.RegressionCheck;
import dev.kefu.knowledge.regression.RegressionReport;
import dev.kefu.knowledge.transfer.EntryDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops list, create, edit, publish, archive and revert entries, and read their history and
 * diffs. Edits create versions; only publishing makes a version live.
 */
@RestController
@RequestMapping("/api/ops/kb/entries")
class KnowledgeEntriesController {

	private final KnowledgeEntries entries;

	private final KnowledgeEditor editor;

	private final RegressionCheck regression;

	private final Clock clock;

	private final StaffShops shops;

	KnowledgeEntriesController(KnowledgeEntries entries, KnowledgeEditor editor, RegressionCheck regression,
			Clock clock, StaffShops shops) {
		this.shops = shops;
		this.entries = entries;
		this.editor = editor;
		this.regression = regression;
		this.clock = clock;
	}

	/**
	 * One page of the shop's entries that match, newest change first, with how many match
	 * in all: the page walks every entry of the shop, not only the first page.
	 */
	@GetMapping
	EntryPage list(Authentication staff, @RequestParam(name = "shop", required = false) String shop,
			@RequestParam(required = false) EntryStatus status, @RequestParam(required = false) String language,
			@RequestParam(required = false) String category, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Language parsed = (language != null && !language.isBlank()) ? Language.fromCode(language) : null;
		String shopId = this.shops.forOps(staff, shop);
		EntryFilter filter = new EntryFilter(status, parsed, category, q, size, (page - 1) * size);
		List<EntryView> entries = this.entries.list(shopId, filter).stream().map(this::view).toList();
		return new EntryPage(entries, this.entries.count(shopId, filter), page, size);
	}

	@PostMapping
	ResponseEntity<EntryView> create(@RequestBody EntryDocument document, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		EntryView created = view(this.editor.create(shopId, document.id(), document.toContent(), staff.getName()));
		return ResponseEntity.created(URI.create("/api/ops/kb/entries/" + created.id() + "?shop=" + shopId))
			.body(created);
	}

	@GetMapping("/{id}")
	EntryView one(@PathVariable String id, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return view(this.entries.get(this.shops.forOps(staff, shop), id));
	}

	@PutMapping("/{id}")
	EntryView update(@PathVariable String id, @Valid @RequestBody EntryEdit edit, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return view(this.editor.update(this.shops.forOps(staff, shop), id, edit.expectedVersion(),
				edit.content().toContent(), staff.getName(), edit.changeNote()));
	}

	@PostMapping("/{id}/publish")
	EntryView publish(@PathVariable String id, @RequestBody(required = false) VersionChoice choice,
			Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		return view(this.editor.publish(this.shops.forOps(staff, shop), id, (choice != null) ? choice.version() : null,
				staff.getName()));
	}

	/**
	 * What publishing the latest (or a given) version would do to the regression set.
	 */
	@GetMapping("/{id}/publish-preview")
	RegressionReport publishPreview(@PathVariable String id, @RequestParam(required = false) @Positive Integer version,
			Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		int chosen = (version != null) ? version : this.entries.get(shopId, id).latest().version();
		return this.regression.previewPublish(this.entries.version(shopId, id, chosen));
	}

	@PostMapping("/{id}/archive")
	EntryView archive(@PathVariable String id, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return view(this.editor.archive(this.shops.forOps(staff, shop), id, staff.getName()));
	}

	@PostMapping("/{id}/revert")
	EntryView revert(@PathVariable String id, @Valid @RequestBody Revert revert, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return view(this.editor.revert(this.shops.forOps(staff, shop), id, revert.toVersion(), revert.expectedVersion(),
				staff.getName()));
	}

	@PostMapping("/{id}/alternatives")
	EntryView addAlternative(@PathVariable String id, @Valid @RequestBody NewAlternative alternative,
			Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		return view(this.editor.addAlternative(this.shops.forOps(staff, shop), id, alternative.phrasing(),
				staff.getName()));
	}

	@GetMapping("/{id}/versions")
	List<VersionView> history(@PathVariable String id, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		return this.entries.history(this.shops.forOps(staff, shop), id).stream().map(VersionView::of).toList();
	}

	@GetMapping("/{id}/changes")
	List<Change> changes(@PathVariable String id, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		this.entries.get(shopId, id);
		return this.entries.changesOf(shopId, id);
	}

	@GetMapping("/{id}/diff")
	EntryDiff diff(@PathVariable String id, @RequestParam @Positive int from, @RequestParam @Positive int to,
			Authentication staff, @RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		return EntryDiff.between(this.entries.version(shopId, id, from), this.entries.version(shopId, id, to));
	}

	private EntryView view(KnowledgeEntry entry) {
		return EntryView.of(entry, this.clock.instant());
	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries on this page (none past the last page)
	 * @param total how many entries match in all
	 * @param page the page, from 1
	 * @param size the most entries a page holds
	 */
	record EntryPage(List<EntryView> entries, long total, int page, int size) {
	}

	record EntryEdit(@NotNull @Positive Integer expectedVersion, @NotNull EntryDocument content, String changeNote) {
	}

	record VersionChoice(@Positive Integer version) {
	}

	record Revert(@NotNull @Positive Integer toVersion, @NotNull @Positive Integer expectedVersion) {
	}

	record NewAlternative(@NotNull @Size(min = 1, max = 300) String phrasing) {
	}

	record VersionView(int version, EntryDocument content, String author, String changeNote, Instant createdAt) {

		static VersionView of(EntryVersion version) {
			return new VersionView(version.version(), EntryDocument.of(version), version.author(), version.changeNote(),
					version.createdAt());
		}

	}

}
