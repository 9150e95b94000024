package dev.kefu.returns.workflow;

import java.time.Clock;

import dev.kefu.returns.evidence.EvidencePhotos;
import dev.kefu.returns.evidence.ListingPhotos;
import dev.kefu.returns.evidence.PhotoVision;
import dev.kefu.returns.evidence.checks.PhotoCheckSettings;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.payments.Refunds;
import dev.kefu.returns.shops.ShopLegalProfiles;
import dev.kefu.returns.shops.ShopTimeZones;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the returns workflow. The ports (orders, pickups, refunds, inventory, shipments)
 * come from the integrations module; the clock from the application.
 */
@Configuration(proxyBeanMethods = false)
public class ReturnsConfiguration {

	@Bean
	ReturnCases returnCases(JdbcClient jdbc) {
		return new ReturnCases(jdbc);
	}

	@Bean
	CaseHistory caseHistory(JdbcClient jdbc) {
		return new CaseHistory(jdbc);
	}

	@Bean
	StoredCases storedCases(ReturnCases cases, CaseHistory history, JdbcClient jdbc, CaseMachines machines) {
		return new StoredCases(cases, history, jdbc, machines);
	}

	@Bean
	CaseTasks caseTasks(JdbcClient jdbc) {
		return new CaseTasks(jdbc);
	}

	@Bean
	ApprovalRuleSets approvalRuleSets(JdbcClient jdbc, Clock clock, ShopLegalProfiles profiles, ShopTimeZones zones) {
		return new ApprovalRuleSets(jdbc, clock, profiles, zones);
	}

	@Bean
	LegalFlags legalFlags(JdbcClient jdbc) {
		return new LegalFlags(jdbc);
	}

	@Bean
	AutomatedDecisions automatedDecisions(JdbcClient jdbc) {
		return new AutomatedDecisions(jdbc);
	}

	@Bean
	CaseGuards caseGuards() {
		return new CaseGuards();
	}

	@Bean
	CaseActions caseActions() {
		return new CaseActions();
	}

	@Bean
	CaseMachines caseMachines(CaseGuards guards, CaseActions actions) {
		return new CaseMachines(guards, actions);
	}

	@Bean
	CaseTransitions caseTransitions(CaseMachines machines, ReturnCases cases, CaseHistory history, CaseTasks tasks,
			ReturnsSettings settings, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			ShopTimeZones zones, ShopLegalProfiles profiles) {
		return new CaseTransitions(machines, cases, history, tasks, new Deadlines(settings, zones, profiles), events,
				transactions, clock);
	}

	@Bean
	CaseTaskRunner caseTaskRunner(ReturnCases cases, CaseTasks tasks, CaseTransitions transitions, ShopOrders orders,
			Inventory inventory, ApprovalRuleSets rules, Pickups pickups, Refunds refunds,
			ReplacementShipments shipments, ApplicationEventPublisher events, ReturnsSettings settings, Clock clock,
			ShopTimeZones zones, LegalFlags flags, AutomatedDecisions decisions, EvidencePhotos photos,
			ObjectProvider<PhotoVision> vision, ObjectProvider<ListingPhotos> listings, JdbcClient jdbc,
			TransactionTemplate transactions) {
		// Only the hash is taken from a listing photo; the limits on pixels are the
		// checks'.
		ListingPhotoHashes listingHashes = new ListingPhotoHashes(jdbc,
				listings.getIfAvailable(() -> ListingPhotos.NONE), new PhotoChecks(PhotoCheckSettings.defaults()),
				clock);
		return new CaseTaskRunner(cases, tasks, transitions,
				new FactsGatherer(orders, inventory, cases, clock, zones, photos,
						vision.getIfAvailable(() -> PhotoVision.OFF), listingHashes),
				rules, pickups, refunds, inventory, shipments, events, settings, clock, flags, zones, decisions, orders,
				transactions);
	}

	@Bean
	ReturnsWorkflow returnsWorkflow(ReturnCases cases, CaseTransitions transitions, CaseTaskRunner runner,
			CaseTasks tasks, ShopOrders orders, ApprovalRuleSets rules, TransactionTemplate transactions, Clock clock,
			EvidencePhotos photos, ShopTimeZones zones, ReturnsSettings settings) {
		return new ReturnsWorkflow(cases, transitions, runner, tasks, orders, rules, transactions, clock, photos, zones,
				settings);
	}

	@Bean
	@ConditionalOnProperty(name = "kefu.returns.tasks.enabled", havingValue = "true", matchIfMissing = true)
	CaseTaskScheduler caseTaskScheduler(CaseTaskRunner runner, ReturnsSettings settings) {
		return new CaseTaskScheduler(runner, settings);
	}

}
