package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.util.List;

import kz.appeals.events.Addressee;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(1): every registered appeal is considered, by an executor of the body that has it (a redirected appeal
 * by the competent body, art. 65; a forwarded complaint by the review body, art. 91(4)).
 */
public final class AssignmentPolicy {

    public static final String BASIS = "APPC art. 64(1)";

    private AssignmentPolicy() {
    }

    public static void check(AppealState state, Addressee current, String bodyId, String executorId,
                             List<String> coExecutors) {
        requireStage(state.underConsideration(), BASIS, "an appeal that is " + state + " gets no executor");
        require(current.bodyId().equals(bodyId), "APPC art. 65", "the appeal is at " + current.bodyId()
                + "; redirect it to " + bodyId + " first");
        require(coExecutors == null || !coExecutors.contains(executorId), BASIS, "the executor " + executorId
                + " is not also a co-executor");
    }
}
