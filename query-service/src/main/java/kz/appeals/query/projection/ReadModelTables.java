package kz.appeals.query.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read models' door to their tables: one row read by key, and row changes written. {@link JdbcReadModelTables}
 * is the real one (inside the projecting transaction, unqualified table names, so a rebuild writes its copies); tests
 * use an in-memory one.
 */
public interface ReadModelTables {

    /** The row's columns by name: dates as {@code LocalDate}, times as {@code Instant}; empty when there is none. */
    Optional<Map<String, Object>> row(String table, String keyColumn, Object key);

    void apply(List<RowChange> changes);
}
