package kz.appeals.clock;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the bundled data files (listed in an {@code index.txt} next to them) and the calendar override directory. */
final class DataFiles {

    static final String CALENDAR_DIR = "kz/appeals/clock/calendar/";
    static final String RULES_DIR = "kz/appeals/clock/rules/";
    /** The name that selects the base calendar (no variant), in the setting and in the variant file. */
    static final String BASE_VARIANT = "base";
    private static final Pattern CALENDAR_FILE_NAME = Pattern.compile("kz-\\d{4}\\.json");
    private static final Pattern VARIANT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Unknown fields fail the load: a typo in a ministry transfer must not pass silently. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private DataFiles() {
    }

    /** The loaded files by year and the variant they were chosen for (null: the base calendar). */
    record Calendars(Map<Integer, CalendarFile> byYear, String variant) {
    }

    /**
     * Bundled base years; then, if a variant is selected, the bundled files of that variant replace the base files of
     * their years; then the override directory's files replace or add years. The variant in force is the one named in
     * the override directory's {@value ClockSettings#VARIANT_FILE} if that file exists, else {@code settingVariant}.
     */
    static Calendars calendars(Path overrideDir, String settingVariant) {
        String variant = overrideDir == null ? settingVariant : variantInDirectory(overrideDir, settingVariant);
        Map<Integer, CalendarFile> byYear = new TreeMap<>();
        Map<String, Map<Integer, CalendarFile>> variants = new TreeMap<>();
        for (String name : bundledNames(CALENDAR_DIR)) {
            CalendarFile file = bundled(CALENDAR_DIR + name, CalendarFile.class);
            Map<Integer, CalendarFile> target = file.variant() == null ? byYear
                    : variants.computeIfAbsent(file.variant(), v -> new TreeMap<>());
            if (target.put(file.year(), file) != null) {
                throw new CalendarDataException("Two bundled calendar files for " + file.year()
                        + (file.variant() == null ? "" : " in variant " + file.variant()));
            }
        }
        if (variant != null) {
            Map<Integer, CalendarFile> chosen = variants.get(variant);
            if (chosen == null) {
                throw new CalendarDataException("Unknown calendar variant '" + variant + "'; known: " + BASE_VARIANT
                        + (variants.isEmpty() ? "" : ", " + String.join(", ", variants.keySet())));
            }
            for (CalendarFile file : chosen.values()) {
                if (!byYear.containsKey(file.year())) {
                    throw new CalendarDataException("Variant " + variant + " has " + file.year()
                            + ", which the base calendar lacks");
                }
                byYear.put(file.year(), file);
            }
        }
        if (overrideDir != null) {
            for (Path path : overrideFiles(overrideDir)) {
                CalendarFile file = read(path);
                if (file.variant() != null && !file.variant().equals(variant)) {
                    throw new CalendarDataException("Calendar file " + path + " belongs to variant " + file.variant()
                            + ", but the variant in force is " + (variant == null ? BASE_VARIANT : variant));
                }
                byYear.put(file.year(), file);
            }
        }
        return new Calendars(byYear, variant);
    }

    /** The variant named in the override directory's variant file, or {@code fallback} if there is no such file. */
    private static String variantInDirectory(Path dir, String fallback) {
        Path file = dir.resolve(ClockSettings.VARIANT_FILE);
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        try {
            String named = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .findFirst().orElse("");
            if (named.isEmpty() || named.equals(BASE_VARIANT)) {
                return null;
            }
            if (!VARIANT_NAME.matcher(named).matches()) {
                throw new CalendarDataException(file + " names '" + named + "', not a variant name");
            }
            return named;
        } catch (IOException e) {
            throw new CalendarDataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<RuleSetFile> ruleSets() {
        List<RuleSetFile> sets = new ArrayList<>();
        for (String name : bundledNames(RULES_DIR)) {
            sets.add(bundled(RULES_DIR + name, RuleSetFile.class));
        }
        return sets;
    }

    private static List<Path> overrideFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CalendarDataException("Calendar override directory " + dir + " does not exist");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path path : stream) {
                if (CALENDAR_FILE_NAME.matcher(path.getFileName().toString()).matches()) {
                    files.add(path);
                }
            }
        } catch (IOException e) {
            throw new CalendarDataException("Cannot list calendar override directory " + dir, e);
        }
        files.sort(null);
        return files;
    }

    private static CalendarFile read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return MAPPER.readValue(in, CalendarFile.class);
        } catch (IOException e) {
            throw new CalendarDataException("Cannot read calendar file " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<String> bundledNames(String dir) {
        try (InputStream in = resource(dir + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T bundled(String name, Class<T> type) {
        try (InputStream in = resource(name)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new CalendarDataException("Cannot read bundled data file " + name + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new CalendarDataException("Bundled data file " + name + " is missing");
        }
        return in;
    }
}
