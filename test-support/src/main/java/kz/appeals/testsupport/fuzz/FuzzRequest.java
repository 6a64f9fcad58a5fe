package kz.appeals.testsupport.fuzz;

import java.util.List;

/**
 * One request the fuzzer sends: {@code target} is the request target exactly as written on the wire (path and query,
 * already encoded, possibly malformed); {@code raw} requests go over a plain socket because no HTTP client would send
 * them. {@code operation} is the operation it was derived from ("METHOD /template").
 */
public record FuzzRequest(String method, String target, List<String[]> headers, String body, boolean raw,
                          String operation, String role) {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(method).append(' ').append(target);
        for (String[] h : headers) {
            out.append(" | ").append(h[0]).append(": ")
                    .append(h[1].length() > 60 ? h[1].substring(0, 60) + "…(" + h[1].length() + ")" : h[1]);
        }
        if (body != null) {
            out.append(" | body ").append(body.length() > 200 ? body.substring(0, 200) + "…(" + body.length() + ")"
                    : body);
        }
        return out.append(raw ? " [raw]" : "").append(" [as ").append(role).append(" for ").append(operation)
                .append(']').toString();
    }
}
