package kz.appeals.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before security and Spring MVC: each path segment and each query parameter must be
 * valid UTF-8, free of control characters and within {@link EdgeLimits}; a parameter may be given once; the query
 * string must parse. Anything else is a 400 problem naming the segment or parameter, so no malformed value reaches
 * a controller, a database or a log line.
 */
public class EdgeRequestFilter extends OncePerRequestFilter {

    /** Set by Tomcat when it could not parse the parameters (bad %-escape, too many parameters...). */
    static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidInputException invalid = check(request);
        if (invalid != null) {
            Problems.write(response, Problems.invalid(invalid.field(), invalid.in(), invalid.getMessage()));
            return;
        }
        chain.doFilter(request, response);
    }

    static InvalidInputException check(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int index = 0;
        for (String raw : uri.split("/", -1)) {
            String segment = decode(raw);
            String name = "path segment " + index++;
            if (segment == null) {
                return new InvalidInputException(name, "path", name + " is not valid %-encoded UTF-8");
            }
            if (segment.length() > EdgeLimits.PATH_SEGMENT) {
                return new InvalidInputException(name, "path", name + " is longer than " + EdgeLimits.PATH_SEGMENT
                        + " characters");
            }
            String problem = EdgeText.problem(segment, false);
            if (problem != null) {
                return new InvalidInputException(name, "path", name + " " + problem);
            }
        }
        String query = request.getQueryString();
        if (query != null && decodeQuery(query) == null) {
            return new InvalidInputException("query", "query", "the query string is not valid %-encoded UTF-8");
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            return new InvalidInputException("query", "query", "the query string cannot be parsed");
        }
        if (request.getAttribute(PARSE_FAILED) != null) {
            return new InvalidInputException("query", "query", "the query string cannot be parsed ("
                    + request.getAttribute(PARSE_FAILED_REASON) + ")");
        }
        if (parameters.size() > EdgeLimits.QUERY_PARAMETERS) {
            return new InvalidInputException("query", "query", "at most " + EdgeLimits.QUERY_PARAMETERS
                    + " query parameters are accepted");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String nameProblem = EdgeText.problem(name, false);
            if (nameProblem != null || name.length() > 100) {
                return new InvalidInputException("query", "query", "a query parameter name is not acceptable: "
                        + (nameProblem != null ? nameProblem : "longer than 100 characters"));
            }
            if (parameter.getValue().length > 1) {
                return new InvalidInputException(name, "query", name + " is given more than once");
            }
            // a form body whose "field" has no '=' (a JSON text sent as a form) has no value at all
            String value = parameter.getValue()[0] == null ? "" : parameter.getValue()[0];
            if (value.length() > EdgeLimits.QUERY_VALUE) {
                return new InvalidInputException(name, "query", name + " is longer than " + EdgeLimits.QUERY_VALUE
                        + " characters");
            }
            String problem = EdgeText.problem(value, false);
            if (problem != null) {
                return new InvalidInputException(name, "query", name + " " + problem);
            }
        }
        return null;
    }

    /** Strict %-decoding of a path segment: null when an escape or the UTF-8 it spells is malformed. */
    static String decode(String raw) {
        return decode(raw, false);
    }

    private static String decodeQuery(String query) {
        return decode(query, true);
    }

    private static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(ch -> ch < 128)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (plusIsSpace && c == '+') {
                bytes.write(' ');
            } else if (c < 256) {
                // Tomcat hands the raw request target over byte by byte (ISO-8859-1)
                bytes.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
