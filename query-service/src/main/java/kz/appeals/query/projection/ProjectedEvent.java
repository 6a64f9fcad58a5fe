package kz.appeals.query.projection;

import java.time.Instant;

import kz.appeals.events.AppealEvent;
import kz.appeals.events.AppealFiled;
import kz.appeals.lifecycle.AppealLifecycle;
import kz.appeals.lifecycle.LifecycleState;

/**
 * One event as every read model receives it: the event, where it sits in its appeal's history, and where the appeal
 * stood before and stands after it according to the shared {@link AppealLifecycle} (stage, holding body, open
 * deadlines, outcome). Read models take state from here, never from a copy of the rules.
 */
public record ProjectedEvent(String appealId, String eventId, long sequence, Instant occurredAt, AppealEvent event,
                             LifecycleState before, LifecycleState after) {

    /**
     * The event after {@code before}. An event of an appeal that was never filed is refused (the consumer parks it,
     * and the appeal's later events behind it).
     */
    public static ProjectedEvent next(String eventId, long sequence, Instant occurredAt, AppealEvent event,
                                      LifecycleState before) {
        if (before.stage() == null && !(event instanceof AppealFiled)) {
            throw new IllegalStateException("Event " + eventId + " (" + event.getClass().getSimpleName()
                    + ", sequence " + sequence + ") arrived for appeal " + event.appealId()
                    + " before the appeal was filed");
        }
        return new ProjectedEvent(event.appealId(), eventId, sequence, occurredAt, event, before,
                AppealLifecycle.next(before, event));
    }

    /** {@link #next} with an event id made of the appeal id and sequence (tests, walks without envelopes). */
    public static ProjectedEvent of(LifecycleState before, AppealEvent event, long sequence, Instant occurredAt) {
        return next(event.appealId() + ":" + sequence, sequence, occurredAt, event, before);
    }
}
