package kz.appeals.command.observability;

import java.time.Duration;
import java.util.function.Supplier;

/** A value read at most once per period: Prometheus may scrape every few seconds, from several servers. */
final class Cached<T> {

    private final long periodNanos;
    private final Supplier<T> reader;
    private T value;
    private long readAt;
    private boolean read;

    Cached(Duration period, Supplier<T> reader) {
        this.periodNanos = period.toNanos();
        this.reader = reader;
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (!read || now - readAt >= periodNanos) {
            value = reader.get();
            readAt = now;
            read = true;
        }
        return value;
    }
}
