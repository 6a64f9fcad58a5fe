package kz.appeals.edge;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every 4xx answer is one log line — method, path, status — and never a stack trace: a client's mistake is not the
 * server's. Control characters of the path are escaped here (and CR/LF in any message by the log pattern).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientErrorLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientErrorLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status >= 400 && status < 500 && log.isInfoEnabled()) {
                log.info("{} {} -> {}", safe(request.getMethod()), safe(request.getRequestURI()), status);
            }
        }
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 300));
        for (int i = 0; i < text.length() && i < 300; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return text.length() > 300 ? out + "…" : out.toString();
    }
}
