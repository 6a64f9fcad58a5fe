package kz.appeals.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The token session renews before expiry without making a caller wait, and never hands out an expired token. */
class TokenClientTest {

    @Test
    void aTokenCloseToExpiryIsStillHandedOutWhileItsSuccessorIsFetchedInTheBackground() {
        AtomicInteger issued = new AtomicInteger();
        TokenClient.Session session = new TokenClient.Session(() -> new TokenClient.Token("t" + issued.incrementAndGet(),
                Instant.now().plus(issued.get() == 1 ? Duration.ofSeconds(60) : Duration.ofMinutes(10))),
                Duration.ofMinutes(2));
        // 60 s left, less than the 2 minutes ahead: the current token still serves, a renewal starts
        assertThat(session.bearer()).isEqualTo("Bearer t1");
        await().atMost(Duration.ofSeconds(10)).until(() -> session.bearer().equals("Bearer t2"));
        assertThat(session.renewals()).isEqualTo(1);
        // a fresh token is not renewed again
        assertThat(session.bearer()).isEqualTo("Bearer t2");
        assertThat(issued.get()).isEqualTo(2);
    }

    @Test
    void aTokenAboutToExpireIsReplacedBeforeTheCallerGetsOne() {
        AtomicInteger issued = new AtomicInteger();
        TokenClient.Session session = new TokenClient.Session(() -> new TokenClient.Token("t" + issued.incrementAndGet(),
                Instant.now().plus(issued.get() == 1 ? Duration.ofSeconds(5) : Duration.ofMinutes(10))),
                Duration.ofMinutes(2));
        assertThat(session.bearer()).isEqualTo("Bearer t2");
    }
}
