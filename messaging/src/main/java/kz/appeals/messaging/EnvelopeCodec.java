package kz.appeals.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kz.appeals.events.Actor;
import kz.appeals.events.EventCatalog;

/** JSON for envelopes and payloads, shared by the producer and every consumer so both read the same shape. */
public final class EnvelopeCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ObjectMapper mapper() {
        return mapper;
    }

    public EventEnvelope wrap(UUID eventId, Object payload, String appealId, long sequence, Instant occurredAt,
                              Actor actor) {
        EventCatalog.EventType type = EventCatalog.byPayload(payload.getClass())
                .orElseThrow(() -> new UnsupportedEventException(
                        "No wire type for " + payload.getClass().getName() + "; add it to EventCatalog"));
        return new EventEnvelope(eventId, type.name(), type.schemaVersion(), appealId, sequence, occurredAt, actor,
                mapper.valueToTree(payload));
    }

    public byte[] toBytes(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EventEnvelope fromBytes(byte[] json) {
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The typed payload of an envelope. A newer schema version than this build knows is refused with a clear
     * error rather than read half-right.
     */
    public Object payload(EventEnvelope envelope) {
        EventCatalog.EventType type = EventCatalog.byName(envelope.type())
                .orElseThrow(() -> new UnsupportedEventException("Unknown event type '" + envelope.type() + "'"));
        if (envelope.schemaVersion() > type.schemaVersion()) {
            throw new UnsupportedEventException("Event " + envelope.eventId() + " of type " + envelope.type()
                    + " has schema version " + envelope.schemaVersion() + "; this build reads up to "
                    + type.schemaVersion());
        }
        try {
            return mapper.treeToValue(envelope.payload(), type.payloadClass());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
