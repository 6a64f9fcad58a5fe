package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.Channel;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.events.Party;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * The procedure-steps read model (issue 12) on real PostgreSQL and Kafka: an application whose applicant asked to see
 * the file on Thu 2 April 2026 (due Tue 7 April, art. 75(1)) and for the executor's recusal (refused on Mon 6 April,
 * art. 67), read back through {@code GET /api/appeals/{id}/procedure-steps} by whoever may read the appeal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureStepsIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final String BODY = "akimat-steps";
    static final String APPLICANT = "900101300017";
    static final Actor OFFICIAL = Api.actor(new EnvelopeCodec(), "exec-1", "EXECUTOR", BODY);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    final EnvelopeCodec codec = new EnvelopeCodec();
    final String appeal = UUID.randomUUID().toString();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static ComputedDate due(String iso) {
        return new ComputedDate(null, d(iso), "3 working days", "APPC", true, "appc-2025-12", "kz-2026", List.of());
    }

    static DeadlineScheduled scheduled(String id, String timer, String startsOn, String dueOn, String basis) {
        return new DeadlineScheduled(id, id + ":" + timer, timer, d(startsOn), d(dueOn), "3 working days", basis,
                true, "appc-2025-12", "kz-2026", List.of(), List.of());
    }

    @BeforeAll
    void publishHistory() throws Exception {
        List<Object> events = new ArrayList<>();
        events.add(new AppealFiled(appeal, AppealKind.APPLICATION, new Party(Party.PartyType.INDIVIDUAL, APPLICANT,
                null, "Aigerim Sadykova", null, "Almaty, Abay ave 10", null, null), List.of(),
                new Addressee(BODY, "Akimat"), "a kiosk", AppealForm.ELECTRONIC, Channel.E_OTINISH,
                Instant.parse("2026-03-17T05:00:00Z")));
        events.add(new AppealRegistered(appeal, "ЖТ-2026-00000901", Instant.parse("2026-03-17T05:00:00Z"),
                "automatic registration", d("2026-03-17"), "working day", d("2026-03-18"), d("2026-04-10"),
                "15 working days", "APPC art. 76(1)", true, "appc-2025-12", "kz-2026", List.of()));
        events.add(new CaseFileAccessRequested(appeal, "citizen-1", "Aigerim Sadykova", null, d("2026-04-02"),
                due("2026-04-07"), "APPC art. 75(1)"));
        events.add(scheduled(appeal, "CASE_FILE_ACCESS", "2026-04-03", "2026-04-07", "APPC art. 75(1)"));
        events.add(new CaseFileAccessGranted(appeal, d("2026-04-06"), "read in the office", null, "exec-1", false,
                "APPC art. 75(1)"));
        events.add(new DeadlineClosed(appeal, appeal + ":CASE_FILE_ACCESS", "CASE_FILE_ACCESS", d("2026-04-07"),
                d("2026-04-06"), true, "CaseFileAccessGranted", "APPC art. 75(1)"));
        events.add(new RecusalRequested(appeal, "exec-1", "a neighbour", false, "citizen-1", d("2026-04-02"),
                due("2026-04-07"), "APPC art. 67"));
        events.add(new RecusalDecided(appeal, "exec-1", false, "no interest", d("2026-04-06"), "head-1", false,
                "APPC art. 67"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int sequence = 0; sequence < events.size(); sequence++) {
                producer.send(new ProducerRecord<>(TOPIC, appeal, codec.toBytes(TestEventKeys.sign(codec.wrap(
                        UUID.randomUUID(), events.get(sequence), appeal, sequence,
                        Instant.parse("2026-03-17T05:00:00Z").plusSeconds(sequence * 60L), OFFICIAL))))).get();
            }
        }
        int produced = events.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?", Long.class, TOPIC)
                == produced);
    }

    @Test
    void theStepsAndTheirDeadlinesAreReadInTheAppealsOrder() {
        JsonNode steps = new Api(http).get(Api.IDP.official("exec-1", "EXECUTOR", BODY),
                "/api/appeals/" + appeal + "/procedure-steps", JsonNode.class).getBody();
        List<String> rows = new ArrayList<>();
        steps.forEach(s -> rows.add(s.get("sequence").asLong() + " " + s.get("step").asText() + " "
                + s.get("outcome").asText() + " " + s.path("happenedOn").asText("-") + " due "
                + s.path("dueOn").asText("-")));
        assertThat(rows).containsExactly(
                "2 CASE_FILE_ACCESS REQUESTED 2026-04-02 due 2026-04-07",
                "3 CASE_FILE_ACCESS CASE_FILE_ACCESS_RUNNING 2026-04-03 due 2026-04-07",
                "4 CASE_FILE_ACCESS GRANTED 2026-04-06 due -",
                "5 CASE_FILE_ACCESS CASE_FILE_ACCESS_CLOSED 2026-04-06 due 2026-04-07",
                "6 RECUSAL REQUESTED 2026-04-02 due 2026-04-07",
                "7 RECUSAL REFUSED 2026-04-06 due -");
        assertThat(steps.get(5).get("officialId").asText()).isEqualTo("exec-1");
        assertThat(steps.get(5).get("legalBasis").asText()).isEqualTo("APPC art. 67");
    }

    @Test
    void theApplicantReadsThemAndAStrangerDoesNot() {
        Api api = new Api(http);
        assertThat(api.get(Api.IDP.citizen(APPLICANT), "/api/appeals/" + appeal + "/procedure-steps",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get(Api.IDP.citizen("850315400124"), "/api/appeals/" + appeal + "/procedure-steps",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(Api.IDP.official("exec-9", "EXECUTOR", "another-body"), "/api/appeals/" + appeal
                + "/procedure-steps", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
