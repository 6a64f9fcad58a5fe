package kz.appeals.query.integrity;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.CanonicalJson;

/**
 * Tells a harmless redelivery from a conflict when the journal already holds the event's id or its (appeal,
 * sequence): a redelivery is the same event — same id, same place, same content (the seal may differ, e.g. re-signed
 * after a key rotation); anything else claiming that place is a conflict, parked and alerted, and the event already
 * journaled stays.
 */
@Component
public class JournalConflicts {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    public JournalConflicts(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** @throws RejectedEvent of kind CONFLICT unless every journaled claimant is this very event */
    public void checkDuplicate(EventEnvelope envelope, EventEnvelope storable) {
        List<String[]> holders = jdbc.query("""
                SELECT event_id, envelope FROM event_journal
                WHERE event_id = ? OR (appeal_id = ? AND sequence_no = ?)""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, storable.eventId().toString(),
                storable.appealId(), storable.sequence());
        byte[] facts = facts(envelope);
        for (String[] holder : holders) {
            if (!Arrays.equals(facts, facts(codec.fromBytes(holder[1].getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))))) {
                throw new RejectedEvent(RejectedEvent.CONFLICT, "Event " + envelope.eventId() + " claims appeal "
                        + storable.appealId() + " sequence " + envelope.sequence() + ", but journaled event "
                        + holder[0] + " holds that place or id with different content; the journaled event stays");
            }
        }
    }

    private byte[] facts(EventEnvelope envelope) {
        ObjectNode tree = codec.mapper().valueToTree(envelope);
        tree.remove("seal");
        return CanonicalJson.bytes(tree);
    }
}
