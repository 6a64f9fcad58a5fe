package kz.appeals.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fault drills under load, each bounded in count and time, all on loopback:
 * <ol>
 *   <li>kill -9 of query-service at random moments, restart; afterwards its read models must equal a full rebuild
 *       (checksums of the admin API before and after a rebuild);</li>
 *   <li>the Kafka broker stopped for 30 s: no command may fail, and afterwards every event has arrived exactly once
 *       (the journal against the event store, and the audit history of a sample of appeals);</li>
 *   <li>PostgreSQL restarted: what the clients got is recorded as it happened; nothing half-written may remain,
 *       every failed command retried with its Idempotency-Key must then succeed, and the system recovers by
 *       itself.</li>
 * </ol>
 */
final class Drills {

    private final Bench bench;
    private final Infra infra;
    private final Config config;
    private final OpenLoad load;
    private final Report report;
    private final Api api;
    private final Random random = new Random();
    final Map<String, Object> results = new LinkedHashMap<>();
    final List<Replay.Rebuild> rebuilds = new ArrayList<>();

    Drills(Bench bench, Infra infra, Config config, OpenLoad load) {
        this.bench = bench;
        this.infra = infra;
        this.config = config;
        this.load = load;
        this.report = bench.report();
        this.api = new Api(infra.baseUrl(Infra.QUERY), infra.auth());
    }

    private Thread background(String name, int seconds, AtomicReference<OpenLoad.Step> out) {
        return background(name, seconds, load.followUpRatio(), 0, out);
    }

    private Thread background(String name, int seconds, double followUps, int backdateEvery,
                              AtomicReference<OpenLoad.Step> out) {
        Thread t = new Thread(() -> out.set(load.run(name, config.drillRate(), seconds, config.readRatio(), followUps,
                backdateEvery, null, true, bench.seed(name))), "drill-load");
        t.start();
        return t;
    }

    private static long sinceMs(OpenLoad.Step step) {
        return System.currentTimeMillis() - step.startEpochMs;
    }

    // ---------------------------------------------------------------- 1. kill -9 query-service

