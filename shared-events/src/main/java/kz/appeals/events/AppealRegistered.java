package kz.appeals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * An appeal was registered and the applicant given a talon (APPC art. 64(2)-(3)): a unique number, the day it counts
 * as registered, and the review period's due date with the rule, article, rule-set and calendar versions that
 * produced it, so that a replay years later reproduces and explains the same date. {@code registrar} is the
 * receiving official's token subject, or "automatic registration" for an appeal registered by a system;
 * {@code registrarName} and {@code registrarPosition} are the official's name and position from their token (art.
 * 64(2)), or for automatic registration the registering system (portal client) and null. Events stored before tokens
 * arrived have neither: both read as null.
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
        List<ExplanationStep> explanation,
        String registrarName,
        String registrarPosition) implements AppealEvent {

    public AppealRegistered {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    /** A registration without the registrar's name and position (events of the header era, consumers' tests). */
    public AppealRegistered(String appealId, String registrationNumber, Instant talonIssuedAt, String registrar,
                            LocalDate registeredOn, String registrationReason, LocalDate reviewStartsOn,
                            LocalDate dueDate, String period, String legalBasis, boolean periodConfirmedInCode,
                            String ruleSetVersion, String calendarVersion, List<ExplanationStep> explanation) {
        this(appealId, registrationNumber, talonIssuedAt, registrar, registeredOn, registrationReason, reviewStartsOn,
                dueDate, period, legalBasis, periodConfirmedInCode, ruleSetVersion, calendarVersion, explanation, null,
                null);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
