package kz.appeals.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Decision;
import kz.appeals.access.Identity;
import kz.appeals.access.Target;

/**
 * The application layer's door: every use case asks it, with the appeal (or body, or citizen) it is about, before it
 * reads or changes anything. The URL-level check has already made sure the caller holds a role that may attempt the
 * action; this one decides the scope (own appeal, own body, review body) on the actual target.
 */
public class AccessGuard {

    private final AuthorizationMatrix matrix;

    public AccessGuard(AuthorizationMatrix matrix) {
        this.matrix = matrix;
    }

    /** The verified caller of the current request; refused when the request carries no validated token. */
    public Identity current() {
        Identity who = identityOf(SecurityContextHolder.getContext().getAuthentication());
        if (who == null) {
            throw new AccessRefusedException("identity", "the request carries no verified identity");
        }
        return who;
    }

    /**
     * The identity an authentication carries, or null: a bearer token's claims (the API), or the claims of a browser
     * sign-in's principal (the pages: their principal holds the validated access token's claims, the same claims a
     * bearer request would carry). Any other authentication, anonymous included, is no identity.
     */
    public static Identity identityOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Identity.fromClaims(jwt.getToken().getClaims());
        }
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
            return Identity.fromClaims(principal.getAttributes());
        }
        return null;
    }

    /** Allowed decisions come back (their row names the role acted in); refusals are thrown as 403. */
    public Decision require(String action, Target target) {
        Decision decision = matrix.decide(current(), action, target);
        if (!decision.allowed()) {
            throw new AccessRefusedException(action, decision.reason());
        }
        return decision;
    }

    public boolean permits(String action, Target target) {
        return matrix.decide(current(), action, target).allowed();
    }

    public AuthorizationMatrix matrix() {
        return matrix;
    }
}
