package kz.appeals.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherConfigTest {

    private final Path root = Path.of("/repo");

    @Test
    void defaultsAreTheEmbeddedSystemUnderDotData() {
        LauncherConfig c = LauncherConfig.fromEnvironment(Map.of(), new String[0], root);
        assertEquals(54329, c.pgPort());
        assertEquals(19092, c.kafkaPort());
        assertEquals(19093, c.kafkaControllerPort());
        assertEquals(8081, c.commandPort());
        assertEquals(8082, c.queryPort());
        assertEquals(root.resolve(".data"), c.dataDir());
        assertTrue(c.embeddedPostgres());
        assertTrue(c.embeddedKafka());
        assertFalse(c.infraOnly());
        assertTrue(c.embeddedKeycloak());
        assertEquals(18080, c.keycloakPort());
        assertEquals("appeals-api", c.audience());
        assertEquals(root.resolve(".data/secrets"), c.secretsDir());
        assertEquals(root.resolve("deploy/src/main/keycloak/appeals-realm.json"), c.realmFile());
        assertEquals("appeals.events", c.topic());
        assertEquals(6, c.topicPartitions());
        assertEquals("query-service", c.consumerGroup());
    }

    @Test
    void twoInstancesKeepTheDocumentedPortsForTheFirstAndAddTenForTheSecond() {
        LauncherConfig one = LauncherConfig.fromEnvironment(Map.of(), new String[0], root);
        assertEquals(1, one.instances());
        LauncherConfig two = LauncherConfig.fromEnvironment(Map.of("APPEALS_INSTANCES", "2"), new String[0], root);
        assertEquals(2, two.instances());
        assertEquals(8081, two.commandPort(1));
        assertEquals(8082, two.queryPort(1));
        assertEquals(8091, two.commandPort(2));
        assertEquals(8092, two.queryPort(2));
        assertThrows(IllegalArgumentException.class,
                () -> LauncherConfig.fromEnvironment(Map.of("APPEALS_INSTANCES", "0"), new String[0], root));
        assertThrows(IllegalArgumentException.class,
                () -> LauncherConfig.fromEnvironment(Map.of("APPEALS_INSTANCES", "10"), new String[0], root));
    }

    @Test
    void anIssuerOfOnesOwnMeansNoKeycloak() {
        LauncherConfig c = LauncherConfig.fromEnvironment(Map.of(
                "OIDC_ISSUER_URI", "https://idp.example.kz/realms/egov", "OIDC_AUDIENCE", "egov-appeals",
                "APPEALS_KEYCLOAK_PORT", "28080"), new String[0], root);
        assertFalse(c.embeddedKeycloak());
        assertEquals("https://idp.example.kz/realms/egov", c.externalIssuerUri());
        assertEquals("egov-appeals", c.audience());
        assertEquals(28080, LauncherConfig.fromEnvironment(Map.of("APPEALS_KEYCLOAK_PORT", "28080"), new String[0], root)
                .keycloakPort());
    }

    @Test
    void externalDatabaseAndBrokerSkipTheEmbeddedOnes() {
        LauncherConfig c = LauncherConfig.fromEnvironment(Map.of(
                "DB_URL", "jdbc:postgresql://db:5432/appeals", "DB_USER", "app", "DB_PASSWORD", "s3cret",
                "KAFKA_BOOTSTRAP", "kafka:9092"), new String[0], root);
        assertFalse(c.embeddedPostgres());
        assertFalse(c.embeddedKafka());
        assertEquals("app", c.externalDbUser());
        assertEquals("kafka:9092", c.externalKafkaBootstrap());
    }

    @Test
    void portsInfraOnlyAndDataDirComeFromTheEnvironment() {
        LauncherConfig c = LauncherConfig.fromEnvironment(Map.of(
                "APPEALS_PG_PORT", "15432", "APPEALS_KAFKA_PORT", "29092", "APPEALS_INFRA_ONLY", "1",
                "APPEALS_DATA_DIR", "/var/appeals"), new String[0], root);
        assertEquals(15432, c.pgPort());
        assertEquals(29092, c.kafkaPort());
        assertTrue(c.infraOnly());
        assertEquals(Path.of("/var/appeals"), c.dataDir());
        assertTrue(LauncherConfig.fromEnvironment(Map.of(), new String[] {"--infra-only"}, root).infraOnly());
    }

    @Test
    void badInputIsRejectedWithTheVariableName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LauncherConfig.fromEnvironment(Map.of("APPEALS_PG_PORT", "x"), new String[0], root));
        assertTrue(e.getMessage().contains("APPEALS_PG_PORT"));
        assertThrows(IllegalArgumentException.class,
                () -> LauncherConfig.fromEnvironment(Map.of(), new String[] {"--bogus"}, root));
    }
}
