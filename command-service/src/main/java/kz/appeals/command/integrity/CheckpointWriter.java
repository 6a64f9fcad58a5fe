package kz.appeals.command.integrity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.messaging.integrity.CheckpointStatement;
import kz.appeals.messaging.integrity.EventKeys;
import kz.appeals.messaging.integrity.Merkle;

/**
 * Writes signed checkpoints as the store grows: every {@code appeals.integrity.checkpoint-interval}, a Merkle root
 * over the hashes of the events stored since the last checkpoint (at most {@code checkpoint-max-events} per
 * checkpoint), chained to the previous root and signed.
 * <p>
 * Cluster-safe: the range's end is read under the exclusive form of the advisory lock every append holds shared while
 * it takes its global index (migration V6), so no transaction can still commit an index inside a closed range; and
 * two instances racing for the same range meet the unique start index, where one of them writes nothing.
 */
@Component
public class CheckpointWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointWriter.class);
    static final long APPEND_LOCK = 0x41505048L; // "APPH", see V6__event_integrity.sql

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventKeys keys;
    private final IntegrityProperties properties;
    private ScheduledExecutorService scheduler;

    public CheckpointWriter(JdbcTemplate jdbc, TransactionTemplate transactions, EventKeys keys,
                            IntegrityProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.keys = keys;
        this.properties = properties;
    }

    /** Writes checkpoints until the settled store is covered. @return how many were written */
    public int writeDue() {
        Long settled = transactions.execute(status -> {
            // bounded wait: appends queue behind this lock, so never hold it long nor wait for it long
            jdbc.execute("SET LOCAL lock_timeout = '2s'");
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, APPEND_LOCK);
            return jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
        });
        int written = 0;
        while (settled != null) {
            Long last = transactions.execute(status -> writeOne(settled));
            if (last == null || last < 0) {
                break;
            }
            written++;
            if (last >= settled) {
                break;
            }
        }
        return written;
    }

    /** @return the last global index of the checkpoint written, or -1 if none was (nothing new, or lost a race) */
    private long writeOne(long settled) {
        List<Object[]> last = jdbc.query("SELECT last_global_index, merkle_root FROM integrity_checkpoint "
                + "ORDER BY first_global_index DESC LIMIT 1", (rs, i) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
        long first = last.isEmpty() ? 1 : (Long) last.get(0)[0] + 1;
        byte[] previousRoot = last.isEmpty() ? CheckpointStatement.NO_PREVIOUS : (byte[]) last.get(0)[1];
        if (first > settled) {
            return -1;
        }
        List<Object[]> rows = jdbc.query("SELECT globalindex, event_hash FROM domainevententry "
                        + "WHERE globalindex BETWEEN ? AND ? ORDER BY globalindex LIMIT ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getBytes(2)}, first, settled,
                properties.checkpointMaxEvents());
        if (rows.isEmpty()) {
            return -1;
        }
        List<byte[]> leaves = new ArrayList<>(rows.size());
        rows.forEach(row -> leaves.add(StoreVerifier.leaf((byte[]) row[1])));
        long lastIndex = (Long) rows.get(rows.size() - 1)[0];
        CheckpointStatement statement = new CheckpointStatement(first, lastIndex, rows.size(), Merkle.root(leaves),
                previousRoot);
        int inserted = jdbc.update("""
                INSERT INTO integrity_checkpoint (first_global_index, last_global_index, event_count, merkle_root,
                    previous_root, key_id, signature, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (first_global_index) DO NOTHING""",
                first, lastIndex, rows.size(), statement.merkleRoot(), previousRoot, keys.signingKeyId(),
                keys.sign(statement.bytes()), Timestamp.from(Instant.now()));
        // 0: another instance wrote this range; its checkpoint stands and this one stops for this round
        return inserted == 1 ? lastIndex : -1;
    }

    private void tick() {
        try {
            int written = writeDue();
            if (written > 0) {
                log.debug("Wrote {} integrity checkpoint(s)", written);
            }
        } catch (RuntimeException e) {
            log.warn("Integrity checkpoint not written this round, retrying next round: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || !properties.checkpointsEnabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "integrity-checkpoints"));
        long millis = properties.checkpointInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
