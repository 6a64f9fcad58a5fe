package kz.appeals.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Helpers shared by the process wrappers: pid files, orphan clean-up, ports, log tails. */
final class Processes {

    private Processes() {
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Stops a process politely (SIGTERM), waits, then kills it. Returns true when the process is gone.
     */
    static boolean stop(ProcessHandle handle, String name, long graceSeconds) {
        if (handle == null || !handle.isAlive()) {
            return true;
        }
        handle.destroy();
        try {
            handle.onExit().get(graceSeconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            Log.error(name + " did not stop within " + graceSeconds + " s, killing it (pid " + handle.pid() + ")");
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported below
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            // onExit never completes exceptionally for a real process
        }
        return !handle.isAlive();
    }

    static void writePid(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, pid + System.lineSeparator(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /**
     * A previous launcher killed with SIGKILL leaves its children running (they would hold the ports,
     * the Kafka log-dir lock and the PostgreSQL data dir). If the pid file names a live process whose
     * command line contains {@code marker}, stop it; otherwise just drop the stale pid file.
     */
    static void reapOrphan(Path pidFile, String marker, String name) {
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid.get());
        if (handle.isPresent() && handle.get().isAlive() && commandLine(handle.get()).contains(marker)) {
            Log.info("stopping " + name + " left over from a previous run (pid " + pid.get() + ")");
            stop(handle.get(), name, 30);
        }
        deleteQuietly(pidFile);
    }

    static String commandLine(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return info.commandLine().orElseGet(() -> info.command().orElse(""));
    }

    /** Fails fast with a readable message instead of a bind error buried in a child's log. */
    static void requirePortFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new LauncherException("port " + port + " (" + what + ") on 127.0.0.1 is already in use; "
                    + "is another instance running? Stop it or choose another port via the environment.");
        }
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.isRegularFile(file)) {
                return "(no log at " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> last = new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
            return "---- last " + last.size() + " lines of " + file + " ----" + System.lineSeparator()
                    + String.join(System.lineSeparator(), last);
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
