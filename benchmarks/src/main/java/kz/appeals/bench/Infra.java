package kz.appeals.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.appeals.deploy.EmbeddedPostgresServer;
import kz.appeals.deploy.JdkLocator;
import kz.appeals.deploy.KafkaBrokerProcess;
import kz.appeals.deploy.KeycloakServer;
import kz.appeals.deploy.LauncherConfig;
import kz.appeals.deploy.Secrets;
import kz.appeals.deploy.ServiceProcess;
import kz.appeals.deploy.TokenClient;

/**
 * The system under test, built from the deploy module's launcher classes so that each part can be stopped, killed and
 * started again on its own: embedded PostgreSQL, the Kafka broker process, command-service and query-service as
 * child processes on free loopback ports with their own data directory, and the launcher's Keycloak with the
 * repository's realm as the services' identity provider (its secrets generated into that directory). With DB_URL,
 * KAFKA_BOOTSTRAP or OIDC_ISSUER_URI set, that part is external: it is used as it is and its drill is skipped; an
 * external provider needs BENCH_PORTAL_CLIENT_SECRET and BENCH_USER_PASSWORD for the realm's callers.
 */
final class Infra implements AutoCloseable {

    static final String COMMAND = "command";
    static final String QUERY = "query";
    /** The second instance of each service (issue 13 item 7): same PostgreSQL, Kafka and consumer group. */
    static final String COMMAND_2 = "command2";
    static final String QUERY_2 = "query2";

    private final Path repo;
    private final Path dataDir;
    private final Path logDir;
    private final Path jarDir;
    private final String kafkaClasspath;
    private final String jfrOptions;
    private final int pgPort;
    private final int kafkaPort;
    private final int controllerPort;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String externalDbUrl = blank(System.getenv("DB_URL"));
    private final String externalKafka = blank(System.getenv("KAFKA_BOOTSTRAP"));
    private final String externalIssuer = blank(System.getenv("OIDC_ISSUER_URI"));
    private final String audience = System.getenv("OIDC_AUDIENCE") == null ? LauncherConfig.DEFAULT_AUDIENCE
            : System.getenv("OIDC_AUDIENCE");

    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private KeycloakServer keycloak;
    private String issuerUri;
    private Auth auth;
    private Secrets secrets;
    private Db db;
    private String bootstrap;

    /** Start-up figures: what took how long, in milliseconds. */
    final Map<String, Object> startups = new LinkedHashMap<>();

    Infra(Path repo, Path dataDir, Path logDir, Path jarDir, String kafkaClasspath, String jfrOptions) {
        this.repo = repo;
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.jarDir = jarDir;
        this.kafkaClasspath = kafkaClasspath;
        this.jfrOptions = jfrOptions;
        this.pgPort = freePort();
        this.kafkaPort = freePort();
        this.controllerPort = freePort();
        ports.put(COMMAND, freePort());
        ports.put(QUERY, freePort());
        ports.put(COMMAND_2, freePort());
        ports.put(QUERY_2, freePort());
        this.secrets = new Secrets(dataDir.resolve("secrets"));
    }

    boolean embeddedPostgres() {
        return externalDbUrl == null;
    }

    boolean embeddedKafka() {
        return externalKafka == null;
    }

    boolean embeddedKeycloak() {
        return externalIssuer == null;
    }

    String issuerUri() {
        return issuerUri;
    }

    /** The callers' tokens; available once {@link #startInfra()} returned. */
    Auth auth() {
        return auth;
    }

    Db db() {
        return db;
    }

    /** The launcher's secrets of this run, among them the event signing key the command-service seals with. */
    Secrets secrets() {
        return secrets;
    }

    String bootstrap() {
        return bootstrap;
    }

    String baseUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The running instances of a service (COMMAND or QUERY): the first, and the second once started. */
    List<String> instances(String service) {
        String second = COMMAND.equals(service) ? COMMAND_2 : QUERY_2;
        return services.containsKey(second) ? List.of(service, second) : List.of(service);
    }

    /** The base URLs the load spreads over (round robin), one per running instance. */
    List<String> baseUrls(String service) {
        return instances(service).stream().map(this::baseUrl).toList();
    }

