package kz.appeals.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.query.projection.RowChange.OnConflict;

/**
 * Issue 13 item 4: a batch's row changes coalesced per row mean exactly what they mean one by one. The reference is
 * {@link InMemoryTables} applying every change in order; the batch's stages are applied to a copy of the same
 * starting rows.
 */
class RowChangeBatchTest {

    private static final List<String> KEYS = List.of("A-1", "A-2", "A-3");

    @Test
    @DisplayName("random changes of a few rows: the coalesced stages leave the same rows as the changes in order")
    void coalescedMeansTheSame() {
        Random random = new Random(13);
        for (int round = 0; round < 2_000; round++) {
            List<RowChange> existing = new ArrayList<>();
            for (String key : KEYS) {
                if (random.nextBoolean()) {
                    existing.add(fullRow("t", key, random, OnConflict.IGNORE));
                }
            }
            List<RowChange> changes = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                changes.add(randomChange(random));
            }
            InMemoryTables oneByOne = new InMemoryTables();
            oneByOne.apply(existing);
            oneByOne.apply(changes);

            InMemoryTables coalesced = new InMemoryTables();
            coalesced.apply(existing);
            RowChangeBatch batch = new RowChangeBatch();
            batch.addAll(changes);
            for (List<RowChange> stage : batch.drain()) {
                assertThat(stage.stream().map(RowChangeBatchTest::rowOf).distinct().count())
                        .as("each row at most once per stage").isEqualTo(stage.size());
                coalesced.apply(stage);
            }
            assertThat(sorted(coalesced.rows("t"))).as("round %d: %s", round, changes)
                    .isEqualTo(sorted(oneByOne.rows("t")));
            assertThat(batch.isEmpty()).isTrue();
        }
    }

    @Test
    @DisplayName("an insert and the updates after it become one statement when the insert overwrites")
    void updatesFoldIntoAnOverwritingInsert() {
        RowChangeBatch batch = new RowChangeBatch();
        batch.add(RowChange.insert("t", List.of("id"), OnConflict.OVERWRITE, "id", "A-1", "n", 0, "s", 1L,
                "x", "a"));
        batch.add(RowChange.update("t", "id", "A-1", "n", RowChange.INCREMENT, "s", new RowChange.AtLeast(5)));
        batch.add(RowChange.update("t", "id", "A-1", "x", "b", "n", RowChange.INCREMENT));
        List<List<RowChange>> stages = batch.drain();
        assertThat(stages).singleElement().satisfies(stage -> assertThat(stage).singleElement()
                .isEqualTo(RowChange.insert("t", List.of("id"), OnConflict.OVERWRITE, "id", "A-1", "n", 2,
                        "s", 5L, "x", "b")));
    }

    @Test
    @DisplayName("an update after an insert that may have found the row stays a statement of its own")
    void updateAfterIgnoringInsertStaysSeparate() {
        RowChangeBatch batch = new RowChangeBatch();
        batch.add(RowChange.insert("t", List.of("id"), OnConflict.IGNORE, "id", "A-1", "n", 0));
        batch.add(RowChange.update("t", "id", "A-1", "x", "a"));
        batch.add(RowChange.update("t", "id", "A-1", "y", "b"));
        batch.add(RowChange.insert("t", List.of("id"), OnConflict.IGNORE, "id", "A-2", "n", 0));
        List<List<RowChange>> stages = batch.drain();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).hasSize(2);
        assertThat(stages.get(1)).containsExactly(RowChange.update("t", "id", "A-1", "x", "a", "y", "b"));
    }

    @Test
    @DisplayName("a counter bumped by every event of a batch is one insert and one update by the sum")
    void countersAddUp() {
        RowChangeBatch batch = new RowChangeBatch();
        for (int i = 0; i < 3; i++) {
            batch.add(RowChange.insert("c", List.of("k"), OnConflict.IGNORE, "k", "AppealFiled"));
            batch.add(RowChange.update("c", "k", "AppealFiled", "n", RowChange.INCREMENT));
        }
        assertThat(batch.drain()).containsExactly(
                List.of(RowChange.insert("c", List.of("k"), OnConflict.IGNORE, "k", "AppealFiled")),
                List.of(RowChange.update("c", "k", "AppealFiled", "n", new RowChange.Plus(3))));
    }

    @Test
    @DisplayName("a row read in the middle of a batch gets its own changes written first, in order")
    void drainRowTakesOnlyThatRow() {
        RowChangeBatch batch = new RowChangeBatch();
        batch.add(RowChange.insert("t", List.of("id"), OnConflict.IGNORE, "id", "A-1", "n", 0));
        batch.add(RowChange.insert("t", List.of("id"), OnConflict.IGNORE, "id", "A-2", "n", 0));
        batch.add(RowChange.update("t", "id", "A-1", "x", "a"));
        assertThat(batch.drainRow("t", "id", "A-1")).containsExactly(
                List.of(RowChange.insert("t", List.of("id"), OnConflict.IGNORE, "id", "A-1", "n", 0)),
                List.of(RowChange.update("t", "id", "A-1", "x", "a")));
        assertThat(batch.drain()).containsExactly(
                List.of(RowChange.insert("t", List.of("id"), OnConflict.IGNORE, "id", "A-2", "n", 0)));
    }

    private static RowChange randomChange(Random random) {
        String key = KEYS.get(random.nextInt(KEYS.size()));
        return switch (random.nextInt(6)) {
            case 0 -> fullRow("t", key, random, OnConflict.IGNORE);
            case 1 -> fullRow("t", key, random, OnConflict.OVERWRITE);
            case 2 -> RowChange.update("t", "id", key, "n", RowChange.INCREMENT);
            case 3 -> RowChange.update("t", "id", key, "s", new RowChange.AtLeast(random.nextInt(10)));
            case 4 -> RowChange.update("t", "id", key, "x", "x" + random.nextInt(3), "n", random.nextInt(5));
            default -> RowChange.update("t", "id", key, "s", (long) random.nextInt(10), "n", RowChange.INCREMENT);
        };
    }

    private static RowChange fullRow(String table, String key, Random random, OnConflict onConflict) {
        return RowChange.insert(table, List.of("id"), onConflict, "id", key, "n", random.nextInt(5),
                "s", (long) random.nextInt(10), "x", "x" + random.nextInt(3));
    }

    private static Object rowOf(RowChange change) {
        return change instanceof RowChange.Insert i ? i.values().get("id") : ((RowChange.Update) change).key();
    }

    private static List<String> sorted(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> new java.util.TreeMap<>(r).toString()).sorted().toList();
    }
}
