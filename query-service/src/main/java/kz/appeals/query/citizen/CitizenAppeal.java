package kz.appeals.query.citizen;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appeal as its applicant sees it in a portal: where it is, when the next answer is due, and the route its outcome
 * opened ({@code route}, null while there is none).
 */
public record CitizenAppeal(
        String appealId,
        String registrationNumber,
        String kind,
        String state,
        String role,
        String bodyName,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate dueDate,
        Integer workingDaysLeft,
        String outcome,
        LocalDate decidedOn,
        NextDeadline nextDeadline,
        Route route) {

    public record NextDeadline(String deadlineId, String timer, LocalDate dueDate, Integer workingDaysLeft) {
    }

    /**
     * Where the applicant may go next: COMPLAINT (APPC arts. 91-92) or COURT (art. 136), until {@code openUntil}
     * inclusive when the outcome fixed the day (a deemed refusal, arts. 91(2), 100(5)), or within {@code period} to
     * {@code bodyName} as an administrative act names them (art. 80(5)).
     */
    public record Route(String opens, LocalDate openUntil, String period, String bodyName, String legalBasis) {
    }
}
