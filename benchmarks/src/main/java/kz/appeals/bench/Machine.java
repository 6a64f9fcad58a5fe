package kz.appeals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The machine the run is on, as the report states it: nproc, free -h, CPU model, JDK, load, commit. */
final class Machine {

    private Machine() {
    }

    static void describe(Report report, Config config, Infra infra) {
        Map<String, Object> m = report.node("machine");
        m.put("nproc", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", cpuModel());
        m.put("freeH", run("free", "-h").strip());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("loadAverageAtStart", read("/proc/loadavg").strip());
        m.put("gitCommit", run("git", "rev-parse", "--short", "HEAD").strip());
        m.put("gitDirtyFiles", run("git", "status", "--porcelain").lines().count());
        report.node("config").putAll(config.asMap());
        report.node("config").put("postgres", infra.embeddedPostgres() ? "embedded (zonky, started by the harness)"
                : "external DB_URL");
        report.node("config").put("kafka", infra.embeddedKafka() ? "broker process (started by the harness)"
                : "external KAFKA_BOOTSTRAP");
        report.node("config").put("identityProvider", infra.embeddedKeycloak()
                ? "Keycloak with the repository's realm (started by the harness)" : "external OIDC_ISSUER_URI");

        report.h2("Machine");
        report.table(List.of("what", "value"), List.of(
                List.of("nproc", m.get("nproc").toString()),
                List.of("CPU model", m.get("cpuModel").toString()),
                List.of("memory (free -h)", "<pre>" + m.get("freeH").toString().replace("\n", "<br>") + "</pre>"),
                List.of("JDK", m.get("jdk").toString()),
                List.of("OS", m.get("os").toString()),
                List.of("load average at start", m.get("loadAverageAtStart").toString()),
                List.of("commit", m.get("gitCommit") + " (" + m.get("gitDirtyFiles")
                        + " uncommitted files in the tree)"),
                List.of("PostgreSQL / Kafka", report.node("config").get("postgres") + " / "
                        + report.node("config").get("kafka")),
                List.of("identity provider", report.node("config").get("identityProvider").toString()),
                List.of("services", "java -Xmx512m -jar (the launcher's ServiceProcess), JFR "
                        + (config.profile() ? "on (settings=profile)" : "off")
                        + (System.getenv("BENCH_SERVICE_ENV") == null ? ""
                        : "; extra settings BENCH_SERVICE_ENV=" + System.getenv("BENCH_SERVICE_ENV")))));
        report.para("Everything — PostgreSQL, the broker, both services and this load generator — shares these "
                + "cores; the generator's own CPU use is listed with the resources. Anything else running on the "
                + "machine shows in the 'machine' CPU figure.");
        report.para("Every request carries a real bearer token from the identity provider, obtained as a client "
                + "would: filings and the read-backs of filed appeals as the e-Otinish portal (client credentials), "
                + "list pages as a prosecutor, the drills' checksums and rebuilds as the operator and appeal "
                + "histories as the auditor (password grant). **Token validation is part of what is measured**: "
                + "each service checks every request's JWT signature against the provider's JWKS (cached after the "
                + "first request), its issuer, audience and expiry, and decides the request by the authorization "
                + "matrix before it does anything else. Tokens live 10 minutes; the harness renews each one in the "
                + "background 2 minutes before it expires (summary.json: tokens.renewals), so no request waits for "
                + "the provider and none is sent with an expired token. The provider itself runs on the same cores "
                + "and is idle during the load steps apart from those renewals.");
    }

    static String cpuModel() {
        for (String line : read("/proc/cpuinfo").lines().toList()) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(20, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