    void killQueryService() throws Exception {
        int kills = config.kills();
        int seconds = kills * 28 + 8;
        Bench.log("drill: kill -9 query-service " + kills + "x during " + seconds + " s of load at "
                + config.drillRate() + "/s");
        AtomicReference<OpenLoad.Step> stepRef = new AtomicReference<>();
        long startMs = System.currentTimeMillis();
        Thread loadThread = background("drill-kill", seconds, stepRef);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int k = 0; k < kills && loadThread.isAlive(); k++) {
            Thread.sleep(2000 + random.nextInt(6000));
            if (!loadThread.isAlive()) {
                break;
            }
            long at = System.currentTimeMillis() - startMs;
            infra.kill9(Infra.QUERY);
            Bench.log("  killed query-service (SIGKILL) at " + at / 1000.0 + " s of the drill");
            long restartMs = infra.startService(Infra.QUERY);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("killedAtSecond", at / 1000.0);
            e.put("restartToHealthyMs", restartMs);
            events.add(e);
        }
        loadThread.join(TimeUnit.SECONDS.toMillis(seconds + 60));
        OpenLoad.Step step = stepRef.get();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kills", events);
        r.put("commands", step.outcomeCounts(step.outcomes));
        r.put("reads", step.outcomeCounts(step.readOutcomes));
        List<String> broken = new ArrayList<>();
        if (events.size() < kills) {
            broken.add("only " + events.size() + " of " + kills + " kills happened during the load");
        }
        if (httpErrors(step) > 0) {
            broken.add("commands failed while query-service was killed: " + step.outcomeCounts(step.outcomes));
        }
        clientSide(step, "kill drill");
        List<String> accepted = new ArrayList<>(step.accepted);
        long catchUp = awaitVisible(accepted, 180);
        r.put("acceptedAppeals", accepted.size());
        r.put("secondsUntilAllVisible", catchUp < 0 ? null : catchUp / 1000.0);
        if (catchUp < 0) {
            broken.add("not every accepted appeal became visible in the read model within 180 s");
        }
        Map<String, Long> delivery = compareJournal(accepted);
        r.put("journalVsEventStore", delivery);
        if (delivery.get("missing") != 0 || delivery.get("unknown") != 0) {
            broken.add("journal differs from the event store: " + delivery);
        }
        awaitProjectionCaughtUp(broken, 120);
        Replay.Rebuild rebuild = compareWithRebuild(r, broken, "read models after kill -9");
        rebuilds.add(rebuild);
        r.put("rebuild", Report.map("status", rebuild.status(), "events", rebuild.eventsDone(), "seconds",
                Report.r(rebuild.seconds()), "eventsPerSecond", Report.r(rebuild.eventsPerSecond())));
        conclude("killQueryService", "kill drill", r, broken, "");
    }

    // ---------------------------------------------------------------- 2. Kafka broker down 30 s

    void stopKafka() throws Exception {
        int down = config.kafkaDownSeconds();
        int seconds = down + 45;
        Bench.log("drill: Kafka broker stopped for " + down + " s during " + seconds + " s of load at "
                + config.drillRate() + "/s");
        AtomicReference<OpenLoad.Step> stepRef = new AtomicReference<>();
        Thread loadThread = background("drill-kafka", seconds, stepRef);
        Thread.sleep(5000 + random.nextInt(3000));
        long stopMs = infra.stopKafka();
        long stoppedAt = System.nanoTime();
        Bench.log("  broker stopped (SIGTERM, controlled shutdown took " + stopMs + " ms)");
        Thread.sleep(TimeUnit.SECONDS.toMillis(down));
        long startMs = infra.startKafka();
        long downMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
        long upAt = System.nanoTime();
        Bench.log("  broker back after " + downMs + " ms down (start took " + startMs + " ms)");
        loadThread.join(TimeUnit.SECONDS.toMillis(seconds + 60));
        OpenLoad.Step step = stepRef.get();
        List<String> accepted = new ArrayList<>(step.accepted);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("brokerStopMs", stopMs);
        r.put("brokerDownMs", downMs);
        r.put("brokerStartMs", startMs);
        r.put("commands", step.outcomeCounts(step.outcomes));
        r.put("reads", step.outcomeCounts(step.readOutcomes));
        r.put("commandP99Ms", Report.r(step.percentileMs(step.latency, 99)));
        r.put("acceptedAppeals", accepted.size());
        List<String> broken = new ArrayList<>();
        if (httpErrors(step) > 0) {
            broken.add("commands failed while the broker was down: " + step.outcomeCounts(step.outcomes));
        }
        clientSide(step, "Kafka drill");
        Map<String, Long> delivery = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            delivery = compareJournal(accepted);
            if (delivery.get("missing") == 0) {
                break;
            }
            OpenLoad.sleep(500);
        }
        r.put("secondsFromBrokerUpToAllJournaled", Report.r((System.nanoTime() - upAt) / 1e9));
        delivery = compareJournal(accepted); // once more: the loop's counts were taken while events still arrived
        r.put("journalVsEventStore", delivery);
        if (delivery.get("missing") != 0 || delivery.get("unknown") != 0) {
            broken.add("after the outage the journal differs from the event store: " + delivery);
        }
        Map<String, Object> audit = auditHistories(accepted, config.smoke() ? 100 : 300);
        r.put("auditSample", audit);
        if (!((List<?>) audit.get("problems")).isEmpty()) {
            broken.add("audit histories not exactly once: " + audit.get("problems"));
        }
        conclude("stopKafka", "Kafka drill", r, broken, "");
    }

    // ---------------------------------------------------------------- 3. PostgreSQL restart

    void restartPostgres() throws Exception {
        int down = config.postgresDownSeconds();
        int seconds = down + 30;
        Bench.log("drill: PostgreSQL stopped for " + down + " s and restarted during " + seconds
                + " s of load at " + config.drillRate() + "/s");
        long eventsBefore = infra.db().queryLong("SELECT coalesce(max(globalindex), 0) FROM command.domainevententry");
        long appealsBefore = infra.db().queryLong(
                "SELECT count(DISTINCT aggregateidentifier) FROM command.domainevententry");
        AtomicReference<OpenLoad.Step> stepRef = new AtomicReference<>();
        // filing only: the one-to-one checks below count appeals, and only failed filings are retried
        Thread loadThread = background("drill-postgres", seconds, 0, 0, stepRef);
        Thread.sleep(6000 + random.nextInt(3000));
        long stopAt = System.nanoTime();
        long stopMs = infra.stopPostgres();
        Bench.log("  PostgreSQL stopped (pg_ctl stop -m fast took " + stopMs + " ms)");
        Thread.sleep(TimeUnit.SECONDS.toMillis(down));
        long startMs = infra.startPostgres();
        long upAt = System.nanoTime();
        Bench.log("  PostgreSQL back (start took " + startMs + " ms)");
        loadThread.join(TimeUnit.SECONDS.toMillis(seconds + 90));
        OpenLoad.Step step = stepRef.get();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("stopMs", stopMs);
        r.put("downMs", TimeUnit.NANOSECONDS.toMillis(upAt - stopAt));
        r.put("startMs", startMs);
        r.put("commands", step.outcomeCounts(step.outcomes));
        r.put("unsent", step.unsent.get());
        r.put("reads", step.outcomeCounts(step.readOutcomes));
        r.put("commandP99Ms", Report.r(step.percentileMs(step.latency, 99)));
        r.put("commandMaxMs", Report.r(step.maxMs(step.latency)));
        Map<String, List<Long>> timeline = new LinkedHashMap<>();
        int used = step.usedSeconds();
        step.outcomeBySecond.forEach((k, v) -> {
            List<Long> l = new ArrayList<>();
            for (int i = 0; i < used; i++) {
                l.add(v.get(i));
            }
            timeline.put(k, l);
        });
        r.put("outcomesPerSecond", timeline);
        r.put("faultSecondsIntoLoad", Report.r((stopAt - step.startNanos) / 1e9));
        r.put("backSecondsIntoLoad", Report.r((upAt - step.startNanos) / 1e9));
        List<String> broken = new ArrayList<>();
        step.outcomeCounts(step.outcomes).forEach((outcome, n) -> {
            if (outcome.startsWith("5") && !outcome.equals("503 problem+json")) {
                report.note("PostgreSQL drill: " + n + " commands answered " + outcome + " — docs/decisions.md "
                        + "promises 503 problem+json with Retry-After while storage is down (see the service log)");
            }
        });

        // the first 201 completed after PostgreSQL was back: recovery without anyone's help
        Double firstOkAfter;
        AtomicReference<Double> first = new AtomicReference<>();
        int upSecond = (int) ((upAt - step.startNanos) / 1_000_000_000L);
        for (int i = Math.max(0, upSecond); i < step.okBySecond.length(); i++) {
            if (step.okBySecond.get(i) > 0) {
                first.set((double) i - (upAt - step.startNanos) / 1e9);
                break;
            }
        }
        firstOkAfter = first.get();
        r.put("secondsFromPostgresUpToFirst201", firstOkAfter == null ? null : Report.r(Math.max(0, firstOkAfter)));
        if (firstOkAfter == null) {
            broken.add("no command succeeded after PostgreSQL came back");
        }

        // retry every failed command with its own key and body
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Long> retries = new LinkedHashMap<>();
        Set<String> retriedAppeals = new HashSet<>();
        for (OpenLoad.Failure f : new ArrayList<>(step.failures)) {
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(
                            URI.create(infra.baseUrl(Infra.COMMAND) + "/api/appeals")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Idempotency-Key", f.idempotencyKey())
                    .header("Authorization", infra.auth().bearer(Auth.PORTAL))
                    .POST(HttpRequest.BodyPublishers.ofString(f.body())).build(), HttpResponse.BodyHandlers.ofString());
            String replayed = resp.headers().firstValue("Idempotent-Replayed").orElse("?");
            String k = resp.statusCode() + (resp.statusCode() == 201 ? " (replayed=" + replayed + ")" : "");
            retries.merge(k, 1L, Long::sum);
            if (resp.statusCode() == 201) {
                retriedAppeals.add(OpenLoad.field(resp.body(), "appealId"));
            }
        }
        r.put("retriesOfFailedCommands", retries);
        long badRetries = retries.entrySet().stream().filter(e -> !e.getKey().startsWith("201"))
                .mapToLong(Map.Entry::getValue).sum();
        if (badRetries > 0) {
            broken.add("retries with the same Idempotency-Key did not all succeed: " + retries);
        }

        // nothing half-written
        Map<String, Long> integrity = new LinkedHashMap<>();
        integrity.put("appealsWithIncompleteHistory", infra.db().queryLong("""
                SELECT count(*) FROM (SELECT aggregateidentifier, count(*) c, min(sequencenumber) mn,
                    max(sequencenumber) mx FROM command.domainevententry GROUP BY aggregateidentifier) a
                WHERE c < 2 OR mn <> 0 OR mx <> c - 1"""));
        // every appeal stored since the fault began registered exactly once, under a talon number nobody else has
        integrity.putAll(storedSince(eventsBefore, appealsBefore));
        long appealsAfter = appealsBefore + integrity.get("newAppeals");
        long registered = integrity.get("newRegistrations");
        long distinctTalons = integrity.get("distinctNewTalonNumbers");
        long expected = step.accepted.size() + retriedAppeals.stream().filter(a -> !step.accepted.contains(a))
                .count();
        integrity.put("appealsAcknowledgedToClients", expected);
        r.put("integrity", integrity);
        if (integrity.get("appealsWithIncompleteHistory") != 0 || integrity.get("idempotencyRecordsWithoutResponse")
                != 0) {
            broken.add("half-written commands remain: " + integrity);
        }
        if (appealsAfter - appealsBefore != registered || registered != distinctTalons) {
            broken.add("appeals, registrations and talon numbers do not match one to one: " + integrity);
        }
        if (appealsAfter - appealsBefore != expected) {
            broken.add("appeals stored (" + (appealsAfter - appealsBefore) + ") differ from appeals acknowledged ("
                    + expected + ")");
        }
        List<String> all = new ArrayList<>(step.accepted);
        all.addAll(retriedAppeals);
        long catchUp = awaitVisible(all, 180);
        r.put("secondsUntilQuerySideHasAll", catchUp < 0 ? null : catchUp / 1000.0);
        if (catchUp < 0) {
            broken.add("query side did not catch up within 180 s after the restart");
        }
        conclude("restartPostgres", "PostgreSQL drill", r, broken,
                "; commands " + step.outcomeCounts(step.outcomes));
    }

    // ---------------------------------------------------------------- 4. two instances: kill -9 one of each

    /**
     * Two instances of each service share PostgreSQL, Kafka and the consumer group; under load (round robin, a
     * request whose connection fails goes once to the other instance with its same Idempotency-Key) the instance of
     * command-service that holds the Kafka publisher's token claim and one query-service instance are killed with
     * SIGKILL. Then: no command answered an error status, every accepted appeal is visible, its events are journaled
     * exactly once (journal = event store, audit histories), appeals stored = appeals acknowledged (no duplicate, no
     * loss), talon numbers one per appeal, nothing half-written, live read models = a full rebuild, and the deadlines
     * of backdated appeals are recorded once each. The killed instances are restarted at the end.
     */
    void killOneInstanceOfEach() throws Exception {
        int seconds = config.twoInstanceDrillSeconds();
        Bench.log("drill: two instances of each service, kill -9 of one of each during " + seconds
                + " s of load at " + config.drillRate() + "/s");
        long eventsBefore = infra.db().queryLong("SELECT coalesce(max(globalindex), 0) FROM command.domainevententry");
        long appealsBefore = infra.db().queryLong(
                "SELECT count(DISTINCT aggregateidentifier) FROM command.domainevententry");
        AtomicReference<OpenLoad.Step> stepRef = new AtomicReference<>();
        Thread loadThread = background("drill-two-instances", seconds, load.followUpRatio(),
                config.backdateEvery(), stepRef);
        Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(3, seconds / 4)) + random.nextInt(3000));
        String publisher = publisherOwner();
        String commandVictim = publisher != null ? publisher : Infra.COMMAND_2;
        String queryVictim = random.nextBoolean() ? Infra.QUERY : Infra.QUERY_2;
        Map<String, Object> r = new LinkedHashMap<>();
        long killedAt = System.currentTimeMillis();
        infra.kill9(commandVictim);
        Bench.log("  killed " + commandVictim + "-service (SIGKILL; it held the publisher's claim: "
                + (publisher != null) + ")");
        // from the kill on: when does a survivor hold the publisher's claim (Axon's claim timeout)
        java.util.concurrent.CompletableFuture<Long> takeover = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> awaitPublisherOwner(commandVictim, 150));
        Thread.sleep(1000 + random.nextInt(2000));
        infra.kill9(queryVictim);
        Bench.log("  killed " + queryVictim + "-service (SIGKILL)");
        r.put("killed", List.of(commandVictim + "-service", queryVictim + "-service"));
        r.put("killedPublisherOwner", publisher != null);
        loadThread.join(TimeUnit.SECONDS.toMillis(seconds + 60));
        OpenLoad.Step step = stepRef.get();
        r.put("commands", step.outcomeCounts(step.outcomes));
        r.put("byCommandType", LoadReport.byType(step));
        r.put("failovers", step.failovers.get());
        r.put("reads", step.outcomeCounts(step.readOutcomes));
        r.put("commandP99Ms", Report.r(step.percentileMs(step.latency, 99)));
        List<String> broken = new ArrayList<>();
        if (httpErrors(step) > 0) {
            broken.add("commands answered an error status while an instance was killed: "
                    + step.outcomeCounts(step.outcomes));
        }
        step.followUpErrors().forEach((k, n) -> {
            if (Character.isDigit(k.charAt(k.indexOf(' ') + 1))) {
                broken.add(n + " follow-up commands answered " + k);
            }
        });
        clientSide(step, "two-instance drill");
        // the publisher's claim moves to the survivor (Axon's claim timeout) and the consumer group rebalances
        long publisherMovedMs = takeover.get(160, TimeUnit.SECONDS);
        r.put("secondsUntilPublisherClaimedBySurvivor", publisherMovedMs < 0 ? null : publisherMovedMs / 1000.0);
        List<String> appeals = new ArrayList<>(step.accepted);
        appeals.addAll(step.complaints);
        long catchUp = awaitVisible(appeals, 180);
        r.put("acceptedAppeals", step.accepted.size());
        r.put("complaints", step.complaints.size());
        r.put("secondsUntilAllVisible", catchUp < 0 ? null : catchUp / 1000.0);
        if (catchUp < 0) {
            broken.add("not every accepted appeal became visible in the read model within 180 s");
        }
        Map<String, Long> delivery = compareJournal(appeals);
        r.put("journalVsEventStore", delivery);
        if (delivery.get("missing") != 0 || delivery.get("unknown") != 0
                || !delivery.get("journal").equals(delivery.get("eventStore"))) {
            broken.add("journal differs from the event store (not exactly once): " + delivery);
        }
        // restart what was killed (the audit API and the rebuild below are asked of the first instance)
        Map<String, Object> restarts = new LinkedHashMap<>();
        restarts.put(commandVictim, infra.startService(commandVictim));
        restarts.put(queryVictim, infra.startService(queryVictim));
        r.put("restartToHealthyMs", restarts);
        Map<String, Object> audit = auditHistories(appeals, config.smoke() ? 50 : 200);
        r.put("auditSample", audit);
        if (!((List<?>) audit.get("problems")).isEmpty()) {
            broken.add("audit histories not exactly once: " + audit.get("problems"));
        }
        // no loss, no duplicate: every appeal stored since the drill began was acknowledged to its client, once
        Map<String, Long> integrity = new LinkedHashMap<>(storedSince(eventsBefore, appealsBefore));
        integrity.put("appealsAcknowledgedToClients", (long) new HashSet<>(appeals).size());
        long registered = integrity.get("newRegistrations");
        long distinctTalons = integrity.get("distinctNewTalonNumbers");
        long clientSideFailures = step.errors() - httpErrors(step);
        integrity.put("clientSideFailures", clientSideFailures);
        r.put("integrity", integrity);
        long unacknowledged = integrity.get("newAppeals") - integrity.get("appealsAcknowledgedToClients");
        if (unacknowledged < 0 || unacknowledged > clientSideFailures) {
            broken.add("appeals stored (" + integrity.get("newAppeals") + ") differ from appeals acknowledged ("
                    + integrity.get("appealsAcknowledgedToClients") + ")");
        }
        if (registered != distinctTalons) {
            broken.add("talon numbers not one per registration: " + integrity);
        }
        if (integrity.get("idempotencyRecordsWithoutResponse") != 0) {
            broken.add("half-written commands remain: " + integrity);
        }
        // deadlines fire once: the backdated appeals' review deadlines are overdue at filing
        r.put("deadlines", deadlinesOnce(new ArrayList<>(step.backdated), broken));
        r.put("secondsFromKillToChecks", Report.r((System.currentTimeMillis() - killedAt) / 1000.0));
        // the read models must equal a full rebuild
        awaitProjectionCaughtUp(broken, 120);
        awaitProjectionCaughtUp(broken, 120);
        compareWithRebuild(r, broken, "read models");
        conclude("killOneInstanceOfEach", "two-instance drill", r, broken, "; commands "
                + step.outcomeCounts(step.outcomes) + ", failovers " + step.failovers.get());
    }

    /** The instance of command-service whose JVM holds the Kafka publisher's token claim (Axon: pid@host). */
    private String publisherOwner() {
        try {
            String owner = infra.db().queryString(
                    "SELECT owner FROM command.tokenentry WHERE processorname = 'kafka-publisher' AND segment = 0");
            if (owner == null) {
                return null;
            }
            for (String instance : infra.instances(Infra.COMMAND)) {
                if (infra.pid(instance).map(p -> owner.startsWith(p + "@")).orElse(false)) {
                    return instance;
                }
            }
        } catch (RuntimeException e) {
            // no token yet
        }
        return null;
    }

    /** Waits until a live instance other than {@code killed} holds the publisher's claim; ms, or -1. */
    private long awaitPublisherOwner(String killed, long maxSeconds) {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(maxSeconds)) {
            String owner = publisherOwner();
            if (owner != null && !owner.equals(killed)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            }
            OpenLoad.sleep(500);
        }
        return -1;
    }

    /**
     * Each deadline event recorded at most once per deadline, kind and warning day across both instances; and the
     * backdated appeals' review deadlines recorded as missed (waited for, bounded).
     */
    private Map<String, Object> deadlinesOnce(List<String> backdated, List<String> broken) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("backdatedAppeals", backdated.size());
        if (backdated.isEmpty()) {
            return m;
        }
        long t0 = System.nanoTime();
        long missed = 0;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(90)) {
            missed = count("""
                    SELECT count(DISTINCT aggregateidentifier) FROM command.domainevententry
                    WHERE aggregateidentifier = ANY (?) AND payloadtype LIKE '%DeadlineMissed'""", backdated);
            if (missed >= backdated.size()) {
                break;
            }
            OpenLoad.sleep(1000);
        }
        m.put("appealsWithDeadlineMissed", missed);
        m.put("secondsWaited", Report.r((System.nanoTime() - t0) / 1e9));
        long events = count("""
                SELECT count(*) FROM command.domainevententry WHERE aggregateidentifier = ANY (?)
                AND (payloadtype LIKE '%DeadlineMissed' OR payloadtype LIKE '%DeadlineWarningIssued')""", backdated);
        long duplicates = count("""
                SELECT count(*) FROM (SELECT aggregateidentifier, payloadtype,
                        convert_from(payload, 'UTF8')::jsonb ->> 'deadlineId' AS deadline,
                        convert_from(payload, 'UTF8')::jsonb ->> 'workingDaysLeft' AS days, count(*) AS n
                    FROM command.domainevententry WHERE aggregateidentifier = ANY (?)
                    AND (payloadtype LIKE '%DeadlineMissed' OR payloadtype LIKE '%DeadlineWarningIssued')
                    GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d""", backdated);
        m.put("deadlineEvents", events);
        m.put("duplicateDeadlineEvents", duplicates);
        if (duplicates > 0) {
            broken.add(duplicates + " deadline events recorded more than once across the two instances");
        }
        if (missed < backdated.size()) {
            report.note("two-instance drill: " + missed + " of " + backdated.size() + " backdated appeals had their "
                    + "missed review deadline recorded within 90 s (a task the killed instance had picked waits "
                    + "for the scheduler's dead-execution detection)");
        }
        return m;
    }

    // ---------------------------------------------------------------- checks

    /** Commands the service answered with an error status: a fault that must not reach commands did. */
    private static long httpErrors(OpenLoad.Step step) {
        return step.outcomeCounts(step.outcomes).entrySet().stream()
                .filter(e -> !e.getKey().equals("201") && Character.isDigit(e.getKey().charAt(0)))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Client-side timeouts or unsent requests are overload (a speed figure), reported but not a broken drill. */
    private void clientSide(OpenLoad.Step step, String drill) {
        long timeouts = step.errors() - httpErrors(step);
        if (timeouts > 0 || step.unsent.get() > 0) {
            report.note(drill + ": " + timeouts + " commands ended on the client side (timeout) and "
                    + step.unsent.get() + " were not sent (generator at its in-flight cap): the drill rate of "
                    + config.drillRate() + "/s exceeded what the system served at that moment");
        }
    }

    private void conclude(String key, String label, Map<String, Object> r, List<String> broken, String detail) {
        r.put("passed", broken.isEmpty());
        r.put("broken", broken);
        broken.forEach(report::breakage);
        results.put(key, r);
        Bench.log("  " + label + ": " + (broken.isEmpty() ? "passed" : "FAILED " + broken) + detail);
    }

    /**
     * What the event store holds since a moment: new appeals, their registrations and distinct talon numbers, and
     * idempotency records still without an answer (half-written commands).
     */
    private Map<String, Long> storedSince(long eventsBefore, long appealsBefore) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("idempotencyRecordsWithoutResponse", infra.db().queryLong(
                "SELECT count(*) FROM command.idempotency_record WHERE response_body IS NULL"));
        m.put("newAppeals", infra.db().queryLong(
                "SELECT count(DISTINCT aggregateidentifier) FROM command.domainevententry") - appealsBefore);
        m.put("newRegistrations", infra.db().queryLong("""
                SELECT count(*) FROM command.domainevententry
                WHERE globalindex > ? AND payloadtype LIKE '%AppealRegistered'""", eventsBefore));
        m.put("distinctNewTalonNumbers", infra.db().queryLong("""
                SELECT count(DISTINCT convert_from(payload, 'UTF8')::jsonb ->> 'registrationNumber')
                FROM command.domainevententry WHERE globalindex > ? AND payloadtype LIKE '%AppealRegistered'""",
                eventsBefore));
        return m;
    }

    /** Waits until every appeal is in query.appeal_view; returns ms waited, or -1 after the bound. */
    private long awaitVisible(List<String> appealIds, long maxSeconds) throws SQLException {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (System.nanoTime() < deadline) {
            try {
                if (count("SELECT count(*) FROM query.appeal_view WHERE appeal_id = ANY (?)", appealIds)
                        >= appealIds.size()) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                }
            } catch (SQLException e) {
                // the database may still be starting
            }
            OpenLoad.sleep(250);
        }
        return -1;
    }

    /** Events of these appeals in the event store but not in the journal (missing), and the reverse (unknown). */
    /**
     * Before the live read models are compared with a rebuild, the projection must have everything the event store
     * holds: follow-up commands (and their deadline events) may still be on their way when the load ends, and an
     * event projected between the live checksums and the rebuild's end point would show as a difference that is
     * only lag. Waits until no stored event is missing from the journal in two polls in a row.
     */
    private void awaitProjectionCaughtUp(List<String> broken, int seconds) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        int quiet = 0;
        long missing = -1;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = infra.db().connect(); PreparedStatement ps = c.prepareStatement("""
                    SELECT count(*) FROM command.domainevententry d
                    WHERE NOT EXISTS (SELECT 1 FROM query.event_journal j WHERE j.event_id = d.eventidentifier)""");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                missing = rs.getLong(1);
            }
            quiet = missing == 0 ? quiet + 1 : 0;
            if (quiet >= 2) {
                return;
            }
            Thread.sleep(500);
        }
        broken.add("the projection did not catch up with the event store within " + seconds + " s (" + missing
                + " events missing)");
    }

    /**
     * Live read models against a full rebuild: checksums before and after. The live tables are copied first, so that
     * a difference is reported row by row (a few rows each way per table), not only as two checksums.
     */
    private Replay.Rebuild compareWithRebuild(Map<String, Object> r, List<String> broken, String what)
            throws SQLException {
        Map<String, String> before = api.checksums();
        List<String> tables = new ArrayList<>();
        for (JsonNode model : api.get("/api/admin/read-models")) {
            model.get("rows").fieldNames().forEachRemaining(tables::add);
        }
        try (Connection c = infra.db().connect(); java.sql.Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS query.bench_live_" + table);
                s.execute("CREATE TABLE query.bench_live_" + table + " AS SELECT * FROM query." + table);
            }
        }
        Replay.Rebuild rebuild = Replay.rebuild(api, Math.max(120, bench.timeLeftSeconds() - 240));
        Map<String, String> after = api.checksums();
        r.put("checksumsLive", before);
        r.put("checksumsRebuilt", after);
        if (!"DONE".equals(rebuild.status())) {
            broken.add("rebuild did not finish: " + rebuild.status() + " " + rebuild.error());
        } else if (!before.equals(after)) {
            broken.add(what + " differ from a full rebuild: live " + before + " vs rebuilt " + after
                    + "; rows: " + differingRows(tables));
        }
        try (Connection c = infra.db().connect(); java.sql.Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS query.bench_live_" + table);
            }
        }
        return rebuild;
    }

    /** Up to three rows each way per table that are only in the live copy or only in the rebuilt table. */
    private Map<String, Object> differingRows(List<String> tables) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Connection c = infra.db().connect(); java.sql.Statement s = c.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                for (String[] way : new String[][] {{"live only", "bench_live_" + table, table},
                        {"rebuilt only", table, "bench_live_" + table}}) {
                    try (ResultSet rs = s.executeQuery("SELECT t::text FROM (SELECT * FROM query." + way[1]
                            + " EXCEPT SELECT * FROM query." + way[2] + ") t LIMIT 3")) {
                        while (rs.next()) {
                            rows.add(way[0] + ": " + rs.getString(1));
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    out.put(table, rows);
                }
            }
        }
        return out;
    }

    private Map<String, Long> compareJournal(List<String> appealIds) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("eventStore", count("SELECT count(*) FROM command.domainevententry WHERE aggregateidentifier = ANY (?)",
                appealIds));
        m.put("journal", count("SELECT count(*) FROM query.event_journal WHERE appeal_id = ANY (?)", appealIds));
        m.put("missing", count("""
                SELECT count(*) FROM command.domainevententry d WHERE d.aggregateidentifier = ANY (?)
                AND NOT EXISTS (SELECT 1 FROM query.event_journal j WHERE j.event_id = d.eventidentifier)""",
                appealIds));
        m.put("unknown", count("""
                SELECT count(*) FROM query.event_journal j WHERE j.appeal_id = ANY (?)
                AND NOT EXISTS (SELECT 1 FROM command.domainevententry d WHERE d.eventidentifier = j.event_id)""",
                appealIds));
        return m;
    }

    private long count(String sql, List<String> ids) throws SQLException {
        try (Connection c = infra.db().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The auditors' history of a sample of appeals: each event once, sequences 0..n-1, as many as stored. */
    private Map<String, Object> auditHistories(List<String> appealIds, int sample) throws SQLException {
        List<String> ids = new ArrayList<>(appealIds);
        java.util.Collections.shuffle(ids, random);
        ids = ids.subList(0, Math.min(sample, ids.size()));
        List<String> problems = new ArrayList<>();
        long events = 0;
        for (String id : ids) {
            long stored = count("SELECT count(*) FROM command.domainevententry WHERE aggregateidentifier = ANY (?)",
                    List.of(id));
            JsonNode history = api.get("/api/audit/appeals/" + id + "/events");
            Set<String> eventIds = new HashSet<>();
            int i = 0;
            for (JsonNode e : history) {
                eventIds.add(e.get("eventId").asText());
                if (e.get("sequence").asLong() != i) {
                    problems.add(id + ": event " + i + " has sequence " + e.get("sequence").asLong());
                    break;
                }
                i++;
            }
            events += history.size();
            if (history.size() != stored || eventIds.size() != stored) {
                problems.add(id + ": " + history.size() + " events in the audit history (" + eventIds.size()
                        + " distinct), " + stored + " in the event store");
            }
            if (problems.size() > 10) {
                break;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("appeals", ids.size());
        m.put("events", events);
        m.put("problems", problems);
        return m;
    }
}
