package kz.appeals.events;

import java.util.Map;
import java.util.Optional;

/**
 * The event types that may appear on the wire, with the schema version this build writes. A change of shape adds
 * a version (and an upcaster on the reading side); history is never edited.
 */
public final class EventCatalog {

    public record EventType(String name, Class<?> payloadClass, int schemaVersion) {
    }

    private static final Map<String, EventType> BY_NAME = Map.of(
            "AppealFiled", new EventType("AppealFiled", AppealFiled.class, 1),
            "AppealRegistered", new EventType("AppealRegistered", AppealRegistered.class, 1));

    private EventCatalog() {
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<EventType> byPayload(Class<?> payloadClass) {
        return BY_NAME.values().stream().filter(t -> t.payloadClass().equals(payloadClass)).findFirst();
    }
}
