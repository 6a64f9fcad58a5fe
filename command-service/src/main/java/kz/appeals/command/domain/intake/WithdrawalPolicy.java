package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import kz.appeals.lifecycle.AppealState;

/** APPC art. 64(9): the applicant may withdraw the appeal in writing until the decision. */
public final class WithdrawalPolicy {

    public static final String BASIS = "APPC art. 64(9)";

    private WithdrawalPolicy() {
    }

    public static void check(AppealState state, String statement) {
        requireStage(state.open(), BASIS, "an appeal can be withdrawn only until the decision; it is " + state);
        require(!blank(statement), BASIS, "a withdrawal is made in writing");
    }
}
