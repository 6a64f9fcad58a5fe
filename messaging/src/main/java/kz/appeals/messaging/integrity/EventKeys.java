package kz.appeals.messaging.integrity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Ed25519 keys of the event seal: at most one private key that signs (the command side's, with its key id) and
 * every public key that may have signed something still around (the current one and previous ones, by key id).
 * <p>
 * Formats, as {@code openssl} writes them: the private key is base64 of its PKCS#8 DER
 * ({@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}); public keys are base64 of their X.509
 * SubjectPublicKeyInfo DER ({@code openssl pkey -pubout -outform DER | base64 -w0}); a key list is
 * {@code id=base64,id2=base64}. The public key of the signing key is derived from it and always trusted.
 */
public final class EventKeys {

    public static final String ALGORITHM = "Ed25519";

    private final String signingKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> verifyKeys;
    private final Ed25519Signing signer;
    /** The verify keys as Ed25519's 32 raw bytes, for {@link Ed25519Signing#verify}. */
    private final Map<String, byte[]> rawVerifyKeys;

    private EventKeys(String signingKeyId, PrivateKey signingKey, Map<String, PublicKey> verifyKeys) {
        this.signingKeyId = signingKeyId;
        this.signingKey = signingKey;
        this.signer = signingKey == null ? null : new Ed25519Signing(signingKey);
        this.verifyKeys = Map.copyOf(verifyKeys);
        Map<String, byte[]> raw = new LinkedHashMap<>();
        verifyKeys.forEach((id, key) -> Ed25519Signing.rawPublicKey(key).ifPresent(bytes -> raw.put(id, bytes)));
        this.rawVerifyKeys = Map.copyOf(raw);
    }

    /**
     * @param signingKeyId     id of the signing key, or null/blank when this side only verifies
     * @param signingKeyBase64 PKCS#8 base64, or null/blank when this side only verifies
     * @param verifyKeyList    {@code id=base64,...} of further trusted public keys (previous keys), may be blank
     */
    public static EventKeys of(String signingKeyId, String signingKeyBase64, String verifyKeyList) {
        Map<String, PublicKey> verify = new LinkedHashMap<>(parsePublicKeys(verifyKeyList));
        PrivateKey signing = null;
        String id = blank(signingKeyId) ? null : signingKeyId.trim();
        if (!blank(signingKeyBase64)) {
            if (id == null) {
                throw new IllegalArgumentException("A signing key needs a key id (APPEALS_EVENT_SIGNING_KEY_ID)");
            }
            signing = privateKey(signingKeyBase64.trim());
            verify.put(id, publicKeyOf(signing));
        }
        return new EventKeys(signing == null ? null : id, signing, verify);
    }

    /** A fresh key pair, for tests and for generating a key: {@code [privatePkcs8Base64, publicX509Base64]}. */
    public static String[] generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            return new String[] {b64.encodeToString(pair.getPrivate().getEncoded()),
                    b64.encodeToString(pair.getPublic().getEncoded())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean canSign() {
        return signingKey != null;
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public Map<String, PublicKey> verifyKeys() {
        return verifyKeys;
    }

    public Optional<PublicKey> publicKey(String keyId) {
        return Optional.ofNullable(keyId == null ? null : verifyKeys.get(keyId));
    }

    public byte[] sign(byte[] message) {
        if (signingKey == null) {
            throw new IllegalStateException("No signing key configured (APPEALS_EVENT_SIGNING_KEY)");
        }
        return signer.sign(message);
    }

    /** @return false for an unknown key id, a malformed signature or one that does not match */
    public boolean verify(String keyId, byte[] message, byte[] signatureBytes) {
        Optional<PublicKey> key = publicKey(keyId);
        if (key.isEmpty() || signatureBytes == null) {
            return false;
        }
        byte[] raw = rawVerifyKeys.get(keyId);
        if (raw != null) {
            return Ed25519Signing.verify(raw, message, signatureBytes);
        }
        try {
            java.security.Signature signature = java.security.Signature.getInstance(ALGORITHM);
            signature.initVerify(key.get());
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static Map<String, PublicKey> parsePublicKeys(String list) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        if (blank(list)) {
            return keys;
        }
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("A verify key must be written id=base64 (APPEALS_EVENT_VERIFY_KEYS)");
            }
            keys.put(entry.substring(0, eq).trim(), decodePublicKey(entry.substring(eq + 1).trim()));
        }
        return keys;
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The signing key is not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    static PublicKey decodePublicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("A verify key is not a base64 X.509 Ed25519 public key", e);
        }
    }

    /**
     * The JDK has no call that derives an Ed25519 public key from the private one, but its key pair generator takes
     * the private key as 32 bytes from the random source: handing it the private key's seed gives the matching pair.
     */
    static PublicKey publicKeyOf(PrivateKey key) {
        byte[] seed = ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("The signing key has no extractable seed"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
