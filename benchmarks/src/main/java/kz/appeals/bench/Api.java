package kz.appeals.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Blocking calls to the query-service's admin and audit API, each with the token of the role it is for: the operator
 * for read models and rebuilds, the auditor for appeal histories.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String queryBase;
    private final Auth auth;

    Api(String queryBase, Auth auth) {
        this.queryBase = queryBase;
        this.auth = auth;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(queryBase + path)).timeout(Duration.ofMinutes(5)).GET()
                .build(), 200);
    }

    /** Read-model name -> "checksum rows" from GET /api/admin/read-models. */
    Map<String, String> checksums() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode model : get("/api/admin/read-models")) {
            out.put(model.get("readModel").asText(), model.get("checksum").asText() + " " + model.get("rows"));
        }
        return out;
    }

    /** POST /api/admin/read-models/rebuilds (all models); returns the progress path. */
    String startRebuild() {
        JsonNode started = send(HttpRequest.newBuilder(URI.create(queryBase + "/api/admin/read-models/rebuilds"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), 202);
        return started.get("progress").asText();
    }

    private JsonNode send(HttpRequest unsigned, int expected) {
        String who = unsigned.uri().getPath().startsWith("/api/admin/") ? Auth.OPERATOR : Auth.AUDITOR;
        HttpRequest request = HttpRequest.newBuilder(unsigned, (name, value) -> true)
                .header("Authorization", auth.bearer(who)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " -> "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
