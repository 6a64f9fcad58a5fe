package kz.appeals.messaging.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import kz.appeals.events.Actor;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;

class IntegrityPiecesTest {

    final EnvelopeCodec codec = new EnvelopeCodec();
    final String[] current = EventKeys.generate();
    final String[] previous = EventKeys.generate();
    final EventKeys signer = EventKeys.of("k2", current[0], "k1=" + previous[1]);
    final EventKeys verifier = EventKeys.of(null, null, "k1=" + previous[1] + ",k2=" + current[1]);

    EventEnvelope envelope() {
        ObjectNode payload = codec.mapper().createObjectNode();
        payload.put("appealId", "a-1").put("name", "Ai\u0000gerim \u00c4").put("rate", 1.5).put("count", 3);
        return new EventEnvelope(UUID.randomUUID(), "AppealFiled", 1, "a-1", 0, Instant.parse("2026-03-14T14:00:00Z"),
                new Actor("u", "REGISTRAR", null), payload)
                .withSeal(new EventEnvelope.Seal("ab".repeat(32), "0".repeat(64), null, null));
    }

    @Test
    void aSignedEnvelopeVerifiesAfterTheWireAndFailsOnAnyChange() throws Exception {
        EventEnvelope signed = new EnvelopeSeals(signer, codec).sign(envelope());
        EnvelopeSeals seals = new EnvelopeSeals(verifier, codec);

        EventEnvelope received = codec.fromBytes(codec.toBytes(signed));
        assertThat(seals.verify(received)).isEqualTo(EnvelopeSeals.Verdict.VALID);
        assertThat(received.seal().keyId()).isEqualTo("k2");

        ObjectNode tampered = codec.mapper().valueToTree(received);
        ((ObjectNode) tampered.get("payload")).put("count", 4);
        assertThat(seals.verify(tampered)).isEqualTo(EnvelopeSeals.Verdict.BAD_SIGNATURE);
        ObjectNode otherSequence = codec.mapper().valueToTree(received);
        otherSequence.put("sequence", 1);
        assertThat(seals.verify(otherSequence)).isEqualTo(EnvelopeSeals.Verdict.BAD_SIGNATURE);
        ObjectNode otherHash = codec.mapper().valueToTree(received);
        ((ObjectNode) otherHash.get("seal")).put("hash", "cd".repeat(32));
        assertThat(seals.verify(otherHash)).isEqualTo(EnvelopeSeals.Verdict.BAD_SIGNATURE);
    }

    @Test
    void memberOrderDoesNotMatterButMembersDo() throws Exception {
        EventEnvelope signed = new EnvelopeSeals(signer, codec).sign(envelope());
        JsonNode tree = codec.mapper().valueToTree(signed);
        ObjectNode reordered = codec.mapper().createObjectNode();
        List.of("seal", "payload", "actor", "occurredAt", "sequence", "appealId", "schemaVersion", "type", "eventId")
                .forEach(f -> reordered.set(f, tree.get(f)));
        assertThat(new EnvelopeSeals(verifier, codec).verify(reordered)).isEqualTo(EnvelopeSeals.Verdict.VALID);
    }

    @Test
    void unsignedUnknownKeyAndGarbageAreNamed() {
        EnvelopeSeals seals = new EnvelopeSeals(verifier, codec);
        assertThat(seals.verify(envelope())).isEqualTo(EnvelopeSeals.Verdict.UNSIGNED);
        assertThat(seals.verify(envelope().withSeal(null))).isEqualTo(EnvelopeSeals.Verdict.UNSIGNED);
        EventEnvelope foreign = new EnvelopeSeals(EventKeys.of("k9", EventKeys.generate()[0], null), codec)
                .sign(envelope());
        assertThat(seals.verify(foreign)).isEqualTo(EnvelopeSeals.Verdict.UNKNOWN_KEY);
        EventEnvelope impostor = new EnvelopeSeals(EventKeys.of("k2", EventKeys.generate()[0], null), codec)
                .sign(envelope());
        assertThat(seals.verify(impostor)).isEqualTo(EnvelopeSeals.Verdict.BAD_SIGNATURE);
        EventEnvelope garbage = envelope().withSeal(new EventEnvelope.Seal(null, null, "k2", "not base64!"));
        assertThat(seals.verify(garbage)).isEqualTo(EnvelopeSeals.Verdict.BAD_SIGNATURE);
    }

