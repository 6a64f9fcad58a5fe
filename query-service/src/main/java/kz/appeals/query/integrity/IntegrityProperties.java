package kz.appeals.query.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param verifyKeys     {@code id=base64 X.509} Ed25519 public keys whose signatures are accepted: the command side's
 *                       current key and any previous one still on the topic ({@code APPEALS_EVENT_VERIFY_KEYS})
 * @param acceptUnsigned project envelopes without a seal (only to drain a topic written before signing existed;
 *                       {@code APPEALS_ACCEPT_UNSIGNED_EVENTS}, default false). A bad signature is never accepted.
 */
@ConfigurationProperties(prefix = "appeals.integrity")
public record IntegrityProperties(String verifyKeys, boolean acceptUnsigned) {
}
