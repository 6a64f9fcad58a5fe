package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * One appeal through its whole life on real PostgreSQL and Kafka, over HTTP: filing, redirect, extension, hearing,
 * act, complaint, the review body's silence, and the lawsuit. The service's clock is a test clock moved forward day by
 * day; the deemed refusal is fired by the deadline sweeper polling the open deadlines in PostgreSQL once the clock
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
    static final String AKIMAT_EXECUTOR = IDP.official("exec-1", "EXECUTOR", "almaty-akimat");
    static final String AKIMAT_HEAD = IDP.official("akim-1", "HEAD", "almaty-akimat");
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
        assertThat(reviewAlarm(appeal)).as("the review deadline's row: warnings on 7 April (3 working days left) and "
                + "9 April (1 left), first wake-up at the start of 7 April in Almaty")
                .isEqualTo(List.of("{2026-04-07,2026-04-09}", "{3,1}", almaty("2026-04-07T00:00").toString()));

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
        // art. 74: the protocol of the oral hearing is signed the same day (due Fri 10 April)
        etag = act(appeal, "hearing/protocol/signed", "{}", etag, POLICE_EXECUTOR);
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
                "suspension-exception", "lawsuit", "court-decision", "court-decision/sent-for-execution",
                "court-decision/executed", "court-penalty", "act/executed", "case-file/access-requests",
                "case-file/access-granted", "hearing/protocol/signed", "hearing/protocol/remarks",
                "hearing/protocol/remarks-decision", "recusal", "recusal/decision");
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

    /**
     * Issue 12 over HTTP: case-file access (art. 75(1)), recusal (art. 67) and the act's execution (art. 86(3)), each
     * with its deadline on the working-day calendar. Every step is taken before any of its warnings falls due, on days
     * before the other tests of this class (the deadline manager's sweep waits while the shared clock stands before
     * the latest time it has seen, so a test that jumps ahead of the others would stall the ones after it).
     */
    @Test
    void caseFileRecusalAndExecution() {
        // Mon 2 March 2026: filed at the akimat, an executor assigned
        today("2026-03-02T10:00");
        ResponseEntity<JsonNode> filed = post("/api/appeals", """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300017",
                 "fullName":"Aigerim Sadykova","postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"Please allow a kiosk on Abay avenue","form":"ELECTRONIC","channel":"E_OTINISH"}""",
                null, PORTAL, null);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appeal = filed.getBody().get("appealId").asText();
        act(appeal, "assign", "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"exec-1\"}", null,
                AKIMAT_HEAD);

        // Tue 3 March: the applicant asks to see the file (due Fri 6 March: 4, 5, 6 March); the registrar gives it
        today("2026-03-03T10:00");
        act(appeal, "case-file/access-requests", "{\"scope\":\"the land plan\"}", null, CITIZEN);
        act(appeal, "case-file/access-granted", "{\"means\":\"read in the office\"}", null, AKIMAT_REGISTRAR);

        // she asks for the executor's recusal (decision due Fri 6 March); the akim refuses it with reasons; the
        // notice is due Thu 5 March (4, 5 March) and delivered the same day
        String grounds = "{\"officialId\":\"exec-1\",\"grounds\":\"the executor is my neighbour\"}";
        act(appeal, "recusal", grounds, null, CITIZEN);
        ResponseEntity<JsonNode> byTheOfficial = post("/api/appeals/" + appeal + "/recusal/decision",
                "{\"granted\":false,\"reasons\":\"I am impartial\"}", null, AKIMAT_EXECUTOR, null);
        assertThat(byTheOfficial.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        act(appeal, "recusal/decision", "{\"granted\":false,\"reasons\":\"being neighbours is no interest\"}",
                null, AKIMAT_HEAD);
        act(appeal, "deliveries", """
                {"document":"RECUSAL_NOTICE","documentRef":"R-67","deliveries":[{"recipientId":"900101300017",
                 "channel":"EGOV_CABINET_AND_SMS","deliveredAt":"2026-03-03T12:00:00+05:00","proof":"egov 67"}]}""",
                null, AKIMAT_REGISTRAR);
        ResponseEntity<JsonNode> repeat = post("/api/appeals/" + appeal + "/recusal",
                "{\"officialId\":\"exec-1\",\"grounds\":\"The executor is my NEIGHBOUR!\"}", null,
                CITIZEN, null);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(repeat.getBody().get("detail").asText()).startsWith("APPC art. 67:").contains("same grounds");

        // the act grants the kiosk: executed within 5 working days: 4, 5, 6 March, Mon 9 March is off in place of
        // Sunday 8 March, 10, 11 March -> Wed 11 March
        act(appeal, "act", """
                {"actNumber":"12-K","nature":"FAVOURABLE","outcome":"SATISFIED","summary":"kiosk allowed",
                 "route":{"bodyId":"almaty-region-akimat","bodyName":"Akimat of Almaty Region",
                          "period":"3 months from delivery","procedure":"in writing or through e-Otinish"}}""",
                null, AKIMAT_EXECUTOR);
        today("2026-03-04T10:00");
        act(appeal, "act/executed", "{\"report\":\"the permit was handed over\"}", null, AKIMAT_REGISTRAR);

        List<EventEnvelope> events = eventsOnKafka(appeal, "AdministrativeActExecuted");
        assertGaplessSequence(events);
        assertThat(dueDates(events)).containsEntry("CASE_FILE_ACCESS", "2026-03-06")
                .containsEntry("RECUSAL_DECISION", "2026-03-06").containsEntry("RECUSAL_NOTICE", "2026-03-05")
                .containsEntry("ACT_EXECUTION", "2026-03-11");
        assertThat(closed(events)).contains("CASE_FILE_ACCESS met by CaseFileAccessGranted",
                "RECUSAL_DECISION met by RecusalDecided", "RECUSAL_NOTICE met by DeliveryRecorded",
                "ACT_EXECUTION met by AdministrativeActExecuted");
        EventEnvelope decided = events.stream().filter(e -> e.type().equals("RecusalDecided")).findFirst()
                .orElseThrow();
        assertThat(decided.actor().userId()).isEqualTo("akim-1");
        assertThat(decided.payload().get("granted").asBoolean()).isFalse();
    }

    static Map<String, String> dueDates(List<EventEnvelope> events) {
        Map<String, String> due = new HashMap<>();
        events.stream().filter(e -> e.type().equals("DeadlineScheduled")).forEach(e ->
                due.put(e.payload().get("timer").asText(), e.payload().get("dueDate").asText()));
        return due;
    }

    static List<String> closed(List<EventEnvelope> events) {
        return events.stream().filter(e -> e.type().equals("DeadlineClosed")).map(e -> e.payload().get("timer")
                .asText() + (e.payload().get("met").asBoolean() ? " met by " : " missed, closed by ")
                + e.payload().get("reason").asText()).toList();
    }

    @Test
    void appealLackingAddressAndIinIsAcceptedAndItsDefectsRecorded() {
        // issue 12, APPC art. 64(1): no postal address and an IIN failing its check digit are no 400 any more
        today("2026-03-17T10:00");
        ResponseEntity<JsonNode> filed = post("/api/appeals", """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300016",
                 "fullName":"Aigerim Sadykova"},"language":"KK",
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"The street light is broken","form":"ELECTRONIC","channel":"E_OTINISH"}""",
                null, PORTAL, null);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        String appeal = filed.getBody().get("appealId").asText();
        EventEnvelope defects = eventsOnKafka(appeal, "AppealDefectsFound").stream()
                .filter(e -> e.type().equals("AppealDefectsFound")).findFirst().orElseThrow();
        assertThat(defects.payload().get("defects").toString()).contains("applicant.postalAddress", "applicant.iin")
                .doesNotContain("900101300016");
        assertThat(defects.payload().get("legalBasis").asText()).contains("64(6)");

        // APPC arts. 22, 89(2): the appeal is in Kazakh, so an act in Russian is refused with the article
        act(appeal, "assign", "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"exec-1\"}", null,
                AKIMAT_HEAD);
        ResponseEntity<JsonNode> russian = post("/api/appeals/" + appeal + "/act", """
                {"actNumber":"1-A","nature":"FAVOURABLE","outcome":"SATISFIED","summary":"fixed","language":"RU",
                 "route":{"bodyId":"almaty-region-akimat","bodyName":"Akimat of Almaty Region","period":"3 months",
                 "procedure":"in writing"}}""", null, AKIMAT_EXECUTOR, null);
        assertThat(russian.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(russian.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(russian.getBody().get("article").asText()).isEqualTo("APPC art. 22, 89(2)");
    }

    @Test
    void complaintByPlainFilingMustNameTheActAndBeWritten() {
        today("2026-03-17T10:00");
        String complaint = """
                {"kind":"COMPLAINT","applicant":{"type":"INDIVIDUAL","iin":"900101300017",
                 "fullName":"Aigerim Sadykova","postalAddress":"Almaty, Abay ave 10"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"The demolition order is unlawful","form":"%s","channel":"POST"%s}""";
        // APPC arts. 62(1)(2), 91: naming nothing it challenges, it is refused with the article
        ResponseEntity<JsonNode> unnamed = post("/api/appeals", complaint.formatted("PAPER", ""), null, PORTAL, null);
        assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unnamed.getBody().get("article").asText()).contains("62(1)(2)");
        String named = ",\"challenged\":{\"against\":\"ACT\",\"actNumber\":\"order 17-p\","
                + "\"learnedOfActOn\":\"2026-03-02\",\"routeStated\":true}";
        // APPC art. 93(1): a complaint is written
        ResponseEntity<JsonNode> oral = post("/api/appeals", complaint.formatted("ORAL", named), null, PORTAL, null);
        assertThat(oral.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(oral.getBody().get("article").asText()).isEqualTo("APPC art. 93(1)");
        ResponseEntity<JsonNode> filed = post("/api/appeals", complaint.formatted("PAPER", named), null, PORTAL,
                null);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        List<String> types = eventsOnKafka(filed.getBody().get("appealId").asText(), "ActExecutionSuspended")
                .stream().map(EventEnvelope::type).toList();
        assertThat(types).contains("ComplaintFiled", "ActExecutionSuspended");
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

    List<String> reviewAlarm(String appealId) {
        return jdbc.queryForObject("""
                SELECT warning_days::text, warning_days_left::text, next_fire_at FROM open_deadline
                WHERE appeal_id = ? AND timer = 'REVIEW'""",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant().toString()),
                appealId);
    }

    static void assertGaplessSequence(List<EventEnvelope> events) {
        List<Long> sequences = events.stream().map(EventEnvelope::sequence).distinct().sorted().toList();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
    }
}
