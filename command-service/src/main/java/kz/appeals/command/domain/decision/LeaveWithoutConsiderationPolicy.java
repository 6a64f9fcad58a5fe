package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC arts. 95, 100(1): a complaint is left without consideration when a decision on it exists, a final court act
 * exists, it was returned or withdrawn, or a lawsuit on it is pending; the complainant is told within 3 working days.
 */
public final class LeaveWithoutConsiderationPolicy {

    public static final String BASIS = "APPC art. 95, 100(1)";

    private LeaveWithoutConsiderationPolicy() {
    }

    /** Only a complaint, before its decision (or once in court), with reasons. */
    public static Verdict leaving(Decision decision, LeaveWithoutConsideration request) {
        AppealState state = decision.state();
        return allowedIf(decision.kind() == AppealKind.COMPLAINT, "APPC art. 95",
                "only a complaint is left without consideration")
                .then(() -> stagePermits(state.underConsideration() || state == AppealState.IN_COURT, BASIS,
                        "a complaint that is " + state + " cannot be left without consideration"))
                .then(() -> allowedIf(!blank(request.reasons()), BASIS, "state the reasons"));
    }
}
