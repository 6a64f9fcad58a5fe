package kz.appeals.query.api;

import java.time.Instant;
import java.time.LocalDate;

/** An appeal as its applicant sees it in a portal: where it is, and when the next answer is due. */
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
        NextDeadline nextDeadline) {

    public record NextDeadline(String deadlineId, String timer, LocalDate dueDate, Integer workingDaysLeft) {
    }
}
