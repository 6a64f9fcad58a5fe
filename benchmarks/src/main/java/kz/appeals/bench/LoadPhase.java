package kz.appeals.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * Fixed-rate steps (e.g. 100, 500, 1000 commands per second), then a search for the highest rate that meets the
 * latency goal (p99 at most 50 ms, no error, nothing unsent, every command completed). Each step records command
 * and read latency, lag to the read model, events appended, resources, PostgreSQL wait states and heap.
 */
final class LoadPhase {

    static final double P99_GOAL_MS = 50;

    record StepResult(OpenLoad.Step step, Histogram lag, long lagSampled, long lagSeen, long lagGaveUp,
                      long eventsAppended, Map<String, Double> pgWaits, Map<String, Map<String, Double>> resources,
                      Map<String, Map<String, Double>> heap) {

        double p(double percentile) {
            return step.percentileMs(step.latency, percentile);
        }

        double lagMs(double percentile) {
            return lag.getTotalCount() == 0 ? Double.NaN : lag.getValueAtPercentile(percentile) / 1000.0;
        }

        long planned() {
            return Math.round(step.rate * step.seconds);
        }

        boolean meetsGoal() {
            return step.errors() == 0 && step.unsent.get() == 0 && step.ok.get() >= planned()
                    && p(99) <= P99_GOAL_MS;
        }

        /** Served without a growing queue: no error, nothing unsent, p99 under a second. */
        boolean keptUp() {
            return step.errors() == 0 && step.unsent.get() == 0 && step.ok.get() >= planned() && p(99) < 1000;
        }

        double eventsPerSecond() {
            return eventsAppended / Math.max(1.0, (step.endEpochMs - step.startEpochMs) / 1000.0);
        }
    }

    private final Bench bench;
    private final Infra infra;
    private final Config config;
    private final OpenLoad load;
    final List<StepResult> results = new ArrayList<>();
    /** The steps run with two instances of each service (issue 13 item 7), beside the one-instance steps. */
    final List<StepResult> twoInstanceResults = new ArrayList<>();
    StepResult warmup;

    LoadPhase(Bench bench, Infra infra, Config config, OpenLoad load) {
        this.bench = bench;
        this.infra = infra;
        this.config = config;
        this.load = load;
    }

    double followUpRatio() {
        return load.followUpRatio();
    }

    void run() {
        warmup = step("warm-up", config.warmupRate(), config.warmupSeconds());
        for (int rate : config.rates()) {
            results.add(step(rate + "/s", rate, config.stepSeconds()));
        }
        search();
    }

    private void search() {
        double lowPass = 0;
        double highFail = Double.POSITIVE_INFINITY;
        for (StepResult r : results) {
            if (r.meetsGoal()) {
                lowPass = Math.max(lowPass, r.step.rate);
            } else {
                highFail = Math.min(highFail, r.step.rate);
            }
        }
        for (int i = 0; i < config.searchSteps() && bench.timeLeftSeconds() > 300; i++) {
            double next;
            if (Double.isInfinite(highFail)) {
                next = Math.max(100, lowPass * 1.5);
            } else if (lowPass == 0) {
                next = highFail / 2;
            } else {
                next = (lowPass + highFail) / 2;
            }
            next = Math.round(next / 10.0) * 10.0;
            if (next <= lowPass || next >= highFail || (!Double.isInfinite(highFail) && highFail - lowPass
                    < Math.max(20, 0.1 * lowPass))) {
                break;
            }
            StepResult r = step("search " + (int) next + "/s", next, config.searchSeconds());
            results.add(r);
            if (r.meetsGoal()) {
                lowPass = next;
            } else {
                highFail = next;
            }
        }
    }

    StepResult step(String name, double rate, int seconds) {
        Bench.log("load step " + name + ": " + rate + " commands/s for " + seconds + " s, reads "
                + config.readRatio() + "x");
        long eventsBefore = maxGlobalIndex();
        int sampleEvery = (int) Math.max(1, Math.round(rate / 100.0));
        try (LagProbe probe = new LagProbe(infra.db(), "query", sampleEvery, 5, config.drainSeconds());
             PgWaits waits = new PgWaits(infra.db())) {
            OpenLoad.Step step = load.run(name, rate, seconds, config.readRatio(), probe, false,
                    bench.seed(name));
            waits.close();
            long eventsAfter = maxGlobalIndex();
            Map<String, Map<String, Double>> resources = bench.resources().summarize(step.startEpochMs,
                    step.endEpochMs);
            Map<String, Map<String, Double>> heap = new LinkedHashMap<>();
            for (String service : List.of(Infra.COMMAND, Infra.QUERY)) {
                infra.pid(service).flatMap(Resources::heap).ifPresent(h -> {
                    Map<String, Double> m = new LinkedHashMap<>();
                    m.put("usedMb", Report.r(h[0]));
                    m.put("committedMb", Report.r(h[1]));
                    heap.put(service + "-service", m);
                });
            }
            boolean allSeen = probe.drain(config.drainSeconds());
            StepResult r = new StepResult(step, probe.histogram(), probe.sampled(), probe.seen(), probe.gaveUp(),
                    eventsAfter - eventsBefore, waits.meanBackends(), resources, heap);
            Bench.log(String.format(java.util.Locale.ROOT,
                    "  %s: ok %d, errors %d %s, unsent %d, achieved %.0f/s, p50 %.1f p99 %.1f max %.1f ms; "
                            + "lag p99 %.0f ms (%d/%d seen)%s; mix %s", name, step.ok.get(), step.errors(),
                    step.outcomeCounts(step.outcomes), step.unsent.get(), step.achievedRate(), r.p(50), r.p(99),
                    step.maxMs(step.latency), r.lagMs(99), r.lagSeen(), r.lagSampled(),
                    allSeen ? "" : " — NOT ALL SEEN", LoadReport.mixLine(step)));
            judge(step);
            return r;
        }
    }

    /** A refused or failed command (an HTTP error status) is breakage; a client-side timeout is a speed figure. */
    private void judge(OpenLoad.Step step) {
        step.outcomeCounts(step.outcomes).forEach((outcome, n) -> {
            if (!outcome.equals("201") && Character.isDigit(outcome.charAt(0))) {
                bench.report().breakage("step " + step.name + ": " + n + " commands answered " + outcome);
            } else if (!outcome.equals("201")) {
                bench.report().note("step " + step.name + ": " + n + " commands ended with " + outcome
                        + " on the client side (overload, not counted as breakage)");
            }
        });
        step.outcomeCounts(step.readOutcomes).forEach((outcome, n) -> {
            if (outcome.startsWith("5")) {
                bench.report().breakage("step " + step.name + ": " + n + " reads answered " + outcome);
            }
        });
        // the follow-up commands are sent by the officials the matrix allows, each at a stage that admits it: an
        // error status is a fault (or a harness bug), as for filing; a client-side timeout is a speed figure
        step.followUpErrors().forEach((outcome, n) -> {
            String status = outcome.substring(outcome.indexOf(' ') + 1);
            if (Character.isDigit(status.charAt(0))) {
                bench.report().breakage("step " + step.name + ": " + n + " follow-up commands answered " + outcome);
            } else {
                bench.report().note("step " + step.name + ": " + n + " follow-up commands ended with " + outcome
                        + " on the client side (overload, not counted as breakage)");
            }
        });
    }

    private long maxGlobalIndex() {
        try {
            return infra.db().queryLong("SELECT coalesce(max(globalindex), 0) FROM command.domainevententry");
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
