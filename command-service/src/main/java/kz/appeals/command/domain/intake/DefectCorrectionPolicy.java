package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(6): when an appeal lacks what art. 63 requires, the applicant is told what is missing and given a
 * reasonable period to fix it. The Code sets no pause of the review period meanwhile; a pause is a setting, off by
 * default ({@code ProcedureSettings}).
 */
public final class DefectCorrectionPolicy {

    public static final String BASIS = "APPC art. 64(6)";

    private DefectCorrectionPolicy() {
    }

    /** Defects are named, and the period to fix them ends after the request. */
    public static Verdict request(Intake intake, RequestDefectCorrection request, LocalDate today) {
        AppealState state = intake.state();
        List<String> defects = request.defects();
        LocalDate fixBy = request.fixBy();
        return stagePermits(state.underConsideration(), BASIS, "defects can be raised only while the appeal is under "
                + "consideration; it is " + state)
                .then(() -> allowedIf(defects != null && !defects.isEmpty(), BASIS, "name what the appeal lacks"))
                .then(() -> allowedIf(fixBy != null && fixBy.isAfter(today), BASIS, "the period to fix must end after "
                        + "the request (" + today + ")"));
    }

    /** A correction answers a request. */
    public static Verdict correction(Intake intake) {
        return stagePermits(intake.state() == AppealState.AWAITING_CORRECTION, BASIS, "no correction was requested; "
                + "the appeal is " + intake.state());
    }
}
