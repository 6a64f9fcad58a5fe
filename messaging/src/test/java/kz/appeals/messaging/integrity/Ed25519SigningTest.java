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
}
