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
    public static final String DATABASE_NAME = "appeals";

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
    }

    /**
     * Reads APPEALS_PG_PORT, APPEALS_KAFKA_PORT, APPEALS_KAFKA_CONTROLLER_PORT, APPEALS_DATA_DIR,
     * APPEALS_INFRA_ONLY, DB_URL/DB_USER/DB_PASSWORD, KAFKA_BOOTSTRAP; args may contain --infra-only.
     */
    public static LauncherConfig fromEnvironment(Map<String, String> env, String[] args, Path repoRoot) {
        Builder b = builder(repoRoot)
                .pgPort(intEnv(env, "APPEALS_PG_PORT", DEFAULT_PG_PORT))
                .kafkaPort(intEnv(env, "APPEALS_KAFKA_PORT", DEFAULT_KAFKA_PORT))
                .kafkaControllerPort(intEnv(env, "APPEALS_KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT))
                .externalDb(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"))
                .externalKafkaBootstrap(env.get("KAFKA_BOOTSTRAP"))
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
    public String kafkaClasspath() { return kafkaClasspath; }
    public Duration serviceHealthTimeout() { return serviceHealthTimeout; }
    public Duration kafkaStartTimeout() { return kafkaStartTimeout; }

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

        public LauncherConfig build() {
            return new LauncherConfig(this);
        }
    }
}
