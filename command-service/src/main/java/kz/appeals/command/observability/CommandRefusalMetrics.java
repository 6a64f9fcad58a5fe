package kz.appeals.command.observability;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import io.micrometer.core.instrument.MeterRegistry;
import kz.appeals.access.EndpointCatalog;

/**
 * {@code appeals.commands.refused{status,reason}}: commands answered 403, 409 or 422. The reason is the matrix action
 * for a 403 (from the problem, or for a refusal by the security filter from endpoints.csv), the article of the Code
 * for a rule violation, otherwise the problem type's last segment (e.g. {@code stale-version}). Both values come from
 * closed lists, so the number of series stays bounded.
 * <p>
 * A filter outside the security chain sees every final status; the advice only notes what the problem body says.
 */
public final class CommandRefusalMetrics {

    static final String REASON = CommandRefusalMetrics.class.getName() + ".reason";

    private CommandRefusalMetrics() {
    }

    /** Runs before Spring Security's chain (order -100), so a 403 written by the chain is seen too. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static class CountingFilter extends OncePerRequestFilter {

        private final MeterRegistry registry;
        private final EndpointCatalog catalog;
        private final String service;

        CountingFilter(MeterRegistry registry, EndpointCatalog catalog,
                       @Value("${spring.application.name}") String service) {
            this.registry = registry;
            this.catalog = catalog;
            this.service = service;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                int status = response.getStatus();
                if (status == 403 || status == 409 || status == 422) {
                    registry.counter("appeals.commands.refused", "status", String.valueOf(status),
                            "reason", reason(request, status)).increment();
                }
            }
        }

        private String reason(HttpServletRequest request, int status) {
            Object noted = request.getAttribute(REASON);
            if (noted != null) {
                return noted.toString();
            }
            if (status == 403) {
                return catalog.find(service, request.getMethod(), request.getRequestURI())
                        .map(e -> e.action()).orElse("unknown");
            }
            return "unknown";
        }
    }

    /** Notes the action or article a problem names, for the filter above. */
    @ControllerAdvice
    static class ProblemReason implements ResponseBodyAdvice<Object> {

        @Override
        public boolean supports(MethodParameter returnType, Class converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class selectedConverterType, ServerHttpRequest request,
                                      ServerHttpResponse response) {
            if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
                servlet.getServletRequest().setAttribute(REASON, reasonOf(problem));
            }
            return body;
        }

        static String reasonOf(ProblemDetail problem) {
            java.util.Map<String, Object> properties = problem.getProperties();
            Object named = properties == null ? null
                    : properties.getOrDefault("action", properties.get("article"));
            if (named != null) {
                return named.toString();
            }
            URI type = problem.getType();
            String text = type == null ? "" : type.toString();
            return text.isEmpty() ? "unknown" : text.substring(Math.max(text.lastIndexOf(':'), text.lastIndexOf('/'))
                    + 1);
        }
    }
}
