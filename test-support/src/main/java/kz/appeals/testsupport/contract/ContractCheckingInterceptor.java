package kz.appeals.testsupport.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestTemplate;

/**
 * Installed on the RestTemplate an integration test talks to the service with, so that every response of every test
 * is checked against the service's live OpenAPI: a response that breaks it fails the request (and the test) with the
 * validator's findings.
 */
public final class ContractCheckingInterceptor implements ClientHttpRequestInterceptor {

    private final Supplier<LiveContract> contract;

    private ContractCheckingInterceptor(Supplier<LiveContract> contract) {
        this.contract = contract;
    }

    /** Adds the check once to {@code rest}; the document is read on the first response, from {@code rootUri}. */
    public static synchronized void install(RestTemplate rest, String rootUri) {
        if (rest.getInterceptors().stream().anyMatch(i -> i instanceof ContractCheckingInterceptor)) {
            return;
        }
        LiveContract[] loaded = new LiveContract[1];
        rest.getInterceptors().add(new ContractCheckingInterceptor(() -> {
            synchronized (loaded) {
                if (loaded[0] == null) {
                    loaded[0] = LiveContract.of(rootUri);
                }
                return loaded[0];
            }
        }));
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        byte[] bytes = response.getBody().readAllBytes();
        String path = request.getURI().getRawPath();
        if (path.startsWith("/api/")) {
            HttpHeaders headers = response.getHeaders();
            List<String> violations = contract.get().violations(request.getMethod().name(), path,
                    response.getStatusCode().value(),
                    headers.getContentType() == null ? null : headers.getContentType().toString(),
                    new String(bytes, StandardCharsets.UTF_8));
            if (!violations.isEmpty()) {
                throw new AssertionError("The response breaks the service's OpenAPI:\n  "
                        + String.join("\n  ", violations));
            }
        }
        return new Buffered(response, bytes);
    }

    /** The response with its body read once and replayed to the caller. */
    private static final class Buffered implements ClientHttpResponse {

        private final ClientHttpResponse delegate;
        private final byte[] body;

        Buffered(ClientHttpResponse delegate, byte[] body) {
            this.delegate = delegate;
            this.body = body;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return delegate.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return delegate.getStatusText();
        }

        @Override
        public void close() {
            delegate.close();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return delegate.getHeaders();
        }
    }
}
