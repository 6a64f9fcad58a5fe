package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.TestInfrastructure;
import kz.appeals.testsupport.contract.LiveContract;
import kz.appeals.testsupport.fuzz.ApiOperation;
import kz.appeals.testsupport.fuzz.FuzzClient;
import kz.appeals.testsupport.fuzz.FuzzOracle;
import kz.appeals.testsupport.fuzz.FuzzRequest;
import kz.appeals.testsupport.fuzz.MatrixCredentials;
import kz.appeals.testsupport.fuzz.RequestGenerator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 10 on the command side: a bounded, seeded fuzz run against the running service, its requests generated from
 * the service's live OpenAPI (every operation, tokens of an allowed role, of a refused role, none and broken ones).
 * Every answer must be below 500, every 4xx problem+json, every answer conform to the OpenAPI, and a refused request
 * must leave the event store, the idempotency records, the talon counters and the open deadlines as they were.
 * Failing cases found once are replayed from {@code fuzz/command-regressions.json}.
 * <p>
 * A few appeals are filed first so that requests on {@code {appealId}} reach real aggregates; the deadline scheduler
 * polls hourly, so only requests change the store during the run. {@code -Dfuzz.survey=true} lists every failing request at the end instead of stopping at the
 * first (for finding causes; the build runs without it).
 */
class CommandFuzzIT {

    static final String SEED = "20260514";
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    static ConfigurableApplicationContext app;
    static JdbcTemplate jdbc;
    static FuzzClient client;
    static FuzzOracle oracle;
    static LiveContract contract;
    static RequestGenerator generator;
    static final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    static long started;
    static final boolean SURVEY = Boolean.getBoolean("fuzz.survey");
    static final List<String> surveyed = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeContainer
    static void start() throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.freshDatabase();
        // as command-line arguments: they must win over application.yml, as the deployment's environment does
        app = new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--appeals.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrap(),
                "--appeals.kafka.topic=appeals.events." + UUID.randomUUID(),
                "--appeals.kafka.partitions=1",
                "--appeals.deadlines.polling-interval=PT1H",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + IDP.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestIdentityProvider.AUDIENCE);
        jdbc = app.getBean(JdbcTemplate.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        client = new FuzzClient("127.0.0.1", port);
        contract = LiveContract.of("http://127.0.0.1:" + port);
        oracle = new FuzzOracle(contract);
        List<String> appeals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FuzzClient.Response filed = client.send(new FuzzRequest("POST", "/api/appeals", List.of(
                    new String[] {"Authorization", "Bearer " + IDP.system("e-otinish", "PORTAL")},
                    new String[] {"Content-Type", "application/json"}), CommandEdgeIT.filing("Fuzz seed " + i),
                    false, "POST /api/appeals", "PORTAL"));
            appeals.add(new ObjectMapper().readTree(filed.body()).path("appealId").asText());
        }
        generator = new RequestGenerator(ApiOperation.read(contract.document()), Map.ofEntries(
                Map.entry("appealId", List.of(appeals.get(0), appeals.get(1), appeals.get(2),
                        UUID.randomUUID().toString())),
                Map.entry("earlierAppealId", appeals), Map.entry("iin", List.of("900101300017")),
                Map.entry("bin", List.of("900101300017")), Map.entry("executorId", List.of("executor-1")),
                Map.entry("recipientId", List.of("900101300017")), Map.entry("type", List.of("INDIVIDUAL")),
                Map.entry("bodyId", List.of("almaty-akimat"))),
                new MatrixCredentials("command-service", IDP, "almaty-akimat", "900101300017"));
        started = System.nanoTime();
    }

    @AfterContainer
    static void stop() {
        if (generator == null) {
            return;
        }
        long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("CommandFuzzIT: %d requests in %.1f s over %d operations; statuses %s; %d answers checked "
                        + "against the OpenAPI, %d outside it%n", total, (System.nanoTime() - started) / 1e9,
                generator.operations().size(), new TreeMap<>(statuses), contract.validated(), contract.outside());
        surveyed.forEach(System.out::println);
        if (app != null) {
            app.close();
        }
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return generator.requests();
    }

    @Property(tries = 4_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void noRequestGetsA5xxEveryRefusalIsAProblemAndStoresNothing(@ForAll("requests") FuzzRequest request)
            throws Exception {
        check(request);
    }

    /** Requests that once failed, kept as they were sent. */
    @Example
    void formerFailuresStayFixed() throws Exception {
        try (InputStream in = CommandFuzzIT.class.getResourceAsStream("/fuzz/command-regressions.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in)) {
                List<String[]> headers = new ArrayList<>();
                c.path("headers").fields().forEachRemaining(h -> headers.add(new String[] {h.getKey(),
                        h.getValue().asText().replace("{token}", new MatrixCredentials("command-service", IDP,
                                "almaty-akimat", "900101300017").allowed(operation(c.path("operation").asText()))
                                .token())}));
                check(new FuzzRequest(c.path("method").asText(), c.path("target").asText(), headers,
                        c.hasNonNull("body") ? c.get("body").asText() : null, c.path("raw").asBoolean(),
                        c.path("operation").asText(), "regression"));
            }
        }
    }

    private static ApiOperation operation(String label) {
        return generator.operations().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    static void check(FuzzRequest request) throws Exception {
        Map<String, Long> before = store();
        FuzzClient.Response response = client.send(request);
        statuses.computeIfAbsent(response.status(), s -> new AtomicLong()).incrementAndGet();
        List<String> wrong = new ArrayList<>(oracle.judge(request, response));
        if (response.status() >= 400 || response.status() == 0) {
            Map<String, Long> after = store();
            if (!after.equals(before)) {
                wrong.add("a refused request changed the store: " + before + " -> " + after);
            }
        }
        if (SURVEY && !wrong.isEmpty()) {
            surveyed.add("FUZZ FAILURE " + request + "\n    " + String.join("\n    ", wrong));
            return;
        }
        assertThat(wrong).as(request.toString()).isEmpty();
    }

    /**
     * Row counts of every table a command writes: all but the tracking tokens, the outbox the relay empties, the
     * deadline scheduler's tasks and the integrity checkpoints, which move on their own after accepted commands.
     */
    static Map<String, Long> store() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN "
                + "('tokenentry', 'scheduled_tasks', 'event_outbox', 'integrity_checkpoint', 'flyway_schema_history') "
                + "ORDER BY table_name", String.class);
        Map<String, Long> counts = new TreeMap<>();
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            if (sql.length() > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT '").append(table).append("', count(*) FROM \"").append(table).append('"');
        }
        jdbc.query(sql.toString(), rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
