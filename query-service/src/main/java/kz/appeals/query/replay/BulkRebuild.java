package kz.appeals.query.replay;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.appeals.events.AppealEvent;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.query.integrity.StorableText;
import kz.appeals.query.projection.AppealRows;
import kz.appeals.query.projection.JdbcReadModelTables;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.StoredInstant;
import kz.appeals.query.projection.Projection;

/**
 * The bulk phase of a rebuild (issue 13 item 5): {@code workers} threads, each owning the appeals whose id hashes to
 * its share, read the journal up to a fixed id through a streaming cursor in appeal order, parse each envelope once,
 * fold each appeal's whole history in memory through the shared lifecycle and the read models' own code
 * ({@link AppealRows}), and COPY the finished rows into the rebuild tables (unlogged, without secondary indexes).
 * Only for read models whose rows each belong to one appeal.
 */
final class BulkRebuild {

    private static final int FETCH = 1_000;
    private static final int ROWS_PER_COPY = 5_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;
    private final JdbcReadModelTables tables;

    BulkRebuild(DataSource dataSource, JdbcTemplate jdbc, EnvelopeCodec codec, JdbcReadModelTables tables) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.codec = codec;
        this.tables = tables;
    }

    /**
     * Folds every journaled event with {@code id <= upToId} into {@code schema}'s tables of {@code models}.
     *
     * @param done told how many more events are folded and loaded, from any worker
     */
    void run(List<Projection> models, String schema, long upToId, int workers, LongConsumer done) {
        Map<String, Map<String, Long>> defaults = numericDefaults(models, schema);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "rebuild-worker"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int share = 0; share < workers; share++) {
                int mine = share;
                running.add(pool.submit(() -> {
                    worker(models, schema, upToId, workers, mine, defaults, done);
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    running.forEach(f -> f.cancel(true));
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("rebuild interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void worker(List<Projection> models, String schema, long upToId, int shares, int share,
                        Map<String, Map<String, Long>> defaults, LongConsumer done) throws SQLException, IOException {
        try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            reader.setAutoCommit(false); // a cursor streams only inside a transaction
            writer.setAutoCommit(true);
            CopyManager copy = writer.unwrap(PGConnection.class).getCopyAPI();
            try (PreparedStatement order = reader.prepareStatement("SET LOCAL enable_sort = off")) {
                order.execute(); // the (appeal_id, sequence_no) index gives the order; no sort of the journal
            }
            AppealRows rows = new AppealRows(defaults);
            try (PreparedStatement read = reader.prepareStatement("""
                    SELECT appeal_id, envelope FROM event_journal
                    WHERE id <= ? AND (hashtext(appeal_id) & 2147483647) % ? = ?
                    ORDER BY appeal_id, sequence_no""")) {
                read.setFetchSize(FETCH);
                read.setLong(1, upToId);
                read.setInt(2, shares);
                read.setInt(3, share);
                try (ResultSet rs = read.executeQuery()) {
                    String appeal = null;
                    LifecycleState state = LifecycleState.NONE;
                    long folded = 0;
                    while (rs.next()) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new IllegalStateException("rebuild worker interrupted");
                        }
                        String appealId = rs.getString(1);
                        if (!appealId.equals(appeal)) {
                            if (rows.size() >= ROWS_PER_COPY) {
                                load(copy, schema, rows);
                                done.accept(folded);
                                folded = 0;
                            }
                            appeal = appealId;
                            state = LifecycleState.NONE;
                        }
                        state = fold(rs.getString(2), state, models, rows);
                        folded++;
                    }
                    load(copy, schema, rows);
                    done.accept(folded);
                }
            }
            reader.commit();
        }
    }

    /** One envelope, parsed once, through every read model; returns the appeal's state after it. */
    private LifecycleState fold(String envelopeText, LifecycleState before, List<Projection> models, AppealRows rows) {
        EventEnvelope envelope = StorableText.of(codec.fromBytes(envelopeText.getBytes(StandardCharsets.UTF_8)));
        ProjectedEvent projected = ProjectedEvent.next(envelope.eventId().toString(), envelope.sequence(),
                envelope.occurredAt(), (AppealEvent) codec.payload(envelope), before);
        tables.routedTo(rows, () -> {
            for (Projection model : models) {
                model.apply(projected);
            }
        });
        return projected.after();
    }

    /** The held rows into the rebuild tables: one COPY per table and set of columns. */
    private void load(CopyManager copy, String schema, AppealRows rows) throws SQLException, IOException {
        for (Map.Entry<String, List<Map<String, Object>>> table : rows.drain().entrySet()) {
            Map<List<String>, StringBuilder> byColumns = new LinkedHashMap<>();
            for (Map<String, Object> row : table.getValue()) {
                StringBuilder text = byColumns.computeIfAbsent(List.copyOf(row.keySet()), c -> new StringBuilder());
                boolean first = true;
                for (Object value : row.values()) {
                    if (!first) {
                        text.append('\t');
                    }
                    first = false;
                    appendCopyText(text, value);
                }
                text.append('\n');
            }
            for (Map.Entry<List<String>, StringBuilder> group : byColumns.entrySet()) {
                copy.copyIn("COPY " + schema + "." + table.getKey() + " (" + String.join(", ", group.getKey())
                        + ") FROM STDIN", new StringReader(group.getValue().toString()));
            }
        }
    }

    /** A value in COPY's text format, written as {@link JdbcReadModelTables} would bind it. */
    private void appendCopyText(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text;
        if (value instanceof String s) {
            text = s;
        } else if (value instanceof Instant instant) {
            text = StoredInstant.of(instant).toString();
        } else if (value instanceof Number || value instanceof LocalDate) {
            text = value.toString();
        } else if (value instanceof Boolean b) {
            text = b ? "t" : "f";
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else {
            try {
                text = codec.mapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        int length = text.length();
        int plain = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String escape = c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : null;
            if (escape != null) {
                out.append(text, plain, i).append(escape);
                plain = i + 1;
            }
        }
        out.append(text, plain, length);
    }

    /** Integer column defaults of the models' tables (a counter's 0), for increments of columns an insert left out. */
    private Map<String, Map<String, Long>> numericDefaults(List<Projection> models, String schema) {
        Map<String, Map<String, Long>> defaults = new HashMap<>();
        for (Projection model : models) {
            for (String table : model.tables()) {
                Map<String, Long> columns = new HashMap<>();
                jdbc.query("""
                        SELECT column_name, column_default FROM information_schema.columns
                        WHERE table_schema = ? AND table_name = ? AND column_default ~ '^-?[0-9]+$'""", rs -> {
                    columns.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                }, schema, table);
                defaults.put(table, columns);
            }
        }
        return defaults;
    }
}
