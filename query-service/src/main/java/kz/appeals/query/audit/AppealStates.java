package kz.appeals.query.audit;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The appeal state each event type leads to, as the read side names it; events not listed keep the state. */
final class AppealStates {

    private static final Map<String, String> AFTER = Map.of(
            "AppealFiled", "FILED",
            "AppealRegistered", "REGISTERED");

    private AppealStates() {
    }

    static String after(String eventType, JsonNode payload, String current) {
        return AFTER.getOrDefault(eventType, current);
    }
}
