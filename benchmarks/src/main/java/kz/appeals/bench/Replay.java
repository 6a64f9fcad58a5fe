package kz.appeals.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The replay corpus and the rebuild. The corpus is made of clones of real appeal histories from the journal (each
 * clone gets a new appeal id and new event ids, replaced everywhere in the envelope), so payload sizes and event mix
 * are those the services produce. Two ways in: produced to the events topic with the publisher's settings and
 * projected by the running query-service (measures live projection), and — for the bulk of a large corpus —
 * COPY straight into {@code query.event_journal}, the table every rebuild reads. Then all read models are rebuilt
 * through {@code POST /api/admin/read-models/rebuilds} and its progress is followed.
 */
final class Replay {

    record JournalRow(String eventId, String type, int schemaVersion, long sequence, Timestamp occurredAt,
                      String actorUser, String actorRole, String actorBody, String legalBasis, String envelope) {
    }

    record History(String appealId, List<JournalRow> events) {
    }

    /** {@code parkedForged}: events the query-service parked as FORGED meanwhile (0 unless the seals are wrong). */
    record Fed(long events, double produceSeconds, double seconds, boolean complete, long parkedForged) {
        double eventsPerSecond() {
            return events / Math.max(1e-3, seconds);
        }
    }

    record Rebuild(long runId, String status, long eventsTotal, long eventsDone, double seconds,
                   double eventsPerSecond, List<double[]> timeline, String error) {
    }

    private Replay() {
    }

