package kz.appeals.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kz.appeals.deploy.TokenClient;

/**
 * The harness's callers, each with a real token from the identity provider, obtained as the README shows and the
 * system test does: the e-Otinish portal by client credentials (it files and reads back on behalf of citizens), the
 * officials of the drills by the password grant of a public client: the operator (read-model checksums and
 * rebuilds), the auditor (appeal histories) and the prosecutor (list pages of any body). Tokens live 10 minutes and a
 * full run about 20: each is renewed in the background 2 minutes before it expires, so the load is never stalled by
 * a token request, and every request carries a valid token.
 */
final class Auth {

    static final String PORTAL = "e-otinish-portal";
    static final String OPERATOR = "operator";
    static final String AUDITOR = "auditor";
    static final String PROSECUTOR = "prosecutor";
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(2);

    private final TokenClient client;
    private final String portalSecret;
    private final String userPassword;
    private final Map<String, TokenClient.Session> sessions = new ConcurrentHashMap<>();

    Auth(TokenClient client, String portalSecret, String userPassword) {
        this.client = client;
        this.portalSecret = portalSecret;
        this.userPassword = userPassword;
    }

    /** Signs every caller in once, so a provider that refuses shows at start-up, not in the middle of a step. */
    void signInAll() {
        for (String who : new String[] {PORTAL, OPERATOR, AUDITOR, PROSECUTOR}) {
            bearer(who);
        }
        // the officials of the follow-up commands (the realistic mix)
        FollowUps.OFFICIALS.forEach(this::bearer);
    }

    /** The {@code Authorization} header value for the caller. */
    String bearer(String who) {
        return sessions.computeIfAbsent(who, w -> w.equals(PORTAL)
                ? client.clientCredentials(PORTAL, portalSecret, REFRESH_AHEAD)
                : client.password(w.equals(OPERATOR) ? "operator-console" : w.equals(AUDITOR) ? "auditor-tools"
                        : "agency-dashboard", w, userPassword, REFRESH_AHEAD)).bearer();
    }

    /** Renewals after each caller's first token (the report states them). */
    Map<String, Long> renewals() {
        Map<String, Long> out = new java.util.TreeMap<>();
        sessions.forEach((who, s) -> out.put(who, s.renewals()));
        return out;
    }

    String tokenEndpoint() {
        return client.tokenEndpoint().toString();
    }
}
