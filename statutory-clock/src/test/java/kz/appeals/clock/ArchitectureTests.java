package kz.appeals.clock;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "kz.appeals.clock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Both services embed the clock; it must stay a plain library that pulls in no framework or infrastructure. */
    @ArchTest
    static final ArchRule clockImportsNeitherSpringNorKafkaNorJdbc = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.axonframework..", "java.sql..", "javax.sql..");

    /** Jackson reads the data files and nothing else, so the records stay free of mapping annotations. */
    @ArchTest
    static final ArchRule onlyTheDataFileReaderUsesJackson = noClasses()
            .that().doNotHaveSimpleName("DataFiles")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");
}
