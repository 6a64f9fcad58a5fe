package kz.appeals.query.replay;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.projection.JdbcReadModelTables;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ProjectionPipeline;

/**
 * Rebuilds read models from the first journaled event into fresh tables (schema {@value #REBUILD_SCHEMA}) while the
 * live tables keep serving, then switches in one transaction: under the exclusive switch lock it replays the last
 * events that arrived meanwhile, drops the live tables and moves the rebuilt ones in. Readers see the old model until
 * the commit and the new one after it; the live consumer waits only for that last transaction.
 * <p>
 * The fresh tables are created UNLOGGED with their keys only. Every event journaled when the rebuild starts is loaded
 * in bulk ({@link BulkRebuild}: parallel workers by appeal hash, whole appeals folded in memory, COPY) when every
 * selected read model's rows belong to one appeal each, else event by event with each batch's row changes coalesced;
 * then the secondary indexes are built, the tables made LOGGED, and the events journaled meanwhile replayed.
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
    private final BulkRebuild bulk;
    private final int workers;

    public ReplayService(ProjectionPipeline pipeline, JdbcTemplate jdbc, TransactionTemplate transactions,
                         EnvelopeCodec codec, DataSource dataSource, JdbcReadModelTables tables,
                         @Value("${appeals.replay.workers:2}") int workers) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
        this.bulk = new BulkRebuild(dataSource, jdbc, codec, tables);
        this.workers = Math.max(1, workers);
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
        List<String> indexes = new ArrayList<>();
        for (Projection model : models) {
            for (String table : model.tables()) {
                indexes.addAll(createUnindexed(live, table));
            }
        }
        // under the exclusive switch lock no live transaction is open: every event up to this id is committed
        long upTo = transactions.execute(status -> {
            pipeline.holdExclusiveSwitchLock();
            return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM event_journal", Long.class);
        });
        Instant started = Instant.now();
        List<Projection> inBulk = models.stream().filter(Projection::rowsBelongToOneAppeal).toList();
        List<Projection> oneByOne = models.stream().filter(m -> !m.rowsBelongToOneAppeal()).toList();
        long done = 0;
        if (!inBulk.isEmpty()) {
            AtomicLong loaded = new AtomicLong();
            boolean reports = oneByOne.isEmpty(); // else the event-by-event pass below reports the progress
            bulk.run(inBulk, REBUILD_SCHEMA, upTo, workers, n -> {
                long sum = loaded.addAndGet(n);
                if (reports) {
                    jdbc.update("UPDATE replay_run SET events_done = ? WHERE id = ?", sum, runId);
                }
            });
            done = loaded.get();
            log.info("Rebuild {}: {} events loaded in bulk by {} workers into {}, {} per second", runId, done,
                    workers, names(inBulk), done * 1000 / Math.max(1, Duration.between(started, Instant.now())
                            .toMillis()));
        }
        if (!oneByOne.isEmpty()) {
            done = replayRange(runId, 0, upTo, oneByOne, live, 0, started);
        }
        finishTables(models, indexes);
        // what was journaled meanwhile, into every model, before the switch
        long last = upTo;
        while (true) {
            long from = last;
            List<Long> applied = transactions.execute(status -> replayBatch(from, Long.MAX_VALUE, models, live));
            if (applied.isEmpty()) {
                break;
            }
            last = applied.get(applied.size() - 1);
            done += applied.size();
            jdbc.update("UPDATE replay_run SET events_done = ? WHERE id = ?", done, runId);
        }
        long tailFrom = last;
        transactions.executeWithoutResult(status -> {
            pipeline.holdExclusiveSwitchLock();
            List<Long> tail;
            long cursor = tailFrom;
            while (!(tail = replayBatch(cursor, Long.MAX_VALUE, models, live)).isEmpty()) {
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

    /**
     * The fresh table: UNLOGGED, columns, defaults, checks and its primary key and unique constraints (the upserts
     * need them), under the live names; returns the secondary indexes' definitions, to be built after the load.
     */
    private List<String> createUnindexed(String live, String table) {
        String fresh = REBUILD_SCHEMA + "." + table;
        jdbc.execute("DROP TABLE IF EXISTS " + fresh);
        jdbc.execute("CREATE UNLOGGED TABLE " + fresh + " (LIKE " + live + "." + table
                + " INCLUDING ALL EXCLUDING INDEXES)");
        List<String[]> keys = jdbc.query("""
                SELECT conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.conrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass AND c.contype IN ('p', 'u')
                ORDER BY c.contype, c.conname""", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
                live, table);
        for (String[] key : keys) {
            jdbc.execute("ALTER TABLE " + fresh + " ADD CONSTRAINT " + key[0] + " " + key[1]);
        }
        List<String> secondary = new ArrayList<>();
        for (String[] index : jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? "
                + "AND tablename = ? ORDER BY indexname", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
                live, table)) {
            if (keys.stream().noneMatch(key -> key[0].equals(index[0]))) {
                String on = " ON " + live + "." + table + " ";
                if (!index[1].contains(on)) {
                    throw new IllegalStateException("Unexpected index definition: " + index[1]);
                }
                secondary.add(index[1].replace(on, " ON " + fresh + " "));
            }
        }
        return secondary;
    }

    /** After the load: the secondary indexes built once over all rows, then the tables written to the WAL. */
    private void finishTables(List<Projection> models, List<String> indexes) {
        indexes.forEach(jdbc::execute);
        for (Projection model : models) {
            for (String table : model.tables()) {
                jdbc.execute("ALTER TABLE " + REBUILD_SCHEMA + "." + table + " SET LOGGED");
            }
        }
    }

    /** Journaled events after {@code afterId} up to {@code upTo} into {@code models}, a batch per transaction. */
    private long replayRange(long runId, long afterId, long upTo, List<Projection> models, String live, long done,
                             Instant started) {
        long last = afterId;
        while (true) {
            long from = last;
            List<Long> applied = transactions.execute(status -> replayBatch(from, upTo, models, live));
            if (applied.isEmpty()) {
                return done;
            }
            last = applied.get(applied.size() - 1);
            done += applied.size();
            jdbc.update("UPDATE replay_run SET events_done = ? WHERE id = ?", done, runId);
            if (done % (BATCH * 10L) == 0) {
                log.info("Rebuild {}: {} events, {} per second", runId, done,
                        done * 1000 / Math.max(1, Duration.between(started, Instant.now()).toMillis()));
            }
        }
    }

    /** One batch of journaled events after {@code afterId} into the rebuild tables; returns the ids applied. */
    private List<Long> replayBatch(long afterId, long upTo, List<Projection> models, String live) {
        jdbc.execute("SET LOCAL search_path TO " + REBUILD_SCHEMA + ", " + live);
        List<Object[]> rows = jdbc.query("SELECT id, envelope FROM event_journal WHERE id > ? AND id <= ? "
                        + "ORDER BY id LIMIT ?", (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, afterId,
                upTo, BATCH);
        pipeline.batched(() -> {
            for (Object[] row : rows) {
                pipeline.replay(codec.fromBytes(((String) row[1]).getBytes(StandardCharsets.UTF_8)), models);
            }
        });
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
