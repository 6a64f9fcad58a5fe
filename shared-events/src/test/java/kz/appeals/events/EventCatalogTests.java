package kz.appeals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event on the wire: named after its record, carrying its appeal and article (the codec is tested in messaging). */
class EventCatalogTests {

    static Stream<EventCatalog.EventType> types() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyEventNamesItsAppealAndItsLegalBasis(EventCatalog.EventType type) {
        List<String> components = Arrays.stream(type.payloadClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(components).first().isEqualTo("appealId");
        if (type.payloadClass() != AppealFiled.class) {
            assertThat(components).contains("legalBasis");
        }
        assertThat(type.name()).isEqualTo(type.payloadClass().getSimpleName());
        assertThat(EventCatalog.byName(type.name())).contains(type);
        assertThat(EventCatalog.byPayload(type.payloadClass())).contains(type);
    }
}
