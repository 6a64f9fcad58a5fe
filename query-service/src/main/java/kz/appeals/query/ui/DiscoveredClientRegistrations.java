package kz.appeals.query.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The pages' two public clients at the issuer of {@code OIDC_ISSUER_URI}, read from its discovery document on first
 * use rather than at start-up: the service starts (and serves the API) while the identity provider is still starting.
 * Public clients (no secret) get PKCE from Spring Security's authorization request resolver.
 */
final class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    private final String issuer;
    private final Map<String, String> clientIds;
    private volatile Map<String, ClientRegistration> registrations;

    DiscoveredClientRegistrations(String issuer, Map<String, String> clientIds) {
        this.issuer = issuer;
        this.clientIds = Map.copyOf(clientIds);
    }

    String issuer() {
        return issuer;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!clientIds.containsKey(registrationId)) {
            return null;
        }
        return resolved().get(registrationId);
    }

    private synchronized Map<String, ClientRegistration> resolved() {
        if (registrations == null) {
            ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId("discovered").clientId("discovered").build();
            Map<String, ClientRegistration> out = new LinkedHashMap<>();
            clientIds.forEach((id, clientId) -> out.put(id, ClientRegistration.withClientRegistration(discovered)
                    .registrationId(id)
                    .clientId(clientId)
                    .clientSecret(null)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .clientName(id)
                    .build()));
            registrations = Map.copyOf(out);
        }
        return registrations;
    }
}
