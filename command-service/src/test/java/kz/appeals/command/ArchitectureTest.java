package kz.appeals.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
