package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.contract.ContractCheckingInterceptor;

/**
 * Issue 10 on the command side: concurrent commands without If-Match are each 200 or 409 (never 500) and leave the
 * appeal's stream whole; a JSON key given twice or a control character in text is a 400 naming the field and stores
 * nothing. Every response is checked against the live OpenAPI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandEdgeIT {

    static final EventsTopicReader TOPIC = new EventsTopicReader();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String PORTAL = IDP.system("e-otinish", "PORTAL");
    static final String HEAD = IDP.official("head-edge", "HEAD", "almaty-akimat");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void close() {
        TOPIC.close();
    }

    @BeforeEach
    void contract() {
        ContractCheckingInterceptor.install(http.getRestTemplate(), http.getRootUri());
    }

    static String filing(String substance) {
        return """
                {"kind":"APPLICATION","applicant":{"type":"INDIVIDUAL","iin":"900101300017","fullName":"Aigerim Sadykova",
                 "postalAddress":"Almaty, Abay ave 10","phone":"+77011234567"},
                 "addressee":{"bodyId":"almaty-akimat","name":"Akimat of Almaty"},
                 "substance":"%s","form":"ELECTRONIC","channel":"E_OTINISH",
                 "receivedAt":"2026-03-14T19:00:00+05:00"}""".formatted(substance);
    }

    ResponseEntity<JsonNode> post(String path, String body, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    long eventRows() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void concurrentReassignmentsWithoutIfMatchAreEach200Or409AndTheStreamStaysWhole() throws Exception {
        ResponseEntity<JsonNode> filed = post("/api/appeals", filing("Heating in building 5"), PORTAL);
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        String appealId = filed.getBody().get("appealId").asText();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                String body = "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"executor-" + (i % 5) + "\"}";
                Callable<ResponseEntity<JsonNode>> assign = () -> post("/api/appeals/" + appealId + "/assign", body,
                        HEAD);
                answers.add(pool.submit(assign));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                ResponseEntity<JsonNode> response = answer.get();
                int status = response.getStatusCode().value();
                statuses.merge(status, 1, Integer::sum);
                if (status == 409) {
                    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    assertThat(response.getBody().get("type").asText()).startsWith("urn:appeals:problem:");
                }
            }
            System.out.println("concurrent reassignments: " + statuses);
            assertThat(statuses.keySet()).isSubsetOf(200, 409);
        } finally {
            pool.shutdown();
        }
        // every stored event of the appeal has its own sequence number, none missing
        Map<String, Object> stream = jdbc.queryForMap("SELECT count(*) AS n, max(sequencenumber) AS last "
                + "FROM domainevententry WHERE aggregateidentifier = ?", appealId);
        assertThat(((Number) stream.get("n")).longValue()).isEqualTo(((Number) stream.get("last")).longValue() + 1);
    }

    @Test
    void aKeyGivenTwiceOrAControlCharacterIsA400NamingTheFieldAndStoresNothing() {
        long before = eventRows();
        ResponseEntity<JsonNode> twice = post("/api/appeals",
                filing("Heating").replace("{\"kind\":\"APPLICATION\",", "{\"kind\":\"APPLICATION\",\"kind\":\"COMPLAINT\","),
                PORTAL);
        assertThat(twice.getStatusCode().value()).isEqualTo(400);
        assertThat(twice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(twice.getBody().get("errors").get(0).get("field").asText()).isEqualTo("kind");

        ResponseEntity<JsonNode> nul = post("/api/appeals", filing("Heating\\u0000 in building 5"), PORTAL);
        assertThat(nul.getStatusCode().value()).isEqualTo(400);
        assertThat(nul.getBody().get("errors").get(0).get("field").asText()).isEqualTo("substance");
        assertThat(nul.getBody().get("detail").asText()).contains("U+0000");

        ResponseEntity<JsonNode> name = post("/api/appeals", filing("Heating").replace("Aigerim Sadykova",
                "Aigerim\\u0007"), PORTAL);
        assertThat(name.getStatusCode().value()).isEqualTo(400);
        assertThat(name.getBody().get("errors").get(0).get("field").asText()).isEqualTo("applicant.fullName");
        assertThat(eventRows()).isEqualTo(before);
    }
}
