package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import kz.appeals.clock.AppealKind;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC arts. 95, 100(1): a complaint is left without consideration when a decision on it exists, a final court act
 * exists, it was returned or withdrawn, or a lawsuit on it is pending; the complainant is told within 3 working days.
 */
public final class LeaveWithoutConsiderationPolicy {

    public static final String BASIS = "APPC art. 95, 100(1)";

    private LeaveWithoutConsiderationPolicy() {
    }

    public static void check(AppealKind kind, AppealState state, String reasons) {
        require(kind == AppealKind.COMPLAINT, "APPC art. 95", "only a complaint is left without consideration");
        requireStage(state.underConsideration() || state == AppealState.IN_COURT, BASIS,
                "a complaint that is " + state + " cannot be left without consideration");
        require(!blank(reasons), BASIS, "state the reasons");
    }
}
