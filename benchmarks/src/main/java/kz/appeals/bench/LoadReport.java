package kz.appeals.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/** The load, lag and resources sections of the report, with their charts and JSON. */
final class LoadReport {

    private LoadReport() {
    }

    static Map<String, Object> latency(OpenLoad.Step s, Histogram h) {
        Map<String, Object> m = new LinkedHashMap<>();
        synchronized (h) {
            m.put("count", h.getTotalCount());
        }
        for (double p : new double[] {50, 90, 95, 99, 99.9}) {
            m.put("p" + (p == Math.floor(p) ? Integer.toString((int) p) : Double.toString(p)),
                    Report.r(s.percentileMs(h, p)));
        }
        m.put("max", Report.r(s.maxMs(h)));
        return m;
    }

    static Map<String, Object> json(LoadPhase.StepResult r) {
        OpenLoad.Step s = r.step();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name);
        m.put("offeredPerSecond", s.rate);
        m.put("seconds", s.seconds);
        m.put("startEpochMs", s.startEpochMs);
        m.put("endEpochMs", s.endEpochMs);
        m.put("planned", r.planned());
        m.put("sent", s.sent.get());
        m.put("ok", s.ok.get());
        m.put("errors", s.errors());
        m.put("unsent", s.unsent.get());
        m.put("outcomes", s.outcomeCounts(s.outcomes));
        m.put("achievedPerSecond", Report.r(s.achievedRate()));
        m.put("latencyMs", latency(s, s.latency));
        m.put("reads", s.readsScheduled.get());
        m.put("readOutcomes", s.outcomeCounts(s.readOutcomes));
        m.put("readLatencyMs", latency(s, s.readLatency));
        Map<String, Object> lag = new LinkedHashMap<>();
        lag.put("sampled", r.lagSampled());
        lag.put("seen", r.lagSeen());
        lag.put("gaveUp", r.lagGaveUp());
        for (double p : new double[] {50, 95, 99}) {
            lag.put("p" + (int) p, Report.r(r.lagMs(p)));
        }
        lag.put("max", Report.r(r.lag().getTotalCount() == 0 ? Double.NaN : r.lag().getMaxValue() / 1000.0));
        m.put("lagMs", lag);
        m.put("byCommandType", byType(s));
        m.put("failovers", s.failovers.get());
        m.put("followUpsIdle", s.followUpsIdle.get());
        m.put("eventsAppended", r.eventsAppended());
        m.put("eventsPerSecond", Report.r(r.eventsPerSecond()));
        m.put("eventsPerCommand", Report.r(s.ok.get() == 0 ? Double.NaN : (double) r.eventsAppended() / s.ok.get()));
        m.put("meetsP99Goal", r.meetsGoal());
        m.put("keptUp", r.keptUp());
        m.put("pgActiveBackends", r.pgWaits());
        m.put("resources", r.resources());
        m.put("heap", r.heap());
        return m;
    }

    static void write(Report report, LoadPhase phase, Infra infra, Resources resources) {
        List<Object> steps = new ArrayList<>();
        phase.results.forEach(r -> steps.add(json(r)));
        report.node("load").put("warmup", json(phase.warmup));
        report.node("load").put("steps", steps);
        LoadPhase.StepResult best = bestSustainable(phase.results);
        LoadPhase.StepResult capacity = phase.results.stream().filter(LoadPhase.StepResult::keptUp)
                .max((a, b) -> Double.compare(a.step().achievedRate(), b.step().achievedRate())).orElse(null);
        report.node("load").put("highestRateMeetingP99Goal", best == null ? null : best.step().rate);
        report.node("load").put("highestRateKeptUp", capacity == null ? null : capacity.step().rate);
        report.node("load").put("highestThroughputKeptUpPerSecond",
                capacity == null ? null : Report.r(capacity.step().achievedRate()));

        report.h2("Load: file-appeal commands at fixed rates (open model)");
        report.para("Each step issues `POST /api/appeals` (a unique Idempotency-Key, a random valid IIN or BIN, a "
                + "substance of 80–1,500 characters) on a fixed schedule and, at half that rate, follow-up reads "
                + "(80 % `GET /api/appeals/{id}` of a recently filed appeal, 20 % a list page of a body). Latency "
                + "runs from the **intended** send time to completion (HdrHistogram), so a stall counts in full "
                + "for every request scheduled behind it. *Lag* is acceptance (201 received) to the appeal's row "
                + "in `query.appeal_view`, polled every 5 ms over JDBC for a sample of about 100 appeals a "
                + "second. Warm-up (" + phase.warmup.step().rate + "/s for " + phase.warmup.step().seconds
                + " s) is not reported.");
        List<List<String>> rows = new ArrayList<>();
        for (LoadPhase.StepResult r : phase.results) {
            OpenLoad.Step s = r.step();
            rows.add(List.of(s.name, Report.f0(s.rate), Report.f0(s.achievedRate()), Long.toString(s.ok.get()),
                    s.errors() + (s.errors() > 0 ? " " + errorsOnly(s) : ""), Long.toString(s.unsent.get()),
                    Report.f1(r.p(50)), Report.f1(r.p(95)), Report.f1(r.p(99)), Report.f1(s.maxMs(s.latency)),
                    Report.f1(s.percentileMs(s.readLatency, 99)), Report.f0(r.lagMs(50)), Report.f0(r.lagMs(95)),
                    Report.f0(r.lagMs(99)), r.lagSeen() + "/" + r.lagSampled(), Report.f0(r.eventsPerSecond()),
                    r.meetsGoal() ? "yes" : "no"));
        }
        report.table(List.of("step", "offered/s", "achieved/s", "201", "errors", "unsent", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "read p99 ms", "lag p50 ms", "lag p95 ms", "lag p99 ms", "lag seen",
                "events/s", "p99 ≤ 50 ms"), rows);
        report.para("Highest rate meeting p99 ≤ 50 ms with no error: **" + (best == null ? "none of the steps"
                : Report.f0(best.step().rate) + " commands/s") + "**. Highest throughput served without a growing "
                + "queue (no error, nothing unsent, p99 < 1 s): **" + (capacity == null ? "none"
                : Report.f0(capacity.step().achievedRate()) + " commands/s (step " + capacity.step().name + ")")
                + "**.");

        report.h2("The mix: every command type");
        report.para("Besides filing, each step drives the follow-up commands of earlier filings at "
                + phaseFollowUps(phase) + " × the filing rate: an individual's application to `almaty-akimat` (one "
                + "filing in four goes to that body, the one with officials in the realm) is assigned to an executor "
                + "by the head, extended by a deputy head to a working day two weeks later (art. 76(3), (5)), its "
                + "hearing skipped at the applicant's request (art. 73(2)), decided by an administrative act, the act "
                + "delivered (art. 66), and complained against through the portal (arts. 91-92; a new appeal). Each "
                + "step goes out only after the previous one of that appeal was answered, with its own "
                + "Idempotency-Key and the token of the official the matrix allows. Latency is from the intended "
                + "send time, as for filing. *file* is the filing of the table above.");
        mixTable(report, phase.results);

        Map<String, List<double[]>> dist = Charts.series();
        for (LoadPhase.StepResult r : phase.results) {
            List<double[]> pts = new ArrayList<>();
            Histogram h = r.step().latency;
            synchronized (h) {
                for (HistogramIterationValue v : h.percentiles(5)) {
                    double p = v.getPercentileLevelIteratedTo() / 100.0;
                    pts.add(new double[] {Math.min(1e5, 1 / Math.max(1e-6, 1 - p)), v.getValueIteratedTo() / 1000.0});
                }
            }
            dist.put(r.step().name, pts);
        }
        Charts.lines(report.dir().resolve("latency-distribution.png"),
                "Command latency by percentile (from intended send time)", "1 / (1 - percentile): 10 = p90, "
                        + "100 = p99, 1000 = p99.9", "latency ms", dist, true, true, false);
        report.image("latency-distribution.png", "latency by percentile");

        Map<String, List<double[]>> p99t = Charts.series();
        Map<String, List<double[]>> okt = Charts.series();
        for (LoadPhase.StepResult r : phase.results) {
            OpenLoad.Step s = r.step();
            List<double[]> a = new ArrayList<>();
            List<double[]> b = new ArrayList<>();
            int used = s.usedSeconds();
            for (int i = 0; i < used && i < s.latencyBySecond.length; i++) {
                Histogram h = s.latencyBySecond[i];
                synchronized (h) {
                    if (h.getTotalCount() > 0) {
                        a.add(new double[] {i, h.getValueAtPercentile(99) / 1000.0});
                    }
                }
                b.add(new double[] {i, s.okBySecond.get(i)});
            }
            p99t.put(s.name, a);
            okt.put(s.name, b);
        }
        Charts.lines(report.dir().resolve("latency-p99-per-second.png"), "p99 latency per second of each step",
                "second of the step (by intended send time)", "p99 ms", p99t, false, true, false);
        Charts.lines(report.dir().resolve("throughput-per-second.png"), "201 responses per second of each step",
                "second of the step", "commands/s", okt, false, false, false);
        report.image("latency-p99-per-second.png", "p99 per second");
        report.image("throughput-per-second.png", "throughput per second");

        Map<String, Map<String, Double>> lagBars = new LinkedHashMap<>();
        for (String p : List.of("p50", "p95", "p99")) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (LoadPhase.StepResult r : phase.results) {
                values.put(r.step().name, r.lagMs(Double.parseDouble(p.substring(1))));
            }
            lagBars.put(p, values);
        }
        Charts.bars(report.dir().resolve("lag.png"), "Lag: command accepted → visible in the read model",
                "ms (log)", lagBars, true);
        report.h2("Lag to the read model");
        report.para("Goal: lag p99 ≤ 1 s at 500 commands/s. See the lag columns above.");
        report.image("lag.png", "lag by rate");

        report.h2("Resources under load");
        List<List<String>> res = new ArrayList<>();
        for (LoadPhase.StepResult r : phase.results) {
            for (Map.Entry<String, Map<String, Double>> e : r.resources().entrySet()) {
                Map<String, Double> heap = r.heap().get(e.getKey());
                res.add(List.of(r.step().name, e.getKey(), fmt(e.getValue().get("maxRssMb")),
                        fmt(e.getValue().get("meanCpuPercent")), heap == null ? "" : fmt(heap.get("usedMb")),
                        heap == null ? "" : fmt(heap.get("committedMb"))));
            }
        }
        report.para("RSS is VmRSS from /proc (PostgreSQL: PSS summed over its processes). CPU is the mean over the "
                + "step in % of one core (200 % = both cores). Heap is `jcmd GC.heap_info` at the end of the step; "
                + "both services run with -Xmx512m (the launcher's setting), so 'within a 512 MB heap' holds by "
                + "construction unless they fail with OutOfMemoryError — the figures show how much of it is used.");
        report.table(List.of("step", "process", "max RSS MB", "mean CPU %", "heap used MB", "heap committed MB"),
                res);
        Map<String, Object> st = report.node("startup");
        report.para("Start-up (spawn → /actuator/health 200, both services started together as the launcher does): "
                + "command-service " + st.get("commandServiceMs") + " ms (Spring: " + st.get("commandSpringSeconds")
                + " s), query-service " + st.get("queryServiceMs") + " ms (Spring: " + st.get("querySpringSeconds")
                + " s); PostgreSQL " + st.get("postgresMs") + " ms, Kafka broker " + st.get("kafkaMs") + " ms.");
        Map<String, List<double[]>> rss = Charts.series();
        Map<String, List<double[]>> cpu = Charts.series();
        List<Resources.Sample> all = resources.all();
        long first = all.isEmpty() ? 0 : all.get(0).epochMs();
        for (Resources.Sample s : all) {
            double t = (s.epochMs() - first) / 1000.0;
            if (Double.isFinite(s.rssMb())) {
                rss.computeIfAbsent(s.process(), k -> new ArrayList<>()).add(new double[] {t, s.rssMb()});
            }
            if (Double.isFinite(s.cpuPercent())) {
                cpu.computeIfAbsent(s.process(), k -> new ArrayList<>()).add(new double[] {t, s.cpuPercent()});
            }
        }
        Charts.lines(report.dir().resolve("rss.png"), "Resident memory during the load steps", "seconds",
                "MB", rss, false, false, false);
        Charts.lines(report.dir().resolve("cpu.png"), "CPU during the load steps (% of one core)", "seconds",
                "% of one core", cpu, false, false, false);
        report.image("rss.png", "RSS over time");
        report.image("cpu.png", "CPU over time");
    }

    /** Per command type of the mix: count, outcomes, achieved per second and latency percentiles. */
    static Map<String, Object> byType(OpenLoad.Step s) {
        Map<String, Object> out = new LinkedHashMap<>();
        new java.util.TreeMap<>(s.byType).forEach((type, t) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcomes", s.outcomeCounts(t.outcomes));
            long ok = t.count("2");
            m.put("ok", ok);
            m.put("okPerSecond", Report.r(ok / Math.max(1.0, (s.endEpochMs - s.startEpochMs) / 1000.0)));
            m.put("latencyMs", latency(s, t.latency));
            out.put(type, m);
        });
        return out;
    }

    /** One line for the console: each type's successes and p99. */
    static String mixLine(OpenLoad.Step s) {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(s.byType).forEach((type, t) -> b.append(b.length() == 0 ? "" : ", ").append(type)
                .append(' ').append(t.count("2")).append('/').append(t.outcomes.values().stream()
                        .mapToLong(java.util.concurrent.atomic.AtomicLong::get).sum()).append(" p99 ")
                .append(Report.f1(s.percentileMs(t.latency, 99))).append(" ms"));
        if (s.failovers.get() > 0) {
            b.append(", failovers ").append(s.failovers.get());
        }
        return b.toString();
    }

    /** The per-command-type table of the given steps (issue 13 item 8). */
    static void mixTable(Report report, List<LoadPhase.StepResult> steps) {
        List<List<String>> rows = new ArrayList<>();
        for (LoadPhase.StepResult r : steps) {
            OpenLoad.Step s = r.step();
            double secs = Math.max(1.0, (s.endEpochMs - s.startEpochMs) / 1000.0);
            new java.util.TreeMap<>(s.byType).forEach((type, t) -> {
                Map<String, Long> errors = new java.util.TreeMap<>(s.outcomeCounts(t.outcomes));
                errors.keySet().removeIf(k -> k.startsWith("2"));
                long ok = t.count("2");
                rows.add(List.of(s.name, type, Long.toString(ok), errors.isEmpty() ? "0" : errors.toString(),
                        Report.f1(ok / secs), Report.f1(s.percentileMs(t.latency, 50)),
                        Report.f1(s.percentileMs(t.latency, 95)), Report.f1(s.percentileMs(t.latency, 99)),
                        Report.f1(s.maxMs(t.latency))));
            });
        }
        report.table(List.of("step", "command", "2xx", "errors", "per second", "p50 ms", "p95 ms", "p99 ms",
                "max ms"), rows);
    }

    static LoadPhase.StepResult bestSustainable(List<LoadPhase.StepResult> results) {
        return results.stream().filter(LoadPhase.StepResult::meetsGoal)
                .max((a, b) -> Double.compare(a.step().rate, b.step().rate)).orElse(null);
    }

    private static String phaseFollowUps(LoadPhase phase) {
        return Report.f1(phase.followUpRatio());
    }

    private static String errorsOnly(OpenLoad.Step s) {
        Map<String, Long> m = new LinkedHashMap<>(s.outcomeCounts(s.outcomes));
        m.remove("201");
        return m.toString();
    }

    private static String fmt(Double v) {
        return v == null ? "–" : Report.f0(v);
    }
}
