package kz.appeals.command.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.appeals.messaging.integrity.CheckpointStatement;
import kz.appeals.messaging.integrity.EventKeys;
import kz.appeals.messaging.integrity.Merkle;

/**
 * Verifies the command side's event store against its own hashes and the signed checkpoints, on a plain JDBC
 * connection (the endpoint and the command line share it). Problems are reported in the store's global order; the
 * first is "the first broken link".
 * <ul>
 * <li>{@code UNSEALED}: an event without a hash (the trigger of migration V6 was bypassed);</li>
 * <li>{@code CONTENT_ALTERED}: the event's columns no longer give its stored hash;</li>
 * <li>{@code CHAIN_BROKEN}: its previous hash is not the stored hash of its appeal's previous event (or that event
 * is missing);</li>
 * <li>{@code CHECKPOINT_*}: a checkpoint's signature, its chain to the previous checkpoint, its range or its Merkle
 * root over the stored hashes does not hold — what is left when someone rewrote events and hashes alike.</li>
 * </ul>
 */
public final class StoreVerifier {

    public record Problem(String kind, Long globalIndex, String appealId, Long sequence, String eventId,
                          Long checkpointId, String detail) {
    }

    public record Report(boolean verified, long events, long appeals, long checkpoints,
                         long lastCheckpointedGlobalIndex, long eventsNotYetCheckpointed, Problem firstBrokenLink,
                         List<Problem> problems) {
    }

    public record EventLink(long globalIndex, long sequence, String eventId, String type, String timestamp,
                            String hash, String previousHash, Long checkpointId, String problem) {
    }

    public record AppealReport(String appealId, boolean verified, List<EventLink> events,
                               List<CheckpointCheck> checkpoints, Problem firstBrokenLink) {
    }

    public record CheckpointCheck(long id, long firstGlobalIndex, long lastGlobalIndex, long eventCount,
                                  String merkleRoot, String keyId, String problem) {
    }

    static final int MAX_PROBLEMS = 100;
    private static final String EVENT_COLUMNS = "globalindex, eventidentifier, aggregateidentifier, sequencenumber, "
            + "type, timestamp, payloadtype, payloadrevision, payload, metadata, event_hash, previous_hash";

    private final EventKeys keys;

    public StoreVerifier(EventKeys keys) {
        this.keys = keys;
    }

    private record Checkpoint(long id, long first, long last, long count, byte[] root, byte[] previousRoot,
                              String keyId, byte[] signature) {
    }

    private record Row(long globalIndex, String eventId, String aggregateId, long sequence, String type,
                       String timestamp, byte[] hash, byte[] previousHash, String problem) {
    }

