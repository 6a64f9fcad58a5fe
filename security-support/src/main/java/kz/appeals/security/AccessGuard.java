package kz.appeals.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Identity.fromClaims(jwt.getToken().getClaims());
        }
        throw new AccessRefusedException("identity", "the request carries no verified identity");
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
