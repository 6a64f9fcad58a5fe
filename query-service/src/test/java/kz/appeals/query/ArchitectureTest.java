package kz.appeals.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import kz.appeals.query.projection.LifecycleView;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;

/**
 * The query side's house rules (issue 11): one package per read model, none reaching into another; controllers go
 * through the read models' queries and the access layer, never to JDBC or the projecting code; the folds (event to row
 * changes) are pure.
 */
@AnalyzeClasses(packages = "kz.appeals.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final List<String> READ_MODELS = List.of("appeal", "citizen", "dashboard", "statistics", "audit");

    @ArchTest
    static final ArchRule readModelsDoNotReachIntoEachOther = CompositeArchRule.of(READ_MODELS.stream()
            .map(ArchitectureTest::isolated).toList());

    private static ArchRule isolated(String model) {
        return noClasses().that().resideInAPackage("kz.appeals.query." + model + "..")
                .should().dependOnClassesThat().resideInAnyPackage(READ_MODELS.stream().filter(m -> !m.equals(model))
                        .map(m -> "kz.appeals.query." + m + "..").toArray(String[]::new))
                .because("each read model owns its tables, handlers, queries and controller (docs/architecture.md)");
    }

    @ArchTest
    static final ArchRule controllersCallTheQueryLayerOnly = noClasses()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..",
                    "org.apache.kafka..", "kz.appeals.query.projection..", "kz.appeals.events.kafka..")
            .because("a controller checks the request and access and asks a read model's queries; "
                    + "it neither writes SQL nor touches the projecting code");

    @ArchTest
    static final ArchRule foldsArePure = noClasses()
            .that().haveSimpleNameEndingWith("Fold")
            .or().belongToAnyOf(RowChange.class, ProjectedEvent.class, LifecycleView.class)
            .or().haveFullyQualifiedName("kz.appeals.query.audit.AppealTimeline")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "java.sql..", "javax.sql..", "org.apache.kafka..", "com.fasterxml.jackson..",
                    "kz.appeals.events.kafka..", "kz.appeals.events.integrity..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.simpleName("EnvelopeCodec"))
            .because("what an event changes is a pure function of the event and the lifecycle: tested without "
                    + "Spring, a database or Kafka");

    @ArchTest
    static final ArchRule projectionInfrastructureKnowsNoReadModel = noClasses()
            .that().resideInAPackage("kz.appeals.query.projection..")
            .should().dependOnClassesThat().resideInAnyPackage(READ_MODELS.stream()
                    .map(m -> "kz.appeals.query." + m + "..").toArray(String[]::new))
            .because("the pipeline hands each event to every Projection; it knows none by name");
}
