package kz.appeals.messaging.kafka;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a service authenticates to Kafka, as configured (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM, KAFKA_USERNAME,
 * KAFKA_PASSWORD), turned into client properties in this one place for every producer, consumer and admin client.
 * No protocol or PLAINTEXT means no authentication (the tests' embedded broker). SASL with SCRAM-SHA-256/512 or PLAIN
 * builds the {@code sasl.jaas.config} from the user name and password.
 */
public record KafkaClientSecurity(String protocol, String saslMechanism, String username, String password) {

    private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

    public static KafkaClientSecurity none() {
        return new KafkaClientSecurity("PLAINTEXT", null, null, null);
    }

    /** The security-related client properties; empty for PLAINTEXT. Never logs or returns the password elsewhere. */
    public Map<String, Object> clientProperties() {
        String p = blank(protocol) ? "PLAINTEXT" : protocol.trim().toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(p)) {
            throw new IllegalArgumentException("Kafka security protocol '" + protocol + "' is not one of " + PROTOCOLS);
        }
        Map<String, Object> props = new HashMap<>();
        if (p.equals("PLAINTEXT")) {
            return props;
        }
        props.put("security.protocol", p);
        if (!p.startsWith("SASL_")) {
            return props; // SSL: the JVM's trust store; client certificates are not configured here
        }
        String mechanism = blank(saslMechanism) ? "SCRAM-SHA-256" : saslMechanism.trim().toUpperCase(Locale.ROOT);
        String module = switch (mechanism) {
            case "SCRAM-SHA-256", "SCRAM-SHA-512" -> "org.apache.kafka.common.security.scram.ScramLoginModule";
            case "PLAIN" -> "org.apache.kafka.common.security.plain.PlainLoginModule";
            default -> throw new IllegalArgumentException("Kafka SASL mechanism '" + saslMechanism
                    + "' is not supported here (SCRAM-SHA-256, SCRAM-SHA-512, PLAIN)");
        };
        if (blank(username) || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("Kafka " + p + " needs KAFKA_USERNAME and KAFKA_PASSWORD");
        }
        props.put("sasl.mechanism", mechanism);
        props.put("sasl.jaas.config", module + " required username=\"" + quote(username) + "\" password=\""
                + quote(password) + "\";");
        return props;
    }

    /** {@code base} with the security properties added. */
    public Map<String, Object> applyTo(Map<String, Object> base) {
        Map<String, Object> merged = new HashMap<>(base);
        merged.putAll(clientProperties());
        return merged;
    }

    /** The password stays out of toString (records print every component otherwise). */
    @Override
    public String toString() {
        return "KafkaClientSecurity[protocol=" + protocol + ", saslMechanism=" + saslMechanism + ", username="
                + username + ", password=" + (password == null || password.isEmpty() ? "(none)" : "****") + "]";
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
