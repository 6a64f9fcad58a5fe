package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 86(3): the administrative act was executed; {@code late} when after its execution period (5 working
 * days, or the period the act stated).
 */
public record AdministrativeActExecuted(
        String appealId,
        String actId,
        LocalDate executedOn,
        String report,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
