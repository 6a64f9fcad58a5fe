package kz.appeals.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka (KRaft, combined broker+controller) in its own JVM, started from the jars
 * in {@code deploy/target/lib}. Layout under the data directory:
 * <pre>
 *   kafka/                      log.dirs (formatted once by kafka.tools.StorageTool)
 *   kafka-cluster-id            the cluster id used for formatting, kept across restarts
 *   kafka-conf/server.properties, kafka-conf/log4j.properties   regenerated on every start
 *   run/kafka.pid               pid of the broker, to clean up after a SIGKILLed launcher
 * </pre>
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "kafka.Kafka";

    private final Process process;
    private final String bootstrapServers;
    private final Path logFile;
    private final Path pidFile;
    private volatile boolean closed;

    private KafkaBrokerProcess(Process process, String bootstrapServers, Path logFile, Path pidFile) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Formats the log dir if needed, starts the broker and waits until it answers describeCluster.
     */
    public static KafkaBrokerProcess start(Path dataDir, int brokerPort, int controllerPort, String classpath,
                                           Path logFile, Duration startTimeout) {
        Path logDirs = dataDir.resolve("kafka");
        Path confDir = dataDir.resolve("kafka-conf");
        Path pidFile = dataDir.resolve("run").resolve("kafka.pid");
        Processes.reapOrphan(pidFile, MAIN_CLASS, "Kafka broker");
        Processes.requirePortFree(brokerPort, "Kafka broker");
        Processes.requirePortFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(logDirs);
            Files.createDirectories(confDir);
            Files.createDirectories(logFile.getParent());
            Path serverProps = confDir.resolve("server.properties");
            Path log4jProps = confDir.resolve("log4j.properties");
            writeServerProperties(serverProps, logDirs, brokerPort, controllerPort);
            writeLog4jProperties(log4jProps);
            List<String> jvm = List.of(Processes.javaExecutable(), "-Xms128m", "-Xmx512m",
                    "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
                    "-Dlog4j.configuration=" + log4jProps.toUri(), "-cp", classpath);

            if (!Files.exists(logDirs.resolve("meta.properties"))) {
                format(jvm, dataDir, serverProps, logFile);
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
            KafkaBrokerProcess broker = new KafkaBrokerProcess(process, "127.0.0.1:" + brokerPort, logFile, pidFile);
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

    private static void format(List<String> jvm, Path dataDir, Path serverProps, Path logFile) throws IOException {
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

    private static void writeServerProperties(Path file, Path logDirs, int brokerPort, int controllerPort)
            throws IOException {
        String props = String.join(System.lineSeparator(),
                "# generated by kz.appeals.deploy.KafkaBrokerProcess on every start; edits are overwritten",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
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
        Files.writeString(file, props, StandardCharsets.UTF_8);
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
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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
