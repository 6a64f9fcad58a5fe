package kz.appeals.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/** One appeal as an agency reads it; {@code version} is the sequence of the newest event applied. */
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
        String period,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation,
        long version,
        Instant updatedAt) {
}
