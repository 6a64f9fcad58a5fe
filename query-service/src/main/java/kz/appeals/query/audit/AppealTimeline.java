package kz.appeals.query.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.query.projection.ReadSideStates;

/**
 * Folds an appeal's history up to an instant into what an auditor asks first: its state, where it was, which review
 * due date applied and under which rule-set and calendar versions, and the last thing that happened.
 */
@Component
class AppealTimeline {

    record AsOf(String appealId, Instant asOf, String state, String bodyId, String registrationNumber,
                String dueDate, String legalBasis, String ruleSetVersion, String calendarVersion, int eventsApplied,
                EventEnvelope lastEvent) {
    }

    private final EnvelopeCodec codec;

    AppealTimeline(EnvelopeCodec codec) {
        this.codec = codec;
    }

    AsOf fold(String appealId, Instant asOf, List<EventEnvelope> events) {
        String state = ReadSideStates.NOT_YET_FILED;
        String body = null;
        String number = null;
        String due = null;
        String basis = null;
        String ruleSet = null;
        String calendar = null;
        for (EventEnvelope event : events) {
            JsonNode p = event.payload();
            state = ReadSideStates.after(codec.payload(event), state);
            JsonNode target = event.type().equals("AppealRedirected") ? p.get("to") : firstPresent(p, "addressee");
            if (target != null && target.hasNonNull("bodyId")) {
                body = target.get("bodyId").asText();
            }
            number = coalesce(AuditController.text(p, "registrationNumber"), number);
            due = coalesce(coalesce(AuditController.text(p, "newDueDate"), AuditController.text(p, "dueDate")), due);
            basis = coalesce(AuditController.text(p, "legalBasis"), basis);
            ruleSet = coalesce(AuditController.text(p, "ruleSetVersion"), ruleSet);
            calendar = coalesce(AuditController.text(p, "calendarVersion"), calendar);
        }
        return new AsOf(appealId, asOf, state, body, number, due, basis, ruleSet, calendar, events.size(),
                events.isEmpty() ? null : events.get(events.size() - 1));
    }

    private static JsonNode firstPresent(JsonNode payload, String... fields) {
        for (String field : fields) {
            if (payload != null && payload.hasNonNull(field)) {
                return payload.get(field);
            }
        }
        return null;
    }

    private static String coalesce(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
