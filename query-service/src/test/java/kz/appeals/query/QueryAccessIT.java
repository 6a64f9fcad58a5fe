package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Endpoint;
import kz.appeals.access.EndpointCatalog;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.access.Target;
import kz.appeals.clock.AppealKind;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.EnvelopeCodec;
import kz.appeals.events.EventEnvelope;
import kz.appeals.events.Party;
import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * Issue 9 on the query side, with real tokens from the test issuer against the running service: bad tokens are 401
 * everywhere, every endpoint the service maps has a catalog row and matrix rows, every query action is allowed or
 * refused for every role as the matrix says on the real target (own body / other body / review body, own IIN / other
 * IIN), personal data is masked by role, and exports and IIN reads land in the access log.
 * <p>
 * Seeded through Kafka: A, an application to almaty-akimat by {@link #APPLICANT} with {@link #MEMBER}; C, a complaint
 * to almaty-akimat forwarded to kz-government-office for review; R, filed with almaty-police and redirected to
 * almaty-akimat; P, an application to almaty-police by someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryAccessIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final String SERVICE = "query-service";
    static final String AKIMAT = "almaty-akimat";
    static final String POLICE = "almaty-police";
    static final String GOVERNMENT = "kz-government-office";
    static final String APPLICANT = "900101300017";
    static final String MEMBER = "850315400124";
    static final String OTHER_APPLICANT = "770707400555";
    static final String STRANGER = "660606300999";
    static final String PHONE = "+77011234567";
    static final String ADDRESS = "Almaty, Abay ave 10";
    static final String EMAIL = "a.sadykova@mail.kz";
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.standard();
    static final EndpointCatalog CATALOG = EndpointCatalog.standard();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final EnvelopeCodec codec = new EnvelopeCodec();
    final ObjectMapper json = new ObjectMapper();
    final String a = UUID.randomUUID().toString();
    final String c = UUID.randomUUID().toString();
    final String r = UUID.randomUUID().toString();
    final String p = UUID.randomUUID().toString();
    final String poisoned = UUID.randomUUID().toString();
    Api api;

    static Party person(String iin, String name, String phone, String address, String email) {
        return new Party(Party.PartyType.INDIVIDUAL, iin, null, name, null, address, phone, email);
    }

    static AppealFiled filed(String id, AppealKind kind, Party applicant, List<Party> members, String body) {
        return new AppealFiled(id, kind, applicant, members, new Addressee(body, body), "Heating in building 5",
                AppealForm.ELECTRONIC, Channel.E_OTINISH, Instant.parse("2026-03-14T14:00:00Z"));
    }

    static AppealRegistered registered(String id, String number) {
        return new AppealRegistered(id, number, Instant.parse("2026-03-16T04:00:00Z"), "automatic registration",
                LocalDate.of(2026, 3, 16), "working day", LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 9),
                "15 working days", "APPC art. 76(1)", true, "appc-2025-12", "kz-2026", List.of());
    }

    @BeforeAll
    void seed() throws Exception {
        api = new Api(http);
        Party aigerim = person(APPLICANT, "Aigerim Sadykova", PHONE, ADDRESS, EMAIL);
        Party nurlan = person(MEMBER, "Nurlan Abenov", "+77029876543", "Almaty, Dostyk 1", null);
        List<Object[]> events = new ArrayList<>();
        events.add(new Object[] {a, filed(a, AppealKind.APPLICATION, aigerim, List.of(nurlan), AKIMAT)});
        events.add(new Object[] {a, registered(a, "ЖТ-2026-00000901")});
        events.add(new Object[] {a, new DeliveryRecorded(a, DeliveredDocument.ADMINISTRATIVE_ACT, "A-1", APPLICANT,
                "Aigerim Sadykova", true, DeliveryChannel.EGOV_CABINET_AND_SMS, Instant.parse("2026-04-01T08:00:00Z"),
                "receipt 1", "APPC art. 66(2)")});
        events.add(new Object[] {a, new DeliveryRecorded(a, DeliveredDocument.ADMINISTRATIVE_ACT, "A-1", MEMBER,
                "Nurlan Abenov", false, DeliveryChannel.REGISTERED_MAIL, Instant.parse("2026-04-02T08:00:00Z"),
                "receipt 2", "APPC art. 66(2)")});
        events.add(new Object[] {c, filed(c, AppealKind.COMPLAINT, aigerim, List.of(), AKIMAT)});
        events.add(new Object[] {c, registered(c, "ЖТ-2026-00000902")});
        events.add(new Object[] {c, new ComplaintForwarded(c, new Addressee(GOVERNMENT, "Government office"),
                LocalDate.of(2026, 3, 18), true, false, "APPC art. 91(4)")});
        events.add(new Object[] {r, filed(r, AppealKind.APPLICATION, aigerim, List.of(), POLICE)});
        events.add(new Object[] {r, new AppealRedirected(r, new Addressee(POLICE, "Police"),
                new Addressee(AKIMAT, "Akimat"), "outside competence", LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 3, 17), null, false, "APPC art. 65")});
        events.add(new Object[] {p, filed(p, AppealKind.APPLICATION,
                person(OTHER_APPLICANT, "Serik Omarov", "+77051112233", "Almaty, Satpaev 2", null), List.of(),
                POLICE)});
        events.add(new Object[] {p, registered(p, "ЖТ-2026-00000903")});

        Actor actor = Api.actor(codec, "registrar-1", "REGISTRAR", AKIMAT);
        Map<String, Long> sequences = new HashMap<>();
        int produced = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (Object[] event : events) {
                String id = (String) event[0];
                long sequence = sequences.merge(id, 1L, Long::sum) - 1;
                producer.send(new ProducerRecord<>(TOPIC, id, codec.toBytes(TestEventKeys.sign(codec.wrap(
                        UUID.randomUUID(), event[1], id, sequence,
                        Instant.parse("2026-03-14T14:00:00Z").plusSeconds(produced * 60L), actor))))).get();
                produced++;
            }
            // an event whose payload cannot be read, with personal data in the offending value: parked
            ObjectNode poison = codec.mapper().valueToTree(codec.wrap(UUID.randomUUID(),
                    filed(poisoned, AppealKind.APPLICATION, aigerim, List.of(), AKIMAT), poisoned, 0, Instant.now(),
                    actor));
            ((ObjectNode) poison.get("payload")).put("kind", "Aigerim " + APPLICANT + " " + PHONE + " " + EMAIL);
            // signed as the command side would: genuine but unreadable, so parked as an ERROR, not as forged
            producer.send(new ProducerRecord<>(TOPIC, poisoned, codec.toBytes(TestEventKeys.sign(
                    codec.mapper().treeToValue(poison, EventEnvelope.class))))).get();
            produced++;
        }
        long expected = produced;
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?", Long.class, TOPIC)
                == expected);
    }

    /** A caller: the identity the test expects the service to read from the token, and the token. */
    record Caller(String label, Identity identity, String token) {
    }

    static Caller caller(Role role, String body, String idNumber) {
        String subject = role.name().toLowerCase() + "-" + (body != null ? body : idNumber != null ? idNumber : "1");
        String position = role.isOfficial() ? role.name().toLowerCase().replace('_', ' ') : null;
        TestIdentityProvider.Token token = IDP.token(subject).name("Name of " + subject).roles(role.name())
                .body(body).idNumber(idNumber).position(position).client("client-" + role.name().toLowerCase());
        return new Caller(subject, new Identity(subject, "Name of " + subject, position, body, idNumber,
                Set.of(role), "client-" + role.name().toLowerCase()), token.sign());
    }

    /** Every role; officials of the holding body, of another body and of the review body; two citizens. */
    static List<Caller> everyCaller() {
        List<Caller> callers = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role == Role.CITIZEN) {
                callers.add(caller(role, null, APPLICANT));
                callers.add(caller(role, null, STRANGER));
            } else if (role.isOfficial()) {
                for (String body : List.of(AKIMAT, POLICE, GOVERNMENT)) {
                    callers.add(caller(role, body, null));
                }
            } else {
                callers.add(caller(role, null, null));
            }
        }
        return callers;
    }

    /** One request, the action it performs and the target the test knows it is aimed at. */
    record Probe(HttpMethod method, String path, Object body, String action, Target target) {
    }

    List<Probe> everyProbe() {
        Target appealA = Target.appeal(AKIMAT, null, Set.of(APPLICANT, MEMBER));
        Target complaintC = Target.appeal(AKIMAT, GOVERNMENT, Set.of(APPLICANT));
        Target redirectedR = Target.appeal(AKIMAT, null, Set.of(APPLICANT));
        Target appealP = Target.appeal(POLICE, null, Set.of(OTHER_APPLICANT));
        HttpMethod get = HttpMethod.GET;
        HttpMethod post = HttpMethod.POST;
        return List.of(
                new Probe(get, "/api/appeals/" + a, null, "appeal.read", appealA),
                new Probe(get, "/api/appeals/" + c, null, "appeal.read", complaintC),
                new Probe(get, "/api/appeals/" + r, null, "appeal.read", redirectedR),
                new Probe(get, "/api/appeals/" + p, null, "appeal.read", appealP),
                new Probe(get, "/api/appeals?body=" + AKIMAT, null, "appeal.list", Target.body(AKIMAT)),
                new Probe(get, "/api/appeals?body=" + POLICE, null, "appeal.list", Target.body(POLICE)),
                new Probe(get, "/api/appeals?reviewBody=" + GOVERNMENT, null, "appeal.list",
                        Target.appeal(null, GOVERNMENT, Set.of())),
                new Probe(get, "/api/citizens/" + APPLICANT + "/appeals", null, "citizen.appeals",
                        Target.party(APPLICANT)),
                new Probe(get, "/api/citizens/" + OTHER_APPLICANT + "/appeals", null, "citizen.appeals",
                        Target.party(OTHER_APPLICANT)),
                new Probe(get, "/api/bodies/" + AKIMAT + "/dashboard", null, "body.dashboard", Target.body(AKIMAT)),
                new Probe(get, "/api/bodies/" + POLICE + "/dashboard", null, "body.dashboard", Target.body(POLICE)),
                new Probe(get, "/api/statistics?body=" + AKIMAT, null, "statistics.read", Target.body(AKIMAT)),
                new Probe(get, "/api/statistics?body=" + POLICE, null, "statistics.read", Target.body(POLICE)),
                new Probe(get, "/api/audit/appeals/" + a + "/events", null, "audit.history", appealA),
                new Probe(get, "/api/audit/appeals/" + a + "/as-of?at=2030-01-01T00:00:00Z", null, "audit.history",
                        appealA),
                new Probe(get, "/api/audit/export?body=" + AKIMAT, null, "audit.export", Target.body(AKIMAT)),
                new Probe(get, "/api/audit/access-log", null, "audit.access-log", Target.none()),
                new Probe(get, "/api/calendar/due-date?kind=APPLICATION&receivedAt=2026-03-14T19:00:00%2B05:00",
                        null, "calendar.read", Target.none()),
                new Probe(get, "/api/calendar/2026", null, "calendar.read", Target.none()),
                new Probe(post, "/api/admin/calendar/reload", null, "admin.calendar-reload", Target.none()),
                new Probe(get, "/api/admin/read-models", null, "admin.read-models", Target.none()),
                // allowed means a 400 here (no such read model): the cell is checked without starting a rebuild
                new Probe(post, "/api/admin/read-models/rebuilds", Map.of("readModels", List.of("no-such-model")),
                        "admin.read-models", Target.none()),
                new Probe(get, "/api/admin/read-models/rebuilds/999999", null, "admin.read-models", Target.none()),
                new Probe(get, "/api/admin/dead-letters", null, "admin.dead-letters", Target.none()),
                new Probe(post, "/api/admin/dead-letters/999999/retry", null, "admin.dead-letters", Target.none()),
                // allowed is a 404 here (this context exports no metrics; QueryObservabilityIT scrapes for real)
                new Probe(get, "/actuator/prometheus", null, "admin.metrics", Target.none()));
    }

    ResponseEntity<String> send(String token, Probe probe) {
        return api.exchange(probe.method(), token, probe.path(), probe.body(), String.class);
    }

    JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    // (a) ------------------------------------------------------------------------------------------------------

    @Test
    void everyApiEndpointRefusesAMissingOrInvalidTokenWith401Problem() throws Exception {
        Map<String, String> badTokens = new java.util.LinkedHashMap<>();
        badTokens.put("no token", null);
        badTokens.put("expired", IDP.token("prosecutor-x").roles("PROSECUTOR")
                .expiresAt(Instant.now().minus(10, ChronoUnit.MINUTES)).sign());
        badTokens.put("wrong issuer", IDP.token("prosecutor-x").roles("PROSECUTOR")
                .issuer("http://127.0.0.1:9/realms/somebody-else").sign());
        badTokens.put("wrong audience", IDP.token("prosecutor-x").roles("PROSECUTOR").audience("other-api").sign());
        badTokens.put("stranger key", IDP.token("prosecutor-x").roles("PROSECUTOR").signedByStranger().sign());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : CATALOG.endpoints(SERVICE)) {
            // the browser pages take no bearer token at all (their own session chain: UiAccessIT)
            if (EndpointCatalog.PUBLIC.equals(endpoint.action()) || endpoint.path().startsWith("/ui")) {
                continue;
            }
            String path = endpoint.path().replace("{appealId}", a).replace("{idNumber}", APPLICANT)
                    .replace("{bodyId}", AKIMAT).replace("{runId}", "1").replace("{id}", "1")
                    .replace("{year}", "2026");
            assertThat(path).as("a path variable this test does not fill").doesNotContain("{");
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                ResponseEntity<String> response = api.exchange(HttpMethod.valueOf(endpoint.method()),
                        bad.getValue(), path, null, String.class);
                checked++;
                if (response.getStatusCode() != HttpStatus.UNAUTHORIZED || !MediaType.APPLICATION_PROBLEM_JSON
                        .isCompatibleWith(response.getHeaders().getContentType())) {
                    wrong.add(endpoint.method() + " " + path + " with " + bad.getKey() + " -> "
                            + response.getStatusCode() + " " + response.getHeaders().getContentType());
                } else if (response.getHeaders().getFirst("WWW-Authenticate") == null) {
                    wrong.add(endpoint.method() + " " + path + " with " + bad.getKey() + ": no WWW-Authenticate");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(16 * badTokens.size());
        // health stays open
        assertThat(api.get(null, "/actuator/health", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void theApiDescriptionIsOpenAndNamesTheProviderSoSwaggerUiCanSignInWithPkce() throws Exception {
        ResponseEntity<String> docs = api.get(null, "/v3/api-docs", String.class);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode schemes = read(docs).get("components").get("securitySchemes");
        assertThat(schemes.get("oidc").get("openIdConnectUrl").asText())
                .isEqualTo(IDP.issuer() + "/.well-known/openid-configuration");
        assertThat(schemes.get("bearer").get("scheme").asText()).isEqualTo("bearer");
        String ui = api.get(null, "/swagger-ui/swagger-initializer.js", String.class).getBody();
        assertThat(ui).contains("agency-dashboard").contains("usePkceWithAuthorizationCodeGrant");
    }

    // (b) ------------------------------------------------------------------------------------------------------

    @Test
    void everyMappedEndpointHasACatalogRowAndItsActionHasMatrixRows() {
        List<String> missing = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
                    .getMethods();
            for (String pattern : info.getPatternValues()) {
                // Spring Boot's error page is reached only by the container's error dispatch, which the filter
                // chain lets through; a direct request to /error has no row and is refused like any other
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    missing.add(pattern + " maps every HTTP method; map one explicitly");
                    continue;
                }
                for (var method : methods) {
                    mapped.add(method.name() + " " + pattern);
                    var endpoint = CATALOG.find(SERVICE, method.name(), pattern);
                    if (endpoint.isEmpty()) {
                        missing.add(method + " " + pattern + " has no row in endpoints.csv");
                    } else if (!EndpointCatalog.PUBLIC.equals(endpoint.get().action())
                            && MATRIX.rows(endpoint.get().action()).isEmpty()) {
                        missing.add(method + " " + pattern + " -> " + endpoint.get().action()
                                + " has no row in authorization-matrix.csv");
                    }
                }
            }
        }
        assertThat(mapped).contains("GET /api/appeals/{appealId}", "GET /api/audit/access-log",
                "POST /api/admin/dead-letters/{id}/retry");
        assertThat(missing).isEmpty();
        // and no stale row: every /api row of this service is served by a mapping
        for (Endpoint endpoint : CATALOG.endpoints(SERVICE)) {
            if (endpoint.path().startsWith("/api/")) {
                assertThat(mapped).as("endpoints.csv row %s %s", endpoint.method(), endpoint.path())
                        .contains(endpoint.method() + " " + endpoint.path());
            }
        }
    }

    // (c) ------------------------------------------------------------------------------------------------------

    @Test
    void everyQueryActionForEveryRoleIsAllowedOrRefusedAsTheMatrixSaysOnTheRealTarget() throws Exception {
        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        Set<String> actionsCovered = new LinkedHashSet<>();
        for (Caller caller : everyCaller()) {
            for (Probe probe : everyProbe()) {
                actionsCovered.add(probe.action());
                boolean expected = MATRIX.decide(caller.identity(), probe.action(), probe.target()).allowed();
                ResponseEntity<String> response = send(caller.token(), probe);
                int status = response.getStatusCode().value();
                String cell = caller.label() + " " + probe.method() + " " + probe.path() + " -> " + status;
                if (expected) {
                    allowed++;
                    if (status == 401 || status == 403 || status >= 500) {
                        wrong.add(cell + " (should be allowed): " + response.getBody());
                    }
                } else {
                    refused++;
                    if (status != 403) {
                        wrong.add(cell + " (should be 403)");
                    } else if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                            response.getHeaders().getContentType())
                            || !probe.action().equals(read(response).path("action").asText())) {
                        wrong.add(cell + " is not a problem naming " + probe.action() + ": " + response.getBody());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        Set<String> queryActions = new LinkedHashSet<>();
        // the pages' actions are judged for every role in UiAccessIT (a page takes a sign-in session, not a token)
        CATALOG.endpoints(SERVICE).stream().filter(e -> e.path().startsWith("/api/")).map(Endpoint::action)
                .filter(x -> !EndpointCatalog.PUBLIC.equals(x)).forEach(queryActions::add);
        assertThat(actionsCovered).containsAll(queryActions);
        assertThat(allowed).isGreaterThan(100);
        assertThat(refused).isGreaterThan(300);
    }

    @Test
    void scopesFollowTheAppealAcrossRedirectAndReviewAndNeverReachAnotherPersonOrBody() throws Exception {
        int executorAkimat = send(caller(Role.EXECUTOR, AKIMAT, null).token(), probe("/api/appeals/" + r))
                .getStatusCode().value();
        int executorPolice = send(caller(Role.EXECUTOR, POLICE, null).token(), probe("/api/appeals/" + r))
                .getStatusCode().value();
        // redirected from the police to the akimat: the competent body holds it now, the first addressee does not
        assertThat(executorAkimat).isEqualTo(200);
        assertThat(executorPolice).isEqualTo(403);

        Caller reviewer = caller(Role.COMPLAINT_REVIEWER, GOVERNMENT, null);
        assertThat(send(reviewer.token(), probe("/api/appeals/" + c)).getStatusCode().value()).isEqualTo(200);
        assertThat(send(reviewer.token(), probe("/api/appeals/" + a)).getStatusCode().value()).isEqualTo(403);

        Caller member = caller(Role.CITIZEN, null, MEMBER);
        assertThat(send(member.token(), probe("/api/appeals/" + a)).getStatusCode().value()).isEqualTo(200);
        assertThat(send(member.token(), probe("/api/appeals/" + c)).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> probing = send(member.token(), probe("/api/citizens/" + APPLICANT + "/appeals"));
        assertThat(probing.getStatusCode().value()).isEqualTo(403);
        assertThat(probing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        // an unknown id is 403 for a scoped caller, as an existing appeal of another body is: ids cannot be probed
        assertThat(send(caller(Role.EXECUTOR, AKIMAT, null).token(), probe("/api/appeals/" + UUID.randomUUID()))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(Api.prosecutor(), probe("/api/appeals/" + UUID.randomUUID())).getStatusCode().value())
                .isEqualTo(404);

        assertThat(send(Api.operator(), probe("/api/appeals/" + a)).getStatusCode().value()).isEqualTo(403);
        assertThat(send(caller(Role.CONTROLLER, POLICE, null).token(), probe("/api/bodies/" + AKIMAT + "/dashboard"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(caller(Role.CITIZEN, null, APPLICANT).token(), probe("/api/audit/export"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(caller(Role.HEAD, AKIMAT, null).token(), probe("/api/audit/export"))
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aListWithoutABodyFilterIsTheCallersOwnBodyUnlessTheyMayReadEveryBody() throws Exception {
        JsonNode own = read(send(caller(Role.EXECUTOR, AKIMAT, null).token(), probe("/api/appeals?size=200")));
        // issue 11, art. 91(4): the complaint the akimat forwarded is the review body's, listed there, not here
        assertThat(own.get("items")).extracting(i -> i.get("appealId").asText()).contains(a, r).doesNotContain(c, p);
        assertThat(own.get("items")).allSatisfy(i -> assertThat(i.get("bodyId").asText()).isEqualTo(AKIMAT));
        JsonNode government = read(send(caller(Role.EXECUTOR, GOVERNMENT, null).token(),
                probe("/api/appeals?size=200")));
        assertThat(government.get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("appealId").asText()).isEqualTo(c);
            assertThat(i.get("bodyId").asText()).isEqualTo(GOVERNMENT);
            assertThat(i.get("reviewBodyId").asText()).isEqualTo(GOVERNMENT);
        });

        JsonNode review = read(send(caller(Role.COMPLAINT_REVIEWER, GOVERNMENT, null).token(),
                probe("/api/appeals?size=200")));
        assertThat(review.get("items")).extracting(i -> i.get("appealId").asText()).containsExactly(c);

        JsonNode all = read(send(Api.prosecutor(), probe("/api/appeals?size=200")));
        assertThat(all.get("items")).extracting(i -> i.get("appealId").asText()).contains(a, c, r, p);

        JsonNode ownStatistics = read(send(caller(Role.CONTROLLER, AKIMAT, null).token(),
                probe("/api/statistics?groupBy=body")));
        assertThat(ownStatistics).extracting(row -> row.get("key").asText()).containsExactly(AKIMAT);
        JsonNode allStatistics = read(send(Api.auditor(), probe("/api/statistics?groupBy=body")));
        assertThat(allStatistics).extracting(row -> row.get("key").asText()).contains(AKIMAT, POLICE);

        assertThat(send(caller(Role.EXECUTOR, AKIMAT, null).token(), probe("/api/appeals?body=" + POLICE))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send(caller(Role.CITIZEN, null, APPLICANT).token(), probe("/api/appeals"))
                .getStatusCode().value()).isEqualTo(403);
    }

    static Probe probe(String path) {
        return new Probe(HttpMethod.GET, path, null, null, null);
    }

    // (d) ------------------------------------------------------------------------------------------------------

    JsonNode detailAs(Caller caller) throws Exception {
        ResponseEntity<String> response = send(caller.token(), probe("/api/appeals/" + a));
        assertThat(response.getStatusCode().value()).as(caller.label()).isEqualTo(200);
        return read(response);
    }

    @Test
    void theDetailShowsPersonalDataByRole() throws Exception {
        for (Role role : List.of(Role.REGISTRAR, Role.EXECUTOR, Role.HEAD)) {
            JsonNode full = detailAs(caller(role, AKIMAT, null));
            assertThat(full.get("personalData").asText()).isEqualTo("FULL");
            assertThat(full.get("applicantIdNumber").asText()).isEqualTo(APPLICANT);
            assertThat(full.get("applicantContact").get("phone").asText()).isEqualTo(PHONE);
            assertThat(full.get("applicantContact").get("postalAddress").asText()).isEqualTo(ADDRESS);
            assertThat(full.get("applicantContact").get("email").asText()).isEqualTo(EMAIL);
            assertThat(full.get("deliveries")).extracting(d -> d.get("recipientId").asText())
                    .containsExactly(APPLICANT, MEMBER);
        }
        JsonNode prosecutor = read(send(Api.prosecutor(), probe("/api/appeals/" + a)));
        assertThat(prosecutor.get("applicantContact").get("phone").asText()).isEqualTo(PHONE);

        for (Caller masked : List.of(caller(Role.CONTROLLER, AKIMAT, null), caller(Role.AUDITOR, null, null))) {
            JsonNode view = detailAs(masked);
            assertThat(view.get("personalData").asText()).isEqualTo("MASKED");
            assertThat(view.get("applicantIdNumber").asText()).isEqualTo("9001******17");
            assertThat(view.get("applicantContact").get("phone").asText()).isEqualTo("+7701*****67");
            assertThat(view.get("applicantContact").get("postalAddress").isNull()).isTrue();
            assertThat(view.get("applicantContact").get("email").isNull()).isTrue();
            assertThat(view.get("deliveries")).extracting(d -> d.get("recipientId").asText())
                    .containsExactly("9001******17", "8503******24");
            assertThat(view.toString()).doesNotContain(APPLICANT, MEMBER, PHONE, ADDRESS, EMAIL);
        }

        JsonNode applicant = detailAs(caller(Role.CITIZEN, null, APPLICANT));
        assertThat(applicant.get("personalData").asText()).isEqualTo("OWN");
        assertThat(applicant.get("applicantIdNumber").asText()).isEqualTo(APPLICANT);
        assertThat(applicant.get("applicantContact").get("postalAddress").asText()).isEqualTo(ADDRESS);
        assertThat(applicant.get("deliveries")).extracting(d -> d.get("recipientId").asText())
                .containsExactly(APPLICANT, "8503******24");

        JsonNode member = detailAs(caller(Role.CITIZEN, null, MEMBER));
        assertThat(member.get("applicantIdNumber").asText()).isEqualTo("9001******17");
        assertThat(member.get("applicantContact").get("phone").asText()).isEqualTo("+7701*****67");
        assertThat(member.get("applicantContact").get("postalAddress").isNull()).isTrue();
        assertThat(member.get("deliveries")).extracting(d -> d.get("recipientId").asText())
                .containsExactly("9001******17", MEMBER);
    }

    @Test
    void listsDashboardsStatisticsAndTheCitizenViewCarryNoPersonalData() throws Exception {
        for (Caller caller : List.of(caller(Role.EXECUTOR, AKIMAT, null), caller(Role.HEAD, AKIMAT, null),
                caller(Role.CONTROLLER, AKIMAT, null), caller(Role.PROSECUTOR, null, null),
                caller(Role.AUDITOR, null, null))) {
            ResponseEntity<String> list = send(caller.token(), probe("/api/appeals?body=" + AKIMAT + "&size=200"));
            assertThat(list.getStatusCode().value()).as(caller.label()).isEqualTo(200);
            JsonNode items = read(list).get("items");
            assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.get("applicantIdNumber").asText())
                    .matches("\\d{4}\\*{6}\\d{2}"));
            assertThat(list.getBody()).as(caller.label()).doesNotContain(APPLICANT, MEMBER, PHONE, ADDRESS, EMAIL);
        }
        for (Caller caller : List.of(caller(Role.HEAD, AKIMAT, null), caller(Role.CONTROLLER, AKIMAT, null),
                caller(Role.PROSECUTOR, null, null))) {
            ResponseEntity<String> dashboard = send(caller.token(), probe("/api/bodies/" + AKIMAT + "/dashboard"));
            assertThat(dashboard.getStatusCode().value()).isEqualTo(200);
            assertThat(dashboard.getBody()).doesNotContain(APPLICANT, MEMBER, PHONE, ADDRESS, EMAIL, "Aigerim");
            for (String groupBy : List.of("kind", "body", "month", "outcome")) {
                ResponseEntity<String> statistics = send(caller.token(),
                        probe("/api/statistics?groupBy=" + groupBy + "&body=" + AKIMAT));
                if (statistics.getStatusCode().value() == 200) {
                    assertThat(statistics.getBody()).doesNotContain(APPLICANT, MEMBER, PHONE, ADDRESS, "Aigerim");
                }
            }
        }
        ResponseEntity<String> mine = send(caller(Role.CITIZEN, null, APPLICANT).token(),
                probe("/api/citizens/" + APPLICANT + "/appeals"));
        assertThat(read(mine).get("totalItems").asInt()).isEqualTo(3);
        // a member's IIN or anyone's contacts never show in the applicant's list
        assertThat(mine.getBody()).doesNotContain(MEMBER, PHONE, ADDRESS, EMAIL);
    }

    @Test
    void theOperatorSeesParkedEventsWithoutTheirContents() throws Exception {
        String raw = jdbc.queryForObject("SELECT error FROM dead_letter WHERE appeal_id = ?", String.class,
                poisoned);
        ResponseEntity<String> listed = send(Api.operator(), probe("/api/admin/dead-letters?appealId=" + poisoned));
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        JsonNode item = read(listed).get("items").get(0);
        List<String> fields = new ArrayList<>();
        item.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "topic", "partition", "offset", "appealId", "eventId",
                "kind", "error", "parkedAt");
        assertThat(item.get("kind").asText()).isEqualTo("ERROR");
        assertThat(raw).contains(APPLICANT);
        assertThat(listed.getBody()).doesNotContain(APPLICANT, PHONE, EMAIL, "Aigerim");
        assertThat(item.get("error").asText()).contains("AppealKind");
    }

    // (e) ------------------------------------------------------------------------------------------------------

    @Test
    void exportsAndReadsByIinAreInTheAccessLogWithWhoWhenAndFilter() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Caller auditor = caller(Role.AUDITOR, null, null);
        Caller prosecutor = caller(Role.PROSECUTOR, null, null);
        Caller prober = caller(Role.CITIZEN, null, STRANGER);

        String export = send(auditor.token(), probe("/api/audit/export?body=" + AKIMAT
                + "&from=2026-01-01T00:00:00%2B05:00")).getBody();
        long lines = export.lines().count();
        assertThat(lines).isGreaterThan(0);
        assertThat(send(prosecutor.token(), probe("/api/citizens/" + APPLICANT + "/appeals")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(send(prober.token(), probe("/api/citizens/" + APPLICANT + "/appeals")).getStatusCode().value())
                .isEqualTo(403);

        String window = "&from=" + before.toString() + "&to=" + Instant.now().plusSeconds(60).toString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode exports = read(send(Api.prosecutor(), probe("/api/audit/access-log?subject="
                    + auditor.label() + window)));
            assertThat(exports.get("items")).singleElement().satisfies(e -> {
                assertThat(e.get("action").asText()).isEqualTo("audit.export");
                assertThat(e.get("displayName").asText()).isEqualTo("Name of " + auditor.label());
                assertThat(e.get("actingRole").asText()).isEqualTo("AUDITOR");
                assertThat(e.get("endpoint").asText()).isEqualTo("/api/audit/export");
                assertThat(e.get("filter").get("body").asText()).isEqualTo(AKIMAT);
                assertThat(e.get("filter").get("from").asText()).isEqualTo("2026-01-01T00:00:00+05:00");
                assertThat(e.get("recordCount").asLong()).isEqualTo(lines);
                assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
                assertThat(Instant.parse(e.get("at").asText())).isAfter(before);
            });
        });

        // who looked at this person's data: the prosecutor (3 appeals) and a citizen who tried and was refused
        JsonNode person = read(send(auditor.token(), probe("/api/audit/access-log?idNumber=" + APPLICANT + window)));
        assertThat(person.get("items")).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo(prosecutor.label());
            assertThat(e.get("action").asText()).isEqualTo("citizen.appeals");
            assertThat(e.get("endpoint").asText()).isEqualTo("/api/citizens/{idNumber}/appeals");
            assertThat(e.get("personId").asText()).isEqualTo(APPLICANT);
            assertThat(e.get("recordCount").asLong()).isEqualTo(3);
            assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
        });
        assertThat(person.get("items")).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo(prober.label());
            assertThat(e.get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(e.get("reason").asText()).contains("party");
        });

        assertThat(send(caller(Role.HEAD, AKIMAT, null).token(), probe("/api/audit/access-log"))
                .getStatusCode().value()).isEqualTo(403);
    }
}
