package kz.appeals.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.testsupport.contract.LiveContract;

/**
 * What every answer to a fuzzed request must be: never a 5xx; a 4xx is {@code application/problem+json} whose body
 * carries the same status; and the answer conforms to the service's OpenAPI when the path is one of its operations.
 */
public final class FuzzOracle {

    private final LiveContract contract;
    private final ObjectMapper json = new ObjectMapper();

    public FuzzOracle(LiveContract contract) {
        this.contract = contract;
    }

    /** Empty when the answer is acceptable. */
    public List<String> judge(FuzzRequest request, FuzzClient.Response response) {
        List<String> wrong = new ArrayList<>();
        int status = response.status();
        if (status == 0) {
            // a connection closed without an answer is acceptable only for a request no client would send
            if (!request.raw()) {
                wrong.add("no answer");
            }
            return wrong;
        }
        if (status >= 500) {
            wrong.add("server error " + status + ": " + abbreviate(response.body()));
        }
        if (status >= 400 && !request.method().equals("HEAD")) {
            if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
                wrong.add(status + " is not problem+json but " + response.contentType() + ": "
                        + abbreviate(response.body()));
            } else {
                try {
                    JsonNode problem = json.readTree(response.body());
                    if (problem == null || problem.path("status").asInt() != status
                            || !problem.path("title").isTextual() || !problem.path("type").isTextual()) {
                        wrong.add(status + " problem without matching status, title and type: "
                                + abbreviate(response.body()));
                    }
                } catch (java.io.IOException e) {
                    wrong.add(status + " problem is not JSON: " + abbreviate(response.body()));
                }
            }
        }
        String target = request.target();
        if (target.startsWith("/") && !request.method().equals("HEAD")) {
            int query = target.indexOf('?');
            String path = query < 0 ? target : target.substring(0, query);
            int fragment = path.indexOf('#');
            path = fragment < 0 ? path : path.substring(0, fragment);
            wrong.addAll(contract.violations(request.method(), path, status, response.contentType(),
                    response.body()));
        }
        return wrong;
    }

    static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
