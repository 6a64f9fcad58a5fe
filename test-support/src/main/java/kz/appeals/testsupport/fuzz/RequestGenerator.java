package kz.appeals.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Malformed and boundary requests for every operation of a live OpenAPI document. About half of each request's values
 * are plausible (known ids, enum values, small numbers, bodies built from the schema) so that requests reach deep
 * into the service; the rest are hostile: control characters, broken %-escapes and UTF-8, unpaired surrogates,
 * numbers and dates at the edge of their types, odd sort and paging values, over-long values, repeated and unknown
 * parameters, wrong methods, media types and Accept headers, duplicate JSON keys, deep nesting, and requests no client
 * library would send (written on a raw socket). Generation draws only on the {@link Random} jqwik hands over, so a
 * seed gives the same requests again.
 */
public final class RequestGenerator {

    /** A token for a role, and the role's name for reports. */
    public record Credential(String role, String token) {
    }

    /** Who to send: a token of a role allowed the operation, and one of a role that is not (null when none is). */
    public interface Credentials {
        Credential allowed(ApiOperation operation);

        Credential refused(ApiOperation operation);
    }

    static final String[] HOSTILE = {
        "", " ", "\u0000", "a\u0001b", "\n", "x\r\ny", "\u007f", "\u0085", "\t", "\u202e", "e\u0301", "\uD83D\uDE00",
        "\u0130", "\u00df", "'", "\"", "' OR '1'='1", "1;DROP TABLE x", "../../etc/passwd", "..", ".", "%", "{}", "[]",
        "null", "true", "-1", "0", "-0", "1e309", "NaN", "Infinity", "9223372036854775808", "-9223372036854775809",
        "2147483647", "2147483648", "-2147483649", "99999999999999999999999999", "0x1F", "1.5", " 42", "42 ", "+1",
        "\u0663", "2026-02-30", "2026-13-01", "0000-01-01", "-999999999-01-01", "+999999999-12-31", "+10000-01-01",
        "2026-03-20T19:00:00", "2026-03-20T19:00:00+05:00", "2026-03-20T19:00:00Z", "1899-12-31T23:59:59Z",
        "+999999999-12-31T23:59:59.999999999-18:00", "-999999999-01-01T00:00:00+18:00", "2026-03-20T25:61:00Z",
        "2026-03", "2026-00", "999999999-12", "receivedAt,desc", "receivedAt,asc,extra", ",", ",desc", "state,DESC",
        "dueDate, asc", "\uFFFF", "\uFEFF1", "1\u00a0", "almaty-akimat", "ALMATY-AKIMAT", "almaty akimat", "a/b",
        "a;b", "a,b", "*", "%25", "\\", "<script>", "\u2028", "\uD800", "\uDC00x"};

    /** Already on the wire: escapes and bytes that are malformed or mean something special. */
    static final String[] WIRE = {"%ZZ", "%", "%E2%82", "%ED%A0%80", "%C0%AE", "%FF", "%00", "%2F", "%2e%2e", "+",
        "%2B", "a+b", "%5C", "%3B", "%u0041", "%%", "%0", "%e2%80%ae", "%F0%9F%98%80"};

    static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"};

    static final String[] ACCEPT = {"application/json", "application/problem+json", "text/csv", "text/html",
        "application/xml", "*/*", "text/*", "application/x-ndjson", ";;;", "application/json;q=0", "image/png",
        "application/json, text/csv;q=0.5", "*/*;q=abc", "\u00e9/\u00e9"};

