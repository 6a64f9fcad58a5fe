package kz.appeals.command.domain.consideration;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.clock.StatutoryThreshold;
import kz.appeals.command.domain.Procedures;
import kz.appeals.events.ActNature;
import kz.appeals.events.HearingSkipReason;
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

    public static void checkPreliminaryDecision(AppealKind kind, AppealState state) {
        require(!Procedures.simplified(kind), BASIS, "there is no hearing in the simplified procedure (art. 87)");
        requireStage(state.underConsideration() && state != AppealState.HEARING, BASIS,
                "a preliminary decision cannot be sent to an appeal that is " + state);
    }

    public static void checkDuringHearing(AppealState state) {
        requireStage(state == AppealState.HEARING, BASIS, "no preliminary decision was sent");
    }

    public static void checkSkip(AppealKind kind, AppealState state, HearingSkipReason reason, String details,
                                 Hearing hearing, int workingDaysLeft) {
        requireStage(state.underConsideration(), BASIS, "an appeal that is " + state + " has no hearing to skip");
        require(!hearing.oralHearingRequested(), BASIS, "the participant asked to be heard orally");
        switch (reason) {
            case URGENCY -> require(!blank(details), BASIS, "state the urgency; the reasons go into the act");
            case SIMPLIFIED_PROCEDURE -> require(Procedures.simplified(kind), BASIS,
                    kind + " is not in the simplified procedure");
            case PERIOD_SHORTER_THAN_5_WORKING_DAYS -> require(
                    StatutoryThreshold.HEARING_SKIPPABLE_BELOW.isShorter(workingDaysLeft), BASIS,
                    workingDaysLeft + " working days of the period remain, not "
                            + StatutoryThreshold.HEARING_SKIPPABLE_BELOW.describe());
            default -> {
            }
        }
    }

    /** Whether the act may be adopted now, given what happened under art. 73. */
    public static void checkActMayFollow(ActNature nature, Hearing hearing, LocalDate today) {
        if (nature == ActNature.BURDENSOME) {
            require(hearing.preliminaryDecisionSent() || hearing.skipped(), BASIS, "a burdensome act follows the "
                    + "hearing: send the preliminary decision or record why the hearing is skipped");
        }
        if (hearing.preliminaryDecisionSent()) {
            require(!today.isBefore(hearing.earliestActOn()), BASIS, "the preliminary decision must be sent at least "
                    + ProceduralTimer.PRELIMINARY_DECISION_NOTICE.period() + " the act: not before "
                    + hearing.earliestActOn());
            require(!hearing.oralHearingRequested() || hearing.held(), BASIS, "the participant asked to be heard "
                    + "orally; record the hearing first");
        }
    }
}
