package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 91(4): the body whose act is challenged sent the complaint with the case file to the review body. */
public record ComplaintForwarded(
        String appealId,
        Addressee reviewBody,
        LocalDate forwardedOn,
        boolean caseFileAttached,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
