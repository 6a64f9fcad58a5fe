package kz.appeals.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import kz.appeals.deploy.Secrets;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.integrity.EnvelopeSeals;
import kz.appeals.messaging.integrity.EventKeys;

/**
 * Seals cloned envelopes the way the command side seals what it publishes (command-service {@code StoredEnvelopes}):
 * a fresh hash chain for the clone's appeal, then an Ed25519 signature with the system's event signing key (the
 * launcher's {@link Secrets#eventKeyPair()}, key id {@link Secrets#EVENT_KEY_ID}). A clone that kept its template's
 * seal would be parked by the query-service as FORGED (docs/integrity.md): its signature covers the template's
 * appeal and event ids.
 * <p>
 * A clone has no event-store row, so its {@code hash} cannot be the store's row hash; it is a SHA-256 of the link
 * (domain {@code appeals-bench-clone-v1}, previous hash, sequence, event id, appeal id, the template's hash), so that
 * each {@code previousHash} is the hash of the clone's previous event, 64 zeros for sequence 0, as in a real history.
 */
final class Reseal {

    private static final byte[] DOMAIN = "appeals-bench-clone-v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final EnvelopeSeals seals;

    private Reseal(EventKeys keys) {
        this.seals = new EnvelopeSeals(keys, codec);
    }

    /** With the signing key the services were started with (created on first use, as the launcher does). */
    static Reseal with(Secrets secrets) {
        return new Reseal(EventKeys.of(Secrets.EVENT_KEY_ID, secrets.eventKeyPair()[0], null));
    }

    /** One cloned history in sequence order, from sequence 0: each envelope re-chained and signed, as bytes. */
    List<byte[]> seal(List<Replay.JournalRow> clone) {
        List<byte[]> out = new ArrayList<>(clone.size());
        byte[] previous = new byte[32];
        for (Replay.JournalRow row : clone) {
            EventEnvelope envelope = codec.fromBytes(row.envelope().getBytes(StandardCharsets.UTF_8));
            String templateHash = envelope.seal() == null ? null : envelope.seal().hash();
            byte[] hash = link(previous, envelope, templateHash);
            EventEnvelope chained = envelope.withSeal(new EventEnvelope.Seal(HEX.formatHex(hash),
                    HEX.formatHex(previous), null, null));
            out.add(codec.toBytes(seals.sign(chained)));
            previous = hash;
        }
        return out;
    }

    /** The verdict the query-service would give (its {@code EnvelopeIntegrity} checks exactly this). */
    EnvelopeSeals.Verdict verify(byte[] envelope) {
        return seals.verify(codec.fromBytes(envelope));
    }

    private static byte[] link(byte[] previous, EventEnvelope envelope, String templateHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(DOMAIN);
            sha.update(previous);
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(envelope.sequence()).array());
            field(sha, envelope.eventId().toString());
            field(sha, envelope.appealId());
            field(sha, templateHash);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed, so that field boundaries cannot shift; -1 for null. */
    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
