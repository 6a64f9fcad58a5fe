package kz.appeals.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Lag from acceptance (the 201 reaching the client) to visibility in the query side's read model, measured without
 * Kafka and without the query-service's HTTP layer: a thread polls {@code query.appeal_view} every few milliseconds
 * for all sampled appeals not yet seen, in one indexed query. Resolution is the poll interval.
 */
final class LagProbe implements OpenLoad.AcceptListener, AutoCloseable {

    private record Pending(String appealId, long acceptedNanos) {
    }

    private final Db db;
    private final String table;
    private final int sampleEvery;
    private final long pollMillis;
    private final long giveUpNanos;
    private final ConcurrentLinkedQueue<Pending> incoming = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> pending = new HashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Histogram lag = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final AtomicLong probeErrors = new AtomicLong();
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile boolean stop;

    LagProbe(Db db, String querySchema, int sampleEvery, long pollMillis, long giveUpSeconds) {
        this.db = db;
        this.table = querySchema + ".appeal_view";
        this.sampleEvery = Math.max(1, sampleEvery);
        this.pollMillis = pollMillis;
        this.giveUpNanos = TimeUnit.SECONDS.toNanos(giveUpSeconds);
        this.thread = new Thread(this::loop, "lag-probe");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void accepted(String appealId, long acceptedNanos) {
        if (accepting && counter.getAndIncrement() % sampleEvery == 0) {
            sampled.incrementAndGet();
            incoming.add(new Pending(appealId, acceptedNanos));
        }
    }

    private void loop() {
        Connection connection = null;
        while (!stop) {
            Pending p;
            while ((p = incoming.poll()) != null) {
                pending.put(p.appealId(), p.acceptedNanos());
            }
            if (!pending.isEmpty()) {
                try {
                    if (connection == null || connection.isClosed()) {
                        connection = db.connect();
                    }
                    poll(connection);
                } catch (SQLException e) {
                    probeErrors.incrementAndGet();
                    Db.closeQuietly(connection);
                    connection = null;
                    OpenLoad.sleep(200);
                }
                long now = System.nanoTime();
                for (Iterator<Map.Entry<String, Long>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                    if (now - it.next().getValue() > giveUpNanos) {
                        it.remove();
                        gaveUp.incrementAndGet();
                    }
                }
            }
            sleepQuietly(pollMillis);
        }
        Db.closeQuietly(connection);
    }

    private void poll(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>(pending.keySet());
        for (int from = 0; from < ids.size(); from += 2000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 2000));
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT appeal_id FROM " + table + " WHERE appeal_id = ANY (?)")) {
                Array array = connection.createArrayOf("varchar", chunk.toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    long now = System.nanoTime();
                    while (rs.next()) {
                        Long accepted = pending.remove(rs.getString(1));
                        if (accepted != null) {
                            long micros = Math.max(0, (now - accepted) / 1000);
                            synchronized (lag) {
                                lag.recordValue(Math.min(micros, lag.getHighestTrackableValue()));
                            }
                        }
                    }
                }
            }
        }
    }

    /** Stops sampling and waits (bounded) until every sample was seen or given up. Returns true if all were seen. */
    boolean drain(long maxSeconds) {
        accepting = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (System.nanoTime() < deadline) {
            if (incoming.isEmpty() && seen() + gaveUp.get() >= sampled.get()) {
                break;
            }
            sleepQuietly(50);
        }
        return seen() == sampled.get();
    }

    long seen() {
        synchronized (lag) {
            return lag.getTotalCount();
        }
    }

    long sampled() {
        return sampled.get();
    }

    long gaveUp() {
        return gaveUp.get();
    }

    long probeErrors() {
        return probeErrors.get();
    }

    Histogram histogram() {
        synchronized (lag) {
            return lag.copy();
        }
    }

    @Override
    public void close() {
        stop = true;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
