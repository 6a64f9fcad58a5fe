package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 136: a claim was filed in court within 1 month of the delivery of the complaint decision or of the deemed
 * refusal ({@code after}: COMPLAINT_DECISION, DEEMED_REFUSAL or ACT when the act named the court as its route). A late
 * claim is recorded with {@code late}: restoring the period is for the court.
 */
public record LawsuitFiled(
        String appealId,
        String court,
        String caseNumber,
        LocalDate filedOn,
        String after,
        ComputedDate filingPeriodEnds,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
