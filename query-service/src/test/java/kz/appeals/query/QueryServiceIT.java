package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.events.Party;
import kz.appeals.testsupport.TestInfrastructure;

/** query-service on real PostgreSQL and Kafka: projection, exactly-once effect, parking, and the read API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryServiceIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final Actor PORTAL = Api.actor(new EnvelopeCodec(), "anonymous-portal", "APPLICANT_PORTAL", null);
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

    Api api;

    @org.junit.jupiter.api.BeforeEach
    void api() {
        api = new Api(http);
    }

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

    static AppealFiled filed(String appealId, String bodyId) {
        return new AppealFiled(appealId, AppealKind.APPLICATION,
                new Party(Party.PartyType.INDIVIDUAL, "900101300017", null, "Aigerim Sadykova", null,
                        "Almaty, Abay ave 10", null, null),
                List.of(), new Addressee(bodyId, "Akimat"), "Broken lights", AppealForm.ELECTRONIC,
                Channel.E_OTINISH, Instant.parse("2026-03-14T14:00:00Z"));
    }

    static AppealRegistered registered(String appealId, String number) {
        return new AppealRegistered(appealId, number, Instant.parse("2026-03-14T14:00:01Z"), "automatic registration",
                LocalDate.of(2026, 3, 16), "received on a Saturday", LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 4, 9), "15 working days", "APPC art. 76(1)", true, "appc@2025-12-28",
                "kz-2026@1", List.of(new ExplanationStep(LocalDate.of(2026, 3, 16), "REGISTERED", "Monday")));
    }

    EventEnvelope envelope(Object payload, String appealId, long sequence) {
        return codec.wrap(UUID.randomUUID(), payload, appealId, sequence, Instant.now(), PORTAL);
    }

    void send(Integer partition, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, partition, key, value)).get();
        produced++;
    }

    void send(EventEnvelope envelope) throws Exception {
        send(null, envelope.appealId(), codec.toBytes(TestEventKeys.sign(envelope)));
    }

    /** Everything produced so far has been consumed: the offsets stored with the read model reached the end. */
    void awaitAllConsumed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?", Long.class, TOPIC)
                == produced);
    }

    JsonNode appeal(String appealId) {
        return api.get(Api.prosecutor(), "/api/appeals/" + appealId, JsonNode.class).getBody();
    }

    @Test
    void filedAndRegisteredEventsBecomeTheAppealView() throws Exception {
        String id = UUID.randomUUID().toString();
        send(envelope(filed(id, "almaty-akimat"), id, 0));
        send(envelope(registered(id, "ЖТ-2026-00000001"), id, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<JsonNode> r = api.get(Api.prosecutor(), "/api/appeals/" + id, JsonNode.class);
            return r.getStatusCode() == HttpStatus.OK && "REGISTERED".equals(r.getBody().get("state").asText());
        });
        JsonNode view = appeal(id);
        assertThat(view.get("registrationNumber").asText()).isEqualTo("ЖТ-2026-00000001");
        assertThat(view.get("kind").asText()).isEqualTo("APPLICATION");
        assertThat(view.get("bodyId").asText()).isEqualTo("almaty-akimat");
        assertThat(view.get("registeredOn").asText()).isEqualTo("2026-03-16");
        assertThat(view.get("dueDate").asText()).isEqualTo("2026-04-09");
        assertThat(view.get("explanation").get(0).get("type").asText()).isEqualTo("REGISTERED");
        // the stored JSON, as the event's steps serialize (issue 13 item 6)
        assertThat(view.get("explanation").toString())
                .isEqualTo("[{\"date\":\"2026-03-16\",\"type\":\"REGISTERED\",\"text\":\"Monday\"}]");

        JsonNode page = api.get(Api.prosecutor(), "/api/appeals?body=almaty-akimat&state=REGISTERED&page=0&size=5",
                JsonNode.class).getBody();
        assertThat(page.get("items")).anySatisfy(item -> assertThat(item.get("appealId").asText()).isEqualTo(id));
        // a list reads summary columns: its items carry no explanation
        assertThat(page.get("items")).allSatisfy(item -> assertThat(item.get("explanation").isNull()).isTrue());
    }

    @Test
    void anEventDeliveredTwiceOrLateChangesTheReadModelOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        EventEnvelope filed = envelope(filed(id, "police"), id, 0);
        EventEnvelope registered = envelope(registered(id, "ЖТ-2026-00000002"), id, 1);
        send(filed);
        send(registered);
        awaitAllConsumed();
        JsonNode before = appeal(id);

        send(registered);
        send(filed);
        send(envelope(registered(id, "ЖТ-2026-99999999"), id, 1));
        awaitAllConsumed();

        assertThat(appeal(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM appeal_view WHERE appeal_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aPoisonEventIsParkedAndOtherAppealsKeepMoving() throws Exception {
        String poisoned = UUID.randomUUID().toString();
        String fromTheFuture = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();
        send(0, poisoned, "not json at all".getBytes(StandardCharsets.UTF_8));
        send(0, poisoned, codec.toBytes(TestEventKeys.sign(envelope(registered(poisoned, "ЖТ-2026-00000003"),
                poisoned, 1))));
        ObjectNode newer = codec.mapper().valueToTree(envelope(filed(fromTheFuture, "akimat"), fromTheFuture, 0));
        newer.put("schemaVersion", 99);
        send(0, fromTheFuture, codec.toBytes(TestEventKeys.sign(codec.mapper().treeToValue(newer,
                EventEnvelope.class))));
        send(0, healthy, codec.toBytes(TestEventKeys.sign(envelope(filed(healthy, "akimat"), healthy, 0))));
        awaitAllConsumed();

        assertThat(appeal(healthy).get("state").asText()).isEqualTo("FILED");
        List<String> poisonedErrors = jdbc.queryForList(
                "SELECT error FROM dead_letter WHERE appeal_id = ? ORDER BY id", String.class, poisoned);
        assertThat(poisonedErrors).hasSize(2);
        assertThat(poisonedErrors.get(1)).contains("is parked; later events wait behind it");
        assertThat(jdbc.queryForList("SELECT error FROM dead_letter WHERE appeal_id = ?", String.class,
                fromTheFuture)).singleElement().asString().contains("schema version 99");
    }

    @Test
    void parkedEventsAreListedAndRetriedInTheAppealsOrder() throws Exception {
        String id = UUID.randomUUID().toString();
        send(envelope(registered(id, "ЖТ-2026-00000004"), id, 1));
        send(envelope(filed(id, "akimat"), id, 0));
        awaitAllConsumed();

        JsonNode parked = api.get(Api.operator(), "/api/admin/dead-letters?appealId=" + id, JsonNode.class).getBody();
        assertThat(parked.get("totalItems").asInt()).isEqualTo(2);
        assertThat(parked.get("items").get(0).get("error").asText()).contains("before the appeal was filed");

        JsonNode retried = api.post(Api.operator(), "/api/admin/dead-letters/" + parked.get("items").get(0).get("id")
                .asLong() + "/retry", null, JsonNode.class).getBody();

        assertThat(retried.get("applied").asInt()).isEqualTo(2);
        assertThat(retried.get("stillParked").asInt()).isZero();
        assertThat(appeal(id).get("state").asText()).isEqualTo("REGISTERED");
        assertThat(api.get(Api.operator(), "/api/admin/dead-letters?appealId=" + id, JsonNode.class).getBody()
                .get("totalItems").asInt()).isZero();
    }

    @Test
    void auditorSeesTheOrderedHistoryAndTheStateAsOfAPastInstant() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant filedAt = Instant.parse("2026-03-14T14:00:00Z");
        send(codec.wrap(UUID.randomUUID(), filed(id, "audit-body"), id, 0, filedAt, PORTAL));
        send(codec.wrap(UUID.randomUUID(), registered(id, "ЖТ-2026-00000005"), id, 1, filedAt.plusSeconds(60),
                PORTAL));
        awaitAllConsumed();

        JsonNode history = api.get(Api.auditor(), "/api/audit/appeals/" + id + "/events", JsonNode.class).getBody();
        assertThat(history).extracting(e -> e.get("type").asText()).containsExactly("AppealFiled",
                "AppealRegistered");
        assertThat(history.get(1).get("actor").get("userId").asText()).isEqualTo("anonymous-portal");
        assertThat(history.get(1).get("payload").get("legalBasis").asText()).isEqualTo("APPC art. 76(1)");

        JsonNode before = api.get(Api.auditor(), "/api/audit/appeals/" + id
                + "/as-of?at=2026-03-14T14:00:30Z", JsonNode.class).getBody();
        assertThat(before.get("state").asText()).isEqualTo("FILED");
        assertThat(before.get("registrationNumber").isNull()).isTrue();
        JsonNode after = api.get(Api.auditor(), "/api/audit/appeals/" + id
                + "/as-of?at=2026-03-14T14:05:00Z", JsonNode.class).getBody();
        assertThat(after.get("state").asText()).isEqualTo("REGISTERED");
        assertThat(after.get("dueDate").asText()).isEqualTo("2026-04-09");
        assertThat(after.get("calendarVersion").asText()).isEqualTo("kz-2026@1");

        String lines = api.get(Api.auditor(), "/api/audit/export?body=audit-body", String.class).getBody();
        assertThat(lines.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains(id));
    }

    @Test
    void rebuildingEveryReadModelFromHistoryGivesTheLiveChecksums() throws Exception {
        String id = UUID.randomUUID().toString();
        send(envelope(filed(id, "rebuild-body"), id, 0));
        send(envelope(registered(id, "ЖТ-2026-00000006"), id, 1));
        awaitAllConsumed();
        JsonNode live = api.get(Api.operator(), "/api/admin/read-models", JsonNode.class).getBody();

        ResponseEntity<JsonNode> started = api.post(Api.operator(), "/api/admin/read-models/rebuilds", null,
                JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String progressUrl = started.getBody().get("progress").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                api.get(Api.operator(), progressUrl, JsonNode.class).getBody().get("status").asText()));
        JsonNode progress = api.get(Api.operator(), progressUrl, JsonNode.class).getBody();
        assertThat(progress.get("status").asText()).isEqualTo("DONE");
        assertThat(progress.get("eventsDone").asLong()).isEqualTo(progress.get("eventsTotal").asLong());

        JsonNode rebuilt = api.get(Api.operator(), "/api/admin/read-models", JsonNode.class).getBody();
        assertThat(rebuilt).isEqualTo(live);
        assertThat(appeal(id).get("state").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void calendarReloadListsTheLoadedYearsWithTheirVersions() {
        JsonNode years = api.post(Api.operator(), "/api/admin/calendar/reload", null, JsonNode.class).getBody();
        // 2021-2023 added for audits of cases since the Code applies (1 July 2021)
        assertThat(years).extracting(y -> y.get("year").asInt())
                .containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(years.get(6).get("provisional").asBoolean()).isTrue();
        assertThat(years.get(5).get("workingDays").asInt()).isEqualTo(246);
        assertThat(years.get(3).get("calendarVersion").asText()).isEqualTo("kz-2024@2026-11-26");
    }

    @Test
    void unknownAppealIsA404Problem() {
        ResponseEntity<JsonNode> r = api.get(Api.prosecutor(), "/api/appeals/" + UUID.randomUUID(), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badListParametersAreA400NamingTheParameter() {
        ResponseEntity<JsonNode> r = api.get(Api.prosecutor(), "/api/appeals?state=LOST", JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody().get("errors").get(0).get("field").asText()).isEqualTo("state");
        assertThat(api.get(Api.prosecutor(), "/api/appeals?size=0", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(Api.prosecutor(), "/api/appeals?page=x", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void dueDateEndpointExplainsTheStatutoryDate() {
        ResponseEntity<JsonNode> r = api.get(Api.IDP.citizen("900101300017"),
                "/api/calendar/due-date?kind=APPLICATION&receivedAt=2026-03-14T19:00:00%2B05:00", JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode due = r.getBody();
        assertThat(due.get("kind").asText()).isEqualTo("APPLICATION");
        // Saturday -> Monday 16 March; 15 working days skipping Nauryz (23-25 March 2026) end on 9 April
        assertThat(due.get("registeredOn").asText()).isEqualTo("2026-03-16");
        assertThat(due.get("dueDate").asText()).isEqualTo("2026-04-09");
        assertThat(due.get("legalBasis").asText()).contains("76");
        assertThat(due.get("ruleSetVersion").asText()).isNotBlank();
        assertThat(due.get("calendarVersion").asText()).isNotBlank();
        assertThat(due.get("explanation")).isNotEmpty();

        ResponseEntity<JsonNode> bad = api.get(Api.IDP.citizen("900101300017"),
                "/api/calendar/due-date?kind=GRIEVANCE&receivedAt=yesterday", JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void calendarYearHasTheOfficialWorkingDayTotal() {
        JsonNode year = api.get(Api.IDP.citizen("900101300017"), "/api/calendar/2026", JsonNode.class).getBody();
        assertThat(year.get("workingDays").asInt()).isEqualTo(246);
        assertThat(year.get("nonWorkingDays")).anySatisfy(d -> {
            assertThat(d.get("date").asText()).isEqualTo("2026-03-24");
            assertThat(d.get("reason").asText()).isNotBlank();
        });
        assertThat(api.get(Api.IDP.citizen("900101300017"), "/api/calendar/2031", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
