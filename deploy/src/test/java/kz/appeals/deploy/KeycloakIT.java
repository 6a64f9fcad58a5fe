package kz.appeals.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The launcher's identity provider: Keycloak from the Maven Central zip, the realm imported from
 * deploy/src/main/keycloak/appeals-realm.json with the generated secrets, tokens carrying the claims the services
 * rely on (roles, body_id, position, iin, name, aud = appeals-api). One class because Keycloak takes about a minute
 * to start on a small machine; the launcher runs in infra-only mode on free ports.
 */
class KeycloakIT {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;
    static Launcher launcher;
    static final List<ProcessHandle> started = new ArrayList<>();
    static String tokenEndpoint;
    static String demoPassword;

    @BeforeAll
    static void start() throws Exception {
        LauncherConfig config = LauncherConfig.builder(REPO)
                .dataDir(tmp.resolve(".data"))
                .pgPort(LauncherInfraTest.freePort())
                .kafkaPort(LauncherInfraTest.freePort())
                .kafkaControllerPort(LauncherInfraTest.freePort())
                .keycloakPort(LauncherInfraTest.freePort())
                .keycloakManagementPort(LauncherInfraTest.freePort())
                .infraOnly(true)
                .environment(System.getenv())
                .build();
        launcher = Launcher.start(config);
        launcher.keycloakServer().map(k -> k.process().toHandle()).ifPresent(started::add);
        tokenEndpoint = launcher.keycloakServer().orElseThrow().tokenEndpoint();
        demoPassword = Files.readString(tmp.resolve(".data/secrets/demo-password")).trim();
    }

    @AfterAll
    static void stop() {
        if (launcher != null) {
            launcher.close();
        }
        for (ProcessHandle h : started) {
            assertThat(h.isAlive()).as("Keycloak still running after close").isFalse();
        }
    }

    @Test
    void theServicesAreToldTheRealmAsIssuerAndTheAudience() {
        String issuer = launcher.issuerUri();
        assertThat(issuer).isEqualTo("http://127.0.0.1:" + launcher.config().keycloakPort() + "/realms/appeals");
        for (String module : List.of("command-service", "query-service")) {
            assertThat(launcher.serviceEnvironment(module)).containsEntry("OIDC_ISSUER_URI", issuer)
                    .containsEntry("OIDC_AUDIENCE", "appeals-api");
        }
    }

    @Test
    void anOfficialsTokenCarriesRolesBodyPositionNameAndAudience() throws Exception {
        JsonNode claims = claims(passwordGrant("agency-dashboard", "head-almaty", demoPassword));
        assertThat(claims.get("iss").asText()).isEqualTo(launcher.issuerUri());
        assertThat(audiences(claims)).contains("appeals-api");
        assertThat(texts(claims.get("roles"))).containsExactly("HEAD");
        assertThat(claims.get("body_id").asText()).isEqualTo("almaty-akimat");
        assertThat(claims.get("position").asText()).isEqualTo("Akim");
        assertThat(claims.get("name").asText()).isNotBlank();
        assertThat(claims.get("preferred_username").asText()).isEqualTo("head-almaty");
        assertThat(claims.has("iin")).isFalse();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600);

        JsonNode reviewer = claims(passwordGrant("agency-dashboard", "reviewer-gov", demoPassword));
        assertThat(texts(reviewer.get("roles"))).containsExactly("COMPLAINT_REVIEWER");
        assertThat(reviewer.get("body_id").asText()).isEqualTo("kz-government-office");
    }

    @Test
    void aCitizensTokenCarriesTheIin() throws Exception {
        JsonNode aigerim = claims(passwordGrant("citizen-portal", "citizen-aigerim", demoPassword));
        assertThat(texts(aigerim.get("roles"))).containsExactly("CITIZEN");
        assertThat(aigerim.get("iin").asText()).isEqualTo("900101300017");
        assertThat(aigerim.get("name").asText()).isEqualTo("Aigerim Sadykova");
        assertThat(aigerim.has("body_id")).isFalse();
        assertThat(audiences(aigerim)).contains("appeals-api");
        assertThat(claims(passwordGrant("citizen-portal", "citizen-nurlan", demoPassword)).get("iin").asText())
                .isEqualTo("850515300016");
    }

    @Test
    void everyDemoUserSignsInWithTheGeneratedPasswordAndNoOtherOne() throws Exception {
        Map<String, String> expectedRole = new LinkedHashMap<>();
        for (String[] u : new String[][] {{"registrar-almaty", "REGISTRAR"}, {"executor-almaty", "EXECUTOR"},
                {"executor2-almaty", "EXECUTOR"}, {"deputy-almaty", "DEPUTY_HEAD"}, {"chief-almaty", "CHIEF_OF_STAFF"},
                {"controller-almaty", "CONTROLLER"}, {"registrar-police", "REGISTRAR"}, {"executor-police", "EXECUTOR"},
                {"head-police", "HEAD"}, {"head-gov", "HEAD"}, {"prosecutor", "PROSECUTOR"}, {"auditor", "AUDITOR"},
                {"operator", "OPERATOR"}}) {
            expectedRole.put(u[0], u[1]);
        }
        for (Map.Entry<String, String> e : expectedRole.entrySet()) {
            HttpResponse<String> r = passwordGrant("operator-console", e.getKey(), demoPassword);
            assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isEqualTo(200);
            assertThat(texts(claims(r).get("roles"))).as(e.getKey()).containsExactly(e.getValue());
        }
        assertThat(claims(passwordGrant("agency-dashboard", "executor-police", demoPassword)).get("body_id").asText())
                .isEqualTo("almaty-police");
        assertThat(passwordGrant("agency-dashboard", "head-almaty", "not-the-password").statusCode()).isEqualTo(401);
    }

    @Test
    void thePortalGetsATokenWithItsClientSecretOnly() throws Exception {
        String secret = Files.readString(tmp.resolve(".data/secrets/e-otinish-portal-secret")).trim();
        JsonNode portal = claims(post(Map.of("grant_type", "client_credentials", "client_id", "e-otinish-portal",
                "client_secret", secret)));
        assertThat(texts(portal.get("roles"))).containsExactly("PORTAL");
        assertThat(audiences(portal)).contains("appeals-api");
        assertThat(portal.get("azp").asText()).isEqualTo("e-otinish-portal");

        assertThat(post(Map.of("grant_type", "client_credentials", "client_id", "e-otinish-portal",
                "client_secret", "wrong")).statusCode()).isEqualTo(401);
        // a public client has no service account
        assertThat(post(Map.of("grant_type", "client_credentials", "client_id", "citizen-portal")).statusCode())
                .isBetween(400, 401);
    }

    @Test
    void theRealmFileInTheRepositoryHoldsNoSecret() throws Exception {
        String realm = Files.readString(REPO.resolve("deploy/src/main/keycloak/appeals-realm.json"));
        assertThat(realm).contains("${APPEALS_DEMO_PASSWORD}", "${APPEALS_PORTAL_CLIENT_SECRET}")
                .doesNotContain(demoPassword);
    }

    static HttpResponse<String> passwordGrant(String client, String user, String password) throws Exception {
        return post(Map.of("grant_type", "password", "client_id", client, "username", user, "password", password));
    }

    static HttpResponse<String> post(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The access token's payload, decoded (the signature is the services' business, checked against the JWKS). */
    static JsonNode claims(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("access_token").asText();
        String payload = token.split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
