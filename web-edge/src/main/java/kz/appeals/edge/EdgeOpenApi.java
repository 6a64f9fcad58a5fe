package kz.appeals.edge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The API description tells the truth about errors and nulls: every operation lists the refusals any request can
 * meet (400 malformed, 401 no or bad token, 403 refused, 404 unknown, 406 unacceptable Accept, 413 body too large,
 * 415 unsupported body type, 500 and 503), each as {@code application/problem+json} with the {@code ApiProblem}
 * schema (never the success schema; not named Problem, which a domain type of the integrity report is called);
 * operation-specific codes (404, 409, 422...) come from each controller's annotations and get the same body. Every
 * property of a response schema is required (Jackson writes them all) and nullable when its Java type can be null
 * ({@link EdgeNullability}).
 */
public class EdgeOpenApi implements GlobalOpenApiCustomizer {

    public static final String PROBLEM = "ApiProblem";
    public static final String PROBLEM_ERROR = "ApiProblemError";
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("400", "Malformed request: a parameter, path segment, header or body value is invalid or beyond "
                + "its limits (docs/api-limits.md); errors[] names each one");
        COMMON.put("401", "No bearer token, or the token was refused (signature, issuer, audience, expiry)");
        COMMON.put("403", "The caller's roles or scope do not allow this action on this target");
        COMMON.put("404", "No such resource: an unknown id, or a path that is not this operation's (e.g. with a "
                + "trailing slash)");
        COMMON.put("406", "The Accept header allows none of the media types this operation answers with");
        COMMON.put("413", "The request body is larger than the service accepts (docs/security.md)");
        COMMON.put("500", "The service failed; the failure is logged (never caused by input alone)");
        COMMON.put("503", "Storage unavailable; retry after the Retry-After header");
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new io.swagger.v3.oas.models.Components());
        }
        openApi.getComponents().addSchemas(PROBLEM_ERROR, new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or header at fault"))
                .addProperty("in", new StringSchema().description("query, path, header, body or request"))
                .addProperty("message", new StringSchema().description("what is wrong with it"))
                .required(List.of("field", "message")));
        openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().description("urn:appeals:problem:…"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().nullable(true))
                .addProperty("instance", new StringSchema().nullable(true))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(ref(PROBLEM_ERROR))))
                .addProperty("action", new StringSchema().description("the refused action (403)"))
                .addProperty("header", new StringSchema().description("the header at fault (401)"))
                .required(List.of("type", "title", "status")));
        // RFC 9457: problem details are extensible
        openApi.getComponents().getSchemas().get(PROBLEM).setAdditionalProperties(true);
        if (openApi.getPaths() == null) {
            return;
        }
        Set<String> requestSchemas = new HashSet<>();
        Set<String> responseSchemas = new HashSet<>();
        openApi.getPaths().forEach((path, item) -> operations(item, operation -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            responses.remove("default");
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(problemContent());
                } else if (response.getContent() != null) {
                    response.getContent().values().forEach(m -> collect(m.getSchema(), responseSchemas));
                }
            });
            COMMON.forEach((code, description) -> {
                if (!responses.containsKey(code)) {
                    responses.addApiResponse(code, new ApiResponse().description(description)
                            .content(problemContent()));
                }
            });
            if (operation.getRequestBody() != null) {
                responses.putIfAbsent("415", new ApiResponse().description("The body's Content-Type is not one "
                        + "this operation reads").content(problemContent()));
                if (operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values()
                            .forEach(m -> collect(m.getSchema(), requestSchemas));
                }
            }
        }));
        // reachable closure of the schemas each side uses
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> responseClosure = closure(responseSchemas, schemas);
        Set<String> requestClosure = closure(requestSchemas, schemas);
        for (String name : responseClosure) {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !requestClosure.contains(name)
                    && !name.startsWith(PROBLEM)) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(ref(PROBLEM))));
    }

    private static String ref(String name) {
        return "#/components/schemas/" + name;
    }

    private static void operations(PathItem item, Consumer<Operation> each) {
        for (Operation operation : item.readOperations()) {
            each.accept(operation);
        }
    }

    private static void collect(Schema<?> schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            names.add(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        if (schema.getItems() != null) {
            collect(schema.getItems(), names);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collect(p, names));
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(s -> collect(s, names));
        }
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(s -> collect(s, names));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            collect(additional, names);
        }
    }

    private static Set<String> closure(Set<String> roots, Map<String, Schema> schemas) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name) || schemas == null || schemas.get(name) == null) {
                continue;
            }
            Set<String> next = new HashSet<>();
            collect(schemas.get(name), next);
            next.removeAll(seen);
            todo.addAll(next);
        }
        return seen;
    }
}
