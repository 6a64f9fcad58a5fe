package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.access.Role;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * Issue 14 on the command side, with observability switched on as in production (Spring Boot's tests turn metrics
 * export and tracing off unless asked) and JSON logs: the Prometheus endpoint answers the operator only and carries
 * the domain meters; a request's W3C trace id is in the JSON log line of the filing and on the Kafka record the
 * publisher sends, from where the query side continues it (QueryObservabilityIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs", "appeals.metrics.cache=PT0S"})
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class CommandObservabilityIT {

    static final EventsTopicReader TOPIC = new EventsTopicReader();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String PORTAL = IDP.system("e-otinish", "PORTAL");
    static final String OPERATOR = IDP.system("op-1", "OPERATOR");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
    }

    /**
     * Logback is configured once per JVM by the first test context, whatever format later contexts ask for: forget it,
     * so that this class's context sets up JSON, and again afterwards, for the next class's own.
     */
    @BeforeAll
    static void logWithThisContextsFormat() {
        LoggingSystem.get(CommandObservabilityIT.class.getClassLoader()).cleanUp();
    }

    @AfterAll
    static void close() {
        TOPIC.close();
        LoggingSystem.get(CommandObservabilityIT.class.getClassLoader()).cleanUp();
    }

    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    @org.junit.jupiter.api.BeforeEach
    void everyResponseConformsToTheOpenApi() {
        kz.appeals.testsupport.contract.ContractCheckingInterceptor.install(http.getRestTemplate(),
                http.getRootUri());
    }

    ResponseEntity<String> file(String traceparent) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(PORTAL);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        if (traceparent != null) {
            headers.set("traceparent", traceparent);
        }
        return http.exchange("/api/appeals", HttpMethod.POST,
                new HttpEntity<>(CommandAccessIT.appealBody("900101300017", "almaty-akimat"), headers), String.class);
    }

    ResponseEntity<String> scrape(String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void thePrometheusEndpointAnswersOnlyTheOperatorAndCarriesTheDomainMeters() throws Exception {
        ResponseEntity<String> filed = file(null);
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        // a stale If-Match: 409, counted under its problem type
        HttpHeaders head = new HttpHeaders();
        head.setBearerAuth(IDP.official("head-1", "HEAD", "almaty-akimat"));
        head.setContentType(MediaType.APPLICATION_JSON);
        head.setIfMatch("\"0\"");
        assertThat(http.exchange("/api/appeals/" + json.readTree(filed.getBody()).get("appealId").asText()
                        + "/assign", HttpMethod.POST,
                new HttpEntity<>("{\"bodyId\":\"almaty-akimat\",\"executorId\":\"exec-1\"}", head), String.class)
                .getStatusCode().value()).isEqualTo(409);
        HttpHeaders citizen = new HttpHeaders();
        citizen.setBearerAuth(IDP.citizen("900101300017"));
        citizen.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/admin/calendar/reload", HttpMethod.POST, new HttpEntity<>("{}", citizen),
                String.class).getStatusCode().value()).isEqualTo(403);

        assertThat(scrape(null).getStatusCode().value()).isEqualTo(401);
        for (Role role : Role.values()) {
            if (role != Role.OPERATOR) {
                assertThat(scrape(CommandAccessIT.tokenFor(role, "almaty-akimat", "900101300017")).getStatusCode()
                        .value()).as(role.name()).isEqualTo(403);
            }
        }

        ResponseEntity<String> scraped = scrape(OPERATOR);
        assertThat(scraped.getStatusCode().value()).isEqualTo(200);
        String metrics = scraped.getBody();
        assertThat(metrics)
                .contains("appeals_filed_total{application=\"command-service\",kind=\"APPLICATION\"}")
                .contains("appeals_filed_total{application=\"command-service\",kind=\"COMPLAINT\"} 0.0")
                .contains("appeals_commands_refused_total{application=\"command-service\","
                        + "reason=\"admin.calendar-reload\",status=\"403\"} 1.0")
                .contains("appeals_commands_refused_total{application=\"command-service\","
                        + "reason=\"stale-version\",status=\"409\"} 1.0")
                .contains("appeals_publisher_backlog{")
                .contains("http_server_requests_seconds_count{")
                .contains("jvm_memory_used_bytes{");
        // the backlog drains once the publisher has sent what is stored
        await().atMost(Duration.ofSeconds(60)).until(() ->
                scrape(OPERATOR).getBody().contains("appeals_publisher_backlog{application=\"command-service\"} 0.0"));
    }

    @Test
    void theRequestsTraceIdIsInTheJsonLogAndOnTheKafkaRecord(CapturedOutput output) throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        ResponseEntity<String> filed = file(traceparent);
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        String appealId = json.readTree(filed.getBody()).get("appealId").asText();

        // the filing's log line: JSON, with the caller's trace id and the appeal id as fields
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().lines()
                .anyMatch(l -> l.contains("\"traceId\":\"" + traceId + "\"") && l.contains(appealId)));
        String line = output.getOut().lines().filter(l -> l.contains(traceId) && l.contains("filed"))
                .findFirst().orElseThrow();
        JsonNode logged = json.readTree(line);
        assertThat(logged.path("traceId").asText()).isEqualTo(traceId);
        assertThat(logged.path("appealId").asText()).isEqualTo(appealId);

        // every record of the appeal carries the same trace on its headers, for the projection to continue
        List<ConsumerRecord<String, byte[]>> records = TOPIC.recordsFor(appealId, 2);
        for (ConsumerRecord<String, byte[]> record : records) {
            Header header = record.headers().lastHeader("traceparent");
            assertThat(header).as("traceparent on " + record.offset()).isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).startsWith("00-" + traceId + "-");
        }
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero (an invalid trace id)
        return bytes;
    }
}
