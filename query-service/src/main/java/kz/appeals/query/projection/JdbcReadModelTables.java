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
 * request or an event.
 */
@Component
public class JdbcReadModelTables implements ReadModelTables {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    public JdbcReadModelTables(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    @Override
    public Optional<Map<String, Object>> row(String table, String keyColumn, Object key) {
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
        for (RowChange change : changes) {
            if (change instanceof RowChange.Insert insert) {
                insert(insert);
            } else if (change instanceof RowChange.Update update) {
                update(update);
            }
        }
    }

    private void insert(RowChange.Insert insert) {
        List<String> columns = new ArrayList<>(insert.values().keySet());
        String conflict = insert.onConflict() == RowChange.OnConflict.IGNORE ? " ON CONFLICT DO NOTHING"
                : " ON CONFLICT (" + String.join(", ", insert.key()) + ") DO UPDATE SET " + columns.stream()
                        .filter(c -> !insert.key().contains(c)).map(c -> c + " = EXCLUDED." + c)
                        .collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + insert.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")" + conflict,
                insert.values().values().stream().map(this::sql).toArray());
    }

    private void update(RowChange.Update update) {
        if (update.set().isEmpty()) {
            return;
        }
        List<String> assignments = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        update.set().forEach((column, value) -> {
            if (value == RowChange.INCREMENT) {
                assignments.add(column + " = " + column + " + 1");
            } else if (value instanceof RowChange.AtLeast atLeast) {
                assignments.add(column + " = GREATEST(" + column + ", ?)");
                args.add(atLeast.value());
            } else {
                assignments.add(column + " = ?");
                args.add(sql(value));
            }
        });
        args.add(sql(update.key()));
        jdbc.update("UPDATE " + update.table() + " SET " + String.join(", ", assignments) + " WHERE "
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
            return Timestamp.from(instant);
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
