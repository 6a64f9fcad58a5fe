package kz.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import kz.appeals.deploy.Secrets;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.messaging.integrity.EventKeys;

/** A cloned history must pass the query-service's check (signature of the trusted key) and keep a linked chain. */
class ResealTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void cloneIsSignedWithTheEventKeyAndChainedFromZero(@TempDir Path dir) {
        Secrets secrets = new Secrets(dir.resolve("secrets"));
        String[] pair = secrets.eventKeyPair();
        // a template history signed by some other key (what the journal holds is the template's own seal)
        EnvelopeSeals other = new EnvelopeSeals(EventKeys.of("old", EventKeys.generate()[0], null), codec);
        String appealId = UUID.randomUUID().toString();
        List<Replay.JournalRow> rows = new ArrayList<>();
        for (int seq = 0; seq < 3; seq++) {
            EventEnvelope e = new EventEnvelope(UUID.randomUUID(), "AppealFiled", 1, appealId, seq,
                    Instant.parse("2026-11-26T10:00:00Z"), null,
                    JsonNodeFactory.instance.objectNode().put("appealId", appealId),
                    new EventEnvelope.Seal("ab".repeat(32), "cd".repeat(32), null, null));
            rows.add(new Replay.JournalRow(e.eventId().toString(), e.type(), 1, seq,
                    Timestamp.from(e.occurredAt()), null, null, null, null,
                    new String(codec.toBytes(other.sign(e)), StandardCharsets.UTF_8)));
        }
        List<Replay.JournalRow> clone = Replay.clone(new Replay.History(appealId, rows));

        List<byte[]> sealed = Reseal.with(secrets).seal(clone);

        // the query-service's view: only the public half, under the launcher's key id (EnvelopeIntegrity)
        EnvelopeSeals verifier = new EnvelopeSeals(EventKeys.of(null, null, Secrets.EVENT_KEY_ID + "=" + pair[1]),
                codec);
        String previous = "0".repeat(64);
        for (int i = 0; i < sealed.size(); i++) {
            EventEnvelope e = codec.fromBytes(sealed.get(i));
            assertThat(verifier.verify(e)).isEqualTo(EnvelopeSeals.Verdict.VALID);
            assertThat(e.seal().keyId()).isEqualTo(Secrets.EVENT_KEY_ID);
            assertThat(e.appealId()).isNotEqualTo(appealId);
            assertThat(e.eventId().toString()).isEqualTo(clone.get(i).eventId());
            assertThat(e.seal().previousHash()).isEqualTo(previous);
            assertThat(e.seal().hash()).isNotEqualTo("ab".repeat(32));
            previous = e.seal().hash();
        }
        // the template's seal would not have passed: that is what parked the clones as FORGED
        assertThat(verifier.verify(codec.fromBytes(clone.get(0).envelope().getBytes(StandardCharsets.UTF_8))))
                .isNotEqualTo(EnvelopeSeals.Verdict.VALID);
    }
}
