package kz.appeals.edge;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/** RFC 9457 problem+json as every error of both services is shaped: type, title, status, detail, errors[]. */
public final class Problems {

    public static final String PREFIX = "urn:appeals:problem:";
    public static final URI INVALID_REQUEST = URI.create(PREFIX + "invalid-request");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** 400 naming the field, parameter or header at fault. */
    public static ProblemDetail invalid(String field, String in, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(error(field, in, message)));
        return problem;
    }

    public static Map<String, Object> error(String field, String in, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("in", in);
        error.put("message", message);
        return error;
    }

    /** A problem for a status with the standard type and title of that status. */
    public static ProblemDetail of(int status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(typeOf(status));
        HttpStatus known = HttpStatus.resolve(status);
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }

    public static URI typeOf(int status) {
        if (status == 400) {
            return INVALID_REQUEST;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null ? "error" : known.getReasonPhrase().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return URI.create(PREFIX + slug);
    }

    /** Written straight to the servlet response: for filters, the error controller and Tomcat's valve. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body(problem)));
    }

    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
