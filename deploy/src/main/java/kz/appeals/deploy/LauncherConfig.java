package kz.appeals.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the launcher needs, immutable. {@link #fromEnvironment} reads the documented env vars;
 * tests use {@link #builder(Path)} with their own ports and data directory.
 */
public final class LauncherConfig {

    public static final int DEFAULT_PG_PORT = 54329;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_COMMAND_PORT = 8081;
    public static final int DEFAULT_QUERY_PORT = 8082;
    public static final int DEFAULT_KEYCLOAK_PORT = 18080;
    public static final int DEFAULT_KEYCLOAK_MANAGEMENT_PORT = 18090;
    public static final String DATABASE_NAME = "appeals";
    public static final String DEFAULT_AUDIENCE = "appeals-api";
    public static final String DEFAULT_TOPIC = "appeals.events";
    public static final int DEFAULT_TOPIC_PARTITIONS = 6;
    public static final String DEFAULT_CONSUMER_GROUP = "query-service";
    /** Database role and schema of each service in the embedded PostgreSQL. */
    public static final String COMMAND_DB_ROLE = "command_service";
    public static final String QUERY_DB_ROLE = "query_service";
    /** The query-service's schemas: its read models, and the staging schema its rebuild fills and swaps in. */
    public static final String[] QUERY_SCHEMAS = {"query", "query_rebuild"};

    private final Path repoRoot;
    private final Path dataDir;
    private final int pgPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final String externalDbUrl;
    private final String externalDbUser;
    private final String externalDbPassword;
    private final String externalKafkaBootstrap;
    private final boolean infraOnly;
    private final int commandPort;
    private final int queryPort;
    private final String kafkaClasspath;
    private final Duration serviceHealthTimeout;
    private final Duration kafkaStartTimeout;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final String externalIssuerUri;
    private final String audience;
    private final Path keycloakDistZip;
    private final Path realmFile;
    private final Duration keycloakStartTimeout;
    private final String topic;
    private final int topicPartitions;
    private final String consumerGroup;
    private final Map<String, String> environment;
    private final boolean startKeycloak;
    private final int instances;

    private LauncherConfig(Builder b) {
        this.repoRoot = b.repoRoot.toAbsolutePath().normalize();
        this.dataDir = (b.dataDir != null ? b.dataDir : repoRoot.resolve(".data")).toAbsolutePath().normalize();
        this.pgPort = b.pgPort;
        this.kafkaPort = b.kafkaPort;
        this.kafkaControllerPort = b.kafkaControllerPort;
        this.externalDbUrl = blankToNull(b.externalDbUrl);
        this.externalDbUser = b.externalDbUser;
        this.externalDbPassword = b.externalDbPassword;
        this.externalKafkaBootstrap = blankToNull(b.externalKafkaBootstrap);
        this.infraOnly = b.infraOnly;
        this.commandPort = b.commandPort;
        this.queryPort = b.queryPort;
        this.kafkaClasspath = b.kafkaClasspath != null ? b.kafkaClasspath : defaultKafkaClasspath(repoRoot);
        this.serviceHealthTimeout = b.serviceHealthTimeout;
        this.kafkaStartTimeout = b.kafkaStartTimeout;
        this.keycloakPort = b.keycloakPort;
        this.keycloakManagementPort = b.keycloakManagementPort;
        this.externalIssuerUri = blankToNull(b.externalIssuerUri);
        this.audience = b.audience;
        this.keycloakDistZip = b.keycloakDistZip != null ? b.keycloakDistZip
                : repoRoot.resolve("deploy/target/keycloak/keycloak-quarkus-dist.zip");
        this.realmFile = b.realmFile != null ? b.realmFile
                : repoRoot.resolve("deploy/src/main/keycloak/appeals-realm.json");
        this.keycloakStartTimeout = b.keycloakStartTimeout;
        this.topic = b.topic;
        this.topicPartitions = b.topicPartitions;
        this.consumerGroup = b.consumerGroup;
        this.environment = Map.copyOf(b.environment);
        this.startKeycloak = b.startKeycloak;
        this.instances = b.instances;
    }

    /**
     * Reads APPEALS_PG_PORT, APPEALS_KAFKA_PORT, APPEALS_KAFKA_CONTROLLER_PORT, APPEALS_COMMAND_PORT,
     * APPEALS_QUERY_PORT, APPEALS_KEYCLOAK_PORT,
     * APPEALS_KEYCLOAK_MANAGEMENT_PORT, APPEALS_DATA_DIR, APPEALS_INFRA_ONLY, DB_URL/DB_USER/DB_PASSWORD,
     * KAFKA_BOOTSTRAP, OIDC_ISSUER_URI, OIDC_AUDIENCE, APPEALS_TOPIC, APPEALS_TOPIC_PARTITIONS,
     * APPEALS_CONSUMER_GROUP, APPEALS_INSTANCES (instances of each service, default 1; the n-th listens on the
     * first one's port + 10 × (n − 1): 8091 and 8092 for the second); args may contain --infra-only.
     */
    public static LauncherConfig fromEnvironment(Map<String, String> env, String[] args, Path repoRoot) {
        Builder b = builder(repoRoot)
                .pgPort(intEnv(env, "APPEALS_PG_PORT", DEFAULT_PG_PORT))
                .kafkaPort(intEnv(env, "APPEALS_KAFKA_PORT", DEFAULT_KAFKA_PORT))
                .kafkaControllerPort(intEnv(env, "APPEALS_KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT))
                .externalDb(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"))
                .externalKafkaBootstrap(env.get("KAFKA_BOOTSTRAP"))
                .commandPort(intEnv(env, "APPEALS_COMMAND_PORT", DEFAULT_COMMAND_PORT))
                .queryPort(intEnv(env, "APPEALS_QUERY_PORT", DEFAULT_QUERY_PORT))
                .keycloakPort(intEnv(env, "APPEALS_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT))
                .keycloakManagementPort(intEnv(env, "APPEALS_KEYCLOAK_MANAGEMENT_PORT", DEFAULT_KEYCLOAK_MANAGEMENT_PORT))
                .externalIssuerUri(env.get("OIDC_ISSUER_URI"))
                .audience(blankToNull(env.get("OIDC_AUDIENCE")) != null ? env.get("OIDC_AUDIENCE") : DEFAULT_AUDIENCE)
                .topic(blankToNull(env.get("APPEALS_TOPIC")) != null ? env.get("APPEALS_TOPIC") : DEFAULT_TOPIC)
                .topicPartitions(positiveEnv(env, "APPEALS_TOPIC_PARTITIONS", DEFAULT_TOPIC_PARTITIONS))
                .consumerGroup(blankToNull(env.get("APPEALS_CONSUMER_GROUP")) != null
                        ? env.get("APPEALS_CONSUMER_GROUP") : DEFAULT_CONSUMER_GROUP)
                .environment(env)
                .instances(positiveEnv(env, "APPEALS_INSTANCES", 1))
                .infraOnly(Arrays.asList(args).contains("--infra-only")
                        || "1".equals(env.get("APPEALS_INFRA_ONLY"))
                        || "true".equalsIgnoreCase(env.get("APPEALS_INFRA_ONLY")));
        String dataDir = blankToNull(env.get("APPEALS_DATA_DIR"));
        if (dataDir != null) {
            b.dataDir(repoRoot.resolve(dataDir));
        }
        for (String arg : args) {
            if (!arg.equals("--infra-only")) {
                throw new IllegalArgumentException("unknown argument '" + arg + "' (supported: --infra-only)");
            }
        }
        return b.build();
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    private static String defaultKafkaClasspath(Path repoRoot) {
        Path lib = repoRoot.resolve("deploy/target/lib");
        if (Files.isDirectory(lib)) {
            return lib + File.separator + "*";
        }
        // e.g. inside a test JVM: the test classpath carries kafka_2.13 and its dependencies
        return System.getProperty("java.class.path");
    }

    private static int intEnv(Map<String, String> env, String name, int def) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            return def;
        }
        try {
            int port = Integer.parseInt(v.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "='" + v + "' is not a valid port number");
        }
    }

    private static int positiveEnv(Map<String, String> env, String name, int def) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "='" + v + "' is not a positive number");
        }
    }

    static int defaultPort(String module) {
        return "command-service".equals(module) ? DEFAULT_COMMAND_PORT : DEFAULT_QUERY_PORT;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Path repoRoot() { return repoRoot; }
    public Path dataDir() { return dataDir; }
    public Path logDir() { return dataDir.resolve("logs"); }
    public Path runDir() { return dataDir.resolve("run"); }
    public int pgPort() { return pgPort; }
    public int kafkaPort() { return kafkaPort; }
    public int kafkaControllerPort() { return kafkaControllerPort; }
    public boolean embeddedPostgres() { return externalDbUrl == null; }
    public boolean embeddedKafka() { return externalKafkaBootstrap == null; }
    public String externalDbUrl() { return externalDbUrl; }
    public String externalDbUser() { return externalDbUser; }
    public String externalDbPassword() { return externalDbPassword; }
    public String externalKafkaBootstrap() { return externalKafkaBootstrap; }
    public boolean infraOnly() { return infraOnly; }
    public int commandPort() { return commandPort; }
    public int queryPort() { return queryPort; }
    /** Instances of each service (APPEALS_INSTANCES): all share PostgreSQL, Kafka and the consumer group. */
    public int instances() { return instances; }
    /** The port of a service's n-th instance (1-based): the first keeps its port, the others add 10 each. */
    public int commandPort(int instance) { return commandPort + 10 * (instance - 1); }
    public int queryPort(int instance) { return queryPort + 10 * (instance - 1); }
    public String kafkaClasspath() { return kafkaClasspath; }
    public Duration serviceHealthTimeout() { return serviceHealthTimeout; }
    public Duration kafkaStartTimeout() { return kafkaStartTimeout; }
    public Path secretsDir() { return dataDir.resolve("secrets"); }
    public int keycloakPort() { return keycloakPort; }
    public int keycloakManagementPort() { return keycloakManagementPort; }
    /** No OIDC_ISSUER_URI: the launcher starts Keycloak with the appeals realm. */
    public boolean embeddedKeycloak() { return externalIssuerUri == null && startKeycloak; }
    public String externalIssuerUri() { return externalIssuerUri; }
    public String audience() { return audience; }
    public Path keycloakDistZip() { return keycloakDistZip; }
    public Path realmFile() { return realmFile; }
    public Duration keycloakStartTimeout() { return keycloakStartTimeout; }
    public String topic() { return topic; }
    public int topicPartitions() { return topicPartitions; }
    public String consumerGroup() { return consumerGroup; }
    /** The environment the config was read from (System.getenv() for run.sh; what a test gave otherwise). */
    public Map<String, String> environment() { return environment; }

    public static final class Builder {
        private final Path repoRoot;
        private Path dataDir;
        private int pgPort = DEFAULT_PG_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int kafkaControllerPort = DEFAULT_KAFKA_CONTROLLER_PORT;
        private String externalDbUrl;
        private String externalDbUser;
        private String externalDbPassword;
        private String externalKafkaBootstrap;
        private boolean infraOnly;
        private int commandPort = DEFAULT_COMMAND_PORT;
        private int queryPort = DEFAULT_QUERY_PORT;
        private String kafkaClasspath;
        private Duration serviceHealthTimeout = Duration.ofSeconds(180);
        private Duration kafkaStartTimeout = Duration.ofSeconds(120);
        private int keycloakPort = DEFAULT_KEYCLOAK_PORT;
        private int keycloakManagementPort = DEFAULT_KEYCLOAK_MANAGEMENT_PORT;
        private String externalIssuerUri;
        private String audience = DEFAULT_AUDIENCE;
        private Path keycloakDistZip;
        private Path realmFile;
        // Keycloak's first start-dev builds its Quarkus application: about a minute on a busy 2-core machine
        private Duration keycloakStartTimeout = Duration.ofSeconds(300);
        private String topic = DEFAULT_TOPIC;
        private int topicPartitions = DEFAULT_TOPIC_PARTITIONS;
        private String consumerGroup = DEFAULT_CONSUMER_GROUP;
        private Map<String, String> environment = Map.of();
        private boolean startKeycloak = true;
        private int instances = 1;

        private Builder(Path repoRoot) {
            this.repoRoot = Objects.requireNonNull(repoRoot, "repoRoot");
        }

        public Builder dataDir(Path dataDir) { this.dataDir = dataDir; return this; }
        public Builder pgPort(int port) { this.pgPort = port; return this; }
        public Builder kafkaPort(int port) { this.kafkaPort = port; return this; }
        public Builder kafkaControllerPort(int port) { this.kafkaControllerPort = port; return this; }
        public Builder externalDb(String url, String user, String password) {
            this.externalDbUrl = url;
            this.externalDbUser = user;
            this.externalDbPassword = password;
            return this;
        }
        public Builder externalKafkaBootstrap(String bootstrap) { this.externalKafkaBootstrap = bootstrap; return this; }
        public Builder infraOnly(boolean infraOnly) { this.infraOnly = infraOnly; return this; }
        /** Port the command service listens on; only a non-default value is passed as SERVER_PORT. */
        public Builder commandPort(int port) { this.commandPort = port; return this; }
        public Builder queryPort(int port) { this.queryPort = port; return this; }
        /** Classpath for the broker JVM; defaults to deploy/target/lib/* or this JVM's classpath. */
        public Builder kafkaClasspath(String classpath) { this.kafkaClasspath = classpath; return this; }
        public Builder serviceHealthTimeout(Duration timeout) { this.serviceHealthTimeout = timeout; return this; }
        public Builder kafkaStartTimeout(Duration timeout) { this.kafkaStartTimeout = timeout; return this; }
        public Builder keycloakPort(int port) { this.keycloakPort = port; return this; }
        public Builder keycloakManagementPort(int port) { this.keycloakManagementPort = port; return this; }
        /** An identity provider of one's own: no Keycloak is started and the services trust this issuer. */
        public Builder externalIssuerUri(String issuer) { this.externalIssuerUri = issuer; return this; }
        public Builder audience(String audience) { this.audience = audience; return this; }
        public Builder keycloakDistZip(Path zip) { this.keycloakDistZip = zip; return this; }
        public Builder realmFile(Path file) { this.realmFile = file; return this; }
        public Builder keycloakStartTimeout(Duration timeout) { this.keycloakStartTimeout = timeout; return this; }
        public Builder topic(String topic) { this.topic = topic; return this; }
        public Builder topicPartitions(int partitions) { this.topicPartitions = partitions; return this; }
        public Builder consumerGroup(String group) { this.consumerGroup = group; return this; }
        /** Tests of PostgreSQL and Kafka alone skip the slow identity provider; the services then get no issuer. */
        public Builder startKeycloak(boolean start) { this.startKeycloak = start; return this; }
        /** Instances of each service; more than 9 would collide with the next service's ports. */
        public Builder instances(int instances) {
            if (instances < 1 || instances > 9) {
                throw new IllegalArgumentException("APPEALS_INSTANCES='" + instances + "' must be 1 to 9");
            }
            this.instances = instances;
            return this;
        }
        public Builder environment(Map<String, String> env) {
            this.environment = env.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return this;
        }

        public LauncherConfig build() {
            return new LauncherConfig(this);
        }
    }
}
