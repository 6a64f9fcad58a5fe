package kz.appeals.command.integrity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.messaging.integrity.EventKeys;

@Configuration
class IntegrityConfig {

    /** Without a signing key nothing this service publishes would project: refuse to start instead. */
    @Bean
    EventKeys eventKeys(IntegrityProperties properties) {
        EventKeys keys = EventKeys.of(properties.signingKeyId(), properties.signingKey(), properties.verifyKeys());
        if (!keys.canSign()) {
            throw new IllegalStateException("No event signing key: set APPEALS_EVENT_SIGNING_KEY (base64 PKCS#8 "
                    + "Ed25519) and APPEALS_EVENT_SIGNING_KEY_ID (docs/integrity.md)");
        }
        return keys;
    }

    @Bean
    EnvelopeSeals envelopeSeals(EventKeys keys) {
        return new EnvelopeSeals(keys, new EnvelopeCodec());
    }
}
