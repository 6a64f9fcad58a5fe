package kz.appeals.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phases after the load steps — profile, baselines, drills, replay — and the closing comparison with the
 * targets. Each writes its section of the report and its part of summary.json.
 */
final class Rest {

    private final Bench bench;
    private final Infra infra;
    private final Config config;
    private final Report report;
    private final LoadPhase load;
    private Baselines.JdbcResult jdbc;
    private Baselines.KafkaResult kafka;
    private Replay.Fed projected;
    private Replay.Rebuild replay;
    private Replay.Fed copied;
    private final Map<String, Double> heapMaxMb = new LinkedHashMap<>();

    Rest(Bench bench, Infra infra, LoadPhase load) {
        this.bench = bench;
        this.infra = infra;
        this.config = bench.config();
        this.report = bench.report();
        this.load = load;
    }

    /** The step with the highest achieved throughput: where the limits show. */
    LoadPhase.StepResult heaviest() {
        return load.results.stream().max((a, b) -> Double.compare(a.step().achievedRate(), b.step().achievedRate()))
                .orElse(load.warmup);
    }

    void profile() {
        report.h2("Where the time goes (JFR profile of the heaviest step)");
        LoadPhase.StepResult step = heaviest();
        Map<String, Object> all = report.node("profile");
        all.put("step", step.step().name);
        List<List<String>> rows = new ArrayList<>();
        for (String service : List.of(Infra.COMMAND, Infra.QUERY)) {
            Path file = report.dir().resolve(service + "-service.jfr");
            Long pid = infra.pid(service).orElse(null);
            if (pid == null || Resources.jcmd(pid, "JFR.dump", "name=bench", "filename=" + file).isEmpty()
                    || !Files.exists(file)) {
                report.note("no JFR recording of " + service + "-service (jcmd JFR.dump failed)");
                continue;
            }
            try {
                Map<String, Object> p = Profile.analyse(file, step.step().startEpochMs, step.step().endEpochMs);
                all.put(service + "-service", p);
                heapMaxMb.merge(service + "-service", Profile.heapAfterGcMaxMb(file), Math::max);
                rows.add(List.of(service + "-service", fmtMap(p.get("librariesOnStackPercent"), "%"),
                        fmtMap(p.get("topSelfMethodsPercent"), "%"),
                        fmtMap(p.get("applicationMethodsOnStackPercent"), "%"),
                        fmtMap(p.get("waitsMsPerSecond"), " ms/s"),
                        "GC pauses " + p.get("gcPauseMsPerSecond") + " ms/s (longest " + p.get("gcLongestPauseMs")
                                + " ms); heap after GC max " + p.get("heapAfterGcMaxMb") + " MB; JVM CPU "
                                + p.get("jvmCpuPercentOfMachine") + " % of the machine, machine "
                                + p.get("machineCpuPercent") + " %"));
            } catch (Exception e) {
                report.note("JFR analysis of " + service + "-service failed: " + e);
            }
        }
        report.para("JFR (settings=profile) ran in both service JVMs from their start; the recording was dumped "
                + "with `jcmd <pid> JFR.dump` after the load steps and read for the window of step **"
                + step.step().name + "**. Percentages are of execution samples (threads on CPU): *on stack* = "
                + "the library or method appears anywhere in the sampled stack; *self* = the top frame. Waits are "
                + "JFR's ThreadPark / JavaMonitorEnter events (≥ 10–20 ms each) summed per second of the window, "
                + "by the first non-JDK frame. The .jfr files are in this folder (`jfr print --events "
                + "jdk.ExecutionSample <file>`).");
        report.table(List.of("service", "libraries on stack", "top self methods", "application methods on stack",
                "waits", "GC / heap / CPU"), rows);
        report.para("PostgreSQL backends during the step (mean number per 100 ms sample, from pg_stat_activity): "
                + step.pgWaits() + ". CPU by process during the step (% of one core): " + cpuOf(step) + ".");
    }

