package kz.appeals.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a service's JFR recording (dumped with {@code jcmd <pid> JFR.dump}) for one time window: execution samples
 * by top frame (self time) and by library anywhere on the stack (inclusive), application methods on the stack, thread
 * groups, lock and park waits, GC pauses, heap after GC and the JVM's and machine's CPU load.
 */
final class Profile {

    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.postgresql.", "PostgreSQL JDBC driver");
        LIBRARIES.put("com.zaxxer.hikari.", "Hikari pool");
        LIBRARIES.put("org.axonframework.", "Axon Framework");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson JSON");
        LIBRARIES.put("org.apache.kafka.", "Kafka client");
        LIBRARIES.put("org.apache.catalina.", "Tomcat");
        LIBRARIES.put("org.apache.coyote.", "Tomcat");
        LIBRARIES.put("org.apache.tomcat.", "Tomcat");
        LIBRARIES.put("org.springframework.web.", "Spring MVC");
        LIBRARIES.put("org.springframework.jdbc.", "Spring JDBC / transactions");
        LIBRARIES.put("org.springframework.transaction.", "Spring JDBC / transactions");
        LIBRARIES.put("org.hibernate.validator.", "Bean Validation");
        LIBRARIES.put("kz.appeals.clock.", "statutory clock");
        LIBRARIES.put("sun.security.provider.", "SHA-256 (JDK)");
        LIBRARIES.put("ch.qos.logback.", "logging");
        LIBRARIES.put("org.slf4j.", "logging");
        LIBRARIES.put("org.mapstruct.", "MapStruct");
        LIBRARIES.put("kz.appeals.", "application code (kz.appeals)");
    }

    private Profile() {
    }

    static Map<String, Object> analyse(Path jfr, long fromEpochMs, long toEpochMs) throws IOException {
        Instant from = Instant.ofEpochMilli(fromEpochMs);
        Instant to = Instant.ofEpochMilli(toEpochMs);
        Map<String, Long> self = new LinkedHashMap<>();
        Map<String, Long> libraries = new LinkedHashMap<>();
        Map<String, Long> application = new LinkedHashMap<>();
        Map<String, Long> threads = new LinkedHashMap<>();
        Map<String, Double> waits = new LinkedHashMap<>();
        long samples = 0;
        long gcCount = 0;
        double gcPauseMs = 0;
        double gcLongestMs = 0;
        double heapAfterGcMaxMb = 0;
        double jvmCpu = 0;
        double machineCpu = 0;
        long cpuEvents = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                Instant t = e.getStartTime();
                if (t.isBefore(from) || t.isAfter(to)) {
                    continue;
                }
                switch (e.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace st = e.getStackTrace();
                        if (st == null || st.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        List<RecordedFrame> frames = st.getFrames();
                        self.merge(name(frames.get(0)), 1L, Long::sum);
                        Set<String> libs = new HashSet<>();
                        Set<String> apps = new HashSet<>();
                        for (RecordedFrame f : frames) {
                            String cls = f.getMethod().getType().getName();
                            for (Map.Entry<String, String> lib : LIBRARIES.entrySet()) {
                                if (cls.startsWith(lib.getKey())) {
                                    libs.add(lib.getValue());
                                    break;
                                }
                            }
                            if (cls.startsWith("kz.appeals.")) {
                                apps.add(name(f));
                            }
                        }
                        libs.forEach(l -> libraries.merge(l, 1L, Long::sum));
                        apps.forEach(a -> application.merge(a, 1L, Long::sum));
                        String thread = e.getThread("sampledThread") == null ? "?"
                                : e.getThread("sampledThread").getJavaName();
                        threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+", "-N"), 1L, Long::sum);
                    }
                    case "jdk.JavaMonitorEnter", "jdk.ThreadPark" -> {
                        Duration d = e.getDuration();
                        RecordedStackTrace st = e.getStackTrace();
                        String where = st == null ? "?" : st.getFrames().stream()
                                .filter(f -> !f.getMethod().getType().getName().matches("(java|jdk|sun)\\..*"))
                                .map(Profile::name)
                                .findFirst().orElse("?");
                        waits.merge(e.getEventType().getName().substring(4) + " in " + where,
                                d.toNanos() / 1e6, Double::sum);
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        double sum = e.getDuration("sumOfPauses").toNanos() / 1e6;
                        gcPauseMs += sum;
                        gcLongestMs = Math.max(gcLongestMs, e.getDuration("longestPause").toNanos() / 1e6);
                    }
                    case "jdk.GCHeapSummary" -> {
                        if ("After GC".equals(e.getString("when"))) {
                            heapAfterGcMaxMb = Math.max(heapAfterGcMaxMb, e.getLong("heapUsed") / 1048576.0);
                        }
                    }
                    case "jdk.CPULoad" -> {
                        cpuEvents++;
                        jvmCpu += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
                        machineCpu += e.getFloat("machineTotal");
                    }
                    default -> {
                    }
                }
            }
        }
        double seconds = Math.max(1, (toEpochMs - fromEpochMs) / 1000.0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("windowSeconds", Report.r(seconds));
        out.put("executionSamples", samples);
        out.put("topSelfMethodsPercent", top(self, samples, 15));
        out.put("librariesOnStackPercent", top(libraries, samples, 20));
        out.put("applicationMethodsOnStackPercent", top(application, samples, 15));
        out.put("threadsPercent", top(threads, samples, 10));
        out.put("waitsMsPerSecond", waits.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(),
                        a.getValue())).limit(10)
                .collect(Collectors.toMap(Map.Entry::getKey, x -> Report.r(x.getValue() / seconds), (a, b) -> a,
                        LinkedHashMap::new)));
        out.put("gcCount", gcCount);
        out.put("gcPauseMsPerSecond", Report.r(gcPauseMs / seconds));
        out.put("gcLongestPauseMs", Report.r(gcLongestMs));
        out.put("heapAfterGcMaxMb", Report.r(heapAfterGcMaxMb));
        out.put("jvmCpuPercentOfMachine", cpuEvents == 0 ? null : Report.r(100 * jvmCpu / cpuEvents));
        out.put("machineCpuPercent", cpuEvents == 0 ? null : Report.r(100 * machineCpu / cpuEvents));
        return out;
    }

    /** Max heap after GC over the whole recording (MB). */
    static double heapAfterGcMaxMb(Path jfr) throws IOException {
        double max = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getEventType().getName().equals("jdk.GCHeapSummary") && "After GC".equals(e.getString("when"))) {
                    max = Math.max(max, e.getLong("heapUsed") / 1048576.0);
                }
            }
        }
        return max;
    }

    private static Map<String, Double> top(Map<String, Long> counts, long total, int n) {
        return counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Report.r(100.0 * e.getValue() / Math.max(1, total)), (a, b) -> a, LinkedHashMap::new));
    }

    private static String name(RecordedFrame f) {
        String cls = f.getMethod().getType().getName();
        return cls.substring(cls.lastIndexOf('.', cls.lastIndexOf('.') - 1) + 1) + "." + f.getMethod().getName();
    }
}
