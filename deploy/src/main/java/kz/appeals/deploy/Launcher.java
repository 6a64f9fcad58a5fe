package kz.appeals.deploy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Starts the whole system with one command: Keycloak (the identity provider), embedded PostgreSQL, a Kafka broker
 * process, then the command and query services; Ctrl-C / SIGTERM stops them in reverse order. Every embedded server
 * requires credentials, generated into {@code <data>/secrets/} on first start.
 *
 * <p>Usable from tests in another JVM: {@code try (Launcher l = Launcher.start(config)) { ... }}.
 */
public final class Launcher implements AutoCloseable {

    public static final String SYSTEM_READY_PREFIX = "APPEALS SYSTEM READY";
    public static final String INFRA_READY_PREFIX = "APPEALS INFRA READY";

    private final LauncherConfig config;
    private final Object lock = new Object();
    private final CompletableFuture<String> unexpectedExit = new CompletableFuture<>();
    private boolean closing;
    private boolean closed;

    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private KeycloakServer keycloak;
    private final List<ServiceProcess> services = new ArrayList<>();
    private Secrets secrets;

    private String jdbcUrl;
    private String dbUser;
    private String dbPassword;
    private String kafkaBootstrap;
    private String issuerUri;

    public Launcher(LauncherConfig config) {
        this.config = config;
    }

    /** Starts everything the config asks for; on failure stops what was started and rethrows. */
    public static Launcher start(LauncherConfig config) {
        Launcher launcher = new Launcher(config);
        try {
            launcher.startAll();
            return launcher;
        } catch (RuntimeException e) {
            launcher.close();
            throw e;
        }
    }

