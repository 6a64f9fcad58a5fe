package kz.appeals.security;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API description names its security: an OpenID Connect scheme (Swagger UI signs in through the provider's
 * discovery document, authorization code with PKCE) and a plain bearer scheme for a token obtained elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
class OpenApiSecurity {

    static final String OIDC = "oidc";
    static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer securitySchemes(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(OIDC, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                            .openIdConnectUrl(issuer + "/.well-known/openid-configuration")
                            .description("Sign in at the identity provider (authorization code with PKCE)"))
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("JWT").description("An access token of the identity provider"));
            openApi.addSecurityItem(new SecurityRequirement().addList(OIDC));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
