package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.Party;
import kz.appeals.events.ReviewPeriodExtended;

/**
 * Each read model on real PostgreSQL and Kafka, fed one realistic history: a collective application that is extended
 * and decided, an application left overdue, and a complaint due soon. "Today" is fixed at Monday 13 April 2026;
 * every expected figure is counted by hand from the 2026 calendar (Nauryz 23-25 March, 1 May off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelsIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final String BODY = "akimat-x";
    static final String REPRESENTATIVE = "900101300017";
    static final String MEMBER = "850315400124";
    static final Actor OFFICIAL = Api.actor(new EnvelopeCodec(), "exec-1", "EXECUTOR", BODY);

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-04-13T06:00:00Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    final String decided = UUID.randomUUID().toString();
    final String overdue = UUID.randomUUID().toString();
    final String complaint = UUID.randomUUID().toString();

    static Party person(String iin, String name) {
        return new Party(Party.PartyType.INDIVIDUAL, iin, null, name, null, "Almaty, Abay ave 10", null, null);
    }

    static AppealFiled filed(String id, AppealKind kind, List<Party> members, Instant receivedAt) {
        return new AppealFiled(id, kind, person(REPRESENTATIVE, "Aigerim Sadykova"), members,
                new Addressee(BODY, "Akimat X"), "Heating in building 5", AppealForm.ELECTRONIC, Channel.E_OTINISH,
                receivedAt);
    }

    static AppealRegistered registered(String id, String number, LocalDate on, LocalDate due) {
        return new AppealRegistered(id, number, Instant.parse("2026-03-16T04:00:00Z"), "automatic registration", on,
                "working day", on.plusDays(1), due, "15 working days", "APPC art. 76(1)", true, "appc-2025-12",
                "kz-2026", List.of());
    }

    static DeadlineScheduled review(String id, LocalDate startsOn, LocalDate due) {
        return new DeadlineScheduled(id, id + ":REVIEW", "REVIEW", startsOn, due, "15 working days",
                "APPC art. 76(1)", true, "appc-2025-12", "kz-2026",
                List.of(new ExplanationStep(startsOn, "START", "the day after registration"),
                        new ExplanationStep(due, "DUE", "15th working day")), List.of());
    }

    @BeforeAll
    void publishHistory() throws Exception {
        List<Object[]> events = new ArrayList<>();
        // a collective application: registered 16 March, extended on 1 April to 15 May, decided 5 May
        events.add(new Object[] {decided, filed(decided, AppealKind.APPLICATION,
                List.of(person(MEMBER, "Nurlan Abenov")), Instant.parse("2026-03-14T14:00:00Z"))});
        events.add(new Object[] {decided, registered(decided, "ЖТ-2026-00000101", LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 4, 9))});
        events.add(new Object[] {decided, review(decided, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 9))});
        events.add(new Object[] {decided, new ExecutorAssigned(decided, BODY, "exec-1", List.of("exec-2"), null,
                "APPC art. 76")});
        events.add(new Object[] {decided, new ReviewPeriodExtended(decided, "deputy-1", "DEPUTY_HEAD",
                "facts from the police are needed", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 9),
                LocalDate.of(2026, 5, 15), null, "APPC art. 76(3)", "appc-2025-12", "kz-2026", List.of())});
        events.add(new Object[] {decided, new DeadlineMoved(decided, decided + ":REVIEW", "REVIEW",
                LocalDate.of(2026, 4, 9), LocalDate.of(2026, 5, 15), "EXTENSION", "extended by the deputy head",
                "APPC art. 76(3)", "appc-2025-12", "kz-2026", List.of(), List.of())});
        events.add(new Object[] {decided, new AdministrativeActIssued(decided, "act-1", "A-7", ActNature.FAVOURABLE,
                ActOutcome.SATISFIED, "heating restored", LocalDate.of(2026, 5, 5), "head-1", BODY,
                new ComplaintRoute("region-akimat", "Regional akimat", null, "3 months", "in writing"), false,
                "APPC art. 77, 80(5)")});
        events.add(new Object[] {decided, new DeadlineClosed(decided, decided + ":REVIEW", "REVIEW",
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 5), true, "AdministrativeActIssued",
                "APPC art. 76(1)")});
        events.add(new Object[] {decided, new DeliveryRecorded(decided, DeliveredDocument.ADMINISTRATIVE_ACT, "A-7",
                REPRESENTATIVE, "Aigerim Sadykova", true, DeliveryChannel.EGOV_CABINET_AND_SMS,
                Instant.parse("2026-05-05T08:00:00Z"), "egov receipt 1", "APPC art. 66(2)")});
        events.add(new Object[] {decided, new DeliveryRecorded(decided, DeliveredDocument.ADMINISTRATIVE_ACT, "A-7",
                MEMBER, "Nurlan Abenov", false, DeliveryChannel.REGISTERED_MAIL,
                Instant.parse("2026-05-06T08:00:00Z"), "mail receipt 2", "APPC art. 66(2)")});
        // an application due 9 April and still open: overdue
        events.add(new Object[] {overdue, filed(overdue, AppealKind.APPLICATION, List.of(),
                Instant.parse("2026-03-15T14:00:00Z"))});
        events.add(new Object[] {overdue, registered(overdue, "ЖТ-2026-00000102", LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 4, 9))});
        events.add(new Object[] {overdue, review(overdue, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 9))});
        events.add(new Object[] {overdue, new ExecutorAssigned(overdue, BODY, "exec-1", List.of(), null,
                "APPC art. 76")});
        // a complaint due 15 April
        events.add(new Object[] {complaint, filed(complaint, AppealKind.COMPLAINT, List.of(),
                Instant.parse("2026-03-20T05:00:00Z"))});
        events.add(new Object[] {complaint, registered(complaint, "ЖТ-2026-00000103", LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 4, 15))});
        events.add(new Object[] {complaint, review(complaint, LocalDate.of(2026, 3, 21), LocalDate.of(2026, 4, 15))});

        QueryServiceInfrastructure.publish(TOPIC, events, OFFICIAL, Instant.parse("2026-03-14T14:00:00Z"), jdbc);
    }

    /** A read as an executor of the body that holds every appeal here (sees personal data in full). */
    JsonNode get(String path) {
        return get(Api.IDP.official("exec-1", "EXECUTOR", BODY), path);
    }

    JsonNode get(String token, String path) {
        return new Api(http).get(token, path, JsonNode.class).getBody();
    }

    @Test
    void appealDetailShowsDeadlinesExecutorExtensionsDecisionAndDeliveries() {
        JsonNode a = get("/api/appeals/" + decided);
        assertThat(a.get("state").asText()).isEqualTo("DECIDED");
        assertThat(a.get("executorId").asText()).isEqualTo("exec-1");
        assertThat(a.get("coExecutors")).extracting(JsonNode::asText).containsExactly("exec-2");
        assertThat(a.get("extensionCount").asInt()).isEqualTo(1);
        assertThat(a.get("dueDate").asText()).isEqualTo("2026-05-15");
        assertThat(a.get("outcome").asText()).isEqualTo("SATISFIED");
        assertThat(a.get("decidedOn").asText()).isEqualTo("2026-05-05");
        assertThat(a.get("workingDaysLeft").isNull()).isTrue();
        assertThat(a.get("deadlines")).singleElement().satisfies(d -> {
            assertThat(d.get("status").asText()).isEqualTo("MET");
            assertThat(d.get("dueDate").asText()).isEqualTo("2026-05-15");
        });
        assertThat(a.get("deliveries")).extracting(d -> d.get("recipientId").asText())
                .containsExactly(REPRESENTATIVE, MEMBER);

        JsonNode b = get("/api/appeals/" + overdue);
        assertThat(b.get("state").asText()).isEqualTo("IN_REVIEW");
        // due Thu 9 April, today Mon 13 April: Fri 10 and Mon 13 have passed
        assertThat(b.get("workingDaysLeft").asInt()).isEqualTo(-2);
        assertThat(b.get("deadlines").get(0).get("status").asText()).isEqualTo("OVERDUE");
        // the detail answers the explanation the fold stored, as the steps of the event serialize (issue 13 item 6)
        assertThat(b.get("deadlines").get(0).get("explanation").toString()).isEqualTo(
                "[{\"date\":\"2026-03-17\",\"type\":\"START\",\"text\":\"the day after registration\"},"
                        + "{\"date\":\"2026-04-09\",\"type\":\"DUE\",\"text\":\"15th working day\"}]");
        // the appeal's own explanation is its review deadline's, stored by the fold from the same event
        assertThat(b.get("explanation")).isEqualTo(b.get("deadlines").get(0).get("explanation"));
    }

    @Test
    void listsLeaveTheExplanationToTheDetail() {
        JsonNode list = get("/api/appeals?body=" + BODY + "&size=10");
        assertThat(list.get("items")).hasSize(3).allSatisfy(i -> {
            assertThat(i.get("explanation").isNull()).isTrue();
            assertThat(i.get("dueDate").isNull()).isFalse();
        });
        JsonNode d = get("/api/bodies/" + BODY + "/dashboard?withinWorkingDays=3&month=2026-04");
        assertThat(d.get("overdue").get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("deadline").get("explanation").isNull()).isTrue();
            assertThat(i.get("deadline").get("dueDate").asText()).isEqualTo("2026-04-09");
            assertThat(i.get("deadline").get("legalBasis").asText()).isEqualTo("APPC art. 76(1)");
        });
    }

    @Test
    void citizenSeesEveryAppealTheyAreAPartyToNewestFirstWithTheNextDeadline() {
        JsonNode mine = get(Api.IDP.citizen(REPRESENTATIVE), "/api/citizens/" + REPRESENTATIVE + "/appeals");
        assertThat(mine.get("totalItems").asInt()).isEqualTo(3);
        assertThat(mine.get("items")).extracting(i -> i.get("appealId").asText())
                .containsExactly(complaint, overdue, decided);
        JsonNode complaintItem = mine.get("items").get(0);
        // due Wed 15 April, today Mon 13 April: Tue 14 and Wed 15 are left
        assertThat(complaintItem.get("nextDeadline").get("dueDate").asText()).isEqualTo("2026-04-15");
        assertThat(complaintItem.get("nextDeadline").get("workingDaysLeft").asInt()).isEqualTo(2);

        JsonNode member = get(Api.IDP.citizen(MEMBER), "/api/citizens/" + MEMBER + "/appeals");
        assertThat(member.get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("appealId").asText()).isEqualTo(decided);
            assertThat(i.get("role").asText()).isEqualTo("MEMBER");
            assertThat(i.get("nextDeadline").isNull()).isTrue();
        });
        assertThat(new Api(http).get(Api.IDP.citizen(MEMBER), "/api/citizens/12345/appeals", JsonNode.class)
                .getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void dashboardCountsDueSoonOverdueExecutorsExtensionsAndComplaints() {
        JsonNode d = get("/api/bodies/" + BODY + "/dashboard?withinWorkingDays=3&month=2026-04");
        assertThat(d.get("today").asText()).isEqualTo("2026-04-13");
        assertThat(d.get("countsByState").get("DECIDED").asInt()).isEqualTo(1);
        assertThat(d.get("countsByState").get("IN_REVIEW").asInt()).isEqualTo(1);
        assertThat(d.get("countsByState").get("REGISTERED").asInt()).isEqualTo(1);
        // 3 working days from Mon 13 April: Tue 14, Wed 15, Thu 16
        assertThat(d.get("dueWithin").get("dueBy").asText()).isEqualTo("2026-04-16");
        assertThat(d.get("dueWithin").get("items")).singleElement()
                .satisfies(i -> assertThat(i.get("appealId").asText()).isEqualTo(complaint));
        assertThat(d.get("overdue").get("items")).singleElement()
                .satisfies(i -> assertThat(i.get("appealId").asText()).isEqualTo(overdue));
        assertThat(d.get("executors")).singleElement().satisfies(e -> {
            assertThat(e.get("executorId").asText()).isEqualTo("exec-1");
            assertThat(e.get("openAppeals").asInt()).isEqualTo(1);
            assertThat(e.get("overdue").asInt()).isEqualTo(1);
            assertThat(e.get("dueWithin").asInt()).isZero();
        });
        assertThat(d.get("extensions").get("inMonth").asInt()).isEqualTo(1);
        assertThat(d.get("complaints").get("open").asInt()).isEqualTo(1);
    }

    @Test
    void statisticsGiveOnTimeRateAndWorkingDaysToDecisionAlsoAsCsv() {
        String head = Api.IDP.official("head-1", "HEAD", BODY);
        JsonNode byKind = get(head, "/api/statistics?groupBy=kind&from=2026-01-01&to=2027-01-01&body=" + BODY);
        JsonNode application = byKind.get(0);
        assertThat(application.get("key").asText()).isEqualTo("APPLICATION");
        assertThat(application.get("appeals").asInt()).isEqualTo(2);
        assertThat(application.get("decided").asInt()).isEqualTo(1);
        assertThat(application.get("onTimeRate").asDouble()).isEqualTo(1.0);
        // 16 March -> 5 May 2026: 8 working days in March, 21 in April, 4 and 5 May (1 May is a holiday) = 32
        assertThat(application.get("meanWorkingDaysToDecision").asDouble()).isEqualTo(32.0);
        assertThat(application.get("p90WorkingDaysToDecision").asDouble()).isEqualTo(32.0);
        assertThat(byKind.get(1).get("key").asText()).isEqualTo("COMPLAINT");

        ResponseEntity<String> csv = new Api(http).get(head, "/api/statistics?groupBy=month&format=csv&body=" + BODY,
                String.class);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(csv.getBody().lines()).containsExactly(
                "key,appeals,decided,decidedOnTime,onTimeRate,meanWorkingDaysToDecision,p90WorkingDaysToDecision",
                "\"2026-03\",3,1,1,1.00,32.00,32.00");
        assertThat(new Api(http).get(head, "/api/statistics?groupBy=colour", JsonNode.class).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void everyReadModelRebuiltFromHistoryEqualsTheLiveOne() {
        String operator = Api.operator();
        JsonNode live = get(operator, "/api/admin/read-models");
        assertThat(live).extracting(m -> m.get("readModel").asText()).contains("appeal-view", "statistics");

        String progress = new Api(http).post(operator, "/api/admin/read-models/rebuilds", null, JsonNode.class)
                .getBody().get("progress").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !"RUNNING".equals(get(operator, progress).get("status").asText()));
        assertThat(get(operator, progress).get("status").asText()).isEqualTo("DONE");

        assertThat(get(operator, "/api/admin/read-models")).isEqualTo(live);
        assertThat(get("/api/appeals/" + decided).get("state").asText()).isEqualTo("DECIDED");
    }
}
