package kz.appeals.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.appeals.events.Addressee;

/**
 * Where an appeal stands after the events so far: its {@code stage}; the body that holds it ({@code holdingBody}: the
 * addressee, then the competent body after a full redirect, the review body of a forwarded complaint); the statutory
 * periods running, by timer name, in the order they started; and the {@code outcome} (null while there is none).
 * {@code stageBeforeCorrection} is where a correction of defects returns to (art. 64(6)).
 */
public record LifecycleState(AppealState stage, AppealState stageBeforeCorrection, Addressee holdingBody,
                             Map<String, OpenDeadline> deadlines, Outcome outcome) {

    /** Before the first event. */
    public static final LifecycleState NONE = new LifecycleState(null, null, null, Map.of(), null);

    public LifecycleState {
        deadlines = Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
    }

    public OpenDeadline deadline(String timer) {
        return deadlines.get(timer);
    }

    LifecycleState withStage(AppealState next) {
        return new LifecycleState(next, stageBeforeCorrection, holdingBody, deadlines, outcome);
    }

    LifecycleState withHoldingBody(Addressee body) {
        return new LifecycleState(stage, stageBeforeCorrection, body, deadlines, outcome);
    }

    LifecycleState withOutcome(Outcome next) {
        return new LifecycleState(stage, stageBeforeCorrection, holdingBody, deadlines, next);
    }

    LifecycleState awaitingCorrection() {
        return new LifecycleState(AppealState.AWAITING_CORRECTION, stage, holdingBody, deadlines, outcome);
    }

    LifecycleState withDeadline(OpenDeadline deadline) {
        Map<String, OpenDeadline> next = new LinkedHashMap<>(deadlines);
        next.put(deadline.timer(), deadline);
        return new LifecycleState(stage, stageBeforeCorrection, holdingBody, next, outcome);
    }

    LifecycleState withoutDeadline(String timer) {
        Map<String, OpenDeadline> next = new LinkedHashMap<>(deadlines);
        next.remove(timer);
        return new LifecycleState(stage, stageBeforeCorrection, holdingBody, next, outcome);
    }
}
