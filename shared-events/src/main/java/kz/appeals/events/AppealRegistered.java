package kz.appeals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * An appeal was registered and the applicant given a talon (APPC art. 64(2)-(3)): a unique number, the day it counts
 * as registered, and the review period's due date with the rule, article, rule-set and calendar versions that
 * produced it, so that a replay years later reproduces and explains the same date.
 */
public record AppealRegistered(
        String appealId,
        String registrationNumber,
        Instant talonIssuedAt,
        String registrar,
        LocalDate registeredOn,
        String registrationReason,
        LocalDate reviewStartsOn,
        LocalDate dueDate,
        String period,
        String legalBasis,
        boolean periodConfirmedInCode,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation) {

    public AppealRegistered {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }
}
