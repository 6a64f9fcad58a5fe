package kz.appeals.deploy;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka (KRaft, combined broker+controller) in its own JVM, started from the jars
 * in {@code deploy/target/lib}. Layout under the data directory:
 * <pre>
 *   kafka/                      log.dirs (formatted once by kafka.tools.StorageTool, with the SCRAM users)
 *   kafka-cluster-id            the cluster id used for formatting, kept across restarts
 *   kafka-conf/server.properties, kafka-conf/log4j.properties   regenerated on every start (mode 600: passwords)
 *   run/kafka.pid               pid of the broker, to clean up after a SIGKILLed launcher
 *   secrets/kafka-*-password    the SCRAM passwords, generated before the first format
 * </pre>
 * Closed by default: the client listener takes only SASL/SCRAM-SHA-256, the loopback controller listener only
 * SASL/PLAIN for {@code admin}; the StandardAuthorizer denies whatever no ACL allows. {@code admin} (the launcher, the
 * broker itself) is the super user; {@link #grantServiceAccess} gives each service just what it needs.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "kafka.Kafka";
    public static final String MECHANISM = "SCRAM-SHA-256";
    public static final String ADMIN_USER = "admin";
    public static final String COMMAND_USER = "command-service";
    public static final String QUERY_USER = "query-service";

    private final Process process;
    private final String bootstrapServers;
    private final Path logFile;
    private final Path pidFile;
    private final Secrets secrets;
    private volatile boolean closed;

    private KafkaBrokerProcess(Process process, String bootstrapServers, Path logFile, Path pidFile, Secrets secrets) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.secrets = secrets;
    }

    /**
     * Formats the log dir if needed, starts the broker and waits until it answers describeCluster.
     */
    public static KafkaBrokerProcess start(Path dataDir, int brokerPort, int controllerPort, String classpath,
                                           Path logFile, Duration startTimeout, Secrets secrets) {
        Path logDirs = dataDir.resolve("kafka");
        Path confDir = dataDir.resolve("kafka-conf");
        Path pidFile = dataDir.resolve("run").resolve("kafka.pid");
        Processes.reapOrphan(pidFile, MAIN_CLASS, "Kafka broker");
        Processes.requirePortFree(brokerPort, "Kafka broker");
        Processes.requirePortFree(controllerPort, "Kafka controller");
        boolean formatted = Files.exists(logDirs.resolve("meta.properties"));
        if (formatted && !secrets.exists(Secrets.KAFKA_ADMIN)) {
            // formatted by an older launcher without SCRAM users: nobody could authenticate to it
            throw new LauncherException("the Kafka data in " + logDirs + " has no admin password in "
                    + secrets.directory() + ": it was created by an older version without authentication (or the "
                    + "secrets were deleted), and no one could log in to it." + System.lineSeparator()
                    + "  Delete the data folder for a fresh system: rm -rf " + dataDir);
        }
        try {
            Files.createDirectories(logDirs);
            Files.createDirectories(confDir);
            Files.createDirectories(logFile.getParent());
            Path serverProps = confDir.resolve("server.properties");
            Path log4jProps = confDir.resolve("log4j.properties");
            writeServerProperties(serverProps, logDirs, brokerPort, controllerPort, secrets.get(Secrets.KAFKA_ADMIN));
            writeLog4jProperties(log4jProps);
            List<String> jvm = List.of(Processes.javaExecutable(), "-Xms128m", "-Xmx512m",
                    "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
                    "-Dlog4j.configuration=" + log4jProps.toUri(), "-cp", classpath);

            if (!formatted) {
                format(jvm, dataDir, serverProps, logFile, secrets);
            }

            List<String> command = new ArrayList<>(jvm);
            command.add(MAIN_CLASS);
            command.add(serverProps.toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .redirectInput(Redirect.from(nullDevice()))
                    .start();
            Processes.writePid(pidFile, process.pid());
            KafkaBrokerProcess broker = new KafkaBrokerProcess(process, "127.0.0.1:" + brokerPort, logFile, pidFile,
                    secrets);
            Log.info("Kafka broker starting (pid " + process.pid() + ", log " + logFile + ")");
            try {
                broker.awaitReady(startTimeout);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new LauncherException("cannot start the Kafka broker: " + e.getMessage(), e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void format(List<String> jvm, Path dataDir, Path serverProps, Path logFile, Secrets secrets)
            throws IOException {
        Path idFile = dataDir.resolve("kafka-cluster-id");
        String clusterId;
        if (Files.isRegularFile(idFile) && !Files.readString(idFile).isBlank()) {
            clusterId = Files.readString(idFile).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(idFile, clusterId + System.lineSeparator(), StandardCharsets.US_ASCII);
        }
        Log.info("formatting Kafka storage (cluster id " + clusterId + ")");
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", clusterId, "-c", serverProps.toString()));
        // SCRAM credentials go into the first metadata records (KIP-900): the broker needs admin's to start with
        // the authorizer, and the services' are simply created at the same time. The passwords are on this short
        // command line once; the tool offers no other input for them.
        for (String[] user : new String[][] {{ADMIN_USER, Secrets.KAFKA_ADMIN}, {COMMAND_USER, Secrets.KAFKA_COMMAND},
                {QUERY_USER, Secrets.KAFKA_QUERY}}) {
            command.add("--add-scram");
            command.add(MECHANISM + "=[name=" + user[0] + ",password=" + secrets.get(user[1]) + "]");
        }
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LauncherException("Kafka storage format timed out" + System.lineSeparator()
                        + Processes.tail(logFile, 30));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while formatting Kafka storage");
        }
        if (p.exitValue() != 0) {
            throw new LauncherException("Kafka storage format failed (exit " + p.exitValue() + ")"
                    + System.lineSeparator() + Processes.tail(logFile, 30));
        }
    }

    private static void writeServerProperties(Path file, Path logDirs, int brokerPort, int controllerPort,
                                              String adminPassword) throws IOException {
        String scram = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + ADMIN_USER
                + "\" password=\"" + adminPassword + "\";";
        // PLAIN on the controller listener: KRaft controllers cannot check SCRAM (the credentials live in the
        // metadata they serve); the only PLAIN user is admin, whom the broker uses to reach its controller
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN_USER
                + "\" password=\"" + adminPassword + "\" user_" + ADMIN_USER + "=\"" + adminPassword + "\";";
        String props = String.join(System.lineSeparator(),
                "# generated by kz.appeals.deploy.KafkaBrokerProcess on every start; edits are overwritten",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=CLIENT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENT://127.0.0.1:" + brokerPort,
                "inter.broker.listener.name=CLIENT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=" + MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + MECHANISM,
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.client.sasl.enabled.mechanisms=" + MECHANISM,
                "listener.name.client." + MECHANISM.toLowerCase() + ".sasl.jaas.config=" + scram,
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plain,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:" + ADMIN_USER,
                "log.dirs=" + logDirs.toString().replace("\\", "/"),
                "num.partitions=6",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                "log.retention.hours=-1",
                "");
        Secrets.writePrivate(file, props);
    }

    private static void writeLog4jProperties(Path file) throws IOException {
        String props = String.join(System.lineSeparator(),
                "log4j.rootLogger=INFO, stdout",
                "log4j.appender.stdout=org.apache.log4j.ConsoleAppender",
                "log4j.appender.stdout.layout=org.apache.log4j.PatternLayout",
                "log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n",
                "log4j.logger.org.apache.kafka.clients=WARN",
                "log4j.logger.state.change.logger=WARN",
                "log4j.logger.kafka.request.logger=WARN",
                "");
        Files.writeString(file, props, StandardCharsets.UTF_8);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties props = new Properties();
        props.putAll(adminClientProperties());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new LauncherException("Kafka broker exited during start-up (exit " + process.exitValue()
                            + "); see " + logFile + System.lineSeparator() + Processes.tail(logFile, 40));
                }
                try {
                    int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                            .nodes().get(5, TimeUnit.SECONDS).size();
                    if (nodes > 0) {
                        Log.info("Kafka broker ready on " + bootstrapServers);
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LauncherException("interrupted while waiting for Kafka");
                } catch (Exception e) {
                    // not up yet
                }
                if (System.nanoTime() > deadline) {
                    throw new LauncherException("Kafka broker did not answer on " + bootstrapServers + " within "
                            + timeout.toSeconds() + " s; see " + logFile + System.lineSeparator()
                            + Processes.tail(logFile, 40));
                }
                Processes.sleep(500);
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Bootstrap servers and SASL settings of a client authenticated as {@code user}. */
    public static Map<String, Object> clientProperties(String bootstrapServers, String user, String password) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + user + "\" password=\"" + password + "\";");
    }

    public Map<String, Object> adminClientProperties() {
        return clientProperties(bootstrapServers, ADMIN_USER, secrets.get(Secrets.KAFKA_ADMIN));
    }

    /**
     * Creates the events topic (as admin) and the services' ACLs: command-service may create, describe and write the
     * topic and write idempotently; query-service may describe and read it and use its consumer group. Nothing else
     * is granted, so no other principal may write. Creating an ACL that exists changes nothing.
     */
    public void grantServiceAccess(String topic, int partitions, String consumerGroup) {
        ResourcePattern topicPattern = new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
        ResourcePattern groupPattern = new ResourcePattern(ResourceType.GROUP, consumerGroup, PatternType.LITERAL);
        ResourcePattern cluster = new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
        List<AclBinding> acls = new ArrayList<>();
        for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE)) {
            acls.add(allow(topicPattern, COMMAND_USER, op));
        }
        acls.add(allow(cluster, COMMAND_USER, AclOperation.IDEMPOTENT_WRITE));
        acls.add(allow(topicPattern, QUERY_USER, AclOperation.READ));
        acls.add(allow(topicPattern, QUERY_USER, AclOperation.DESCRIBE));
        acls.add(allow(groupPattern, QUERY_USER, AclOperation.READ));
        try (Admin admin = Admin.create(adminClientProperties())) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                Log.info("created topic " + topic + " (" + partitions + " partitions)");
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            Log.info("Kafka ACLs: " + COMMAND_USER + " writes " + topic + ", " + QUERY_USER + " reads it with group "
                    + consumerGroup + "; no one else has access");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while creating Kafka ACLs");
        } catch (Exception e) {
            throw new LauncherException("cannot create the topic or ACLs on the Kafka broker: " + e.getMessage(), e);
        }
    }

    private static AclBinding allow(ResourcePattern pattern, String user, AclOperation op) {
        return new AclBinding(pattern, new AccessControlEntry("User:" + user, "*", op, AclPermissionType.ALLOW));
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return logFile;
    }

    /** SIGTERM (controlled shutdown), up to 30 s, then SIGKILL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Processes.stop(process.toHandle(), "Kafka broker", 30);
        Processes.deleteQuietly(pidFile);
    }
}
