package kz.appeals.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.EndpointCatalog;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;

/**
 * Both services are OAuth2 resource servers: Spring Boot builds the JWT decoder from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (signature against the issuer's JWKS, cached; issuer;
 * expiry) and {@code ...jwt.audiences} (audience); a token that passed is remembered until its expiry
 * ({@link CachingJwtDecoder}). Every request then passes {@link EndpointAuthorizationManager};
 * no session, no CSRF (bearer tokens only), errors as problem+json.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@Import({AccessProblemAdvice.class, OpenApiSecurity.class})
public class AppealsSecurityConfiguration {

    /**
     * Wraps the JWT decoder Spring Boot builds (issuer, JWKS signature, audience, expiry) in
     * {@link CachingJwtDecoder}: a token that passed is not parsed and verified again until its {@code exp}.
     * {@code appeals.security.token-cache.size} (default 10,000 tokens; 0 turns it off) and {@code ...max-age}
     * (default 10 minutes, never beyond the token's own expiry).
     */
    @Bean
    static BeanPostProcessor cachingJwtDecoderPostProcessor(Environment environment) {
        long size = environment.getProperty("appeals.security.token-cache.size", Long.class, 10_000L);
        Duration maxAge = environment.getProperty("appeals.security.token-cache.max-age", Duration.class,
                Duration.ofMinutes(10));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (size > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
                    return new CachingJwtDecoder(decoder, size, maxAge, Clock.systemUTC());
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    AuthorizationMatrix authorizationMatrix() {
        return AuthorizationMatrix.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    EndpointCatalog endpointCatalog() {
        return EndpointCatalog.standard();
    }

    @Bean
    AccessGuard accessGuard(AuthorizationMatrix matrix) {
        return new AccessGuard(matrix);
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    SecurityFilterChain appealsSecurityFilterChain(HttpSecurity http, @Value("${spring.application.name}") String service,
                                                   EndpointCatalog catalog, AuthorizationMatrix matrix,
                                                   ProblemResponses problems) throws Exception {
        EndpointAuthorizationManager endpoints = new EndpointAuthorizationManager(service, catalog, matrix);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        // an error or async dispatch continues a request that was already authorized
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .anyRequest().access(endpoints))
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** The realm roles as {@code ROLE_*} authorities; the principal's name is the token's subject. */
    private static JwtAuthenticationConverter authorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> out = new ArrayList<>();
            for (Role role : Identity.fromClaims(jwt.getClaims()).roles()) {
                out.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
            return List.copyOf(out);
        });
        return converter;
    }
}
