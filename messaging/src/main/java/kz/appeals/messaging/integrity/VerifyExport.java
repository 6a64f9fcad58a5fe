package kz.appeals.messaging.integrity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.messaging.EnvelopeCodec;

/**
 * Offline check of an audit export (query-service {@code GET /api/audit/export}, one envelope per line) by a third
 * party who holds only the command side's public keys: every line must carry a valid signature, and within each
 * appeal every event's {@code previousHash} must be the hash of the appeal's previous event in the file (64 zeros for
 * sequence 0). Usage: {@code java -cp messaging.jar:shared-events.jar:<jackson jars> kz.appeals.messaging.integrity.VerifyExport
 * export.ndjson id=base64[,id2=base64]} (or the keys in {@code APPEALS_EVENT_VERIFY_KEYS}). Exit 0 if all holds,
 * 1 with the first broken line otherwise, 2 on a usage error.
 */
public final class VerifyExport {

    private static final String ZEROS = "0".repeat(64);

    public record Result(long lines, long appeals, String firstProblem) {

        public boolean ok() {
            return firstProblem == null;
        }
    }

    private VerifyExport() {
    }

    public static void main(String[] args) throws IOException {
        String keys = args.length > 1 ? args[1] : System.getenv("APPEALS_EVENT_VERIFY_KEYS");
        if (args.length < 1 || keys == null || keys.isBlank()) {
            System.err.println("usage: VerifyExport <export.ndjson> <keyId=base64X509[,...]>");
            System.exit(2);
        }
        Result result;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            result = verify(in, EventKeys.of(null, null, keys));
        }
        print(result, System.out);
        System.exit(result.ok() ? 0 : 1);
    }

    static void print(Result result, PrintStream out) {
        out.println((result.ok() ? "OK" : "BROKEN") + ": " + result.lines() + " events of " + result.appeals()
                + " appeals" + (result.ok() ? "" : "; first problem: " + result.firstProblem()));
    }

    public static Result verify(BufferedReader lines, EventKeys keys) throws IOException {
        EnvelopeCodec codec = new EnvelopeCodec();
        EnvelopeSeals seals = new EnvelopeSeals(keys, codec);
        Map<String, Map<Long, JsonNode>> byAppeal = new HashMap<>();
        long count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            count++;
            JsonNode envelope = codec.mapper().readTree(line);
            EnvelopeSeals.Verdict verdict = seals.verify(envelope);
            if (verdict != EnvelopeSeals.Verdict.VALID) {
                return new Result(count, byAppeal.size(), "line " + count + " (event " + envelope.path("eventId")
                        .asText() + "): signature " + verdict);
            }
            byAppeal.computeIfAbsent(envelope.path("appealId").asText(), k -> new HashMap<>())
                    .put(envelope.path("sequence").asLong(), envelope);
        }
        for (Map.Entry<String, Map<Long, JsonNode>> appeal : byAppeal.entrySet()) {
            for (JsonNode event : appeal.getValue().values()) {
                JsonNode seal = event.get("seal");
                long sequence = event.path("sequence").asLong();
                String previous = seal.path("previousHash").asText(null);
                if (previous == null) {
                    continue; // published before event hashes existed: the signature is all there is
                }
                JsonNode before = appeal.getValue().get(sequence - 1);
                String expected = sequence == 0 ? ZEROS
                        : before == null ? null : before.path("seal").path("hash").asText(null);
                if (expected != null && !expected.equals(previous)) {
                    return new Result(count, byAppeal.size(), "appeal " + appeal.getKey() + " sequence " + sequence
                            + ": previousHash " + previous + " is not the hash of sequence " + (sequence - 1) + " ("
                            + expected + ")");
                }
            }
        }
        return new Result(count, byAppeal.size(), null);
    }

    /** For callers with the export in memory. */
    public static Result verify(String ndjson, EventKeys keys) throws IOException {
        return verify(new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)),
                keys);
    }
}
