package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.List;

import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(1): every registered appeal is considered, by an executor of the body that has it (a redirected appeal
 * by the competent body, art. 65; a forwarded complaint by the review body, art. 91(4)).
 */
public final class AssignmentPolicy {

    public static final String BASIS = "APPC art. 64(1)";

    private AssignmentPolicy() {
    }

    /** The body that has the appeal puts an executor on it, who is not also among the co-executors. */
    public static Verdict assignment(Intake intake, AssignExecutor request) {
        AppealState state = intake.state();
        String holder = intake.holdingBody().bodyId();
        List<String> coExecutors = request.coExecutors();
        return stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state + " gets no executor")
                .then(() -> allowedIf(holder.equals(request.bodyId()), "APPC art. 65", "the appeal is at " + holder
                        + "; redirect it to " + request.bodyId() + " first"))
                .then(() -> allowedIf(coExecutors == null || !coExecutors.contains(request.executorId()), BASIS,
                        "the executor " + request.executorId() + " is not also a co-executor"));
    }
}
