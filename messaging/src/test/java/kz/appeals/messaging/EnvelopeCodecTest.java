package kz.appeals.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.appeals.events.Actor;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.EventCatalog;

/**
 * The envelope codec: every cataloged event survives the envelope, and writes exactly the bytes it wrote before the
 * codec moved out of shared-events. The command side's event hash chain and the envelope seal are computed over
 * this JSON (docs/integrity.md), so a changed byte would break every stored seal.
 */
class EnvelopeCodecTest {

    static Stream<EventCatalog.EventType> types() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyEventSurvivesTheEnvelope(EventCatalog.EventType type) throws Exception {
        EnvelopeCodec codec = new EnvelopeCodec();
        Object payload = EventSamples.sample(type.payloadClass());

        EventEnvelope envelope = codec.wrap(UUID.randomUUID(), payload, "a-1", 3, Instant.parse("2026-03-16T04:00:00Z"),
                new Actor("u-1", "EXECUTOR", "almaty-akimat"));
        EventEnvelope read = codec.fromBytes(codec.toBytes(envelope));

        assertThat(read.type()).isEqualTo(type.name());
        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(codec.payload(read)).isEqualTo(payload);
    }

    /**
     * envelopes-before-the-move.ndjson was first written by the codec while it still lived in shared-events (one
     * envelope per cataloged type, built exactly as below); the same events must serialize to the same bytes today.
     * A deliberate change of the contract (a new event, a new optional field, docs/events.md) rewrites the file with
     * {@code -DrewriteGoldenEnvelopes=true}, and the diff of that file is reviewed with the change.
     */
    @Test
    void everyEventSerializesToTheSameJsonAsBeforeTheCodecMoved() throws Exception {
        EnvelopeCodec codec = new EnvelopeCodec();
        if (Boolean.getBoolean("rewriteGoldenEnvelopes")) {
            StringBuilder all = new StringBuilder();
            for (EventCatalog.EventType type : EventCatalog.all()) {
                all.append(new String(codec.toBytes(goldenEnvelope(codec, type)), StandardCharsets.UTF_8))
                        .append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/envelopes-before-the-move.ndjson"),
                    all.toString());
        }
        List<String> before = golden();
        assertThat(before).hasSameSizeAs(EventCatalog.all());

        for (int i = 0; i < EventCatalog.all().size(); i++) {
            EventCatalog.EventType type = EventCatalog.all().get(i);
            EventEnvelope envelope = goldenEnvelope(codec, type);
            assertThat(new String(codec.toBytes(envelope), StandardCharsets.UTF_8))
                    .as(type.name()).isEqualTo(before.get(i));
        }
    }

    /** One event written out by hand, so a reader sees the wire shape without opening the golden file. */
    @Test
    void aWithdrawalReadsOnTheWireAsDocumented() {
        EnvelopeCodec codec = new EnvelopeCodec();
        EventEnvelope envelope = codec.wrap(UUID.fromString("6b0f5a8e-3c41-4b8a-9d61-0a7f4b1e2c33"),
                new AppealWithdrawn("a-1", LocalDate.of(2026, 3, 14), "I withdraw", "APPC art. 64(9)"), "a-1", 4,
                Instant.parse("2026-03-14T14:00:00.412Z"), new Actor("head-1", "HEAD", "almaty-akimat"));

        assertThat(new String(codec.toBytes(envelope), StandardCharsets.UTF_8)).isEqualTo(
                "{\"eventId\":\"6b0f5a8e-3c41-4b8a-9d61-0a7f4b1e2c33\",\"type\":\"AppealWithdrawn\",\"schemaVersion\":1,"
                        + "\"appealId\":\"a-1\",\"sequence\":4,\"occurredAt\":\"2026-03-14T14:00:00.412Z\","
                        + "\"actor\":{\"userId\":\"head-1\",\"role\":\"HEAD\",\"bodyId\":\"almaty-akimat\","
                        + "\"displayName\":null,\"position\":null},"
                        + "\"payload\":{\"appealId\":\"a-1\",\"withdrawnOn\":\"2026-03-14\",\"statement\":\"I withdraw\","
                        + "\"legalBasis\":\"APPC art. 64(9)\"},\"seal\":null}");
    }

    @Test
    void theActorCarriesTheTokensNameAndPosition() {
        EnvelopeCodec codec = new EnvelopeCodec();
        Actor head = new Actor("f3a1-subject", "HEAD", "almaty-akimat", "Aliya Nurlanovna", "head of the office");
        EventEnvelope envelope = codec.wrap(UUID.randomUUID(), new AppealWithdrawn("a-1", LocalDate.of(2026, 3, 17),
                "I withdraw", "APPC art. 64(9)"), "a-1", 0, Instant.parse("2026-03-17T05:00:00Z"), head);

        assertThat(codec.fromBytes(codec.toBytes(envelope)).actor()).isEqualTo(head);
    }

    /** A complaint decision stored before its language was recorded (arts. 22, 89(2)) still reads, language null. */
    @Test
    void aComplaintDecisionWithoutLanguageStillReads() {
        EnvelopeCodec codec = new EnvelopeCodec();
        String old = """
                {"eventId":"32d0949f-9f93-37b5-b7f2-387e155533ec","type":"ComplaintDecided","schemaVersion":1,
                 "appealId":"c-1","sequence":7,"occurredAt":"2026-05-04T05:00:00Z",
                 "actor":{"userId":"reviewer-1","role":"HEAD","bodyId":"almaty-region-akimat"},
                 "payload":{"appealId":"c-1","challengedAppealId":"a-1","outcome":"ACT_CANCELLED","reasons":"unlawful",
                            "violations":[],"decidedOn":"2026-05-04","decidedBy":"reviewer-1",
                            "reviewBodyId":"almaty-region-akimat","late":false,"legalBasis":"APPC art. 100(1)"}}""";

        Object payload = codec.payload(codec.fromBytes(old.getBytes(StandardCharsets.UTF_8)));

        assertThat(payload).isEqualTo(new ComplaintDecided("c-1", "a-1", ComplaintOutcome.ACT_CANCELLED, "unlawful",
                List.of(), LocalDate.of(2026, 5, 4), "reviewer-1", "almaty-region-akimat", false, "APPC art. 100(1)"));
        assertThat(((ComplaintDecided) payload).language()).isNull();
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

        EventEnvelope read = codec.fromBytes(old.getBytes(StandardCharsets.UTF_8));

        assertThat(read.actor()).isEqualTo(new Actor("head-1", "HEAD", "almaty-akimat", null, null));
    }

    private static EventEnvelope goldenEnvelope(EnvelopeCodec codec, EventCatalog.EventType type) throws Exception {
        EventEnvelope envelope = codec.wrap(UUID.nameUUIDFromBytes(type.name().getBytes(StandardCharsets.UTF_8)),
                EventSamples.sample(type.payloadClass()), "a-1", 3, Instant.parse("2026-03-16T04:00:00.412Z"),
                new Actor("u-1", "EXECUTOR", "almaty-akimat", "Aliya Nurlanovna", "head of the office"));
        if (type.payloadClass() == AppealRegistered.class) {
            envelope = envelope.withSeal(
                    new EventEnvelope.Seal("ab".repeat(32), "0".repeat(64), "key-1", "c2lnbmF0dXJl"));
        }
        return envelope;
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = EnvelopeCodecTest.class.getResourceAsStream("/envelopes-before-the-move.ndjson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
