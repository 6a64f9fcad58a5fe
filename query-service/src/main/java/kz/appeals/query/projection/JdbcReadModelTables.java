package kz.appeals.query.projection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.appeals.messaging.EnvelopeCodec;

/**
 * Writes {@link RowChange}s with JDBC. Table and column names come from the read models' code only, never from a
 * request or an event. Inside {@link #batched} the changes of the current thread are held in a {@link RowChangeBatch}
 * (coalesced per row) and written when the batch ends, each stage as JDBC batches of one statement text each; a read
 * of a row first writes that row's held changes, so a read model always reads what it wrote.
 */
@Component
public class JdbcReadModelTables implements ReadModelTables {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    private final ThreadLocal<RowChangeBatch> batch = new ThreadLocal<>();
    private final ThreadLocal<ReadModelTables> routed = new ThreadLocal<>();

    public JdbcReadModelTables(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * Runs {@code work} (inside the caller's transaction) holding this thread's row changes, and writes them,
     * coalesced per row, when it returns; if it throws, the held changes are dropped (the transaction rolls back).
     * Nested calls join the outer batch.
     */
    public <T> T batched(java.util.function.Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        RowChangeBatch held = new RowChangeBatch();
        batch.set(held);
        try {
            T result = work.get();
            write(held.drain());
            return result;
        } finally {
            batch.remove();
        }
    }

    /** Runs {@code work} with this thread's reads and writes going to {@code target} instead (a rebuild's rows). */
    public void routedTo(ReadModelTables target, Runnable work) {
        routed.set(target);
        try {
            work.run();
        } finally {
            routed.remove();
        }
    }

    public void batched(Runnable work) {
        batched(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public Optional<Map<String, Object>> row(String table, String keyColumn, Object key) {
        if (routed.get() != null) {
            return routed.get().row(table, keyColumn, key);
        }
        RowChangeBatch held = batch.get();
        if (held != null && !held.isEmpty()) {
            write(held.drainRow(table, keyColumn, key));
        }
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE " + keyColumn + " = ?",
                sql(key));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        rows.get(0).forEach((column, value) -> row.put(column, value instanceof Date d ? d.toLocalDate()
                : value instanceof Timestamp t ? t.toInstant() : value));
        return Optional.of(row);
    }

    @Override
    public void apply(List<RowChange> changes) {
        if (routed.get() != null) {
            routed.get().apply(changes);
            return;
        }
        RowChangeBatch held = batch.get();
        if (held != null) {
            held.addAll(changes);
            return;
        }
        for (RowChange change : changes) {
            Statement statement = statement(change);
            if (statement != null) {
                jdbc.update(statement.sql(), statement.args());
            }
        }
    }

    private record Statement(String sql, Object[] args) {
    }

    /** Each stage's statements grouped by text, one JDBC batch per text; stages in order. */
    private void write(List<List<RowChange>> stages) {
        for (List<RowChange> stage : stages) {
            Map<String, List<Object[]>> bySql = new LinkedHashMap<>();
            for (RowChange change : stage) {
                Statement statement = statement(change);
                if (statement != null) {
                    bySql.computeIfAbsent(statement.sql(), k -> new ArrayList<>()).add(statement.args());
                }
            }
            bySql.forEach((sql, args) -> {
                if (args.size() == 1) {
                    jdbc.update(sql, args.get(0));
                } else {
                    jdbc.batchUpdate(sql, args);
                }
            });
        }
    }

    private Statement statement(RowChange change) {
        if (change instanceof RowChange.Insert insert) {
            return insert(insert);
        }
        return update((RowChange.Update) change);
    }

    private Statement insert(RowChange.Insert insert) {
        List<String> columns = new ArrayList<>(insert.values().keySet());
        String conflict = insert.onConflict() == RowChange.OnConflict.IGNORE ? " ON CONFLICT DO NOTHING"
                : " ON CONFLICT (" + String.join(", ", insert.key()) + ") DO UPDATE SET " + columns.stream()
                        .filter(c -> !insert.key().contains(c)).map(c -> c + " = EXCLUDED." + c)
                        .collect(Collectors.joining(", "));
        return new Statement("INSERT INTO " + insert.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")" + conflict,
                insert.values().values().stream().map(this::sql).toArray());
    }

    private Statement update(RowChange.Update update) {
        if (update.set().isEmpty()) {
            return null;
        }
        List<String> assignments = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        update.set().forEach((column, value) -> {
            if (value == RowChange.INCREMENT) {
                assignments.add(column + " = " + column + " + 1");
            } else if (value instanceof RowChange.Plus plus) {
                assignments.add(column + " = " + column + " + ?");
                args.add(plus.amount());
            } else if (value instanceof RowChange.AtLeast atLeast) {
                assignments.add(column + " = GREATEST(" + column + ", ?)");
                args.add(atLeast.value());
            } else {
                assignments.add(column + " = ?");
                args.add(sql(value));
            }
        });
        args.add(sql(update.key()));
        return new Statement("UPDATE " + update.table() + " SET " + String.join(", ", assignments) + " WHERE "
                + update.keyColumn() + " = ?", args.toArray());
    }

    private Object sql(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(StoredInstant.of(instant));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        try {
            return codec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