    private static String cpuOf(LoadPhase.StepResult step) {
        StringBuilder b = new StringBuilder();
        step.resources().forEach((p, m) -> b.append(b.length() == 0 ? "" : ", ").append(p).append(' ')
                .append(Report.f0(m.get("meanCpuPercent") == null ? Double.NaN : m.get("meanCpuPercent"))));
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static String fmtMap(Object o, String unit) {
        if (!(o instanceof Map<?, ?> m) || m.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        ((Map<String, Object>) m).entrySet().stream().limit(8).forEach(e -> b.append(b.length() == 0 ? "" : "<br>")
                .append(e.getKey().replace("|", "/")).append(' ').append(e.getValue()).append(unit));
        return b.toString();
    }

    void baselines() throws Exception {
        report.h2("Baselines (same run, same servers)");
        LoadPhase.StepResult heavy = heaviest();
        Map<String, Object> node = report.node("baselines");
        int perCommand = (int) Math.max(1, Math.round(heavy.eventsAppended() / Math.max(1.0, heavy.step().ok.get())));
        Bench.log("baseline: raw JDBC insert of " + config.jdbcBaselineRows() + " event rows");
        jdbc = Baselines.jdbc(infra.db(), config.jdbcBaselineRows(), perCommand, 10);
        node.put("jdbc", Report.map("rows", jdbc.rows(), "bulkRowsPerSecond", Report.r(jdbc.bulkRowsPerSecond()),
                "perCommandTransactionRowsPerSecond", Report.r(jdbc.perCommandRowsPerSecond()),
                "perCommandTransactionWithCounterRowsPerSecond", Report.r(jdbc.perCommandWithCounterRowsPerSecond()),
                "perCommandTransactionWithSequenceRowsPerSecond", Report.r(jdbc.perCommandWithSequenceRowsPerSecond()),
                "eventsPerCommand", jdbc.eventsPerCommand(), "connections", jdbc.connections(),
                "meanPayloadBytes", Report.r(jdbc.meanPayloadBytes())));
        Bench.log(String.format(java.util.Locale.ROOT, "  JDBC: bulk %.0f rows/s, per-command transactions %.0f rows/s, "
                + "with the counter row %.0f rows/s, with a sequence %.0f rows/s", jdbc.bulkRowsPerSecond(),
                jdbc.perCommandRowsPerSecond(), jdbc.perCommandWithCounterRowsPerSecond(),
                jdbc.perCommandWithSequenceRowsPerSecond()));
        Bench.log("baseline: raw Kafka produce/consume of " + config.kafkaBaselineRecords() + " envelopes");
        kafka = Baselines.kafka(infra.bootstrap(), Baselines.envelopes(infra.db(), 3000),
                config.kafkaBaselineRecords());
        node.put("kafka", Report.map("records", kafka.records(), "produceRecordsPerSecond",
                Report.r(kafka.produceRecordsPerSecond()), "produceMbPerSecond", Report.r(kafka.produceMbPerSecond()),
                "consumeRecordsPerSecond", Report.r(kafka.consumeRecordsPerSecond()), "meanRecordBytes",
                Report.r(kafka.meanRecordBytes())));
        Bench.log(String.format(java.util.Locale.ROOT, "  Kafka: produce %.0f records/s, consume %.0f records/s",
                kafka.produceRecordsPerSecond(), kafka.consumeRecordsPerSecond()));
        report.para("*Raw JDBC*: rows copied from `command.domainevententry` (same bytea payloads, mean "
                + Report.f0(jdbc.meanPayloadBytes()) + " bytes) inserted into a scratch table created `LIKE` it "
                + "(same columns, constraints and indexes), (a) in batches of 1,000 rows per commit on one "
                + "connection, and (b) like the service writes them: one transaction per command holding its "
                + jdbc.eventsPerCommand() + " events, on " + jdbc.connections() + " connections (the service's pool "
                + "size), and (c) as (b) with each transaction first taking the next number from one counter row "
                + "(the talon counter's upsert before migration V5, so the transactions serialize on its row lock), "
                + "and (d) as (b) with `nextval` of a sequence first (talon numbers since V5). "
                + "*Raw Kafka*: the query side's journaled envelopes (mean " + Report.f0(kafka.meanRecordBytes())
                + " bytes), keyed by appeal, produced with the command-service's producer settings (acks=all, "
                + "idempotent, linger 2 ms) to a fresh 6-partition topic and consumed by a plain consumer "
                + "(read_committed, 500 records per poll).");
        report.table(List.of("baseline", "rows or records", "per second"), List.of(
                List.of("JDBC bulk insert (1,000 rows/commit)", Long.toString(jdbc.rows()),
                        Report.f0(jdbc.bulkRowsPerSecond())),
                List.of("JDBC one transaction per command, 10 connections", Long.toString(jdbc.rows()),
                        Report.f0(jdbc.perCommandRowsPerSecond())),
                List.of("JDBC one transaction per command + counter-row upsert, 10 connections",
                        Long.toString(jdbc.rows()), Report.f0(jdbc.perCommandWithCounterRowsPerSecond())),
                List.of("JDBC one transaction per command + sequence nextval, 10 connections",
                        Long.toString(jdbc.rows()), Report.f0(jdbc.perCommandWithSequenceRowsPerSecond())),
                List.of("Kafka produce", Long.toString(kafka.records()), Report.f0(kafka.produceRecordsPerSecond())
                        + " (" + Report.f1(kafka.produceMbPerSecond()) + " MB/s)"),
                List.of("Kafka consume", Long.toString(kafka.records()), Report.f0(kafka.consumeRecordsPerSecond()))));
    }

    void drills(OpenLoad openLoad) throws Exception {
        Drills drills = new Drills(bench, infra, config, openLoad);
        try {
            if (config.kills() > 0) {
                drills.killQueryService();
            }
            if (config.kafkaDrill()) {
                if (infra.embeddedKafka()) {
                    drills.stopKafka();
                } else {
                    report.note("Kafka drill skipped: KAFKA_BOOTSTRAP is external");
                }
            }
            if (config.postgresDrill()) {
                if (infra.embeddedPostgres()) {
                    drills.restartPostgres();
                } else {
                    report.note("PostgreSQL drill skipped: DB_URL is external");
                }
            }
        } finally {
            report.node("drills").putAll(drills.results);
            DrillReport.write(report, drills.results);
            if (!drills.rebuilds.isEmpty()) {
                report.node("drills").put("rebuildAfterKill", drills.rebuilds.get(0));
            }
        }
    }

    /**
     * Issue 13 item 7: a second instance of each service joins (same PostgreSQL, Kafka, consumer group), the load
     * steps run again spread over both (round robin), then the drill kills one instance of each under load; the
     * second instances stop afterwards, so the replay runs as before.
     */
    void twoInstances(OpenLoad openLoad) throws Exception {
        report.h2("Two instances of each service");
        Map<String, Object> node = report.node("twoInstances");
        Bench.log("starting a second instance of each service");
        Map<String, Long> started = infra.startSecondInstances();
        node.put("secondInstancesStartMs", started);
        // the new JVMs are cold: warm them up as the first ones were (not reported)
        load.step("2x warm-up", config.warmupRate(), config.warmupSeconds());
        int[] rates = config.twoInstanceRates() != null ? config.twoInstanceRates() : config.rates();
        List<List<String>> rows = new ArrayList<>();
        List<Object> steps = new ArrayList<>();
        for (int rate : rates) {
            if (bench.timeLeftSeconds() < 240) {
                report.note("two-instance step at " + rate + "/s skipped: time budget");
                continue;
            }
            LoadPhase.StepResult r = load.step("2x " + rate + "/s", rate, config.stepSeconds());
            load.twoInstanceResults.add(r);
            steps.add(LoadReport.json(r));
            LoadPhase.StepResult single = load.results.stream().filter(x -> x.step().rate == rate).findFirst()
                    .orElse(null);
            rows.add(List.of(Report.f0(rate), single == null ? "–" : Report.f0(single.step().achievedRate()),
                    Report.f0(r.step().achievedRate()), single == null ? "–" : Report.f1(single.p(99)),
                    Report.f1(r.p(99)), single == null ? "–" : Report.f0(single.lagMs(99)), Report.f0(r.lagMs(99)),
                    Long.toString(r.step().errors()), Long.toString(r.step().unsent.get()),
                    Long.toString(r.step().failovers.get())));
        }
        node.put("steps", steps);
        report.para("Second instances of command-service and query-service started on other ports against the same "
                + "PostgreSQL, Kafka topic and consumer group (healthy after " + started + " ms). Each request goes "
                + "to the next instance in turn (round robin); the filing rate is the same as in the one-instance "
                + "steps, with the same mix. CPU figures below are summed over both JVMs of a service.");
        report.table(List.of("offered/s", "achieved/s, 1 instance", "achieved/s, 2 instances", "p99 ms, 1",
                "p99 ms, 2", "lag p99 ms, 1", "lag p99 ms, 2", "errors (2)", "unsent (2)", "failovers (2)"), rows);
        LoadReport.mixTable(report, load.twoInstanceResults);
        Drills drills = new Drills(bench, infra, config, openLoad);
        try {
            drills.killOneInstanceOfEach();
        } finally {
            report.node("drills").putAll(drills.results);
            DrillReport.writeTwoInstances(report, drills.results);
            Bench.log("stopping the second instances");
            infra.stopService(Infra.COMMAND_2);
            infra.stopService(Infra.QUERY_2);
            for (String first : List.of(Infra.COMMAND, Infra.QUERY)) {
                if (!infra.running(first)) {
                    infra.startService(first);
                }
            }
        }
    }

    void replay() throws Exception {
        report.h2("Replay: rebuilding every read model from the journal");
        Map<String, Object> node = report.node("replay");
        List<Replay.History> templates = Replay.templates(infra.db(), 300);
        Bench.log("replay corpus: " + config.replayViaKafka() + " events through Kafka and the live projection");
        projected = Replay.viaKafka(infra.db(), infra.bootstrap(), "appeals.events", templates,
                config.replayViaKafka(), Math.max(60, config.replayViaKafka() / 100), Reseal.with(infra.secrets()));
        node.put("viaKafka", Report.map("events", projected.events(), "produceSeconds", Report.r(projected.produceSeconds()),
                "secondsUntilJournaled", Report.r(projected.seconds()), "eventsPerSecond",
                Report.r(projected.eventsPerSecond()), "complete", projected.complete(),
                "parkedForged", projected.parkedForged()));
        Bench.log(String.format(java.util.Locale.ROOT, "  projected %d events in %.1f s: %.0f events/s",
                projected.events(), projected.seconds(), projected.eventsPerSecond()));
        if (projected.parkedForged() > 0) {
            report.note("the query-service parked " + projected.parkedForged() + " replayed events as FORGED");
        }
        if (!projected.complete()) {
            report.note("live projection did not journal every produced event within its time bound");
        }
        Bench.log("replay corpus: COPY into query.event_journal up to " + config.replayEvents() + " events");
        copied = Replay.copy(infra.db(), templates, config.replayEvents());
        node.put("copy", Report.map("rows", copied.events(), "seconds", Report.r(copied.seconds()), "rowsPerSecond",
                Report.r(copied.eventsPerSecond())));
        Bench.log(String.format(java.util.Locale.ROOT, "  copied %d rows in %.1f s", copied.events(), copied.seconds()));
        long total = infra.db().queryLong("SELECT count(*) FROM query.event_journal");
        Bench.log("rebuild of all read models from " + total + " journaled events");
        long rebuildFrom = System.currentTimeMillis();
        Map<String, Double> rebuildWaits;
        try (PgWaits waits = new PgWaits(infra.db())) {
            replay = Replay.rebuild(new Api(infra.baseUrl(Infra.QUERY), infra.auth()), Math.max(60, bench.timeLeftSeconds() - 90));
            waits.close();
            rebuildWaits = waits.meanBackends();
        }
        long rebuildTo = System.currentTimeMillis();
        node.put("pgActiveBackendsDuringRebuild", rebuildWaits);
        if (config.profile()) {
            Path file = report.dir().resolve("query-service-replay.jfr");
            Long pid = infra.pid(Infra.QUERY).orElse(null);
            if (pid != null && Resources.jcmd(pid, "JFR.dump", "name=bench", "filename=" + file).isPresent()
                    && Files.exists(file)) {
                Map<String, Object> p = Profile.analyse(file, rebuildFrom, rebuildTo);
                node.put("profile", p);
                report.para("JFR of query-service during the rebuild: libraries on stack "
                        + fmtMap(p.get("librariesOnStackPercent"), "%").replace("<br>", ", ")
                        + "; top self methods " + fmtMap(p.get("topSelfMethodsPercent"), "%").replace("<br>", ", ")
                        + "; application methods on stack " + fmtMap(p.get("applicationMethodsOnStackPercent"), "%")
                        .replace("<br>", ", ") + "; threads " + fmtMap(p.get("threadsPercent"), "%")
                        .replace("<br>", ", ") + "; JVM CPU " + p.get("jvmCpuPercentOfMachine")
                        + " % of the machine. PostgreSQL backends during the rebuild: " + rebuildWaits + ".");
            }
        }
        node.put("rebuild", Report.map("runId", replay.runId(), "status", replay.status(), "eventsTotal",
                replay.eventsTotal(), "eventsDone", replay.eventsDone(), "seconds", Report.r(replay.seconds()),
                "eventsPerSecond", Report.r(replay.eventsDone() / Math.max(1e-3, replay.seconds())),
                "apiEventsPerSecond", Report.r(replay.eventsPerSecond())));
        Bench.log(String.format(java.util.Locale.ROOT, "  rebuild %s: %d events in %.1f s = %.0f events/s",
                replay.status(), replay.eventsDone(), replay.seconds(), replay.eventsDone() / replay.seconds()));
        if (!"DONE".equals(replay.status())) {
            if ("RUNNING".equals(replay.status())) {
                report.note("rebuild still RUNNING when its time bound ran out (" + replay.eventsDone() + " of "
                        + replay.eventsTotal() + " events)");
            } else {
                report.breakage("rebuild " + replay.status() + ": " + replay.error());
            }
        }
        report.para("Corpus: clones of " + templates.size() + " real appeal histories from the journal (new appeal "
                + "and event ids replaced throughout each envelope). " + projected.events() + " events were "
                + "produced to `appeals.events` with the publisher's settings and projected by the running "
                + "query-service (" + Report.f0(projected.eventsPerSecond()) + " events/s from first send to last "
                + "journaled); " + copied.events() + " more were written straight into `query.event_journal` with "
                + "COPY (" + Report.f0(copied.eventsPerSecond()) + " rows/s) — a rebuild reads only that table. "
                + "Then `POST /api/admin/read-models/rebuilds` (all read models) and its progress every second.");
        report.table(List.of("what", "events", "seconds", "events/s"), List.of(
                List.of("live projection (Kafka → journal + read models)", Long.toString(projected.events()),
                        Report.f1(projected.seconds()), Report.f0(projected.eventsPerSecond())),
                List.of("rebuild of all read models (" + replay.status() + ")", Long.toString(replay.eventsDone()),
                        Report.f1(replay.seconds()), Report.f0(replay.eventsDone() / Math.max(1e-3, replay.seconds())))));
        Map<String, List<double[]>> s = Charts.series();
        s.put("events rebuilt", replay.timeline());
        Charts.lines(report.dir().resolve("replay.png"), "Rebuild progress (" + replay.eventsTotal() + " events)",
                "seconds", "events done", s, false, false, false);
        report.image("replay.png", "rebuild progress");
    }

    void heapAtEnd() {
        for (String service : List.of(Infra.COMMAND, Infra.QUERY)) {
            infra.pid(service).flatMap(Resources::heap).ifPresent(h -> heapMaxMb.merge(service + "-service", h[0],
                    Math::max));
        }
        for (LoadPhase.StepResult r : load.results) {
            r.heap().forEach((svc, m) -> heapMaxMb.merge(svc, m.get("usedMb"), Math::max));
        }
    }

    void targets() {
        heapAtEnd();
        LoadPhase.StepResult best = LoadReport.bestSustainable(load.results);
        LoadPhase.StepResult heavy = heaviest();
        LoadPhase.StepResult at500 = load.results.stream().filter(r -> r.step().rate == 500).findFirst().orElse(null);
        double appendEps = load.results.stream().filter(LoadPhase.StepResult::keptUp)
                .mapToDouble(LoadPhase.StepResult::eventsPerSecond).max().orElse(heavy.eventsPerSecond());
        double replayEps = replay == null ? Double.NaN : replay.eventsDone() / Math.max(1e-3, replay.seconds());
        Map<String, Object> t = report.node("targets");
        List<List<String>> rows = new ArrayList<>();
        double bestRate = best == null ? 0 : best.step().rate;
        rows.add(row(t, "filings/s sustained with p99 ≤ 50 ms", "≥ 1,000 (goal 2,000)", bestRate,
                bestRate >= 1000, Report.f0(bestRate) + " /s (peak served without a queue: "
                        + Report.f0(heavy.step().achievedRate()) + " /s at p99 " + Report.f0(heavy.p(99)) + " ms)"));
        double lag = at500 == null ? Double.NaN : at500.lagMs(99);
        List<String> lagRow = row(t, "lag p99 at 500 commands/s", "≤ 1,000 ms", lag,
                Double.isFinite(lag) && lag <= 1000, at500 == null ? "no 500/s step in this run"
                        : Report.f0(lag) + " ms");
        rows.add(at500 == null ? List.of(lagRow.get(0), lagRow.get(1), lagRow.get(2), "not measured") : lagRow);
        rows.add(row(t, "replay (rebuild) events/s", "≥ 50,000", replayEps, replayEps >= 50_000,
                Report.f0(replayEps) + " /s over " + (replay == null ? 0 : replay.eventsDone()) + " events"));
        double ratioBulk = jdbc == null ? Double.NaN : appendEps / jdbc.bulkRowsPerSecond();
        double ratioTx = jdbc == null ? Double.NaN : appendEps / jdbc.perCommandRowsPerSecond();
        rows.add(row(t, "append throughput vs raw JDBC batch insert", "≥ 0.5", ratioBulk, ratioBulk >= 0.5,
                Report.f0(appendEps) + " events/s = " + Report.f2(ratioBulk) + " × bulk insert ("
                        + (jdbc == null ? "–" : Report.f0(jdbc.bulkRowsPerSecond())) + "/s); " + Report.f2(ratioTx)
                        + " × one-transaction-per-command insert (" + (jdbc == null ? "–"
                        : Report.f0(jdbc.perCommandRowsPerSecond())) + "/s)"));
        CpuPerFiling cpu = cpuPerFiling();
        rows.add(row(t, "CPU per filed appeal, all processes of the system", "≤ 1 ms", cpu.msPerFiling(),
                cpu.msPerFiling() <= 1, cpu.step() == null ? "no step served filings"
                        : Report.f1(cpu.msPerFiling()) + " ms at " + Report.f0(cpu.filingsPerSecond()) + " filings/s ("
                        + cpu.step() + ", follow-up commands of the mix included; " + Report.f1(cpu.msPerCommand())
                        + " ms per command of any type)"));
        double heapMax = heapMaxMb.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                .orElse(Double.NaN);
        rows.add(row(t, "heap of each service", "≤ 512 MB", heapMax, Double.isFinite(heapMax) && heapMax <= 512,
                heapMaxMb.entrySet().stream().map(e -> e.getKey() + " " + Report.f0(e.getValue()) + " MB")
                        .reduce((a, b) -> a + ", " + b).orElse("–") + " (max used; -Xmx512m)"));
        t.put("heapMaxMb", heapMaxMb);
        Map<String, Object> ratios = report.node("ratios");
        ratios.put("appendVsJdbcBulk", Report.r(ratioBulk));
        ratios.put("appendVsJdbcPerCommandTransactions", Report.r(ratioTx));
        if (kafka != null && projected != null) {
            ratios.put("liveProjectionVsRawConsume", Report.r(projected.eventsPerSecond()
                    / kafka.consumeRecordsPerSecond()));
        }
        if (jdbc != null && replay != null) {
            ratios.put("rebuildVsJdbcBulkInsert", Report.r(replayEps / jdbc.bulkRowsPerSecond()));
        }
        if (copied != null && replay != null) {
            ratios.put("rebuildVsRawCopyOfTheSameRows", Report.r(replayEps / copied.eventsPerSecond()));
        }
        if (jdbc != null) {
            ratios.put("filingsSustainedVsJdbcPerCommandTransactions", Report.r(bestRate
                    / jdbc.perCommandRowsPerSecond()));
            ratios.put("filingsPeakVsJdbcPerCommandTransactions", Report.r(heavy.step().achievedRate()
                    / jdbc.perCommandRowsPerSecond()));
        }
        if (jdbc != null) {
            ratios.put("appendVsJdbcPerCommandWithCounter", Report.r(appendEps
                    / jdbc.perCommandWithCounterRowsPerSecond()));
            ratios.put("appendVsJdbcPerCommandWithSequence", Report.r(appendEps
                    / jdbc.perCommandWithSequenceRowsPerSecond()));
        }
        if (kafka != null) {
            ratios.put("appendVsRawKafkaProduce", Report.r(appendEps / kafka.produceRecordsPerSecond()));
        }
        report.h2("Targets and ratios to the baselines");
        report.table(List.of("target", "goal", "measured", "verdict"), rows);
        List<List<String>> rr = new ArrayList<>();
        ratios.forEach((k, v) -> rr.add(List.of(k, String.valueOf(v))));
        report.para("Ratios (service ÷ its same-run baseline; append = events/s the command-service stored in its "
                + "best step without a queue; live projection = events/s through Kafka into the query side):");
        report.table(List.of("ratio", "value"), rr);
    }

    /** CPU of the system's processes (not the load generator) per filed appeal, in the step that filed the most. */
    record CpuPerFiling(String step, double filingsPerSecond, double msPerFiling, double msPerCommand) {
    }

    private static final List<String> SYSTEM = List.of("command-service", "query-service", "kafka", "postgres");

    /**
     * Per load step: the mean CPU of every process of the system (both services — every instance —, the broker and
     * PostgreSQL; not the harness, and not the identity provider, which is idle during the steps but for renewals) divided by the filings it completed per second, and by all commands of the mix.
     * Reported as a table; returns the figure of the step with the most filings served per second among those that
     * kept up (or of all steps if none did).
     */
    CpuPerFiling cpuPerFiling() {
        List<List<String>> rows = new ArrayList<>();
        CpuPerFiling best = new CpuPerFiling(null, 0, Double.NaN, Double.NaN);
        boolean anyKeptUp = load.results.stream().anyMatch(LoadPhase.StepResult::keptUp);
        for (LoadPhase.StepResult r : load.results) {
            double cores = 0;
            for (String process : SYSTEM) {
                Map<String, Double> m = r.resources().get(process);
                if (m != null && m.get("meanCpuPercent") != null && Double.isFinite(m.get("meanCpuPercent"))) {
                    cores += m.get("meanCpuPercent") / 100;
                }
            }
            double filings = r.step().achievedRate();
            long okCommands = r.step().byType.values().stream().mapToLong(s -> s.count("2")).sum();
            double commands = okCommands / Math.max(1.0, (r.step().endEpochMs - r.step().startEpochMs) / 1000.0);
            double perFiling = filings > 0 ? cores * 1000 / filings : Double.NaN;
            double perCommand = commands > 0 ? cores * 1000 / commands : Double.NaN;
            rows.add(List.of(r.step().name, Report.f0(filings), Report.f0(commands), Report.f2(cores),
                    Report.f1(perFiling), Report.f1(perCommand), r.keptUp() ? "yes" : "no"));
            if ((r.keptUp() || !anyKeptUp) && filings > best.filingsPerSecond()) {
                best = new CpuPerFiling(r.step().name, filings, perFiling, perCommand);
            }
        }
        report.h2("CPU per filed appeal (budget 1 ms)");
        report.para("Mean CPU of the system's processes during each step (both services, the broker, PostgreSQL; "
                + "not the load generator, nor the identity provider, idle during the steps but for token renewals), in "
                + "cores, divided by the filings "
                + "completed per second and by all commands of the mix completed per second.");
        report.table(List.of("step", "filings/s", "commands/s", "CPU (cores)", "ms CPU per filing",
                "ms CPU per command", "kept up"), rows);
        report.node("cpuPerFiling").putAll(Report.map("step", best.step(), "filingsPerSecond",
                Report.r(best.filingsPerSecond()), "msPerFiling", Report.r(best.msPerFiling()), "msPerCommand",
                Report.r(best.msPerCommand())));
        return best;
    }

    private static List<String> row(Map<String, Object> t, String name, String goal, double value, boolean met,
                                    String text) {
        t.put(name, Report.map("goal", goal, "value", value, "met", met));
        return List.of(name, goal, text, Report.check(met));
    }
}
