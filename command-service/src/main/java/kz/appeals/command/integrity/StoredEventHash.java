package kz.appeals.command.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import kz.appeals.messaging.integrity.Merkle;

/** The chain hash of one stored event, exactly as the append trigger of migration V6 computes it in PostgreSQL. */
final class StoredEventHash {

    static final byte[] GENESIS = new byte[32];
    private static final byte[] DOMAIN = "appeals-event-v1".getBytes(StandardCharsets.UTF_8);

    private StoredEventHash() {
    }

    static byte[] of(byte[] previous, long sequence, String eventId, String aggregateId, String type,
                     String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {
        MessageDigest digest = Merkle.sha256();
        digest.update(DOMAIN);
        digest.update(previous == null ? new byte[0] : previous);
        digest.update(ByteBuffer.allocate(8).putLong(sequence).array());
        for (String text : new String[] {eventId, aggregateId, type, timestamp, payloadType, payloadRevision}) {
            field(digest, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }
        field(digest, payload);
        field(digest, metadata);
        return digest.digest();
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }
}
