package kz.appeals.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * One appeal as an agency reads it; {@code version} is the sequence of the newest event applied and
 * {@code workingDaysLeft} counts to the review due date from today (negative when overdue, absent once decided).
 */
public record AppealView(
        String appealId,
        String registrationNumber,
        String kind,
        String state,
        String bodyId,
        String bodyName,
        String applicantType,
        String applicantIdNumber,
        String applicantName,
        boolean collective,
        int memberCount,
        String form,
        String channel,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate reviewStartsOn,
        LocalDate dueDate,
        Integer workingDaysLeft,
        String period,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation,
        String executorId,
        List<String> coExecutors,
        int extensionCount,
        boolean executionSuspended,
        String outcome,
        LocalDate decidedOn,
        String parentAppealId,
        String challengedAppealId,
        long version,
        Instant updatedAt) {
}
