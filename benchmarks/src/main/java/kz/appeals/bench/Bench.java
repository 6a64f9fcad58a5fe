package kz.appeals.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark harness: {@code bash benchmarks/run.sh [--smoke]}. Brings the system up (embedded PostgreSQL and a
 * Kafka broker unless DB_URL / KAFKA_BOOTSTRAP are set, both services on free loopback ports, data in its own
 * directory), then runs load steps with lag and resources, the raw baselines, the replay, and the fault drills, and
 * writes benchmark-reports/&lt;timestamp&gt;/ (report.md, charts, summary.json). Exits 1 on a broken invariant or an
 * error, never because of a speed figure.
 */
public final class Bench {

    private static final PrintStream CONSOLE = System.out;
    private static final long T0 = System.nanoTime();

    private final Config config;
    private final Report report;
    private final Infra infra;
    /** Start-up is bounded by the servers' own timeouts; the budget counts from when the system is up. */
    static final long START_UP_ALLOWANCE_NANOS = TimeUnit.MINUTES.toNanos(12);
    private volatile long deadlineNanos;
    private Resources resources;

    private Bench(Config config, Report report, Infra infra) {
        this.config = config;
        this.report = report;
        this.infra = infra;
        this.deadlineNanos = T0 + START_UP_ALLOWANCE_NANOS + TimeUnit.MINUTES.toNanos(config.budgetMinutes());
    }

