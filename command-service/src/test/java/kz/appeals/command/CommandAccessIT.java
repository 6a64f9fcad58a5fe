package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Endpoint;
import kz.appeals.access.EndpointCatalog;
import kz.appeals.access.MatrixRow;
import kz.appeals.access.Role;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * Issue 9 on the command side, with real tokens of the test OIDC issuer (validated through its discovery document and
 * JWKS): every request without a valid token is 401; every endpoint Spring exposes has a row in endpoints.csv whose
 * action has matrix rows; and every cell of the matrix for the command actions, role by role, is allowed or refused
 * (403 problem+json, nothing stored: no event, no idempotency key, no talon number) as the matrix says.
 *
 * <p>Allowed cells are sent with a stale {@code If-Match: "0"}: the access decision comes before the command runs, so
 * an allowed caller gets the 409 of the version check (a business answer, "allowed by the matrix") and the shared
 * appeals stay as they were for the next cell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandAccessIT {

    static final String SERVICE = "command-service";
    static final String AKIMAT = "almaty-akimat";
    static final String POLICE = "almaty-police";
    /** Reviews complaints against the acts of almaty-akimat (the realm's demo bodies). */
    static final String GOVERNMENT_OFFICE = "kz-government-office";
    static final String PARTY = "900101300017";
    static final String NOT_A_PARTY = "850315400124";
    static final String FORBIDDEN = "urn:appeals:problem:forbidden";
    static final String UNAUTHORIZED = "urn:appeals:problem:unauthorized";
    /** The statuses of a cell the matrix allows: done, or refused by a rule of the Code or the version check. */
    static final Set<Integer> ALLOWED = Set.of(200, 201, 409, 422);

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final MutableClock CLOCK = new MutableClock(LocalDateTime.parse("2026-03-17T10:00").atZone(ALMATY)
            .toInstant());
    static final EventsTopicReader TOPIC = new EventsTopicReader();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String PORTAL = IDP.system("e-otinish", "PORTAL");

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
        // no deadline may fire during the test: "nothing stored" is checked by counting events
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
    }

    @AfterAll
    static void close() {
        TOPIC.close();
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
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final AuthorizationMatrix matrix = AuthorizationMatrix.standard();
    final EndpointCatalog catalog = EndpointCatalog.standard();

    // ------------------------------------------------------------------ (a) no valid token: 401

    @Test
    void everyRequestWithoutATokenIsA401Problem() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : catalog.endpoints(SERVICE)) {
            String path = concrete(endpoint.path(), UUID.randomUUID().toString());
            if (EndpointCatalog.PUBLIC.equals(endpoint.action())) {
                // health, the API description and Swagger UI (HTML) stay open
                int status = http.exchange(path, HttpMethod.GET, null, String.class).getStatusCode().value();
                if (status == 401 || status == 403) {
                    wrong.add(endpoint + " is public but answered " + status);
                }
                continue;
            }
            ResponseEntity<JsonNode> response = send(endpoint.method(), path, bodyFor(endpoint), null, null, null);
            if (!isProblem(response, 401, UNAUTHORIZED)
                    || !"Bearer".equals(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))) {
                wrong.add(endpoint + " without a token answered " + response.getStatusCode() + " "
                        + response.getHeaders().getContentType());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anExpiredForeignMisaddressedOrForgedTokenIsA401AndStoresNothing() {
        String appeal = fixture().appeal;
        Map<String, TestIdentityProvider.Token> bad = new LinkedHashMap<>();
        bad.put("expired", portal().expiresAt(Instant.now().minusSeconds(600)));
        bad.put("issued by another issuer", portal().issuer("http://127.0.0.1:9/realms/elsewhere"));
        bad.put("for another audience", portal().audience("another-api"));
        bad.put("signed with a key the issuer never published", portal().signedByStranger());
        List<String> wrong = new ArrayList<>();
        bad.forEach((what, token) -> {
            for (String[] request : List.of(
                    new String[] {"/api/appeals", appealBody(PARTY, AKIMAT)},
                    new String[] {"/api/appeals/" + appeal + "/withdraw", "{\"statement\":\"I withdraw\"}"},
                    new String[] {"/api/admin/calendar/reload", "{}"})) {
                Stored before = stored();
                ResponseEntity<JsonNode> response = send("POST", request[0], request[1], token.sign(), null,
                        UUID.randomUUID().toString());
                if (!isProblem(response, 401, UNAUTHORIZED) || !stored().equals(before)) {
                    wrong.add(what + ": " + request[0] + " answered " + response.getStatusCode() + ", stored "
                            + before + " -> " + stored());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    // ------------------------------------------------------------------ (b) every endpoint has a rule

    @Test
    void everyEndpointSpringExposesHasARowAndEveryActionHasMatrixRows() {
        List<Endpoint> rows = catalog.endpoints(SERVICE);
        List<String> exposed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // reached only by the container's error dispatch; a direct request is refused (below)
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    exposed.add(method.name() + " " + pattern);
                    Optional<Endpoint> row = rows.stream()
                            .filter(e -> e.method().equals(method.name()) && e.path().equals(pattern)).findFirst();
                    if (row.isEmpty() && catalog.find(SERVICE, method.name(), pattern).isEmpty()) {
                        missing.add(method.name() + " " + pattern + " has no row in endpoints.csv");
                    } else {
                        Endpoint endpoint = row.orElseGet(() -> catalog.find(SERVICE, method.name(), pattern).get());
                        if (!EndpointCatalog.PUBLIC.equals(endpoint.action())
                                && matrix.rows(endpoint.action()).isEmpty()) {
                            missing.add(method + " " + pattern + ": action " + endpoint.action()
                                    + " has no row in authorization-matrix.csv");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(exposed).as("the walk saw the command endpoints").contains("POST /api/appeals",
                "POST /api/appeals/{appealId}/complaint-decision", "POST /api/admin/calendar/reload");
        // and no stale row: every command row of endpoints.csv is an endpoint Spring exposes
        for (Endpoint row : rows) {
            // actuator endpoints are served by the actuator's own mapping, not by a controller
            if (!EndpointCatalog.PUBLIC.equals(row.action()) && !row.path().startsWith("/actuator/")) {
                assertThat(exposed).as("endpoints.csv row " + row).contains(row.method() + " " + row.path());
            }
        }
        // an endpoint without a row is closed, even to a valid token: Spring's own /error
        ResponseEntity<JsonNode> error = send("GET", "/error", null, PORTAL, null, null);
        assertThat(isProblem(error, 403, FORBIDDEN)).as("GET /error: " + error.getStatusCode()).isTrue();
    }

    // ------------------------------------------------------------------ (c) every cell of the matrix

    @Test
    void everyCommandActionAndRoleIsAllowedOrRefusedAsTheMatrixSays() {
        Fixture fixture = fixture();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : catalog.endpoints(SERVICE)) {
            // /actuator/prometheus exists only with metrics export on: CommandObservabilityIT tries its cells
            if (EndpointCatalog.PUBLIC.equals(endpoint.action()) || endpoint.path().startsWith("/actuator/")) {
                continue;
            }
            // REVIEW_BODY actions are tried on a complaint forwarded to the government office, the rest on an
            // appeal held by the akimat; filing and complaints name the akimat too
            boolean review = matrix.rows(endpoint.action()).stream()
                    .anyMatch(r -> r.scope() == kz.appeals.access.Scope.REVIEW_BODY);
            String appeal = review ? fixture.complaint : fixture.appeal;
            String holding = review ? GOVERNMENT_OFFICE : AKIMAT;
            String path = concrete(endpoint.path(), appeal);
            for (Role role : Role.values()) {
                Optional<MatrixRow> row = matrix.rows(endpoint.action()).stream().filter(r -> r.role() == role)
                        .findFirst();
                if (row.isEmpty()) {
                    // no row: refused even to an official of the very body holding the appeal
                    expectRefused(wrong, endpoint, path, role + " (no row)", tokenFor(role, holding, PARTY));
                    cells++;
                    continue;
                }
                switch (row.get().scope()) {
                    case ANY -> expectAllowed(wrong, endpoint, path, role + " ANY", tokenFor(role, holding, PARTY));
                    case BODY, REVIEW_BODY -> {
                        expectAllowed(wrong, endpoint, path, role + " of " + holding,
                                tokenFor(role, holding, PARTY));
                        String other = holding.equals(AKIMAT) ? POLICE : AKIMAT;
                        expectRefused(wrong, endpoint, path, role + " of another body (" + other + ")",
                                tokenFor(role, other, PARTY));
                        cells++;
                    }
                    case OWN -> {
                        expectAllowed(wrong, endpoint, path, role + " party", tokenFor(role, holding, PARTY));
                        expectRefused(wrong, endpoint, path, role + " not a party",
                                tokenFor(role, holding, NOT_A_PARTY));
                        cells++;
                    }
                }
                cells++;
            }
        }
        assertThat(wrong).as(cells + " cells tried").isEmpty();
        assertThat(cells).isGreaterThan(27 * Role.values().length);
    }

    // ------------------------------------------------------------------ the refusals issue 9 names

    @Test
    void aCitizenIssuingAnActIsRefused() {
        String appeal = fixture().appeal;
        Stored before = stored();

        ResponseEntity<JsonNode> response = send("POST", "/api/appeals/" + appeal + "/act", ACT, IDP.citizen(PARTY),
                null, UUID.randomUUID().toString());

        assertThat(isProblem(response, 403, FORBIDDEN)).as(String.valueOf(response.getBody())).isTrue();
        assertThat(response.getBody().get("action").asText()).isEqualTo("appeal.act");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anOfficialOfAnotherBodyDecidingIsRefused() {
        Fixture fixture = fixture();
        Stored before = stored();

        ResponseEntity<JsonNode> act = send("POST", "/api/appeals/" + fixture.appeal + "/act", ACT,
                IDP.official("cop-1", "EXECUTOR", POLICE), null, UUID.randomUUID().toString());
        ResponseEntity<JsonNode> decision = send("POST", "/api/appeals/" + fixture.complaint + "/complaint-decision",
                DECISION, IDP.official("reviewer-9", "COMPLAINT_REVIEWER", POLICE), null,
                UUID.randomUUID().toString());

        assertThat(isProblem(act, 403, FORBIDDEN)).as(String.valueOf(act.getBody())).isTrue();
        assertThat(act.getBody().get("detail").asText()).contains("only on appeals held by their own body");
        assertThat(isProblem(decision, 403, FORBIDDEN)).as(String.valueOf(decision.getBody())).isTrue();
        assertThat(decision.getBody().get("detail").asText()).contains("only on complaints sent to their body");
        assertThat(stored()).isEqualTo(before);
    }

    /**
     * APPC art. 97(2): the official whose act is challenged may not review the complaint, judged on the token's
     * subject, whatever body or role the token names now; the review body's other reviewer decides.
     */
    @Test
    void theAuthorOfTheActMayNotReviewTheComplaintAgainstIt() {
        String complaint = forwardedComplaint("exec-97");
        Stored before = stored();

        ResponseEntity<JsonNode> self = send("POST", "/api/appeals/" + complaint + "/complaint-decision", DECISION,
                IDP.official("exec-97", "COMPLAINT_REVIEWER", GOVERNMENT_OFFICE), null, UUID.randomUUID().toString());

        assertThat(self.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(self.getBody().get("detail").asText()).startsWith("APPC art. 97(2):").contains("exec-97");
        assertThat(stored()).isEqualTo(before);

        ResponseEntity<JsonNode> decided = send("POST", "/api/appeals/" + complaint + "/complaint-decision",
                DECISION, IDP.official("reviewer-1", "COMPLAINT_REVIEWER", GOVERNMENT_OFFICE), null, null);
        assertThat(decided.getStatusCode()).as(String.valueOf(decided.getBody())).isEqualTo(HttpStatus.OK);
        EventEnvelope event = TOPIC.eventsFor(complaint, "ComplaintDecided").stream()
                .filter(e -> e.type().equals("ComplaintDecided")).findFirst().orElseThrow();
        assertThat(event.payload().get("decidedBy").asText()).isEqualTo("reviewer-1");
        assertThat(event.payload().get("reviewBodyId").asText()).isEqualTo(GOVERNMENT_OFFICE);
        assertThat(event.actor().role()).isEqualTo("COMPLAINT_REVIEWER");
        assertThat(event.actor().bodyId()).isEqualTo(GOVERNMENT_OFFICE);
    }

    @Test
    void nobodyButTheOperatorReloadsTheCalendar() {
        for (Role role : Role.values()) {
            if (role == Role.OPERATOR) {
                continue;
            }
            Stored before = stored();
            ResponseEntity<JsonNode> response = send("POST", "/api/admin/calendar/reload", "{}",
                    tokenFor(role, AKIMAT, PARTY), null, null);
            assertThat(isProblem(response, 403, FORBIDDEN)).as(role + ": " + response.getStatusCode()).isTrue();
            assertThat(stored()).isEqualTo(before);
        }
        ResponseEntity<JsonNode> operator = send("POST", "/api/admin/calendar/reload", "{}",
                IDP.system("operator-1", "OPERATOR"), null, null);
        assertThat(operator.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** "system" is the deadline manager's name on the audit trail; a token cannot claim it. */
    @Test
    void aTokenCannotActAsTheSystem() {
        Stored before = stored();

        ResponseEntity<JsonNode> response = send("POST", "/api/appeals", appealBody(PARTY, AKIMAT),
                IDP.token("system").roles("PORTAL").client("e-otinish").sign(), null, UUID.randomUUID().toString());

        assertThat(isProblem(response, 403, FORBIDDEN)).as(String.valueOf(response.getBody())).isTrue();
        assertThat(stored()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ cells

    void expectAllowed(List<String> wrong, Endpoint endpoint, String path, String who, String token) {
        ResponseEntity<JsonNode> response = send(endpoint.method(), path, bodyFor(endpoint), token, "\"0\"",
                UUID.randomUUID().toString());
        if (!ALLOWED.contains(response.getStatusCode().value())) {
            wrong.add("allowed " + endpoint.action() + " " + endpoint.path() + " for " + who + " answered "
                    + response.getStatusCode() + " " + response.getBody());
        }
    }

    void expectRefused(List<String> wrong, Endpoint endpoint, String path, String who, String token) {
        Stored before = stored();
        ResponseEntity<JsonNode> response = send(endpoint.method(), path, bodyFor(endpoint), token, null,
                UUID.randomUUID().toString());
        Stored after = stored();
        if (!isProblem(response, 403, FORBIDDEN)) {
            wrong.add("refused " + endpoint.action() + " " + endpoint.path() + " for " + who + " answered "
                    + response.getStatusCode() + " " + response.getBody());
        } else if (!after.equals(before)) {
            wrong.add("refused " + endpoint.action() + " for " + who + " stored something: " + before + " -> "
                    + after);
        }
    }

    /** A token of this role: an official of {@code body}, a citizen with IIN {@code iin}, or a system client. */
    static String tokenFor(Role role, String body, String iin) {
        if (role == Role.CITIZEN) {
            return IDP.citizen(iin);
        }
        if (role.isOfficial()) {
            return IDP.official(role.name().toLowerCase() + "@" + body, role.name(), body);
        }
        return IDP.system(role.name().toLowerCase() + "-1", role.name());
    }

    static TestIdentityProvider.Token portal() {
        return IDP.token("e-otinish").name("e-Otinish").roles("PORTAL").client("e-otinish");
    }

    // ------------------------------------------------------------------ what is stored

    /** Events, idempotency keys and talon numbers: a refused request changes none of them. */
    record Stored(long events, long idempotencyKeys, long talons) {
    }

    Stored stored() {
        return new Stored(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM idempotency_record", Long.class),
                jdbc.queryForObject("SELECT coalesce(sum(last_value), 0) FROM pg_sequences "
                        + "WHERE sequencename LIKE 'talon\\_%'", Long.class));
    }

    // ------------------------------------------------------------------ fixture

    /** An appeal held by the akimat, and a complaint against another akimat act forwarded to the government office. */
    record Fixture(String appeal, String complaint) {
    }

    static Fixture fixture;

    synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(file(), forwardedComplaint("exec-1"));
        }
        return fixture;
    }

    String file() {
        ResponseEntity<JsonNode> filed = send("POST", "/api/appeals", appealBody(PARTY, AKIMAT), PORTAL, null, null);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        return filed.getBody().get("appealId").asText();
    }

    /** An akimat appeal decided by {@code author}, complained of by the applicant, forwarded to the review body. */
    String forwardedComplaint(String author) {
        String appeal = file();
        ResponseEntity<JsonNode> act = send("POST", "/api/appeals/" + appeal + "/act", FAVOURABLE_ACT,
                IDP.official(author, "EXECUTOR", AKIMAT), null, null);
        assertThat(act.getStatusCode()).as(String.valueOf(act.getBody())).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> complained = send("POST", "/api/appeals/" + appeal + "/complaints", COMPLAINT,
                IDP.citizen(PARTY), null, null);
        assertThat(complained.getStatusCode()).as(String.valueOf(complained.getBody()))
                .isEqualTo(HttpStatus.CREATED);
        String complaint = complained.getBody().get("appealId").asText();
        ResponseEntity<JsonNode> forwarded = send("POST", "/api/appeals/" + complaint + "/forward", FORWARD,
                IDP.official("registrar-1", "REGISTRAR", AKIMAT), null, null);
        assertThat(forwarded.getStatusCode()).as(String.valueOf(forwarded.getBody())).isEqualTo(HttpStatus.OK);
        // art. 98(3): the review body hears both sides before it may refuse the complaint
        ResponseEntity<JsonNode> heard = send("POST", "/api/appeals/" + complaint + "/hearing", BOTH_SIDES_HEARD,
                IDP.official("reviewer-1", "COMPLAINT_REVIEWER", GOVERNMENT_OFFICE), null, null);
        assertThat(heard.getStatusCode()).as(String.valueOf(heard.getBody())).isEqualTo(HttpStatus.OK);
        return complaint;
    }

    // ------------------------------------------------------------------ requests

    ResponseEntity<JsonNode> send(String method, String path, String body, String token, String ifMatch,
                                  String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), JsonNode.class);
    }

    static boolean isProblem(ResponseEntity<JsonNode> response, int status, String type) {
        return response.getStatusCode().value() == status
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(response.getHeaders().getContentType())
                && response.getBody() != null && type.equals(response.getBody().path("type").asText());
    }

    static String concrete(String template, String appealId) {
        return template.replace("{appealId}", appealId).replace("/**", "");
    }

    static String appealBody(String iin, String bodyId) {
        return """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10"},"addressee":{"bodyId":"%s","name":"Akimat of Almaty"},
                 "substance":"Broken lights","form":"ELECTRONIC","channel":"E_OTINISH"}""".formatted(iin, bodyId);
    }

    static final String ACT = """
            {"actNumber":"1-A","nature":"BURDENSOME","outcome":"REFUSED","summary":"refused",
             "route":{"bodyId":"kz-government-office","bodyName":"Government Office","period":"3 months",
                      "procedure":"in writing"}}""";
    static final String FAVOURABLE_ACT = ACT.replace("BURDENSOME", "FAVOURABLE").replace("REFUSED", "SATISFIED");
    static final String COMPLAINT = """
            {"against":"ACT","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
             "postalAddress":"Almaty, Abay ave 10"},"substance":"the act is unlawful","form":"ELECTRONIC",
             "channel":"E_OTINISH"}""".formatted(PARTY);
    static final String FORWARD = """
            {"reviewBody":{"bodyId":"kz-government-office","name":"Government Office"},"caseFileAttached":true}""";
    static final String DECISION = "{\"outcome\":\"COMPLAINT_UNSATISFIED\",\"reasons\":\"the act is lawful\"}";
    static final String BOTH_SIDES_HEARD = "{\"oral\":true,\"participants\":[\"the complainant\",\"the akimat\"],"
            + "\"protocolSummary\":\"both sides heard\"}";

    /** A body that passes validation for each command endpoint, so a refusal can only be the matrix's. */
    static String bodyFor(Endpoint endpoint) {
        String path = endpoint.path();
        if (!endpoint.method().equals("POST")) {
            return null;
        }
        if (path.equals("/api/appeals")) {
            return appealBody(PARTY, AKIMAT);
        }
        String action = path.startsWith("/api/appeals/{appealId}/") ? path.substring("/api/appeals/{appealId}/"
                .length()) : path;
        return switch (action) {
            case "defects" -> "{\"defects\":[\"sign the appeal\"],\"fixBy\":\"2026-04-01\"}";
            case "defects/corrected" -> "{\"description\":\"signed\"}";
            case "return" -> "{\"ground\":\"DEFECTS_NOT_FIXED_IN_TIME\",\"reasons\":\"not fixed\"}";
            case "attach-to" -> "{\"earlierAppealId\":\"" + UUID.randomUUID() + "\",\"reason\":\"repeat\"}";
            case "repeat-of" -> "{\"earlierAppealId\":\"" + UUID.randomUUID() + "\",\"newArguments\":false}";
            case "withdraw" -> "{\"statement\":\"I withdraw\"}";
            case "members" -> "{\"member\":{\"type\":\"INDIVIDUAL\",\"iin\":\"870612400201\","
                    + "\"fullName\":\"Dana Akhmetova\",\"postalAddress\":\"Almaty, Abay ave 10\"}}";
            case "redirect" -> "{\"to\":{\"bodyId\":\"almaty-police\",\"name\":\"Police\"},\"reason\":\"competence\","
                    + "\"arrivesOn\":\"2026-03-18\"}";
            case "assign" -> "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"exec-1\"}";
            case "extend" -> "{\"motivation\":\"facts awaited\",\"newDueDate\":\"2026-05-08\"}";
            case "preliminary-decision" -> "{\"nature\":\"BURDENSOME\",\"summary\":\"refuse\"}";
            case "objections" -> "{\"objections\":\"wrong facts\",\"oralHearingRequested\":false}";
            case "hearing" -> "{\"oral\":false,\"protocolSummary\":\"heard\"}";
            case "hearing-skipped" -> "{\"reason\":\"URGENCY\",\"details\":\"urgent\"}";
            case "act" -> ACT;
            case "simplified-answer" -> "{\"outcome\":\"EXPLAINED\",\"answer\":\"explained\"}";
            case "terminate" -> "{\"ground\":\"DECISION_ON_SAME_SUBJECT_EXISTS\",\"reasons\":\"decided\"}";
            case "leave-without-consideration" -> "{\"ground\":\"EARLIER_DECISION_EXISTS\",\"reasons\":\"decided\"}";
            case "deliveries" -> "{\"document\":\"ADMINISTRATIVE_ACT\",\"deliveries\":[{\"recipientId\":\"" + PARTY
                    + "\",\"channel\":\"SMS\",\"deliveredAt\":\"2026-03-17T10:00:00+05:00\",\"proof\":\"sms 1\"}]}";
            case "complaints" -> COMPLAINT;
            case "forward" -> FORWARD;
            case "satisfy" -> "{\"decision\":\"satisfied in full\"}";
            case "complaint-decision" -> DECISION;
            case "case-sent-back" -> "{\"caseFileAttached\":true}";
            case "filing-period-restored" -> "{\"reason\":\"illness\"}";
            case "refiling-of" -> "{\"earlierComplaintId\":\"" + UUID.randomUUID() + "\"}";
            case "suspension-exception" -> "{\"exception\":\"art. 96\",\"reasons\":\"threat to life\"}";
            case "lawsuit" -> "{\"court\":\"Administrative court of Almaty\"}";
            case "court-decision" -> "{\"court\":\"Administrative court of Almaty\",\"outcome\":\"CLAIM_DISMISSED\","
                    + "\"decidedOn\":\"2026-03-17\",\"inForceOn\":\"2026-03-17\"}";
            case "court-decision/sent-for-execution" -> "{\"sentTo\":\"the executor\"}";
            case "court-decision/executed" -> "{\"report\":\"executed\"}";
            case "court-penalty" -> "{\"court\":\"Administrative court of Almaty\",\"amountKzt\":10000,"
                    + "\"reasons\":\"late\",\"newExecutionDueDate\":\"2026-04-30\"}";
            case "act/executed" -> "{\"report\":\"permit handed over\"}";
            case "case-file/access-requests" -> "{\"scope\":\"the expert opinion\"}";
            case "case-file/access-granted" -> "{\"means\":\"read in the office\"}";
            case "hearing/protocol/signed" -> "{}";
            case "hearing/protocol/remarks" -> "{\"remarks\":\"my words are missing\"}";
            case "hearing/protocol/remarks-decision" -> "{\"accepted\":true,\"reasons\":\"added\"}";
            case "recusal" -> "{\"officialId\":\"exec-1\",\"grounds\":\"a relative\"}";
            case "recusal/decision" -> "{\"granted\":false,\"reasons\":\"no relation\"}";
            default -> "{}";
        };
    }
}
