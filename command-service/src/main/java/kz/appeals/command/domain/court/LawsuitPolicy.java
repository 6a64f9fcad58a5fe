package kz.appeals.command.domain.court;

import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;
import java.util.Optional;

import kz.appeals.command.domain.Verdict;

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

    /**
     * Where the month for a claim is counted from: the delivery of the complaint decision (else its day), the expiry of
     * the complaint's review period in silence, or the delivery of an act routed to court; empty while none exists.
     */
    public static Optional<Opening> opening(LocalDate complaintDecidedOn, LocalDate decisionDeliveredOn,
                                            LocalDate deemedRefusalOn, LocalDate actToCourtDeliveredOn) {
        if (complaintDecidedOn != null) {
            return Optional.of(new Opening("COMPLAINT_DECISION", decisionDeliveredOn != null ? decisionDeliveredOn
                    : complaintDecidedOn));
        }
        if (deemedRefusalOn != null) {
            return Optional.of(new Opening("DEEMED_REFUSAL", deemedRefusalOn));
        }
        return Optional.ofNullable(actToCourtDeliveredOn == null ? null : new Opening("ACT", actToCourtDeliveredOn));
    }

    /** One claim, once the pre-trial procedure opened the court (art. 91(5)). */
    public static Verdict filing(boolean alreadyFiled, Optional<Opening> opening) {
        return stagePermits(!alreadyFiled, BASIS, "a claim is already recorded")
                .then(() -> stagePermits(opening.isPresent(), "APPC art. 136(1)", "a claim follows the complaint "
                        + "decision or the expiry of the complaint's review period (pre-trial procedure, art. 91)"));
    }
}
