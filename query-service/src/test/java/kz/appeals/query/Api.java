package kz.appeals.query;

import java.net.URI;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import kz.appeals.events.Actor;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.contract.ContractCheckingInterceptor;

/** Requests to the running query-service, each with a bearer token from the test identity provider. */
final class Api {

    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    private final TestRestTemplate http;

    /** Every response any test receives through this is checked against the service's live OpenAPI. */
    Api(TestRestTemplate http) {
        this.http = http;
        ContractCheckingInterceptor.install(http.getRestTemplate(), http.getRootUri());
    }

    /** {@code path} is sent as written (already encoded), e.g. a '+' as %2B. {@code token} null: no header. */
    <T> ResponseEntity<T> get(String token, String path, Class<T> type) {
        return exchange(HttpMethod.GET, token, path, null, type);
    }

    <T> ResponseEntity<T> post(String token, String path, Object body, Class<T> type) {
        return exchange(HttpMethod.POST, token, path, body, type);
    }

    <T> ResponseEntity<T> exchange(HttpMethod method, String token, String path, Object body, Class<T> type) {
        RequestEntity.BodyBuilder request = RequestEntity.method(method, URI.create(http.getRootUri() + path));
        if (token != null) {
            request.headers(h -> h.setBearerAuth(token));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON);
            return http.exchange(request.body(body), type);
        }
        return http.exchange(request.build(), type);
    }

    static String operator() {
        return IDP.system("operator-1", "OPERATOR");
    }

    static String auditor() {
        return IDP.system("auditor-1", "AUDITOR");
    }

    static String prosecutor() {
        return IDP.system("prosecutor-1", "PROSECUTOR");
    }

    /**
     * An event's actor built from its fields by name, so the test compiles whichever shape the shared contract's
     * Actor has (the command side adds display name and position).
     */
    static Actor actor(EnvelopeCodec codec, String userId, String role, String bodyId) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("userId", userId);
        fields.put("role", role);
        fields.put("bodyId", bodyId);
        return codec.mapper().convertValue(fields, Actor.class);
    }
}
