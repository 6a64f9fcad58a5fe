package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.messaging.EventEnvelope;
import kz.appeals.testsupport.TestIdentityProvider;

/** command-service on real PostgreSQL and Kafka: filing, the bytea event store, publishing, idempotency, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandServiceIT {

    /** AppealFiled, AppealRegistered and the review period's DeadlineScheduled. */
    static final int EVENTS_PER_FILING = 3;
    static final EventsTopicReader TOPIC = new EventsTopicReader();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        // these appeals were received in March 2026, so their deadlines are long past and would fire at the first
        // poll; deadlines firing is AppealLifecycleIT's subject, here it would only add events to count
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
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
    ObjectMapper json;

    @AfterAll
    static void close() {
        TOPIC.close();
    }

    static String appeal(String iin, String kind, String substance) {
        return """
                {"kind":"%s","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"%s","form":"ELECTRONIC","channel":"E_OTINISH",
                 "receivedAt":"2026-03-14T19:00:00+05:00"}""".formatted(kind, iin, substance);
    }

    /** e-Otinish, the portal that files on behalf of citizens (role PORTAL, client credentials). */
    static final String PORTAL = TestIdentityProvider.shared().system("e-otinish", "PORTAL");

    ResponseEntity<JsonNode> post(String body, String idempotencyKey) {
        return post(body, idempotencyKey, PORTAL);
    }

    ResponseEntity<JsonNode> post(String body, String idempotencyKey, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity("/api/appeals", new HttpEntity<>(body, headers), JsonNode.class);
    }

    List<EventEnvelope> eventsOnKafkaFor(String appealId, int expected) {
        return TOPIC.eventsFor(appealId, events -> events.size() >= expected);
    }

    long eventRows() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void filedAppealIsStoredAsByteaAndPublishedToKafkaKeyedByAppeal() {
        ResponseEntity<JsonNode> response = post(appeal("900101300017", "APPLICATION", "Broken lights"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = response.getBody();
        String appealId = receipt.get("appealId").asText();
        assertThat(receipt.get("registrationNumber").asText()).matches("ЖТ-2026-\\d{8}");
        assertThat(receipt.get("registeredOn").asText()).isEqualTo("2026-03-16");
        assertThat(receipt.get("dueDate").asText()).isEqualTo("2026-04-09");
        assertThat(receipt.get("explanation")).isNotEmpty();

        assertThat(jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name IN ('domainevententry', 'snapshotevententry', 'tokenentry')
                  AND column_name IN ('payload', 'metadata', 'token')""", String.class))
                .isNotEmpty().allMatch("bytea"::equals);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, appealId)).isEqualTo(EVENTS_PER_FILING);

        List<EventEnvelope> events = eventsOnKafkaFor(appealId, EVENTS_PER_FILING);
        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly("AppealFiled", "AppealRegistered", "DeadlineScheduled");
        assertThat(events).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.appealId()).isEqualTo(appealId);
            assertThat(e.schemaVersion()).isEqualTo(1);
            assertThat(e.eventId()).isNotNull();
            assertThat(e.occurredAt()).isNotNull();
            // the actor is the verified token's, in the role the matrix allowed, never a header's or "system"
            assertThat(e.actor().userId()).isEqualTo("e-otinish");
            assertThat(e.actor().role()).isEqualTo("PORTAL");
            assertThat(e.actor().displayName()).isEqualTo("e-otinish");
        });
        assertThat(events.get(1).payload().get("registrationNumber").asText())
                .isEqualTo(receipt.get("registrationNumber").asText());
        // art. 64(2): an electronic filing is registered by the system, naming the registering portal
        assertThat(events.get(1).payload().get("registrar").asText()).isEqualTo("automatic registration");
        assertThat(events.get(1).payload().get("registrarName").asText()).isEqualTo("e-otinish");
        assertThat(receipt.get("registrarName").asText()).isEqualTo("e-otinish");
    }

    /** Art. 64(2): the talon of a paper appeal names the receiving official and their position, from their token. */
    @Test
    void paperAppealIsRegisteredByTheReceivingOfficialNamedOnTheTalon() {
        String registrar = TestIdentityProvider.shared().token("a1b2-registrar").name("Aliya Serikova")
                .position("chief specialist of the office").roles("REGISTRAR").body("almaty-akimat")
                .client("agency-dashboard").sign();
        String paper = appeal("900101300017", "APPLICATION", "Broken lights").replace("\"ELECTRONIC\"", "\"PAPER\"")
                .replace("\"E_OTINISH\"", "\"POST\"");

        ResponseEntity<JsonNode> response = post(paper, null, registrar);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = response.getBody();
        assertThat(receipt.get("registrar").asText()).isEqualTo("a1b2-registrar");
        assertThat(receipt.get("registrarName").asText()).isEqualTo("Aliya Serikova");
        assertThat(receipt.get("registrarPosition").asText()).isEqualTo("chief specialist of the office");
        EventEnvelope registered = eventsOnKafkaFor(receipt.get("appealId").asText(), EVENTS_PER_FILING).get(1);
        assertThat(registered.payload().get("registrarName").asText()).isEqualTo("Aliya Serikova");
        assertThat(registered.payload().get("registrarPosition").asText()).isEqualTo("chief specialist of the office");
        assertThat(registered.actor()).isEqualTo(new kz.appeals.events.Actor("a1b2-registrar", "REGISTRAR",
                "almaty-akimat", "Aliya Serikova", "chief specialist of the office"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstReceiptAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String body = appeal("850315400124", "APPLICATION", "Refused a permit");

        ResponseEntity<JsonNode> first = post(body, key);
        long rowsAfterFirst = eventRows();
        ResponseEntity<JsonNode> retry = post(body, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(eventRows()).isEqualTo(rowsAfterFirst);

        ResponseEntity<JsonNode> reused = post(appeal("850315400124", "APPLICATION", "Something else"), key);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(eventRows()).isEqualTo(rowsAfterFirst);

        // keys are the caller's own: another portal with the same key files anew, it does not get the first receipt
        ResponseEntity<JsonNode> other = post(body, key, TestIdentityProvider.shared().system("egov-portal", "PORTAL"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(other.getBody().get("appealId")).isNotEqualTo(first.getBody().get("appealId"));
    }

    @Test
    void badInputIsA400ListingEveryBadFieldAndStoresNothing() {
        long before = eventRows();
        long talonsBefore = talonsTaken();

        ResponseEntity<JsonNode> response = post(appeal("900101300016", "GRIEVANCE", ""), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("kind", "substance");
        // a bad IIN is a defect of an appeal that must still be accepted (APPC art. 64(1), 63(2)(1)), never a 400
        assertThat(fields).doesNotContain("applicant.iin");

        ResponseEntity<JsonNode> malformed = post("{\"kind\": \"APPLICATION\", ", null);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(eventRows()).isEqualTo(before);
        assertThat(talonsTaken()).isEqualTo(talonsBefore);
        assertThat(endOffsets()).isEqualTo(EVENTS_PER_FILING * committedAppeals());
    }

    /** Every record on the topic belongs to a stored appeal: three events per filing, nothing from refused requests. */
    /** The talon numbers handed out so far: the sum of the talon sequences' last values. */
    long talonsTaken() {
        return jdbc.queryForObject(
                "SELECT coalesce(sum(last_value), 0) FROM pg_sequences WHERE sequencename LIKE 'talon\\_%'", Long.class);
    }

    long endOffsets() {
        await().atMost(Duration.ofSeconds(120)).until(() -> totalOnTopic() == EVENTS_PER_FILING * committedAppeals());
        return totalOnTopic();
    }

    long committedAppeals() {
        return jdbc.queryForObject("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry", Long.class);
    }

    long totalOnTopic() {
        return TOPIC.totalOnTopic();
    }
}
