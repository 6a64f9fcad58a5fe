package kz.appeals.command.integrity;

import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.EnvelopeSeals;

/**
 * Seals an envelope before it is published: the event's hash and its predecessor's from the event store (written
 * there by the append trigger, migration V6), then the signature over all of it.
 */
@Component
public class EventSealer {

    private final JdbcTemplate jdbc;
    private final EnvelopeSeals seals;

    public EventSealer(JdbcTemplate jdbc, EnvelopeSeals seals) {
        this.jdbc = jdbc;
        this.seals = seals;
    }

    public EventEnvelope seal(EventEnvelope envelope) {
        List<String[]> hashes = jdbc.query(
                "SELECT event_hash, previous_hash FROM domainevententry WHERE eventidentifier = ?",
                (rs, i) -> new String[] {hex(rs.getBytes(1)), hex(rs.getBytes(2))}, envelope.eventId().toString());
        EventEnvelope.Seal seal = hashes.isEmpty() ? new EventEnvelope.Seal(null, null, null, null)
                : new EventEnvelope.Seal(hashes.get(0)[0], hashes.get(0)[1], null, null);
        return seals.sign(envelope.withSeal(seal));
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
