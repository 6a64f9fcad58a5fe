package kz.appeals.query.projection;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        boolean fresh = jdbc.update(INSERT + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                row(envelope, signed)) == 1;
        if (fresh) {
            rememberBody(envelope);
        } else {
            conflicts.checkDuplicate(signed, envelope);
        }
        return fresh;
    }

    /**
     * {@link #append} for a batch in one multi-row statement (issue 13 item 4), in chunks of {@value #CHUNK} rows
     * (11 parameters each, below PostgreSQL's 32,767).
     *
     * @return per envelope, whether it is new: the first of its id and place in this batch and not journaled before
     * @throws kz.appeals.query.integrity.RejectedEvent (CONFLICT) if one claims a taken place or id with other content
     */
    public boolean[] appendAll(List<EventEnvelope> signed) {
        boolean[] fresh = new boolean[signed.size()];
        for (int from = 0; from < signed.size(); from += CHUNK) {
            List<EventEnvelope> chunk = signed.subList(from, Math.min(signed.size(), from + CHUNK));
            List<EventEnvelope> storable = chunk.stream().map(StorableText::of).toList();
            List<Object> args = new ArrayList<>(chunk.size() * 11);
            for (int i = 0; i < chunk.size(); i++) {
                args.addAll(Arrays.asList(row(storable.get(i), chunk.get(i))));
            }
            Set<String> inserted = new HashSet<>(jdbc.queryForList(INSERT + String.join(", ",
                    Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    + " ON CONFLICT DO NOTHING RETURNING event_id", String.class, args.toArray()));
            List<Object[]> bodies = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                EventEnvelope envelope = storable.get(i);
                // a second copy of the same event within the batch is no longer fresh
                if (inserted.remove(envelope.eventId().toString())) {
                    fresh[from + i] = true;
                    bodies.addAll(bodies(envelope));
                } else {
                    conflicts.checkDuplicate(chunk.get(i), envelope);
                }
            }
            if (!bodies.isEmpty()) {
                jdbc.batchUpdate(BODY, bodies);
            }
        }
        return fresh;
    }

    private static final int CHUNK = 1_000;
    private static final String INSERT = """
            INSERT INTO event_journal (event_id, appeal_id, type, schema_version, sequence_no, occurred_at,
                actor_user, actor_role, actor_body, legal_basis, envelope)
            VALUES """;
    private static final String BODY =
            "INSERT INTO appeal_body (appeal_id, body_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    private Object[] row(EventEnvelope envelope, EventEnvelope signed) {
        JsonNode basis = envelope.payload() == null ? null : envelope.payload().get("legalBasis");
        return new Object[] {envelope.eventId().toString(), envelope.appealId(), envelope.type(),
                envelope.schemaVersion(), envelope.sequence(), Timestamp.from(envelope.occurredAt()),
                envelope.actor() == null ? null : envelope.actor().userId(),
                envelope.actor() == null ? null : envelope.actor().role(),
                envelope.actor() == null ? null : envelope.actor().bodyId(),
                basis == null || basis.isNull() ? null : basis.asText(), json(signed)};
    }

    private static List<Object[]> bodies(EventEnvelope envelope) {
        List<Object[]> out = new ArrayList<>();
        JsonNode payload = envelope.payload();
        for (String path : new String[] {"addressee", "to", "reviewBody"}) {
            JsonNode body = payload == null ? null : payload.get(path);
            if (body != null && body.hasNonNull("bodyId")) {
                out.add(new Object[] {envelope.appealId(), body.get("bodyId").asText()});
            }
        }
        return out;
    }

    private void rememberBody(EventEnvelope envelope) {
        for (Object[] body : bodies(envelope)) {
            jdbc.update(BODY, body);
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