    static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json;charset=ISO-8859-1", "application/json;charset=nope",
        "application/merge-patch+json", ";;", "application/*", "application/json;charset=UTF-16"};

    private final List<ApiOperation> operations;
    private final Map<String, List<String>> samples;
    private final Credentials credentials;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code samples}: plausible values by parameter or property name (known appeal ids, body ids...). */
    public RequestGenerator(List<ApiOperation> operations, Map<String, List<String>> samples, Credentials credentials) {
        this.operations = List.copyOf(operations);
        this.samples = samples;
        this.credentials = credentials;
    }

    public Arbitrary<FuzzRequest> requests() {
        return Arbitraries.randomValue(this::next);
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    FuzzRequest next(Random r) {
        ApiOperation op = operations.get(r.nextInt(operations.size()));
        String method = r.nextInt(25) == 0 ? pick(r, METHODS) : op.method();
        StringBuilder path = new StringBuilder();
        for (String segment : op.path().split("/", -1)) {
            if (path.length() > 0 || !segment.isEmpty()) {
                path.append('/');
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                ApiOperation.Parameter p = parameter(op, segment.substring(1, segment.length() - 1));
                path.append(wireValue(r, p == null ? segment : p.name(), p == null ? null : p.schema(), true));
            } else {
                path.append(segment);
            }
        }
        if (path.length() == 0) {
            path.append('/');
        }
        List<String> query = new ArrayList<>();
        for (ApiOperation.Parameter p : op.parameters()) {
            if (!p.in().equals("query")) {
                continue;
            }
            if (p.required() ? r.nextInt(12) != 0 : r.nextInt(2) == 0) {
                query.add(encode(p.name()) + "=" + wireValue(r, p.name(), p.schema(), false));
                if (r.nextInt(40) == 0) {
                    query.add(encode(p.name()) + "=" + wireValue(r, p.name(), p.schema(), false));
                }
            }
        }
        if (r.nextInt(15) == 0) {
            query.add(r.nextBoolean() ? encode(pick(r, HOSTILE)) + "=1" : "unknown=" + wireValue(r, "x", null, false));
        }
        if (r.nextInt(60) == 0) {
            query.add(r.nextBoolean() ? "=" : "&&a");
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));

        List<String[]> headers = new ArrayList<>();
        String role;
        int who = r.nextInt(100);
        Credential allowed = credentials.allowed(op);
        Credential refused = credentials.refused(op);
        if (who < 72 && allowed != null) {
            headers.add(new String[] {"Authorization", "Bearer " + allowed.token()});
            role = allowed.role();
        } else if (who < 82 && refused != null) {
            headers.add(new String[] {"Authorization", "Bearer " + refused.token()});
            role = refused.role();
        } else if (who < 90) {
            role = "anonymous";
        } else {
            String[] bad = {"Bearer", "Bearer ", "Bearer x.y.z", "Basic YTpi", "bearer " + (allowed == null ? "x"
                    : allowed.token()), "Bearer " + "A".repeat(5000), "Bearer \u00e9", "Bearer a b c",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."};
            headers.add(new String[] {"Authorization", pick(r, bad)});
            role = "bad-token";
        }
        if (r.nextInt(3) == 0) {
            headers.add(new String[] {"Accept", r.nextBoolean() && !op.produces().isEmpty()
                    ? op.produces().get(r.nextInt(op.produces().size())) : pick(r, ACCEPT)});
        }
        if (r.nextInt(30) == 0) {
            headers.add(new String[] {"If-Match", pick(r, new String[] {"\"0\"", "*", "W/\"1\"", "\"-1\"",
                "\"99999999999999999999\"", "garbage", "\"\"", "\"a\", \"b\""})});
        }
        String body = null;
        if (op.bodySchema() != null || (method.equals("POST") && r.nextInt(10) == 0)) {
            body = body(r, op.bodySchema());
            String type = r.nextInt(5) != 0 ? "application/json" : pick(r, CONTENT_TYPES);
            if (r.nextInt(30) != 0) {
                headers.add(new String[] {"Content-Type", type});
            }
            if (r.nextInt(8) == 0) {
                body = null;
            }
        }
        boolean raw = r.nextInt(30) == 0;
        if (raw) {
            return rawVariant(r, method, target, headers, body, op, role);
        }
        return new FuzzRequest(method, target, headers, body, false, op.label(), role);
    }

    /** Requests only a raw socket sends: illegal characters in the target, oversized or malformed headers. */
    private FuzzRequest rawVariant(Random r, String method, String target, List<String[]> headers, String body,
                                   ApiOperation op, String role) {
        List<String[]> h = new ArrayList<>(headers);
        String t = target;
        switch (r.nextInt(9)) {
            case 0 -> t = target + (target.contains("?") ? "&" : "?") + "q=" + pick(r, new String[] {"<{|}>", "a b",
                "\"", "`", "^"});
            case 1 -> h.add(new String[] {"X-Big", "a".repeat(9000 + r.nextInt(8000))});
            case 2 -> t = target.replaceFirst("/api/", "/api/" + pick(r, new String[] {"%00", "..%2F", ";x=1/",
                "./", "%2e%2e/", "\u00e9/"}));
            case 3 -> h.add(new String[] {"Bad Header", "x"});
            case 4 -> t = "http://" + pick(r, new String[] {"localhost", "evil.example", "[::1", "a b"}) + target;
            case 5 -> h.add(new String[] {"X-Ctl", "a\u0001b"});
            case 6 -> t = target + "#frag";
            case 7 -> h.add(new String[] {"Content-Length", pick(r, new String[] {"-1", "abc", "99999999999999999999"})});
            default -> t = "*";
        }
        return new FuzzRequest(method, t, h, body, true, op.label(), role);
    }

    private static ApiOperation.Parameter parameter(ApiOperation op, String name) {
        return op.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** A value as written on the wire: plausible half of the time, hostile otherwise. */
    String wireValue(Random r, String name, JsonNode schema, boolean pathSegment) {
        int kind = r.nextInt(100);
        if (kind < 50) {
            return encode(plausible(r, name, schema));
        }
        if (kind < 62) {
            return pick(r, WIRE);
        }
        if (kind < 70) {
            return encode(boundary(r, schema, name));
        }
        if (kind < 74) {
            int length = pick(r, new int[] {65, 101, 201, 256, 257, 1001, 3000});
            return encode("a".repeat(length));
        }
        return encode(pick(r, HOSTILE));
    }

    String plausible(Random r, String name, JsonNode schema) {
        List<String> known = samples.get(name);
        if (known != null && !known.isEmpty() && r.nextInt(4) != 0) {
            return known.get(r.nextInt(known.size()));
        }
        if (schema != null) {
            if (schema.has("enum") && schema.get("enum").size() > 0) {
                return schema.get("enum").get(r.nextInt(schema.get("enum").size())).asText();
            }
            if (schema.has("default") && r.nextBoolean()) {
                return schema.get("default").asText();
            }
            String type = schema.path("type").asText();
            if (type.equals("integer") || type.equals("number")) {
                return Integer.toString(r.nextInt(30));
            }
            if (type.equals("boolean")) {
                return Boolean.toString(r.nextBoolean());
            }
            if (schema.path("format").asText().equals("date")) {
                return "2026-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
            }
            if (schema.path("format").asText().equals("date-time")) {
                return "2026-03-1" + r.nextInt(10) + "T10:00:00+05:00";
            }
        }
        return pick(r, new String[] {"abc", "almaty-akimat", "2026-03-20T19:00:00+05:00", "2026-03-20", "2026-03",
            "APPLICATION", "kind", "json", "csv", "1"});
    }

    static String boundary(Random r, JsonNode schema, String name) {
        String type = schema == null ? "" : schema.path("type").asText();
        if (type.equals("integer")) {
            return pick(r, new String[] {"-1", "0", "1", "200", "201", "1000000", "1000001", "2147483647",
                "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808"});
        }
        return pick(r, new String[] {"1899-12-31", "1900-01-01", "9999-12-31", "10000-01-01", "+10000-01-01",
            "1900-01-01T00:00:00Z", "9999-12-31T23:59:59-18:00", "9999-12-31T23:59:59+18:00", "1999", "2000",
            "2100", "2101", "0", "-1", name + ",desc", "x".repeat(64), "x".repeat(65), "x".repeat(100),
            "x".repeat(101), "9".repeat(12), "9".repeat(11), "9".repeat(13)});
    }

    /** A body: built from the schema, then (half of the time) broken in one way. */
    String body(Random r, JsonNode schema) {
        JsonNode value = schema == null ? JsonNodeFactory.instance.objectNode() : build(r, schema, "body", 0);
        String text;
        try {
            text = json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            text = "{}";
        }
        if (r.nextBoolean()) {
            return text;
        }
        switch (r.nextInt(12)) {
            case 0 -> {
                return duplicateKey(text);
            }
            case 1 -> {
                return pick(r, new String[] {"", "{", "}", "[", "nul", "{} {}", "{\"a\":1,}", "\uFEFF{}", "\u0000",
                    "{\"a\":}", "{'a':1}", "[]", "null", "\"text\"", "42", "{\"a\":1}garbage", "{\"\u0000\":1}"});
            }
            case 2 -> {
                int depth = pick(r, new int[] {100, 999, 1001, 5000});
                return "[".repeat(depth) + "]".repeat(depth);
            }
            case 3 -> {
                return "{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501);
            }
            default -> {
                if (value instanceof ObjectNode object && object.size() > 0) {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    String field = names.get(r.nextInt(names.size()));
                    object.set(field, hostileJson(r));
                    try {
                        return json.writeValueAsString(object).replace("\"\\uD800\"", "\"\\ud800\"");
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        return text;
                    }
                }
                return pick(r, new String[] {"{\"readModels\":[\"\\u0000\"]}", "{\"x\":1e400}",
                    "{\"x\":\"\\ud800\"}"});
            }
        }
    }

    static JsonNode hostileJson(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(14)) {
            case 0 -> f.textNode("a\u0000b");
            case 1 -> f.textNode("\uD800");
            case 2 -> f.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> f.numberNode(new java.math.BigInteger("99999999999999999999999"));
            case 4 -> f.textNode("");
            case 5 -> f.nullNode();
            case 6 -> f.arrayNode();
            case 7 -> f.objectNode();
            case 8 -> f.booleanNode(true);
            case 9 -> f.textNode("x".repeat(25_000));
            case 10 -> f.textNode("e\u0301\u202e");
            case 11 -> f.numberNode(-1);
            case 12 -> f.textNode("+999999999-12-31T23:59:59Z");
            default -> f.arrayNode().add(f.textNode("\u0007")).add(f.nullNode());
        };
    }

    JsonNode build(Random r, JsonNode schema, String name, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (depth > 6 || schema == null) {
            return f.nullNode();
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return build(r, schema.get("allOf").get(0), name, depth + 1);
        }
        if (schema.has("oneOf") && schema.get("oneOf").size() > 0) {
            return build(r, schema.get("oneOf").get(r.nextInt(schema.get("oneOf").size())), name, depth + 1);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = f.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(n -> required.add(n.asText()));
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> p = properties.next();
                    if (required.contains(p.getKey()) || r.nextInt(10) < 7) {
                        object.set(p.getKey(), build(r, p.getValue(), p.getKey(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                int n = r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    array.add(build(r, schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return f.numberNode(r.nextInt(100));
            }
            case "number" -> {
                return f.numberNode(r.nextInt(1000) / 10.0);
            }
            case "boolean" -> {
                return f.booleanNode(r.nextBoolean());
            }
            default -> {
                return f.textNode(plausible(r, name, schema));
            }
        }
    }

    /** The body with its first key given a second time. */
    static String duplicateKey(String text) {
        int colon = text.indexOf("\":");
        int start = text.indexOf('"');
        if (!text.startsWith("{") || colon < 0 || start < 0 || start > colon) {
            return "{\"a\":1,\"a\":2}";
        }
        String key = text.substring(start, colon + 1);
        return "{" + key + ":null," + text.substring(1);
    }

    /** Strict percent-encoding: everything but unreserved characters, as UTF-8 (lone surrogates as CESU bytes). */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {(byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)),
                    (byte) (0x80 | (c & 0x3F))};
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    static int pick(Random r, int[] values) {
        return values[r.nextInt(values.length)];
    }
}
