package kz.appeals.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Spring Boot service run as {@code java -Xmx512m -jar <jar>}. Its stdout+stderr is copied line
 * by line to the launcher's stdout with a {@code [name] } prefix and to {@code logFile}.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final URI healthUri;
    private final Path logFile;
    private final Path pidFile;
    private final Thread pump;
    private volatile boolean closed;

    private ServiceProcess(String name, Process process, URI healthUri, Path logFile, Path pidFile, Thread pump) {
        this.name = name;
        this.process = process;
        this.healthUri = healthUri;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.pump = pump;
    }

    /**
     * Starts the jar; does not wait for health (see {@link #awaitHealthy}).
     *
     * @param name      short name used as output prefix, e.g. {@code command}
     * @param jar       the executable jar; a missing jar fails with a hint to build first
     * @param env       variables added to the inherited environment; a null value removes an inherited one
     * @param healthUri URL that must answer 200 once the service is up
     */
    public static ServiceProcess start(String name, Path jar, Map<String, String> env, URI healthUri,
                                       Path logFile, Path pidFile, Path workingDir) {
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException(name + " service jar not found: " + jar + System.lineSeparator()
                    + "  Build the project first: mvn -B -DskipTests package   (bash deploy/run.sh does this)");
        }
        Processes.reapOrphan(pidFile, jar.getFileName().toString(), name + " service");
        Processes.requirePortFree(healthUri.getPort(), name + " service");
        List<String> command = new ArrayList<>(List.of(Processes.javaExecutable(), "-Xmx512m",
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true);
        // an inherited SERVER_PORT would put both services on the same port
        pb.environment().remove("SERVER_PORT");
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        try {
            Files.createDirectories(logFile.getParent());
            Process process = pb.start();
            process.getOutputStream().close(); // no stdin for services
            Processes.writePid(pidFile, process.pid());
            Thread pump = new Thread(() -> pump(name, process, logFile), name + "-output");
            pump.setDaemon(true);
            pump.start();
            Log.info(name + " service starting (pid " + process.pid() + ", log " + logFile + ")");
            return new ServiceProcess(name, process, healthUri, logFile, pidFile, pump);
        } catch (IOException e) {
            throw new LauncherException("cannot start " + name + " service: " + e.getMessage(), e);
        }
    }

    private static void pump(String name, Process process, Path logFile) {
        String prefix = "[" + name + "] ";
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = in.readLine()) != null) {
                Log.line(System.out, prefix + line);
                log.write(line);
                log.write(System.lineSeparator());
                log.flush();
            }
        } catch (IOException e) {
            // stream closed on exit
        }
    }

    /** Polls the health URL until 200; fails early if the process dies. */
    public void awaitHealthy(long deadlineNanos, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new LauncherException(name + " service exited during start-up (exit " + process.exitValue()
                        + "); see " + logFile + System.lineSeparator() + Processes.tail(logFile, 40));
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    Log.info(name + " service healthy at " + healthUri);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("interrupted while waiting for " + name);
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new LauncherException(name + " service did not report healthy at " + healthUri + " within "
                        + timeout.toSeconds() + " s; see its log " + logFile + System.lineSeparator()
                        + Processes.tail(logFile, 40));
            }
            Processes.sleep(1000);
        }
    }

    public URI healthUri() {
        return healthUri;
    }

    public String name() {
        return name;
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return logFile;
    }

    /** Sends SIGTERM without waiting; see {@link #close()}. */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** SIGTERM, up to 20 s for Spring's graceful shutdown, then SIGKILL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Processes.stop(process.toHandle(), name + " service", 20);
        try {
            pump.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Processes.deleteQuietly(pidFile);
    }
}
