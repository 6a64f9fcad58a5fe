package kz.appeals.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

/**
 * Open-model load: a scheduler thread issues each request at its intended time {@code start + i / rate}, whatever
 * happened to earlier ones, through the JDK's asynchronous HTTP client; latency is completion minus the intended
 * time, so a stall shows up in full on every request scheduled behind it (no coordinated omission). A second
 * scheduler issues follow-up reads at {@code readRatio} times the rate: detail reads of recently filed appeals and
 * list pages of a body. Every loop is bounded by its request count and by the step's time plus a grace period;
 * requests the generator could not send because too many were outstanding are counted as {@code unsent}.
 */
final class OpenLoad {

    static final long MAX_LATENCY_US = TimeUnit.SECONDS.toMicros(120);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Called on the HTTP client's threads for every filed appeal. */
    interface AcceptListener {
        void accepted(String appealId, long acceptedNanos);
    }

    /** A command that did not get a 201, kept (with its key and body) so a drill can retry it. */
    record Failure(String idempotencyKey, String body, String outcome, long intendedNanos) {
    }

    static final class Step {
        final String name;
        final double rate;
        final int seconds;
        final double readRatio;
        final long startNanos;
        final long startEpochMs;
        long endEpochMs;
        final Histogram latency = new Histogram(MAX_LATENCY_US, 3);
        final Histogram readLatency = new Histogram(MAX_LATENCY_US, 3);
        final Histogram[] latencyBySecond;
        final AtomicLongArray okBySecond;
        final Map<String, AtomicLongArray> outcomeBySecond = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> readOutcomes = new ConcurrentHashMap<>();
        final AtomicLong scheduled = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong unsent = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong readsScheduled = new AtomicLong();
        final AtomicLong readsUnsent = new AtomicLong();
        final AtomicLong lastOkNanos = new AtomicLong();
        final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        /** Every command type of the mix ("file", "assign", ...): latency from its intended time and outcomes. */
        final Map<String, TypeStats> byType = new ConcurrentHashMap<>();
        /** Requests sent again to the other instance after a connection failure (same Idempotency-Key). */
        final AtomicLong failovers = new AtomicLong();
        /** Follow-up slots with no appeal waiting for its next step. */
        final AtomicLong followUpsIdle = new AtomicLong();
        final AtomicLong followUpsScheduled = new AtomicLong();
        final AtomicLong followUpsUnsent = new AtomicLong();
        /** Appeals filed with a receivedAt in the past, so that their deadlines fall due during the run. */
        final List<String> backdated = Collections.synchronizedList(new ArrayList<>());
        /** Appeals created by follow-up commands (complaints). */
        final List<String> complaints = Collections.synchronizedList(new ArrayList<>());

        TypeStats type(String name) {
            return byType.computeIfAbsent(name, k -> new TypeStats());
        }

        /** HTTP error statuses of the follow-up commands (not filing), by type and status. */
        Map<String, Long> followUpErrors() {
            Map<String, Long> out = new TreeMap<>();
            byType.forEach((type, t) -> {
                if (!type.equals("file")) {
                    t.outcomes.forEach((o, n) -> {
                        if (!o.startsWith("2")) {
                            out.put(type + " " + o, n.get());
                        }
                    });
                }
            });
            return out;
        }

        Step(String name, double rate, int seconds, double readRatio) {
            this.name = name;
            this.rate = rate;
            this.seconds = seconds;
            this.readRatio = readRatio;
            this.startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            this.startEpochMs = System.currentTimeMillis() + 100;
            int buckets = seconds + 180;
            this.latencyBySecond = new Histogram[buckets];
            for (int i = 0; i < buckets; i++) {
                latencyBySecond[i] = new Histogram(MAX_LATENCY_US, 2);
            }
            this.okBySecond = new AtomicLongArray(buckets);
        }

