package kz.appeals.deploy;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts PostgreSQL and the Kafka broker process through the launcher API on free ports in a temp data dir (Keycloak
 * has its own test, KeycloakIT), checks that both are closed to anyone without the right credentials and open to the
 * right service for the right thing, closes, and checks nothing is left running or listening.
 */
class LauncherInfraTest {

    static final String TOPIC = "appeals.events";

    @TempDir
    static Path tmp;
    static Launcher launcher;
    static final List<ProcessHandle> started = new ArrayList<>();
    static int pgPort;
    static int kafkaPort;
    static int controllerPort;

    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void startInfra() throws Exception {
        pgPort = freePort();
        kafkaPort = freePort();
        controllerPort = freePort();
        LauncherConfig config = LauncherConfig.builder(tmp)
                .dataDir(tmp.resolve(".data"))
                .pgPort(pgPort)
                .kafkaPort(kafkaPort)
                .kafkaControllerPort(controllerPort)
                .infraOnly(true)
                .startKeycloak(false)
                .topicPartitions(2)
                // surefire may start the fork from a manifest-only jar; this property is the real classpath
                .kafkaClasspath(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")))
                .build();
        launcher = Launcher.start(config);
        launcher.kafkaBroker().map(b -> b.process().toHandle()).ifPresent(started::add);
        launcher.embeddedPostgres().flatMap(EmbeddedPostgresServer::postmaster).ifPresent(started::add);
    }

    @AfterAll
    static void stopInfraAndCheckNothingIsLeft() {
        if (launcher == null) {
            return;
        }
        launcher.close();
        assertEquals(2, started.size(), "broker and postmaster should both have been running");
        for (ProcessHandle h : started) {
            assertFalse(h.isAlive(), "still running after close: pid " + h.pid());
        }
        for (int port : new int[] {pgPort, kafkaPort, controllerPort}) {
            assertTrue(portFree(port), "port " + port + " still in use after close");
        }
        assertFalse(Files.exists(tmp.resolve(".data/run/kafka.pid")), "broker pid file removed");
    }

    @Test
    void secretsAreGeneratedIntoTheDataFolderReadableOnlyByTheOwner() throws Exception {
        Path secrets = tmp.resolve(".data/secrets");
        for (String name : List.of(Secrets.POSTGRES, Secrets.COMMAND_DB, Secrets.QUERY_DB, Secrets.KAFKA_ADMIN,
                Secrets.KAFKA_COMMAND, Secrets.KAFKA_QUERY)) {
            Path file = secrets.resolve(name);
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).trim()).hasSizeGreaterThanOrEqualTo(32);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                tmp.resolve(".data/kafka-conf/server.properties")))).isEqualTo("rw-------");
    }

    @Test
    void postgresRefusesConnectionsWithoutTheRightPassword() throws Exception {
        assertEquals("jdbc:postgresql://127.0.0.1:" + pgPort + "/appeals", launcher.jdbcUrl());
        assertThatThrownBy(() -> DriverManager.getConnection(launcher.jdbcUrl(), "postgres", ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(launcher.jdbcUrl(), "postgres", "wrong-password"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(launcher.jdbcUrl(), "command_service", "wrong"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection c = DriverManager.getConnection(launcher.jdbcUrl(), "postgres",
                launcher.secrets().get(Secrets.POSTGRES));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_database()")) {
            assertTrue(rs.next());
            assertEquals("appeals", rs.getString(1));
        }
    }

    /** Issue 13: appeals are legal records, so a commit the services were told of survives a crash of the machine. */
    @Test
    void postgresCommitsDurably() throws Exception {
        try (Connection c = DriverManager.getConnection(launcher.jdbcUrl(), "postgres",
                launcher.secrets().get(Secrets.POSTGRES));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'), "
                     + "current_setting('full_page_writes')")) {
            assertTrue(rs.next());
            assertEquals("on", rs.getString(1));
            assertEquals("on", rs.getString(2));
            assertEquals("on", rs.getString(3));
        }
    }

    @Test
    void eachServiceRoleWritesOnlyItsOwnSchema() throws Exception {
        try (Connection command = serviceConnection("command-service");
             Connection query = serviceConnection("query-service");
             Statement cs = command.createStatement();
             Statement qs = query.createStatement()) {
            cs.execute("CREATE TABLE command.t_own (id int)");
            cs.execute("INSERT INTO command.t_own VALUES (1)");
            qs.execute("CREATE TABLE query.t_own (id int)");
            qs.execute("INSERT INTO query.t_own VALUES (1)");

            assertThatThrownBy(() -> qs.execute("CREATE TABLE command.t_foreign (id int)"))
                    .hasMessageContaining("permission denied for schema command");
            assertThatThrownBy(() -> qs.execute("INSERT INTO command.t_own VALUES (2)"))
                    .hasMessageContaining("permission denied for schema command");
            assertThatThrownBy(() -> qs.executeQuery("SELECT * FROM command.t_own"))
                    .hasMessageContaining("permission denied for schema command");
            assertThatThrownBy(() -> cs.execute("CREATE TABLE query.t_foreign (id int)"))
                    .hasMessageContaining("permission denied for schema query");
            assertThatThrownBy(() -> cs.execute("DELETE FROM query.t_own"))
                    .hasMessageContaining("permission denied for schema query");
            for (Statement st : List.of(cs, qs)) {
                assertThatThrownBy(() -> st.execute("CREATE TABLE public.t_anywhere (id int)"))
                        .hasMessageContaining("permission denied for schema public");
            }
            // the query side's rebuild stages its tables in a schema of its own, as ReplayService does
            qs.execute("CREATE SCHEMA IF NOT EXISTS query_rebuild");
            qs.execute("CREATE TABLE query_rebuild.t_staged (LIKE query.t_own)");
            qs.execute("ALTER TABLE query_rebuild.t_staged SET SCHEMA query");
            assertThatThrownBy(() -> cs.execute("CREATE TABLE query_rebuild.t_foreign (id int)"))
                    .hasMessageContaining("permission denied for schema query_rebuild");
            assertThatThrownBy(() -> cs.execute("CREATE SCHEMA command_extra"))
                    .hasMessageContaining("permission denied for database appeals");
        }
    }

    @Test
    void kafkaRefusesAnUnauthenticatedProducer() {
        Map<String, Object> plaintext = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, launcher.kafkaBootstrap(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000));
        try (KafkaProducer<String, String> producer = producer(plaintext)) {
            // the SASL listener never answers a client that skips the handshake: no metadata, no send
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "anonymous")).get(30, TimeUnit.SECONDS))
                    .satisfies(t -> assertThat(causes(t))
                            .hasAtLeastOneElementOfType(org.apache.kafka.common.errors.TimeoutException.class));
        }
        Map<String, Object> wrongPassword = new HashMap<>(KafkaBrokerProcess.clientProperties(
                launcher.kafkaBootstrap(), KafkaBrokerProcess.COMMAND_USER, "not-the-password"));
        wrongPassword.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000);
        try (KafkaProducer<String, String> producer = producer(wrongPassword)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "guessing")).get(30, TimeUnit.SECONDS))
                    .satisfies(t -> assertThat(causes(t)).hasAtLeastOneElementOfType(SaslAuthenticationException.class));
        }
    }

    @Test
    void onlyTheCommandServiceMayWriteTheTopicAndOnlyTheQueryServiceMayReadIt() throws Exception {
        // an idempotent producer (the default) is refused at once: no IdempotentWrite on the cluster
        try (KafkaProducer<String, String> producer = producer(serviceKafka("query-service"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "from query")).get(30, TimeUnit.SECONDS))
                    .satisfies(t -> assertThat(causes(t)).hasAtLeastOneElementOfType(ClusterAuthorizationException.class));
        }
        // a plain one gets as far as the topic, and is refused there
        Map<String, Object> plain = new HashMap<>(serviceKafka("query-service"));
        plain.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        try (KafkaProducer<String, String> producer = producer(plain)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "from query")).get(30, TimeUnit.SECONDS))
                    .satisfies(t -> assertThat(causes(t)).hasAtLeastOneElementOfType(TopicAuthorizationException.class));
        }
        try (KafkaProducer<String, String> producer = producer(serviceKafka("command-service"))) {
            producer.send(new ProducerRecord<>(TOPIC, "appeal-1", "hello appeals")).get(30, TimeUnit.SECONDS);
        }
        assertThat(consume(serviceKafka("query-service"), "query-service")).isEqualTo("hello appeals");
        // the command side may not read events back, nor may the query side use another consumer group
        assertThatThrownBy(() -> consume(serviceKafka("command-service"), "query-service"))
                .isInstanceOfAny(TopicAuthorizationException.class,
                        org.apache.kafka.common.errors.GroupAuthorizationException.class);
        assertThatThrownBy(() -> consume(serviceKafka("query-service"), "some-other-group"))
                .isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
    }

    @Test
    void theServicesAreGivenTheirOwnCredentials() {
        Map<String, String> command = launcher.serviceEnvironment("command-service");
        Map<String, String> query = launcher.serviceEnvironment("query-service");
        assertThat(command).containsEntry("DB_USER", "command_service").containsEntry("KAFKA_USERNAME", "command-service")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
                .containsEntry("DB_PASSWORD", launcher.secrets().get(Secrets.COMMAND_DB))
                .containsEntry("KAFKA_PASSWORD", launcher.secrets().get(Secrets.KAFKA_COMMAND))
                .doesNotContainKey("OIDC_ISSUER_URI"); // no identity provider in this test
        assertThat(query).containsEntry("DB_USER", "query_service").containsEntry("KAFKA_USERNAME", "query-service")
                .containsEntry("DB_PASSWORD", launcher.secrets().get(Secrets.QUERY_DB));
        assertThat(command.get("DB_PASSWORD")).isNotEqualTo(query.get("DB_PASSWORD"));
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }

    private static Connection serviceConnection(String module) throws SQLException {
        Map<String, String> env = launcher.serviceEnvironment(module);
        return DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"));
    }

    /** A client with the credentials the launcher gives the service (SystemEndToEndIT runs the services' own code). */
    private static Map<String, Object> serviceKafka(String module) {
        Map<String, String> env = launcher.serviceEnvironment(module);
        Map<String, Object> props = new HashMap<>(KafkaBrokerProcess.clientProperties(env.get("KAFKA_BOOTSTRAP"),
                env.get("KAFKA_USERNAME"), env.get("KAFKA_PASSWORD")));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000);
        return props;
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> props) {
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** First record of the topic read through consumer group {@code group}; authorization errors are thrown. */
    private static String consume(Map<String, Object> base, String group) {
        Map<String, Object> props = new HashMap<>(base);
        props.remove(ProducerConfig.MAX_BLOCK_MS_CONFIG);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    return r.value();
                }
            }
        }
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
