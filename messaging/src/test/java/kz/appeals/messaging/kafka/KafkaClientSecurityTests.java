package kz.appeals.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class KafkaClientSecurityTests {

    @Test
    void plaintextOrNothingConfiguredAddsNoProperty() {
        assertThat(KafkaClientSecurity.none().clientProperties()).isEmpty();
        assertThat(new KafkaClientSecurity(null, null, null, null).clientProperties()).isEmpty();
        assertThat(new KafkaClientSecurity("plaintext", "SCRAM-SHA-256", "", "").clientProperties()).isEmpty();
    }

    @Test
    void scramBuildsTheJaasConfigFromUserAndPassword() {
        Map<String, Object> props = new KafkaClientSecurity("SASL_PLAINTEXT", "SCRAM-SHA-256", "command-service",
                "s3cr\"et\\x").clientProperties();
        assertThat(props).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256");
        // Kafka's own parser reads the quoted password back unchanged
        var entry = JaasContext.loadClientContext(Map.of("sasl.jaas.config",
                new Password((String) props.get("sasl.jaas.config")))).configurationEntries().get(0);
        assertThat(entry.getLoginModuleName()).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule");
        assertThat(entry.getOptions().get("username")).isEqualTo("command-service");
        assertThat(entry.getOptions().get("password")).isEqualTo("s3cr\"et\\x");
    }

    @Test
    void aMechanismDefaultsToScramAndPlainIsSupported() {
        assertThat(new KafkaClientSecurity("SASL_SSL", null, "u", "p").clientProperties())
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256");
        assertThat((String) new KafkaClientSecurity("SASL_PLAINTEXT", "PLAIN", "u", "p").clientProperties()
                .get("sasl.jaas.config")).startsWith("org.apache.kafka.common.security.plain.PlainLoginModule");
    }

    @Test
    void saslWithoutCredentialsOrAnUnknownSettingIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new KafkaClientSecurity("SASL_PLAINTEXT", null, "", "").clientProperties())
                .hasMessageContaining("KAFKA_USERNAME");
        assertThatThrownBy(() -> new KafkaClientSecurity("TLS", null, null, null).clientProperties())
                .hasMessageContaining("TLS");
        assertThatThrownBy(() -> new KafkaClientSecurity("SASL_PLAINTEXT", "GSSAPI", "u", "p").clientProperties())
                .hasMessageContaining("GSSAPI");
    }

    @Test
    void thePasswordStaysOutOfToString() {
        assertThat(new KafkaClientSecurity("SASL_PLAINTEXT", null, "u", "hunter2").toString()).doesNotContain("hunter2");
    }
}
