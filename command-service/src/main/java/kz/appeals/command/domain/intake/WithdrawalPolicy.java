package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/** APPC art. 64(9): the applicant may withdraw the appeal in writing until the decision. */
public final class WithdrawalPolicy {

    public static final String BASIS = "APPC art. 64(9)";

    private WithdrawalPolicy() {
    }

    /** In writing, until the decision. */
    public static Verdict withdrawal(Intake intake, WithdrawAppeal request) {
        AppealState state = intake.state();
        return stagePermits(state.open(), BASIS, "an appeal can be withdrawn only until the decision; it is " + state)
                .then(() -> allowedIf(!blank(request.statement()), BASIS, "a withdrawal is made in writing"));
    }
}
