package kz.appeals.messaging.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What a checkpoint's signature covers: {@code appeals-checkpoint-v1\n}, then the first and last global index of its
 * range, the number of events in it (8-byte big-endian each), its Merkle root and the previous checkpoint's root
 * (32 zero bytes for the first checkpoint), which chains the checkpoints so that none can be dropped from the middle.
 */
public record CheckpointStatement(long firstGlobalIndex, long lastGlobalIndex, long eventCount, byte[] merkleRoot,
                                  byte[] previousRoot) {

    public static final byte[] NO_PREVIOUS = new byte[32];
    private static final byte[] DOMAIN = "appeals-checkpoint-v1\n".getBytes(StandardCharsets.UTF_8);

    public byte[] bytes() {
        return ByteBuffer.allocate(DOMAIN.length + 24 + merkleRoot.length + previousRoot.length)
                .put(DOMAIN).putLong(firstGlobalIndex).putLong(lastGlobalIndex).putLong(eventCount)
                .put(merkleRoot).put(previousRoot).array();
    }
}