    @Test
    void aRotatedOutKeyStillVerifiesWhatItSigned() {
        EventEnvelope old = new EnvelopeSeals(EventKeys.of("k1", previous[0], null), codec).sign(envelope());
        assertThat(new EnvelopeSeals(signer, codec).verify(old)).isEqualTo(EnvelopeSeals.Verdict.VALID);
    }

    @Test
    void theDerivedPublicKeyIsTheGeneratedOne() {
        EventKeys keys = EventKeys.of("k", current[0], null);
        assertThat(keys.verifyKeys().get("k").getEncoded())
                .isEqualTo(java.util.Base64.getDecoder().decode(current[1]));
    }

    @Test
    void merkleRootsFollowRfc6962() throws Exception {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".getBytes(StandardCharsets.UTF_8);
        byte[] c = "c".getBytes(StandardCharsets.UTF_8);
        byte[] la = node((byte) 0, a);
        byte[] lb = node((byte) 0, b);
        byte[] lc = node((byte) 0, c);
        assertThat(Merkle.root(List.of(a))).isEqualTo(la);
        assertThat(Merkle.root(List.of(a, b))).isEqualTo(node((byte) 1, la, lb));
        assertThat(Merkle.root(List.of(a, b, c))).isEqualTo(node((byte) 1, node((byte) 1, la, lb), lc));
        assertThat(Merkle.root(List.of(a, c, b))).isNotEqualTo(Merkle.root(List.of(a, b, c)));
        assertThat(Merkle.root(List.of())).isEqualTo(MessageDigest.getInstance("SHA-256").digest());
    }

    @Test
    void anExportIsCheckedOfflineBySignatureAndChain() throws Exception {
        EnvelopeSeals seals = new EnvelopeSeals(signer, codec);
        EventEnvelope first = seals.sign(envelope());
        ObjectNode secondPayload = codec.mapper().createObjectNode().put("appealId", "a-1");
        EventEnvelope second = seals.sign(new EventEnvelope(UUID.randomUUID(), "AppealRegistered", 1, "a-1", 1,
                Instant.now(), Actor.SYSTEM, secondPayload, new EventEnvelope.Seal("cd".repeat(32), "ab".repeat(32),
                null, null)));
        String good = codec.mapper().writeValueAsString(first) + "\n" + codec.mapper().writeValueAsString(second);
        assertThat(VerifyExport.verify(good, verifier).ok()).isTrue();

        EventEnvelope unlinked = seals.sign(second.withSeal(new EventEnvelope.Seal("cd".repeat(32), "ee".repeat(32),
                null, null)));
        String broken = codec.mapper().writeValueAsString(first) + "\n" + codec.mapper().writeValueAsString(unlinked);
        assertThat(VerifyExport.verify(broken, verifier).firstProblem()).contains("sequence 1");
        assertThat(VerifyExport.verify(good.replace("AppealRegistered", "AppealWithdrawn"), verifier).firstProblem())
                .contains("line 2").contains("BAD_SIGNATURE");
    }

    @Test
    void checkpointStatementsDifferInEveryField() {
        byte[] root = new byte[32];
        Map<String, CheckpointStatement> variants = Map.of(
                "base", new CheckpointStatement(1, 10, 10, root, CheckpointStatement.NO_PREVIOUS),
                "last", new CheckpointStatement(1, 11, 10, root, CheckpointStatement.NO_PREVIOUS),
                "count", new CheckpointStatement(1, 10, 9, root, CheckpointStatement.NO_PREVIOUS));
        assertThat(variants.values().stream().map(s -> java.util.HexFormat.of().formatHex(s.bytes())).distinct())
                .hasSize(3);
    }

    static byte[] node(byte prefix, byte[]... parts) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(prefix);
        for (byte[] p : parts) {
            d.update(p);
        }
        return d.digest();
    }
}
