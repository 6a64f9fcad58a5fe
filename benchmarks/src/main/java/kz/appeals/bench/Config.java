package kz.appeals.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's sizes. {@code --smoke} is the CI variant (seconds of load, one drill, small replay); the default is the
 * full run. Every figure can be overridden by an environment variable of the same name in upper case with a
 * BENCH_ prefix, e.g. BENCH_STEP_SECONDS=20, BENCH_RATES=100,500,1000, BENCH_REPLAY_EVENTS=1000000.
 */
record Config(boolean smoke, int[] rates, int stepSeconds, int warmupRate, int warmupSeconds, int searchSteps,
              int searchSeconds, double readRatio, int maxInFlight, int drainSeconds, int jdbcBaselineRows,
              int kafkaBaselineRecords, long replayEvents, int replayViaKafka, int drillRate, int kills,
              boolean kafkaDrill, int kafkaDownSeconds, boolean postgresDrill, int postgresDownSeconds,
              int budgetMinutes, boolean profile, double followUpRatio, boolean twoInstances,
              int[] twoInstanceRates, int twoInstanceDrillSeconds, int backdateEvery) {

    static Config of(boolean smoke, Map<String, String> env) {
        E e = new E(env);
        if (smoke) {
            return new Config(true, e.ints("RATES", new int[] {25, 50}), e.i("STEP_SECONDS", 5),
                    e.i("WARMUP_RATE", 20), e.i("WARMUP_SECONDS", 3), e.i("SEARCH_STEPS", 0),
                    e.i("SEARCH_SECONDS", 5), e.d("READ_RATIO", 0.5), e.i("MAX_IN_FLIGHT", 512),
                    e.i("DRAIN_SECONDS", 60), e.i("JDBC_BASELINE_ROWS", 5_000), e.i("KAFKA_BASELINE_RECORDS", 5_000),
                    e.l("REPLAY_EVENTS", 10_000), e.i("REPLAY_VIA_KAFKA", 2_000), e.i("DRILL_RATE", 25),
                    e.i("KILLS", 1), e.b("KAFKA_DRILL", false), e.i("KAFKA_DOWN_SECONDS", 30),
                    e.b("POSTGRES_DRILL", false), e.i("POSTGRES_DOWN_SECONDS", 5), e.i("BUDGET_MINUTES", 6),
                    e.b("PROFILE", true), e.d("FOLLOW_UP_RATIO", 0.5), e.b("TWO_INSTANCES", false),
                    e.ints("TWO_INSTANCE_RATES", new int[] {50}), e.i("TWO_INSTANCE_DRILL_SECONDS", 30),
                    e.i("BACKDATE_EVERY", 10));
        }
        return new Config(false, e.ints("RATES", new int[] {100, 500, 1000}), e.i("STEP_SECONDS", 20),
                e.i("WARMUP_RATE", 50), e.i("WARMUP_SECONDS", 60), e.i("SEARCH_STEPS", 4),
                e.i("SEARCH_SECONDS", 20), e.d("READ_RATIO", 0.5), e.i("MAX_IN_FLIGHT", 1024),
                e.i("DRAIN_SECONDS", 120), e.i("JDBC_BASELINE_ROWS", 100_000), e.i("KAFKA_BASELINE_RECORDS", 100_000),
                e.l("REPLAY_EVENTS", 1_000_000), e.i("REPLAY_VIA_KAFKA", 50_000), e.i("DRILL_RATE", 50),
                e.i("KILLS", 2), e.b("KAFKA_DRILL", true), e.i("KAFKA_DOWN_SECONDS", 30),
                e.b("POSTGRES_DRILL", true), e.i("POSTGRES_DOWN_SECONDS", 5), e.i("BUDGET_MINUTES", 32),
                e.b("PROFILE", true), e.d("FOLLOW_UP_RATIO", 0.5), e.b("TWO_INSTANCES", true),
                e.ints("TWO_INSTANCE_RATES", null), e.i("TWO_INSTANCE_DRILL_SECONDS", 45),
                e.i("BACKDATE_EVERY", 10));
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", smoke ? "smoke" : "full");
        m.put("rates", Arrays.stream(rates).boxed().toList());
        m.put("stepSeconds", stepSeconds);
        m.put("warmup", warmupRate + "/s for " + warmupSeconds + " s");
        m.put("searchSteps", searchSteps);
        m.put("searchSeconds", searchSeconds);
        m.put("readRatio", readRatio);
        m.put("maxInFlight", maxInFlight);
        m.put("jdbcBaselineRows", jdbcBaselineRows);
        m.put("kafkaBaselineRecords", kafkaBaselineRecords);
        m.put("replayEvents", replayEvents);
        m.put("replayViaKafka", replayViaKafka);
        m.put("drillRate", drillRate);
        m.put("kills", kills);
        m.put("kafkaDrill", kafkaDrill);
        m.put("kafkaDownSeconds", kafkaDownSeconds);
        m.put("postgresDrill", postgresDrill);
        m.put("postgresDownSeconds", postgresDownSeconds);
        m.put("budgetMinutes", budgetMinutes);
        m.put("profile", profile);
        m.put("followUpRatio", followUpRatio);
        m.put("twoInstances", twoInstances);
        m.put("twoInstanceRates", twoInstanceRates == null ? "the fixed rates" : Arrays.stream(twoInstanceRates)
                .boxed().toList());
        m.put("twoInstanceDrillSeconds", twoInstanceDrillSeconds);
        m.put("backdateEvery", backdateEvery);
        return m;
    }

    private record E(Map<String, String> env) {
        String s(String name) {
            String v = env.get("BENCH_" + name);
            return v == null || v.isBlank() ? null : v.trim();
        }

        int i(String name, int def) {
            return s(name) == null ? def : Integer.parseInt(s(name));
        }

        long l(String name, long def) {
            return s(name) == null ? def : Long.parseLong(s(name));
        }

        double d(String name, double def) {
            return s(name) == null ? def : Double.parseDouble(s(name));
        }

        boolean b(String name, boolean def) {
            return s(name) == null ? def : s(name).equals("1") || s(name).equalsIgnoreCase("true");
        }

        int[] ints(String name, int[] def) {
            return s(name) == null ? def : Arrays.stream(s(name).split(",")).mapToInt(x -> Integer.parseInt(x.trim()))
                    .toArray();
        }
    }
}
