package kz.appeals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Counts the real checks; "bad" tokens fail, the others expire at the instant the map gives. */
    private static final class CountingDecoder implements JwtDecoder {
        final AtomicInteger checks = new AtomicInteger();
        final Map<String, Instant> expiries = new HashMap<>();

        @Override
        public Jwt decode(String token) {
            checks.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature does not verify");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("portal")
                    .issuedAt(NOW.minusSeconds(10)).expiresAt(expiries.get(token)).build();
        }
    }

    private final MovableClock clock = new MovableClock();
    private final CountingDecoder real = new CountingDecoder();
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(real, 100, Duration.ofMinutes(10), clock);

    @Test
    void aValidatedTokenIsCheckedOnceUntilItExpires() {
        real.expiries.put("t1", NOW.plusSeconds(300));
        Jwt first = decoder.decode("t1");
        Jwt second = decoder.decode("t1");
        assertThat(second).isSameAs(first);
        assertThat(real.checks).hasValue(1);
    }

    @Test
    void anExpiredTokenIsNeverServedFromTheCache() {
        real.expiries.put("t1", NOW.plusSeconds(300));
        decoder.decode("t1");
        clock.now = NOW.plusSeconds(300);
        // the delegate decides again (and, for a real decoder, refuses it); the cache never answers past exp
        decoder.decode("t1");
        assertThat(real.checks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThat(real.checks).hasValue(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void anotherTokenStringIsAnotherCheck() {
        real.expiries.put("t1", NOW.plusSeconds(300));
        real.expiries.put("t2", NOW.plusSeconds(300));
        decoder.decode("t1");
        assertThat(decoder.decode("t2").getTokenValue()).isEqualTo("t2");
        assertThat(real.checks).hasValue(2);
    }

    @Test
    void theCacheIsBounded() {
        CachingJwtDecoder small = new CachingJwtDecoder(real, 10, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 1000; i++) {
            real.expiries.put("t" + i, NOW.plusSeconds(300));
            small.decode("t" + i);
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
    }
}
