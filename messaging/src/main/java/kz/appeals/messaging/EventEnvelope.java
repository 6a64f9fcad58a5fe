package kz.appeals.messaging;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.events.Actor;

/**
 * What travels on the {@code appeals.events} topic, keyed by {@code appealId}. {@code sequence} is the event's
 * position in its appeal's history (0, 1, 2, …): consumers use it to drop duplicates and stale redeliveries.
 * The shape and the versioning policy are documented in docs/events.md.
 * <p>
 * {@code seal} (absent in envelopes published before docs/integrity.md) carries the event's hash in the command
 * side's event store, its predecessor's hash, and the command side's signature over everything else in the envelope.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String appealId,
        long sequence,
        Instant occurredAt,
        Actor actor,
        JsonNode payload,
        Seal seal) {

    /** An envelope without a seal (tests, and what the command side builds before sealing it). */
    public EventEnvelope(UUID eventId, String type, int schemaVersion, String appealId, long sequence,
                         Instant occurredAt, Actor actor, JsonNode payload) {
        this(eventId, type, schemaVersion, appealId, sequence, occurredAt, actor, payload, null);
    }

    public EventEnvelope withSeal(Seal seal) {
        return new EventEnvelope(eventId, type, schemaVersion, appealId, sequence, occurredAt, actor, payload, seal);
    }

    /**
     * @param hash         hex SHA-256 of the stored event in the command side's chain (docs/integrity.md), or null
     * @param previousHash hex hash of the appeal's previous event (64 zeros for the first), or null
     * @param keyId        which signing key made {@code signature}
     * @param signature    base64 Ed25519 signature over the envelope's canonical form without this field
     */
    public record Seal(String hash, String previousHash, String keyId, String signature) {

        public Seal withSignature(String keyId, String signature) {
            return new Seal(hash, previousHash, keyId, signature);
        }
    }
}
