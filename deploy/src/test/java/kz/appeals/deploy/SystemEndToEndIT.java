package kz.appeals.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.testsupport.TestInfrastructure;

/**
 * The built service jars as their own processes on real PostgreSQL, a real Kafka broker process and the launcher's
 * Keycloak with the repository's realm (generated secrets in a temporary data folder). Every call carries a real
 * token from that running provider, obtained as a client would: the e-Otinish portal by client credentials, demo
 * users by the password grant of a public client. The citizen, official, reviewer, prosecutor, auditor and operator
 * flows of the shared scenarios run end to end; while the broker is stopped commands still succeed and every event
 * arrives exactly once after it is back. Everything starts once for the class: Keycloak alone takes about a minute.
 */
class SystemEndToEndIT {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    static final String AIGERIM_IIN = "900101300017";
    static final String NURLAN_IIN = "850515300016";
    static final String AKIMAT = "almaty-akimat";
    static final String POLICE = "almaty-police";
    static final String GOVERNMENT = "kz-government-office";
    static final String PORTAL = "e-otinish-portal";

    @TempDir
    static Path data;
    static int kafkaPort;
    static int controllerPort;
    static KafkaBrokerProcess broker;
    static KeycloakServer keycloak;
    static Secrets secrets;
    static ServiceProcess command;
    static ServiceProcess query;
    static TokenClient tokens;
    static final Map<String, TokenClient.Session> sessions = new ConcurrentHashMap<>();
    static Instant classStart;

    @BeforeAll
    static void startSystem() throws Exception {
        classStart = Instant.now();
        secrets = new Secrets(data.resolve("secrets"));
        // the slowest part first, from the launcher's own code, as run.sh starts it; the rest comes up meanwhile
        LauncherConfig defaults = LauncherConfig.builder(REPO).build();
        keycloak = KeycloakServer.start(defaults.keycloakDistZip(), defaults.realmFile(), data.resolve("keycloak"),
                JdkLocator.require(21, System.getenv(), "Keycloak (the system test's identity provider)"),
                freePort(), freePort(), secrets, data.resolve("logs/keycloak.log"), data.resolve("run/keycloak.pid"));

        TestInfrastructure.Database db = TestInfrastructure.freshDatabase();
        kafkaPort = freePort();
        controllerPort = freePort();
        broker = startBroker();
        // the launcher's broker as run.sh has it: SCRAM users, ACLs, the topic created by admin
        broker.grantServiceAccess("appeals.events", 3, "query-service");
        int commandPort = freePort();
        int queryPort = freePort();
        Map<String, String> env = Map.of(
                "DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password(),
                "KAFKA_BOOTSTRAP", broker.bootstrapServers(), "APPEALS_TOPIC_PARTITIONS", "3",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", KafkaBrokerProcess.MECHANISM,
                // the services resolve the issuer's discovery document and JWKS on the first request
                "OIDC_ISSUER_URI", keycloak.issuerUri(), "OIDC_AUDIENCE", LauncherConfig.DEFAULT_AUDIENCE,
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // the envelope seal as the launcher gives it (docs/integrity.md): the command side signs, the query side
        // holds only the public half and parks anything it cannot verify
        String[] eventKeys = secrets.eventKeyPair();
        Map<String, String> commandEnv = withKafkaUser(env, KafkaBrokerProcess.COMMAND_USER,
                secrets.get(Secrets.KAFKA_COMMAND));
        commandEnv.put("APPEALS_EVENT_SIGNING_KEY_ID", Secrets.EVENT_KEY_ID);
        commandEnv.put("APPEALS_EVENT_SIGNING_KEY", eventKeys[0]);
        Map<String, String> queryEnv = withKafkaUser(env, KafkaBrokerProcess.QUERY_USER,
                secrets.get(Secrets.KAFKA_QUERY));
        queryEnv.put("APPEALS_EVENT_VERIFY_KEYS", Secrets.EVENT_KEY_ID + "=" + eventKeys[1]);
        command = service("command", "command-service", commandPort, commandEnv);
        query = service("query", "query-service", queryPort, queryEnv);
        // a bound against a hang, not a speed check: Quarkus' first-start build alone took 144 s at a load of 40
        keycloak.awaitReady(Duration.ofSeconds(600));
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        command.awaitHealthy(deadline, Duration.ofSeconds(180));
        query.awaitHealthy(deadline, Duration.ofSeconds(180));
        tokens = new TokenClient(keycloak.tokenEndpoint());
    }

    @AfterAll
    static void stopSystem() {
        for (AutoCloseable process : new AutoCloseable[] {query, command, broker, keycloak}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (Exception ignored) {
                // closing the rest matters more
            }
        }
    }

    static Map<String, String> withKafkaUser(Map<String, String> env, String user, String password) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put("KAFKA_USERNAME", user);
        copy.put("KAFKA_PASSWORD", password);
        return copy;
    }

    static KafkaBrokerProcess startBroker() {
        // the broker runs from deploy/target/lib, exactly as deploy/run.sh starts it (packaged before this test runs)
        return KafkaBrokerProcess.start(data, kafkaPort, controllerPort, REPO.resolve("deploy/target/lib") + "/*",
                data.resolve("logs/kafka.log"), Duration.ofSeconds(90), secrets);
    }

    static ServiceProcess service(String name, String module, int port, Map<String, String> baseEnv) {
        Map<String, String> env = new HashMap<>(baseEnv);
        env.put("SERVER_PORT", Integer.toString(port));
        return ServiceProcess.start(name, REPO.resolve(module + "/target/" + module + ".jar"), env,
                URI.create("http://127.0.0.1:" + port + "/actuator/health"), data.resolve("logs/" + name + ".log"),
                data.resolve("run/" + name + ".pid"), REPO);
    }