    /** The service an instance name belongs to: "command2" is an instance of "command". */
    static String serviceOf(String instance) {
        return instance.startsWith(COMMAND) ? COMMAND : QUERY;
    }

    /** Starts the second instance of both services in parallel; returns each one's time to healthy. */
    Map<String, Long> startSecondInstances() {
        Map<String, Long> started = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        ServiceProcess c = spawn(COMMAND_2);
        ServiceProcess q = spawn(QUERY_2);
        started.put(COMMAND_2, awaitHealthy(COMMAND_2, c, t0));
        started.put(QUERY_2, awaitHealthy(QUERY_2, q, t0));
        return started;
    }

    Path logDir() {
        return logDir;
    }

    void startInfra() {
        long keycloakStarted = System.nanoTime();
        if (embeddedKeycloak()) {
            // the slowest to start (about a minute here): it comes up while PostgreSQL and Kafka do, as with run.sh
            LauncherConfig defaults = LauncherConfig.builder(repo).build();
            keycloak = KeycloakServer.start(defaults.keycloakDistZip(), defaults.realmFile(),
                    dataDir.resolve("keycloak"), JdkLocator.require(21, System.getenv(),
                            "Keycloak (the benchmark's identity provider)"), freePort(), freePort(), secrets,
                    logDir.resolve("keycloak.log"), dataDir.resolve("run").resolve("keycloak.pid"));
            issuerUri = keycloak.issuerUri();
        } else {
            issuerUri = externalIssuer;
            Bench.log("using the external identity provider " + issuerUri);
        }
        if (embeddedPostgres()) {
            startPostgres();
        } else {
            db = new Db(externalDbUrl, blank(System.getenv("DB_USER")), System.getenv("DB_PASSWORD"));
            Bench.log("using external PostgreSQL " + externalDbUrl);
        }
        if (embeddedKafka()) {
            startKafka();
        } else {
            bootstrap = externalKafka;
            Bench.log("using external Kafka " + bootstrap);
        }
        if (keycloak != null) {
            // a bound against a hang, not a speed check: its first start took 5 minutes at a load average of 40
            keycloak.awaitReady(Duration.ofSeconds(600));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - keycloakStarted);
            startups.put("keycloakMs", ms);
            Bench.log("Keycloak ready (issuer " + issuerUri + ") " + ms + " ms after its start");
            auth = new Auth(new TokenClient(keycloak.tokenEndpoint()), secrets.get(Secrets.PORTAL_CLIENT_SECRET),
                    secrets.get(Secrets.DEMO_PASSWORD));
        } else {
            String secret = blank(System.getenv("BENCH_PORTAL_CLIENT_SECRET"));
            String password = blank(System.getenv("BENCH_USER_PASSWORD"));
            if (secret == null || password == null) {
                throw new IllegalStateException("OIDC_ISSUER_URI is set: BENCH_PORTAL_CLIENT_SECRET (client "
                        + Auth.PORTAL + ") and BENCH_USER_PASSWORD (users operator, auditor, prosecutor) are needed");
            }
            auth = new Auth(TokenClient.forIssuer(issuerUri), secret, password);
        }
        auth.signInAll();
        Bench.log("signed in as " + Auth.PORTAL + " (client credentials) and " + Auth.OPERATOR + ", "
                + Auth.AUDITOR + ", " + Auth.PROSECUTOR + " (password grant) at " + auth.tokenEndpoint());
    }

    long startPostgres() {
        return timed("postgresMs", "PostgreSQL up on 127.0.0.1:" + pgPort, () -> {
            postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), pgPort,
                    logDir.resolve("postgres.log"), secrets);
            postgres.ensureDatabase(LauncherConfig.DATABASE_NAME);
            // the services run as their own roles, as with run.sh; the harness itself reads both schemas as superuser
            postgres.ensureServiceRole(LauncherConfig.DATABASE_NAME, LauncherConfig.COMMAND_DB_ROLE,
                    secrets.get(Secrets.COMMAND_DB), false, "command");
            postgres.ensureServiceRole(LauncherConfig.DATABASE_NAME, LauncherConfig.QUERY_DB_ROLE,
                    secrets.get(Secrets.QUERY_DB), true, LauncherConfig.QUERY_SCHEMAS);
            db = new Db(postgres.jdbcUrl(LauncherConfig.DATABASE_NAME), postgres.superuserName(),
                    postgres.superuserPassword());
        });
    }

    private long timed(String figure, String what, Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        startups.putIfAbsent(figure, ms);
        Bench.log(what + " in " + ms + " ms");
        return ms;
    }

    /** pg_ctl stop -m fast, then waits for the postmaster to exit. */
    long stopPostgres() {
        long t0 = System.nanoTime();
        postgres.close();
        postgres = null;
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    long startKafka() {
        return timed("kafkaMs", "Kafka broker up on 127.0.0.1:" + kafkaPort, () -> {
            kafka = KafkaBrokerProcess.start(dataDir, kafkaPort, controllerPort, kafkaClasspath,
                    logDir.resolve("kafka.log"), Duration.ofSeconds(120), secrets);
            bootstrap = kafka.bootstrapServers();
            kafka.grantServiceAccess(LauncherConfig.DEFAULT_TOPIC, LauncherConfig.DEFAULT_TOPIC_PARTITIONS,
                    LauncherConfig.DEFAULT_CONSUMER_GROUP);
            // the harness's own clients (baselines, replay feed) act as the broker's admin
            Map<String, Object> admin = new LinkedHashMap<>(kafka.adminClientProperties());
            admin.remove("bootstrap.servers");
            Baselines.kafkaSecurity = Map.copyOf(admin);
        });
    }

    /** SIGTERM (controlled shutdown, up to 30 s, then SIGKILL). */
    long stopKafka() {
        long t0 = System.nanoTime();
        kafka.close();
        kafka = null;
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** Starts both services in parallel, as the launcher does, and returns each one's time to healthy. */
    Map<String, Long> startServices() {
        Map<String, Long> started = new LinkedHashMap<>();
        ServiceProcess c = spawn(COMMAND);
        long t0 = System.nanoTime();
        ServiceProcess q = spawn(QUERY);
        long t1 = System.nanoTime();
        started.put(COMMAND, awaitHealthy(COMMAND, c, t0));
        started.put(QUERY, awaitHealthy(QUERY, q, t1));
        return started;
    }

    /** Starts one service and returns its time from spawn to healthy. */
    long startService(String name) {
        ServiceProcess s = spawn(name);
        return awaitHealthy(name, s, System.nanoTime());
    }

    private ServiceProcess spawn(String name) {
        String module = serviceOf(name) + "-service";
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", db.url());
        boolean command = COMMAND.equals(serviceOf(name));
        if (embeddedPostgres()) {
            env.put("DB_USER", command ? LauncherConfig.COMMAND_DB_ROLE : LauncherConfig.QUERY_DB_ROLE);
            env.put("DB_PASSWORD", secrets.get(command ? Secrets.COMMAND_DB : Secrets.QUERY_DB));
        } else {
            if (db.user() != null) {
                env.put("DB_USER", db.user());
            }
            if (db.password() != null) {
                env.put("DB_PASSWORD", db.password());
            }
        }
        env.put("KAFKA_BOOTSTRAP", bootstrap);
        if (embeddedKafka()) {
            env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            env.put("KAFKA_SASL_MECHANISM", KafkaBrokerProcess.MECHANISM);
            env.put("KAFKA_USERNAME", command ? KafkaBrokerProcess.COMMAND_USER : KafkaBrokerProcess.QUERY_USER);
            env.put("KAFKA_PASSWORD", secrets.get(command ? Secrets.KAFKA_COMMAND : Secrets.KAFKA_QUERY));
        }
        // the same sealing as the launcher gives (docs/integrity.md): the command side signs, the query side verifies
        String[] eventKeys = secrets.eventKeyPair();
        if (command) {
            env.put("APPEALS_EVENT_SIGNING_KEY_ID", Secrets.EVENT_KEY_ID);
            env.put("APPEALS_EVENT_SIGNING_KEY", eventKeys[0]);
        }
        env.put("APPEALS_EVENT_VERIFY_KEYS", Secrets.EVENT_KEY_ID + "=" + eventKeys[1]);
        env.put("SERVER_PORT", Integer.toString(ports.get(name)));
        // every request is validated against this issuer (JWKS signature, issuer, audience, expiry)
        env.put("OIDC_ISSUER_URI", issuerUri);
        env.put("OIDC_AUDIENCE", audience);
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        if (jfrOptions != null) {
            env.put("JAVA_TOOL_OPTIONS", jfrOptions);
        }
        // experiments with the services' own settings, e.g. BENCH_SERVICE_ENV=DB_POOL_SIZE=20,SERVER_TOMCAT_THREADS_MAX=32
        String extra = System.getenv("BENCH_SERVICE_ENV");
        if (extra != null && !extra.isBlank()) {
            for (String kv : extra.split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
            }
        }
        Path jar = jarDir.resolve(module + ".jar");
        ServiceProcess process = ServiceProcess.start(name, jar, env,
                URI.create(baseUrl(name) + "/actuator/health"), logDir.resolve(name + "-service.log"),
                dataDir.resolve("run").resolve(name + "-service.pid"), repo);
        services.put(name, process);
        return process;
    }

    private long awaitHealthy(String name, ServiceProcess process, long spawnedNanos) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl(name) + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = spawnedNanos + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.process().isAlive()) {
                throw new IllegalStateException(name + "-service exited during start-up; see "
                        + process.logFile());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawnedNanos);
                    Bench.log(name + "-service healthy on " + baseUrl(name) + " after " + ms + " ms (pid "
                            + process.process().pid() + ")");
                    return ms;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            OpenLoad.sleep(100);
        }
        throw new IllegalStateException(name + "-service not healthy within 240 s; see " + process.logFile());
    }

    /** The "Started ...Application in X seconds" figure of the service's most recent start, from its log. */
    Optional<Double> springReportedStartSeconds(String name) {
        Path log = logDir.resolve(name + "-service.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            Pattern p = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher m = p.matcher(lines.get(i));
                if (m.find()) {
                    return Optional.of(Double.parseDouble(m.group(1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not there
        }
        return Optional.empty();
    }

    /** kill -9 of the service's JVM; returns once it is gone. */
    void kill9(String name) {
        ServiceProcess s = services.get(name);
        ProcessHandle h = s.process().toHandle();
        h.destroyForcibly();
        try {
            h.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + "-service survived SIGKILL", e);
        }
    }

    /** SIGTERM (graceful, as the launcher stops it) of one instance; it leaves the set the load spreads over. */
    void stopService(String name) {
        ServiceProcess s = services.remove(name);
        if (s != null) {
            s.close();
        }
    }

    /** Whether the instance's JVM is running. */
    boolean running(String name) {
        ServiceProcess s = services.get(name);
        return s != null && s.process().isAlive();
    }

    Optional<Long> pid(String name) {
        ServiceProcess s = services.get(name);
        return s == null || !s.process().isAlive() ? Optional.empty() : Optional.of(s.process().pid());
    }

    /** The live JVMs of every instance of a service (COMMAND or QUERY). */
    List<Long> pids(String service) {
        return instances(service).stream().map(this::pid).flatMap(Optional::stream).toList();
    }

    Optional<Long> kafkaPid() {
        return kafka == null || !kafka.process().isAlive() ? Optional.empty() : Optional.of(kafka.process().pid());
    }

    Optional<ProcessHandle> postmaster() {
        return postgres == null ? Optional.empty() : postgres.postmaster().filter(ProcessHandle::isAlive);
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ServiceProcess s : services.values()) {
            if (s.process().isAlive()) {
                s.process().destroy();
            }
        }
        services.values().forEach(ServiceProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static int nextPort = -1;

    /**
     * A free loopback port below the kernel's ephemeral range (32768+), so that no outgoing connection can take it
     * while a server is down during a drill. BENCH_PORT_BASE chooses where the search starts.
     */
    static synchronized int freePort() {
        if (nextPort < 0) {
            String base = System.getenv("BENCH_PORT_BASE");
            nextPort = base != null && !base.isBlank() ? Integer.parseInt(base.trim())
                    : 21000 + new java.util.Random().nextInt(10_000);
        }
        for (int tries = 0; tries < 2000; tries++) {
            int port = nextPort++;
            if (nextPort >= 32000) {
                nextPort = 20000;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException e) {
                // taken: try the next one
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
