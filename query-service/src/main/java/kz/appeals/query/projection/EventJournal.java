package kz.appeals.query.projection;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.events.EnvelopeCodec;
import kz.appeals.events.EventEnvelope;

/**
 * Appends accepted events to {@code event_journal}. A second delivery of the same event (same id), or any other event
 * claiming a place in the appeal's history that is already taken (same appeal and sequence), is dropped here.
 */
@Component
public class EventJournal {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    public EventJournal(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** @return false if the event or its place in the appeal's history was already journaled: change nothing */
    public boolean append(EventEnvelope envelope) {
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
                basis == null || basis.isNull() ? null : basis.asText(), json(envelope)) == 1;
        if (fresh) {
            rememberBody(envelope);
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
