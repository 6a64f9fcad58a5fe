package kz.appeals.query.projection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change of one read-model row, as data: what a read model's fold returns for an event, so that the fold is a pure
 * function tested without a database, and {@link ReadModelTables} writes it. Values are plain Java values
 * ({@code LocalDate}, {@code Instant}, strings, numbers, booleans, enums; anything else is stored as JSON), or
 * {@link #INCREMENT} / {@link AtLeast} in an update.
 */
public sealed interface RowChange {

    /** In an update: the column's value plus one. */
    Object INCREMENT = new Object() {
        @Override
        public String toString() {
            return "INCREMENT";
        }
    };

    String table();

    /** In an update: the greater of the column's value and this one. */
    record AtLeast(long value) {
    }

    /** In an update: the column's value plus {@code amount} (several {@link #INCREMENT}s of one batch, coalesced). */
    record Plus(long amount) {
    }

    enum OnConflict {
        /** A row with the same key stays as it is. */
        IGNORE,
        /** A row with the same key gets the given values. */
        OVERWRITE
    }

    /**
     * A new row; {@code key} names the key columns (among {@code values}): the table's whole primary key, for
     * batches and rebuilds tell rows apart by it (an insert of the same key twice in a batch is one row).
     */
    record Insert(String table, List<String> key, Map<String, Object> values, OnConflict onConflict)
            implements RowChange {
        public Insert {
            key = List.copyOf(key);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** New values for some columns of the row whose {@code keyColumn} is {@code key}. */
    record Update(String table, String keyColumn, Object key, Map<String, Object> set) implements RowChange {
        public Update {
            set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
        }
    }

    /** {@code columnsAndValues}: column, value, column, value... (values may be null). */
    static Insert insert(String table, List<String> key, OnConflict onConflict, Object... columnsAndValues) {
        return new Insert(table, key, pairs(columnsAndValues), onConflict);
    }

    static Update update(String table, String keyColumn, Object key, Object... columnsAndValues) {
        return new Update(table, keyColumn, key, pairs(columnsAndValues));
    }

    static Map<String, Object> pairs(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            map.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return map;
    }
}
