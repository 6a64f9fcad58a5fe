package kz.appeals.query.ui;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in to the pages: the attributes are the validated access token's claims only (roles, body_id,
 * position, iin, name, azp), never the ID token's, so {@code Identity.fromClaims} sees what a bearer request would.
 */
final class SignedInUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> accessTokenClaims;

    SignedInUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                 Map<String, Object> accessTokenClaims) {
        super(authorities, idToken);
        this.accessTokenClaims = Map.copyOf(accessTokenClaims);
    }

    @Override
    public Map<String, Object> getAttributes() {
        return accessTokenClaims;
    }

    @Override
    public String getName() {
        return String.valueOf(accessTokenClaims.get("sub"));
    }
}