    public void startAll() {
        Path logs = config.logDir();
        // orphaned services from a SIGKILLed launcher would keep DB connections open: stop them first
        for (String service : List.of("command-service", "query-service")) {
            for (int i = 1; i <= 9; i++) {
                Path pid = config.runDir().resolve(instanceFile(service, i) + ".pid");
                if (i == 1 || java.nio.file.Files.exists(pid)) {
                    Processes.reapOrphan(pid, service + ".jar", service);
                }
            }
        }
        secrets = new Secrets(config.secretsDir());

        if (config.embeddedKeycloak()) {
            // the slowest to start (about 45 s): it comes up while PostgreSQL and Kafka do
            Path javaHome = JdkLocator.require(21, config.environment(), "Keycloak (the embedded identity provider)");
            KeycloakServer kc = register(KeycloakServer.start(config.keycloakDistZip(), config.realmFile(),
                    config.dataDir().resolve("keycloak"), javaHome, config.keycloakPort(),
                    config.keycloakManagementPort(), secrets, logs.resolve("keycloak.log"),
                    config.runDir().resolve("keycloak.pid")));
            synchronized (lock) {
                keycloak = kc;
            }
            watch("Keycloak", kc.process().toHandle(), kc.process());
            issuerUri = kc.issuerUri();
        } else if (config.externalIssuerUri() != null) {
            issuerUri = config.externalIssuerUri();
            Log.info("using the identity provider OIDC_ISSUER_URI=" + issuerUri);
        }

        if (config.embeddedPostgres()) {
            EmbeddedPostgresServer pg = register(EmbeddedPostgresServer.start(
                    config.dataDir().resolve("postgres"), config.pgPort(), logs.resolve("postgres.log"), secrets));
            synchronized (lock) {
                postgres = pg;
            }
            pg.ensureDatabase(LauncherConfig.DATABASE_NAME);
            pg.ensureServiceRole(LauncherConfig.DATABASE_NAME, LauncherConfig.COMMAND_DB_ROLE,
                    secrets.get(Secrets.COMMAND_DB), false, "command");
            pg.ensureServiceRole(LauncherConfig.DATABASE_NAME, LauncherConfig.QUERY_DB_ROLE,
                    secrets.get(Secrets.QUERY_DB), true, LauncherConfig.QUERY_SCHEMAS);
            jdbcUrl = pg.jdbcUrl(LauncherConfig.DATABASE_NAME);
            dbUser = pg.superuserName();
            dbPassword = pg.superuserPassword();
            pg.postmaster().ifPresent(h -> watch("PostgreSQL", h, null));
            Log.info("PostgreSQL ready at " + jdbcUrl + " (roles " + LauncherConfig.COMMAND_DB_ROLE + ", "
                    + LauncherConfig.QUERY_DB_ROLE + ")");
        } else {
            jdbcUrl = config.externalDbUrl();
            dbUser = config.externalDbUser();
            dbPassword = config.externalDbPassword();
            Log.info("using external database DB_URL=" + jdbcUrl);
        }

        if (config.embeddedKafka()) {
            KafkaBrokerProcess broker = register(KafkaBrokerProcess.start(config.dataDir(), config.kafkaPort(),
                    config.kafkaControllerPort(), config.kafkaClasspath(), logs.resolve("kafka.log"),
                    config.kafkaStartTimeout(), secrets));
            synchronized (lock) {
                kafka = broker;
            }
            kafkaBootstrap = broker.bootstrapServers();
            watch("Kafka broker", broker.process().toHandle(), broker.process());
            broker.grantServiceAccess(config.topic(), config.topicPartitions(), config.consumerGroup());
        } else {
            kafkaBootstrap = config.externalKafkaBootstrap();
            Log.info("using external Kafka KAFKA_BOOTSTRAP=" + kafkaBootstrap);
        }

        KeycloakServer kc = keycloakServer().orElse(null);
        if (kc != null) {
            kc.awaitReady(config.keycloakStartTimeout());
        }

        if (config.infraOnly()) {
            return;
        }

        // APPEALS_INSTANCES: further instances of each service on their own ports, sharing PostgreSQL, Kafka and the
        // consumer group (docs/operations.md: what makes that safe)
        for (int i = 1; i <= config.instances(); i++) {
            startService(i == 1 ? "command" : "command-" + i, "command-service", i, config.commandPort(i),
                    serviceEnvironment("command-service"));
            startService(i == 1 ? "query" : "query-" + i, "query-service", i, config.queryPort(i),
                    serviceEnvironment("query-service"));
        }

        Duration timeout = config.serviceHealthTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ServiceProcess service : snapshotServices()) {
            service.awaitHealthy(deadline, timeout);
        }
    }

    /**
     * What one service is told: where PostgreSQL, Kafka and the issuer are, and, for the embedded servers, its own
     * credentials. A null value removes an inherited variable: per-service variables from the shell
     * (COMMAND_DB_USER, ...) must not override the embedded servers' credentials.
     */
    public Map<String, String> serviceEnvironment(String module) {
        boolean command = "command-service".equals(module);
        String prefix = command ? "COMMAND_" : "QUERY_";
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", jdbcUrl);
        if (config.embeddedPostgres()) {
            env.put("DB_USER", command ? LauncherConfig.COMMAND_DB_ROLE : LauncherConfig.QUERY_DB_ROLE);
            env.put("DB_PASSWORD", secrets.get(command ? Secrets.COMMAND_DB : Secrets.QUERY_DB));
            env.put(prefix + "DB_USER", null);
            env.put(prefix + "DB_PASSWORD", null);
        } else {
            // external: the services read COMMAND_DB_USER / QUERY_DB_USER, falling back to DB_USER (inherited)
            if (dbUser != null) {
                env.put("DB_USER", dbUser);
            }
            if (dbPassword != null) {
                env.put("DB_PASSWORD", dbPassword);
            }
        }
        env.put("KAFKA_BOOTSTRAP", kafkaBootstrap);
        if (config.embeddedKafka()) {
            env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            env.put("KAFKA_SASL_MECHANISM", KafkaBrokerProcess.MECHANISM);
            env.put("KAFKA_USERNAME", command ? KafkaBrokerProcess.COMMAND_USER : KafkaBrokerProcess.QUERY_USER);
            env.put("KAFKA_PASSWORD", secrets.get(command ? Secrets.KAFKA_COMMAND : Secrets.KAFKA_QUERY));
            env.put(prefix + "KAFKA_USERNAME", null);
            env.put(prefix + "KAFKA_PASSWORD", null);
        }
        // envelopes are sealed by the command side and verified by the query side (docs/integrity.md); a key given
        // by the operator's environment wins over the generated one
        if (config.environment().get("APPEALS_EVENT_SIGNING_KEY") == null
                && config.environment().get("APPEALS_EVENT_VERIFY_KEYS") == null) {
            String[] keys = secrets.eventKeyPair();
            String verify = Secrets.EVENT_KEY_ID + "=" + keys[1];
            if (command) {
                env.put("APPEALS_EVENT_SIGNING_KEY_ID", Secrets.EVENT_KEY_ID);
                env.put("APPEALS_EVENT_SIGNING_KEY", keys[0]);
            }
            env.put("APPEALS_EVENT_VERIFY_KEYS", verify);
        }
        if (issuerUri != null) {
            env.put("OIDC_ISSUER_URI", issuerUri);
            env.put("OIDC_AUDIENCE", config.audience());
        }
        // Axon 4.12+ phones home to report usage; this system runs offline (loopback only)
        if (config.environment().get("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        }
        return env;
    }

    /** "command-service" for the first instance, "command-service-2" for the second, ... (log and pid files). */
    static String instanceFile(String module, int instance) {
        return instance == 1 ? module : module + "-" + instance;
    }

    private void startService(String name, String module, int instance, int port, Map<String, String> baseEnv) {
        Map<String, String> env = new LinkedHashMap<>(baseEnv);
        if (port != LauncherConfig.defaultPort(module)) {
            env.put("SERVER_PORT", Integer.toString(port));
        }
        ServiceProcess service = register(ServiceProcess.start(name,
                config.repoRoot().resolve(module).resolve("target").resolve(module + ".jar"),
                env, URI.create("http://127.0.0.1:" + port + "/actuator/health"),
                config.logDir().resolve(instanceFile(module, instance) + ".log"),
                config.runDir().resolve(instanceFile(module, instance) + ".pid"), config.repoRoot()));
        synchronized (lock) {
            services.add(service);
        }
        watch(name + " service", service.process().toHandle(), service.process());
    }

    /** Refuses components that finished starting after a shutdown began: they are closed at once. */
    private <T extends AutoCloseable> T register(T component) {
        synchronized (lock) {
            if (!closing) {
                return component;
            }
        }
        try {
            component.close();
        } catch (Exception ignored) {
            // shutting down anyway
        }
        throw new LauncherException("shutdown requested during start-up");
    }

    private void watch(String name, ProcessHandle handle, Process process) {
        handle.onExit().thenRun(() -> {
            if (!isClosing()) {
                String code = process != null ? " with exit code " + process.exitValue() : "";
                unexpectedExit.complete(name + " (pid " + handle.pid() + ") exited unexpectedly" + code);
            }
        });
    }

    private List<ServiceProcess> snapshotServices() {
        synchronized (lock) {
            return new ArrayList<>(services);
        }
    }

    public boolean isClosing() {
        synchronized (lock) {
            return closing;
        }
    }

    /**
     * Blocks until a child dies on its own (not during {@link #close()}), returning a description.
     * A short grace period filters out children that merely saw the same Ctrl-C as the launcher.
     */
    public String awaitUnexpectedExit() throws InterruptedException {
        try {
            String why = unexpectedExit.get();
            Thread.sleep(1000);
            return isClosing() ? null : why;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl() { return jdbcUrl; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword; }
    public String kafkaBootstrap() { return kafkaBootstrap; }
    /** The issuer the services trust: the embedded Keycloak's realm, OIDC_ISSUER_URI, or null (none started). */
    public String issuerUri() { return issuerUri; }
    public Secrets secrets() { return secrets; }
    public LauncherConfig config() { return config; }

    /** The embedded Keycloak, if this launcher started one. */
    public Optional<KeycloakServer> keycloakServer() {
        synchronized (lock) {
            return Optional.ofNullable(keycloak);
        }
    }

    /** The embedded PostgreSQL, if this launcher started one. */
    public Optional<EmbeddedPostgresServer> embeddedPostgres() {
        synchronized (lock) {
            return Optional.ofNullable(postgres);
        }
    }

    /** The broker process, if this launcher started one. */
    public Optional<KafkaBrokerProcess> kafkaBroker() {
        synchronized (lock) {
            return Optional.ofNullable(kafka);
        }
    }

    public List<ServiceProcess> services() {
        return snapshotServices();
    }

    /** Stops services (in parallel, 20 s grace each), then the broker, then PostgreSQL. Idempotent. */
    @Override
    public void close() {
        List<ServiceProcess> toStop;
        KafkaBrokerProcess broker;
        EmbeddedPostgresServer pg;
        KeycloakServer kc;
        synchronized (lock) {
            if (closing) {
                // a second caller (e.g. shutdown hook after a failed start) waits for the first
                while (!closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                return;
            }
            closing = true;
            toStop = new ArrayList<>(services);
            broker = kafka;
            pg = postgres;
            kc = keycloak;
        }
        try {
            boolean any = !toStop.isEmpty() || broker != null || pg != null || kc != null;
            if (any) {
                Log.info("shutting down");
            }
            toStop.forEach(ServiceProcess::requestStop);
            for (ServiceProcess s : toStop) {
                s.close();
            }
            if (broker != null) {
                broker.close();
            }
            if (kc != null) {
                kc.close();
            }
            if (pg != null) {
                pg.close();
            }
            if (any) {
                Log.info("all stopped");
            }
        } finally {
            synchronized (lock) {
                closed = true;
                lock.notifyAll();
            }
        }
    }

    public static void main(String[] args) {
        LauncherConfig config;
        try {
            config = LauncherConfig.fromEnvironment(System.getenv(), args, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            Log.error(e.getMessage());
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(config);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "appeals-shutdown"));
        try {
            launcher.startAll();
        } catch (RuntimeException e) {
            if (launcher.isClosing()) {
                return; // Ctrl-C during start-up: the shutdown hook is already stopping everything
            }
            if (e instanceof LauncherException) {
                Log.error(e.getMessage());
            } else {
                Log.error("start-up failed: " + e);
                e.printStackTrace();
            }
            System.exit(1); // the shutdown hook stops whatever had started
        }
        if (config.infraOnly()) {
            Log.line(System.out, INFRA_READY_PREFIX + " postgres=" + launcher.jdbcUrl()
                    + " kafka=" + launcher.kafkaBootstrap() + " issuer=" + launcher.issuerUri());
        } else {
            StringBuilder more = new StringBuilder();
            for (int i = 2; i <= config.instances(); i++) {
                more.append(" command").append(i).append("=http://127.0.0.1:").append(config.commandPort(i))
                        .append(" query").append(i).append("=http://127.0.0.1:").append(config.queryPort(i));
            }
            Log.line(System.out, SYSTEM_READY_PREFIX + " command=http://127.0.0.1:" + config.commandPort()
                    + " query=http://127.0.0.1:" + config.queryPort() + more + " issuer=" + launcher.issuerUri());
        }
        try {
            String why = launcher.awaitUnexpectedExit();
            if (why == null) {
                return;
            }
            Log.error(why + "; stopping everything");
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
