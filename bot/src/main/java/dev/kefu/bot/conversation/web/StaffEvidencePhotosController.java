package dev.kefu.bot.conversation.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kefu.bot.conversation.Attachments;
import dev.kefu.bot.conversation.web.EvidenceViews.EvidenceView;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.workflow.ReturnCaseQueries;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff see a case's evidence photos and what the checks found in them, as facts: only
 * staff of the case's shop (agents and ops; another shop's case is unknown), and only the
 * photos the case cites.
 */
@RestController
@RequestMapping("/api/agent/returns/{caseId}/photos")
class StaffEvidencePhotosController {

	private final ReturnCaseQueries cases;

	private final Attachments attachments;

	private final EvidenceViews views;

	StaffEvidencePhotosController(ReturnCaseQueries cases, Attachments attachments, EvidenceViews views) {
		this.cases = cases;
		this.attachments = attachments;
		this.views = views;
	}

	@GetMapping
	List<EvidenceView> list(Authentication staff, @PathVariable UUID caseId) {
		ReturnCase c = find(staff, caseId);
		Set<UUID> listing = this.cases.listingPhotosOf(c.id());
		Set<UUID> citedElsewhere = this.cases.photosCitedElsewhere(c);
		return c.request()
			.photoIds()
			.stream()
			.distinct()
			.map((photo) -> this.views.of(photo, "/api/agent/returns/" + caseId + "/photos/" + photo,
					citedElsewhere.contains(photo), listing.contains(photo)))
			.toList();
	}

	@GetMapping("/{photoId}")
	ResponseEntity<byte[]> read(Authentication staff, @PathVariable UUID caseId, @PathVariable UUID photoId) {
		ReturnCase c = find(staff, caseId);
		if (!c.request().photoIds().contains(photoId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The case cites no photo " + photoId + ".");
		}
		return this.attachments.evidenceOf(c.request().shopper(), photoId)
			.map(EvidenceViews::image)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No photo " + photoId + "."));
	}

	private ReturnCase find(Authentication staff, UUID id) {
		ShopScope scope = StaffUser.of(staff).scope(StaffRole.AGENT, StaffRole.OPS);
		return this.cases.find(new ReturnCaseId(id))
			.filter((c) -> scope.contains(c.request().shopper().shopId()))
			.orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
	}

}
