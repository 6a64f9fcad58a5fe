package kz.appeals.command.integrity;

import java.sql.Connection;
import java.sql.DriverManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kz.appeals.messaging.integrity.EventKeys;

/**
 * Whole-store verification from the command line, without starting the service:
 * <pre>
 * java -cp command-service.jar -Dloader.main=kz.appeals.command.integrity.VerifyStoreCli \
 *      org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 * reading {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code COMMAND_DB_SCHEMA} (default {@code command})
 * and the public keys {@code APPEALS_EVENT_VERIFY_KEYS} ({@code id=base64,...}; with {@code APPEALS_EVENT_SIGNING_KEY}
 * and its id set, that key's public half is trusted too). Prints the report as JSON; exits 0 if the store verifies,
 * 1 if a link is broken, 2 if it could not check.
 */
public final class VerifyStoreCli {

    private VerifyStoreCli() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /** @return the exit code */
    static int run(java.util.Map<String, String> env, java.io.PrintStream out, java.io.PrintStream err) {
        try {
            EventKeys keys = EventKeys.of(get(env, "APPEALS_EVENT_SIGNING_KEY_ID", null),
                    get(env, "APPEALS_EVENT_SIGNING_KEY", null), get(env, "APPEALS_EVENT_VERIFY_KEYS", null));
            try (Connection connection = DriverManager.getConnection(
                    get(env, "DB_URL", "jdbc:postgresql://127.0.0.1:54329/appeals"), get(env, "DB_USER", "postgres"),
                    get(env, "DB_PASSWORD", ""))) {
                connection.setSchema(get(env, "COMMAND_DB_SCHEMA", "command"));
                StoreVerifier.Report report = new StoreVerifier(keys).verifyAll(connection);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
                return report.verified() ? 0 : 1;
            }
        } catch (Exception e) {
            err.println("Could not verify the event store: " + e);
            return 2;
        }
    }

    private static String get(java.util.Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