    /** The whole store, in one repeatable-read snapshot. */
    public Report verifyAll(Connection connection) throws SQLException {
        return inSnapshot(connection, () -> {
            List<Problem> problems = new ArrayList<>();
            List<Checkpoint> checkpoints = checkpoints(connection);
            problems.addAll(checkSignaturesAndChain(checkpoints));
            Map<String, long[]> lastSequence = new HashMap<>();
            Map<String, byte[]> lastHash = new HashMap<>();
            int nextCheckpoint = 0;
            List<byte[]> leaves = new ArrayList<>();
            long events = 0;
            long lastCheckpointed = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).last();
            long notCheckpointed = 0;
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT " + EVENT_COLUMNS + " FROM domainevententry ORDER BY globalindex")) {
                st.setFetchSize(500);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        events++;
                        Row row = row(rs);
                        nextCheckpoint = closeCheckpoints(checkpoints, nextCheckpoint, row.globalIndex(), leaves,
                                problems);
                        if (nextCheckpoint < checkpoints.size()
                                && row.globalIndex() >= checkpoints.get(nextCheckpoint).first()) {
                            leaves.add(leaf(row.hash()));
                        }
                        if (row.globalIndex() > lastCheckpointed) {
                            notCheckpointed++;
                        }
                        String chain = chainProblem(row, lastSequence.get(row.aggregateId()),
                                lastHash.get(row.aggregateId()));
                        lastSequence.put(row.aggregateId(), new long[] {row.sequence()});
                        lastHash.put(row.aggregateId(), row.hash());
                        String problem = row.problem() != null ? row.problem() : chain;
                        if (problem != null && problems.size() < MAX_PROBLEMS) {
                            problems.add(eventProblem(row, problem));
                        }
                    }
                }
            }
            closeCheckpoints(checkpoints, nextCheckpoint, Long.MAX_VALUE, leaves, problems);
            problems.sort(Comparator.comparing((Problem p) -> p.globalIndex() == null ? Long.MAX_VALUE
                    : p.globalIndex()));
            return new Report(problems.isEmpty(), events, lastHash.size(), checkpoints.size(), lastCheckpointed,
                    notCheckpointed, problems.isEmpty() ? null : problems.get(0), problems);
        });
    }

    /** One appeal's chain, and every checkpoint covering one of its events, recomputed over its whole range. */
    public AppealReport verifyAppeal(Connection connection, String appealId) throws SQLException {
        return inSnapshot(connection, () -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                    + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
                st.setString(1, appealId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            if (rows.isEmpty()) {
                return null;
            }
            List<Checkpoint> all = checkpoints(connection);
            Map<Long, String> checkpointProblems = new LinkedHashMap<>();
            for (Problem p : checkSignaturesAndChain(all)) {
                checkpointProblems.putIfAbsent(p.checkpointId(), p.kind() + ": " + p.detail());
            }
            List<EventLink> links = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            Map<Long, Checkpoint> covering = new LinkedHashMap<>();
            long[] previousSequence = null;
            byte[] previousHash = null;
            for (Row row : rows) {
                String problem = row.problem() != null ? row.problem()
                        : chainProblem(row, previousSequence, previousHash);
                previousSequence = new long[] {row.sequence()};
                previousHash = row.hash();
                Checkpoint checkpoint = all.stream().filter(c -> c.first() <= row.globalIndex()
                        && row.globalIndex() <= c.last()).findFirst().orElse(null);
                if (checkpoint != null) {
                    covering.put(checkpoint.id(), checkpoint);
                }
                links.add(new EventLink(row.globalIndex(), row.sequence(), row.eventId(), row.type(),
                        row.timestamp(), hex(row.hash()), hex(row.previousHash()),
                        checkpoint == null ? null : checkpoint.id(), problem));
                if (problem != null) {
                    problems.add(eventProblem(row, problem));
                }
            }
            List<CheckpointCheck> checks = new ArrayList<>();
            for (Checkpoint c : covering.values()) {
                String problem = checkpointProblems.get(c.id());
                if (problem == null) {
                    List<byte[]> leaves = new ArrayList<>();
                    try (PreparedStatement st = connection.prepareStatement("SELECT event_hash FROM domainevententry"
                            + " WHERE globalindex BETWEEN ? AND ? ORDER BY globalindex")) {
                        st.setLong(1, c.first());
                        st.setLong(2, c.last());
                        try (ResultSet rs = st.executeQuery()) {
                            while (rs.next()) {
                                leaves.add(leaf(rs.getBytes(1)));
                            }
                        }
                    }
                    Problem p = rootProblem(c, leaves);
                    problem = p == null ? null : p.kind() + ": " + p.detail();
                }
                if (problem != null) {
                    problems.add(new Problem(problem.substring(0, problem.indexOf(':')), c.first(), null, null,
                            null, c.id(), problem));
                }
                checks.add(new CheckpointCheck(c.id(), c.first(), c.last(), c.count(), hex(c.root()), c.keyId(),
                        problem));
            }
            problems.sort(Comparator.comparing(Problem::globalIndex));
            return new AppealReport(appealId, problems.isEmpty(), links, checks,
                    problems.isEmpty() ? null : problems.get(0));
        });
    }

    private Row row(ResultSet rs) throws SQLException {
        long globalIndex = rs.getLong(1);
        String eventId = rs.getString(2);
        String aggregateId = rs.getString(3);
        long sequence = rs.getLong(4);
        String type = rs.getString(5);
        String timestamp = rs.getString(6);
        byte[] stored = rs.getBytes(11);
        byte[] previous = rs.getBytes(12);
        String problem = null;
        if (stored == null || previous == null) {
            problem = "UNSEALED";
        } else if (!Arrays.equals(stored, StoredEventHash.of(previous, sequence, eventId, aggregateId, type,
                timestamp, rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)))) {
            problem = "CONTENT_ALTERED";
        }
        return new Row(globalIndex, eventId, aggregateId, sequence, type, timestamp, stored, previous, problem);
    }

    private static String chainProblem(Row row, long[] previousSequence, byte[] previousHash) {
        if (row.previousHash() == null) {
            return null; // reported as UNSEALED
        }
        if (row.sequence() == 0) {
            return Arrays.equals(row.previousHash(), StoredEventHash.GENESIS) ? null : "CHAIN_BROKEN";
        }
        if (previousSequence == null || previousSequence[0] != row.sequence() - 1) {
            return "CHAIN_BROKEN";
        }
        return Arrays.equals(row.previousHash(), previousHash) ? null : "CHAIN_BROKEN";
    }

    private static Problem eventProblem(Row row, String kind) {
        String detail = switch (kind) {
            case "UNSEALED" -> "the event has no hash";
            case "CONTENT_ALTERED" -> "the stored event no longer matches its hash " + hex(row.hash());
            default -> "its previous hash " + hex(row.previousHash())
                    + " is not the hash of the appeal's event " + (row.sequence() - 1);
        };
        return new Problem(kind, row.globalIndex(), row.aggregateId(), row.sequence(), row.eventId(), null, detail);
    }

    /** Checks every checkpoint ending before {@code upTo} against the leaves gathered for it. */
    private int closeCheckpoints(List<Checkpoint> checkpoints, int next, long upTo, List<byte[]> leaves,
                                 List<Problem> problems) {
        while (next < checkpoints.size() && checkpoints.get(next).last() < upTo) {
            Problem p = rootProblem(checkpoints.get(next), leaves);
            if (p != null && problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
            leaves.clear();
            next++;
        }
        return next;
    }

    private static Problem rootProblem(Checkpoint c, List<byte[]> leaves) {
        if (leaves.size() != c.count()) {
            return new Problem("CHECKPOINT_ROOT", c.first(), null, null, null, c.id(), "checkpoint " + c.id()
                    + " over [" + c.first() + ", " + c.last() + "] counted " + c.count() + " events; the store has "
                    + leaves.size());
        }
        if (!Arrays.equals(Merkle.root(leaves), c.root())) {
            return new Problem("CHECKPOINT_ROOT", c.first(), null, null, null, c.id(), "the event hashes in ["
                    + c.first() + ", " + c.last() + "] no longer give checkpoint " + c.id() + "'s signed root");
        }
        return null;
    }

    private List<Problem> checkSignaturesAndChain(List<Checkpoint> checkpoints) {
        List<Problem> problems = new ArrayList<>();
        long expectedFirst = 1;
        byte[] previousRoot = CheckpointStatement.NO_PREVIOUS;
        for (Checkpoint c : checkpoints) {
            CheckpointStatement statement = new CheckpointStatement(c.first(), c.last(), c.count(), c.root(),
                    c.previousRoot());
            if (keys.publicKey(c.keyId()).isEmpty()) {
                problems.add(new Problem("CHECKPOINT_UNKNOWN_KEY", c.first(), null, null, null, c.id(),
                        "checkpoint " + c.id() + " is signed with key '" + c.keyId() + "', which is not configured"));
            } else if (!keys.verify(c.keyId(), statement.bytes(), c.signature())) {
                problems.add(new Problem("CHECKPOINT_SIGNATURE", c.first(), null, null, null, c.id(),
                        "checkpoint " + c.id() + "'s signature does not match its range, count and roots"));
            }
            if (c.first() != expectedFirst || !Arrays.equals(c.previousRoot(), previousRoot)) {
                problems.add(new Problem("CHECKPOINT_CHAIN", c.first(), null, null, null, c.id(),
                        "checkpoint " + c.id() + " does not follow the previous checkpoint (expected to start at "
                                + expectedFirst + " after root " + hex(previousRoot) + ")"));
            }
            expectedFirst = c.last() + 1;
            previousRoot = c.root();
        }
        return problems;
    }

    private static List<Checkpoint> checkpoints(Connection connection) throws SQLException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT id, first_global_index, last_global_index, "
                + "event_count, merkle_root, previous_root, key_id, signature FROM integrity_checkpoint "
                + "ORDER BY first_global_index");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                checkpoints.add(new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBytes(5), rs.getBytes(6), rs.getString(7), rs.getBytes(8)));
            }
        }
        return checkpoints;
    }

    /** A Merkle leaf is the stored event hash; a missing one counts as no bytes (and is reported as UNSEALED). */
    static byte[] leaf(byte[] hash) {
        return hash == null ? new byte[0] : hash;
    }

    static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inSnapshot(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return work.run();
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }
}
