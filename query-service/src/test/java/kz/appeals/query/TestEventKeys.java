package kz.appeals.query;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.messaging.integrity.EventKeys;

/**
 * The command side's signing key, as far as these tests are concerned: made for this JVM (no key is committed),
 * trusted by every test context of this module (registered in src/test/resources/META-INF/spring.factories), and
 * used by the tests to sign what they publish in the command side's place.
 */
public class TestEventKeys implements EnvironmentPostProcessor {

    public static final String KEY_ID = "test-key";
    private static final String[] PAIR = EventKeys.generate();
    private static final EnvelopeSeals SIGNER = new EnvelopeSeals(EventKeys.of(KEY_ID, PAIR[0], null),
            new EnvelopeCodec());

    public static EventEnvelope sign(EventEnvelope envelope) {
        return SIGNER.sign(envelope);
    }

    public static EventKeys verifier() {
        return EventKeys.of(null, null, KEY_ID + "=" + PAIR[1]);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("test-event-keys", Map.of(
                "APPEALS_EVENT_VERIFY_KEYS", KEY_ID + "=" + PAIR[1])));
    }
}
