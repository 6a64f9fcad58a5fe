package kz.appeals.query.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link ReadModelTables} in memory, for the read models' fast tests: rows as column maps, per table. */
public final class InMemoryTables implements ReadModelTables {

    private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();

    public List<Map<String, Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** The one row whose {@code keyColumn} is {@code key}; fails when there is none. */
    public Map<String, Object> only(String table, String keyColumn, Object key) {
        return row(table, keyColumn, key).orElseThrow(() -> new AssertionError("no " + table + " row " + key));
    }

    @Override
    public Optional<Map<String, Object>> row(String table, String keyColumn, Object key) {
        return rows(table).stream().filter(r -> Objects.equals(r.get(keyColumn), key)).findFirst()
                .map(LinkedHashMap::new);
    }

    @Override
    public void apply(List<RowChange> changes) {
        for (RowChange change : changes) {
            if (change instanceof RowChange.Insert insert) {
                List<Map<String, Object>> rows = tables.computeIfAbsent(insert.table(), t -> new ArrayList<>());
                Optional<Map<String, Object>> existing = rows.stream().filter(r -> insert.key().stream()
                        .allMatch(k -> Objects.equals(r.get(k), insert.values().get(k)))).findFirst();
                if (existing.isEmpty()) {
                    rows.add(new LinkedHashMap<>(insert.values()));
                } else if (insert.onConflict() == RowChange.OnConflict.OVERWRITE) {
                    existing.get().putAll(insert.values());
                }
            } else if (change instanceof RowChange.Update update) {
                for (Map<String, Object> row : rows(update.table())) {
                    if (Objects.equals(row.get(update.keyColumn()), update.key())) {
                        update.set().forEach((column, value) -> row.put(column, value == RowChange.INCREMENT
                                ? ((Number) row.getOrDefault(column, 0)).intValue() + 1
                                : value instanceof RowChange.Plus plus
                                        ? ((Number) row.getOrDefault(column, 0)).intValue() + (int) plus.amount()
                                : value instanceof RowChange.AtLeast least
                                        ? Math.max(((Number) row.getOrDefault(column, 0L)).longValue(),
                                        least.value())
                                        : value));
                    }
                }
            }
        }
    }
}
