package kz.appeals.command.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ExplanationStep;

/**
 * What the portal shows the applicant at once: the talon and when the answer is due, with the reasons; {@code version}
 * is the new appeal's version for {@code If-Match} on the next command.
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
        long version) {
}
