package kz.appeals.testsupport.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One operation of a live OpenAPI document, as much of it as the fuzzer needs. */
public record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                           List<String> bodyTypes, List<String> produces) {

    /** A path, query or header parameter with its schema ($refs resolved). */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** Every operation of the document under {@code /api/}. */
    public static List<ApiOperation> read(String document) {
        try {
            JsonNode root = new ObjectMapper().readTree(document);
            List<ApiOperation> out = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
                while (ops.hasNext()) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    List<Parameter> parameters = new ArrayList<>();
                    for (JsonNode p : op.getValue().path("parameters")) {
                        parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                                p.path("required").asBoolean(false), resolve(root, p.path("schema"))));
                    }
                    JsonNode body = null;
                    List<String> bodyTypes = new ArrayList<>();
                    JsonNode content = op.getValue().path("requestBody").path("content");
                    Iterator<Map.Entry<String, JsonNode>> types = content.fields();
                    while (types.hasNext()) {
                        Map.Entry<String, JsonNode> type = types.next();
                        bodyTypes.add(type.getKey());
                        body = resolve(root, type.getValue().path("schema"));
                    }
                    List<String> produces = new ArrayList<>();
                    Iterator<Map.Entry<String, JsonNode>> responses = op.getValue().path("responses").fields();
                    while (responses.hasNext()) {
                        Map.Entry<String, JsonNode> response = responses.next();
                        if (response.getKey().startsWith("2")) {
                            response.getValue().path("content").fieldNames().forEachRemaining(produces::add);
                        }
                    }
                    out.add(new ApiOperation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                            body, bodyTypes, produces));
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
    }

    /** The schema with every $ref replaced by what it names (cycles cut at depth 8). */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        return resolve(root, schema, 0);
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return schema;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            return resolve(root, target, depth + 1);
        }
        if (schema.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = schema.deepCopy();
            schema.fields().forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    copy.set(e.getKey(), resolve(root, e.getValue(), depth + 1));
                } else if (e.getValue().isArray()) {
                    com.fasterxml.jackson.databind.node.ArrayNode items = copy.putArray(e.getKey());
                    e.getValue().forEach(v -> items.add(v.isObject() ? resolve(root, v, depth + 1) : v));
                }
            });
            return copy;
        }
        return schema;
    }

    public String label() {
        return method + " " + path;
    }
}
