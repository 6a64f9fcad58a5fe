package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.events.Party;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * Issue 14 on the query side, with observability on as in production and JSON logs: records carrying a W3C
 * {@code traceparent} header (as the command-service's publisher writes it, CommandObservabilityIT) are projected
 * under that trace, so the projection's log line has the request's trace id; the Prometheus endpoint answers the
 * operator only and carries the read side's domain gauges.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=ecs", "logging.level.kz.appeals.query.observability=DEBUG",
        "appeals.metrics.refresh=PT1S"})
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class QueryObservabilityIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final String BODY = "almaty-akimat";
    static final Actor OFFICIAL = Api.actor(new EnvelopeCodec(), "registrar-1", "REGISTRAR", BODY);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    /**
     * Logback is configured once per JVM by the first test context, whatever format later contexts ask for: forget it,
     * so that this class's context sets up JSON, and again afterwards, for the next class's own.
     */
    @BeforeAll
    static void logWithThisContextsFormat() {
        LoggingSystem.get(QueryObservabilityIT.class.getClassLoader()).cleanUp();
    }

    @AfterAll
    static void restoreTheNextContextsFormat() {
        LoggingSystem.get(QueryObservabilityIT.class.getClassLoader()).cleanUp();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    final EnvelopeCodec codec = new EnvelopeCodec();
    final ObjectMapper json = new ObjectMapper();

    /** An appeal filed, registered and given a review deadline already past; every record under {@code traceparent}. */
    void publishAppeal(String appealId, String traceparent) throws Exception {
        Party applicant = new Party(Party.PartyType.INDIVIDUAL, "900101300017", null, "Aigerim Sadykova", null,
                "Almaty, Abay ave 10", null, null);
        List<Object> events = List.of(
                new AppealFiled(appealId, AppealKind.APPLICATION, applicant, List.of(), new Addressee(BODY, BODY),
                        "Street lighting", AppealForm.ELECTRONIC, Channel.E_OTINISH,
                        Instant.parse("2026-03-14T14:00:00Z")),
                new AppealRegistered(appealId, "ЖТ-2026-00000777", Instant.parse("2026-03-16T04:00:00Z"),
                        "automatic registration", LocalDate.of(2026, 3, 16), "working day",
                        LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 9), "15 working days", "APPC art. 76(1)",
                        true, "appc-2025-12", "kz-2026", List.of()),
                new DeadlineScheduled(appealId, appealId + ":REVIEW", "REVIEW", LocalDate.of(2026, 3, 17),
                        LocalDate.of(2026, 4, 9), "15 working days", "APPC art. 76(1)", true, "appc-2025-12",
                        "kz-2026", List.of(), List.of()));
        long before = projected();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            long sequence = 0;
            for (Object event : events) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, appealId,
                        codec.toBytes(TestEventKeys.sign(codec.wrap(UUID.randomUUID(), event, appealId, sequence,
                                Instant.parse("2026-03-16T04:00:00Z").plusSeconds(sequence), OFFICIAL))));
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
                sequence++;
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> projected() == before + events.size());
    }

    long projected() {
        return jdbc.queryForObject("SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?",
                Long.class, TOPIC);
    }

    @Test
    void theProjectionLogsUnderTheTraceIdOfTheRecordsHeader(CapturedOutput output) throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String appealId = UUID.randomUUID().toString();

        publishAppeal(appealId, "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");

        List<JsonNode> lines = output.getOut().lines().filter(l -> l.startsWith("{") && l.contains(appealId))
                .map(this::read).filter(l -> l.path("message").asText().startsWith("Projecting")).toList();
        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            assertThat(line.path("traceId").asText()).as(line.toString()).isEqualTo(traceId);
            assertThat(line.path("appealId").asText()).isEqualTo(appealId);
            assertThat(line.path("spanId").asText()).isNotBlank();
        }
    }

    @Test
    void thePrometheusEndpointAnswersOnlyTheOperatorAndCarriesTheReadSideGauges() throws Exception {
        publishAppeal(UUID.randomUUID().toString(),
                "00-" + HexFormat.of().formatHex(randomBytes(16)) + "-" + HexFormat.of().formatHex(randomBytes(8))
                        + "-01");
        Api api = new Api(http);
        assertThat(api.get(null, "/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(api.get(Api.auditor(), "/actuator/prometheus", String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.get(Api.IDP.official("head-1", "HEAD", BODY), "/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);

        // the review deadline (due 9 April 2026) is open and, today, overdue
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<String> scraped = api.get(Api.operator(), "/actuator/prometheus", String.class);
            assertThat(scraped.getStatusCode().value()).isEqualTo(200);
            assertThat(scraped.getBody())
                    .contains("appeals_deadlines_open{application=\"query-service\",body=\"" + BODY + "\"}")
                    .contains("appeals_deadlines_overdue{application=\"query-service\",body=\"" + BODY + "\"}")
                    .contains("appeals_projection_lag{application=\"query-service\",partition=\"0\"} 0.0")
                    .contains("appeals_projection_lag{application=\"query-service\",partition=\"1\"} 0.0")
                    .contains("appeals_projection_parked{application=\"query-service\",kind=\"error\"} 0.0")
                    .contains("appeals_rebuild_running{application=\"query-service\"} 0.0")
                    .contains("appeals_rebuild_progress{")
                    .contains("http_server_requests_seconds_count{")
                    .contains("jvm_memory_used_bytes{");
        });
    }

    JsonNode read(String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }
}
