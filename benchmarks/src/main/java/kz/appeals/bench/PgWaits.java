package kz.appeals.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What PostgreSQL's active backends are doing, sampled every 100 ms from pg_stat_activity: running on CPU (no wait
 * event), or waiting — e.g. {@code Lock:transactionid} (a row lock held by another transaction), {@code IO:WALSync}
 * (commit flush), {@code Client:ClientRead} (idle in transaction). The sampler's own backend is left out.
 */
final class PgWaits implements AutoCloseable {

    private final Db db;
    private final Map<String, Long> counts = new TreeMap<>();
    private long samples;
    private final Thread thread;
    private volatile boolean stop;

    PgWaits(Db db) {
        this.db = db;
        thread = new Thread(this::loop, "pg-waits");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        Connection c = null;
        while (!stop) {
            try {
                if (c == null) {
                    c = db.connect();
                }
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                        SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU (running)'), count(*)
                        FROM pg_stat_activity
                        WHERE state IN ('active', 'idle in transaction') AND backend_type = 'client backend'
                          AND pid <> pg_backend_pid() AND coalesce(application_name, '') <> 'appeals-benchmarks'
                        GROUP BY 1""")) {
                    synchronized (counts) {
                        samples++;
                        while (rs.next()) {
                            counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                        }
                    }
                }
            } catch (SQLException e) {
                Db.closeQuietly(c);
                c = null;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                break;
            }
        }
        Db.closeQuietly(c);
    }

    /** Mean number of backends in each state per sample. */
    Map<String, Double> meanBackends() {
        synchronized (counts) {
            Map<String, Double> out = new TreeMap<>();
            if (samples > 0) {
                counts.forEach((k, v) -> out.put(k, Report.r((double) v / samples)));
            }
            return out;
        }
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
