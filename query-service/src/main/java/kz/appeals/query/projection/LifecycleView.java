package kz.appeals.query.projection;

import kz.appeals.lifecycle.AppealState;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.lifecycle.Outcome;

/**
 * How the read side names the shared lifecycle's state and outcome in its API (docs/read-models.md). The words are
 * the API's since before the lifecycle was shared; the answers are the lifecycle's. Two names differ from the
 * lifecycle's stages: a complaint at the review body (lifecycle FORWARDED) is AT_REVIEW_BODY, and an appeal whose
 * review period expired without a decision (APPC arts. 91(2), 100(5)) while the body still holds it is
 * DEEMED_REFUSED.
 */
public final class LifecycleView {

    public static final String NOT_YET_FILED = "NOT_YET_FILED";

    private LifecycleView() {
    }

    public static String state(LifecycleState s) {
        if (s.stage() == null) {
            return NOT_YET_FILED;
        }
        if (s.outcome() != null && s.outcome().kind() == Outcome.Kind.DEEMED_REFUSAL && s.stage().open()) {
            return "DEEMED_REFUSED";
        }
        if (s.stage() == AppealState.FORWARDED) {
            return "AT_REVIEW_BODY";
        }
        return s.stage().name();
    }

    /** The outcome as the read models report it; null while there is none. */
    public static String outcome(Outcome o) {
        if (o == null) {
            return null;
        }
        return switch (o.kind()) {
            case ACT, SIMPLIFIED_ANSWER, COMPLAINT_DECIDED -> o.detail();
            case COMPLAINT_SATISFIED -> "SATISFIED_BY_CHALLENGED_BODY";
            case ATTACHED -> "ATTACHED_TO_EARLIER_CASE";
            case RETURNED, WITHDRAWN, TERMINATED, LEFT_WITHOUT_CONSIDERATION, DEEMED_REFUSAL -> o.kind().name();
        };
    }
}
