package kz.appeals.command.observability;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the appeal a request or a command is about into the logs' MDC as {@code appealId}: from the path of
 * {@code /api/appeals/{appealId}/...} for the whole request (security decisions included), and from the command for
 * a filing, whose id exists only once the command is built. Structured logs carry it as a field.
 */
@Configuration
public class AppealLogContext {

    public static final String MDC_KEY = "appealId";
    private static final String PREFIX = "/api/appeals/";

    /** Outside the security chain, like the tracing filter, so every log line of the request has the id. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    static class FromPath extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String uri = request.getRequestURI();
            if (!uri.startsWith(PREFIX) || uri.length() == PREFIX.length()) {
                chain.doFilter(request, response);
                return;
            }
            String rest = uri.substring(PREFIX.length());
            int slash = rest.indexOf('/');
            String appealId = slash < 0 ? rest : rest.substring(0, slash);
            try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, appealId)) {
                chain.doFilter(request, response);
            }
        }
    }

    private final Map<Class<?>, Optional<Method>> accessors = new ConcurrentHashMap<>();

    @Autowired
    void appealIdOfEveryCommand(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
            String appealId = appealIdOf(unitOfWork.getMessage().getPayload());
            if (appealId == null || appealId.equals(MDC.get(MDC_KEY))) {
                return chain.proceed();
            }
            String outer = MDC.get(MDC_KEY);
            MDC.put(MDC_KEY, appealId);
            try {
                return chain.proceed();
            } finally {
                if (outer == null) {
                    MDC.remove(MDC_KEY);
                } else {
                    MDC.put(MDC_KEY, outer);
                }
            }
        });
    }

    /** The commands are records with an {@code appealId()} component. */
    String appealIdOf(Object command) {
        Optional<Method> accessor = accessors.computeIfAbsent(command.getClass(), type -> {
            try {
                return Optional.of(type.getMethod("appealId"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        try {
            Object value = accessor.isPresent() ? accessor.get().invoke(command) : null;
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
