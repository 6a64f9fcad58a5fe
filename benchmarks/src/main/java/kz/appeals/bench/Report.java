package kz.appeals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The run's report: Markdown (report.md) with PNG charts beside it, and summary.json with every figure the Markdown
 * shows. Sections are appended as phases finish and both files are rewritten after each, so a run that fails half
 * way still leaves what it measured.
 */
final class Report {

    private final Path dir;
    private final StringBuilder md = new StringBuilder();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final List<String> breakages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    Report(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Map<String, Object> summary() {
        return summary;
    }

    /** A nested map of the summary, created on first use: {@code node("load", "steps")}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> node(String... path) {
        Map<String, Object> m = summary;
        for (String p : path) {
            m = (Map<String, Object>) m.computeIfAbsent(p, k -> new LinkedHashMap<String, Object>());
        }
        return m;
    }

    void h1(String text) {
        md.append("# ").append(text).append("\n\n");
    }

    void h2(String text) {
        md.append("## ").append(text).append("\n\n");
    }

    void h3(String text) {
        md.append("### ").append(text).append("\n\n");
    }

    void para(String text) {
        md.append(text).append("\n\n");
    }

    void bullet(String text) {
        md.append("- ").append(text).append('\n');
    }

    void endList() {
        md.append('\n');
    }

    void code(String text) {
        md.append("```\n").append(text.strip()).append("\n```\n\n");
    }

    void image(String file, String alt) {
        if (Files.exists(dir.resolve(file))) {
            md.append("![").append(alt).append("](").append(file).append(")\n\n");
        }
    }

    void table(List<String> header, List<List<String>> rows) {
        md.append('|').append(String.join("|", header)).append("|\n|");
        header.forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|').append(String.join("|", row)).append("|\n");
        }
        md.append('\n');
    }

    /** A broken invariant or an error: the run exits non-zero. Speed figures never land here. */
    void breakage(String text) {
        Bench.log("BROKEN: " + text);
        breakages.add(text);
    }

    void note(String text) {
        notes.add(text);
    }

    List<String> breakages() {
        return breakages;
    }

    void write() {
        try {
            Files.createDirectories(dir);
            StringBuilder out = new StringBuilder(md);
            if (!breakages.isEmpty() || !notes.isEmpty()) {
                out.append("## Breakages and notes\n\n");
                breakages.forEach(b -> out.append("- **BROKEN:** ").append(b).append('\n'));
                notes.forEach(n -> out.append("- ").append(n).append('\n'));
                out.append('\n');
            }
            Files.writeString(dir.resolve("report.md"), out, StandardCharsets.UTF_8);
            summary.put("breakages", breakages);
            summary.put("notes", notes);
            json.writeValue(dir.resolve("summary.json").toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String f0(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "–";
    }

    static String f1(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.1f", v) : "–";
    }

    static String f2(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
    }

    /** Rounded for JSON: 0.1 ms resolution is plenty; NaN becomes null. */
    static Double r(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : null;
    }

    /** A map that keeps its order and allows nulls (Map.of does neither). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static String check(boolean met) {
        return met ? "met" : "**not met**";
    }
}
