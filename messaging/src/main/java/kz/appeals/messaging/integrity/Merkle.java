package kz.appeals.messaging.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency) over SHA-256: a leaf is {@code SHA-256(0x00 || data)},
 * an inner node {@code SHA-256(0x01 || left || right)}, and a list of n > 1 leaves splits at the largest power of two
 * below n. The prefixes keep a leaf from passing for an inner node; the empty list has the hash of no bytes.
 */
public final class Merkle {

    private Merkle() {
    }

    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return sha256().digest();
        }
        return subtree(leaves, 0, leaves.size());
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            MessageDigest digest = sha256();
            digest.update((byte) 0);
            digest.update(leaves.get(from));
            return digest.digest();
        }
        int k = Integer.highestOneBit(n - 1);
        byte[] left = subtree(leaves, from, from + k);
        byte[] right = subtree(leaves, from + k, to);
        MessageDigest digest = sha256();
        digest.update((byte) 1);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
