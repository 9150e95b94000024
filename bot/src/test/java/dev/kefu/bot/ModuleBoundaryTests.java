package dev.kefu.bot;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.kefu.knowledge.answer.GroundedPhrasing;
import dev.kefu.knowledge.answer.TurnUnderstanding;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.ParcelTracking;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.payments.Refunds;
import dev.kefu.returns.workflow.AutomatedDecisions;
import dev.kefu.returns.workflow.ItemEligibility;
import dev.kefu.returns.workflow.ParcelUpdateOutcome;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsByDay;
import dev.kefu.returns.workflow.ReturnsConfiguration;
import dev.kefu.returns.workflow.ReturnsRetention;
import dev.kefu.returns.workflow.ReturnsSettings;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import dev.kefu.returns.workflow.RuleSetChanged;
import dev.kefu.returns.workflow.RuleSetVersion;
import dev.kefu.returns.workflow.RuleSets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module walls: domain modules stand alone and own their ports, integrations
 * implements them, only the bot wires everything, and nothing depends in a circle.
 */
@AnalyzeClasses(packages = "dev.kefu", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTests {

	@ArchTest
	static final ArchRule knowledgeBaseDependsOnNoOtherModule = noClasses().that()
		.resideInAPackage("dev.kefu.knowledge..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.kefu.bot..", "dev.kefu.returns..", "dev.kefu.integrations..");

	@ArchTest
	static final ArchRule returnsWorkflowDependsOnNoOtherModule = noClasses().that()
		.resideInAPackage("dev.kefu.returns..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.kefu.bot..", "dev.kefu.knowledge..", "dev.kefu.integrations..");

	/**
	 * The returns workflow's published surface: the rest of Kefu moves cases through
	 * {@link ReturnsWorkflow} and reads them through the module's queries, never through
	 * the classes that hold its SQL.
	 */
	@ArchTest
	static final ArchRule theReturnsWorkflowIsUsedThroughItsPublishedSurface = noClasses().that()
		.resideOutsideOfPackage("dev.kefu.returns..")
		.should()
		.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.kefu.returns.workflow")
			.and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(ReturnsWorkflow.class,
					ReturnCaseQueries.class, ReturnsRetention.class, ReturnsByDay.class, RuleSets.class,
					RuleSetVersion.class, RuleSetChanged.class, ItemEligibility.class, ParcelUpdateOutcome.class,
					AutomatedDecisions.class, ReturnsConfiguration.class, ReturnsSettings.class))));

	@ArchTest
	static final ArchRule integrationsNeverDependOnTheApplication = noClasses().that()
		.resideInAPackage("dev.kefu.integrations..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.kefu.bot..");

	@ArchTest
	static final ArchRule modulesAreFreeOfCycles = slices().matching("dev.kefu.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule featuresOfTheApplicationAreFreeOfCycles = slices().matching("dev.kefu.bot.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule portsAreImplementedInIntegrations = classes().that()
		.implement(ShopOrders.class)
		.or()
		.implement(Pickups.class)
		.or()
		.implement(ParcelTracking.class)
		.or()
		.implement(ReplacementShipments.class)
		.or()
		.implement(Refunds.class)
		.or()
		.implement(Inventory.class)
		.or()
		.implement(GroundedPhrasing.class)
		.or()
		.implement(TurnUnderstanding.class)
		.should()
		.resideInAPackage("dev.kefu.integrations..");

	@ArchTest
	static final ArchRule portsAndDomainCodeImportNoSpring = noClasses().that()
		.resideInAnyPackage("dev.kefu.returns.orders..", "dev.kefu.returns.logistics..", "dev.kefu.returns.payments..",
				"dev.kefu.returns.inventory..", "dev.kefu.returns.cases..", "dev.kefu.returns.approval..",
				"dev.kefu.returns.evidence..", "dev.kefu.returns.shops..", "dev.kefu.returns.law..",
				"dev.kefu.returns.settlement..", "dev.kefu.knowledge.answer..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework..");

	@ArchTest
	static final ArchRule noStateMachineTypeLeavesTheWorkflow = noClasses().that()
		.resideOutsideOfPackage("dev.kefu.returns.workflow..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.statemachine..");

}
