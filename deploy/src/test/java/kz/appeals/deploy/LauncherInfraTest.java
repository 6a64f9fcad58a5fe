package kz.appeals.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts PostgreSQL and the Kafka broker process through the launcher API on free ports in a temp
 * data dir, uses both, closes, and checks nothing is left running or listening.
 */
class LauncherInfraTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void infraStartsServesAndStopsCleanly() throws Exception {
        int pgPort = freePort();
        int kafkaPort = freePort();
        int controllerPort = freePort();
        LauncherConfig config = LauncherConfig.builder(tmp)
                .dataDir(tmp.resolve(".data"))
                .pgPort(pgPort)
                .kafkaPort(kafkaPort)
                .kafkaControllerPort(controllerPort)
                .infraOnly(true)
                // surefire may start the fork from a manifest-only jar; this property is the real classpath
                .kafkaClasspath(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")))
                .build();

        List<ProcessHandle> started = new ArrayList<>();
        try (Launcher launcher = Launcher.start(config)) {
            assertEquals("jdbc:postgresql://127.0.0.1:" + pgPort + "/appeals", launcher.jdbcUrl());
            assertEquals("127.0.0.1:" + kafkaPort, launcher.kafkaBootstrap());
            launcher.kafkaBroker().map(b -> b.process().toHandle()).ifPresent(started::add);
            launcher.embeddedPostgres().flatMap(EmbeddedPostgresServer::postmaster).ifPresent(started::add);
            assertEquals(2, started.size(), "broker and postmaster should both be running");

            try (Connection c = DriverManager.getConnection(launcher.jdbcUrl(), "postgres", "");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_database()")) {
                assertTrue(rs.next());
                assertEquals("appeals", rs.getString(1));
            }

            assertEquals("hello appeals", roundTrip(launcher.kafkaBootstrap(), "launcher-infra-test"));
            assertTrue(Files.exists(tmp.resolve(".data/kafka/meta.properties")), "log dir formatted");
            assertTrue(Files.exists(tmp.resolve(".data/kafka-cluster-id")), "cluster id kept");
        }

        for (ProcessHandle h : started) {
            assertFalse(h.isAlive(), "still running after close: pid " + h.pid());
        }
        for (int port : new int[] {pgPort, kafkaPort, controllerPort}) {
            assertTrue(portFree(port), "port " + port + " still in use after close");
        }
        assertFalse(Files.exists(tmp.resolve(".data/run/kafka.pid")), "broker pid file removed");
    }

    private static String roundTrip(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "k", "hello appeals")).get(30, TimeUnit.SECONDS);
        }
        // assign() instead of a group: no __consumer_offsets topic needed, keeps the test fast
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    return r.value();
                }
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