        long errors() {
            return outcomes.entrySet().stream().filter(e -> !e.getKey().equals("201"))
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        /** Commands completed with 201 per second, from the first intended send to the last 201. */
        double achievedRate() {
            long last = lastOkNanos.get();
            if (last == 0) {
                return 0;
            }
            double span = Math.max((double) seconds, (last - startNanos) / 1e9);
            return ok.get() / span;
        }

        double percentileMs(Histogram h, double p) {
            synchronized (h) {
                return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(p) / 1000.0;
            }
        }

        double maxMs(Histogram h) {
            synchronized (h) {
                return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1000.0;
            }
        }

        Map<String, Long> outcomeCounts(Map<String, AtomicLong> map) {
            Map<String, Long> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }

        int usedSeconds() {
            int last = 0;
            for (int i = 0; i < okBySecond.length(); i++) {
                if (okBySecond.get(i) > 0) {
                    last = i;
                }
            }
            for (AtomicLongArray a : outcomeBySecond.values()) {
                for (int i = 0; i < a.length(); i++) {
                    if (a.get(i) > 0) {
                        last = Math.max(last, i);
                    }
                }
            }
            return Math.max(seconds, last + 1);
        }
    }

    /** Latency and outcomes of one command type. */
    static final class TypeStats {
        final Histogram latency = new Histogram(MAX_LATENCY_US, 3);
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

        long count(String prefix) {
            return outcomes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(e -> e.getValue().get()).sum();
        }
    }

    private final HttpClient http;
    private final Supplier<List<String>> commandBases;
    private final Supplier<List<String>> queryBases;
    private final int maxInFlight;
    private final Auth auth;
    private final double followUpRatio;
    private final FollowUps followUps = new FollowUps();
    private final AtomicLong roundRobin = new AtomicLong();
    private final AtomicReferenceArray<String> recent = new AtomicReferenceArray<>(8192);
    private final AtomicLong recentCount = new AtomicLong();

    /**
     * @param commandBases  the command-service instances, asked for each request: the load spreads over them round
     *                      robin, and a request whose connection fails is sent once more to the next one
     * @param followUpRatio follow-up commands per filing (the realistic mix; 0 = filing only)
     */
    OpenLoad(HttpClient http, Supplier<List<String>> commandBases, Supplier<List<String>> queryBases, int maxInFlight,
             Auth auth, double followUpRatio) {
        this.http = http;
        this.auth = auth;
        this.commandBases = commandBases;
        this.queryBases = queryBases;
        this.maxInFlight = maxInFlight;
        this.followUpRatio = followUpRatio;
    }

    double followUpRatio() {
        return followUpRatio;
    }

    Step run(String name, double rate, int seconds, double readRatio, AcceptListener listener, boolean keepFailures,
             long seed) {
        return run(name, rate, seconds, readRatio, followUpRatio, 0, listener, keepFailures, seed);
    }

    /**
     * Runs one step and waits (bounded) for its outstanding requests.
     *
     * @param listener     told of every filed appeal (lag probe, drills); may be null
     * @param keepFailures keep failed commands with their key and body for a retry
     */
    Step run(String name, double rate, int seconds, double readRatio, double followUps, int backdateEvery,
             AcceptListener listener, boolean keepFailures, long seed) {
        Step step = new Step(name, rate, seconds, readRatio);
        Semaphore permits = new Semaphore(maxInFlight);
        AtomicLong inFlight = new AtomicLong();
        SplittableRandom writeRandom = new SplittableRandom(seed);
        SplittableRandom readRandom = new SplittableRandom(seed * 31 + 7);
        AtomicLong filed = new AtomicLong();
        Thread writer = new Thread(() -> schedule(step, rate, permits, step.scheduled, step.unsent,
                intended -> sendCommand(step, intended, writeRandom, permits, inFlight, listener, keepFailures,
                        backdateEvery > 0 && filed.incrementAndGet() % backdateEvery == 0)),
                "load-" + name + "-write");
        Thread followUpThread = followUps <= 0 ? null : new Thread(() -> schedule(step, rate * followUps, permits,
                step.followUpsScheduled, step.followUpsUnsent,
                intended -> sendFollowUp(step, intended, permits, inFlight)), "load-" + name + "-follow-up");
        Thread reader = readRatio <= 0 ? null : new Thread(() -> schedule(step, rate * readRatio, permits,
                step.readsScheduled, step.readsUnsent,
                intended -> sendRead(step, intended, readRandom, permits, inFlight)), "load-" + name + "-read");
        writer.start();
        if (reader != null) {
            reader.start();
        }
        if (followUpThread != null) {
            followUpThread.start();
        }
        join(writer);
        if (reader != null) {
            join(reader);
        }
        if (followUpThread != null) {
            join(followUpThread);
        }
        long drainDeadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(10);
        while (inFlight.get() > 0 && System.nanoTime() < drainDeadline) {
            sleep(20);
        }
        step.endEpochMs = System.currentTimeMillis();
        return step;
    }

