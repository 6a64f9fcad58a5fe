package kz.appeals.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.IdentificationNumber;
import kz.appeals.command.domain.complaint.Complaint;
import kz.appeals.command.domain.consideration.Consideration;
import kz.appeals.command.domain.court.Court;
import kz.appeals.command.domain.deadlines.Deadlines;
import kz.appeals.command.domain.decision.Decision;
import kz.appeals.command.domain.intake.Intake;
import kz.appeals.command.infra.IdempotencyKeyReusedException;
import kz.appeals.command.infra.IdempotentCommands;

/** The domain says what the Code allows; Spring, Kafka and JDBC stay in the adapters around it. */
@AnalyzeClasses(packages = "kz.appeals.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworksOtherThanAxon = noClasses()
            .that().resideInAPackage("kz.appeals.command.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "jakarta.servlet..", "javax.servlet..", "jakarta.persistence..",
                    "com.fasterxml.jackson..", "kz.appeals.messaging..", "kz.appeals.security..", "kz.appeals.edge..")
            .because("policies and the aggregate are pure rules of the APPC (conventions.md): no Spring (web or"
                    + " otherwise), no servlet, no JDBC or JPA, no JSON, Kafka or HTTP security");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("kz.appeals.command.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("kz.appeals.command.web..",
                    "kz.appeals.command.infra..", "kz.appeals.command.publish..", "kz.appeals.command.application..");

    @ArchTest
    static final ArchRule webSendsNoCommandsItself = noClasses()
            .that().resideInAPackage("kz.appeals.command.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..",
                    "org.axonframework.eventsourcing..", "org.axonframework.deadline..")
            .orShould().dependOnClassesThat().areAssignableTo(org.axonframework.modelling.command.Repository.class)
            .because("controllers hand each step to the application layer (AppealSteps), which sends the commands");

    /**
     * The controllers reach the service through the application layer (AppealSteps, CommandAccess, CalendarReload),
     * never an adapter behind it. One named exception: the Idempotency-Key store, which wraps the whole step (the
     * key's row and the step's events in one transaction) around the application call.
     */
    @ArchTest
    static final ArchRule webReachesTheServiceThroughTheApplicationLayer = noClasses()
            .that().resideInAPackage("kz.appeals.command.web..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("kz.appeals.command.infra..",
                            "kz.appeals.command.publish..", "kz.appeals.command.integrity..",
                            "kz.appeals.command.observability..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(IdempotentCommands.class,
                            IdempotencyKeyReusedException.class))))
            .because("a controller maps a request to an application step; persistence, publishing and sealing sit"
                    + " behind that step");

    /**
     * What a controller may take from the domain: the commands and values it sends (records, enums), the refusals it
     * maps to problem+json (exceptions), and the IIN/BIN checksum its request validation asks so that a 400 names the
     * field. Policies, the aggregate and its members, AppealRecords and StatutoryTime stay behind the application layer.
     */
    @ArchTest
    static final ArchRule webTakesOnlyCommandsAndValuesFromTheDomain = noClasses()
            .that().resideInAPackage("kz.appeals.command.web..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("kz.appeals.command.domain..")
                    .and(DescribedPredicate.not(DescribedPredicate.describe("a command, a value or a refusal",
                            (JavaClass c) -> c.reflect().isRecord() || c.isEnum()
                                    || c.isAssignableTo(RuntimeException.class)
                                    || c.isEquivalentTo(IdentificationNumber.class)))))
            .because("a rule of the Code lives in the domain and is applied by the application layer");

    @ArchTest
    static final ArchRule webHoldsNoRule = noClasses()
            .that().resideInAPackage("kz.appeals.command.web..")
            .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Policy")
                    .and(JavaClass.Predicates.resideInAPackage("kz.appeals.command.domain..")))
            .orShould().dependOnClassesThat().belongToAnyOf(Appeal.class, Intake.class, Consideration.class,
                    Deadlines.class, Decision.class, Complaint.class, Court.class)
            .because("a rule of the Code lives in the domain; a controller only maps a request to a step");
}
