package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

import kz.appeals.command.infra.DeadlineSweeper;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * Deadlines as data (issue 13): an open deadline is one row of {@code open_deadline}, and sweepers running at the
 * same time — as on several instances sharing the database — record its expiry (and the deemed refusal it causes)
 * once. The appeal was received in
 * March 2026 and the service's clock is the real one, so its review period (APPC art. 76) is long past: the expiry is
 * due at once and no warning is armed (a warning whose day has passed is not).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineSweeperIT {

    static final EventsTopicReader TOPIC = new EventsTopicReader();
    static final String PORTAL = TestIdentityProvider.shared().system("e-otinish", "PORTAL");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        // only the test sweeps (the scheduled sweep runs once at start, before anything is filed)
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineSweeper sweeper;

    @BeforeEach
    void everyResponseConformsToTheOpenApi() {
        kz.appeals.testsupport.contract.ContractCheckingInterceptor.install(http.getRestTemplate(),
                http.getRootUri());
    }

    @AfterAll
    static void close() {
        TOPIC.close();
    }

    @Test
    void fourSweepersAtOnceRecordAMissedReviewPeriodOnce() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(PORTAL);
        ResponseEntity<JsonNode> filed = http.postForEntity("/api/appeals", new HttpEntity<>("""
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300017","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"Broken lights","form":"ELECTRONIC","channel":"E_OTINISH",
                 "receivedAt":"2026-03-14T19:00:00+05:00"}""", headers), JsonNode.class);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appealId = filed.getBody().get("appealId").asText();
        String due = filed.getBody().get("dueDate").asText();
        assertThat(row(appealId)).as("one row: no warnings left to arm, the expiry due at once")
                .isEqualTo(List.of("{}", "{}", "armed"));

        CyclicBarrier start = new CyclicBarrier(4);
        CompletableFuture.allOf(IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            sweeper.sweep();
        })).toArray(CompletableFuture[]::new)).get();

        assertThat(jdbc.queryForList("""
                SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber > 2
                ORDER BY sequencenumber""", String.class, appealId))
                .as("the miss and, for an application, silence counting as a refusal (APPC art. 91(2)), once each")
                .containsExactly("kz.appeals.events.DeadlineMissed", "kz.appeals.events.DeemedRefusalOccurred");
        assertThat(row(appealId)).as("the expiry was the last wake-up").isEqualTo(List.of("{}", "{}", "done"));

        sweeper.sweep();
        List<EventEnvelope> published = TOPIC.eventsFor(appealId, "DeemedRefusalOccurred");
        assertThat(published).extracting(EventEnvelope::type).containsExactly("AppealFiled", "AppealRegistered",
                "DeadlineScheduled", "DeadlineMissed", "DeemedRefusalOccurred");
        assertThat(published.get(3).payload().get("dueDate").asText()).isEqualTo(due);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_outbox", Long.class) == 0);
    }

    private List<String> row(String appealId) {
        return jdbc.queryForObject("""
                SELECT warning_days::text, warning_days_left::text,
                       CASE WHEN next_fire_at IS NULL THEN 'done' ELSE 'armed' END
                FROM open_deadline WHERE appeal_id = ? AND timer = 'REVIEW'""",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)), appealId);
    }
}