    /** Complete histories (sequence 0 onwards) of up to {@code appeals} recent appeals. */
    static List<History> templates(Db db, int appeals) throws SQLException {
        Map<String, List<JournalRow>> byAppeal = new LinkedHashMap<>();
        try (Connection c = db.connect()) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT appeal_id FROM (SELECT appeal_id FROM query.event_journal ORDER BY id DESC
                    LIMIT ?) recent LIMIT ?""")) {
                ps.setInt(1, appeals * 10);
                ps.setInt(2, appeals);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT appeal_id, event_id, type, schema_version, sequence_no, occurred_at, actor_user,
                           actor_role, actor_body, legal_basis, envelope
                    FROM query.event_journal WHERE appeal_id = ANY (?) ORDER BY appeal_id, sequence_no""")) {
                Array array = c.createArrayOf("varchar", ids.toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byAppeal.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new JournalRow(
                                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getTimestamp(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11)));
                    }
                }
            }
        }
        List<History> out = new ArrayList<>();
        byAppeal.forEach((id, events) -> {
            if (!events.isEmpty() && events.get(0).sequence() == 0) {
                out.add(new History(id, events));
            }
        });
        if (out.isEmpty()) {
            throw new IllegalStateException("no complete appeal history in query.event_journal to clone");
        }
        return out;
    }

    /** One clone of a history: a new appeal id and new event ids, replaced in the envelopes. */
    static List<JournalRow> clone(History h) {
        String appealId = UUID.randomUUID().toString();
        List<JournalRow> out = new ArrayList<>(h.events().size());
        for (JournalRow e : h.events()) {
            String eventId = UUID.randomUUID().toString();
            out.add(new JournalRow(eventId, e.type(), e.schemaVersion(), e.sequence(), e.occurredAt(), e.actorUser(),
                    e.actorRole(), e.actorBody(), e.legalBasis(),
                    e.envelope().replace(h.appealId(), appealId).replace(e.eventId(), eventId)));
        }
        return out;
    }

    static String appealIdOf(List<JournalRow> clone, History template) {
        JournalRow first = clone.get(0);
        String env = first.envelope();
        int at = env.indexOf("\"appealId\"");
        return OpenLoad.field(env.substring(at), "appealId");
    }

    static long journalMaxId(Db db) {
        return db.queryLong("SELECT coalesce(max(id), 0) FROM query.event_journal");
    }

    /**
     * Produces clones to the events topic and waits (bounded) until the query-service has journaled them all. Each
     * clone is re-chained and re-signed first ({@link Reseal}), before the clock starts: the query-service projects
     * only envelopes the command side's key signed, and signing is the command side's cost, not the projection's.
     */
    static Fed viaKafka(Db db, String bootstrap, String topic, List<History> templates, long events,
                        long timeoutSeconds, Reseal reseal) {
        List<String> keys = new ArrayList<>();
        List<List<byte[]>> corpus = new ArrayList<>();
        long sent = 0;
        for (int i = 0; sent < events; i++) {
            History h = templates.get(i % templates.size());
            List<JournalRow> clone = clone(h);
            keys.add(appealIdOf(clone, h));
            corpus.add(reseal.seal(clone));
            sent += clone.size();
        }
        if (reseal.verify(corpus.get(0).get(0)) != kz.appeals.messaging.integrity.EnvelopeSeals.Verdict.VALID) {
            throw new IllegalStateException("a re-sealed clone does not verify with the event key");
        }
        long before = journalMaxId(db);
        long forgedBefore = parkedForged(db);
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = Baselines.producer(bootstrap, "bench-replay-feed")) {
            for (int i = 0; i < corpus.size(); i++) {
                for (byte[] envelope : corpus.get(i)) {
                    producer.send(new ProducerRecord<>(topic, keys.get(i), envelope));
                }
            }
            producer.flush();
        }
        double produced = (System.nanoTime() - t0) / 1e9;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long journaled = 0;
        while (System.nanoTime() < deadline) {
            journaled = db.queryLong("SELECT count(*) FROM query.event_journal WHERE id > ?", before);
            if (journaled >= sent) {
                break;
            }
            OpenLoad.sleep(250);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Fed(Math.min(sent, journaled), produced, seconds, journaled >= sent,
                parkedForged(db) - forgedBefore);
    }

    private static long parkedForged(Db db) {
        return db.queryLong("SELECT count(*) FROM query.dead_letter WHERE kind = 'FORGED'");
    }

    /** COPY of clones into query.event_journal until it holds {@code total} rows; returns rows added and seconds. */
    static Fed copy(Db db, List<History> templates, long total) throws SQLException, IOException {
        long have = db.queryLong("SELECT count(*) FROM query.event_journal");
        long need = total - have;
        if (need <= 0) {
            return new Fed(0, 0, 0, true, 0);
        }
        long t0 = System.nanoTime();
        long written = 0;
        try (Connection c = db.connect()) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY query.event_journal (event_id, appeal_id, type, schema_version, sequence_no, occurred_at,
                        actor_user, actor_role, actor_body, legal_basis, envelope) FROM STDIN (FORMAT csv)""");
            try {
                StringBuilder buf = new StringBuilder(1 << 20);
                int i = 0;
                while (written < need) {
                    History h = templates.get(i++ % templates.size());
                    List<JournalRow> clone = clone(h);
                    String appealId = appealIdOf(clone, h);
                    for (JournalRow e : clone) {
                        csv(buf, e.eventId()).append(',');
                        csv(buf, appealId).append(',');
                        csv(buf, e.type()).append(',');
                        buf.append(e.schemaVersion()).append(',').append(e.sequence()).append(',');
                        csv(buf, e.occurredAt().toInstant().toString()).append(',');
                        csv(buf, e.actorUser()).append(',');
                        csv(buf, e.actorRole()).append(',');
                        csv(buf, e.actorBody()).append(',');
                        csv(buf, e.legalBasis()).append(',');
                        csv(buf, e.envelope()).append('\n');
                    }
                    written += clone.size();
                    if (buf.length() > (1 << 20)) {
                        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        buf.setLength(0);
                    }
                }
                byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
        db.execute("ANALYZE query.event_journal");
        return new Fed(written, 0, (System.nanoTime() - t0) / 1e9, true, 0);
    }

    private static StringBuilder csv(StringBuilder b, String value) {
        if (value == null) {
            return b; // unquoted empty = NULL
        }
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                b.append('"');
            }
            b.append(ch);
        }
        return b.append('"');
    }

    /** Starts a rebuild of all read models and follows its progress once a second, bounded. */
    static Rebuild rebuild(Api api, long timeoutSeconds) {
        String progress = api.startRebuild();
        long t0 = System.nanoTime();
        List<double[]> timeline = new ArrayList<>();
        JsonNode p = null;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
            OpenLoad.sleep(1000);
            p = api.get(progress);
            timeline.add(new double[] {(System.nanoTime() - t0) / 1e9, p.get("eventsDone").asDouble()});
            String status = p.get("status").asText();
            if (!status.equals("RUNNING")) {
                break;
            }
        }
        if (p == null) {
            throw new IllegalStateException("no progress for " + progress);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.hasNonNull("finishedAt") && p.hasNonNull("startedAt")) {
            seconds = (Instant.parse(p.get("finishedAt").asText()).toEpochMilli()
                    - Instant.parse(p.get("startedAt").asText()).toEpochMilli()) / 1000.0;
        }
        return new Rebuild(p.get("runId").asLong(), p.get("status").asText(), p.get("eventsTotal").asLong(),
                p.get("eventsDone").asLong(), seconds, p.get("eventsPerSecond").asDouble(), timeline,
                p.hasNonNull("error") ? p.get("error").asText() : null);
    }
}
