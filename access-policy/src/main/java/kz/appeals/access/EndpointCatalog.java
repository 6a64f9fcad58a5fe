package kz.appeals.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every HTTP endpoint of both services and the matrix action it performs, read from {@code endpoints.csv}. A request
 * that matches no endpoint here is refused before it reaches a controller, so an endpoint added without a row is
 * closed, not open. Paths use {@code {name}} for one segment and a trailing {@code /**} for any rest.
 */
public final class EndpointCatalog {

    /** The action of endpoints open without a token. */
    public static final String PUBLIC = "public";

    static final String RESOURCE = "endpoints.csv";

    private final List<Endpoint> endpoints;

    EndpointCatalog(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    public static EndpointCatalog standard() {
        try (InputStream in = EndpointCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<Endpoint> rows = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(new Endpoint(r.get("service"), r.get("method").toUpperCase(Locale.ROOT), r.get("path"),
                        r.get("action")));
            }
            return new EndpointCatalog(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Endpoint> endpoints(String service) {
        return endpoints.stream().filter(e -> e.service().equals(service)).toList();
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The endpoint of this service a request goes to; the most literal template wins over one with variables. */
    public Optional<Endpoint> find(String service, String method, String path) {
        String[] segments = segments(path);
        return endpoints.stream()
                .filter(e -> e.service().equals(service) && e.method().equalsIgnoreCase(method))
                .filter(e -> matches(segments(e.path()), segments))
                .max(Comparator.comparingInt(e -> literalSegments(e.path())));
    }

    static boolean matches(String[] template, String[] path) {
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals("**") && i == template.length - 1) {
                return path.length >= i;
            }
            if (i >= path.length) {
                return false;
            }
            boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
            if (variable ? path[i].isEmpty() : !template[i].equals(path[i])) {
                return false;
            }
        }
        return template.length == path.length;
    }

    private static int literalSegments(String template) {
        int n = 0;
        for (String s : segments(template)) {
            if (!s.startsWith("{") && !s.equals("**")) {
                n++;
            }
        }
        return n;
    }

    private static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }
}
