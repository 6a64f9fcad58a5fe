package kz.appeals.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.testsupport.TestInfrastructure;

/**
 * The built service jars as their own processes on real PostgreSQL and a real Kafka broker process: an appeal filed
 * at command-service becomes readable at query-service, and while the broker is stopped commands still succeed and
 * every appeal arrives exactly once after it is back.
 */
class SystemEndToEndIT {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path data;
    static int kafkaPort;
    static int controllerPort;
    static KafkaBrokerProcess broker;
    static Secrets secrets;
    static ServiceProcess command;
    static ServiceProcess query;

    @BeforeAll
    static void startSystem() throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.freshDatabase();
        kafkaPort = freePort();
        controllerPort = freePort();
        secrets = new Secrets(data.resolve("secrets"));
        broker = startBroker();
        // the launcher's broker as run.sh has it: SCRAM users, ACLs, the topic created by admin
        broker.grantServiceAccess("appeals.events", 3, "query-service");
        int commandPort = freePort();
        int queryPort = freePort();
        Map<String, String> env = Map.of(
                "DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password(),
                "KAFKA_BOOTSTRAP", broker.bootstrapServers(), "APPEALS_TOPIC_PARTITIONS", "3",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", KafkaBrokerProcess.MECHANISM,
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        command = service("command", "command-service", commandPort, withKafkaUser(env,
                KafkaBrokerProcess.COMMAND_USER, secrets.get(Secrets.KAFKA_COMMAND)));
        query = service("query", "query-service", queryPort, withKafkaUser(env,
                KafkaBrokerProcess.QUERY_USER, secrets.get(Secrets.KAFKA_QUERY)));
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        command.awaitHealthy(deadline, Duration.ofSeconds(180));
        query.awaitHealthy(deadline, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopSystem() {
        for (AutoCloseable process : new AutoCloseable[] {query, command, broker}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (Exception ignored) {
                // closing the rest matters more
            }
        }
    }

    static Map<String, String> withKafkaUser(Map<String, String> env, String user, String password) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put("KAFKA_USERNAME", user);
        copy.put("KAFKA_PASSWORD", password);
        return copy;
    }

    static KafkaBrokerProcess startBroker() {
        // the broker runs from deploy/target/lib, exactly as deploy/run.sh starts it (packaged before this test runs)
        return KafkaBrokerProcess.start(data, kafkaPort, controllerPort, REPO.resolve("deploy/target/lib") + "/*",
                data.resolve("logs/kafka.log"), Duration.ofSeconds(90), secrets);
    }

    static ServiceProcess service(String name, String module, int port, Map<String, String> baseEnv) {
        Map<String, String> env = new java.util.HashMap<>(baseEnv);
        env.put("SERVER_PORT", Integer.toString(port));
        return ServiceProcess.start(name, REPO.resolve(module + "/target/" + module + ".jar"), env,
                URI.create("http://127.0.0.1:" + port + "/actuator/health"), data.resolve("logs/" + name + ".log"),
                data.resolve("run/" + name + ".pid"), REPO);
    }

    static String base(ServiceProcess service) {
        String health = service.healthUri().toString();
        return health.substring(0, health.indexOf("/actuator"));
    }

    static String fileAppeal(String substance) throws Exception {
        return fileAppeal("APPLICATION", substance);
    }

    static String fileAppeal(String kind, String substance) throws Exception {
        String body = """
                {"kind":"%s","applicant":{"type":"INDIVIDUAL","iin":"900101300017",
                 "fullName":"Aigerim Sadykova","postalAddress":"Almaty, Abay ave 10"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"%s","form":"ELECTRONIC","channel":"E_OTINISH"}""".formatted(kind, substance);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base(command) + "/api/appeals"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("appealId").asText();
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode readModel(String appealId) throws Exception {
        return JSON.readTree(get(base(query) + "/api/appeals/" + appealId).body());
    }

    @Test
    void anAppealFiledAtTheCommandSideIsReadableAtTheQuerySide() throws Exception {
        String appealId = fileAppeal("Street lighting on Abay avenue");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(base(query) + "/api/appeals/" + appealId).statusCode() == 200
                        && "REGISTERED".equals(readModel(appealId).get("state").asText()));
        JsonNode view = readModel(appealId);
        assertThat(view.get("registrationNumber").asText()).startsWith("ЖТ-");
        assertThat(view.get("bodyId").asText()).isEqualTo("almaty-akimat");
    }

    static HttpResponse<String> act(String appealId, String action, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base(command) + "/api/appeals/" + appealId + "/" + action))
                .header("Content-Type", "application/json").header("X-Actor-Id", "exec-7")
                .header("X-Actor-Role", "EXECUTOR").header("X-Actor-Body", "almaty-akimat")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDecidedAppealShowsItsExecutorDeadlineAndDeliveryAtTheQuerySide() throws Exception {
        String appealId = fileAppeal("REQUEST", "How is the heating tariff computed?");
        assertThat(act(appealId, "assign", """
                {"bodyId":"almaty-akimat","executorId":"exec-7","coExecutors":["exec-8"]}""").statusCode())
                .isEqualTo(200);
        assertThat(act(appealId, "simplified-answer", """
                {"outcome":"EXPLAINED","answer":"The tariff follows the regulator's order.",
                 "lawsCited":["Law on natural monopolies"]}""").statusCode()).isEqualTo(200);
        HttpResponse<String> delivered = act(appealId, "deliveries", """
                {"document":"SIMPLIFIED_ANSWER","deliveries":[{"recipientId":"900101300017",
                 "channel":"EGOV_CABINET_AND_SMS","deliveredAt":"2026-01-05T10:00:00+05:00","proof":"sms 42"}]}""");
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> readModel(appealId).path("deliveries").size() == 1);
        JsonNode view = readModel(appealId);
        assertThat(view.get("state").asText()).isEqualTo("DECIDED");
        assertThat(view.get("outcome").asText()).isEqualTo("EXPLAINED");
        assertThat(view.get("executorId").asText()).isEqualTo("exec-7");
        assertThat(view.get("deadlines")).anySatisfy(d -> {
            assertThat(d.get("timer").asText()).isEqualTo("REVIEW");
            assertThat(d.get("status").asText()).isEqualTo("MET");
        });
        assertThat(view.get("deliveries").get(0).get("channel").asText()).isEqualTo("EGOV_CABINET_AND_SMS");
        JsonNode history = JSON.readTree(get(base(query) + "/api/audit/appeals/" + appealId + "/events").body());
        assertThat(history).anySatisfy(e -> assertThat(e.get("actor").get("userId").asText()).isEqualTo("exec-7"));
    }

    @Test
    void whileTheBrokerIsDownCommandsSucceedAndEveryEventArrivesOnceAfterwards() throws Exception {
        broker.close();
        List<String> filedDuringOutage = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filedDuringOutage.add(fileAppeal("Filed while Kafka was down #" + i));
        }
        broker = startBroker();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (String id : filedDuringOutage) {
                if (get(base(query) + "/api/appeals/" + id).statusCode() != 200
                        || !"REGISTERED".equals(readModel(id).get("state").asText())) {
                    return false;
                }
            }
            return true;
        });
        for (String id : filedDuringOutage) {
            JsonNode history = JSON.readTree(get(base(query) + "/api/audit/appeals/" + id + "/events").body());
            List<Long> sequences = new ArrayList<>();
            List<String> types = new ArrayList<>();
            history.forEach(e -> {
                sequences.add(e.get("sequence").asLong());
                types.add(e.get("type").asText());
            });
            // every event of the appeal once: positions 0, 1, 2 ... with no repeat and no gap
            assertThat(sequences).isEqualTo(java.util.stream.LongStream.range(0, sequences.size()).boxed().toList());
            assertThat(types).startsWith("AppealFiled", "AppealRegistered").containsOnlyOnce("AppealRegistered");
            assertThat(readModel(id).get("version").asLong()).isEqualTo(sequences.size() - 1);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
