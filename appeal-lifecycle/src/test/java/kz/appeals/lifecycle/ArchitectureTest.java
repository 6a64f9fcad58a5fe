package kz.appeals.lifecycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The lifecycle is read by both services: a pure function over the event records, with no framework under it. */
@AnalyzeClasses(packages = "kz.appeals.lifecycle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworks = noClasses().that().resideInAPackage("kz.appeals.lifecycle..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml.jackson..",
                    "org.apache.kafka..", "org.axonframework..", "java.sql..", "kz.appeals.messaging.kafka..")
            .because("the lifecycle is the same pure function in the aggregate, the read models and the timeline");
}
