package kz.appeals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Samples once a second, from /proc only (no JVM is started for it): each process's resident memory (VmRSS; for
 * PostgreSQL the PSS sum over the postmaster and its backends, so shared buffers count once) and CPU time, and the
 * machine's CPU use from /proc/stat (which includes anything else running on the machine). Heap figures come from
 * {@code jcmd <pid> GC.heap_info}, taken only at the end of a step because jcmd itself costs a JVM start.
 */
final class Resources implements AutoCloseable {

    record Sample(long epochMs, String process, double rssMb, double cpuPercent) {
    }

    private static final double TICKS = 100.0; // USER_HZ on Linux
    private final Map<String, Supplier<List<Long>>> processes = new LinkedHashMap<>();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> lastTicks = new LinkedHashMap<>();
    private long lastMachineBusy = -1;
    private long lastMachineTotal = -1;
    private long lastSampleNanos;
    private final Thread thread;
    private volatile boolean stop;

    Resources(Infra infra) {
        // every instance of a service together (one or two JVMs: issue 13's two-instance step)
        processes.put("command-service", () -> infra.pids(Infra.COMMAND));
        processes.put("query-service", () -> infra.pids(Infra.QUERY));
        processes.put("kafka", () -> infra.kafkaPid().map(List::of).orElse(List.of()));
        processes.put("postgres", () -> infra.postmaster().map(h -> Stream.concat(Stream.of(h), h.descendants())
                .map(ProcessHandle::pid).toList()).orElse(List.of()));
        processes.put("harness", () -> List.of(ProcessHandle.current().pid()));
        thread = new Thread(this::loop, "resources");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stop) {
            try {
                sample();
            } catch (RuntimeException e) {
                // a process that just exited: skip this second
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long now = System.nanoTime();
        double seconds = lastSampleNanos == 0 ? 0 : (now - lastSampleNanos) / 1e9;
        lastSampleNanos = now;
        long epoch = System.currentTimeMillis();
        for (Map.Entry<String, Supplier<List<Long>>> e : processes.entrySet()) {
            List<Long> pids = e.getValue().get();
            if (pids.isEmpty()) {
                lastTicks.remove(e.getKey());
                continue;
            }
            boolean pss = e.getKey().equals("postgres");
            double kb = 0;
            long ticks = 0;
            for (long pid : pids) {
                kb += pss ? kb(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:")
                        : kb(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
                ticks += cpuTicks(pid);
            }
            Long previous = lastTicks.put(e.getKey(), ticks);
            double cpu = previous == null || seconds <= 0 ? Double.NaN
                    : Math.max(0, (ticks - previous) / TICKS / seconds * 100);
            samples.add(new Sample(epoch, e.getKey(), kb / 1024.0, cpu));
        }
        long[] machine = machineTicks();
        if (machine != null) {
            if (lastMachineTotal >= 0 && machine[1] > lastMachineTotal) {
                double busy = 100.0 * (machine[0] - lastMachineBusy) / (machine[1] - lastMachineTotal);
                samples.add(new Sample(epoch, "machine", Double.NaN, busy * Runtime.getRuntime().availableProcessors()));
            }
            lastMachineBusy = machine[0];
            lastMachineTotal = machine[1];
        }
    }

    /** Samples of [from, to] (epoch ms). */
    List<Sample> window(long from, long to) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.epochMs() >= from && s.epochMs() <= to).toList();
        }
    }

    List<Sample> all() {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    /** Per process: max RSS (MB) and mean CPU (% of one core) over the window. */
    Map<String, Map<String, Double>> summarize(long from, long to) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        List<Sample> w = window(from, to);
        for (String p : Stream.concat(processes.keySet().stream(), Stream.of("machine")).toList()) {
            List<Sample> mine = w.stream().filter(s -> s.process().equals(p)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("maxRssMb", Report.r(mine.stream().mapToDouble(Sample::rssMb).filter(Double::isFinite).max()
                    .orElse(Double.NaN)));
            m.put("meanCpuPercent", Report.r(mine.stream().mapToDouble(Sample::cpuPercent).filter(Double::isFinite)
                    .average().orElse(Double.NaN)));
            out.put(p, m);
        }
        return out;
    }

    private static double kb(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Double.parseDouble(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** {busy, total} jiffies of all CPUs. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {heapUsedMb, heapCommittedMb} from jcmd GC.heap_info, if jcmd answers. */
    static Optional<double[]> heap(long pid) {
        Optional<String> out = jcmd(pid, "GC.heap_info");
        if (out.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out.get());
        return m.find() ? Optional.of(new double[] {Long.parseLong(m.group(2)) / 1024.0,
                Long.parseLong(m.group(1)) / 1024.0}) : Optional.empty();
    }

    static Optional<String> jcmd(long pid, String... command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] bytes = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(bytes)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
    }
}
