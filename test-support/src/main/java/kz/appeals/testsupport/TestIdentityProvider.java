package kz.appeals.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real OpenID Connect issuer for tests, one per test JVM: it serves a discovery document and a JWKS over HTTP on
 * loopback and signs RS256 access tokens with the claims the realm of deploy/ gives (sub, name, roles, body_id,
 * position, iin, aud, azp). The services validate its tokens exactly as they validate Keycloak's: through the issuer's
 * discovery and JWKS, with signature, issuer, audience and expiry checked. Nothing is mocked.
 */
public final class TestIdentityProvider {

    public static final String AUDIENCE = "appeals-api";

    private static TestIdentityProvider shared;

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;
    private final RSAKey strangerKey;

    private TestIdentityProvider() throws IOException, JOSEException {
        this.key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        this.strangerKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/appeals-test";
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer
                + "/protocol/openid-connect/certs\",\"authorization_endpoint\":\"" + issuer
                + "/protocol/openid-connect/auth\",\"token_endpoint\":\"" + issuer
                + "/protocol/openid-connect/token\",\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"]}";
        String prefix = "/realms/appeals-test";
        server.createContext(prefix + "/.well-known/openid-configuration", ex -> send(ex, discovery));
        server.createContext(prefix + "/protocol/openid-connect/certs", ex -> send(ex, jwks));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            try {
                shared = new TestIdentityProvider();
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException("Cannot start the test identity provider", e);
            }
        }
        return shared;
    }

    /** The issuer URI to give a service as {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    public String issuer() {
        return issuer;
    }

    /** A fresh token builder; {@link Token#sign()} gives the compact JWT for an {@code Authorization: Bearer} header. */
    public Token token(String subject) {
        return new Token(subject);
    }

    /** A citizen whose IIN/BIN is {@code idNumber}. */
    public String citizen(String idNumber) {
        return token("citizen-" + idNumber).name("Citizen " + idNumber).roles("CITIZEN").idNumber(idNumber)
                .client("citizen-portal").sign();
    }

    /** An official of {@code bodyId} in {@code role} (REGISTRAR, EXECUTOR, HEAD, ...). */
    public String official(String subject, String role, String bodyId) {
        return token(subject).name("Official " + subject).position(role.toLowerCase().replace('_', ' '))
                .roles(role).body(bodyId).client("agency-dashboard").sign();
    }

    /** A role acting for no body (PORTAL, PROSECUTOR, AUDITOR, OPERATOR). */
    public String system(String subject, String role) {
        return token(subject).name(subject).roles(role).client(subject).sign();
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public final class Token {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private String tokenIssuer = issuer;
        private List<String> audience = List.of(AUDIENCE);
        private boolean foreignKey;

        private Token(String subject) {
            claims.put("sub", subject);
            claims.put("preferred_username", subject);
        }

        public Token name(String name) {
            return claim("name", name);
        }

        public Token roles(String... roles) {
            return claim("roles", List.of(roles));
        }

        public Token body(String bodyId) {
            return claim("body_id", bodyId);
        }

        public Token position(String position) {
            return claim("position", position);
        }

        public Token idNumber(String iin) {
            return claim("iin", iin);
        }

        public Token client(String clientId) {
            return claim("azp", clientId);
        }

        public Token claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public Token expiresAt(Instant instant) {
            this.expiresAt = instant;
            return this;
        }

        public Token issuer(String otherIssuer) {
            this.tokenIssuer = otherIssuer;
            return this;
        }

        public Token audience(String... aud) {
            this.audience = List.of(aud);
            return this;
        }

        /** Signed with a key the issuer never published (same key id): the signature check must refuse it. */
        public Token signedByStranger() {
            this.foreignKey = true;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(tokenIssuer)
                    .audience(new ArrayList<>(audience)).issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString());
            claims.forEach(set::claim);
            RSAKey signingKey = foreignKey ? strangerKey : key;
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .build(), set.build());
            try {
                jwt.sign(new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}
