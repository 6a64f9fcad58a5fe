package kz.appeals.query.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Read-model rows held in memory while a rebuild folds whole appeals (issue 13 item 5): {@link RowChange}s applied
 * as PostgreSQL would apply them to the rows, so a read model's fold cannot tell the difference. Only for read models
 * whose rows each belong to one appeal ({@link Projection#rowsBelongToOneAppeal()}), so that an appeal's rows are
 * final once its last event is folded. A column that an insert left out has the table's default
 * ({@code numericDefaults}, e.g. a counter starting at 0) when an increment needs it.
 */
public final class AppealRows implements ReadModelTables {

    private final Map<String, Map<List<Object>, Map<String, Object>>> tables = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> numericDefaults;

    /** @param numericDefaults per table, the integer default of each column that has one */
    public AppealRows(Map<String, Map<String, Long>> numericDefaults) {
        this.numericDefaults = numericDefaults;
    }

    @Override
    public Optional<Map<String, Object>> row(String table, String keyColumn, Object key) {
        return rows(table, keyColumn, key).stream().findFirst().map(LinkedHashMap::new);
    }

    @Override
    public void apply(List<RowChange> changes) {
        for (RowChange change : changes) {
            if (change instanceof RowChange.Insert insert) {
                List<Object> key = new ArrayList<>();
                insert.key().forEach(column -> key.add(insert.values().get(column)));
                Map<List<Object>, Map<String, Object>> rows = tables.computeIfAbsent(insert.table(),
                        t -> new LinkedHashMap<>());
                Map<String, Object> existing = rows.get(key);
                if (existing == null) {
                    rows.put(key, new LinkedHashMap<>(insert.values()));
                } else if (insert.onConflict() == RowChange.OnConflict.OVERWRITE) {
                    existing.putAll(insert.values());
                }
            } else {
                RowChange.Update update = (RowChange.Update) change;
                for (Map<String, Object> row : rows(update.table(), update.keyColumn(), update.key())) {
                    update.set().forEach((column, value) -> row.put(column, value(update.table(), row, column,
                            value)));
                }
            }
        }
    }

    /** Every row held, per table, taken out of the store. */
    public Map<String, List<Map<String, Object>>> drain() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        tables.forEach((table, rows) -> out.put(table, new ArrayList<>(rows.values())));
        tables.clear();
        return out;
    }

    public int size() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    private List<Map<String, Object>> rows(String table, String keyColumn, Object key) {
        Map<List<Object>, Map<String, Object>> rows = tables.get(table);
        if (rows == null) {
            return List.of();
        }
        Map<String, Object> byKey = rows.get(java.util.Collections.singletonList(key));
        if (byKey != null && Objects.equals(byKey.get(keyColumn), key)) {
            return List.of(byKey);
        }
        return rows.values().stream().filter(r -> Objects.equals(r.get(keyColumn), key)).toList();
    }

    private Object value(String table, Map<String, Object> row, String column, Object value) {
        boolean relative = value == RowChange.INCREMENT || value instanceof RowChange.Plus
                || value instanceof RowChange.AtLeast;
        if (!relative) {
            return value;
        }
        Object current = row.containsKey(column) ? row.get(column)
                : numericDefaults.getOrDefault(table, Map.of()).get(column);
        if (value == RowChange.INCREMENT || value instanceof RowChange.Plus) {
            long amount = value instanceof RowChange.Plus plus ? plus.amount() : 1;
            if (current instanceof Integer i) {
                return (int) (i + amount);
            }
            if (current instanceof Number n) {
                return n.longValue() + amount;
            }
            return null; // NULL + 1 is NULL
        }
        long least = ((RowChange.AtLeast) value).value();
        // GREATEST ignores NULL
        return current instanceof Number n ? Long.valueOf(Math.max(n.longValue(), least)) : Long.valueOf(least);
    }
}
