package kz.appeals.security;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Endpoint;
import kz.appeals.access.EndpointCatalog;
import kz.appeals.access.Identity;

/**
 * The first check of every request: the endpoint must be in the catalog (else refused: closed by default), public
 * endpoints need no token, and any other needs a validated token holding a role that the matrix lets attempt the
 * endpoint's action. The matched endpoint is left on the request for logging.
 */
public class EndpointAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    public static final String ENDPOINT_ATTRIBUTE = EndpointAuthorizationManager.class.getName() + ".endpoint";

    private final String service;
    private final EndpointCatalog catalog;
    private final AuthorizationMatrix matrix;
    private final Function<Authentication, Identity> identities;

    /** For the API: only a validated bearer token is an identity. */
    public EndpointAuthorizationManager(String service, EndpointCatalog catalog, AuthorizationMatrix matrix) {
        this(service, catalog, matrix, a -> a instanceof JwtAuthenticationToken jwt
                ? Identity.fromClaims(jwt.getToken().getClaims()) : null);
    }

    /** For another filter chain (the browser pages): {@code identities} says who an authentication is, or null. */
    public EndpointAuthorizationManager(String service, EndpointCatalog catalog, AuthorizationMatrix matrix,
                                        Function<Authentication, Identity> identities) {
        this.service = service;
        this.catalog = catalog;
        this.matrix = matrix;
        this.identities = identities;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Endpoint> endpoint = catalog.find(service, request.getMethod(), path);
        if (endpoint.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        request.setAttribute(ENDPOINT_ATTRIBUTE, endpoint.get());
        if (EndpointCatalog.PUBLIC.equals(endpoint.get().action())) {
            return new AuthorizationDecision(true);
        }
        Identity who = identities.apply(authentication.get());
        if (who == null) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(matrix.mayAttempt(who, endpoint.get().action()));
    }
}
