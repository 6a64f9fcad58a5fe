package kz.appeals.testsupport.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * A service's own OpenAPI document, fetched live from {@code /v3/api-docs}, checking responses with Atlassian's
 * swagger-request-validator: status code declared for the operation, Content-Type one of those declared, body valid
 * against the declared schema (required properties, nullability, no undeclared properties). A response to a path or
 * method the document does not describe (actuator, Swagger UI, a fuzzed path) is outside the contract and skipped.
 */
public final class LiveContract {

    private static final String PATH_MISSING = "validation.request.path.missing";
    private static final String NOT_ALLOWED = "validation.request.operation.notAllowed";

    private final OpenApiInteractionValidator validator;
    private final String document;
    private final AtomicLong validated = new AtomicLong();
    private final AtomicLong outside = new AtomicLong();

    private LiveContract(String document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel(PATH_MISSING, ValidationReport.Level.INFO)
                        .withLevel(NOT_ALLOWED, ValidationReport.Level.INFO)
                        .build())
                .build();
    }

    /** The document served at {@code rootUri + /v3/api-docs}, read without a token (it is public). */
    public static LiveContract of(String rootUri) {
        try {
            HttpResponse<String> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(rootUri + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            if (docs.statusCode() != 200) {
                throw new IllegalStateException("GET /v3/api-docs answered " + docs.statusCode());
            }
            return new LiveContract(docs.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the API description at " + rootUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String document() {
        return document;
    }

    /**
     * Every way the response breaks the contract, empty when it conforms or when the path and method are not in the
     * document. {@code path} is the request path without the query string.
     */
    public List<String> violations(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        Request.Method m;
        try {
            m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            outside.incrementAndGet();
            return List.of();
        }
        ValidationReport report = validator.validateResponse(path, m, response.build());
        boolean outsideContract = report.getMessages().stream()
                .anyMatch(msg -> msg.getKey().equals(PATH_MISSING) || msg.getKey().equals(NOT_ALLOWED));
        if (outsideContract) {
            outside.incrementAndGet();
            return List.of();
        }
        validated.incrementAndGet();
        // an NDJSON stream with no line is an empty body, which the validator reads as a missing one
        boolean emptyStream = contentType != null && contentType.startsWith("application/x-ndjson")
                && (body == null || body.isEmpty());
        return report.getMessages().stream()
                .filter(msg -> msg.getLevel() == ValidationReport.Level.ERROR)
                .filter(msg -> !(emptyStream && msg.getKey().equals("validation.response.body.missing")))
                .map(msg -> method + " " + path + " -> " + status + ": " + msg.getKey() + ": " + msg.getMessage()
                        + msg.getNestedMessages().stream().map(n -> " / " + n.getMessage())
                        .collect(Collectors.joining()))
                .toList();
    }

    /** Responses checked against an operation of the document so far. */
    public long validated() {
        return validated.get();
    }

    /** Responses to paths or methods the document does not describe. */
    public long outside() {
        return outside.get();
    }

    /** Header names as the validator's model wants them. */
    static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
