package kz.appeals.edge;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The HTTP edge of both services: problem+json for every error whoever raises it (Spring MVC through each service's
 * {@link EdgeProblemHandler}, the servlet error page through {@link ProblemErrorController}, Tomcat itself through
 * {@link ProblemErrorReportValve}), parameters and path segments checked by {@link EdgeRequestFilter} before anything
 * else reads them, and JSON bodies read strictly ({@link EdgeJson}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
// the body limit and the one-line 4xx log were the same class in both services; one copy serves both
@Import({RequestLimits.class, ClientErrorLog.class})
public class EdgeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Before Spring Security (order -100): a malformed request is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<EdgeRequestFilter> edgeRequestFilter() {
        FilterRegistrationBean<EdgeRequestFilter> registration = new FilterRegistrationBean<>(new EdgeRequestFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 4);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    EdgeJson edgeJson() {
        return new EdgeJson();
    }

    @Bean
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return new ValveCustomizer();
    }

    /** After Spring Boot's own customizer (which may add a plain ErrorReportValve): ours replaces any such valve. */
    static final class ValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof Host host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                    if (host instanceof StandardHost standard) {
                        standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Spring Security's firewall refuses some requests (a TRACE, an encoded period or semicolon in the path...) by
     * sending an error whose error dispatch it then refuses again, which left an empty 400: answered here instead.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedHandler")
    static class Firewall {

        @Bean
        org.springframework.security.web.firewall.RequestRejectedHandler problemRequestRejectedHandler() {
            return (request, response, rejected) -> {
                String message = String.valueOf(rejected.getMessage());
                boolean method = message.contains("HTTP method");
                org.springframework.http.ProblemDetail problem = method
                        ? Problems.of(405, "method " + EdgeText.quote(request.getMethod()) + " is not allowed")
                        : Problems.invalid("path", "path", "the request path is refused: "
                                + EdgeText.quote(message.replaceAll("\\\"[^\\\"]*\\\"", "…")).replaceAll("^'|'$", ""));
                if (method) {
                    response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
                    problem.setProperty("errors", java.util.List.of(Problems.error("method", "request",
                            "method " + EdgeText.quote(request.getMethod()) + " is not allowed")));
                }
                Problems.write(response, problem);
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApi {

        @Bean
        EdgeOpenApi edgeOpenApi() {
            return new EdgeOpenApi();
        }

        @Bean
        EdgeNullability edgeNullability() {
            return new EdgeNullability();
        }
    }
}
