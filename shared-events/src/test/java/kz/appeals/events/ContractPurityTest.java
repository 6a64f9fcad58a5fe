package kz.appeals.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * shared-events is the published contract: the event records, their enums and the catalog, readable by any consumer
 * whatever it serializes with. How the events travel (JSON, Kafka, seals) lives in the messaging module; the time an
 * event happened is a value the command side puts in it, never read from a clock here.
 */
@AnalyzeClasses(packages = "kz.appeals.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractPurityTest {

    static final java.util.Set<String> VALUE_TYPES = java.util.Set.of("kz.appeals.clock.AppealKind",
            "kz.appeals.clock.DueDate", "kz.appeals.clock.ExplanationStep");

    @ArchTest
    static final ArchRule noSerializationOrTransport = noClasses().that().resideInAPackage("kz.appeals.events..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.apache.kafka..",
                    "org.springframework..", "org.axonframework..", "java.sql..", "javax.sql..",
                    "kz.appeals.messaging..")
            .because("the contract is plain records; the codec, the topic and the seals live in messaging");

    @ArchTest
    static final ArchRule noClock = noClasses().that().resideInAPackage("kz.appeals.events..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().callMethodWhere(DescribedPredicate.describe("a java.time now() call",
                    (JavaCall<?> call) -> call.getTargetOwner().getPackageName().equals("java.time")
                            && call.getName().equals("now")))
            .because("an event carries the instant and dates the command side decided; it never reads the time");

    /**
     * From the statutory clock the contract takes only the value types an event carries (the appeal's kind, a computed
     * due date and its explanation steps), never the clock that computes them: a consumer reads the dates the command
     * side decided, it does not recompute them.
     */
    @ArchTest
    static final ArchRule onlyTheClocksValueTypes = noClasses().that().resideInAPackage("kz.appeals.events..")
            .should().dependOnClassesThat(DescribedPredicate.describe("statutory-clock classes other than its value "
                    + "types AppealKind, DueDate and ExplanationStep", (JavaClass c) ->
                    c.getPackageName().startsWith("kz.appeals.clock") && !VALUE_TYPES.contains(
                            c.getName().replaceAll("\\$.*", ""))))
            .because("the contract carries the clock's results, not the clock");

    /** Not only the classes: the module does not even put Jackson or Kafka on its consumers' class path. */
    @Test
    void neitherJacksonNorKafkaIsOnTheContractsClassPath() {
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.kafka.clients.producer.Producer"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
