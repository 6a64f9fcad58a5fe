package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.RepeatConsequence;
import kz.appeals.events.ReturnGround;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(7): an appeal is returned with reasons, within 3 working days, when the period to fix its defects
 * passed (64(7)(1)), when it repeats without new arguments an appeal whose procedure was terminated at the same body
 * (64(7)(2), found by {@link RepeatedAppealPolicy}), or when it is obscene or insulting. Art. 64(7-2): a
 * report of a crime or of a threat to security is never returned.
 */
public final class ReturnPolicy {

    public static final String BASIS = "APPC art. 64(7)";

    private ReturnPolicy() {
    }

    /**
     * Whether the appeal may be returned as {@code request} asks: never a report of a crime or threat, always with
     * reasons; for defects not fixed, only once the period to fix them has passed.
     */
    public static Verdict returning(Intake intake, ReturnAppeal request, LocalDate today) {
        AppealState state = intake.state();
        return allowedIf(!request.reportsCrimeOrThreat(), "APPC art. 64(7-2)", "a report of a crime or of a threat to "
                + "security is never returned; redirect it at once")
                .then(() -> allowedIf(!blank(request.reasons()), BASIS, "an appeal is returned with its reasons"))
                .then(() -> allowedIf(request.ground() != ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS
                        || intake.repeatConsequence() == RepeatConsequence.RETURN, RepeatedAppealPolicy.RETURN_BASIS,
                        "only a repeat, with nothing new, of an appeal whose procedure was terminated at the same body "
                                + "is returned: identify the repeat first (POST /repeat-of)"))
                .then(() -> request.ground() == ReturnGround.DEFECTS_NOT_FIXED_IN_TIME
                        ? stagePermits(state == AppealState.AWAITING_CORRECTION, BASIS,
                                "no correction was requested (art. 64(6))")
                                .then(() -> allowedIf(today.isAfter(intake.fixBy()), BASIS,
                                        "the applicant may fix the defects until " + intake.fixBy()))
                        : stagePermits(state.underConsideration() || state == AppealState.AWAITING_CORRECTION, BASIS,
                                "an appeal that is " + state + " cannot be returned"));
    }
}
