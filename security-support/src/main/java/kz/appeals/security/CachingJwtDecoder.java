package kz.appeals.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Remembers tokens that passed validation, keyed by the exact token string, until their own {@code exp} (never
 * longer; at most {@code maxAge}): a portal or an official sends the same bearer token with every request for its
 * lifetime, and without this each request parsed the JWT and checked its RSA signature again. Spring's Nimbus decoder
 * caches the issuer's JWKS, not the outcome of a check. Only successes are remembered; a refused token is checked
 * again each time. What is cached is exactly what the delegate returned for that token string: a different token
 * (another signature, another claim) is another key. The cache is bounded ({@code maximumSize} tokens, least
 * recently used evicted first). Revocation does not change: a JWT is valid until its {@code exp} with or without
 * this cache (docs/security.md, docs/decisions.md).
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> cache;

    public CachingJwtDecoder(JwtDecoder delegate, long maximumSize, Duration maxAge, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfter(new Expiry<String, Jwt>() {
                    @Override
                    public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
                        return remainingNanos(jwt, maxAge);
                    }

                    @Override
                    public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
                        return remainingNanos(jwt, maxAge);
                    }

                    @Override
                    public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = token == null ? null : cache.getIfPresent(token);
        if (cached != null && stillValid(cached)) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null && stillValid(jwt)) {
            cache.put(token, jwt);
        }
        return jwt;
    }

    /** Tokens currently remembered (for tests and metrics). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private boolean stillValid(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }

    private long remainingNanos(Jwt jwt, Duration maxAge) {
        Instant exp = jwt.getExpiresAt();
        if (exp == null) {
            return 0;
        }
        long untilExp = Duration.between(clock.instant(), exp).toNanos();
        return Math.max(0, Math.min(untilExp, maxAge.toNanos()));
    }
}
