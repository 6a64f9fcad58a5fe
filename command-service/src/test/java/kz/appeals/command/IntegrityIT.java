package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.appeals.command.integrity.CheckpointWriter;
import kz.appeals.command.integrity.VerifyStoreCliAccess;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * The tamper-evident history on real PostgreSQL and Kafka: sealed envelopes, hash chains filled by the append
 * trigger, signed checkpoints, and a verification that names the first broken link after one stored byte changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IntegrityIT {

    static final EventsTopicReader TOPIC = new EventsTopicReader();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
        // checkpoints are written by the test, at the moments it needs them
        registry.add("appeals.integrity.checkpoints-enabled", () -> "false");
    }

    @Autowired
    TestRestTemplate http;

    /** Every response of this test is checked against the service's live OpenAPI (issue 10). */
    @org.junit.jupiter.api.BeforeEach
    void everyResponseConformsToTheOpenApi() {
        kz.appeals.testsupport.contract.ContractCheckingInterceptor.install(http.getRestTemplate(),
                http.getRootUri());
    }
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CheckpointWriter checkpoints;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;
    @Value("${spring.datasource.password}")
    String dbPassword;

    @AfterAll
    static void close() {
        TOPIC.close();
    }

    /** Every HTTP call of this test goes through here: the one place to add a bearer token once security lands. */
    static final String PORTAL = TestIdentityProvider.shared().system("e-otinish", "PORTAL");
    static final String AUDITOR = TestIdentityProvider.shared().system("auditor-1", "AUDITOR");

    <T> ResponseEntity<T> call(HttpMethod method, String path, Object body, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // the integrity endpoints are the auditor's (matrix: audit.integrity); filing is a portal's
        headers.setBearerAuth(path.startsWith("/api/integrity") ? AUDITOR : PORTAL);
        return http.exchange(path, method, new HttpEntity<>(body, headers), type);
    }

    String file(String fullName) {
        String body = """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300017","fullName":"%s",
                 "postalAddress":"Almaty, Abay ave 10"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"Broken lights","form":"ELECTRONIC","channel":"E_OTINISH",
                 "receivedAt":"2026-03-14T19:00:00+05:00"}""".formatted(fullName);
        ResponseEntity<JsonNode> response = call(HttpMethod.POST, "/api/appeals", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("appealId").asText();
    }

    JsonNode verifyStore() {
        ResponseEntity<JsonNode> response = call(HttpMethod.GET, "/api/integrity", null, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    JsonNode verifyAppeal(String appealId) {
        ResponseEntity<JsonNode> response = call(HttpMethod.GET, "/api/integrity/appeals/" + appealId, null,
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    void publishedEnvelopesAreSignedAndCarryTheStoredChain() {
        String appealId = file("Aigerim Sadykova");
        List<EventEnvelope> events = TOPIC.eventsFor(appealId, e -> e.size() >= 3);

        EnvelopeSeals seals = new EnvelopeSeals(TestEventKeys.verifier(), new EnvelopeCodec());
        assertThat(events).allSatisfy(e -> {
            assertThat(seals.verify(e)).isEqualTo(EnvelopeSeals.Verdict.VALID);
            assertThat(e.seal().keyId()).isEqualTo(TestEventKeys.KEY_ID);
            assertThat(e.seal().hash()).isEqualTo(HexFormat.of().formatHex(jdbc.queryForObject(
                    "SELECT event_hash FROM domainevententry WHERE eventidentifier = ?", byte[].class,
                    e.eventId().toString())));
        });
        assertThat(events.get(0).seal().previousHash()).isEqualTo("0".repeat(64));
        assertThat(events.get(1).seal().previousHash()).isEqualTo(events.get(0).seal().hash());
        assertThat(events.get(2).seal().previousHash()).isEqualTo(events.get(1).seal().hash());
    }

    @Test
    void aControlCharacterInAnyTextFieldIsRefusedAtTheEdgeNamingTheField() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        String body = """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300017",
                 "fullName":"Aigerim\\u0000Sadykova","postalAddress":"Almaty"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat"},
                 "substance":"Broken lights","form":"ELECTRONIC","channel":"E_OTINISH",
                 "receivedAt":"2026-03-14T19:00:00+05:00"}""";

        ResponseEntity<JsonNode> response = call(HttpMethod.POST, "/api/appeals", body, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("applicant.fullName");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains("U+0000");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void clientErrorsAreOneLogLineWithoutAStackTraceAndBodiesAndLogLinesAreBounded(CapturedOutput output) {
        int from = output.getAll().length();
        String unknown = java.util.UUID.randomUUID().toString();
        assertThat(call(HttpMethod.GET, "/api/integrity/appeals/" + unknown, null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call(HttpMethod.POST, "/api/appeals/" + unknown + "/return",
                "{\"ground\":\"NOT_SIGNED\",\"reasons\":\"x\"}", JsonNode.class).getStatusCode().is4xxClientError())
                .isTrue();
        // a path without a row in endpoints.csv is closed to every caller (issue 9), and logged like any 4xx
        assertThat(call(HttpMethod.GET, "/no/such/path", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> tooLarge = call(HttpMethod.POST, "/api/appeals",
                "{\"substance\":\"" + "x".repeat(1_100_000) + "\"}", JsonNode.class);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        LoggerFactory.getLogger(IntegrityIT.class).info("forged?\r\n2026-01-01 INFO fake line");

        // the line is written once the response is sent, so it may come a moment after the client has it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String logged = output.getAll().substring(from);
            assertThat(logged).contains("GET /api/integrity/appeals/" + unknown + " -> 404")
                    .contains("GET /no/such/path -> 403").contains("POST /api/appeals -> 413")
                    .contains("forged? ⏎ 2026-01-01 INFO fake line");
            assertThat(logged).doesNotContain("\tat ").doesNotContain("\n2026-01-01 INFO fake line");
        });
    }

    @Test
    void theEventStoreRefusesUpdatesAndDeletes() {
        file("Append Only");
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET type = 'X'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry")).hasMessageContaining("append-only");
    }

    /** One test, because after it the store is (deliberately) no longer intact. */
    @Test
    void oneAlteredByteIsFoundAndNamedAndRewrittenHashesAreCaughtByTheCheckpoints() throws Exception {
        String first = file("First Appellant");
        String second = file("Second Appellant");
        assertThat(checkpoints.writeDue()).isGreaterThanOrEqualTo(1);
        String third = file("Third Appellant");

        JsonNode intact = verifyStore();
        assertThat(intact.get("verified").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("checkpoints").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(intact.get("eventsNotYetCheckpointed").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(checkpoints.writeDue()).isEqualTo(1);
        assertThat(verifyStore().get("eventsNotYetCheckpointed").asLong()).isZero();
        assertThat(verifyAppeal(second).get("verified").asBoolean()).isTrue();
        assertThat(cli()).isZero();

        // one byte of the second appeal's registration event, as a DBA could change it
        long target = jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = 1", Long.class, second);
        asOwner("""
                UPDATE domainevententry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1)
                WHERE globalindex = %d""".formatted(target));

        JsonNode broken = verifyStore();
        assertThat(broken.get("verified").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenLink").get("globalIndex").asLong()).isEqualTo(target);
        assertThat(broken.get("firstBrokenLink").get("kind").asText()).isEqualTo("CONTENT_ALTERED");
        assertThat(broken.get("firstBrokenLink").get("appealId").asText()).isEqualTo(second);
        assertThat(broken.get("firstBrokenLink").get("sequence").asLong()).isEqualTo(1);
        JsonNode appeal = verifyAppeal(second);
        assertThat(appeal.get("verified").asBoolean()).isFalse();
        assertThat(appeal.get("events").get(1).get("problem").asText()).isEqualTo("CONTENT_ALTERED");
        assertThat(verifyAppeal(first).get("verified").asBoolean()).isTrue();
        assertThat(cli()).isEqualTo(1);

        // a DBA who also recomputes that event's hash and every later link of its appeal: the chain holds again,
        // but the signed checkpoint over that range does not
        asOwner("""
                UPDATE domainevententry SET event_hash = appeals_event_hash(previous_hash, sequencenumber,
                    eventidentifier, aggregateidentifier, type, timestamp, payloadtype, payloadrevision, payload,
                    metadata) WHERE globalindex = %d""".formatted(target));
        rechain(second);
        JsonNode rewritten = verifyStore();
        assertThat(rewritten.get("verified").asBoolean()).isFalse();
        assertThat(rewritten.get("problems")).allSatisfy(p ->
                assertThat(p.get("kind").asText()).isEqualTo("CHECKPOINT_ROOT"));
        assertThat(rewritten.get("firstBrokenLink").get("checkpointId").isNull()).isFalse();
        assertThat(third).isNotNull();
    }

    private void rechain(String appealId) {
        List<Long> rows = jdbc.queryForList("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber > 1 ORDER BY sequencenumber", Long.class, appealId);
        for (long row : rows) {
            asOwner("""
                    UPDATE domainevententry e SET previous_hash = p.event_hash FROM domainevententry p
                    WHERE e.globalindex = %1$d AND p.aggregateidentifier = e.aggregateidentifier
                      AND p.sequencenumber = e.sequencenumber - 1;
                    UPDATE domainevententry SET event_hash = appeals_event_hash(previous_hash, sequencenumber,
                        eventidentifier, aggregateidentifier, type, timestamp, payloadtype, payloadrevision,
                        payload, metadata) WHERE globalindex = %1$d""".formatted(row));
        }
    }

    /** What the table's owner can do: switch the append-only guard off for one statement. */
    private void asOwner(String sql) {
        jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only;\n" + sql
                + ";\nALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
    }

    private int cli() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyStoreCliAccess.run(Map.of("DB_URL", dbUrl, "DB_USER", dbUser, "DB_PASSWORD",
                        dbPassword == null ? "" : dbPassword, "COMMAND_DB_SCHEMA", "command",
                        "APPEALS_EVENT_VERIFY_KEYS", TestEventKeys.KEY_ID + "=" + TestEventKeys.publicKey()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"verified\"");
        return code;
    }
}
