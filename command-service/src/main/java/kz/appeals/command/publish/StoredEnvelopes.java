package kz.appeals.command.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.events.EventCatalog;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.UnsupportedEventException;
import kz.appeals.messaging.integrity.EnvelopeSeals;

/**
 * Builds the sealed Kafka envelope of an event as it is appended: its payload is the JSON stored in the event store
 * row (parsed into the envelope, never re-serialised from the payload object), its seal carries the chain hashes the
 * append trigger computed for that row (docs/integrity.md), then the Ed25519 signature. The only place of the command
 * side that knows the envelope's shape.
 */
@Component
public class StoredEnvelopes {

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final EnvelopeSeals seals;

    public StoredEnvelopes(EnvelopeSeals seals) {
        this.seals = seals;
    }

    public byte[] envelope(DomainEventMessage<?> event, byte[] storedPayload, byte[] hash, byte[] previousHash) {
        return envelope(event.getIdentifier(), event.getPayloadType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getTimestamp(), event.getMetaData(), storedPayload, hash,
                previousHash);
    }

    public byte[] envelope(String eventId, Class<?> payloadType, String appealId, long sequence, Instant occurredAt,
                           MetaData metaData, byte[] storedPayload, byte[] hash, byte[] previousHash) {
        EventCatalog.EventType type = EventCatalog.byPayload(payloadType)
                .orElseThrow(() -> new UnsupportedEventException(
                        "No wire type for " + payloadType.getName() + "; add it to EventCatalog"));
        try {
            EventEnvelope envelope = new EventEnvelope(UUID.fromString(eventId), type.name(), type.schemaVersion(),
                    appealId, sequence, occurredAt, ActorMetaData.from(metaData),
                    codec.mapper().readTree(storedPayload),
                    new EventEnvelope.Seal(hex(hash), hex(previousHash), null, null));
            return codec.toBytes(seals.sign(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
