package kz.appeals.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Access tokens from the identity provider's token endpoint, the way the README's curl gets them: the password grant
 * of a public client with direct access grants (demo users), or the client credentials of a confidential client
 * (the e-Otinish portal). Used by the system test and the benchmark harness, so both sign in exactly as a client
 * would. No JSON library: the launcher has none, and a token response has two fields we need.
 */
public final class TokenClient {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN_ENDPOINT = Pattern.compile("\"token_endpoint\"\\s*:\\s*\"([^\"]+)\"");

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TokenClient(String tokenEndpoint) {
        this.tokenEndpoint = URI.create(tokenEndpoint);
    }

    /** The token endpoint named by the issuer's discovery document (any OpenID Connect provider). */
    public static TokenClient forIssuer(String issuerUri) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String discovery = issuerUri.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(discovery))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN_ENDPOINT.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new LauncherException("no token_endpoint in " + discovery + " (HTTP " + r.statusCode() + ")");
            }
            return new TokenClient(m.group(1));
        } catch (IOException e) {
            throw new LauncherException("cannot read " + discovery + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while reading " + discovery);
        }
    }

    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** An access token and when it stops being accepted. */
    public record Token(String value, Instant expiresAt) {
        public String bearer() {
            return "Bearer " + value;
        }
    }

    /** Password grant for a user through a public client with direct access grants. */
    public Token password(String clientId, String username, String password) {
        return request(form("grant_type", "password", "client_id", clientId, "username", username,
                "password", password), username);
    }

    /** Client credentials grant of a confidential client (its service account). */
    public Token clientCredentials(String clientId, String clientSecret) {
        return request(form("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret), clientId);
    }

    /** A session that keeps one principal's token fresh; see {@link Session}. */
    public Session password(String clientId, String username, String password, Duration refreshAhead) {
        return new Session(() -> password(clientId, username, password), refreshAhead);
    }

    public Session clientCredentials(String clientId, String clientSecret, Duration refreshAhead) {
        return new Session(() -> clientCredentials(clientId, clientSecret), refreshAhead);
    }

    private static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private Token request(Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Instant asked = Instant.now();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(r.body());
            if (r.statusCode() != 200 || !token.find()) {
                // the provider's error (e.g. invalid_grant) names no secret
                throw new LauncherException("no access token for " + who + " from " + tokenEndpoint + ": HTTP "
                        + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            }
            Matcher expires = EXPIRES_IN.matcher(r.body());
            long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 60;
            // counted from before the request: never later than the provider's own expiry
            return new Token(token.group(1), asked.plusSeconds(seconds));
        } catch (IOException e) {
            throw new LauncherException("token request for " + who + " to " + tokenEndpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while asking for a token for " + who);
        }
    }

    /**
     * One principal's current token, renewed before it expires: once less than {@code refreshAhead} is left a new one
     * is fetched in the background while the current one is still handed out, so callers on a hot path (the
     * benchmark's request scheduler) do not wait for the provider; only a token that is (nearly) expired is renewed
     * in the caller's thread.
     */
    public static final class Session {
        private static final Duration BLOCKING_MARGIN = Duration.ofSeconds(15);

        private final java.util.function.Supplier<Token> fetch;
        private final Duration refreshAhead;
        private volatile Token current;
        private CompletableFuture<Token> renewing;
        private volatile long renewals;

        Session(java.util.function.Supplier<Token> fetch, Duration refreshAhead) {
            this.fetch = fetch;
            this.refreshAhead = refreshAhead;
            this.current = fetch.get();
        }

        /** The value of the {@code Authorization} header. */
        public String bearer() {
            return token().bearer();
        }

        public Token token() {
            Token t = current;
            Instant now = Instant.now();
            if (t.expiresAt().isAfter(now.plus(refreshAhead))) {
                return t;
            }
            CompletableFuture<Token> pending = renewInBackground();
            if (t.expiresAt().isAfter(now.plus(BLOCKING_MARGIN))) {
                return t;
            }
            return pending.join();
        }

        private synchronized CompletableFuture<Token> renewInBackground() {
            if (renewing == null || renewing.isDone()) {
                renewing = CompletableFuture.supplyAsync(() -> {
                    Token fresh = fetch.get();
                    current = fresh;
                    renewals++;
                    return fresh;
                });
            }
            return renewing;
        }

        /** How many times the token was renewed after the first one. */
        public long renewals() {
            return renewals;
        }
    }
}
