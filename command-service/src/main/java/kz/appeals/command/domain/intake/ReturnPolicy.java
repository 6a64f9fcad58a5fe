package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;

import kz.appeals.events.ReturnGround;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(7): an appeal is returned with reasons, within 3 working days, when the period to fix its defects
 * passed, when it repeats a decided appeal without new arguments, or when it is obscene or insulting. Art. 64(7-2): a
 * report of a crime or of a threat to security is never returned.
 */
public final class ReturnPolicy {

    public static final String BASIS = "APPC art. 64(7)";

    private ReturnPolicy() {
    }

    public static void check(AppealState state, ReturnGround ground, String reasons, boolean reportsCrimeOrThreat,
                             LocalDate today, LocalDate fixBy) {
        require(!reportsCrimeOrThreat, "APPC art. 64(7-2)", "a report of a crime or of a threat to security is never "
                + "returned; redirect it at once");
        require(!blank(reasons), BASIS, "an appeal is returned with its reasons");
        if (ground == ReturnGround.DEFECTS_NOT_FIXED_IN_TIME) {
            requireStage(state == AppealState.AWAITING_CORRECTION, BASIS, "no correction was requested (art. 64(6))");
            require(today.isAfter(fixBy), BASIS, "the applicant may fix the defects until " + fixBy);
        } else {
            requireStage(state.underConsideration() || state == AppealState.AWAITING_CORRECTION, BASIS,
                    "an appeal that is " + state + " cannot be returned");
        }
    }
}
