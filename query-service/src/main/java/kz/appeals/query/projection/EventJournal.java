package kz.appeals.query.projection;

import java.sql.Timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.query.integrity.JournalConflicts;
import kz.appeals.query.integrity.StorableText;

/**
 * Appends accepted events to {@code event_journal}. A second delivery of the same event (same id, same content) is
 * dropped here; any other event claiming a place in the appeal's history that is already taken (same appeal and
 * sequence) or an id already used is a conflict ({@link JournalConflicts}): parked, and the journaled event stays.
 * The {@code envelope} column keeps the envelope exactly as signed, seal included, so the export can be verified.
 */
@Component
public class EventJournal {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;
    private final JournalConflicts conflicts;

    public EventJournal(JdbcTemplate jdbc, EnvelopeCodec codec, JournalConflicts conflicts) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.conflicts = conflicts;
    }

    /** @return false if the event or its place in the appeal's history was already journaled: change nothing */
    public boolean append(EventEnvelope signed) {
        EventEnvelope envelope = StorableText.of(signed);
        JsonNode basis = envelope.payload() == null ? null : envelope.payload().get("legalBasis");
        boolean fresh = jdbc.update("""
                INSERT INTO event_journal (event_id, appeal_id, type, schema_version, sequence_no, occurred_at,
                    actor_user, actor_role, actor_body, legal_basis, envelope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                envelope.eventId().toString(), envelope.appealId(), envelope.type(), envelope.schemaVersion(),
                envelope.sequence(), Timestamp.from(envelope.occurredAt()),
                envelope.actor() == null ? null : envelope.actor().userId(),
                envelope.actor() == null ? null : envelope.actor().role(),
                envelope.actor() == null ? null : envelope.actor().bodyId(),
                basis == null || basis.isNull() ? null : basis.asText(), json(signed)) == 1;
        if (fresh) {
            rememberBody(envelope);
        } else {
            conflicts.checkDuplicate(signed, envelope);
        }
        return fresh;
    }

    private void rememberBody(EventEnvelope envelope) {
        JsonNode payload = envelope.payload();
        for (String path : new String[] {"addressee", "to", "reviewBody"}) {
            JsonNode body = payload == null ? null : payload.get(path);
            if (body != null && body.hasNonNull("bodyId")) {
                jdbc.update("INSERT INTO appeal_body (appeal_id, body_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        envelope.appealId(), body.get("bodyId").asText());
            }
        }
    }

    private String json(EventEnvelope envelope) {
        try {
            return codec.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
