package kz.appeals.command.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a command at most once per {@code Idempotency-Key}. The key's record, with the answer, is written by one
 * statement at the end of the command's own transaction, together with its events and every counter it touched:
 * either all of them exist or none does.
 * <p>
 * The record is written last, not claimed first, so a command costs one statement for its key instead of a claim and
 * an update. A request whose key already has a record therefore runs its command once more, in a transaction that is
 * then rolled back: its {@code INSERT … ON CONFLICT DO NOTHING} writes nothing, or (for a command on an appeal) the
 * command already fails on the appeal's new version. Either way the transaction is rolled back — nothing it did is
 * kept (a filing's talon number, taken from a sequence, leaves a gap, as any rolled-back filing does) — and the
 * stored answer is replayed, or the request is refused when its body differs. A concurrent duplicate, on this
 * instance or another, waits at the insert (or at the appeal's event row) until the first commits, then does the
 * same; if the first rolls back, the duplicate's own record and events are the ones kept.
 */
@Component
public class IdempotentCommands {

    /** The result and whether it was replayed from an earlier request with the same key. */
    public record Outcome<R>(R result, boolean replayed) {
    }

    /** The record exists: this transaction must not commit. */
    private static final class AlreadyRecorded extends RuntimeException {
        AlreadyRecorded() {
            super(null, null, false, false);
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final TransactionTemplate transaction;

    IdempotentCommands(JdbcTemplate jdbc, ObjectMapper mapper, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.transaction = new TransactionTemplate(transactions);
    }

    public <R> Outcome<R> run(String key, String operation, Object request, Class<R> resultType, Supplier<R> action) {
        if (key == null) {
            return new Outcome<>(transaction.execute(status -> action.get()), false);
        }
        String hash = hash(request);
        R result;
        try {
            result = transaction.execute(status -> {
                R answer = action.get();
                int recorded = jdbc.update("""
                        INSERT INTO idempotency_record (idempotency_key, operation, request_hash, response_body)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", key, operation, hash, json(answer));
                if (recorded == 0) {
                    throw new AlreadyRecorded();
                }
                return answer;
            });
        } catch (RuntimeException failed) {
            return replay(key, operation, hash, resultType, failed);
        }
        return new Outcome<>(result, false);
    }

    /**
     * After the rolled-back attempt: the earlier answer, if the key has one; otherwise the attempt's own failure (a
     * refusal keeps no record, so a retry after it runs anew).
     */
    private <R> Outcome<R> replay(String key, String operation, String hash, Class<R> resultType,
                                  RuntimeException failed) {
        List<String[]> rows;
        try {
            rows = jdbc.query(
                    "SELECT request_hash, response_body FROM idempotency_record WHERE idempotency_key = ? AND operation = ?",
                    (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, key, operation);
        } catch (RuntimeException unreadable) {
            if (failed instanceof AlreadyRecorded) {
                throw unreadable;
            }
            failed.addSuppressed(unreadable);
            throw failed;
        }
        if (rows.isEmpty()) {
            if (failed instanceof AlreadyRecorded) {
                throw new IllegalStateException("The record of key " + key + " conflicted and then vanished");
            }
            throw failed;
        }
        String[] row = rows.get(0);
        if (!row[0].equals(hash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        try {
            return new Outcome<>(mapper.readValue(row[1], resultType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response for key " + key + " is unreadable", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
