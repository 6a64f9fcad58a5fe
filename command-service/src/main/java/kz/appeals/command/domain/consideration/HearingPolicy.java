package kz.appeals.command.domain.consideration;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.clock.StatutoryThreshold;
import kz.appeals.command.domain.Procedures;
import kz.appeals.command.domain.Verdict;
import kz.appeals.events.ActNature;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 73: before a burdensome act the participant is sent the preliminary decision at least 3 working days
 * before the act and may object, and ask to be heard orally, within 2 working days of receiving it. The hearing may
 * be skipped for a favourable act touching no third party, a period shorter than 5 working days, urgency (reasons in
 * the act), at the participant's request, in the simplified procedure, and for fully automated decisions.
 */
public final class HearingPolicy {

    public static final String BASIS = "APPC art. 73";

    private HearingPolicy() {
    }

    /** The preliminary decision opens the hearing; there is none in the simplified procedure (art. 87). */
    public static Verdict preliminaryDecision(Consideration consideration) {
        AppealState state = consideration.state();
        return allowedIf(!Procedures.simplified(consideration.kind()), BASIS,
                "there is no hearing in the simplified procedure (art. 87)")
                .then(() -> stagePermits(state.underConsideration() && state != AppealState.HEARING, BASIS,
                        "a preliminary decision cannot be sent to an appeal that is " + state));
    }

    /** Objections and the hearing follow the preliminary decision. */
    public static Verdict duringHearing(Consideration consideration) {
        return stagePermits(consideration.state() == AppealState.HEARING, BASIS, "no preliminary decision was sent");
    }

    /** The hearing may be skipped only on a ground of art. 73, and never against a request to be heard orally. */
    public static Verdict skipping(Consideration consideration, SkipHearing request, int workingDaysLeft) {
        AppealState state = consideration.state();
        AppealKind kind = consideration.kind();
        return stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state + " has no hearing to "
                + "skip")
                .then(() -> allowedIf(!consideration.hearing().oralHearingRequested(), BASIS,
                        "the participant asked to be heard orally"))
                .then(() -> switch (request.reason()) {
                    case URGENCY -> allowedIf(!blank(request.details()), BASIS,
                            "state the urgency; the reasons go into the act");
                    case SIMPLIFIED_PROCEDURE -> allowedIf(Procedures.simplified(kind), BASIS,
                            kind + " is not in the simplified procedure");
                    case PERIOD_SHORTER_THAN_5_WORKING_DAYS -> allowedIf(
                            StatutoryThreshold.HEARING_SKIPPABLE_BELOW.isShorter(workingDaysLeft), BASIS,
                            workingDaysLeft + " working days of the period remain, not "
                                    + StatutoryThreshold.HEARING_SKIPPABLE_BELOW.describe());
                    default -> Verdict.ALLOWED;
                });
    }

    /** Whether the act may be adopted now, given what happened under art. 73. */
    public static Verdict actMayFollow(Hearing hearing, ActNature nature, LocalDate today) {
        return allowedIf(nature != ActNature.BURDENSOME || hearing.preliminaryDecisionSent() || hearing.skipped(),
                BASIS, "a burdensome act follows the hearing: send the preliminary decision or record why the hearing "
                        + "is skipped")
                .then(() -> allowedIf(!hearing.preliminaryDecisionSent() || !today.isBefore(hearing.earliestActOn()),
                        BASIS, "the preliminary decision must be sent at least "
                                + ProceduralTimer.PRELIMINARY_DECISION_NOTICE.period() + " the act: not before "
                                + hearing.earliestActOn()))
                .then(() -> allowedIf(!hearing.preliminaryDecisionSent() || !hearing.oralHearingRequested()
                        || hearing.held(), BASIS, "the participant asked to be heard orally; record the hearing first"));
    }
}
