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
import kz.appeals.events.HearingSkipReason;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 73: before a burdensome act the participant is sent the preliminary decision at least 3 working days
 * before the act and may object, and ask to be heard orally, within 2 working days of receiving it. The hearing may
 * be skipped (art. 73(2)) for a favourable act touching no third party, where the statutory period of the procedure is
 * shorter than 5 working days, for urgency (reasons in the act), at the participant's request, in the simplified
 * procedure, and for fully automated decisions.
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

    /** Objections follow the preliminary decision. */
    public static Verdict duringHearing(Consideration consideration) {
        return stagePermits(consideration.state() == AppealState.HEARING, BASIS, "no preliminary decision was sent");
    }

    /**
     * The hearing follows the preliminary decision; a complaint's review hears both sides (art. 98(3)) at any time
     * while it is under consideration.
     */
    public static Verdict hearingMayBeRecorded(Consideration consideration) {
        AppealState state = consideration.state();
        return consideration.kind() == AppealKind.COMPLAINT
                ? stagePermits(state.underConsideration(), "APPC art. 98(3)", "a complaint that is " + state
                        + " is not heard")
                : duringHearing(consideration);
    }

    /**
     * The hearing may be skipped only on a ground of art. 73(2), each checked as the Code words it, and never against a
     * request to be heard orally. A short period means the statutory period of the procedure
     * ({@code statutoryPeriodWorkingDays}, from registration to the due date the kind's rule gives), never the days
     * that happen to remain.
     */
    public static Verdict skipping(Consideration consideration, SkipHearing request, int statutoryPeriodWorkingDays) {
        AppealState state = consideration.state();
        AppealKind kind = consideration.kind();
        return stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state + " has no hearing to "
                + "skip")
                .then(() -> allowedIf(!consideration.hearing().oralHearingRequested(), BASIS,
                        "the participant asked to be heard orally"))
                .then(() -> switch (request.reason()) {
                    case FAVOURABLE_ACT_NO_THIRD_PARTY -> allowedIf(!blank(request.details()), BASIS,
                            "state what is granted and that no third party's rights are touched");
                    case URGENCY -> allowedIf(!blank(request.details()), BASIS,
                            "state the urgency; the reasons go into the act");
                    case PARTICIPANT_REQUEST -> allowedIf(!blank(request.details()), BASIS,
                            "quote the participant's request to decide without a hearing");
                    case SIMPLIFIED_PROCEDURE -> allowedIf(Procedures.simplified(kind), BASIS,
                            kind + " is not in the simplified procedure");
                    case PERIOD_SHORTER_THAN_5_WORKING_DAYS -> allowedIf(
                            StatutoryThreshold.HEARING_SKIPPABLE_BELOW.isShorter(statutoryPeriodWorkingDays), BASIS,
                            "the statutory period of the procedure is " + statutoryPeriodWorkingDays
                                    + " working days, not " + StatutoryThreshold.HEARING_SKIPPABLE_BELOW.describe()
                                    + "; the days that remain do not count");
                    case FULLY_AUTOMATED_DECISION -> allowedIf(!blank(request.details()), BASIS,
                            "name the information system that decides without an official");
                });
    }

    /**
     * Whether the act may be adopted now, given what happened under art. 73: not before the objection window (2
     * working days from the participant's receipt of the preliminary decision) has closed and at least 3 working days
     * after the notice; an oral hearing asked for comes first; a hearing skipped for a favourable act does not cover
     * a burdensome one.
     */
    public static Verdict actMayFollow(Hearing hearing, ActNature nature, LocalDate today) {
        return allowedIf(nature != ActNature.BURDENSOME || hearing.preliminaryDecisionSent() || hearing.skipped(),
                BASIS, "a burdensome act follows the hearing: send the preliminary decision or record why the hearing "
                        + "is skipped")
                .then(() -> allowedIf(nature != ActNature.BURDENSOME || hearing.preliminaryDecisionSent()
                        || hearing.skipReason() != HearingSkipReason.FAVOURABLE_ACT_NO_THIRD_PARTY, BASIS,
                        "the hearing was skipped for a favourable act; a burdensome act needs the hearing"))
                .then(() -> allowedIf(!hearing.preliminaryDecisionSent() || !today.isBefore(hearing.earliestActOn()),
                        BASIS, "the preliminary decision must be sent at least "
                                + ProceduralTimer.PRELIMINARY_DECISION_NOTICE.period() + " the act: not before "
                                + hearing.earliestActOn()))
                .then(() -> allowedIf(!hearing.preliminaryDecisionSent() || today.isAfter(hearing.objectionsUntil()),
                        BASIS, "the participant may object until " + hearing.objectionsUntil() + " ("
                                + ProceduralTimer.OBJECTIONS.period() + " of receiving the preliminary decision); "
                                + "the act waits for that window to close"))
                .then(() -> allowedIf(!hearing.preliminaryDecisionSent() || !hearing.oralHearingRequested()
                        || hearing.held(), BASIS, "the participant asked to be heard orally; record the hearing first"));
    }
}