    private static void schedule(Step step, double rate, Semaphore permits, AtomicLong scheduled, AtomicLong unsent,
                                 LongConsumer send) {
        long total = Math.round(rate * step.seconds);
        double period = 1e9 / rate;
        long hardDeadline = step.startNanos + TimeUnit.SECONDS.toNanos(step.seconds + 5L);
        for (long i = 0; i < total; i++) {
            long intended = step.startNanos + (long) (i * period);
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            scheduled.incrementAndGet();
            if (!permits.tryAcquire()) {
                boolean got = false;
                try {
                    while (!got && System.nanoTime() < hardDeadline) {
                        got = permits.tryAcquire(10, TimeUnit.MILLISECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!got) {
                    unsent.addAndGet(total - i);
                    return;
                }
            }
            send.accept(intended);
        }
    }

    private void sendCommand(Step step, long intended, SplittableRandom random, Semaphore permits, AtomicLong inFlight,
                             AcceptListener listener, boolean keepFailures, boolean backdate) {
        String key = "bench-" + UUID.randomUUID();
        // backdated appeals (a letter entered after the fact): their review deadline and warnings are already due
        Payloads.Filing filing = Payloads.filing(random, backdate
                ? java.time.OffsetDateTime.now(FollowUps.ALMATY).minusDays(45).withNano(0).toString() : null);
        String body = filing.json();
        step.sent.incrementAndGet();
        inFlight.incrementAndGet();
        sendWithFailover(step, "/api/appeals", uri -> HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", auth.bearer(Auth.PORTAL))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), commandBases.get(), 0).whenComplete((response, error) -> {
            try {
                long done = System.nanoTime();
                String outcome = outcome(response, error);
                record(step, step.latency, step.outcomes, intended, done, outcome, true);
                recordType(step, "file", intended, done, outcome);
                if (response != null && response.statusCode() == 201) {
                    String appealId = field(response.body(), "appealId");
                    if (appealId != null) {
                        step.ok.incrementAndGet();
                        step.lastOkNanos.accumulateAndGet(done, Math::max);
                        step.accepted.add(appealId);
                        recent.set((int) (recentCount.getAndIncrement() % recent.length()), appealId);
                        if (backdate) {
                            step.backdated.add(appealId);
                        } else {
                            followUps.filed(filing, response.body(), appealId);
                        }
                        if (listener != null) {
                            listener.accepted(appealId, done);
                        }
                    }
                } else if (keepFailures) {
                    step.failures.add(new Failure(key, body, outcome, intended));
                }
            } finally {
                inFlight.decrementAndGet();
                permits.release();
            }
        });
    }

    /** The next step of an appeal in the follow-up chain (assign, extend, ..., complaint), with its own key. */
    private void sendFollowUp(Step step, long intended, Semaphore permits, AtomicLong inFlight) {
        FollowUps.Case c = followUps.next();
        if (c == null) {
            step.followUpsIdle.incrementAndGet();
            permits.release();
            return;
        }
        FollowUps.Action action = c.action();
        String body;
        try {
            body = followUps.body(c, queryBases.get().get(0), auth);
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        String key = "bench-" + UUID.randomUUID();
        inFlight.incrementAndGet();
        sendWithFailover(step, "/api/appeals/" + c.appealId() + "/" + action.path,
                uri -> HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .header("Authorization", auth.bearer(action.who))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), commandBases.get(), 0)
                .whenComplete((response, error) -> {
                    try {
                        String outcome = outcome(response, error);
                        recordType(step, action.path, intended, System.nanoTime(), outcome);
                        boolean ok = response != null && response.statusCode() / 100 == 2;
                        if (ok && action == FollowUps.Action.COMPLAINT) {
                            String complaint = field(response.body(), "appealId");
                            if (complaint != null) {
                                step.complaints.add(complaint);
                            }
                        }
                        followUps.answered(c, ok);
                    } finally {
                        inFlight.decrementAndGet();
                        permits.release();
                    }
                });
    }

    /**
     * Sends to the next instance (round robin); if the connection fails (the instance is down or died with the
     * request in flight) the same request, with its same Idempotency-Key, goes once to the next instance, as a load
     * balancer's retry would. A timeout is not retried: it is overload, a speed figure.
     */
    private java.util.concurrent.CompletableFuture<HttpResponse<String>> sendWithFailover(
            Step step, String path, java.util.function.Function<URI, HttpRequest> request, List<String> bases,
            int attempt) {
        int index = (int) Math.floorMod(roundRobin.getAndIncrement(), (long) bases.size());
        HttpRequest r = request.apply(URI.create(bases.get(index) + path));
        return http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            Throwable cause = unwrap(error);
            if (cause instanceof java.io.IOException && !(cause instanceof java.net.http.HttpTimeoutException)
                    && attempt == 0 && bases.size() > 1) {
                step.failovers.incrementAndGet();
                List<String> others = new ArrayList<>(bases);
                others.remove(index);
                return sendWithFailover(step, path, request, others, attempt + 1);
            }
            return error == null ? java.util.concurrent.CompletableFuture.completedFuture(response)
                    : java.util.concurrent.CompletableFuture.<HttpResponse<String>>failedFuture(error);
        }).thenCompose(f -> f);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void recordType(Step step, String type, long intended, long done, String outcome) {
        TypeStats t = step.type(type);
        long micros = Math.max(0, Math.min(MAX_LATENCY_US, (done - intended) / 1000));
        synchronized (t.latency) {
            t.latency.recordValue(micros);
        }
        t.outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    private void sendRead(Step step, long intended, SplittableRandom random, Semaphore permits, AtomicLong inFlight) {
        long known = recentCount.get();
        String path;
        String who;
        if (known > 0 && random.nextInt(10) < 8) {
            // the portal reads back what it filed (appeal.read, PORTAL: any appeal)
            String id = recent.get(random.nextInt((int) Math.min(known, recent.length())));
            path = "/api/appeals/" + id;
            who = Auth.PORTAL;
        } else {
            // a list page of any of the twenty bodies: supervision may list every body's appeals
            path = "/api/appeals?body=" + Payloads.randomBody(random) + "&state=REGISTERED&page=0&size=20";
            who = Auth.PROSECUTOR;
        }
        String bearer = auth.bearer(who);
        inFlight.incrementAndGet();
        sendWithFailover(step, path, u -> HttpRequest.newBuilder(u).timeout(REQUEST_TIMEOUT)
                .header("Authorization", bearer).GET().build(), queryBases.get(), 0).whenComplete((response, error) -> {
            try {
                record(step, step.readLatency, step.readOutcomes, intended, System.nanoTime(),
                        outcome(response, error), false);
            } finally {
                inFlight.decrementAndGet();
                permits.release();
            }
        });
    }

    private static void record(Step step, Histogram histogram, Map<String, AtomicLong> outcomes, long intended,
                               long done, String outcome, boolean command) {
        long micros = Math.max(0, Math.min(MAX_LATENCY_US, (done - intended) / 1000));
        synchronized (histogram) {
            histogram.recordValue(micros);
        }
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        if (!command) {
            return;
        }
        int buckets = step.latencyBySecond.length;
        int intendedSecond = (int) Math.min(buckets - 1, Math.max(0, (intended - step.startNanos) / 1_000_000_000L));
        Histogram perSecond = step.latencyBySecond[intendedSecond];
        synchronized (perSecond) {
            perSecond.recordValue(micros);
        }
        int doneSecond = (int) Math.min(buckets - 1, Math.max(0, (done - step.startNanos) / 1_000_000_000L));
        if ("201".equals(outcome)) {
            step.okBySecond.incrementAndGet(doneSecond);
        }
        step.outcomeBySecond.computeIfAbsent(outcome, k -> new AtomicLongArray(buckets)).incrementAndGet(doneSecond);
    }

    /** The status code (503s say whether they were problem+json), or the exception's simple name. */
    static String outcome(HttpResponse<?> response, Throwable error) {
        if (response != null) {
            int status = response.statusCode();
            if (status >= 500) {
                boolean problem = response.headers().firstValue("Content-Type").orElse("")
                        .contains("application/problem+json");
                return status + (problem ? " problem+json" : "");
            }
            return Integer.toString(status);
        }
        Throwable cause = unwrap(error);
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }

    /** A top-level string field of a small JSON object, without a parser. */
    static String field(String json, String name) {
        if (json == null) {
            return null;
        }
        String marker = "\"" + name + "\"";
        int at = json.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int colon = json.indexOf(':', at + marker.length());
        int open = json.indexOf('"', colon + 1);
        int close = json.indexOf('"', open + 1);
        return colon < 0 || open < 0 || close < 0 ? null : json.substring(open + 1, close);
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
