package kz.appeals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.appeals.clock.ExplanationStep;

/** Every event on the wire: named after its record, carrying its appeal and article, and read back unchanged. */
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyEventSurvivesTheEnvelope(EventCatalog.EventType type) throws Exception {
        EnvelopeCodec codec = new EnvelopeCodec();
        Object payload = sample(type.payloadClass());

        EventEnvelope envelope = codec.wrap(UUID.randomUUID(), payload, "a-1", 3, Instant.parse("2026-03-16T04:00:00Z"),
                new Actor("u-1", "EXECUTOR", "almaty-akimat"));
        EventEnvelope read = codec.fromBytes(codec.toBytes(envelope));

        assertThat(read.type()).isEqualTo(type.name());
        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(codec.payload(read)).isEqualTo(payload);
    }

    @Test
    void theActorCarriesTheTokensNameAndPosition() {
        EnvelopeCodec codec = new EnvelopeCodec();
        Actor head = new Actor("f3a1-subject", "HEAD", "almaty-akimat", "Aliya Nurlanovna", "head of the office");
        EventEnvelope envelope = codec.wrap(UUID.randomUUID(), new AppealWithdrawn("a-1", LocalDate.of(2026, 3, 17),
                "I withdraw", "APPC art. 64(9)"), "a-1", 0, Instant.parse("2026-03-17T05:00:00Z"), head);

        assertThat(codec.fromBytes(codec.toBytes(envelope)).actor()).isEqualTo(head);
    }

    /** Envelopes stored before tokens arrived have no name or position: they still read, with both null. */
    @Test
    void anActorWithoutNameAndPositionStillReads() {
        EnvelopeCodec codec = new EnvelopeCodec();
        String old = """
                {"eventId":"6b0f5a8e-3c41-4b8a-9d61-0a7f4b1e2c33","type":"AppealWithdrawn","schemaVersion":1,
                 "appealId":"a-1","sequence":4,"occurredAt":"2026-03-14T14:00:00.412Z",
                 "actor":{"userId":"head-1","role":"HEAD","bodyId":"almaty-akimat"},
                 "payload":{"appealId":"a-1","withdrawnOn":"2026-03-14","statement":"I withdraw",
                            "legalBasis":"APPC art. 64(9)"}}""";

        EventEnvelope read = codec.fromBytes(old.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(read.actor()).isEqualTo(new Actor("head-1", "HEAD", "almaty-akimat", null, null));
    }

    /** An instance with a value in every field, nested records and lists included. */
    private static Object sample(Class<?> recordClass) throws Exception {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), components[i].getName());
        }
        return recordClass.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, String name) throws Exception {
        if (type == String.class) {
            return name + "-value";
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 17);
        } else if (type == Instant.class) {
            return Instant.parse("2026-03-17T05:00:00Z");
        } else if (type == boolean.class) {
            return true;
        } else if (type == int.class) {
            return 2;
        } else if (type == long.class) {
            return 86_500L;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        } else if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            return List.of(value(elementClass, elementClass, name + "-0"));
        } else if (type == ExplanationStep.class) {
            return new ExplanationStep(LocalDate.of(2026, 3, 17), "COUNTED", "working day 1 of 15");
        } else if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("No sample for " + type);
    }
}
