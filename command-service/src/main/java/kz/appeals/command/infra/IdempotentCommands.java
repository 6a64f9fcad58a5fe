package kz.appeals.command.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a command at most once per {@code Idempotency-Key}. The key's row, the events and every counter the command
 * touches are written in one transaction, so either all of them exist or none does. A concurrent retry waits on the
 * row lock of the first attempt and then replays its response.
 */
@Component
public class IdempotentCommands {

    /** The result and whether it was replayed from an earlier request with the same key. */
    public record Outcome<R>(R result, boolean replayed) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    IdempotentCommands(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Transactional
    public <R> Outcome<R> run(String key, String operation, Object request, Class<R> resultType, Supplier<R> action) {
        if (key == null) {
            return new Outcome<>(action.get(), false);
        }
        String hash = hash(request);
        int claimed = jdbc.update("""
                INSERT INTO idempotency_record (idempotency_key, operation, request_hash) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", key, operation, hash);
        if (claimed == 0) {
            return replay(key, operation, hash, resultType);
        }
        R result = action.get();
        jdbc.update("UPDATE idempotency_record SET response_body = ? WHERE idempotency_key = ? AND operation = ?",
                json(result), key, operation);
        return new Outcome<>(result, false);
    }

    private <R> Outcome<R> replay(String key, String operation, String hash, Class<R> resultType) {
        List<String[]> rows = jdbc.query(
                "SELECT request_hash, response_body FROM idempotency_record WHERE idempotency_key = ? AND operation = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, key, operation);
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
