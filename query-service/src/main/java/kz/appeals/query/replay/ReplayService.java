package kz.appeals.query.replay;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ProjectionPipeline;

/**
 * Rebuilds read models from the first journaled event into fresh tables (schema {@value #REBUILD_SCHEMA}) while the
 * live tables keep serving, then switches in one transaction: under the exclusive switch lock it replays the last
 * events that arrived meanwhile, drops the live tables and moves the rebuilt ones in. Readers see the old model until
 * the commit and the new one after it; the live consumer waits only for that last transaction.
 */
@Service
public class ReplayService implements DisposableBean {

    static final String REBUILD_SCHEMA = "query_rebuild";
    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final int BATCH = 1000;
    private static final long REPLAY_LOCK = 0x52454255L; // only one rebuild at a time across instances

    private final ProjectionPipeline pipeline;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EnvelopeCodec codec;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "replay"));

    public ReplayService(ProjectionPipeline pipeline, JdbcTemplate jdbc, TransactionTemplate transactions,
                         EnvelopeCodec codec) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
    }

    public record Progress(long runId, List<String> readModels, String status, long eventsTotal, long eventsDone,
                           double eventsPerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
                           String error) {
    }

    /** The read models by name; an empty list means all of them. */
    public List<Projection> select(List<String> names) {
        if (names == null || names.isEmpty()) {
            return pipeline.projections();
        }
        List<Projection> selected = pipeline.projections().stream().filter(p -> names.contains(p.name())).toList();
        if (selected.size() != names.size()) {
            throw new BadParameterException("readModels", "body", "unknown read model; known: "
                    + pipeline.projections().stream().map(Projection::name).toList());
        }
        return selected;
    }

    /** Starts a rebuild in the background and returns its run id at once. */
    public long start(List<Projection> models) {
        long runId = createRun(models);
        worker.submit(() -> run(runId, models));
        return runId;
    }

    /** Rebuilds in the calling thread; returns the finished run's progress. */
    public Progress rebuild(List<Projection> models) {
        long runId = createRun(models);
        run(runId, models);
        return progress(runId).orElseThrow();
    }

    private long createRun(List<Projection> models) {
        long total = jdbc.queryForObject("SELECT count(*) FROM event_journal", Long.class);
        return jdbc.queryForObject("""
                INSERT INTO replay_run (read_models, status, events_total, events_done, started_at)
                VALUES (?, 'RUNNING', ?, 0, now()) RETURNING id""", Long.class, names(models), total);
    }

    public Optional<Progress> progress(long runId) {
        return jdbc.query("SELECT * FROM replay_run WHERE id = ?", (rs, i) -> {
            Instant started = rs.getTimestamp("started_at").toInstant();
            Timestamp finishedTs = rs.getTimestamp("finished_at");
            Instant finished = finishedTs == null ? null : finishedTs.toInstant();
            long done = rs.getLong("events_done");
            long total = rs.getLong("events_total");
            double seconds = Math.max(0.001,
                    Duration.between(started, finished == null ? Instant.now() : finished).toMillis() / 1000.0);
            double rate = done / seconds;
            Long left = finished != null ? Long.valueOf(0) : rate > 0 ? (long) Math.ceil((total - done) / rate) : null;
            return new Progress(rs.getLong("id"), List.of(rs.getString("read_models").split(",")),
                    rs.getString("status"), total, done, Math.round(rate * 10) / 10.0, left, started, finished,
                    rs.getString("error"));
        }, runId).stream().findFirst();
    }

    private void run(long runId, List<Projection> models) {
        try {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class, REPLAY_LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                finish(runId, "FAILED", "another rebuild is running");
                return;
            }
            try {
                replay(runId, models);
                finish(runId, "DONE", null);
            } finally {
                jdbc.queryForObject("SELECT pg_advisory_unlock(?)", Boolean.class, REPLAY_LOCK);
            }
        } catch (RuntimeException e) {
            // the cause's text can quote event contents (personal data): its scrubbed text, no stack trace
            log.error("Rebuild {} failed: {}", runId, kz.appeals.query.access.PersonalData.scrub(e.toString()));
            finish(runId, "FAILED", e.toString());
        }
    }

    private void replay(long runId, List<Projection> models) {
        String live = jdbc.queryForObject("SELECT current_schema()", String.class);
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + REBUILD_SCHEMA);
        for (Projection model : models) {
            for (String table : model.tables()) {
                jdbc.execute("DROP TABLE IF EXISTS " + REBUILD_SCHEMA + "." + table);
                jdbc.execute("CREATE TABLE " + REBUILD_SCHEMA + "." + table + " (LIKE " + live + "." + table
                        + " INCLUDING ALL)");
            }
        }
        long last = 0;
        long done = 0;
        Instant started = Instant.now();
        while (true) {
            long from = last;
            List<Long> applied = transactions.execute(status -> replayBatch(from, models, live));
            if (applied.isEmpty()) {
                break;
            }
            last = applied.get(applied.size() - 1);
            done += applied.size();
            jdbc.update("UPDATE replay_run SET events_done = ? WHERE id = ?", done, runId);
            if (done % (BATCH * 10L) == 0) {
                log.info("Rebuild {}: {} events, {} per second", runId, done,
                        done * 1000 / Math.max(1, Duration.between(started, Instant.now()).toMillis()));
            }
        }
        long tailFrom = last;
        transactions.executeWithoutResult(status -> {
            pipeline.holdExclusiveSwitchLock();
            List<Long> tail;
            long cursor = tailFrom;
            while (!(tail = replayBatch(cursor, models, live)).isEmpty()) {
                cursor = tail.get(tail.size() - 1);
            }
            jdbc.execute("SET LOCAL search_path TO " + live);
            for (Projection model : models) {
                for (String table : model.tables()) {
                    jdbc.execute("DROP TABLE " + live + "." + table);
                    jdbc.execute("ALTER TABLE " + REBUILD_SCHEMA + "." + table + " SET SCHEMA " + live);
                }
            }
            jdbc.update("UPDATE replay_run SET events_done = events_done + (SELECT count(*) FROM event_journal "
                    + "WHERE id > ?) WHERE id = ?", tailFrom, runId);
        });
        log.info("Rebuild {} switched {} to the rebuilt tables", runId, names(models));
    }

    /** One batch of journaled events after {@code afterId} into the rebuild tables; returns the ids applied. */
    private List<Long> replayBatch(long afterId, List<Projection> models, String live) {
        jdbc.execute("SET LOCAL search_path TO " + REBUILD_SCHEMA + ", " + live);
        List<Object[]> rows = jdbc.query("SELECT id, envelope FROM event_journal WHERE id > ? ORDER BY id LIMIT ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, afterId, BATCH);
        for (Object[] row : rows) {
            pipeline.replay(codec.fromBytes(((String) row[1]).getBytes(StandardCharsets.UTF_8)), models);
        }
        return rows.stream().map(r -> (Long) r[0]).toList();
    }

    private void finish(long runId, String status, String error) {
        jdbc.update("UPDATE replay_run SET status = ?, finished_at = now(), error = ? WHERE id = ?", status, error,
                runId);
    }

    private static String names(List<Projection> models) {
        return String.join(",", models.stream().map(Projection::name).toList());
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
