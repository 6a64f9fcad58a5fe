package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(6): when an appeal lacks what art. 63 requires, the applicant is told what is missing and given a
 * reasonable period to fix it. The review period does not run meanwhile; on correction it moves on by the working days
 * it stood still.
 */
public final class DefectCorrectionPolicy {

    public static final String BASIS = "APPC art. 64(6)";

    private DefectCorrectionPolicy() {
    }

    public static void checkRequest(AppealState state, List<String> defects, LocalDate today, LocalDate fixBy) {
        requireStage(state.underConsideration(), BASIS, "defects can be raised only while the appeal is under "
                + "consideration; it is " + state);
        require(defects != null && !defects.isEmpty(), BASIS, "name what the appeal lacks");
        require(fixBy != null && fixBy.isAfter(today), BASIS, "the period to fix must end after the request ("
                + today + ")");
    }

    public static void checkCorrection(AppealState state) {
        requireStage(state == AppealState.AWAITING_CORRECTION, BASIS, "no correction was requested; the appeal is "
                + state);
    }
}
