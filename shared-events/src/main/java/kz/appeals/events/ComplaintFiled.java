package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC arts. 91-92: a complaint against the act (or action, inaction) recorded on {@code challengedAppealId} was filed
 * with the body whose act it challenges; {@code appealId} is the complaint itself (an appeal of kind COMPLAINT, filed
 * and registered just before). The filing period is 3 months from learning of the act, 6 if the act did not state the
 * route ({@code filingPeriodEnds}); a late complaint is examined on the merits, not refused (art. 92(3)).
 * {@code challengedActIssuedBy} may not review it (art. 97(2)).
 */
public record ComplaintFiled(
        String appealId,
        String challengedAppealId,
        String challengedActId,
        String against,
        String filedWithBodyId,
        String challengedActIssuedBy,
        LocalDate learnedOfActOn,
        boolean routeStated,
        ComputedDate filingPeriodEnds,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
