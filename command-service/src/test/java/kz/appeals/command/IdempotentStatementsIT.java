package kz.appeals.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * Issue 13 item 1: a command writes its Idempotency-Key record, answer included, in one statement of its own
 * transaction — no claim followed by an update — and keeps every guarantee of the key: a retry changes nothing and
 * gets the first answer; duplicates sent at the same moment create one appeal, or one event on an appeal, and all get
 * that one answer. The statements are counted on the request threads by a counting wrapper around the pool; the
 * figures for the whole filing are printed for docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotentStatementsIT {

    static final EventsTopicReader TOPIC = new EventsTopicReader();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String PORTAL = IDP.system("e-otinish", "PORTAL");
    static final String HEAD = IDP.official("head-idempotent", "HEAD", "almaty-akimat");
    /** Every statement sent and every commit or rollback, with the thread that sent it. */
    static final Queue<String[]> SENT = new ConcurrentLinkedQueue<>();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOPIC.register(registry);
        registry.add("appeals.deadlines.polling-interval", () -> "PT1H");
    }

    @TestConfiguration
    static class CountStatements {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && name.equals("dataSource") ? new Counting(source) : bean;
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void close() {
        TOPIC.close();
    }

    @Test
    void aFilingWritesItsKeyAndAnswerInOneStatementAndARetryWritesNothing() {
        String key = UUID.randomUUID().toString();
        String body = CommandServiceIT.appeal("900101300017", "APPLICATION", "Broken lights in the yard");

        double filed = appealsFiled();
        SENT.clear();
        ResponseEntity<JsonNode> first = post("/api/appeals", body, null, PORTAL, key);
        List<String> filing = sentOnRequestThreads();
        System.out.println("statements of one filing with an Idempotency-Key (" + filing.size() + "):\n  "
                + String.join("\n  ", filing));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<String> keyStatements = filing.stream().filter(s -> s.contains("idempotency_record")).toList();
        assertThat(keyStatements).singleElement().satisfies(s -> assertThat(s)
                .startsWith("INSERT INTO idempotency_record").contains("response_body"));
        assertThat(filing.stream().filter("COMMIT"::equals)).hasSize(1);
        assertThat(jdbc.queryForObject("""
                SELECT response_body::jsonb ->> 'appealId' FROM idempotency_record
                WHERE idempotency_key LIKE ? AND operation = 'appeal.file'""", String.class, "%:" + key))
                .isEqualTo(first.getBody().get("appealId").asText());

        long events = eventRows();
        SENT.clear();
        ResponseEntity<JsonNode> retry = post("/api/appeals", body, null, PORTAL, key);
        List<String> replay = sentOnRequestThreads();
        System.out.println("statements of its retry (" + replay.size() + "):\n  " + String.join("\n  ", replay));

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(replay).as("the retry's attempt is rolled back").contains("ROLLBACK").doesNotContain("COMMIT");
        assertThat(eventRows()).isEqualTo(events);
        assertThat(appealsFiled()).as("the rolled-back attempt is not counted as filed").isEqualTo(filed + 1);
    }

    @Test
    void duplicateFilingsSentTogetherCreateOneAppealAndAllGetItsReceipt() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = CommandServiceIT.appeal("850315400124", "APPLICATION", "Permit refused twice");
        long events = eventRows();
        double filed = appealsFiled();

        List<ResponseEntity<JsonNode>> answers = together(6, () -> post("/api/appeals", body, null, PORTAL, key));

        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).isEqualTo(HttpStatus.CREATED));
        assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());
        assertThat(answers).filteredOn(a -> "false".equals(a.getHeaders().getFirst("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(eventRows() - events).isEqualTo(CommandServiceIT.EVENTS_PER_FILING);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, answers.get(0).getBody().get("appealId").asText()))
                .isEqualTo(CommandServiceIT.EVENTS_PER_FILING);
        assertThat(appealsFiled()).isEqualTo(filed + 1);
    }

    @Test
    void duplicateCommandsOnAnAppealSentTogetherRecordOneEventAndAllGetItsAnswer() throws Exception {
        ResponseEntity<JsonNode> filed = post("/api/appeals",
                CommandServiceIT.appeal("900101300017", "APPLICATION", "Heating off in building 7"), null, PORTAL,
                null);
        String appealId = filed.getBody().get("appealId").asText();
        String etag = filed.getHeaders().getETag();
        String key = UUID.randomUUID().toString();
        String assign = "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"executor-7\"}";

        List<ResponseEntity<JsonNode>> answers = together(6,
                () -> post("/api/appeals/" + appealId + "/assign", assign, etag, HEAD, key));

        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());
        assertThat(answers).filteredOn(a -> "false".equals(a.getHeaders().getFirst("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?""",
                Long.class, appealId, "%ExecutorAssigned")).isEqualTo(1);

        // the same key with another body is refused and changes nothing
        ResponseEntity<JsonNode> reused = post("/api/appeals/" + appealId + "/assign",
                "{\"bodyId\":\"almaty-akimat\",\"executorId\":\"executor-8\"}", etag, HEAD, key);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("type").asText()).isEqualTo("urn:appeals:problem:idempotency-key-reused");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, appealId)).isEqualTo(CommandServiceIT.EVENTS_PER_FILING + 1);
    }

    private static List<ResponseEntity<JsonNode>> together(int copies, Callable<ResponseEntity<JsonNode>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<ResponseEntity<JsonNode>>> sent = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                sent.add(pool.submit(request));
            }
            List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private ResponseEntity<JsonNode> post(String path, String body, String ifMatch, String token, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private double appealsFiled() {
        return meters.get("appeals.filed").tag("kind", "APPLICATION").counter().count();
    }

    private long eventRows() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    /** What the request threads sent, one line per round trip (a JDBC batch is sent as one). */
    private static List<String> sentOnRequestThreads() {
        return SENT.stream().filter(s -> s[0].startsWith("http-nio")).map(s -> s[1]).toList();
    }

    /** Records each statement executed and each commit or rollback on the pool's connections. */
    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counted(super.getConnection(user, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) proxy(Connection.class, connection, (method, args) -> {
                if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                    record(method.getName().toUpperCase());
                }
                Object result = invoke(method, connection, args);
                if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                    return statement(method.getReturnType(), statement, (String) args[0]);
                }
                if (result instanceof Statement statement) {
                    return statement(method.getReturnType(), statement, null);
                }
                return result;
            });
        }

        private static Object statement(Class<?> type, Statement statement, String prepared) {
            return proxy(type, statement, (method, args) -> {
                if (method.getName().startsWith("execute")) {
                    String sql = prepared != null ? prepared : args != null && args.length > 0 ? (String) args[0] : "?";
                    record(sql.strip().replaceAll("\\s+", " "));
                }
                return invoke(method, statement, args);
            });
        }

        private static void record(String what) {
            SENT.add(new String[] {Thread.currentThread().getName(), what});
        }

        interface Call {
            Object call(Method method, Object[] args) throws Throwable;
        }

        private static Object proxy(Class<?> type, Object target, Call call) {
            InvocationHandler handler = (self, method, args) -> call.call(method, args);
            return Proxy.newProxyInstance(IdempotentStatementsIT.class.getClassLoader(), new Class<?>[] {type},
                    handler);
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
