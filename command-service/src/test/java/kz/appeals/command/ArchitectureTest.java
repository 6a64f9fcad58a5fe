package kz.appeals.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.complaint.Complaint;
import kz.appeals.command.domain.consideration.Consideration;
import kz.appeals.command.domain.court.Court;
import kz.appeals.command.domain.deadlines.Deadlines;
import kz.appeals.command.domain.decision.Decision;
import kz.appeals.command.domain.intake.Intake;

/** The domain says what the Code allows; Spring, Kafka and JDBC stay in the adapters around it. */
@AnalyzeClasses(packages = "kz.appeals.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworksOtherThanAxon = noClasses()
            .that().resideInAPackage("kz.appeals.command.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "jakarta.servlet..", "com.fasterxml.jackson..")
            .because("policies and the aggregate are pure rules of the APPC (conventions.md)");

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

    @ArchTest
    static final ArchRule webHoldsNoRule = noClasses()
            .that().resideInAPackage("kz.appeals.command.web..")
            .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Policy")
                    .and(JavaClass.Predicates.resideInAPackage("kz.appeals.command.domain..")))
            .orShould().dependOnClassesThat().belongToAnyOf(Appeal.class, Intake.class, Consideration.class,
                    Deadlines.class, Decision.class, Complaint.class, Court.class)
            .because("a rule of the Code lives in the domain; a controller only maps a request to a step");
}
