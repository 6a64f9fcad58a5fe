package kz.appeals.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL and Kafka for integration tests, one of each per test JVM, chosen in this order:
 * external servers when {@code DB_URL} / {@code KAFKA_BOOTSTRAP} are set; Testcontainers when a Docker engine
 * answers; otherwise embedded (zonky's PostgreSQL binaries, spring-kafka-test's KRaft broker). Never a mock.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    /** How to reach one database on the chosen PostgreSQL server. */
    public record Database(String url, String user, String password) {
    }

    private static Database server;
    private static String kafkaBootstrap;
    private static Boolean docker;

    private TestInfrastructure() {
    }

    /** A new, empty database on the shared server, so that test classes never see each other's rows. */
    public static synchronized Database freshDatabase() {
        Database admin = server();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + admin.url(), e);
        }
        return new Database(replaceDatabase(admin.url(), name), admin.user(), admin.password());
    }

    public static synchronized String kafkaBootstrap() {
        if (kafkaBootstrap != null) {
            return kafkaBootstrap;
        }
        String external = System.getenv("KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            log.info("Tests use the external Kafka at {}", external);
            kafkaBootstrap = external;
        } else if (dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka-native:3.9.1");
            kafka.start();
            kafkaBootstrap = kafka.getBootstrapServers();
            log.info("Tests use a Testcontainers Kafka at {}", kafkaBootstrap);
        } else {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperties(java.util.Map.of("auto.create.topics.enable", "false"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
            kafkaBootstrap = broker.getBrokersAsString();
            log.info("Tests use an embedded KRaft Kafka broker at {}", kafkaBootstrap);
        }
        return kafkaBootstrap;
    }

    private static Database server() {
        if (server != null) {
            return server;
        }
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            log.info("Tests use the external PostgreSQL at {}", external);
            server = new Database(external, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
        } else if (dockerAvailable()) {
            PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16-alpine");
            pg.start();
            server = new Database(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
            log.info("Tests use a Testcontainers PostgreSQL at {}", server.url());
        } else {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting; the temporary data directory goes with it
                    }
                }));
                server = new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
                log.info("Tests use an embedded PostgreSQL at {}", server.url());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
        }
        return docker;
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
