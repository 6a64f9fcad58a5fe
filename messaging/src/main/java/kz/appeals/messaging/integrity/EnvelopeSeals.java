package kz.appeals.messaging.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;

/**
 * Signs and verifies envelopes. What is signed: the bytes {@code appeals-envelope-v1\n} followed by the canonical JSON
 * ({@link CanonicalJson}) of the whole envelope with {@code seal.signature} removed — so the signature covers the
 * event, its place in the appeal's history, the stored-event hashes and the key id.
 */
public final class EnvelopeSeals {

    public enum Verdict {
        VALID, UNSIGNED, UNKNOWN_KEY, BAD_SIGNATURE
    }

    private static final byte[] DOMAIN = "appeals-envelope-v1\n".getBytes(StandardCharsets.UTF_8);

    private final EventKeys keys;
    private final ObjectMapper mapper;

    public EnvelopeSeals(EventKeys keys, EnvelopeCodec codec) {
        this.keys = keys;
        this.mapper = codec.mapper();
    }

    /** Signs with the current key, keeping the hashes already in the seal (if any). */
    public EventEnvelope sign(EventEnvelope envelope) {
        EventEnvelope.Seal seal = envelope.seal() == null ? new EventEnvelope.Seal(null, null, null, null)
                : envelope.seal();
        EventEnvelope unsigned = envelope.withSeal(seal.withSignature(keys.signingKeyId(), null));
        byte[] signature = keys.sign(signedBytes(mapper.valueToTree(unsigned)));
        return envelope.withSeal(seal.withSignature(keys.signingKeyId(),
                Base64.getEncoder().encodeToString(signature)));
    }

    public Verdict verify(EventEnvelope envelope) {
        return verify(mapper.valueToTree(envelope));
    }

    /** Verifies an envelope as a JSON tree, e.g. a line of the audit export. */
    public Verdict verify(JsonNode envelope) {
        JsonNode seal = envelope.get("seal");
        if (seal == null || !seal.hasNonNull("signature") || !seal.hasNonNull("keyId")) {
            return Verdict.UNSIGNED;
        }
        String keyId = seal.get("keyId").asText();
        if (keys.publicKey(keyId).isEmpty()) {
            return Verdict.UNKNOWN_KEY;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(seal.get("signature").asText());
        } catch (IllegalArgumentException e) {
            return Verdict.BAD_SIGNATURE;
        }
        ObjectNode unsigned = envelope.deepCopy();
        ((ObjectNode) unsigned.get("seal")).putNull("signature");
        return keys.verify(keyId, signedBytes(unsigned), signature) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    static byte[] signedBytes(JsonNode unsignedEnvelope) {
        byte[] canonical = CanonicalJson.bytes(unsignedEnvelope);
        byte[] message = new byte[DOMAIN.length + canonical.length];
        System.arraycopy(DOMAIN, 0, message, 0, DOMAIN.length);
        System.arraycopy(canonical, 0, message, DOMAIN.length, canonical.length);
        return message;
    }
}
