package kz.appeals.command;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import kz.appeals.messaging.integrity.EventKeys;

/**
 * Gives every test context of this module an event signing key made for this JVM (no key is committed); registered
 * in src/test/resources/META-INF/spring.factories, so no test has to remember it.
 */
public class TestEventKeys implements EnvironmentPostProcessor {

    public static final String KEY_ID = "test-key";
    private static final String[] PAIR = EventKeys.generate();

    public static String privateKey() {
        return PAIR[0];
    }

    public static String publicKey() {
        return PAIR[1];
    }

    public static EventKeys verifier() {
        return EventKeys.of(null, null, KEY_ID + "=" + PAIR[1]);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("test-event-keys", Map.of(
                "APPEALS_EVENT_SIGNING_KEY_ID", KEY_ID,
                "APPEALS_EVENT_SIGNING_KEY", PAIR[0])));
    }
}
