package kz.appeals.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.access.Endpoint;

/**
 * 401 and 403 raised before a controller is reached, as RFC 9457 problem+json like every other error of the
 * services (with the {@code WWW-Authenticate} header that RFC 6750 asks for).
 */
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final URI UNAUTHORIZED = URI.create("urn:appeals:problem:unauthorized");
    public static final URI FORBIDDEN = URI.create("urn:appeals:problem:forbidden");

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                request.getHeader("Authorization") == null
                        ? "This request needs a bearer token from the identity provider (header Authorization)"
                        : "The bearer token was refused: " + safe(e.getMessage()));
        problem.setType(UNAUTHORIZED);
        problem.setTitle("Unauthorized");
        problem.setProperty("header", "Authorization");
        write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        denied.handle(request, response, e);
        Object endpoint = request.getAttribute(EndpointAuthorizationManager.ENDPOINT_ATTRIBUTE);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, endpoint instanceof Endpoint ep
                ? "None of the caller's roles may perform '" + ep.action() + "'"
                : "No endpoint " + request.getMethod() + " " + request.getRequestURI()
                        + " is open to this caller (an endpoint without a rule is closed)");
        problem.setType(FORBIDDEN);
        problem.setTitle("Forbidden");
        if (endpoint instanceof Endpoint ep) {
            problem.setProperty("action", ep.action());
        }
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/_.\\-]", "_")));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Token errors can quote the token's own text; keep only a short, printable message. */
    private static String safe(String message) {
        if (message == null) {
            return "invalid token";
        }
        String s = message.replaceAll("\\p{Cntrl}", " ");
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
