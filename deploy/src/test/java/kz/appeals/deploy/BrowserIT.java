package kz.appeals.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The browser pages of query-service in Debian's Chromium, against the whole system as the launcher runs it (Keycloak
 * with the appeals realm, PostgreSQL, Kafka, both service jars) on free ports: a head signs in on Keycloak's own login
 * page (authorization code + PKCE), sees the dashboard, sees an appeal filed meanwhile appear without a reload, opens
 * it, switches the language, exports the list; a citizen signs in and sees their status page. Each page is saved as
 * a screenshot in {@code target/screenshots}. The methods run in order on one browser: each continues the last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String AIGERIM_IIN = "900101300017";

    @TempDir
    static Path tmp;
    static Launcher launcher;
    static WebDriver browser;
    static WebDriverWait wait;
    static String query;
    static String command;
    static String demoPassword;
    static String registrationNumber;
    static String appealId;

    @BeforeAll
    static void start() throws Exception {
        int queryPort = LauncherInfraTest.freePort();
        int commandPort = LauncherInfraTest.freePort();
        LauncherConfig config = LauncherConfig.builder(REPO)
                .dataDir(tmp.resolve(".data"))
                .realmFile(realmFor(queryPort))
                .pgPort(LauncherInfraTest.freePort())
                .kafkaPort(LauncherInfraTest.freePort())
                .kafkaControllerPort(LauncherInfraTest.freePort())
                .keycloakPort(LauncherInfraTest.freePort())
                .keycloakManagementPort(LauncherInfraTest.freePort())
                .commandPort(commandPort)
                .queryPort(queryPort)
                .environment(System.getenv())
                .build();
        launcher = Launcher.start(config);
        query = "http://127.0.0.1:" + queryPort;
        command = "http://127.0.0.1:" + commandPort;
        demoPassword = Files.readString(tmp.resolve(".data/secrets/demo-password")).trim();
        Files.createDirectories(SCREENSHOTS);
        browser = chromium(tmp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (launcher != null) {
            launcher.close();
        }
    }

    /**
     * The repository's realm with this run's query-service port among the pages' redirect URIs: the realm names the
     * default port 8082 only, which a test must not bind.
     */
    static Path realmFor(int queryPort) throws Exception {
        ObjectNode realm = (ObjectNode) JSON.readTree(REPO.resolve("deploy/src/main/keycloak/appeals-realm.json")
                .toFile());
        for (JsonNode client : realm.get("clients")) {
            String id = client.get("clientId").asText();
            if (id.equals("agency-dashboard") || id.equals("citizen-portal")) {
                ((ArrayNode) client.get("redirectUris")).add("http://127.0.0.1:" + queryPort + "/*");
            }
        }
        Path file = tmp.resolve("appeals-realm.json");
        JSON.writeValue(file.toFile(), realm);
        return file;
    }

    static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // without the background-networking flags Chromium's own connections are refused on a closed network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1300", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    @Order(1)
    void aHeadSignsInAtTheIdentityProviderAndSeesTheMorningDashboard() throws Exception {
        browser.get(query + "/ui");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-official")));
        screenshot("01-sign-in");
        browser.findElement(By.id("sign-in-official")).click();

        signInAtKeycloak("head-almaty");
        wait.until(ExpectedConditions.urlContains("/ui/dashboard"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-overdue")));
        assertThat(browser.findElement(By.id("who")).getText()).contains("Akim");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("almaty-akimat");
        assertThat(browser.findElements(By.id("card-on-time"))).as("a head may read statistics").hasSize(1);
        screenshot("02-dashboard");
    }

    @Test
    @Order(2)
    void anAppealFiledThroughTheCommandApiAppearsWithoutAReload() throws Exception {
        ((JavascriptExecutor) browser).executeScript("window.__notReloaded = 'still this page';");
        JsonNode receipt = fileAppealAsPortal();
        appealId = receipt.get("appealId").asText();
        registrationNumber = receipt.get("registrationNumber").asText();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent"), registrationNumber));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__notReloaded;"))
                .as("the dashboard was updated in place (htmx), not reloaded").isEqualTo("still this page");
        screenshot("03-dashboard-new-appeal");
    }

    @Test
    @Order(3)
    void theAppealPageShowsPartiesDeadlinesWithExplanationAndHistory() throws Exception {
        browser.findElement(By.linkText(registrationNumber)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-number"),
                registrationNumber));
        // a head of the holding body sees the applicant in full (PersonalDataPolicy DETAIL: FULL)
        assertThat(browser.findElement(By.id("applicant-iin")).getText()).isEqualTo(AIGERIM_IIN);
        assertThat(browser.findElement(By.id("applicant-name")).getText()).isEqualTo("Aigerim Sadykova");
        assertThat(browser.findElements(By.cssSelector(".deadline"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".explanation li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Appeal filed", "Registered");
        screenshot("04-appeal");
    }

    @Test
    @Order(4)
    void theLanguageSwitchesBetweenKazakhRussianAndEnglishAndStays() throws Exception {
        browser.findElement(By.id("lang-kk")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Өтініш берілді"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Тарихы", "Мерзімдер");
        screenshot("05-appeal-kk");

        browser.findElement(By.id("lang-ru")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Обращение подано"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("История", "Сроки");
        // the choice is kept (a cookie): the next page is Russian too
        browser.get(query + "/ui/appeals");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Обращения"));
        screenshot("06-appeals-ru");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Appeals"));
    }

    @Test
    @Order(5)
    void theListMasksTheIinAndItsExportIsRecordedInTheAccessLog() throws Exception {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeals"), registrationNumber));
        String table = browser.findElement(By.id("appeals")).getText();
        assertThat(table).contains("9001******17").doesNotContain(AIGERIM_IIN);
        screenshot("07-appeals");

        String csvLink = browser.findElement(By.id("export-csv")).getAttribute("href");
        HttpResponse<String> csv = withSession(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains(registrationNumber, "9001******17").doesNotContain(AIGERIM_IIN);

        HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(
                URI.create(browser.findElement(By.id("export-xlsx")).getAttribute("href")))
                .header("Cookie", sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).as("a zip (xlsx)").isEqualTo("PK");

        String auditor = accessToken("auditor-tools", "auditor");
        JsonNode log = JSON.readTree(HTTP.send(HttpRequest.newBuilder(
                        URI.create(query + "/api/audit/access-log?action=appeal.list-export"))
                .header("Authorization", "Bearer " + auditor).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(log.get("items")).hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> {
            assertThat(e.get("endpoint").asText()).isEqualTo("/ui/appeals/export");
            assertThat(e.get("actingRole").asText()).isEqualTo("HEAD");
            assertThat(e.get("outcome").asText()).isEqualTo("ALLOWED");
            assertThat(e.get("recordCount").asLong()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    @Order(6)
    void theApiStaysBearerOnlyEvenWithThePagesSession() throws Exception {
        HttpResponse<String> api = withSession(query + "/api/appeals/" + appealId);
        assertThat(api.statusCode()).as("a page session is no bearer token").isEqualTo(401);
    }

    @Test
    @Order(7)
    void aCitizenSignsInAndSeesTheirAppealsWithStageAndDueDate() throws Exception {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-citizen")));
        browser.findElement(By.id("sign-in-citizen")).click();
        signInAtKeycloak("citizen-aigerim");
        wait.until(ExpectedConditions.urlContains("/ui/my-appeals"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), registrationNumber));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("registered", "Answer due by");
        assertThat(browser.findElement(By.id("who")).getText()).contains("Aigerim");
        screenshot("08-my-appeals");

        // the citizen opens their own appeal: their own IIN in full (OWN)
        browser.findElement(By.linkText("Open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicant-iin"), AIGERIM_IIN));
        screenshot("09-appeal-as-citizen");
    }

    static void signInAtKeycloak(String username) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("Keycloak's own login page")
                .startsWith(launcher.issuerUri() + "/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(demoPassword);
        browser.findElement(By.id("kc-login")).click();
    }

    static JsonNode fileAppealAsPortal() throws Exception {
        String secret = Files.readString(tmp.resolve(".data/secrets/e-otinish-portal-secret")).trim();
        String token = JSON.readTree(post(Map.of("grant_type", "client_credentials", "client_id", "e-otinish-portal",
                "client_secret", secret)).body()).get("access_token").asText();
        String body = """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"%s","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10, apt 5","phone":"+77011234567"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"Please repair the street lighting on Abay avenue.","form":"ELECTRONIC",
                 "channel":"E_OTINISH"}""".formatted(AIGERIM_IIN);
        HttpResponse<String> filed = HTTP.send(HttpRequest.newBuilder(URI.create(command + "/api/appeals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "browser-it-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return JSON.readTree(filed.body());
    }

    static String accessToken(String client, String user) throws Exception {
        HttpResponse<String> r = post(Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", demoPassword));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> post(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String tokenEndpoint = launcher.keycloakServer().orElseThrow().tokenEndpoint();
        return HTTP.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The browser's page session, as a cookie header for a download the test checks itself. */
    static String sessionCookie() {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the pages' session cookie").isNotNull();
        return "JSESSIONID=" + session.getValue();
    }

    static HttpResponse<String> withSession(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", sessionCookie()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
