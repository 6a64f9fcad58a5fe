package kz.appeals.messaging.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.security.PublicKey;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 signatures (RFC 8032) computed by Bouncy Castle instead of the JDK: about ten times less CPU per signature.
 * The JDK's implementation (pure Java, as of 17) multiplies the base point twice per signature — it derives the
 * public key anew every time — without precomputed tables, and with one signature per event it was the command
 * side's largest CPU cost per filing (issue 13). Bouncy Castle keeps the public key and uses precomputed tables.
 * <p>
 * Ed25519 is deterministic: a message signed with a key gives the same 64 bytes whichever implementation computes
 * them, so what is signed, the seal's format and every verifier stay as they are. The constructor checks this once
 * per key against the JDK and refuses to sign otherwise. Only Bouncy Castle's low-level functions are used; no
 * security provider is registered.
 */
final class Ed25519Signing {

    private static final byte[] SELF_CHECK = "appeals: Ed25519 self-check".getBytes(StandardCharsets.UTF_8);

    private final byte[] privateKey;
    private final byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];

    Ed25519Signing(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey)) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + key.getAlgorithm());
        }
        this.privateKey = edKey.getBytes()
                .filter(bytes -> bytes.length == Ed25519.SECRET_KEY_SIZE)
                .orElseThrow(() -> new IllegalArgumentException("The Ed25519 private key has no 32-byte value"));
        Ed25519.precompute();
        Ed25519.generatePublicKey(privateKey, 0, publicKey, 0);
        if (!Arrays.equals(sign(SELF_CHECK), signedByTheJdk(key, SELF_CHECK))) {
            throw new IllegalStateException("Bouncy Castle's Ed25519 signature differs from the JDK's");
        }
    }

    byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(privateKey, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE, the algorithm 1.3.101.112, BIT STRING. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** The 32 raw bytes of an X.509-encoded Ed25519 public key; empty for anything else (verified by the JDK). */
    static Optional<byte[]> rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length));
    }

    /**
     * RFC 8032 verification by Bouncy Castle: strict like the JDK's (S below the group order, canonical encodings,
     * the cofactorless equation), about a tenth of its CPU — verification was half of the live projection's CPU.
     * {@code Ed25519SigningTest} compares the verdicts of both on valid, altered and non-canonical signatures.
     */
    static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        return Ed25519.verify(signature, 0, rawPublicKey, 0, message, 0, message.length);
    }

    static byte[] signedByTheJdk(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(EventKeys.ALGORITHM);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
