package kz.appeals.query.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row changes of one batch of events, coalesced per row (issue 13 item 4): consecutive changes of the same row
 * (same table and key) are merged into one wherever the merge means exactly what the changes in order mean — an
 * update after an update, an update after an overwriting insert, a second insert of a row that an earlier insert
 * already created — and kept as separate statements otherwise. Changes of different rows commute (each read-model
 * table's only unique constraint is its key), so {@link #drain()} hands back stages: in each stage every row appears
 * at most once, and the stages are written in order. Pure: the JDBC writer and the tests use it alike.
 */
public final class RowChangeBatch {

    private record RowKey(String table, List<String> columns, List<Object> values) {
    }

    /** Changes already fixed in order (written before anything pending), when a table mixes key columns. */
    private final List<List<RowChange>> ordered = new ArrayList<>();
    private final Map<RowKey, List<RowChange>> pending = new LinkedHashMap<>();
    private final Map<String, List<String>> keyColumns = new LinkedHashMap<>();

    public boolean isEmpty() {
        return ordered.isEmpty() && pending.isEmpty();
    }

    public void add(RowChange change) {
        RowKey key = keyOf(change);
        List<String> known = keyColumns.putIfAbsent(key.table(), key.columns());
        if (known != null && !known.equals(key.columns())) {
            // the same row could be named two ways: keep everything so far in its order
            ordered.addAll(stages());
            pending.clear();
            keyColumns.clear();
            keyColumns.put(key.table(), key.columns());
        }
        List<RowChange> row = pending.computeIfAbsent(key, k -> new ArrayList<>());
        if (row.isEmpty()) {
            row.add(change);
            return;
        }
        if (change instanceof RowChange.Insert insert && insert.onConflict() == RowChange.OnConflict.IGNORE
                && row.stream().anyMatch(RowChange.Insert.class::isInstance)) {
            return; // an insert of this batch created the row (or found it), and updates never delete one
        }
        RowChange merged = merge(row.get(row.size() - 1), change);
        if (merged == null) {
            row.add(change);
        } else {
            row.set(row.size() - 1, merged);
        }
    }

    public void addAll(List<RowChange> changes) {
        changes.forEach(this::add);
    }

    /** Everything added, as stages to write in order (each row at most once per stage); the batch is then empty. */
    public List<List<RowChange>> drain() {
        List<List<RowChange>> out = new ArrayList<>(ordered);
        out.addAll(stages());
        clear();
        return out;
    }

    /**
     * The pending changes of the row of {@code table} whose single key column {@code keyColumn} is {@code key}, in
     * order, taken out of the batch; everything if the batch cannot tell that row's changes apart.
     */
    public List<List<RowChange>> drainRow(String table, String keyColumn, Object key) {
        if (!ordered.isEmpty()) {
            return drain();
        }
        List<RowChange> row = pending.remove(new RowKey(table, List.of(keyColumn), List.of(key)));
        List<List<RowChange>> out = new ArrayList<>();
        if (row != null) {
            row.forEach(change -> out.add(List.of(change)));
        }
        List<String> columns = keyColumns.get(table);
        if (columns != null && !columns.equals(List.of(keyColumn))) {
            out.addAll(0, drain()); // named by other columns: the row may be any of them
        }
        return out;
    }

    public void clear() {
        ordered.clear();
        pending.clear();
        keyColumns.clear();
    }

    private List<List<RowChange>> stages() {
        List<List<RowChange>> stages = new ArrayList<>();
        for (List<RowChange> row : pending.values()) {
            for (int i = 0; i < row.size(); i++) {
                if (stages.size() <= i) {
                    stages.add(new ArrayList<>());
                }
                stages.get(i).add(row.get(i));
            }
        }
        return stages;
    }

    private static RowKey keyOf(RowChange change) {
        if (change instanceof RowChange.Insert insert) {
            List<Object> values = new ArrayList<>();
            insert.key().forEach(column -> values.add(insert.values().get(column)));
            return new RowKey(insert.table(), insert.key(), values);
        }
        RowChange.Update update = (RowChange.Update) change;
        return new RowKey(update.table(), List.of(update.keyColumn()), java.util.Collections.singletonList(
                update.key()));
    }

    /** One change meaning {@code first} then {@code second} on the same row; null when there is none. */
    static RowChange merge(RowChange first, RowChange second) {
        if (second instanceof RowChange.Insert next) {
            if (next.onConflict() == RowChange.OnConflict.IGNORE) {
                // after the first change the row exists if that was an insert: a second insert changes nothing
                return first instanceof RowChange.Insert ? first : null;
            }
            if (first instanceof RowChange.Insert earlier && earlier.onConflict() == RowChange.OnConflict.OVERWRITE) {
                Map<String, Object> values = new LinkedHashMap<>(earlier.values());
                values.putAll(next.values());
                return new RowChange.Insert(earlier.table(), earlier.key(), values, RowChange.OnConflict.OVERWRITE);
            }
            return null;
        }
        RowChange.Update update = (RowChange.Update) second;
        if (first instanceof RowChange.Update earlier) {
            Map<String, Object> set = new LinkedHashMap<>(earlier.set());
            for (Map.Entry<String, Object> column : update.set().entrySet()) {
                Object composed = compose(set.containsKey(column.getKey()), set.get(column.getKey()),
                        column.getValue(), true);
                if (composed == CANNOT) {
                    return null;
                }
                set.put(column.getKey(), composed);
            }
            return new RowChange.Update(earlier.table(), earlier.keyColumn(), earlier.key(), set);
        }
        RowChange.Insert insert = (RowChange.Insert) first;
        if (insert.onConflict() != RowChange.OnConflict.OVERWRITE) {
            return null; // the row may have existed before the insert: the update must reach the stored row
        }
        Map<String, Object> values = new LinkedHashMap<>(insert.values());
        for (Map.Entry<String, Object> column : update.set().entrySet()) {
            if (insert.key().contains(column.getKey())) {
                return null;
            }
            Object composed = compose(values.containsKey(column.getKey()), values.get(column.getKey()),
                    column.getValue(), false);
            if (composed == CANNOT) {
                return null;
            }
            values.put(column.getKey(), composed);
        }
        return new RowChange.Insert(insert.table(), insert.key(), values, RowChange.OnConflict.OVERWRITE);
    }

    private static final Object CANNOT = new Object();

    /**
     * A column's value after {@code earlier} (present or not) then {@code later}; relative changes (increment,
     * at-least) compose only onto known numbers, or onto nothing in an update (the stored value is then still the
     * base).
     */
    private static Object compose(boolean present, Object earlier, Object later, boolean inUpdate) {
        boolean adds = later == RowChange.INCREMENT || later instanceof RowChange.Plus;
        if (!adds && !(later instanceof RowChange.AtLeast)) {
            return later;
        }
        if (!present) {
            return inUpdate ? later : CANNOT;
        }
        if (adds) {
            long amount = later instanceof RowChange.Plus plus ? plus.amount() : 1;
            if (earlier == RowChange.INCREMENT || earlier instanceof RowChange.Plus) {
                return new RowChange.Plus(amount + (earlier instanceof RowChange.Plus plus ? plus.amount() : 1));
            }
            if (earlier instanceof Integer i) {
                return (int) (i + amount);
            }
            return earlier instanceof Long l ? Long.valueOf(l + amount) : CANNOT;
        }
        long least = ((RowChange.AtLeast) later).value();
        if (earlier instanceof RowChange.AtLeast a) {
            return new RowChange.AtLeast(Math.max(a.value(), least));
        }
        if (earlier instanceof Integer || earlier instanceof Long) {
            return Math.max(((Number) earlier).longValue(), least);
        }
        return CANNOT;
    }
}
