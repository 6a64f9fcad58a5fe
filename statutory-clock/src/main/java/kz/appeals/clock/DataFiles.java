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
    private static final Pattern CALENDAR_FILE_NAME = Pattern.compile("kz-\\d{4}\\.json");

    /** Unknown fields fail the load: a typo in a ministry transfer must not pass silently. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private DataFiles() {
    }

    /** Bundled years, then the override directory's files, each replacing the bundled file of the same year. */
    static Map<Integer, CalendarFile> calendars(Path overrideDir) {
        Map<Integer, CalendarFile> byYear = new TreeMap<>();
        for (String name : bundledNames(CALENDAR_DIR)) {
            CalendarFile file = bundled(CALENDAR_DIR + name, CalendarFile.class);
            byYear.put(file.year(), file);
        }
        if (overrideDir != null) {
            for (Path path : overrideFiles(overrideDir)) {
                CalendarFile file = read(path);
                byYear.put(file.year(), file);
            }
        }
        return byYear;
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
