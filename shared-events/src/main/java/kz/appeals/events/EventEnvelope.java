package kz.appeals.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What travels on the {@code appeals.events} topic, keyed by {@code appealId}. {@code sequence} is the event's
 * position in its appeal's history (0, 1, 2, …): consumers use it to drop duplicates and stale redeliveries.
 * The shape and the versioning policy are documented in docs/events.md.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String appealId,
        long sequence,
        Instant occurredAt,
        Actor actor,
        JsonNode payload) {
}