    static String base(ServiceProcess service) {
        String health = service.healthUri().toString();
        return health.substring(0, health.indexOf("/actuator"));
    }

    // ------------------------------------------------------------------------------------------ tokens and calls

    /**
     * The {@code Authorization} header of a principal: the portal by its client credentials (secret from the
     * generated data folder), a demo user by the password grant of the public client a person of that kind uses.
     */
    static String bearer(String who) {
        return sessions.computeIfAbsent(who, w -> {
            if (w.equals(PORTAL)) {
                return tokens.clientCredentials(PORTAL, secrets.get(Secrets.PORTAL_CLIENT_SECRET),
                        Duration.ofMinutes(2));
            }
            String client = w.startsWith("citizen-") ? "citizen-portal"
                    : w.equals("auditor") ? "auditor-tools" : w.equals("operator") ? "operator-console"
                    : "agency-dashboard";
            return tokens.password(client, w, secrets.get(Secrets.DEMO_PASSWORD), Duration.ofMinutes(2));
        }).bearer();
    }

    /** A claim of the principal's current access token (the services read the same). */
    static String claim(String who, String name) throws IOException {
        String token = bearer(who).substring("Bearer ".length());
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path(name).asText();
    }

    static HttpResponse<String> send(String url, String method, String json, String who, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (who != null) {
            b.header("Authorization", bearer(who));
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String who) throws IOException, InterruptedException {
        return send(base(query) + path, "GET", null, who, null);
    }

    static JsonNode read(String path, String who) throws Exception {
        HttpResponse<String> r = get(path, who);
        assertThat(r.statusCode()).as(path + " as " + who + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> act(String appealId, String action, String json, String who) throws Exception {
        return send(base(command) + "/api/appeals/" + appealId + "/" + action, "POST", json, who, null);
    }

    static JsonNode actOk(String appealId, String action, String json, String who) throws Exception {
        HttpResponse<String> r = act(appealId, action, json, who);
        assertThat(r.statusCode()).as(action + " as " + who + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String appealBody(String kind, String iin, String fullName, String bodyId, String substance) {
        return """
                {"kind":"%s","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"%s",
                 "postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "addressee":{"bodyId":"%s","name":"%s"},
                 "substance":"%s","form":"ELECTRONIC","channel":"E_OTINISH"}"""
                .formatted(kind, iin, fullName, bodyId, bodyId, substance);
    }

    static HttpResponse<String> file(String json, String who, String key) throws Exception {
        return send(base(command) + "/api/appeals", "POST", json, who, key);
    }

    /** The portal files for citizen-aigerim at the akimat; returns the receipt. */
    static JsonNode fileForAigerim(String kind, String substance) throws Exception {
        HttpResponse<String> r = file(appealBody(kind, AIGERIM_IIN, "Aigerim Sadykova", AKIMAT, substance), PORTAL,
                UUID.randomUUID().toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    static String fileAppeal(String substance) throws Exception {
        return fileForAigerim("APPLICATION", substance).get("appealId").asText();
    }

    /** Waits until the query side shows the appeal to {@code who} and {@code ready} holds for it. */
    static JsonNode awaitView(String appealId, String who, java.util.function.Predicate<JsonNode> ready) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> r = get("/api/appeals/" + appealId, who);
            return r.statusCode() == 200 && ready.test(JSON.readTree(r.body()));
        });
        try {
            return read("/api/appeals/" + appealId, who);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode readModel(String appealId) throws Exception {
        return read("/api/appeals/" + appealId, "auditor");
    }

    static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    // ------------------------------------------------------------------------------------------ no or bad token

    @Test
    void withoutAValidTokenEveryCallIs401ProblemJsonAndHealthStaysOpen() throws Exception {
        String body = appealBody("APPLICATION", AIGERIM_IIN, "Aigerim Sadykova", AKIMAT, "no token");
        assertProblem(file(body, null, null), 401);
        assertProblem(get("/api/appeals?body=" + AKIMAT, null), 401);
        assertProblem(get("/api/audit/export", null), 401);
        assertProblem(send(base(query) + "/api/admin/calendar/reload", "POST", "{}", null, null), 401);
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(base(query) + "/api/appeals?body="
                + AKIMAT)).header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(forged, 401);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(send(base(command) + "/actuator/health", "GET", null, null, null).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------ scenario 1: citizen

    @Test
    void scenario1_portalFilesForACitizen_art64_retryWithTheSameKeyCreatesNothing_citizenReadsOnlyOwn()
            throws Exception {
        String substance = "Street lighting on Abay avenue " + UUID.randomUUID();
        String json = appealBody("APPLICATION", AIGERIM_IIN, "Aigerim Sadykova", AKIMAT, substance);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = file(json, PORTAL, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(first.body());
        String appealId = receipt.get("appealId").asText();
        assertThat(receipt.get("registrationNumber").asText()).startsWith("ЖТ-");
        assertThat(receipt.get("registeredOn").asText()).isNotBlank();
        assertThat(LocalDate.parse(receipt.get("dueDate").asText())).isAfter(today());
        assertThat(receipt.get("explanation")).isNotEmpty();

        // a network error, then the same submission again: the same receipt, nothing new stored
        HttpResponse<String> retry = file(json, PORTAL, key);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(JSON.readTree(retry.body()).get("appealId").asText()).isEqualTo(appealId);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        JsonNode own = awaitView(appealId, "citizen-aigerim", v -> "REGISTERED".equals(v.path("state").asText()));
        assertThat(own.get("registrationNumber").asText()).isEqualTo(receipt.get("registrationNumber").asText());
        assertThat(own.get("bodyId").asText()).isEqualTo(AKIMAT);
        JsonNode mine = read("/api/citizens/" + AIGERIM_IIN + "/appeals?size=200", "citizen-aigerim");
        List<String> ids = new ArrayList<>();
        mine.get("items").forEach(i -> ids.add(i.get("appealId").asText()));
        assertThat(ids).containsOnlyOnce(appealId);

        // another person's appeal, and another person's list, are refused (Personal Data Law art. 8)
        assertProblem(get("/api/appeals/" + appealId, "citizen-nurlan"), 403);
        assertProblem(get("/api/citizens/" + AIGERIM_IIN + "/appeals", "citizen-nurlan"), 403);
        // a citizen files only as themself
        assertProblem(file(appealBody("APPLICATION", NURLAN_IIN, "Nurlan Abenov", AKIMAT, "not mine"),
                "citizen-aigerim", null), 403);
        HttpResponse<String> nurlans = file(appealBody("APPLICATION", NURLAN_IIN, "Nurlan Abenov", AKIMAT,
                "Noise at night"), "citizen-nurlan", null);
        assertThat(nurlans.statusCode()).as(nurlans.body()).isEqualTo(201);
        String nurlansId = JSON.readTree(nurlans.body()).get("appealId").asText();
        awaitView(nurlansId, "citizen-nurlan", v -> true);
        assertProblem(get("/api/appeals/" + nurlansId, "citizen-aigerim"), 403);
    }

    // ------------------------------------------------------------------------------------------ scenario 2: collective

    @Test
    void scenario2_collectiveAppeal_art22_aNeighbourJoins_andTheActReachesTheRepresentativeAndEveryMember()
            throws Exception {
        String dana = "870612400201";
        HttpResponse<String> filed = file("""
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "members":[{"type":"INDIVIDUAL","iin":"%s","fullName":"Nurlan Abenov",
                 "postalAddress":"Almaty, Abay ave 10, apt 3"}],"language":"KK",
                 "addressee":{"bodyId":"%s","name":"%s"},
                 "substance":"The heating of building 10 is off","form":"ELECTRONIC","channel":"E_OTINISH"}"""
                .formatted(AIGERIM_IIN, NURLAN_IIN, AKIMAT, AKIMAT), PORTAL, UUID.randomUUID().toString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String appealId = JSON.readTree(filed.body()).get("appealId").asText();
        // art. 22(1): a neighbour joins the procedure under way, at the akimat's registry
        actOk(appealId, "members", """
                {"member":{"type":"INDIVIDUAL","iin":"%s","fullName":"Dana Akhmetova",
                 "postalAddress":"Almaty, Abay ave 10, apt 12"}}""".formatted(dana), "registrar-almaty");
        actOk(appealId, "assign", assign("executor-almaty"), "head-almaty");
        actOk(appealId, "hearing-skipped", "{\"reason\":\"PARTICIPANT_REQUEST\",\"details\":\"asked in writing\"}",
                "executor-almaty");
        // arts. 22, 89(2): the appeal is in Kazakh; an act in Russian is refused, one in Kazakh issued
        String act = act("2-A", GOVERNMENT);
        assertProblem(act(appealId, "act", act.replace("\"route\"", "\"language\":\"RU\",\"route\""),
                "executor-almaty"), 422);
        actOk(appealId, "act", act.replace("\"route\"", "\"language\":\"KK\",\"route\""), "executor-almaty");
        // art. 66(2): the act goes to the representative and to every member, each delivery recorded
        String at = Instant.now().atZone(ALMATY).toOffsetDateTime().toString();
        actOk(appealId, "deliveries", """
                {"document":"ADMINISTRATIVE_ACT","documentRef":"2-A","deliveries":[
                 {"recipientId":"%s","channel":"EGOV_CABINET_AND_SMS","deliveredAt":"%s","proof":"sms 1"},
                 {"recipientId":"%s","channel":"REGISTERED_MAIL","deliveredAt":"%s","proof":"mail 2"},
                 {"recipientId":"%s","channel":"EMAIL","deliveredAt":"%s","proof":"mail id 3"}]}"""
                .formatted(AIGERIM_IIN, at, NURLAN_IIN, at, dana, at), "executor-almaty");

        JsonNode view = awaitView(appealId, "executor-almaty", v -> v.path("deliveries").size() == 3);
        List<String> reached = new ArrayList<>();
        view.get("deliveries").forEach(d -> reached.add(d.get("recipientId").asText()));
        assertThat(reached).containsExactlyInAnyOrder(AIGERIM_IIN, NURLAN_IIN, dana);
        assertThat(read("/api/appeals/" + appealId + "/intake", "executor-almaty").get("answerLanguage").asText())
                .isEqualTo("KK");
    }

    // ------------------------------------------------------------------------------------------ scenario 4: defects

    @Test
    void scenario4_anAppealWithoutAPostalAddressIsAcceptedAndItsFixIsAskedFor_art64() throws Exception {
        // art. 64(1): no postal address is no reason to refuse; the appeal is registered with its talon
        HttpResponse<String> filed = file("""
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "phone":"+77011234567"},"addressee":{"bodyId":"%s","name":"%s"},
                 "substance":"The bus stop has no roof","form":"ELECTRONIC","channel":"E_OTINISH"}"""
                .formatted(AIGERIM_IIN, AKIMAT, AKIMAT), PORTAL, UUID.randomUUID().toString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(filed.body());
        assertThat(receipt.get("registrationNumber").asText()).startsWith("ЖТ-");
        String appealId = receipt.get("appealId").asText();
        awaitView(appealId, "registrar-almaty", v -> "REGISTERED".equals(v.path("state").asText()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                read("/api/appeals/" + appealId + "/intake", "registrar-almaty").get("defects").toString())
                .contains("applicant.postalAddress"));
        // art. 64(6): the registrar asks for the fix within a reasonable period
        LocalDate fixBy = today().plusDays(14);
        actOk(appealId, "defects", "{\"defects\":[\"the postal address\"],\"fixBy\":\"" + fixBy + "\"}",
                "registrar-almaty");
        awaitView(appealId, "registrar-almaty", v -> "AWAITING_CORRECTION".equals(v.path("state").asText()));
        // an anonymous appeal is recorded and not considered (art. 64(7-2))
        HttpResponse<String> anonymous = file("""
                {"kind":"APPLICATION","addressee":{"bodyId":"%s","name":"%s"},
                 "substance":"Someone should repair the road","form":"PAPER","channel":"POST"}"""
                .formatted(AKIMAT, AKIMAT), PORTAL, UUID.randomUUID().toString());
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(201);
        awaitView(JSON.readTree(anonymous.body()).get("appealId").asText(), "registrar-almaty",
                v -> "NOT_CONSIDERED".equals(v.path("state").asText()));
    }

    // ------------------------------------------------------------------------------------------ scenario 3: redirect

    @Test
    void scenario3_wrongBody_art65_theRegistrarRedirectsAndOnlyThePoliceSeesItThen() throws Exception {
        String whole = fileAppeal("The police refused me a permit");
        awaitView(whole, "registrar-almaty", v -> "REGISTERED".equals(v.path("state").asText()));
        // the police cannot act on what the akimat holds
        assertProblem(act(whole, "redirect", redirect(AKIMAT, null), "registrar-police"), 403);
        actOk(whole, "redirect", redirect(POLICE, null), "registrar-almaty");
        awaitView(whole, "executor-police", v -> POLICE.equals(v.path("bodyId").asText()));
        assertThat(read("/api/appeals/" + whole, "registrar-police").get("bodyId").asText()).isEqualTo(POLICE);
        assertProblem(get("/api/appeals/" + whole, "registrar-almaty"), 403);
        assertProblem(get("/api/appeals/" + whole, "executor-almaty"), 403);
        // and the akimat may no longer act on it
        assertProblem(act(whole, "assign", "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"executor-almaty\"}",
                "head-almaty"), 403);

        // only a part concerns the police: it becomes a child appeal with its own number, held by the police
        String parent = fileAppeal("Street lighting, and a neighbour's illegal parking");
        awaitView(parent, "registrar-almaty", v -> "REGISTERED".equals(v.path("state").asText()));
        JsonNode redirected = actOk(parent, "redirect", redirect(POLICE, "a neighbour's illegal parking"),
                "registrar-almaty");
        String child = redirected.get("created").get("appealId").asText();
        assertThat(redirected.get("created").get("registrationNumber").asText()).isNotBlank();
        JsonNode childView = awaitView(child, "executor-police", v -> true);
        assertThat(childView.get("bodyId").asText()).isEqualTo(POLICE);
        assertProblem(get("/api/appeals/" + child, "registrar-almaty"), 403);
        assertThat(read("/api/appeals/" + parent, "registrar-almaty").get("bodyId").asText()).isEqualTo(AKIMAT);
        assertProblem(get("/api/appeals/" + parent, "executor-police"), 403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> listed = new ArrayList<>();
            read("/api/appeals?body=" + POLICE + "&size=200", "registrar-police").get("items")
                    .forEach(i -> listed.add(i.get("appealId").asText()));
            assertThat(listed).contains(whole, child).doesNotContain(parent);
        });
        assertProblem(get("/api/appeals?body=" + POLICE, "registrar-almaty"), 403);
    }

    static String redirect(String to, String part) {
        return "{\"to\":{\"bodyId\":\"" + to + "\",\"name\":\"" + to + "\"},\"reason\":\"outside our competence\","
                + "\"arrivesOn\":\"" + today() + "\"" + (part == null ? "" : ",\"part\":\"" + part + "\"") + "}";
    }

    // ------------------------------------------------------------------------------------------ scenario 4: defects, repeats

    /**
     * Scenario 4 (issue 12): an application without a postal address is accepted and registered, and the applicant is
     * asked to fix it (art. 64(1), 64(6)); it cannot be returned while the period to fix runs (64(7)(1); its passing is
     * the deadline manager's, tested in DeadlineTest). The same person repeats, at the same body and with nothing new,
     * an appeal whose procedure that body terminated: it is returned with reasons, due within 3 working days of its
     * registration (64(7)(2)); only when it comes once more is it attached without an answer (64(8)). A repeat of a
     * decided matter is terminated, with notice due in 3 working days (70(1)(1)).
     */
    @Test
    void scenario4_defectsAndRepeats_art64_art70() throws Exception {
        String noAddress = """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "phone":"+77011234567"},"addressee":{"bodyId":"%s","name":"%s"},
                 "substance":"Broken street lighting","form":"ELECTRONIC","channel":"E_OTINISH"}"""
                .formatted(AIGERIM_IIN, AKIMAT, AKIMAT);
        HttpResponse<String> filed = file(noAddress, PORTAL, UUID.randomUUID().toString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String defective = JSON.readTree(filed.body()).get("appealId").asText();
        LocalDate fixBy = workingDayOnOrAfter(today().plusDays(7), "registrar-almaty");
        actOk(defective, "defects", "{\"defects\":[\"postal address\"],\"fixBy\":\"" + fixBy + "\"}",
                "registrar-almaty");
        HttpResponse<String> early = act(defective, "return",
                "{\"ground\":\"DEFECTS_NOT_FIXED_IN_TIME\",\"reasons\":\"no postal address\"}", "registrar-almaty");
        assertProblem(early, 422);
        JsonNode awaiting = awaitView(defective, "registrar-almaty",
                v -> "AWAITING_CORRECTION".equals(v.path("state").asText()));
        assertThat(awaiting.get("deadlines")).anySatisfy(d -> {
            assertThat(d.get("timer").asText()).isEqualTo("DEFECT_CORRECTION");
            assertThat(d.get("dueDate").asText()).isEqualTo(fixBy.toString());
        });

        // an earlier appeal of hers at the akimat, withdrawn; the akimat terminated its procedure (art. 70)
        String earlier = fileAppeal("A bus stop on Abay avenue");
        actOk(earlier, "withdraw", "{\"statement\":\"I withdraw my appeal\"}", "citizen-aigerim");
        actOk(earlier, "terminate", "{\"ground\":\"WITHDRAWN\",\"reasons\":\"withdrawn in writing\"}",
                "head-almaty");

        // the same grievance again, nothing new: returned within 3 working days of its registration
        JsonNode repeatReceipt = fileForAigerim("APPLICATION", "A bus stop on Abay avenue");
        String repeat = repeatReceipt.get("appealId").asText();
        LocalDate registered = LocalDate.parse(repeatReceipt.get("registeredOn").asText());
        LocalDate returnBy = nthWorkingDayAfter(registered, 3, "registrar-almaty");
        String nothingNew = "{\"earlierAppealId\":\"" + earlier + "\",\"newArguments\":false}";
        actOk(repeat, "repeat-of", nothingNew, "registrar-almaty");
        JsonNode toReturn = awaitView(repeat, "registrar-almaty", v -> {
            for (JsonNode d : v.path("deadlines")) {
                if ("RETURN".equals(d.path("timer").asText())) {
                    return true;
                }
            }
            return false;
        });
        assertThat(toReturn.get("deadlines")).anySatisfy(d -> {
            assertThat(d.get("timer").asText()).isEqualTo("RETURN");
            assertThat(d.get("dueDate").asText()).isEqualTo(returnBy.toString());
        });
        actOk(repeat, "return", "{\"ground\":\"REPEAT_WITHOUT_NEW_ARGUMENTS\",\"reasons\":\"repeats the "
                + "terminated appeal, with nothing new\"}", "registrar-almaty");
        awaitView(repeat, "registrar-almaty", v -> "RETURNED".equals(v.path("state").asText()));

        // once more: attached to the case without an answer
        String again = fileForAigerim("APPLICATION", "A bus stop on Abay avenue").get("appealId").asText();
        actOk(again, "repeat-of", "{\"earlierAppealId\":\"" + repeat + "\",\"newArguments\":false}",
                "registrar-almaty");
        awaitView(again, "registrar-almaty", v -> "ATTACHED".equals(v.path("state").asText()));

        // a repeat of a matter already decided: terminated, the notice due in 3 working days
        String decided = fileAppeal("A bench in the park");
        actOk(decided, "assign", assign("executor-almaty"), "head-almaty");
        actOk(decided, "act", """
                {"actNumber":"4-A","nature":"FAVOURABLE","outcome":"SATISFIED","summary":"a bench is installed",
                 "route":{"bodyId":"%s","bodyName":"Government Office","period":"3 months from delivery",
                          "procedure":"in writing or through e-Otinish"}}""".formatted(GOVERNMENT), "executor-almaty");
        String decidedRepeat = fileAppeal("A bench in the park");
        actOk(decidedRepeat, "repeat-of", "{\"earlierAppealId\":\"" + decided + "\",\"newArguments\":false,"
                + "\"reasons\":\"decided by act 4-A\"}", "registrar-almaty");
        LocalDate noticeBy = nthWorkingDayAfter(today(), 3, "registrar-almaty");
        JsonNode terminated = awaitView(decidedRepeat, "registrar-almaty",
                v -> "TERMINATED".equals(v.path("state").asText()));
        assertThat(terminated.get("deadlines")).anySatisfy(d -> {
            assertThat(d.get("timer").asText()).isEqualTo("TERMINATION_NOTICE");
            assertThat(d.get("dueDate").asText()).isEqualTo(noticeBy.toString());
        });
    }

    /** The {@code n}-th working day after {@code from}, by the query side's calendar. */
    static LocalDate nthWorkingDayAfter(LocalDate from, int n, String who) throws Exception {
        LocalDate day = from;
        for (int i = 0; i < n; i++) {
            day = workingDayOnOrAfter(day.plusDays(1), who);
        }
        return day;
    }

    // ------------------------------------------------------------------------------------------ scenario 5: officials

    @Test
    void scenario5_headAssigns_deputyExtends_art76_preliminaryDecisionAndHearing_art73() throws Exception {
        JsonNode receipt = fileForAigerim("APPLICATION", "A permit for a kiosk");
        String appealId = receipt.get("appealId").asText();
        LocalDate due = LocalDate.parse(receipt.get("dueDate").asText());
        // the executor may not assign; the head may
        assertProblem(act(appealId, "assign", assign("executor-almaty"), "executor-almaty"), 403);
        actOk(appealId, "assign", assign("executor-almaty"), "head-almaty");
        // only the head, a deputy or the chief of staff extends (art. 76(3)); the executor is refused
        LocalDate extendedTo = workingDayOnOrAfter(due.plusDays(14), "deputy-almaty");
        String extend = "{\"motivation\":\"facts awaited from the migration service\",\"newDueDate\":\""
                + extendedTo + "\"}";
        assertProblem(act(appealId, "extend", extend, "executor-almaty"), 403);
        JsonNode extended = actOk(appealId, "extend", extend, "deputy-almaty");
        assertThat(extended.get("appealId").asText()).isEqualTo(appealId);

        actOk(appealId, "preliminary-decision", "{\"nature\":\"BURDENSOME\",\"summary\":\"refuse the permit\"}",
                "executor-almaty");
        // the applicant objects and asks to be heard, from her own account; nobody else's citizen may
        String objections = "{\"objections\":\"the facts are wrong\",\"oralHearingRequested\":true}";
        assertProblem(act(appealId, "objections", objections, "citizen-nurlan"), 403);
        actOk(appealId, "objections", objections, "citizen-aigerim");
        long heard = actOk(appealId, "hearing", "{\"oral\":true,\"participants\":[\"Aigerim Sadykova\"],"
                + "\"protocolSummary\":\"the applicant explained\"}", "executor-almaty").get("version").asLong();
        // a citizen never issues an act (403); the executor may, but not before the notice period of art. 73 ran
        assertProblem(act(appealId, "act", act("5-A", GOVERNMENT), "citizen-aigerim"), 403);
        HttpResponse<String> early = act(appealId, "act", act("5-A", GOVERNMENT), "executor-almaty");
        assertProblem(early, 422);
        assertThat(JSON.readTree(early.body()).get("detail").asText()).contains("APPC art. 73");

        // the applicant sees her appeal as of the hearing: still in the hearing stage until the act (arts. 73-74, the
        // shared lifecycle the read side now folds through), due on the extended date
        JsonNode view = awaitView(appealId, "citizen-aigerim", v -> v.path("version").asLong() >= heard);
        assertThat(view.get("state").asText()).isEqualTo("HEARING");
        assertThat(view.get("deadlines")).anySatisfy(d -> {
            assertThat(d.get("timer").asText()).isEqualTo("REVIEW");
            assertThat(d.get("dueDate").asText()).isEqualTo(extendedTo.toString());
        });
        // the actor on each event is the token's: the deputy's subject extended, the executor heard (the state is
        // HEARING from the preliminary decision on, so wait for the last event itself)
        String deputy = claim("deputy-almaty", "sub");
        String executor = claim("executor-almaty", "sub");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode history = read("/api/audit/appeals/" + appealId + "/events", "auditor");
            assertThat(history).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("ReviewPeriodExtended");
                assertThat(e.get("actor").get("userId").asText()).isEqualTo(deputy);
                assertThat(e.get("actor").get("role").asText()).isEqualTo("DEPUTY_HEAD");
                assertThat(e.get("actor").get("position").asText()).isNotBlank();
            });
            assertThat(history).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("HearingHeld");
                assertThat(e.get("actor").get("userId").asText()).isEqualTo(executor);
            });
        });
    }

    /** The extended due date must be a working day (art. 76(5)): the first one on or after {@code from}. */
    static LocalDate workingDayOnOrAfter(LocalDate from, String who) throws Exception {
        java.util.Set<LocalDate> off = new java.util.HashSet<>();
        // a working day follows within a month; only the years that month touches need to be loaded
        for (int year = from.getYear(); year <= from.plusDays(31).getYear(); year++) {
            read("/api/calendar/" + year, who).get("nonWorkingDays")
                    .forEach(d -> off.add(LocalDate.parse(d.get("date").asText())));
        }
        LocalDate day = from;
        while (off.contains(day) || day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        return day;
    }

    static String assign(String executor) {
        return "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"" + executor + "\"}";
    }

    static String act(String number, String reviewBody) {
        return """
                {"actNumber":"%s","nature":"BURDENSOME","outcome":"REFUSED","summary":"permit refused",
                 "route":{"bodyId":"%s","bodyName":"Government Office","period":"3 months from delivery",
                          "procedure":"in writing or through e-Otinish"}}""".formatted(number, reviewBody);
    }

    // ------------------------------------------------------------------------------------------ scenario 6: review

    @Test
    void scenario6_theActIsIssued_theCitizenComplains_art91_andOnlyTheReviewBodyDecides_art97() throws Exception {
        String appealId = fileAppeal("A permit for a market stall");
        actOk(appealId, "assign", assign("executor-almaty"), "head-almaty");
        // the applicant asked for no hearing (art. 73(2)): the burdensome act may follow at once
        actOk(appealId, "hearing-skipped", "{\"reason\":\"PARTICIPANT_REQUEST\",\"details\":\"asked in writing\"}",
                "executor-almaty");
        // an official of another body may not adopt the act
        assertProblem(act(appealId, "act", act("6-A", GOVERNMENT), "executor-police"), 403);
        actOk(appealId, "act", act("6-A", GOVERNMENT), "executor-almaty");

        HttpResponse<String> complained = act(appealId, "complaints", """
                {"against":"ACT","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10"},"substance":"the refusal is unlawful",
                 "form":"ELECTRONIC","channel":"E_OTINISH","learnedOfActOn":"%s"}""".formatted(AIGERIM_IIN, today()),
                "citizen-aigerim");
        assertThat(complained.statusCode()).as(complained.body()).isEqualTo(201);
        String complaint = JSON.readTree(complained.body()).get("appealId").asText();

        // the body whose act is challenged forwards it with the case (art. 91(4))
        String forward = "{\"reviewBody\":{\"bodyId\":\"" + GOVERNMENT + "\",\"name\":\"Government Office\"},"
                + "\"caseFileAttached\":true}";
        actOk(complaint, "forward", forward, "registrar-almaty");

        // the review body hears both sides before it may refuse the complaint (art. 98(3))
        actOk(complaint, "hearing", "{\"oral\":true,\"participants\":[\"Aigerim Sadykova\",\"Akimat of Almaty\"],"
                + "\"protocolSummary\":\"both sides heard\"}", "reviewer-gov");
        String decision = "{\"outcome\":\"COMPLAINT_UNSATISFIED\",\"reasons\":\"the act is lawful\"}";
        // the head of the body that issued the act may not decide the complaint against it (art. 97(2))
        assertProblem(act(complaint, "complaint-decision", decision, "head-almaty"), 403);
        // nor the registrar of the review body: only its complaint reviewer
        assertProblem(act(complaint, "complaint-decision", decision, "head-police"), 403);
        JsonNode decided = actOk(complaint, "complaint-decision", decision, "reviewer-gov");
        assertThat(decided.get("appealId").asText()).isEqualTo(complaint);

        JsonNode view = awaitView(complaint, "reviewer-gov", v -> v.path("outcome").asText().length() > 0);
        assertThat(view.get("outcome").asText()).isEqualTo("COMPLAINT_UNSATISFIED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> listed = new ArrayList<>();
            read("/api/appeals?reviewBody=" + GOVERNMENT + "&size=200", "reviewer-gov").get("items")
                    .forEach(i -> listed.add(i.get("appealId").asText()));
            assertThat(listed).contains(complaint);
        });
        // the review body reads the complaint, not the akimat's other appeals
        assertProblem(get("/api/appeals/" + fileAppeal("unrelated"), "reviewer-gov"), 403);
        awaitView(complaint, "citizen-aigerim", v -> true);
    }

    // ------------------------------------------------------------------------------------------ scenario 7: dashboard

    @Test
    void scenario7_theHeadsMorningDashboardShowsItsOwnBodyOnly() throws Exception {
        String appealId = fileAppeal("The courtyard has not been cleaned");
        actOk(appealId, "assign", assign("executor2-almaty"), "head-almaty");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode dashboard = read("/api/bodies/" + AKIMAT + "/dashboard", "head-almaty");
            assertThat(dashboard.get("bodyId").asText()).isEqualTo(AKIMAT);
            assertThat(dashboard.get("executors")).anySatisfy(e -> {
                assertThat(e.get("executorId").asText()).isEqualTo("executor2-almaty");
                assertThat(e.get("openAppeals").asLong()).isPositive();
            });
            assertThat(dashboard.has("dueWithin")).isTrue();
            assertThat(dashboard.has("overdue")).isTrue();
            assertThat(dashboard.get("extensions").has("inMonth")).isTrue();
        });
        assertThat(read("/api/statistics?body=" + AKIMAT, "controller-almaty")).isNotNull();
        assertProblem(get("/api/bodies/" + POLICE + "/dashboard", "head-almaty"), 403);
        assertProblem(get("/api/bodies/" + AKIMAT + "/dashboard", "citizen-aigerim"), 403);
    }

    // ------------------------------------------------------------------------------------------ scenario 8: prosecutor

    @Test
    void scenario8_theProsecutorsExportIsReproducibleAndTheAuditorSeesItInTheAccessLog() throws Exception {
        String appealId = fileAppeal("Export me");
        awaitView(appealId, "prosecutor", v -> "REGISTERED".equals(v.path("state").asText()));
        String window = "&from=" + enc(classStart.minusSeconds(60).toString()) + "&to="
                + enc(Instant.now().toString());
        HttpResponse<String> export = get("/api/audit/export?body=" + AKIMAT + window, "prosecutor");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains(appealId);
        // the same filter later gives the same lines
        assertThat(get("/api/audit/export?body=" + AKIMAT + window, "prosecutor").body()).isEqualTo(export.body());
        long lines = export.body().lines().count();
        // exports are for supervision and audit only
        assertProblem(get("/api/audit/export?body=" + AKIMAT, "head-almaty"), 403);
        assertProblem(get("/api/audit/export?body=" + AKIMAT, "operator"), 403);
        assertProblem(get("/api/audit/export?body=" + AKIMAT, "citizen-aigerim"), 403);

        String prosecutor = claim("prosecutor", "sub");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode log = read("/api/audit/access-log?subject=" + prosecutor + "&action=audit.export&size=50",
                    "auditor");
            assertThat(log.get("items")).anySatisfy(e -> {
                assertThat(e.get("actingRole").asText()).isEqualTo("PROSECUTOR");
                assertThat(e.get("endpoint").asText()).isEqualTo("/api/audit/export");
                assertThat(e.get("filter").get("body").asText()).isEqualTo(AKIMAT);
                assertThat(e.get("recordCount").asLong()).isEqualTo(lines);
                assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
            });
        });
        assertProblem(get("/api/audit/access-log", "head-almaty"), 403);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------ scenarios 9-10

    @Test
    void scenarios9and10_theOperatorReloadsTheCalendarAndRebuildsButReadsNoAppeal() throws Exception {
        String appealId = fileAppeal("Operator must not see this");
        awaitView(appealId, "auditor", v -> true);

        HttpResponse<String> commandReload = send(base(command) + "/api/admin/calendar/reload", "POST", "{}",
                "operator", null);
        assertThat(commandReload.statusCode()).as(commandReload.body()).isEqualTo(200);
        assertThat(JSON.readTree(commandReload.body()).get("calendarVersions")).isNotEmpty();
        HttpResponse<String> queryReload = send(base(query) + "/api/admin/calendar/reload", "POST", "{}",
                "operator", null);
        assertThat(queryReload.statusCode()).as(queryReload.body()).isEqualTo(200);
        assertProblem(send(base(command) + "/api/admin/calendar/reload", "POST", "{}", "head-almaty", null), 403);

        assertThat(read("/api/admin/read-models", "operator")).isNotEmpty();
        HttpResponse<String> started = send(base(query) + "/api/admin/read-models/rebuilds", "POST", "{}",
                "operator", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = JSON.readTree(started.body()).get("progress").asText();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"RUNNING".equals(read(progress, "operator").get("status").asText()));
        assertThat(read(progress, "operator").get("status").asText()).isEqualTo("DONE");
        assertProblem(send(base(query) + "/api/admin/read-models/rebuilds", "POST", "{}", "auditor", null), 403);

        // no access to appeal contents
        assertProblem(get("/api/appeals/" + appealId, "operator"), 403);
        assertProblem(get("/api/appeals?body=" + AKIMAT, "operator"), 403);
        assertProblem(get("/api/audit/appeals/" + appealId + "/events", "operator"), 403);
    }

    // ------------------------------------------------------------------------------------------ delivery (art. 66)

    @Test
    void aDecidedAppealShowsItsExecutorDeadlineAndDeliveryAtTheQuerySide() throws Exception {
        String appealId = fileForAigerim("REQUEST", "How is the heating tariff computed?").get("appealId").asText();
        actOk(appealId, "assign", "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"executor-almaty\","
                + "\"coExecutors\":[\"executor2-almaty\"]}", "head-almaty");
        actOk(appealId, "simplified-answer", """
                {"outcome":"EXPLAINED","answer":"The tariff follows the regulator's order.",
                 "lawsCited":["Law on natural monopolies"]}""", "executor-almaty");
        actOk(appealId, "deliveries", """
                {"document":"SIMPLIFIED_ANSWER","deliveries":[{"recipientId":"900101300017",
                 "channel":"EGOV_CABINET_AND_SMS","deliveredAt":"%s","proof":"sms 42"}]}"""
                .formatted(Instant.now().atZone(ALMATY).toOffsetDateTime()), "executor-almaty");

        JsonNode view = awaitView(appealId, "citizen-aigerim", v -> v.path("deliveries").size() == 1);
        assertThat(view.get("state").asText()).isEqualTo("DECIDED");
        assertThat(view.get("outcome").asText()).isEqualTo("EXPLAINED");
        assertThat(view.get("executorId").asText()).isEqualTo("executor-almaty");
        assertThat(view.get("deadlines")).anySatisfy(d -> {
            assertThat(d.get("timer").asText()).isEqualTo("REVIEW");
            assertThat(d.get("status").asText()).isEqualTo("MET");
        });
        assertThat(view.get("deliveries").get(0).get("channel").asText()).isEqualTo("EGOV_CABINET_AND_SMS");
        String executor = claim("executor-almaty", "sub");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                read("/api/audit/appeals/" + appealId + "/events", "auditor")).anySatisfy(e -> {
                    assertThat(e.get("type").asText()).isEqualTo("SimplifiedAnswerGiven");
                    assertThat(e.get("actor").get("userId").asText()).isEqualTo(executor);
                    assertThat(e.get("actor").get("role").asText()).isEqualTo("EXECUTOR");
                }));
    }

    // ------------------------------------------------------------------------------------------ scenario 11: outage

    @Test
    void scenario11_whileTheBrokerIsDownCommandsSucceedAndEveryEventArrivesOnceAfterwards() throws Exception {
        broker.close();
        List<String> filedDuringOutage = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filedDuringOutage.add(fileAppeal("Filed while Kafka was down #" + i));
        }
        broker = startBroker();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (String id : filedDuringOutage) {
                HttpResponse<String> r = get("/api/appeals/" + id, "auditor");
                if (r.statusCode() != 200 || !"REGISTERED".equals(JSON.readTree(r.body()).get("state").asText())) {
                    return false;
                }
            }
            return true;
        });
        for (String id : filedDuringOutage) {
            JsonNode history = read("/api/audit/appeals/" + id + "/events", "auditor");
            List<Long> sequences = new ArrayList<>();
            List<String> types = new ArrayList<>();
            history.forEach(e -> {
                sequences.add(e.get("sequence").asLong());
                types.add(e.get("type").asText());
            });
            // every event of the appeal once: positions 0, 1, 2 ... with no repeat and no gap
            assertThat(sequences).isEqualTo(java.util.stream.LongStream.range(0, sequences.size()).boxed().toList());
            assertThat(types).startsWith("AppealFiled", "AppealRegistered").containsOnlyOnce("AppealRegistered");
            assertThat(readModel(id).get("version").asLong()).isEqualTo(sequences.size() - 1);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
