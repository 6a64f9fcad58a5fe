package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.events.Party;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.messaging.integrity.EventKeys;
import kz.appeals.messaging.integrity.VerifyExport;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * A projection nobody can freeze or forge, on real PostgreSQL and Kafka: forged and conflicting records are parked
 * without taking the genuine event's place, and text PostgreSQL cannot store in a column still projects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ProjectionIntegrityIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final Actor OFFICIAL = new Actor("registrar-1", "REGISTRAR", "integrity-body");
    static KafkaProducer<String, byte[]> producer;
    static int produced;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    final EnvelopeCodec codec = new EnvelopeCodec();

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    /** Every HTTP call of this test goes through here, with a token of the role the matrix gives that path. */
    ResponseEntity<JsonNode> call(HttpMethod method, String path) {
        return http.exchange(path, method, new HttpEntity<>(authorized(path)), JsonNode.class);
    }

    String text(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(authorized(path)), String.class).getBody();
    }

    /** Operator tools for /api/admin, the auditor's for /api/audit, a prosecutor (reads any body) otherwise. */
    static HttpHeaders authorized(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(path.startsWith("/api/admin") ? Api.operator()
                : path.startsWith("/api/audit") ? Api.auditor() : Api.prosecutor());
        return headers;
    }

    static AppealFiled filed(String appealId, String name) {
        return new AppealFiled(appealId, AppealKind.APPLICATION,
                new Party(Party.PartyType.INDIVIDUAL, "900101300017", null, name, null, "Almaty", null, null),
                List.of(), new Addressee("integrity-body", "Akimat"), "Broken lights", AppealForm.ELECTRONIC,
                Channel.E_OTINISH, Instant.parse("2026-03-14T14:00:00Z"));
    }

    EventEnvelope envelope(Object payload, String appealId, long sequence, Actor actor, String hash,
                           String previousHash) {
        return codec.wrap(UUID.randomUUID(), payload, appealId, sequence, Instant.parse("2026-03-14T14:00:00Z")
                .plusSeconds(sequence), actor).withSeal(new EventEnvelope.Seal(hash, previousHash, null, null));
    }

    EventEnvelope envelope(Object payload, String appealId, long sequence) {
        return envelope(payload, appealId, sequence, OFFICIAL, null, null);
    }

    void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        produced++;
    }

    void sendSigned(EventEnvelope envelope) throws Exception {
        send(envelope.appealId(), codec.toBytes(TestEventKeys.sign(envelope)));
    }

    void awaitAllConsumed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?", Long.class, TOPIC)
                == produced);
    }

    List<Map<String, Object>> parked(String appealId) {
        return jdbc.queryForList("SELECT id, kind, error FROM dead_letter WHERE appeal_id = ? ORDER BY id", appealId);
    }

    @Test
    void unsignedAndMisSignedRecordsAreParkedAndTheGenuineEventWithThatSequenceStillProjects() throws Exception {
        String id = UUID.randomUUID().toString();
        sendSigned(envelope(filed(id, "Aigerim Sadykova"), id, 0));
        // a forger's next event of the appeal: unsigned, then signed with another key under the trusted key's id
        send(id, codec.toBytes(envelope(QueryServiceIT.registered(id, "ЖТ-2026-66666666"), id, 1)));
        EventEnvelope impostor = new EnvelopeSeals(EventKeys.of(TestEventKeys.KEY_ID, EventKeys.generate()[0], null),
                codec).sign(envelope(QueryServiceIT.registered(id, "ЖТ-2026-77777777"), id, 1));
        send(id, codec.toBytes(impostor));
        sendSigned(envelope(QueryServiceIT.registered(id, "ЖТ-2026-00000010"), id, 1));
        awaitAllConsumed();

        JsonNode view = call(HttpMethod.GET, "/api/appeals/" + id).getBody();
        assertThat(view.get("registrationNumber").asText()).isEqualTo("ЖТ-2026-00000010");
        assertThat(view.get("state").asText()).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForList("SELECT sequence_no FROM event_journal WHERE appeal_id = ? ORDER BY sequence_no",
                Long.class, id)).containsExactly(0L, 1L);
        List<Map<String, Object>> parked = parked(id);
        assertThat(parked).extracting(row -> row.get("kind")).containsExactly("FORGED", "FORGED");
        assertThat((String) parked.get(0).get("error")).contains("Unsigned envelope");
        assertThat((String) parked.get(1).get("error")).contains("signature does not match");

        JsonNode listed = call(HttpMethod.GET, "/api/admin/dead-letters?appealId=" + id).getBody();
        assertThat(listed.get("items")).extracting(i -> i.get("kind").asText()).containsOnly("FORGED");
        JsonNode health = call(HttpMethod.GET, "/actuator/health").getBody();
        assertThat(health.get("status").asText()).isEqualTo("PARKED");

        // retrying a forged record cannot make it genuine: it stays parked, and nothing changes
        JsonNode retried = call(HttpMethod.POST, "/api/admin/dead-letters/" + parked.get(0).get("id") + "/retry")
                .getBody();
        assertThat(retried.get("applied").asInt()).isZero();
        assertThat(retried.get("stillParked").asInt()).isEqualTo(2);
        assertThat(call(HttpMethod.GET, "/api/appeals/" + id).getBody()).isEqualTo(view);
    }

    @Test
    void aDifferentSignedEventClaimingATakenSequenceIsAParkedConflictAndARedeliveryIsNot() throws Exception {
        String id = UUID.randomUUID().toString();
        EventEnvelope genuine = TestEventKeys.sign(envelope(QueryServiceIT.registered(id, "ЖТ-2026-00000011"), id, 1));
        sendSigned(envelope(filed(id, "Aigerim Sadykova"), id, 0));
        send(id, codec.toBytes(genuine));
        sendSigned(envelope(QueryServiceIT.registered(id, "ЖТ-2026-88888888"), id, 1));
        send(id, codec.toBytes(genuine));
        awaitAllConsumed();

        assertThat(call(HttpMethod.GET, "/api/appeals/" + id).getBody().get("registrationNumber").asText())
                .isEqualTo("ЖТ-2026-00000011");
        List<Map<String, Object>> parked = parked(id);
        assertThat(parked).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("CONFLICT");
            assertThat((String) row.get("error")).contains(genuine.eventId().toString());
        });
        JsonNode health = call(HttpMethod.GET, "/actuator/health").getBody();
        assertThat(health.get("status").asText()).isEqualTo("PARKED");
    }

    @Test
    void aNulCharacterAndAnOverLongActorStillProjectAndTheJournalKeepsThemExactly() throws Exception {
        String id = UUID.randomUUID().toString();
        Actor longActor = new Actor("u".repeat(600), "R".repeat(300), "b".repeat(300));
        sendSigned(envelope(filed(id, "Aigerim\u0000Sadykova"), id, 0, longActor, null, null));
        sendSigned(envelope(QueryServiceIT.registered(id, "ЖТ-2026-00000012"), id, 1, longActor, null, null));
        awaitAllConsumed();

        assertThat(parked(id)).isEmpty();
        JsonNode view = call(HttpMethod.GET, "/api/appeals/" + id).getBody();
        assertThat(view.get("state").asText()).isEqualTo("REGISTERED");
        assertThat(view.get("applicantName").asText()).isEqualTo("Aigerim\uFFFDSadykova");
        JsonNode history = call(HttpMethod.GET, "/api/audit/appeals/" + id + "/events").getBody();
        assertThat(history.get(0).get("payload").get("applicant").get("fullName").asText())
                .isEqualTo("Aigerim\u0000Sadykova");
        assertThat(history.get(0).get("actor").get("userId").asText()).hasSize(600);
    }

    @Test
    void clientErrorsAreOneLogLineWithoutAStackTraceAndBodiesAreBounded(CapturedOutput output) {
        int from = output.getAll().length();
        String unknown = UUID.randomUUID().toString();
        assertThat(call(HttpMethod.GET, "/api/appeals/" + unknown).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // a path without a row in endpoints.csv is closed to every caller (issue 9), and logged like any 4xx
        assertThat(call(HttpMethod.GET, "/no/such/path").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, "/api/appeals?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        HttpHeaders json = authorized("/api/admin/read-models/rebuilds");
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> tooLarge = http.exchange("/api/admin/read-models/rebuilds", HttpMethod.POST,
                new HttpEntity<>("{\"readModels\":[\"" + "x".repeat(1_100_000) + "\"]}", json), JsonNode.class);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

        // the line is written once the response is sent, so it may come a moment after the client has it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String logged = output.getAll().substring(from);
            assertThat(logged).contains("GET /api/appeals/" + unknown + " -> 404").contains("GET /no/such/path -> 403")
                    .contains("/api/admin/read-models/rebuilds -> 413");
            assertThat(logged).doesNotContain("\tat ");
        });
    }

    @Test
    void theExportCarriesTheHashesAndSignaturesForAnOfflineCheck() throws Exception {
        String id = UUID.randomUUID().toString();
        String zero = "0".repeat(64);
        String first = "1a".repeat(32);
        String second = "2b".repeat(32);
        sendSigned(envelope(filed(id, "Export Check"), id, 0, OFFICIAL, first, zero));
        sendSigned(envelope(QueryServiceIT.registered(id, "ЖТ-2026-00000013"), id, 1, OFFICIAL, second, first));
        awaitAllConsumed();

        String export = text("/api/audit/export?body=integrity-body");
        String lines = String.join("\n", export.lines().filter(l -> l.contains(id)).toList());
        assertThat(lines.lines()).hasSize(2);
        assertThat(lines).contains("\"hash\":\"" + second + "\"").contains("\"previousHash\":\"" + first + "\"");
        assertThat(VerifyExport.verify(lines, TestEventKeys.verifier()).ok()).isTrue();
        assertThat(VerifyExport.verify(lines.replace("ЖТ-2026-00000013", "ЖТ-2026-00000014"),
                TestEventKeys.verifier()).ok()).isFalse();
    }
}
