package kz.appeals.messaging.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The seal's signatures come from Bouncy Castle, and Ed25519 (RFC 8032) is deterministic: for any key and message
 * they are byte for byte the JDK's, so every verifier (the JDK's, openssl's) accepts them and the format is unchanged.
 */
class Ed25519SigningTest {

    @Test
    void signaturesAreTheJdksBytesForEveryKeyAndMessageAndVerify() {
        Random random = new Random(13);
        for (int k = 0; k < 20; k++) {
            String[] pair = EventKeys.generate();
            EventKeys keys = EventKeys.of("k", pair[0], "");
            EventKeys verifier = EventKeys.of(null, null, "k=" + pair[1]);
            for (int length : new int[] {0, 1, 31, 64, 1_200, 5_000}) {
                byte[] message = new byte[length];
                random.nextBytes(message);

                byte[] signature = keys.sign(message);

                assertThat(signature).hasSize(64)
                        .isEqualTo(Ed25519Signing.signedByTheJdk(EventKeys.privateKey(pair[0]), message));
                assertThat(verifier.verify("k", message, signature)).isTrue();
                message = message.length == 0 ? new byte[] {1} : message;
                message[0] ^= 1;
                assertThat(verifier.verify("k", message, signature)).isFalse();
            }
        }
    }

    /** RFC 8032 section 7.1, TEST 3: the published key, message and signature. */
    @Test
    void theRfcTestVectorIsReproduced() {
        // PKCS#8 DER of the RFC's secret key c5aa8df4…: the 16-byte prefix openssl writes for Ed25519, then the key
        String pkcs8 = java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(
                "302e020100300506032b657004220420"
                        + "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"));

        byte[] signature = EventKeys.of("rfc", pkcs8, "").sign(java.util.HexFormat.of().parseHex("af82"));

        assertThat(java.util.HexFormat.of().formatHex(signature)).isEqualTo(
                "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                        + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }

    /**
     * Verification by Bouncy Castle gives the JDK's verdict: valid signatures, every single-bit alteration of the
     * signature and of the message, the signature of another key, a wrong length, and the non-canonical S + L (the
     * same signature with the group order added to S, which a lax verifier would accept: signature malleability).
     */
    @Test
    void verificationGivesTheJdksVerdictOnValidAlteredAndNonCanonicalSignatures() throws Exception {
        Random random = new Random(29);
        java.math.BigInteger order = java.math.BigInteger.TWO.pow(252)
                .add(new java.math.BigInteger("27742317777372353535851937790883648493"));
        String[] other = EventKeys.generate();
        for (int k = 0; k < 4; k++) {
            String[] pair = EventKeys.generate();
            EventKeys keys = EventKeys.of("k", pair[0], "");
            EventKeys verifier = EventKeys.of(null, null, "k=" + pair[1] + ",o=" + other[1]);
            java.security.PublicKey jdkKey = verifier.publicKey("k").orElseThrow();
            byte[] message = new byte[200];
            random.nextBytes(message);
            byte[] signature = keys.sign(message);
            java.util.List<byte[][]> cases = new java.util.ArrayList<>();
            cases.add(new byte[][] {message, signature});
            for (int bit = 0; bit < 64 * 8; bit++) {
                byte[] altered = signature.clone();
                altered[bit / 8] ^= (byte) (1 << (bit % 8));
                cases.add(new byte[][] {message, altered});
            }
            for (int bit = 0; bit < 64; bit++) {
                byte[] altered = message.clone();
                altered[random.nextInt(altered.length)] ^= (byte) (1 << (bit % 8));
                cases.add(new byte[][] {altered, signature});
            }
            // S + L, little-endian in the signature's second half
            byte[] s = java.util.Arrays.copyOfRange(signature, 32, 64);
            byte[] bigEndian = new byte[32];
            for (int i = 0; i < 32; i++) {
                bigEndian[i] = s[31 - i];
            }
            byte[] sPlusL = new java.math.BigInteger(1, bigEndian).add(order).toByteArray();
            byte[] malleable = signature.clone();
            for (int i = 0; i < 32; i++) {
                malleable[32 + i] = i < sPlusL.length ? sPlusL[sPlusL.length - 1 - i] : 0;
            }
            cases.add(new byte[][] {message, malleable});
            cases.add(new byte[][] {message, java.util.Arrays.copyOf(signature, 63)});

            int valid = 0;
            for (byte[][] c : cases) {
                boolean jdk = jdkVerifies(jdkKey, c[0], c[1]);
                assertThat(verifier.verify("k", c[0], c[1])).as("verdict as the JDK's").isEqualTo(jdk);
                valid += jdk ? 1 : 0;
            }
            assertThat(valid).as("only the untouched signature is valid").isEqualTo(1);
            assertThat(verifier.verify("o", message, signature)).isFalse();
        }
    }

    private static boolean jdkVerifies(java.security.PublicKey key, byte[] message, byte[] signature) {
        try {
            java.security.Signature jdk = java.security.Signature.getInstance(EventKeys.ALGORITHM);
            jdk.initVerify(key);
            jdk.update(message);
            return jdk.verify(signature);
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
