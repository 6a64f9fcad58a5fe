package kz.appeals.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist}, copied by the deploy
 * module's build to {@code deploy/target/keycloak/}), run as {@code kc.sh start-dev} on loopback with the H2 dev
 * database. Layout under {@code <data>/keycloak/}:
 * <pre>
 *   keycloak-&lt;version&gt;/             the unpacked distribution, its home; data/h2 holds the realm once imported
 *   keycloak-&lt;version&gt;/data/import/  appeals-realm.json, copied from the repository on every start
 * </pre>
 * The realm file names its secrets as {@code ${APPEALS_DEMO_PASSWORD}} and {@code ${APPEALS_PORTAL_CLIENT_SECRET}};
 * Keycloak resolves them from this process's environment when it imports the realm (first start only: an existing
 * realm is not imported again).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "appeals";
    static final String MARKER = "kc.home.dir";
    private static final String INSTALLED = ".appeals-installed";

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final Path pidFile;
    private volatile boolean closed;

    private KeycloakServer(Process process, int port, int managementPort, Path logFile, Path pidFile) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /** Unpacks the distribution if needed and starts Keycloak; does not wait (see {@link #awaitReady}). */
    public static KeycloakServer start(Path distZip, Path realmFile, Path keycloakDir, Path javaHome, int port,
                                       int managementPort, Secrets secrets, Path logFile, Path pidFile) {
        Processes.reapOrphan(pidFile, MARKER, "Keycloak");
        Processes.requirePortFree(port, "Keycloak");
        Processes.requirePortFree(managementPort, "Keycloak management (health)");
        if (!Files.isRegularFile(realmFile)) {
            throw new LauncherException("the realm file " + realmFile + " is missing");
        }
        try {
            Path home = install(distZip, keycloakDir);
            Path importDir = home.resolve("data").resolve("import");
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve("appeals-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(logFile.getParent());

            List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve("kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port,
                    // a fixed issuer, whatever host name a client used to reach the server
                    "--hostname=http://127.0.0.1:" + port,
                    "--http-management-port=" + managementPort, "--health-enabled=true",
                    "--import-realm"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .redirectInput(Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = pb.environment();
            // the embedded server is configured here only: inherited KC_* or JAVA_OPTS would change it silently
            env.keySet().removeIf(k -> k.startsWith("KC_") || k.equals("JAVA_OPTS") || k.startsWith("JAVA_OPTS_"));
            env.put("JAVA_HOME", javaHome.toString());
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get(Secrets.KEYCLOAK_ADMIN));
            env.put("APPEALS_DEMO_PASSWORD", secrets.get(Secrets.DEMO_PASSWORD));
            env.put("APPEALS_PORTAL_CLIENT_SECRET", secrets.get(Secrets.PORTAL_CLIENT_SECRET));
            Process process = pb.start();
            Processes.writePid(pidFile, process.pid()); // kc.sh execs java: same pid
            Log.info("Keycloak starting with " + javaHome + " (pid " + process.pid() + ", log " + logFile + ")");
            return new KeycloakServer(process, port, managementPort, logFile, pidFile);
        } catch (IOException e) {
            throw new LauncherException("cannot start Keycloak: " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks the zip into {@code keycloakDir/<its top folder>} once; a marker written last tells a complete
     * unpacking from one interrupted half-way (which is deleted and redone).
     */
    static Path install(Path distZip, Path keycloakDir) throws IOException {
        if (!Files.isRegularFile(distZip)) {
            throw new LauncherException("the Keycloak distribution " + distZip + " is missing." + System.lineSeparator()
                    + "  Build first: mvn -B -DskipTests package (the deploy module copies it from Maven Central),"
                    + System.lineSeparator() + "  or set OIDC_ISSUER_URI to use an identity provider of your own.");
        }
        try (ZipFile zip = new ZipFile(distZip.toFile())) {
            String top = topFolder(zip);
            Path home = keycloakDir.resolve(top).normalize();
            if (Files.exists(home.resolve(INSTALLED))) {
                return home;
            }
            Log.info("unpacking " + distZip.getFileName() + " into " + home);
            deleteTree(home);
            Files.createDirectories(keycloakDir);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = keycloakDir.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new LauncherException("unexpected entry " + entry.getName() + " in " + distZip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(home.resolve(INSTALLED), distZip.getFileName() + System.lineSeparator());
            return home;
        }
    }

    private static String topFolder(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            if (slash > 0) {
                return name.substring(0, slash);
            }
        }
        throw new LauncherException("the Keycloak distribution " + zip.getName() + " has no top folder");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Waits until the health endpoint says ready and the realm's discovery document is served. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<URI> probes = List.of(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"),
                URI.create(issuerUri() + "/.well-known/openid-configuration"));
        int next = 0;
        while (next < probes.size()) {
            if (!process.isAlive()) {
                throw new LauncherException("Keycloak exited during start-up (exit " + process.exitValue() + "); see "
                        + logFile + System.lineSeparator() + Processes.tail(logFile, 40));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(probes.get(next))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    next++;
                    continue;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("interrupted while waiting for Keycloak");
            }
            if (System.nanoTime() > deadline) {
                throw new LauncherException("Keycloak was not ready at " + probes.get(next) + " within "
                        + timeout.toSeconds() + " s; see " + logFile + System.lineSeparator()
                        + Processes.tail(logFile, 40));
            }
            Processes.sleep(1000);
        }
        Log.info("Keycloak ready, issuer " + issuerUri());
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return logFile;
    }

    /** SIGTERM (Quarkus shuts down gracefully), up to 30 s, then SIGKILL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Processes.stop(process.toHandle(), "Keycloak", 30);
        Processes.deleteQuietly(pidFile);
    }
}
