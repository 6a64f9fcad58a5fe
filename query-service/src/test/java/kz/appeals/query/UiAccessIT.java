package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.access.Target;
import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.events.Party;
import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * The browser pages' filter chain and access decisions, through the real filters with a signed-in session (the
 * principal holds the claims a sign-in gives; the sign-in itself, on Keycloak, is deploy's BrowserIT): every page is
 * allowed or refused for every role as the matrix says on the real target, the pages mask personal data as the API
 * does, an export is in the access log and neutralised, anonymous users and bearer tokens are sent to sign in, the
 * sign-in redirect uses PKCE, sign-out needs the CSRF token, and a deemed refusal's court window reaches the citizen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiAccessIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final String AKIMAT = "almaty-akimat";
    static final String POLICE = "almaty-police";
    static final String APPLICANT = "900101300017";
    static final String OTHER = "770707400555";
    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.standard();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final EnvelopeCodec codec = new EnvelopeCodec();
    final String a = UUID.randomUUID().toString();
    final String p = UUID.randomUUID().toString();

    @BeforeAll
    void seed() throws Exception {
        Party aigerim = new Party(Party.PartyType.INDIVIDUAL, APPLICANT, null, "=Aigerim Sadykova", null,
                "Almaty, Abay ave 10", "+77011234567", null);
        Party serik = new Party(Party.PartyType.INDIVIDUAL, OTHER, null, "Serik Omarov", null, "Almaty", null, null);
        List<Object[]> events = List.of(
                new Object[] {a, filed(a, aigerim, AKIMAT)},
                new Object[] {a, registered(a, "ЖТ-2026-00000701")},
                new Object[] {a, new DeemedRefusalOccurred(a, a + ":REVIEW", LocalDate.of(2026, 4, 10), "COURT",
                        new ComputedDate(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 11), "1 month",
                                "APPC art. 136(6)", true, "appc-2025-12", "kz-2026", List.of()),
                        "APPC art. 91(2)")},
                new Object[] {p, filed(p, serik, POLICE)},
                new Object[] {p, registered(p, "ЖТ-2026-00000702")},
                new Object[] {p, new DeadlineScheduled(p, p + ":REVIEW", "REVIEW", LocalDate.of(2026, 3, 17),
                        LocalDate.of(2026, 4, 9), "15 working days", "APPC art. 76(1)", true, "appc-2025-12",
                        "kz-2026", List.of(new ExplanationStep(LocalDate.of(2026, 4, 9), "DUE",
                                "the 15th working day after registration")), List.of())});
        Actor actor = Api.actor(codec, "registrar-1", "REGISTRAR", AKIMAT);
        Map<String, Long> sequences = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            int i = 0;
            for (Object[] event : events) {
                String id = (String) event[0];
                long sequence = sequences.merge(id, 1L, Long::sum) - 1;
                // sealed as the command side seals them (unsealed envelopes are parked as forged)
                producer.send(new ProducerRecord<>(TOPIC, id, codec.toBytes(TestEventKeys.sign(codec.wrap(
                        UUID.randomUUID(), event[1], id, sequence,
                        Instant.parse("2026-03-14T14:00:00Z").plusSeconds(60L * i++), actor))))).get();
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?", Long.class, TOPIC)
                == events.size());
    }

    static AppealFiled filed(String id, Party applicant, String body) {
        return new AppealFiled(id, AppealKind.APPLICATION, applicant, List.of(), new Addressee(body, body),
                "Street lighting", AppealForm.ELECTRONIC, Channel.E_OTINISH, Instant.parse("2026-03-14T14:00:00Z"));
    }

    static AppealRegistered registered(String id, String number) {
        return new AppealRegistered(id, number, Instant.parse("2026-03-16T04:00:00Z"), "automatic registration",
                LocalDate.of(2026, 3, 16), "working day", LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 9),
                "15 working days", "APPC art. 76(1)", true, "appc-2025-12", "kz-2026", List.of());
    }

    /** A session as the sign-in leaves it: the principal's attributes are the access token's claims. */
    static MockHttpSession signedIn(Identity who) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", who.subject());
        claims.put("name", who.displayName());
        claims.put("roles", who.roles().stream().map(Role::name).toList());
        if (who.bodyId() != null) {
            claims.put("body_id", who.bodyId());
        }
        if (who.position() != null) {
            claims.put("position", who.position());
        }
        if (who.idNumber() != null) {
            claims.put("iin", who.idNumber());
        }
        claims.put("azp", who.clientId());
        var authorities = who.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        var token = new OAuth2AuthenticationToken(new DefaultOAuth2User(authorities, claims, "sub"), authorities,
                who.idNumber() != null ? "citizen-portal" : "agency-dashboard");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(token));
        return session;
    }

    static List<Identity> everyone() {
        List<Identity> out = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role == Role.CITIZEN) {
                out.add(new Identity("citizen-a", "Aigerim", null, null, APPLICANT, Set.of(role), "citizen-portal"));
                out.add(new Identity("citizen-s", "Stranger", null, null, "660606300999", Set.of(role),
                        "citizen-portal"));
            } else if (role.isOfficial()) {
                for (String body : List.of(AKIMAT, POLICE)) {
                    out.add(new Identity(role + "-" + body, "Name", "position", body, null, Set.of(role),
                            "agency-dashboard"));
                }
            } else {
                out.add(new Identity(role.name().toLowerCase(), "Name", null, null, null, Set.of(role),
                        "agency-dashboard"));
            }
        }
        return out;
    }

    record Probe(String path, String action, Target target) {
    }

    List<Probe> probes() {
        Target appealA = Target.appeal(AKIMAT, null, Set.of(APPLICANT));
        Target appealP = Target.appeal(POLICE, null, Set.of(OTHER));
        return List.of(
                new Probe("/ui/dashboard?body=" + AKIMAT, "body.dashboard", Target.body(AKIMAT)),
                new Probe("/ui/dashboard?body=" + POLICE, "body.dashboard", Target.body(POLICE)),
                new Probe("/ui/dashboard/live?body=" + AKIMAT, "body.dashboard", Target.body(AKIMAT)),
                new Probe("/ui/appeals?body=" + AKIMAT, "appeal.list", Target.body(AKIMAT)),
                new Probe("/ui/appeals?body=" + POLICE, "appeal.list", Target.body(POLICE)),
                new Probe("/ui/appeals/export?format=csv&body=" + AKIMAT, "appeal.list-export", Target.body(AKIMAT)),
                new Probe("/ui/appeals/export?format=xlsx&body=" + POLICE, "appeal.list-export", Target.body(POLICE)),
                new Probe("/ui/appeals/" + a, "appeal.read", appealA),
                new Probe("/ui/appeals/" + p, "appeal.read", appealP));
    }

    @Test
    void everyPageForEveryRoleIsAllowedOrRefusedAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        for (Identity who : everyone()) {
            MockHttpSession session = signedIn(who);
            List<Probe> probes = new ArrayList<>(probes());
            // a citizen's page is aimed at the IIN of the sign-in, nobody else's
            probes.add(new Probe("/ui/my-appeals", "citizen.appeals",
                    who.idNumber() == null ? Target.none() : Target.party(who.idNumber())));
            for (Probe probe : probes) {
                boolean expected = (!probe.action().equals("citizen.appeals") || who.idNumber() != null)
                        && MATRIX.decide(who, probe.action(), probe.target()).allowed();
                int status = mvc.perform(get(probe.path()).session(session)).andReturn().getResponse().getStatus();
                if (expected ? status != 200 : status != 403) {
                    wrong.add(who.subject() + " " + probe.path() + " -> " + status + " (expected "
                            + (expected ? 200 : 403) + ")");
                }
                if (expected) {
                    allowed++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(allowed).isGreaterThan(20);
        assertThat(refused).isGreaterThan(50);
    }

    @Test
    void thePagesMaskPersonalDataAsTheApiDoes() throws Exception {
        Identity head = new Identity("head-1", "Head", "Akim", AKIMAT, null, Set.of(Role.HEAD), "agency-dashboard");
        Identity controller = new Identity("ctl-1", "Controller", "Controller", AKIMAT, null,
                Set.of(Role.CONTROLLER), "agency-dashboard");
        assertThat(page(head, "/ui/appeals/" + a)).contains(APPLICANT, "+77011234567", "Almaty, Abay ave 10");
        assertThat(page(controller, "/ui/appeals/" + a)).contains("9001******17").doesNotContain(APPLICANT)
                .doesNotContain("+77011234567").doesNotContain("Almaty, Abay ave 10");
        // the detail page renders the explanation's steps from the stored JSON (issue 13 item 6)
        Identity policeHead = new Identity("head-2", "Head", "Police", POLICE, null, Set.of(Role.HEAD),
                "agency-dashboard");
        assertThat(page(policeHead, "/ui/appeals/" + p)).contains("the 15th working day after registration",
                "2026-04-09");
        // every list is masked, a head's too
        assertThat(page(head, "/ui/appeals")).contains("9001******17", "ЖТ-2026-00000701").doesNotContain(APPLICANT);
        // the dashboard carries no personal data at all
        assertThat(page(head, "/ui/dashboard")).contains("ЖТ-2026-00000701").doesNotContain("9001******17").doesNotContain(APPLICANT)
                .doesNotContain("Aigerim");
    }

    @Test
    void anExportIsNeutralisedMaskedAndWrittenToTheAccessLog() throws Exception {
        Identity head = new Identity("head-export", "Head", "Akim", AKIMAT, null, Set.of(Role.HEAD),
                "agency-dashboard");
        MockHttpServletResponse csv = mvc.perform(get("/ui/appeals/export?format=csv&state=DEEMED_REFUSED")
                .session(signedIn(head))).andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        String body = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("'=Aigerim Sadykova", "9001******17").doesNotContain(APPLICANT);
        List<Map<String, Object>> log = jdbc.queryForList(
                "SELECT * FROM access_log WHERE subject = 'head-export' AND action = 'appeal.list-export'");
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).containsEntry("endpoint", "/ui/appeals/export").containsEntry("outcome", "ALLOWED")
                .containsEntry("acting_role", "HEAD").containsEntry("record_count", 1L);
        assertThat(String.valueOf(log.get(0).get("filter"))).contains("DEEMED_REFUSED", "csv");

        Identity executor = new Identity("exec-export", "Exec", "Executor", AKIMAT, null, Set.of(Role.EXECUTOR),
                "agency-dashboard");
        assertThat(mvc.perform(get("/ui/appeals/export?format=csv").session(signedIn(executor))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theCitizenSeesTheCourtWindowADeemedRefusalOpened() throws Exception {
        Identity aigerim = new Identity("citizen-a", "Aigerim", null, null, APPLICANT, Set.of(Role.CITIZEN),
                "citizen-portal");
        String page = page(aigerim, "/ui/my-appeals?lang=en");
        assertThat(page).contains("ЖТ-2026-00000701", "A claim may be brought to court", "until 2026-05-11 inclusive")
                .doesNotContain("ЖТ-2026-00000702");
        assertThat(jdbc.queryForList("SELECT * FROM access_log WHERE subject = 'citizen-a'")).isNotEmpty();
        assertThat(page(aigerim, "/ui/my-appeals?lang=kk")).contains("Сотқа талап қоюға болады");
        assertThat(page(aigerim, "/ui/my-appeals?lang=ru")).contains("Можно обратиться в суд");
    }

    /** Issue 11: the citizen's API view carries the window a deemed refusal opened (arts. 91(2), 136(6)). */
    @Test
    void theCitizenApiShowsTheCourtWindowADeemedRefusalOpened() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/citizens/" + APPLICANT + "/appeals")
                .header("Authorization", "Bearer " + IDP.citizen(APPLICANT))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode items = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.getContentAsString()).get("items");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.get("state").asText()).isEqualTo("DEEMED_REFUSED");
            assertThat(item.get("route").get("opens").asText()).isEqualTo("COURT");
            assertThat(item.get("route").get("openUntil").asText()).isEqualTo("2026-05-11");
            assertThat(item.get("route").get("legalBasis").asText()).isEqualTo("APPC art. 91(2)");
        });
    }

    @Test
    void anonymousUsersAndBearerTokensAreSentToSignInAndTheSignInUsesPkce() throws Exception {
        String bearer = IDP.system("prosecutor-1", "PROSECUTOR");
        for (String path : List.of("/ui/dashboard", "/ui/appeals", "/ui/appeals/" + a, "/ui/my-appeals",
                "/ui/no-such-page")) {
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as(path).endsWith("/ui/sign-in");
            MockHttpServletResponse withToken = mvc.perform(get(path).header("Authorization", "Bearer " + bearer))
                    .andReturn().getResponse();
            assertThat(withToken.getStatus()).as(path + " with a bearer token").isEqualTo(302);
        }
        assertThat(mvc.perform(get("/ui/sign-in")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/ui/assets/ui.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        String redirect = mvc.perform(get("/oauth2/authorization/agency-dashboard")).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(redirect).startsWith(IDP.issuer() + "/protocol/openid-connect/auth?")
                .contains("client_id=agency-dashboard", "code_challenge=", "code_challenge_method=S256",
                        "scope=openid");
        assertThat(mvc.perform(get("/oauth2/authorization/citizen-portal")).andReturn().getResponse()
                .getRedirectedUrl()).contains("client_id=citizen-portal", "code_challenge_method=S256");
    }

    @Test
    void aSignedInSessionOpensNoApiEndpointAndSignOutNeedsTheCsrfToken() throws Exception {
        Identity head = new Identity("head-2", "Head", "Akim", AKIMAT, null, Set.of(Role.HEAD), "agency-dashboard");
        MockHttpSession session = signedIn(head);
        assertThat(mvc.perform(get("/api/appeals/" + a).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(post("/logout").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page(head, "/ui/dashboard")).contains("name=\"_csrf\"");
    }

    String page(Identity who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(signedIn(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
