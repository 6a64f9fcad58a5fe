package kz.appeals.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fault drills' section of the report. */
final class DrillReport {

    private DrillReport() {
    }

    @SuppressWarnings("unchecked")
    static void write(Report report, Map<String, Object> results) {
        report.h2("Fault drills (under load, loopback only, bounded)");
        if (results.isEmpty()) {
            report.para("No drill ran.");
            return;
        }
        Map<String, Object> kill = (Map<String, Object>) results.get("killQueryService");
        if (kill != null) {
            report.h3("kill -9 query-service, restart, compare with a full rebuild — "
                    + verdict(kill));
            report.bullet("kills (moment into the drill's load, restart to healthy): " + kill.get("kills"));
            report.bullet("commands during the drill: " + kill.get("commands") + "; reads: " + kill.get("reads")
                    + " (reads fail while query-service is down — expected)");
            report.bullet("every accepted appeal visible in the read model " + kill.get("secondsUntilAllVisible")
                    + " s after the load ended; journal vs event store for those appeals: "
                    + kill.get("journalVsEventStore"));
            report.bullet("checksums before the rebuild (live): " + kill.get("checksumsLive"));
            report.bullet("checksums after the rebuild: " + kill.get("checksumsRebuilt"));
            report.bullet("rebuild: " + kill.get("rebuild"));
            brokenLines(report, kill);
            report.endList();
        }
        Map<String, Object> kafka = (Map<String, Object>) results.get("stopKafka");
        if (kafka != null) {
            report.h3("Kafka broker stopped for " + Math.round(((Number) kafka.get("brokerDownMs")).doubleValue()
                    / 1000) + " s — " + verdict(kafka));
            report.bullet("broker: controlled shutdown " + kafka.get("brokerStopMs") + " ms, down "
                    + kafka.get("brokerDownMs") + " ms, start " + kafka.get("brokerStartMs") + " ms");
            report.bullet("commands during the drill: " + kafka.get("commands") + " (p99 " + kafka.get("commandP99Ms")
                    + " ms); reads: " + kafka.get("reads"));
            report.bullet("all " + kafka.get("acceptedAppeals") + " appeals' events journaled "
                    + kafka.get("secondsFromBrokerUpToAllJournaled") + " s after the broker was back; journal vs "
                    + "event store: " + kafka.get("journalVsEventStore"));
            report.bullet("audit history (`GET /api/audit/appeals/{id}/events`) of a sample: "
                    + kafka.get("auditSample"));
            brokenLines(report, kafka);
            report.endList();
        }
        Map<String, Object> pg = (Map<String, Object>) results.get("restartPostgres");
        if (pg != null) {
            report.h3("PostgreSQL stopped and restarted — " + verdict(pg));
            report.bullet("PostgreSQL: stop (fast) " + pg.get("stopMs") + " ms, down " + pg.get("downMs")
                    + " ms, start " + pg.get("startMs") + " ms; fault at " + pg.get("faultSecondsIntoLoad")
                    + " s, back at " + pg.get("backSecondsIntoLoad") + " s of the load");
            report.bullet("what the clients got: " + pg.get("commands") + ", unsent " + pg.get("unsent")
                    + " (p99 " + pg.get("commandP99Ms") + " ms, max " + pg.get("commandMaxMs") + " ms)");
            report.bullet("first 201 " + pg.get("secondsFromPostgresUpToFirst201")
                    + " s after PostgreSQL was back (no restart of any service)");
            report.bullet("failed commands retried with the same Idempotency-Key and body: "
                    + pg.get("retriesOfFailedCommands"));
            report.bullet("integrity: " + pg.get("integrity"));
            report.bullet("query side had every appeal " + pg.get("secondsUntilQuerySideHasAll")
                    + " s after the load ended");
            brokenLines(report, pg);
            report.endList();
            Map<String, List<Long>> timeline = (Map<String, List<Long>>) pg.get("outcomesPerSecond");
            if (timeline != null) {
                Map<String, List<double[]>> series = Charts.series();
                timeline.forEach((k, v) -> {
                    List<double[]> pts = new ArrayList<>();
                    for (int i = 0; i < v.size(); i++) {
                        pts.add(new double[] {i, v.get(i)});
                    }
                    series.put(k, pts);
                });
                Charts.lines(report.dir().resolve("drill-postgres.png"),
                        "Command outcomes per second around the PostgreSQL restart", "second of the drill's load",
                        "responses per second", series, false, false, false);
                report.image("drill-postgres.png", "outcomes per second during the PostgreSQL restart");
            }
        }
    }

    /** The two-instance drill of issue 13 (item 7). */
    @SuppressWarnings("unchecked")
    static void writeTwoInstances(Report report, Map<String, Object> results) {
        Map<String, Object> d = (Map<String, Object>) results.get("killOneInstanceOfEach");
        if (d == null) {
            return;
        }
        report.h3("Two instances of each service, kill -9 of one of each under load — " + verdict(d));
        report.bullet("killed " + d.get("killed") + " (the command-service instance holding the Kafka publisher's "
                + "token claim: " + d.get("killedPublisherOwner") + "); the survivors took over the claim after "
                + d.get("secondsUntilPublisherClaimedBySurvivor") + " s");
        report.bullet("filings: " + d.get("commands") + " (p99 " + d.get("commandP99Ms") + " ms); requests sent "
                + "again to the other instance after a connection failure (same Idempotency-Key): "
                + d.get("failovers") + "; reads: " + d.get("reads"));
        report.bullet("every command type: " + d.get("byCommandType"));
        report.bullet(d.get("acceptedAppeals") + " filed appeals and " + d.get("complaints") + " complaints visible "
                + d.get("secondsUntilAllVisible") + " s after the load; journal vs event store: "
                + d.get("journalVsEventStore") + "; audit sample: " + d.get("auditSample"));
        report.bullet("no loss, no duplicate: " + d.get("integrity"));
        report.bullet("deadlines fire once (backdated appeals, both instances' schedulers running): "
                + d.get("deadlines"));
        report.bullet("killed instances restarted (ms to healthy): " + d.get("restartToHealthyMs"));
        report.bullet("checksums live: " + d.get("checksumsLive") + "; after a full rebuild: "
                + d.get("checksumsRebuilt"));
        brokenLines(report, d);
        report.endList();
    }

    private static String verdict(Map<String, Object> r) {
        return Boolean.TRUE.equals(r.get("passed")) ? "**passed**" : "**FAILED**";
    }

    private static void brokenLines(Report report, Map<String, Object> r) {
        Object broken = r.get("broken");
        if (broken instanceof List<?> l) {
            for (Object b : l) {
                report.bullet("**broken:** " + b);
            }
        }
    }
}
