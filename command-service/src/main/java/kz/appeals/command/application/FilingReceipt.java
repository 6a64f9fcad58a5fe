package kz.appeals.command.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ExplanationStep;

/**
 * What the portal shows the applicant at once: the talon and when the answer is due, with the reasons; {@code version}
 * is the new appeal's version for {@code If-Match} on the next command. The talon names who registered the appeal
 * (art. 64(2)): the receiving official's subject, name and position, or "automatic registration" and the registering
 * system.
 */
public record FilingReceipt(
        String appealId,
        AppealKind kind,
        String registrationNumber,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate dueDate,
        String period,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation,
        long version,
        String registrar,
        String registrarName,
        String registrarPosition) {
}
