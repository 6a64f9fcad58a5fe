package kz.appeals.command.domain.intake;

import java.time.Instant;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.Registration;
import kz.appeals.events.AppealRegistered;

/**
 * The talon of APPC art. 64(2)-(3): its number, when it was issued, the day the appeal counts as registered and why,
 * and who registered it.
 */
public record Talon(String number, Instant issuedAt, Registration registration, Registrar registrar) {

    /** The registration, with the review period's due date and how it was counted. */
    public AppealRegistered registered(String appealId, DueDate review) {
        return new AppealRegistered(appealId, number, issuedAt, registrar.id(), registration.registeredOn(),
                registration.reason(), review.startsOn(), review.dueDate(), review.period(), review.legalBasis(),
                review.confirmedInCode(), review.ruleSetVersion(), review.calendarVersion(), review.explanation(),
                registrar.name(), registrar.position());
    }
}
