package kz.appeals.query.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.query.access.PersonalData;
import kz.appeals.query.api.NotFoundException;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.integrity.RejectedEvent;
import kz.appeals.query.projection.ProjectionPipeline;

/** Parked events: listed for an operator and retried, in their appeal's order, once the cause is fixed. */
@Component
public class DeadLetters {

    /** What an operator sees of a parked event: where it is, its kind (ERROR, FORGED or CONFLICT, docs/integrity.md)
     * and why it failed, never its contents. */
    public record DeadLetter(long id, String topic, int partition, long offset, String appealId, String eventId,
                             String kind, String error, Instant parkedAt) {
    }

    public record RetryResult(String appealId, int applied, int stillParked, String error) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionPipeline pipeline;
    private final EnvelopeCodec codec;

    public DeadLetters(JdbcTemplate jdbc, TransactionTemplate transactions, ProjectionPipeline pipeline,
                       EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.pipeline = pipeline;
        this.codec = codec;
    }

    private long sequenceOf(byte[] payload) {
        try {
            return codec.fromBytes(payload).sequence();
        } catch (RuntimeException unreadable) {
            return -1;
        }
    }

    public PageOf<DeadLetter> list(String appealId, int page, int size) {
        String where = appealId == null ? "" : " WHERE appeal_id = ?";
        Object[] args = appealId == null ? new Object[0] : new Object[] {appealId};
        Long total = jdbc.queryForObject("SELECT count(*) FROM dead_letter" + where, Long.class, args);
        List<Object> pageArgs = new java.util.ArrayList<>(List.of(args));
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<DeadLetter> items = jdbc.query("SELECT * FROM dead_letter" + where + " ORDER BY id LIMIT ? OFFSET ?",
                (rs, i) -> new DeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getInt("partition_no"),
                        rs.getLong("record_offset"), rs.getString("appeal_id"), rs.getString("event_id"),
                        rs.getString("kind"), PersonalData.scrub(rs.getString("error")),
                        rs.getTimestamp("parked_at").toInstant()), pageArgs.toArray());
        return PageOf.of(items, page, size, total == null ? 0 : total);
    }

    /**
     * Retries the parked events of the dead letter's appeal in the appeal's order (by sequence; unreadable ones
     * first, as they were first to fail), each in its own transaction; stops at the first that fails again (its error
     * is updated), so nothing is applied out of order. A record that is still forged or conflicting stays parked
     * under that kind without stopping the others, as in live consumption: it never held them back.
     */
    public RetryResult retry(long deadLetterId) {
        List<String> appeal = jdbc.queryForList("SELECT appeal_id FROM dead_letter WHERE id = ?", String.class,
                deadLetterId);
        if (appeal.isEmpty()) {
            throw new NotFoundException("No dead letter with id " + deadLetterId);
        }
        String appealId = appeal.get(0);
        List<Object[]> parked = new java.util.ArrayList<>(jdbc.query(
                "SELECT id, payload FROM dead_letter WHERE appeal_id IS NOT DISTINCT FROM ? ORDER BY id",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getBytes(2)}, appealId));
        parked.sort(java.util.Comparator.comparingLong(row -> sequenceOf((byte[]) row[1])));
        int applied = 0;
        int stillRejected = 0;
        String lastRejection = null;
        for (Object[] row : parked) {
            long id = (Long) row[0];
            try {
                transactions.executeWithoutResult(status -> {
                    pipeline.holdSharedSwitchLock();
                    pipeline.accept(codec.fromBytes((byte[]) row[1]));
                    jdbc.update("DELETE FROM dead_letter WHERE id = ?", id);
                });
                applied++;
            } catch (RuntimeException e) {
                String kind = RejectedEvent.kindOf(e);
                jdbc.update("UPDATE dead_letter SET error = ?, kind = ?, parked_at = ? WHERE id = ?",
                        kz.appeals.query.integrity.StorableText.clean(e.toString()), kind,
                        Timestamp.from(Instant.now()), id);
                if (!RejectedEvent.ERROR.equals(kind)) {
                    stillRejected++;
                    lastRejection = PersonalData.scrub(e.toString());
                    continue;
                }
                return new RetryResult(appealId, applied, parked.size() - applied, PersonalData.scrub(e.toString()));
            }
        }
        return new RetryResult(appealId, applied, stillRejected, lastRejection);
    }
}
