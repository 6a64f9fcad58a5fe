package kz.appeals.query.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.events.AppealEvent;
import kz.appeals.events.EnvelopeCodec;
import kz.appeals.events.EventEnvelope;

/** The audit timeline's reads of the journal ({@code event_journal}, {@code appeal_body}): history and exports. */
@Component
class AuditJournal {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    AuditJournal(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** An appeal's events in order, up to an instant inclusive (all when {@code upTo} is null). */
    List<EventEnvelope> events(String appealId, Instant upTo) {
        String sql = "SELECT envelope FROM event_journal WHERE appeal_id = ?"
                + (upTo == null ? "" : " AND occurred_at <= ?") + " ORDER BY sequence_no";
        Object[] args = upTo == null ? new Object[] {appealId} : new Object[] {appealId, Timestamp.from(upTo)};
        return jdbc.query(sql, (rs, i) -> codec.fromBytes(rs.getString(1).getBytes(StandardCharsets.UTF_8)), args);
    }

    /** The events the envelopes carry, in the same order. */
    List<AppealEvent> payloads(List<EventEnvelope> envelopes) {
        return envelopes.stream().map(e -> (AppealEvent) codec.payload(e)).toList();
    }

    /**
     * Every journaled envelope, as signed, of the appeals that have been at {@code body} and occurred in
     * [{@code from}, {@code to}) (each filter optional), in journal order, one line each.
     */
    void export(String body, Instant from, Instant to, Consumer<String> line) {
        StringBuilder sql = new StringBuilder("SELECT envelope FROM event_journal j WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (body != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM appeal_body b WHERE b.appeal_id = j.appeal_id AND b.body_id = ?)");
            args.add(body);
        }
        if (from != null) {
            sql.append(" AND j.occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND j.occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY j.id");
        jdbc.query(sql.toString(), rs -> {
            line.accept(rs.getString(1));
        }, args.toArray());
    }
}
