package kz.appeals.query.integrity;

import org.springframework.stereotype.Component;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.messaging.integrity.EventKeys;

/** Only envelopes the command side signed are projected (docs/integrity.md). */
@Component
public class EnvelopeIntegrity {

    private final EnvelopeSeals seals;
    private final boolean acceptUnsigned;

    public EnvelopeIntegrity(IntegrityProperties properties, EnvelopeCodec codec) {
        EventKeys keys = EventKeys.of(null, null, properties.verifyKeys());
        if (keys.verifyKeys().isEmpty() && !properties.acceptUnsigned()) {
            throw new IllegalStateException("No event verify keys: set APPEALS_EVENT_VERIFY_KEYS (id=base64 X.509 "
                    + "Ed25519 public key, comma-separated for previous keys; docs/integrity.md)");
        }
        this.seals = new EnvelopeSeals(keys, codec);
        this.acceptUnsigned = properties.acceptUnsigned();
    }

    /** @throws RejectedEvent of kind FORGED unless the envelope carries a valid signature of a trusted key */
    public void verify(EventEnvelope envelope) {
        EnvelopeSeals.Verdict verdict = seals.verify(envelope);
        if (verdict == EnvelopeSeals.Verdict.VALID
                || (verdict == EnvelopeSeals.Verdict.UNSIGNED && acceptUnsigned)) {
            return;
        }
        String keyId = envelope.seal() == null ? null : envelope.seal().keyId();
        throw new RejectedEvent(RejectedEvent.FORGED, switch (verdict) {
            case UNSIGNED -> "Unsigned envelope";
            case UNKNOWN_KEY -> "Envelope signed with key '" + StorableText.clean(keyId) + "', which is not in "
                    + "APPEALS_EVENT_VERIFY_KEYS";
            default -> "Envelope signature does not match its content (key '" + StorableText.clean(keyId) + "')";
        } + "; claimed event " + envelope.eventId() + ", appeal " + StorableText.clean(envelope.appealId())
                + ", sequence " + envelope.sequence() + ". Not projected and holding nothing back.");
    }
}