    static void log(String message) {
        long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - T0);
        synchronized (CONSOLE) {
            CONSOLE.printf(Locale.ROOT, "[bench %3d:%02d] %s%n", s / 60, s % 60, message);
            CONSOLE.flush();
        }
    }

    long timeLeftSeconds() {
        return TimeUnit.NANOSECONDS.toSeconds(deadlineNanos - System.nanoTime());
    }

    long seed(String name) {
        return name.hashCode() * 1_000_003L + 17;
    }

    Resources resources() {
        return resources;
    }

    Report report() {
        return report;
    }

    Config config() {
        return config;
    }

    public static void main(String[] args) throws Exception {
        List<String> argList = Arrays.asList(args);
        for (String a : argList) {
            if (!a.equals("--smoke")) {
                System.err.println("usage: bash benchmarks/run.sh [--smoke]   (unknown argument " + a + ")");
                System.exit(2);
            }
        }
        Config config = Config.of(argList.contains("--smoke"), System.getenv());
        Path repo = Path.of(env("BENCH_REPO", ".")).toAbsolutePath().normalize();
        Path reports = Path.of(env("BENCH_REPORTS_DIR", repo.resolve("benchmark-reports").toString()));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + (config.smoke() ? "-smoke" : "");
        Path dir = reports.resolve(stamp).toAbsolutePath();
        Path work = reports.resolve(".work").resolve(stamp).toAbsolutePath();
        Path jars = Path.of(env("BENCH_JAR_DIR", repo.toString()));
        String kafkaClasspath = env("BENCH_KAFKA_CLASSPATH", repo.resolve("deploy/target/lib") + "/*");
        Files.createDirectories(dir);
        Files.createDirectories(work);
        // the launcher classes print each service's log lines to stdout; keep them in the log files only
        System.setOut(new PrintStream(new LineFilter(CONSOLE), true, StandardCharsets.UTF_8));

        String jfr = config.profile() ? "-XX:StartFlightRecording=name=bench,settings=profile,maxsize=400m" : null;
        Report report = new Report(dir);
        Infra infra = new Infra(repo, work, dir.resolve("logs"), jars, kafkaClasspath, jfr);
        Bench bench = new Bench(config, report, infra);
        log((config.smoke() ? "SMOKE" : "FULL") + " run; report in " + dir);
        Thread watchdog = watchdog(bench, config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                infra.close(); // Ctrl-C: stop what was started; a no-op after a normal finish
                report.write();
            } catch (RuntimeException ignored) {
                // exiting anyway
            }
            if (!"1".equals(System.getenv("BENCH_KEEP_DATA"))) {
                deleteTree(work);
            }
        }, "bench-shutdown"));
        int rc;
        try {
            bench.run();
        } catch (Throwable t) {
            log("harness error: " + t);
            t.printStackTrace(CONSOLE);
            report.breakage("harness error: " + t);
        } finally {
            watchdog.interrupt();
            try {
                report.write();
            } catch (RuntimeException e) {
                log("could not write the report: " + e);
            }
            log("stopping the system");
            try {
                if (bench.resources != null) {
                    bench.resources.close();
                }
                infra.close();
            } catch (RuntimeException e) {
                log("stop reported: " + e);
            }
            if (!"1".equals(System.getenv("BENCH_KEEP_DATA"))) {
                deleteTree(work);
            }
        }
        rc = report.breakages().isEmpty() ? 0 : 1;
        log("report: " + dir.resolve("report.md"));
        log(rc == 0 ? "benchmark finished: no broken invariant" : "benchmark FAILED: " + report.breakages());
        System.exit(rc);
    }

    /**
     * The whole run is bounded: past its budget (plus 2 minutes of grace) the report is written and the process exits
     * 1. The budget is for the measured phases and counts from when the system is up; Keycloak's first start alone
     * takes one to five minutes on a loaded 2-core machine, and start-up is bounded by its own timeouts.
     */
    private static Thread watchdog(Bench bench, Config config) {
        Thread t = new Thread(() -> {
            try {
                while (System.nanoTime() < bench.deadlineNanos + TimeUnit.MINUTES.toNanos(2)) {
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                return;
            }
            log("time budget of " + config.budgetMinutes() + " min exceeded: stopping");
            bench.report.breakage("time budget exceeded");
            try {
                bench.report.write();
                bench.infra.close();
            } finally {
                Runtime.getRuntime().halt(1);
            }
        }, "watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void run() throws Exception {
        report.h1("Benchmark report — " + (config.smoke() ? "smoke run" : "full run") + ", "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        Machine.describe(report, config, infra);
        report.write();

        long t0 = System.nanoTime();
        infra.startInfra();
        Map<String, Long> started = infra.startServices();
        infra.startups.put("commandServiceMs", started.get(Infra.COMMAND));
        infra.startups.put("queryServiceMs", started.get(Infra.QUERY));
        infra.springReportedStartSeconds("command").ifPresent(s -> infra.startups.put("commandSpringSeconds", s));
        infra.springReportedStartSeconds("query").ifPresent(s -> infra.startups.put("querySpringSeconds", s));
        infra.startups.put("wholeSystemMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        resources = new Resources(infra);
        report.node("startup").putAll(infra.startups);
        deadlineNanos = System.nanoTime() + TimeUnit.MINUTES.toNanos(config.budgetMinutes());

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread th = new Thread(r, "http-client");
                    th.setDaemon(true);
                    return th;
                })).build();
        OpenLoad load = new OpenLoad(http, () -> infra.baseUrls(Infra.COMMAND), () -> infra.baseUrls(Infra.QUERY),
                config.maxInFlight(), infra.auth(), config.followUpRatio());

        LoadPhase loadPhase = new LoadPhase(this, infra, config, load);
        loadPhase.run();
        LoadReport.write(report, loadPhase, infra, resources);
        report.write();
        Rest rest = new Rest(this, infra, loadPhase);
        try {
            if (config.profile()) {
                rest.profile();
                report.write();
            }
            rest.baselines();
            report.write();
            rest.drills(load);
            report.write();
            if (config.twoInstances()) {
                rest.twoInstances(load);
                report.write();
            }
            rest.replay();
            report.write();
        } finally {
            rest.targets();
            report.node("tokens").put("renewals", infra.auth().renewals());
            report.write();
        }
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Passes the launcher's own lines and drops the services' log lines (they are in logs/). */
    private static final class LineFilter extends OutputStream {
        private final PrintStream target;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        LineFilter(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (s.startsWith("[launcher]")) {
                    synchronized (CONSOLE) {
                        target.println(s);
                    }
                }
            } else {
                line.write(b);
            }
        }
    }
}
