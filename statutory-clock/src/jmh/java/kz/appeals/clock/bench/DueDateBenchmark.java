package kz.appeals.clock.bench;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.StatutoryClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/** Throughput of the clock on one thread, over receipts spread across 2024-2026 and all kinds. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DueDateBenchmark {

    private static final int SIZE = 1 << 12;

    private StatutoryClock clock;
    private final Instant[] receipts = new Instant[SIZE];
    private final AppealKind[] kinds = new AppealKind[SIZE];
    private final LocalDate[] from = new LocalDate[SIZE];
    private final LocalDate[] to = new LocalDate[SIZE];
    private int i;

    @Setup
    public void setUp() {
        clock = StatutoryClock.create(ClockSettings.defaults());
        SplittableRandom random = new SplittableRandom(42);
        long firstSecond = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long lastSecond = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond();
        long firstDay = LocalDate.of(2024, 1, 1).toEpochDay();
        long lastDay = LocalDate.of(2027, 12, 31).toEpochDay();
        AppealKind[] all = AppealKind.values();
        for (int k = 0; k < SIZE; k++) {
            receipts[k] = Instant.ofEpochSecond(random.nextLong(firstSecond, lastSecond));
            kinds[k] = all[random.nextInt(all.length)];
            from[k] = LocalDate.ofEpochDay(random.nextLong(firstDay, lastDay));
            to[k] = LocalDate.ofEpochDay(random.nextLong(firstDay, lastDay));
        }
    }

    private int next() {
        i = (i + 1) & (SIZE - 1);
        return i;
    }

    @Benchmark
    public LocalDate dueDateFastPath() {
        int k = next();
        return clock.dueDate(kinds[k], receipts[k]);
    }

    @Benchmark
    public DueDate reviewDueDateWithExplanation() {
        int k = next();
        return clock.reviewDueDate(kinds[k], receipts[k]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int k = next();
        return clock.workingDaysBetween(from[k], to[k]);
    }
}
