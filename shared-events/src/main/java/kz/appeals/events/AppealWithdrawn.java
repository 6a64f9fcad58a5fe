package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 64(9): the applicant withdrew the appeal in writing before the decision. */
public record AppealWithdrawn(
        String appealId,
        LocalDate withdrawnOn,
        String statement,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
