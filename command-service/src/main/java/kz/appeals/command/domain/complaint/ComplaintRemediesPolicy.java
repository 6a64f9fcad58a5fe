package kz.appeals.command.domain.complaint;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.Optional;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.Verdict;
import kz.appeals.command.domain.intake.RepeatedAppealPolicy;
import kz.appeals.lifecycle.AppealState;

/**
 * What keeps a complaint open when its first attempt failed: a missed filing period is restored for a good reason
 * (APPC art. 92(2)); a complaint left without consideration may be filed again (art. 95(3)).
 */
public final class ComplaintRemediesPolicy {

    public static final String RESTORATION = "APPC art. 92(2)";
    public static final String REFILING = "APPC art. 95(3)";

    private ComplaintRemediesPolicy() {
    }

    /** Art. 92(2): only a complaint filed late, before its decision, once, and for a stated good reason. */
    public static Verdict restoration(Complaint complaint, RestoreComplaintFilingPeriod request) {
        AppealState state = complaint.state();
        return allowedIf(complaint.kind() == AppealKind.COMPLAINT, RESTORATION, complaint.kind()
                + " is not a complaint")
                .then(() -> stagePermits(state.underConsideration(), RESTORATION, "a complaint that is " + state
                        + " has no period left to restore"))
                .then(() -> allowedIf(complaint.filedLate(), RESTORATION, "the complaint was filed in time; there is "
                        + "no missed period to restore"))
                .then(() -> stagePermits(!complaint.filingPeriodRestored(), RESTORATION,
                        "the filing period was already restored"))
                .then(() -> allowedIf(!blank(request.reason()), RESTORATION, "state the good reason the period was "
                        + "missed"));
    }

    /**
     * Art. 95(3): the earlier complaint was left without consideration, by the same complainant, against the same
     * appeal; this one is a new complaint under consideration.
     */
    public static Verdict refiling(Complaint complaint, String earlierComplaintId, Optional<AppealRecord> earlier) {
        return allowedIf(complaint.kind() == AppealKind.COMPLAINT, REFILING, complaint.kind() + " is not a complaint")
                .then(() -> stagePermits(complaint.state().underConsideration(), REFILING, "a complaint that is "
                        + complaint.state() + " is not linked to an earlier one"))
                .then(() -> stagePermits(complaint.refiledAfter() == null, REFILING, "the complaint is already "
                        + "recorded as re-filed after " + complaint.refiledAfter()))
                .then(() -> allowedIf(earlier.isPresent() && earlier.get().kind() == AppealKind.COMPLAINT, REFILING,
                        "there is no earlier complaint " + earlierComplaintId))
                .then(() -> allowedIf(earlier.get().state() == AppealState.LEFT_WITHOUT_CONSIDERATION, REFILING,
                        "the earlier complaint " + earlier.get().registrationNumber() + " is "
                                + earlier.get().state() + ", not left without consideration"))
                .then(() -> allowedIf(complaint.challengedAppealId().equals(earlier.get().challengedAppealId()),
                        REFILING, "the earlier complaint challenged another appeal"))
                .then(() -> allowedIf(RepeatedAppealPolicy.sameParty(complaint.applicant(),
                        earlier.get().applicant()), REFILING, "the earlier complaint is another complainant's"));
    }
}
