package kz.appeals.command.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys and checkpoint cadence of the event seal (docs/integrity.md).
 *
 * @param signingKeyId       id of the current signing key ({@code APPEALS_EVENT_SIGNING_KEY_ID}); envelopes and
 *                           checkpoints name it so that verifiers pick the right public key after a rotation
 * @param signingKey         base64 PKCS#8 Ed25519 private key ({@code APPEALS_EVENT_SIGNING_KEY}); required
 * @param verifyKeys         {@code id=base64 X.509} public keys of previous signing keys
 *                           ({@code APPEALS_EVENT_VERIFY_KEYS}) so that older checkpoints still verify
 * @param checkpointInterval how often a checkpoint over the events stored since the last one is written
 * @param checkpointMaxEvents at most this many events per checkpoint (a backlog becomes several checkpoints)
 * @param checkpointsEnabled whether this instance writes checkpoints (several instances may: one wins each range)
 */
@ConfigurationProperties(prefix = "appeals.integrity")
public record IntegrityProperties(String signingKeyId, String signingKey, String verifyKeys,
                                  @DefaultValue("PT30S") Duration checkpointInterval,
                                  @DefaultValue("10000") int checkpointMaxEvents,
                                  @DefaultValue("true") boolean checkpointsEnabled) {
}
