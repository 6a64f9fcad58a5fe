package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.events.Actor;
import kz.appeals.events.EventEnvelope;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * One appeal through its whole life on real PostgreSQL and Kafka, over HTTP: filing, redirect, extension, hearing,
 * act, complaint, the review body's silence, and the lawsuit. The service's clock is a test clock moved forward day by
 * day; the deemed refusal is fired by the persistent db-scheduler deadline manager polling PostgreSQL once the clock
 * passes the complaint's last day. Dates are counted by hand in the comments (2026: 23-25 March, 1, 7 and 11 May are
 * days off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppealLifecycleIT {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final EventsTopicReader TOPIC = new EventsTopicReader();
    /** The service's "now", moved by the test. */
    static final MutableClock CLOCK = new MutableClock(almaty("2026-03-17T10:00"));
    static final Path CALENDAR_DIR = temporaryDirectory();

    static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("calendar-override");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        registry.add("appeals.deadlines.polling-interval", () -> "PT0.5S");
        registry.add("APPEALS_CALENDAR_DIR", CALENDAR_DIR::toString);
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

    @AfterAll
    static void close() {
        TOPIC.close();
    }

    static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }

    static void today(String localDateTime) {
        CLOCK.set(almaty(localDateTime));
    }

    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    /** Who acts in this appeal's life, each with a real token in the role the matrix asks for. */
    static final String PORTAL = IDP.system("e-otinish", "PORTAL");
    static final String CITIZEN = IDP.citizen("900101300017");
    static final String AKIMAT_REGISTRAR = IDP.official("registrar-1", "REGISTRAR", "almaty-akimat");
    static final String POLICE_HEAD = IDP.official("chief-1", "HEAD", "almaty-police");
    static final String POLICE_DEPUTY = IDP.official("deputy-1", "DEPUTY_HEAD", "almaty-police");
    static final String POLICE_EXECUTOR = IDP.official("cop-1", "EXECUTOR", "almaty-police");
    static final String POLICE_REGISTRAR = IDP.official("clerk-1", "REGISTRAR", "almaty-police");
    static final String REVIEW_BODY_HEAD = IDP.official("chief-2", "HEAD", "almaty-police-dept-kz");
    static final String OPERATOR = IDP.system("operator-1", "OPERATOR");

    ResponseEntity<JsonNode> post(String path, String body, String ifMatch, String token, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Posts an action and returns the new ETag, asserting 200 and that the ETag is the version in the body. */
    String act(String appealId, String action, String body, String ifMatch, String token) {
        ResponseEntity<JsonNode> response = post("/api/appeals/" + appealId + "/" + action, body, ifMatch, token,
                null);
        assertThat(response.getStatusCode()).as(action + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        String etag = response.getHeaders().getETag();
        assertThat(etag).isEqualTo("\"" + response.getBody().get("version").asLong() + "\"");
        return etag;
    }

    List<EventEnvelope> eventsOnKafka(String appealId, String untilType) {
        return TOPIC.eventsFor(appealId, untilType);
    }

    @Test
    void appealFromFilingToLawsuit() {
        // Tue 17 March, 10:00: filed at the akimat, registered the same day, due Fri 10 April
        today("2026-03-17T10:00");
        long tasksBefore = scheduledTasks();
        ResponseEntity<JsonNode> filed = post("/api/appeals", """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300017",
                 "fullName":"Aigerim Sadykova","postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"The police refused me a permit","form":"ELECTRONIC","channel":"E_OTINISH"}""",
                null, PORTAL, null);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appeal = filed.getBody().get("appealId").asText();
        assertThat(filed.getBody().get("dueDate").asText()).isEqualTo("2026-04-10");
        assertThat(filed.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(scheduledTasks()).as("warnings of 7 and 9 April and the expiry, persisted by the deadline manager")
                .isEqualTo(tasksBefore + 3);

        // Thu 19 March: redirected to the police, arriving Fri 20 March; the period restarts on 21 March:
        // 26-27 (2), 30-31 (4), 1-3 Apr (7), 6-10 (12), 13-15 (15) -> Wed 15 April
        today("2026-03-19T10:00");
        String etag = act(appeal, "redirect", """
                {"to":{"bodyId":"almaty-police","name":"Police Department of Almaty"},
                 "reason":"permits are issued by the police","arrivesOn":"2026-03-20"}""", "\"2\"", AKIMAT_REGISTRAR);
        ResponseEntity<JsonNode> stale = post("/api/appeals/" + appeal + "/assign",
                "{\"bodyId\":\"almaty-police\",\"executorId\":\"cop-1\"}", "\"2\"", POLICE_HEAD, null);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("type").asText()).isEqualTo("urn:appeals:problem:stale-version");
        etag = act(appeal, "assign", "{\"bodyId\":\"almaty-police\",\"executorId\":\"cop-1\"}", etag, POLICE_HEAD);

        // Wed 1 April: extended to Fri 8 May by the deputy head (cap: Mon 1 June); notice delivered on 2 April
        today("2026-04-01T10:00");
        String extend = """
                {"decidedByPosition":"DEPUTY_HEAD","motivation":"facts awaited from the migration service",
                 "newDueDate":"2026-05-08"}""";
        ResponseEntity<JsonNode> first = post("/api/appeals/" + appeal + "/extend", extend, etag, POLICE_DEPUTY, "ext-1");
        ResponseEntity<JsonNode> retry = post("/api/appeals/" + appeal + "/extend", extend, etag, POLICE_DEPUTY, "ext-1");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        etag = first.getHeaders().getETag();
        today("2026-04-02T11:00");
        etag = act(appeal, "deliveries", """
                {"document":"EXTENSION_NOTICE","documentRef":"N-1","deliveries":[{"recipientId":"900101300017",
                 "channel":"EGOV_CABINET_AND_SMS","deliveredAt":"2026-04-02T11:00:00+05:00","proof":"egov 1"}]}""",
                etag, POLICE_EXECUTOR);

        // Mon 6 April: preliminary decision; objections until Wed 8 April; the act not before Thu 9 April
        today("2026-04-06T10:00");
        etag = act(appeal, "preliminary-decision", "{\"nature\":\"BURDENSOME\",\"summary\":\"refuse the permit\"}",
                etag, POLICE_EXECUTOR);
        today("2026-04-07T10:00");
        etag = act(appeal, "objections", "{\"objections\":\"the facts are wrong\",\"oralHearingRequested\":true}",
                etag, POLICE_EXECUTOR);
        today("2026-04-08T15:00");
        etag = act(appeal, "hearing", "{\"oral\":true,\"participants\":[\"Aigerim Sadykova\",\"cop-1\"],"
                + "\"protocolSummary\":\"the applicant explained\"}", etag, POLICE_EXECUTOR);
        today("2026-04-09T10:00");
        etag = act(appeal, "act", """
                {"actNumber":"77-P","nature":"BURDENSOME","outcome":"REFUSED","summary":"permit refused",
                 "route":{"bodyId":"almaty-police-dept-kz","bodyName":"Police Department of the Republic",
                          "period":"3 months from delivery","procedure":"in writing or through e-Otinish"}}""",
                etag, POLICE_EXECUTOR);

        // Tue 14 April: complaint at the police (20 working days -> Fri 15 May); the act's execution is suspended
        today("2026-04-14T10:00");
        ResponseEntity<JsonNode> complained = post("/api/appeals/" + appeal + "/complaints", """
                {"against":"ACT","applicant":{"type":"INDIVIDUAL","iin":"900101300017","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10"},"substance":"the refusal is unlawful",
                 "form":"ELECTRONIC","channel":"E_OTINISH","learnedOfActOn":"2026-04-09"}""", null, CITIZEN, null);
        assertThat(complained.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String complaint = complained.getBody().get("appealId").asText();
        assertThat(complained.getBody().get("dueDate").asText()).isEqualTo("2026-05-15");
        ResponseEntity<JsonNode> noExtension = post("/api/appeals/" + complaint + "/extend", extend, null,
                POLICE_DEPUTY, null);
        assertThat(noExtension.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noExtension.getBody().get("detail").asText())
                .isEqualTo("APPC art. 99: the review period of a complaint cannot be extended");

        // Thu 16 April: forwarded with the case file; the review body assigns it, then stays silent
        today("2026-04-16T10:00");
        // the forwarding period ends Fri 17 April (art. 91(4)), so today its one-working-day warning falls due; the
        // sweep records it on the complaint, and the forward is sent on the version after it, not racing it
        List<EventEnvelope> warned = TOPIC.eventsFor(complaint, events -> events.stream().anyMatch(e ->
                e.type().equals("DeadlineWarningIssued") && e.payload().get("dueDate").asText().equals("2026-04-17")
                && e.payload().get("workingDaysLeft").asInt() == 1));
        String complaintTag = act(complaint, "forward", """
                {"reviewBody":{"bodyId":"almaty-police-dept-kz","name":"Police Department of the Republic"},
                 "caseFileAttached":true}""", "\"" + warned.get(warned.size() - 1).sequence() + "\"",
                POLICE_REGISTRAR);
        act(complaint, "assign", "{\"bodyId\":\"almaty-police-dept-kz\",\"executorId\":\"reviewer-1\"}",
                complaintTag, REVIEW_BODY_HEAD);

        // Sat 16 May, 00:00:01: the last day (15 May) has passed; the persistent deadline manager fires the expiry
        today("2026-05-16T00:00:01");
        List<EventEnvelope> complaintEvents = eventsOnKafka(complaint, "DeemedRefusalOccurred");
        EventEnvelope missed = complaintEvents.stream().filter(e -> e.type().equals("DeadlineMissed")
                && e.payload().get("timer").asText().equals("REVIEW")).findFirst().orElseThrow();
        assertThat(missed.payload().get("missedOn").asText()).isEqualTo("2026-05-16");
        EventEnvelope refusal = complaintEvents.stream().filter(e -> e.type().equals("DeemedRefusalOccurred"))
                .findFirst().orElseThrow();
        assertThat(refusal.payload().get("opens").asText()).isEqualTo("COURT");
        // 15 May + 1 month = Mon 15 June
        assertThat(refusal.payload().get("routeOpenUntil").get("date").asText()).isEqualTo("2026-06-15");
        assertThat(refusal.actor().userId()).isEqualTo("system");

        // Wed 20 May: the claim goes to court
        today("2026-05-20T10:00");
        ResponseEntity<JsonNode> lawsuit = post("/api/appeals/" + complaint + "/lawsuit",
                "{\"court\":\"Specialised inter-district administrative court of Almaty\",\"caseNumber\":\"7599-1\"}",
                null, CITIZEN, null);
        assertThat(lawsuit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lawsuit.getBody().get("state").asText()).isEqualTo("IN_COURT");

        complaintEvents = eventsOnKafka(complaint, "LawsuitFiled");
        EventEnvelope claim = complaintEvents.stream().filter(e -> e.type().equals("LawsuitFiled")).findFirst()
                .orElseThrow();
        assertThat(claim.payload().get("after").asText()).isEqualTo("DEEMED_REFUSAL");
        assertThat(claim.payload().get("late").asBoolean()).isFalse();
        assertThat(claim.actor().userId()).isEqualTo("citizen-900101300017");
        assertThat(claim.actor().role()).isEqualTo("CITIZEN");
        assertGaplessSequence(complaintEvents);

        List<EventEnvelope> appealEvents = eventsOnKafka(appeal, "ActExecutionSuspended");
        assertGaplessSequence(appealEvents);
        assertThat(appealEvents).extracting(EventEnvelope::type).containsSubsequence("AppealFiled",
                "AppealRegistered", "DeadlineScheduled", "AppealRedirected", "DeadlineScheduled", "ExecutorAssigned",
                "ReviewPeriodExtended", "DeadlineMoved", "DeadlineScheduled", "DeliveryRecorded", "DeadlineClosed",
                "PreliminaryDecisionSent", "ObjectionsReceived", "HearingHeld", "AdministrativeActIssued",
                "DeadlineClosed", "ActExecutionSuspended");
        assertThat(appealEvents).noneMatch(e -> e.type().equals("DeadlineMissed"));
        EventEnvelope extended = appealEvents.stream().filter(e -> e.type().equals("ReviewPeriodExtended"))
                .findFirst().orElseThrow();
        assertThat(extended.actor()).isEqualTo(new Actor("deputy-1", "DEPUTY_HEAD", "almaty-police",
                "Official deputy-1", "deputy head"));
        assertThat(extended.payload().get("decidedBy").asText()).isEqualTo("deputy-1");
        assertThat(extended.payload().get("decidedByPosition").asText()).isEqualTo("DEPUTY_HEAD");
        EventEnvelope act = appealEvents.stream().filter(e -> e.type().equals("AdministrativeActIssued"))
                .findFirst().orElseThrow();
        assertThat(act.payload().get("issuedBy").asText()).isEqualTo("cop-1");
        assertThat(act.actor().role()).isEqualTo("EXECUTOR");
        assertThat(extended.payload().get("cap").get("date").asText()).isEqualTo("2026-06-01");
        assertThat(extended.payload().get("calendarVersion").asText()).isNotBlank();
        assertThat(extended.payload().get("explanation")).isNotEmpty();
    }

    @Test
    void newCalendarVersionMovesAnOpenDeadlineWithItsReason() throws IOException {
        // filed Tue 17 March, due Fri 10 April; the ministry then makes Wed 8 April a day off:
        // 18-20 Mar (3), 26-27 (5), 30-31 (7), 1-3 Apr (10), 6-7 (12), 9-10 (14), 13 (15) -> Mon 13 April
        today("2026-03-17T10:00");
        ResponseEntity<JsonNode> filed = post("/api/appeals", """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"850315400124","fullName":"Marat Ospanov",
                 "postalAddress":"Almaty, Abay ave 10, apt 7"},"addressee":{"bodyId":"almaty-akimat","name":"Akimat"},
                 "substance":"Broken lights","form":"ELECTRONIC","channel":"E_OTINISH"}""", null, PORTAL, null);
        String appeal = filed.getBody().get("appealId").asText();
        Path override = CALENDAR_DIR.resolve("kz-2026.json");
        String bundled;
        try (InputStream in = getClass().getResourceAsStream("/kz/appeals/clock/calendar/kz-2026.json")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(override, bundled.replace("\"version\": \"2026-11-21\"", "\"version\": \"2026-12-01\"")
                .replace("\"officialWorkingDays\": 246", "\"officialWorkingDays\": 245")
                .replace("\"transfers\": []", "\"transfers\": [{\"date\": \"2026-04-08\", \"becomes\": \"DAY_OFF\", "
                        + "\"reason\": \"day off by ministry order No. 1 (test)\"}]"));
        try {
            ResponseEntity<JsonNode> reloaded = post("/api/admin/calendar/reload", "{}", null, OPERATOR, null);
            assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(reloaded.getBody().get("calendarVersions").get(0).asText()).isEqualTo("kz-2026@2026-12-01");
            List<JsonNode> moves = new ArrayList<>();
            reloaded.getBody().get("moved").forEach(m -> {
                if (m.get("appealId").asText().equals(appeal)) {
                    moves.add(m);
                }
            });
            assertThat(moves).hasSize(1);
            assertThat(moves.get(0).get("from").asText()).isEqualTo("2026-04-10");
            assertThat(moves.get(0).get("to").asText()).isEqualTo("2026-04-13");

            EventEnvelope moved = eventsOnKafka(appeal, "DeadlineMoved").stream()
                    .filter(e -> e.type().equals("DeadlineMoved")).findFirst().orElseThrow();
            assertThat(moved.payload().get("cause").asText()).isEqualTo("CALENDAR_CHANGE");
            assertThat(moved.payload().get("to").asText()).isEqualTo("2026-04-13");
            assertThat(moved.payload().get("reason").asText()).contains("2026-04-08");
            assertThat(moved.payload().get("calendarVersion").asText()).contains("kz-2026@2026-12-01");
            assertThat(moved.actor().userId()).isEqualTo("operator-1");
            assertThat(moved.actor().role()).isEqualTo("OPERATOR");
        } finally {
            Files.delete(override);
            post("/api/admin/calendar/reload", "{}", null, OPERATOR, null);
        }
    }

    @Test
    void openApiDocumentsEveryCommandWithItsHeaders() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);
        List<String> actions = List.of("defects", "defects/corrected", "return", "attach-to", "withdraw", "redirect",
                "assign", "extend", "preliminary-decision", "objections", "hearing", "hearing-skipped", "act",
                "simplified-answer", "terminate", "leave-without-consideration", "deliveries", "complaints", "forward",
                "satisfy", "complaint-decision", "case-sent-back", "repeat-of", "filing-period-restored", "refiling-of",
                "suspension-exception", "lawsuit", "court-decision",
                "court-decision/sent-for-execution", "court-decision/executed", "court-penalty");
        for (String action : actions) {
            JsonNode post = api.get("paths").get("/api/appeals/{appealId}/" + action).get("post");
            assertThat(post.get("summary").asText()).as(action).isNotBlank();
            List<String> headers = new ArrayList<>();
            post.get("parameters").forEach(p -> headers.add(p.get("name").asText()));
            assertThat(headers).as(action).contains("appealId", "Idempotency-Key", "If-Match")
                    .noneMatch(h -> h.startsWith("X-Actor"));
        }
        assertThat(api.get("paths").has("/api/admin/calendar/reload")).isTrue();
        // the caller is the bearer token's: the API names its schemes so Swagger UI can sign in (PKCE, public client)
        JsonNode schemes = api.get("components").get("securitySchemes");
        assertThat(schemes.get("oidc").get("type").asText()).isEqualTo("openIdConnect");
        assertThat(schemes.get("oidc").get("openIdConnectUrl").asText())
                .isEqualTo(IDP.issuer() + "/.well-known/openid-configuration");
        assertThat(schemes.get("bearer").get("scheme").asText()).isEqualTo("bearer");
        String initializer = http.getForObject("/swagger-ui/swagger-initializer.js", String.class);
        assertThat(initializer).contains("agency-dashboard").contains("usePkceWithAuthorizationCodeGrant");
    }

    @Test
    void unknownAppealIsA404Problem() {
        ResponseEntity<JsonNode> response = post("/api/appeals/" + UUID.randomUUID() + "/withdraw",
                "{\"statement\":\"I withdraw\"}", null, CITIZEN, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badActionBodyListsEveryBadField() {
        ResponseEntity<JsonNode> response = post("/api/appeals/" + UUID.randomUUID() + "/extend",
                "{\"decidedByPosition\":\"JANITOR\",\"motivation\":\"\"}", null, POLICE_HEAD, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("decidedByPosition", "motivation", "newDueDate");
    }

    long scheduledTasks() {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class);
    }

    static void assertGaplessSequence(List<EventEnvelope> events) {
        List<Long> sequences = events.stream().map(EventEnvelope::sequence).distinct().sorted().toList();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
    }
}
