package kz.appeals.deploy;

import java.io.PrintStream;

/** Minimal console logging for the launcher (no logging framework on purpose). */
final class Log {
    private static final Object LOCK = new Object();

    private Log() {
    }

    static void info(String message) {
        line(System.out, "[launcher] " + message);
    }

    static void error(String message) {
        line(System.err, "[launcher] ERROR " + message);
    }

    /** Prints a whole line atomically so prefixed child output never interleaves mid-line. */
    static void line(PrintStream out, String line) {
        synchronized (LOCK) {
            out.println(line);
            out.flush();
        }
    }
}
