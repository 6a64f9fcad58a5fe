package kz.appeals.query.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.EndpointCatalog;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.security.AccessGuard;
import kz.appeals.security.EndpointAuthorizationManager;

/**
 * The browser pages' own filter chain, ordered before the API's stateless bearer-only chain and matching only the
 * pages, the sign-in and callback paths, sign-out and static files: a session from an authorization-code sign-in with
 * PKCE (public clients {@code agency-dashboard} for officials, {@code citizen-portal} for citizens), CSRF on. Every
 * page still passes the same endpoint catalog and matrix as the API (closed when not listed), and the session's
 * identity is the claims of the validated access token, so {@code AccessGuard}/{@code ReadAccess} decide exactly as
 * for a bearer request.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration implements WebMvcConfigurer {

    static final String OFFICIALS = "agency-dashboard";
    static final String CITIZENS = "citizen-portal";
    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"),
            Locale.ENGLISH);

    @Bean
    ClientRegistrationRepository uiClientRegistrations(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${appeals.ui.officials-client:" + OFFICIALS + "}") String officials,
            @Value("${appeals.ui.citizens-client:" + CITIZENS + "}") String citizens) {
        return new DiscoveredClientRegistrations(issuer, Map.of(OFFICIALS, officials, CITIZENS, citizens));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, @Value("${spring.application.name}") String service,
                                              EndpointCatalog catalog, AuthorizationMatrix matrix,
                                              ClientRegistrationRepository registrations, JwtDecoder accessTokens)
            throws Exception {
        EndpointAuthorizationManager endpoints = new EndpointAuthorizationManager(service, catalog, matrix,
                AccessGuard::identityOf);
        OidcClientInitiatedLogoutSuccessHandler signedOut =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/ui/sign-in");
        http.securityMatcher("/ui", "/ui/**", "/oauth2/**", "/login/oauth2/**", "/logout", "/webjars/**")
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .anyRequest().access(endpoints))
                .oauth2Login(o -> o
                        .loginPage("/ui/sign-in")
                        .defaultSuccessUrl("/ui", true)
                        .userInfoEndpoint(u -> u.oidcUserService(signedInUsers(accessTokens))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(signedOut))
                .headers(h -> h
                        // scripts only from this service (htmx, Chart.js and the page script are files, not inline)
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; "
                                + "form-action 'self' " + origin(registrations)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Sign-out posts a form that is redirected to the provider's end-session endpoint. */
    private static String origin(ClientRegistrationRepository registrations) {
        if (registrations instanceof DiscoveredClientRegistrations d) {
            java.net.URI issuer = java.net.URI.create(d.issuer());
            return issuer.getScheme() + "://" + issuer.getAuthority();
        }
        return "";
    }

    /**
     * The signed-in user is the access token's claims, decoded by the resource server's own decoder (signature,
     * issuer, audience {@code appeals-api}, expiry): the same claims, checked the same way, as a bearer request. The
     * ID token (validated by Spring before this) must name the same subject.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> signedInUsers(JwtDecoder accessTokens) {
        return request -> {
            Jwt access;
            try {
                access = accessTokens.decode(request.getAccessToken().getTokenValue());
            } catch (JwtException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                        "the access token was refused: " + e.getMessage(), null), e);
            }
            if (!Objects.equals(access.getSubject(), request.getIdToken().getSubject())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                        "the access token and the ID token name different users", null));
            }
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            for (Role role : Identity.fromClaims(access.getClaims()).roles()) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
            return new SignedInUser(authorities, request.getIdToken(), access.getClaims());
        };
    }

    /** {@code ?lang=kk|ru|en} on any page switches the language; a cookie keeps the choice for a year. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("appeals-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale wanted = request.getLocale();
            return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                    .orElse(Locale.forLanguageTag("ru"));
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/ui/**");
    }
}
