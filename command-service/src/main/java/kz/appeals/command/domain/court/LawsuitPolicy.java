package kz.appeals.command.domain.court;

import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;

import kz.appeals.command.domain.StateConflict;

/**
 * APPC art. 136(1), 136(6): after the pre-trial complaint (art. 91(5)), a claim is filed within 1 month of the delivery
 * of the complaint decision, or of the day the review period expired without one (art. 100(5)); where the act names
 * the court as its route (no higher body, art. 80(5)), from the act's delivery. A late claim is recorded as late:
 * restoring the period is for the court.
 */
public final class LawsuitPolicy {

    public static final String BASIS = "APPC art. 136";

    /** Where the month is counted from, and why. */
    public record Opening(String after, LocalDate from) {
    }

    private LawsuitPolicy() {
    }

    public static Opening check(boolean alreadyFiled, LocalDate complaintDecidedOn, LocalDate decisionDeliveredOn,
                                LocalDate deemedRefusalOn, LocalDate actToCourtDeliveredOn) {
        requireStage(!alreadyFiled, BASIS, "a claim is already recorded");
        if (complaintDecidedOn != null) {
            return new Opening("COMPLAINT_DECISION", decisionDeliveredOn != null ? decisionDeliveredOn
                    : complaintDecidedOn);
        }
        if (deemedRefusalOn != null) {
            return new Opening("DEEMED_REFUSAL", deemedRefusalOn);
        }
        if (actToCourtDeliveredOn != null) {
            return new Opening("ACT", actToCourtDeliveredOn);
        }
        throw new StateConflict("APPC art. 136(1)", "a claim follows the complaint decision or the expiry of the "
                + "complaint's review period (pre-trial procedure, art. 91)");
    }
}
